"""The process that reads a filled PDF form's fields, within bounds set before it reads.

Run as ``python -m meeting_planner.export.form_child LIMITS`` (LIMITS: the JSON of a
Limits, so that the one who starts it sets every bound): the PDF comes in on standard
input, one JSON object goes out on standard output: ``{"fields": {name: [kind,
value]}}`` (kind "text", "name" or "other"; for "other" the value names what the
field holds), ``{"refused": reason}`` at a limit, or ``{"error": kind, "detail":
message}`` for a file it cannot read: kind ``ENCRYPTED`` or ``DAMAGED``, and the PDF
library's own words (English) as the detail, for a log.

A PDF can unpack gigabytes from a few kilobytes, or make pypdf crawl through padding
byte by byte, so the reading happens here, where the operating system caps the
memory and processor time, and form_reader.py, which starts it, caps the wall-clock
time.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import asdict
from typing import Any

from ..domain.plain import record

# Why a read was refused, as the parent process is told.
TOO_MUCH_DATA = "data"
TOO_MUCH_MEMORY = "memory"
# Why a file could not be read at all, as the parent process is told.
ENCRYPTED = "encrypted"
DAMAGED = "damaged"


class _TooMuchData(Exception):
    """The file holds more than any form: its streams unpack to more than the budget,
    or it passed one of pypdf's own limits (stream sizes, fields, entries)."""


class _Encrypted(Exception):
    """The file needs a password this reader does not have."""


@record(frozen=True)
class Limits:
    """What reading one form may cost (domain/rules.py says why each is what it is)."""

    file_bytes: int
    memory_bytes: int
    cpu_seconds: int
    stream_bytes: int
    unpacked_bytes: int
    recovery_bytes: int
    objects: int
    fields: int
    field_depth: int
    elements: int

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Limits:
        return cls(**{name: int(value) for name, value in json.loads(text).items()})


def limit_resources(limits: Limits) -> None:
    """Cap this process's memory and processor time (POSIX; elsewhere the parent's
    timeout and the unpacking budget below are the bounds)."""
    try:
        import resource
    except ImportError:
        return
    caps = ((resource.RLIMIT_AS, limits.memory_bytes), (resource.RLIMIT_CPU, limits.cpu_seconds))
    for kind, value in caps:
        _soft, hard = resource.getrlimit(kind)
        cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(kind, (cap, hard))


def read_fields(data: bytes, limits: Limits) -> dict[str, list[str] | None]:
    """Every field's value by its full name, radio groups by their chosen button."""
    import logging

    import pypdf
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError

    # pypdf logs every oddity of a damaged file; the one-line error says enough.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    _count_unpacked_bytes(limits.unpacked_bytes)
    with pypdf.apply_configuration(**_pypdf_limits(limits)):
        try:
            reader = PdfReader(io.BytesIO(data), xref_stream_maximum_entries=limits.objects)
            # A file with only an owner password opens with an empty user password,
            # where pypdf can decrypt it on its own (RC4); AES needs a cryptography
            # package, which the app does not carry for this one case.
            if reader.is_encrypted and not reader.decrypt(""):
                raise _Encrypted("a user password is needed to open it")
            fields = reader.get_fields() or {}
            return {str(name): _value(entry) for name, entry in fields.items()}
        except LimitReachedError:
            raise _TooMuchData from None
        except DependencyError as exc:
            # The only thing pypdf needs a package for to read fields is decryption.
            raise _Encrypted(str(exc)) from None


def _pypdf_limits(limits: Limits) -> dict[str, int]:
    """pypdf's own limits, lowered to what a form needs (those this pypdf knows)."""
    import dataclasses

    from pypdf import Configuration

    stream = limits.stream_bytes
    wanted = {
        "maximum_declared_stream_length": limits.file_bytes,
        "array_based_stream_maximum_output_length": stream,
        "jbig2_maximum_output_length": stream,
        "lzw_maximum_output_length": stream,
        "run_length_maximum_output_length": stream,
        "zlib_maximum_output_length": stream,
        "zlib_maximum_recovery_input_length": limits.recovery_bytes,
        "brotli_maximum_output_length": stream,
        "image_maximum_buffer_size": stream,
        "stream_decoding_work_maximum_length": stream,
        "array_maximum_element_count": limits.elements,
        "dictionary_maximum_element_count": limits.elements,
        "form_fields_maximum_entries": limits.fields,
        "form_fields_maximum_depth": limits.field_depth,
    }
    known = {f.name for f in dataclasses.fields(Configuration)}
    return {name: value for name, value in wanted.items() if name in known}


def _count_unpacked_bytes(budget: int) -> None:
    """Refuse once all the streams unpacked so far add up to more than ``budget``.

    pypdf bounds each stream on its own; a bomb of many streams, each just under
    that bound, is stopped here. Every stream pypdf unpacks goes through
    ``filters.decode_stream_data``, and this process only ever reads one form.
    """
    from pypdf import filters

    unpack = filters.decode_stream_data
    spent = 0

    def counted(stream: Any) -> Any:
        nonlocal spent
        data = unpack(stream)
        spent += len(data)
        if spent > budget:
            raise _TooMuchData
        return data

    filters.decode_stream_data = counted


def _value(entry: Any) -> list[str] | None:
    value = entry.get("/V")
    if value is None and "/Kids" in entry:
        # Some viewers mark only the chosen button of a radio group.
        for kid in entry["/Kids"]:
            state = kid.get_object().get("/AS")
            if state is not None and str(state) != "/Off":
                value = state
    return _described(value)


def _described(value: Any) -> list[str] | None:
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        ByteStringObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        NullObject,
        StreamObject,
    )

    if isinstance(value, IndirectObject):
        value = value.get_object()
    if value is None or isinstance(value, NullObject):
        return None
    if isinstance(value, NameObject):
        return ["name", str(value)]
    if isinstance(value, str):
        return ["text", str(value)]
    if isinstance(value, ByteStringObject):
        # Bytes pypdf could not decode as text; Latin-1 keeps every byte visible.
        return ["text", bytes(value).decode("latin-1")]
    if isinstance(value, StreamObject):
        return ["other", "a stream"]
    if isinstance(value, DictionaryObject):
        return ["other", "a dictionary"]
    if isinstance(value, ArrayObject):
        return ["other", "a list"]
    if isinstance(value, BooleanObject):
        return ["other", "a true or false value"]
    if isinstance(value, int | float):
        return ["other", "a number"]
    return ["other", type(value).__name__]


def main(arguments: list[str]) -> int:
    limits = Limits.from_json(arguments[0])
    limit_resources(limits)
    data = sys.stdin.buffer.read(limits.file_bytes + 1)
    try:
        result: dict[str, Any] = {"fields": read_fields(data, limits)}
    except _TooMuchData:
        result = {"refused": TOO_MUCH_DATA}
    except MemoryError:
        result = {"refused": TOO_MUCH_MEMORY}
    except _Encrypted as exc:
        result = {"error": ENCRYPTED, "detail": str(exc)}
    # A damaged or hostile file can fail anywhere inside pypdf, in many ways; each
    # is the same thing to the person importing it.
    except Exception as exc:  # noqa: BLE001
        detail = " ".join(str(exc).split()) or type(exc).__name__
        result = {"error": DAMAGED, "detail": detail}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

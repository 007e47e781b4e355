"""Hostile PDF forms, written byte by byte at test time so that no large file is kept.

Each one looks like a filled Meeting Planner form to a reader that gets far enough:
its fields carry the meeting's id, so a reader without limits accepts it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

MB = 1024 * 1024


def literal(text: str) -> str:
    """``text`` as a PDF literal string (Latin-1 text only)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"({escaped})"


def text_field(name: str, value: str) -> str:
    return f"<< /FT /Tx /T {literal(name)} /V {literal(value)} >>"


@dataclass
class FormPdf:
    """A one-page PDF whose AcroForm holds ``fields`` (PDF dictionary source, one each).

    With ``padding``, every field lives alone in an object stream that also holds
    ``padding`` bytes of spaces: a few kilobytes compressed, that many once read.
    """

    fields: list[str]
    padding: int = 0
    extra_objects: dict[int, bytes] = field(default_factory=dict)
    _objects: dict[int, bytes] = field(default_factory=dict, init=False)

    def build(self) -> bytes:
        first_field = 10
        refs = " ".join(f"{first_field + i} 0 R" for i in range(len(self.fields)))
        self._objects = {
            1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R >>",
            2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            3: f"<< /Fields [{refs}] >>".encode("latin-1"),
            4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            **self.extra_objects,
        }
        in_streams: dict[int, tuple[int, int]] = {}
        padded = _deflated_padding(self.padding) if self.padding else b""
        for i, source in enumerate(self.fields):
            number = first_field + i
            if not self.padding:
                self._objects[number] = source.encode("latin-1")
                continue
            stream_number = 1000 + i
            self._objects[stream_number] = _object_stream(number, source, self.padding, padded)
            in_streams[number] = (stream_number, 0)
        return self._write(in_streams)

    def _write(self, in_streams: dict[int, tuple[int, int]]) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets: dict[int, int] = {}
        for number in sorted(self._objects):
            offsets[number] = len(out)
            body = self._objects[number]
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref_number = max([*offsets, *in_streams]) + 1
        size = xref_number + 1
        rows = bytearray()
        for number in range(size):
            if number in offsets:
                rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
            elif number in in_streams:
                stream, index = in_streams[number]
                rows += b"\x02" + stream.to_bytes(4, "big") + index.to_bytes(2, "big")
            elif number == xref_number:
                rows += b"\x01" + len(out).to_bytes(4, "big") + b"\x00\x00"
            else:
                rows += b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff"
        start = len(out)
        header = (
            f"{xref_number} 0 obj\n<< /Type /XRef /Size {size} /W [1 4 2] /Root 1 0 R "
            f"/Length {len(rows)} >>\nstream\n"
        ).encode()
        out += header + rows + b"\nendstream\nendobj\n"
        out += f"startxref\n{start}\n%%EOF\n".encode()
        return bytes(out)


def _deflated_padding(size: int) -> bytes:
    """``size`` spaces as raw deflate blocks that end on a byte boundary, not the last block."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * MB
    body = bytearray()
    for _ in range(size // MB):
        body += packer.compress(chunk)
    body += packer.compress(b" " * (size % MB))
    return bytes(body + packer.flush(zlib.Z_FULL_FLUSH))


def _object_stream(number: int, source: str, padding: int, padded: bytes) -> bytes:
    """An object stream holding object ``number`` after ``padding`` spaces.

    The compressed padding is made once and spliced in: a zlib header, the object
    stream's own header as raw deflate, the shared padding blocks, the object, an
    end block and the checksum of the whole.
    """
    head = f"{number} {padding} ".encode()
    tail = source.encode("latin-1")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    end = packer.compress(tail) + packer.flush(zlib.Z_FINISH)
    checksum = zlib.adler32(head)
    block = b" " * MB
    for _ in range(padding // MB):
        checksum = zlib.adler32(block, checksum)
    checksum = zlib.adler32(b" " * (padding % MB), checksum)
    checksum = zlib.adler32(tail, checksum)
    data = b"\x78\xda" + start + padded + end + checksum.to_bytes(4, "big")
    entries = f"/Type /ObjStm /N 1 /First {len(head)} /Filter /FlateDecode /Length {len(data)}"
    return f"<< {entries} >>\nstream\n".encode() + data + b"\nendstream"


def object_stream_bomb(meeting_id: str, *, streams: int = 20, padding: int = 70 * MB) -> bytes:
    """The form from the issue: ``streams`` object streams of ``padding`` bytes each."""
    fields = [text_field("mp_meeting_id", meeting_id), text_field("resonated", "A bomb.")]
    fields += [text_field(f"note_{i}", "x") for i in range(streams - len(fields))]
    return FormPdf(fields, padding=padding).build()


def form(fields: list[str], extra: dict[int, str] | None = None) -> bytes:
    """A form with ``fields`` (dictionary source) and ``extra`` objects they refer to."""
    objects = {number: source.encode("latin-1") for number, source in (extra or {}).items()}
    return FormPdf(fields, extra_objects=objects).build()


def circular_kids(meeting_id: str) -> bytes:
    """Fields whose kids lead back to themselves, directly and through another."""
    fields = [
        text_field("mp_meeting_id", meeting_id),
        "<< /FT /Btn /T (self) /Kids [11 0 R] >>",
        "<< /FT /Btn /T (one) /Kids [500 0 R] >>",
    ]
    return form(fields, {500: "<< /T (two) /Parent 12 0 R /Kids [12 0 R] >>"})


def deep_field_tree(meeting_id: str, depth: int) -> bytes:
    """A field with a chain of ``depth`` kids, each the parent of the next."""
    extra = {
        500 + level: f"<< /T (k{level}) /Parent {499 + level if level else 11} 0 R "
        f"/Kids [{501 + level} 0 R] >>"
        for level in range(depth)
    }
    extra[500 + depth] = "<< /T (leaf) /V (deep) >>"
    fields = [text_field("mp_meeting_id", meeting_id), "<< /T (root) /Kids [500 0 R] >>"]
    return form(fields, extra)


def nested_value(meeting_id: str, depth: int) -> bytes:
    """A field value of ``depth`` arrays, each inside the next."""
    value = "[" * depth + "]" * depth
    return form(
        [text_field("mp_meeting_id", meeting_id), f"<< /FT /Tx /T (resonated) /V {value} >>"]
    )


def many_fields(meeting_id: str, count: int) -> bytes:
    fields = [text_field("mp_meeting_id", meeting_id)]
    return form(fields + [text_field(f"f{i}", "x") for i in range(count)])

"""The PDF font's parsed metrics, kept in the user's cache folder between runs.

reportlab reads a TrueType font's character map and widths glyph by glyph in Python:
for our two faces, about 4.5 ms of every export, the largest single piece of a
command-line export after reportlab's own import. The parsed font is kept in the cache
folder and a later run loads it in a third of that.

What is kept is the ``TTFont`` reportlab built, pickled, except three things it holds
that are not data: the font file's bytes, the scaling function reportlab made for the
face and the (empty) table of documents using it. Those come back from a light parse of
the same file (``TTFontFile(..., charInfo=0)``, which reads the tables' headers and makes
the same function, but not the character map). The kept file's name is made of
everything the parse depends on (reportlab's version, Python's, the font file's size and
time, this module's format); a file that is not the user's own, is damaged, or names a
class outside reportlab is not used, and the font is parsed as before. The PDFs are the
same byte for byte either way (tests/export/test_font_cache.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
import types
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..caches import cache_dir, own_file

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

FORMAT = 1
_KEPT_NAME = "font-{stem}-*.bin"
_DIGEST_BYTES = 32
# What a kept font may hold: reportlab's classes and plain values, nothing callable else.
_PLAIN = frozenset({"bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"})


def load_font(name: str, path: Path) -> TTFont:
    """reportlab's ``TTFont(name, path)``, from the cache folder when a run kept it."""
    from reportlab.pdfbase.ttfonts import TTFont

    kept = _kept_file(path)
    if kept is not None:
        font = _load(kept, name, path)
        if font is not None:
            return font
    font = TTFont(name, str(path))
    if kept is not None:
        _keep(kept, font)
    return font


def _kept_file(path: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    from reportlab import Version

    from .. import __version__

    made_of = (
        "|".join(
            map(
                str,
                [FORMAT, __version__, Version, sys.version_info[:2], path.name, info.st_size],
            )
        )
        + f"|{info.st_mtime_ns}"
    )
    digest = hashlib.sha256(made_of.encode()).hexdigest()[:32]
    return folder / _KEPT_NAME.format(stem=path.stem).replace("*", digest)


def _load(kept: Path, name: str, path: Path) -> TTFont | None:
    try:
        with kept.open("rb") as handle:
            if not own_file(os.fstat(handle.fileno())):
                return None
            data = handle.read()
    except OSError:
        return None
    digest, payload = data[:_DIGEST_BYTES], data[_DIGEST_BYTES:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

    try:
        light = TTFontFile(str(path), charInfo=0)
        font = _Reader(io.BytesIO(payload), light).load()
    except Exception:  # noqa: BLE001 - any failure only means parsing the font again
        return None
    if not isinstance(font, TTFont) or font.fontName != name:
        return None
    return font


def _keep(kept: Path, font: TTFont) -> None:
    """Keep ``font`` for later runs; one that cannot be kept is parsed again next time."""
    from ..fileio import write_atomically

    buffer = io.BytesIO()
    try:
        _Writer(buffer, font.face).dump(font)
    except Exception:  # noqa: BLE001 - a font that cannot be kept is parsed next time
        return
    payload = buffer.getvalue()
    try:
        write_atomically(kept, hashlib.sha256(payload).digest() + payload)
    except OSError:
        return
    # Copies made for an earlier version are of no more use (the bold face's file
    # starts with the regular one's name, so the name is compared whole).
    family = kept.name.rsplit("-", 1)[0]
    for older in kept.parent.glob(f"{family}-*.bin"):
        if older != kept and older.name.rsplit("-", 1)[0] == family:
            with contextlib.suppress(OSError):
                older.unlink()


class _Writer(pickle.Pickler):
    """Pickles a TTFont, leaving out what a light parse gives back (see the module)."""

    def __init__(self, file: io.BytesIO, face: Any) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._functions = {
            id(value): key
            for key, value in vars(face).items()
            if isinstance(value, types.FunctionType)
        }
        self._file_bytes = face._ttf_data

    def persistent_id(self, obj: Any) -> Any:
        if obj is self._file_bytes:
            return ("file bytes",)
        if isinstance(obj, types.FunctionType):
            return ("face function", self._functions[id(obj)])  # KeyError: not ours to keep
        if isinstance(obj, weakref.WeakKeyDictionary):
            if len(obj):
                raise pickle.PicklingError("a font already in use")
            return ("empty table",)
        return None


class _Reader(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, light: Any) -> None:
        super().__init__(file)
        self._light = light

    def persistent_load(self, pid: Any) -> Any:
        if pid == ("file bytes",):
            return self._light._ttf_data
        if isinstance(pid, tuple) and len(pid) == 2 and pid[0] == "face function":
            value = getattr(self._light, pid[1])
            if isinstance(value, types.FunctionType):
                return value
        if pid == ("empty table",):
            return weakref.WeakKeyDictionary()
        raise pickle.UnpicklingError(f"unknown part {pid!r}")

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in _PLAIN:
            return super().find_class(module, name)
        if module.startswith("reportlab."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a font")

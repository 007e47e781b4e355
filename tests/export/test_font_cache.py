"""The PDF font's parsed metrics kept in the cache folder: the same font, the same PDFs,
and nothing used that is damaged, foreign or not the user's own."""

from __future__ import annotations

import hashlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from meeting_planner.assets import resource
from meeting_planner.export import font_cache

REGULAR = resource("fonts", "DejaVuSans.ttf")
BOLD = resource("fonts", "DejaVuSans-Bold.ttf")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    monkeypatch.setattr(font_cache, "cache_dir", lambda: cache)
    return cache


def _kept(folder: Path, stem: str) -> list[Path]:
    return [
        p for p in folder.glob(f"font-{stem}-*.bin") if p.name.rsplit("-", 1)[0] == f"font-{stem}"
    ]


def _same_font(one: TTFont, other: TTFont) -> None:
    mine, theirs = vars(one.face), vars(other.face)
    assert mine.keys() == theirs.keys()
    for key, value in theirs.items():
        if key == "_pos":
            continue  # the parser's cursor: every read moves it, every read sets it first
        if callable(value):
            assert mine[key](2048) == value(2048), key
        else:
            assert mine[key] == value, key
    text = "Åsa Ødegård · Ωμέγα · Привет · ﬁ 12:30"
    assert one.stringWidth(text, 9.5) == other.stringWidth(text, 9.5)
    used = sorted({ord(ch) for ch in text})
    assert one.face.makeSubset(used) == other.face.makeSubset(used)


def test_a_kept_font_is_the_font_reportlab_parses(folder: Path) -> None:
    fresh = TTFont("Fresh", str(REGULAR))
    first = font_cache.load_font("MeetingSans", REGULAR)  # parsed, then kept
    assert len(_kept(folder, "DejaVuSans")) == 1
    again = font_cache.load_font("MeetingSans", REGULAR)  # from the kept file
    assert again is not first and again.fontName == "MeetingSans"
    _same_font(again, fresh)
    _same_font(first, fresh)


def test_each_face_keeps_its_own_file(folder: Path) -> None:
    font_cache.load_font("MeetingSans-Bold", BOLD)
    font_cache.load_font("MeetingSans", REGULAR)
    assert len(_kept(folder, "DejaVuSans")) == 1 and len(_kept(folder, "DejaVuSans-Bold")) == 1
    # A copy kept for another version of the regular face goes; the bold face's stays.
    stale = folder / "font-DejaVuSans-00000000000000000000000000000000.bin"
    stale.write_bytes(b"old")
    for kept in _kept(folder, "DejaVuSans"):
        if kept != stale:
            kept.unlink()
    font_cache.load_font("MeetingSans", REGULAR)
    assert not stale.exists()
    assert len(_kept(folder, "DejaVuSans")) == 1 and len(_kept(folder, "DejaVuSans-Bold")) == 1


def test_a_damaged_kept_file_is_parsed_again_and_replaced(folder: Path) -> None:
    font_cache.load_font("MeetingSans", REGULAR)
    (kept,) = _kept(folder, "DejaVuSans")
    data = bytearray(kept.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept.write_bytes(bytes(data))
    loaded = font_cache.load_font("MeetingSans", REGULAR)
    _same_font(loaded, TTFont("Fresh", str(REGULAR)))
    assert kept.read_bytes() != bytes(data)  # written again, whole


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_kept_file_others_can_change_is_not_used(folder: Path, monkeypatch) -> None:
    font_cache.load_font("MeetingSans", REGULAR)
    (kept,) = _kept(folder, "DejaVuSans")
    kept.chmod(0o666)
    read: list[str] = []
    real = font_cache._Reader.load
    monkeypatch.setattr(font_cache._Reader, "load", lambda self: read.append("x") or real(self))
    font_cache.load_font("MeetingSans", REGULAR)
    assert read == []


class _Explodes:
    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, ("echo unpickled > /dev/null",))


def test_a_kept_file_naming_anything_but_reportlab_classes_is_refused(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    font_cache.load_font("MeetingSans", REGULAR)
    (kept,) = _kept(folder, "DejaVuSans")
    payload = pickle.dumps(_Explodes())
    calls: list[str] = []
    monkeypatch.setattr(os, "system", lambda command: calls.append(command) or 0)
    kept.write_bytes(hashlib.sha256(payload).digest() + payload)
    loaded = font_cache.load_font("MeetingSans", REGULAR)
    assert calls == []
    _same_font(loaded, TTFont("Fresh", str(REGULAR)))


def test_a_brief_is_the_same_byte_for_byte_from_a_kept_font(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        MEETING_PLANNER_DATA_DIR=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "meeting_planner", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    meeting_id = run("demo").stdout.split()[-1]
    outputs = []
    for n in range(2):
        out = tmp_path / f"brief-{n}.pdf"
        assert run("export", "brief", meeting_id, "-o", str(out)).returncode == 0
        outputs.append(out.read_bytes())
    kept = list((tmp_path / "cache").rglob("font-*.bin"))
    assert len(kept) == 2  # the regular and bold faces, kept by the first export
    assert outputs[0] == outputs[1]

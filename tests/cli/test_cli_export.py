"""PDF exports and the debrief form round trip from the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from meeting_planner.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    return out.split()[-1]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    "document, expected",
    [("brief", "Confidential"), ("agenda", "Sanna"), ("debrief", "Decision")],
)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_each_document_exports_for_the_demo(
    capsys: pytest.CaptureFixture[str],
    demo_id: str,
    tmp_path: Path,
    document: str,
    expected: str,
    paper: str,
) -> None:
    out = tmp_path / f"{document}.pdf"
    code, stdout, err = run(
        capsys, "export", document, demo_id[:6], "-o", str(out), "--paper", paper
    )
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert expected in _text(out)
    width = float(PdfReader(out).pages[0].mediabox.width)
    assert round(width) == (595 if paper == "a4" else 612)


def test_export_from_a_meeting_file(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.meeting.json"
    run(capsys, "export-meeting", demo_id, "-o", str(plan), "--plan-only")
    out = tmp_path / "agenda.pdf"
    assert run(capsys, "export", "agenda", str(plan), "-o", str(out))[0] == 0
    assert "Sanna" in _text(out)


def test_export_warns_about_characters_the_font_lacks(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "m.meeting.json"
    run(capsys, "export-meeting", demo_id, "-o", str(path))
    data = json.loads(path.read_text("utf-8"))
    data["meeting"]["candidate"]["name"] = "Wei 中文"
    path.write_text(json.dumps(data), "utf-8")
    code, _, err = run(capsys, "export", "brief", str(path), "-o", str(tmp_path / "b.pdf"))
    assert code == 0
    assert "warning" in err and "中" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["export", "brief", "nope", "-o", "x.pdf"], "no meeting"),
        (["export", "poster", "nope", "-o", "x.pdf"], "invalid choice"),
        (["debrief-import", "nope", "x.pdf"], "x.pdf"),
    ],
)
def test_export_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1 and message in err and "Traceback" not in err


def _fill(form: Path, values: dict[str, str], out: Path) -> None:
    reader = PdfReader(form)
    writer = PdfWriter()
    writer.append(reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with out.open("wb") as handle:
        writer.write(handle)


def test_debrief_form_round_trip(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    form = tmp_path / "debrief.pdf"
    assert run(capsys, "export", "debrief", demo_id, "-o", str(form))[0] == 0
    filled = tmp_path / "filled.pdf"
    _fill(form, {"resonated": "Die Kafka-Pläne & <the> team", "reasons": "Strong design"}, filled)
    code, out, err = run(capsys, "debrief-import", demo_id, str(filled))
    assert code == 0, err
    shown = json.loads(run(capsys, "show", demo_id, "--json")[1])
    assert shown["debrief"]["resonated"] == "Die Kafka-Pläne & <the> team"
    assert shown["debrief"]["reasons"] == "Strong design"
    other = run(capsys, "demo")[1].split()[-1]
    code, _, err = run(capsys, "debrief-import", other, str(filled))
    assert code == 1 and "another meeting" in err
    assert json.loads(run(capsys, "show", other, "--json")[1])["debrief"]["resonated"] == ""


def test_export_as_a_whole_process_leaves_no_traceback(tmp_path: Path) -> None:
    env_dir = tmp_path / "data"
    demo = subprocess.run(
        [sys.executable, "-m", "meeting_planner", "--data-dir", str(env_dir), "demo"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    meeting_id = demo.stdout.split()[-1]
    out = tmp_path / "brief.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "meeting_planner",
            "--data-dir",
            str(env_dir),
            "export",
            "brief",
            meeting_id,
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert PdfReader(io.BytesIO(out.read_bytes())).pages

"""What goes wrong with a file is said in the command line's language: a meeting file that
does not read, a folder named as a file, a form or survey that cannot be read or belongs
elsewhere, an output that cannot be written, and the team folder's list, whose reasons
are told in the reader's language even when the list was remembered in another. What
a form brings in is listed in the language too. One line, exit 1, English as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from meeting_planner.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    return out.split()[-1]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "bad.meeting.json: line 1, column 1: not valid JSON (expecting value)"),
        ("sv", "bad.meeting.json: rad 1, kolumn 1: inte giltig JSON (väntade ett värde)"),
        ("da", "bad.meeting.json: linje 1, kolonne 1: ikke gyldig JSON (forventede en værdi)"),
    ],
)
def test_a_meeting_file_that_is_not_json_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    bad = tmp_path / "bad.meeting.json"
    bad.write_text("garbage", encoding="utf-8")
    for command in ("check", "import"):
        code, out, err = run(capsys, "--language", language, command, str(bad))
        assert (code, out, err) == (1, "", f"meeting-planner: {said}\n")


@pytest.mark.parametrize(
    ("language", "missing", "newer"),
    [
        (
            "en",
            "title: is required",
            "version 7 is newer than this app understands (1); update Meeting Planner",
        ),
        (
            "sv",
            "title: krävs",
            "version 7 är nyare än den här appen förstår (1); uppdatera Meeting Planner",
        ),
        (
            "da",
            "title: er påkrævet",
            "version 7 er nyere, end denne app forstår (1); opdatér Meeting Planner",
        ),
    ],
)
def test_what_a_meeting_file_lacks_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, missing: str, newer: str
) -> None:
    lacking = tmp_path / "x.meeting.json"
    lacking.write_text(
        json.dumps({"format": "meeting-planner/meeting", "version": 1, "meeting": {}}), "utf-8"
    )
    future = tmp_path / "v7.meeting.json"
    future.write_text(json.dumps({"format": "meeting-planner/meeting", "version": 7}), "utf-8")
    assert run(capsys, "--language", language, "check", str(lacking))[2] == (
        f"meeting-planner: x.meeting.json: {missing}\n"
    )
    assert run(capsys, "--language", language, "import", str(future))[2] == (
        f"meeting-planner: v7.meeting.json: {newer}\n"
    )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "it is a folder; name a file in it instead"),
        ("sv", "det är en mapp; ange en fil i den i stället"),
        ("da", "det er en mappe; angiv en fil i den i stedet"),
    ],
)
def test_a_folder_named_as_a_file_is_called_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    meeting_id = demo(capsys)
    folder = tmp_path / "plans"
    folder.mkdir()
    for argv in (
        ("check", f"{folder}/"),
        ("import", str(folder) + "/"),
        ("export", "brief", meeting_id, "-o", str(folder)),
    ):
        code, out, err = run(capsys, "--language", language, *argv)
        assert code == 1 and out == ""
        assert err.startswith("meeting-planner: ") and err.endswith(f": {said}\n"), err


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "not a file"), ("sv", "inte en fil"), ("da", "ikke en fil")],
)
def test_a_folder_given_as_a_form_is_named_once_and_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    meeting_id = demo(capsys)
    code, _, err = run(capsys, "--language", language, "debrief-import", meeting_id, str(tmp_path))
    assert (code, err) == (1, f"meeting-planner: {tmp_path}: {said}\n")
    code, _, err = run(capsys, "--language", language, "survey-import", str(tmp_path))
    assert (code, err) == (1, f"meeting-planner: {tmp_path}: {said}\n")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "No such file or directory"),
        ("sv", "Filen eller mappen finns inte"),
        ("da", "Filen eller mappen findes ikke"),
    ],
)
def test_a_missing_survey_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    missing = tmp_path / "answers.pdf"
    code, _, err = run(capsys, "--language", language, "survey-import", str(missing))
    assert (code, err) == (1, f"meeting-planner: {missing}: {said}\n")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "could not write {path}: there is no folder {folder}"),
        ("sv", "kunde inte skriva {path}: mappen {folder} finns inte"),
        ("da", "kunne ikke skrive {path}: mappen {folder} findes ikke"),
    ],
)
def test_an_output_in_a_folder_that_does_not_exist_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    meeting_id = demo(capsys)
    out = tmp_path / "nowhere" / "brief.pdf"
    argv = ("--language", language, "export", "brief", meeting_id, "-o", str(out))
    code, _, err = run(capsys, *argv)
    assert (code, err) == (1, "meeting-planner: " + said.format(path=out, folder=out.parent) + "\n")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "--interviewer: 'Nobody' is not on this meeting's panel ("),
        ("sv", "--interviewer: 'Nobody' är inte med i mötets panel ("),
        ("da", "--interviewer: 'Nobody' er ikke med i mødets panel ("),
    ],
)
def test_an_interviewer_not_on_the_panel_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    meeting_id = demo(capsys)
    argv = ("export", "debrief", meeting_id, "--interviewer", "Nobody", "-o", str(tmp_path / "d"))
    code, _, err = run(capsys, "--language", language, *argv)
    assert code == 1 and err.startswith(f"meeting-planner: {said}") and err.endswith(")\n")
    assert not (tmp_path / "d").exists()


def _fill(form: Path, values: dict[str, str], out: Path) -> None:
    writer = PdfWriter()
    writer.append(PdfReader(form))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with out.open("wb") as handle:
        writer.write(handle)


@pytest.mark.parametrize(
    ("language", "lines", "elsewhere"),
    [
        (
            "en",
            ["What resonated: added", "Decision notes: added"],
            "this form belongs to another meeting (",
        ),
        (
            "sv",
            ["Det som tilltalade kandidaten: lades till", "Anteckningar om beslutet: lades till"],
            "formuläret hör till ett annat möte (",
        ),
        (
            "da",
            ["Det, der tiltalte kandidaten: tilføjet", "Noter om beslutningen: tilføjet"],
            "skemaet hører til et andet møde (",
        ),
    ],
)
def test_what_a_filled_form_brings_and_why_one_is_refused_are_told_in_the_language(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    lines: list[str],
    elsewhere: str,
) -> None:
    meeting_id = demo(capsys)
    form, filled = tmp_path / "debrief.pdf", tmp_path / "filled.pdf"
    assert run(capsys, "export", "debrief", meeting_id, "-o", str(form))[0] == 0
    _fill(form, {"resonated": "The Kafka plans", "reasons": "Strong design"}, filled)
    code, out, err = run(capsys, "--language", language, "debrief-import", meeting_id, str(filled))
    assert (code, err) == (0, "")
    assert out.splitlines() == lines
    other = demo(capsys)
    code, _, err = run(capsys, "--language", language, "debrief-import", other, str(filled))
    assert code == 1 and err.startswith(f"meeting-planner: {filled}: {elsewhere}")


def test_the_team_folders_reasons_are_told_in_the_language_it_is_read_in(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    (folder / "notes.txt").write_text("hi", encoding="utf-8")
    (folder / "cut.meeting.json").write_text('{"format": ', encoding="utf-8")
    (folder / "form.pdf").write_bytes(b"not a pdf")
    assert run(capsys, "team-folder", str(folder))[0] == 0
    code, swedish, _ = run(capsys, "--language", "sv", "inbox")
    assert code == 0
    assert swedish.splitlines() == [
        "skadad      cut.meeting.json: rad 1, kolumn 12: inte giltig JSON (väntade ett värde);"
        " lämnas orörd",
        "främmande   form.pdf: kan inte läsa PDF-filen: filen är ingen PDF; lämnas orörd",
        "främmande   notes.txt: inte en Meeting Planner-fil; lämnas orörd",
        "2 främmande, 1 skadad",
    ]
    # The second look takes what the first remembered, and still says it in Danish.
    code, danish, _ = run(capsys, "--language", "da", "inbox")
    assert code == 0
    assert danish.splitlines() == [
        "beskadiget     cut.meeting.json: linje 1, kolonne 12: ikke gyldig JSON"
        " (forventede en værdi); røres ikke",
        "fremmed        form.pdf: kan ikke læse PDF-filen: filen er ikke en PDF; røres ikke",
        "fremmed        notes.txt: ikke en Meeting Planner-fil; røres ikke",
        "2 fremmede, 1 beskadiget",
    ]
    _, english, _ = run(capsys, "--language", "en", "inbox", "--json")
    details = {f["name"]: f["detail"] for f in json.loads(english)["files"]}
    # Scripts read the English.
    assert details["notes.txt"] == "not a Meeting Planner file"
    assert details["form.pdf"] == "cannot read the PDF: this file is not a PDF"

"""A filled form that cannot be opened says why in our own words, in the user's language:
password-protected (save it without one) or damaged; never the PDF library's English.
The team folder lists such a form as damaged, not as someone else's file."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from outside_fillers import need_tool
from pypdf import PdfReader, PdfWriter

from meeting_planner.cli import main
from meeting_planner.export.debrief_import import DebriefFormError, read_debrief_form
from meeting_planner.export.form_reader import read_form_fields
from meeting_planner.export.survey_import import SurveyFormError, read_decline_survey

PROTECTED = {
    "en": "cannot read the PDF: it is protected by a password; save it again without one"
    " (in your PDF program: print it to a new PDF) and import that copy",
    "sv": "kan inte läsa PDF-filen: den är lösenordsskyddad; spara den igen utan lösenord"
    " (i ditt PDF-program: skriv ut den till en ny PDF) och importera den kopian",
    "da": "kan ikke læse PDF-filen: den er beskyttet med en adgangskode; gem den igen uden"
    " (i dit PDF-program: udskriv den til en ny PDF) og importér den kopi",
}
DAMAGED = {
    "en": "cannot read the PDF: the file is damaged or cut short",
    "sv": "kan inte läsa PDF-filen: filen är skadad eller avkortad",
    "da": "kan ikke læse PDF-filen: filen er beskadiget eller afkortet",
}
# What pypdf says about such files; none of it may reach the user's line.
PYPDF_WORDS = ("cryptography", "AES", "Stream has ended", "startxref", "Error reading", "EOF")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _demo_with_form(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, bytes]:
    meeting_id = run(capsys, "demo")[1].split()[-1]
    form = tmp_path / "form.pdf"
    assert run(capsys, "export", "debrief", meeting_id, "-o", str(form))[0] == 0
    return meeting_id, form.read_bytes()


def _rc4(form: bytes, user: str, owner: str) -> bytes:
    """The form encrypted with RC4, which pypdf writes and reads without a crypto package."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _aes256_owner_only(form: bytes, tmp_path: Path) -> bytes:
    """What a filler's "protect" does: AES-256 with an owner password and no user one."""
    qpdf = need_tool("qpdf")
    plain, locked = tmp_path / "plain.pdf", tmp_path / "locked.pdf"
    plain.write_bytes(form)
    subprocess.run(
        [qpdf, "--encrypt", "", "owner", "256", "--", str(plain), str(locked)], check=True
    )
    return locked.read_bytes()


def _damaged(form: bytes) -> bytes:
    """The form with its cross-reference table and trailer overwritten, ending whole."""
    return form.replace(b"xref", b"xxxx").replace(b"trailer", b"ttttttt")


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_a_password_protected_form_says_so_in_the_users_language(
    capsys, tmp_path: Path, language: str
) -> None:
    meeting_id, form = _demo_with_form(capsys, tmp_path)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(_aes256_owner_only(form, tmp_path))
    code, out, err = run(capsys, "--language", language, "debrief-import", meeting_id, str(locked))
    assert code == 1 and out == ""
    assert err == f"meeting-planner: {locked}: {PROTECTED[language]}\n"


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_a_damaged_or_cut_off_form_says_so_in_the_users_language(
    capsys, tmp_path: Path, language: str
) -> None:
    meeting_id, form = _demo_with_form(capsys, tmp_path)
    for name, data in (("damaged.pdf", _damaged(form)), ("cut.pdf", form[: len(form) // 3])):
        path = tmp_path / name
        path.write_bytes(data)
        code, out, err = run(
            capsys, "--language", language, "debrief-import", meeting_id, str(path)
        )
        assert code == 1 and out == ""
        assert err == f"meeting-planner: {path}: {DAMAGED[language]}\n"
        assert not any(word in err for word in PYPDF_WORDS)


def test_a_form_locked_with_a_user_password_is_refused_and_an_owner_password_only_is_read(
    capsys, tmp_path: Path
) -> None:
    meeting_id, form = _demo_with_form(capsys, tmp_path)
    with pytest.raises(DebriefFormError) as caught:
        read_debrief_form(_rc4(form, user="secret", owner="owner"))
    assert str(caught.value) == PROTECTED["en"]
    assert caught.value.unreadable
    # An owner password alone (RC4) is opened with the empty user password and read.
    assert read_form_fields(_rc4(form, user="", owner="owner")) == read_form_fields(form)


def test_the_pdf_librarys_words_are_kept_for_a_log_only(capsys, tmp_path: Path) -> None:
    _, form = _demo_with_form(capsys, tmp_path)
    with pytest.raises(DebriefFormError) as caught:
        read_debrief_form(_damaged(form))
    assert caught.value.unreadable and caught.value.detail  # pypdf's own words, for a log
    assert caught.value.detail not in str(caught.value)
    assert caught.value.in_language("sv") == DAMAGED["sv"]


def test_a_survey_that_cannot_be_opened_says_why_too(capsys, tmp_path: Path) -> None:
    _, form = _demo_with_form(capsys, tmp_path)
    with pytest.raises(SurveyFormError) as caught:
        read_decline_survey(_rc4(form, user="secret", owner="owner"))
    assert caught.value.in_language("da") == PROTECTED["da"]
    assert caught.value.unreadable


def test_the_team_folder_lists_unopenable_forms_as_damaged_not_foreign(
    capsys, tmp_path: Path
) -> None:
    _, form = _demo_with_form(capsys, tmp_path)
    folder = tmp_path / "team"
    folder.mkdir()
    (folder / "aino.pdf").write_bytes(_aes256_owner_only(form, tmp_path))
    (folder / "maja.pdf").write_bytes(_damaged(form))
    code, out, _ = run(capsys, "--language", "sv", "inbox", "--folder", str(folder))
    assert code == 0
    lines = sorted(out.splitlines()[:-1])
    assert lines == [
        f"skadad      aino.pdf: {PROTECTED['sv']}; lämnas orörd",
        f"skadad      maja.pdf: {DAMAGED['sv']}; lämnas orörd",
    ]
    assert out.splitlines()[-1] == "2 skadade"

"""What goes wrong is said in the user's language too: the store's errors (an unknown id,
a locked, damaged or read-only store, a full disk), restore's report, and argparse's
own words for a mistyped command line. English reads as before, and the exit status
stays 1 for anything the user can fix."""

from __future__ import annotations

import argparse
import errno
import gettext
import os
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo(capsys: pytest.CaptureFixture[str], data: Path) -> str:
    code, out, _ = run(capsys, "--data-dir", str(data), "demo")
    assert code == 0
    return out.split()[-1]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "There is no meeting with id 'nope'."),
        ("sv", "Det finns inget möte med id 'nope'."),
        ("da", "Der findes intet møde med id 'nope'."),
    ],
)
def test_an_unknown_id_is_told_in_the_locales_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    monkeypatch.setenv(
        "LANG", {"en": "C.UTF-8", "sv": "sv_SE.UTF-8", "da": "da_DK.UTF-8"}[language]
    )
    code, out, err = run(capsys, "show", "nope")
    assert (code, out, err) == (1, "", f"meeting-planner: {said}\n")


def test_language_option_wins_over_the_locale_for_store_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    code, _, err = run(capsys, "--language", "da", "show", "nope")
    assert (code, err) == (1, "meeting-planner: Der findes intet møde med id 'nope'.\n")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "The meetings in {dir} are open in another Meeting Planner (process {pid} on {host})."
            " Close that one first, or open the meetings read-only.",
        ),
        (
            "sv",
            "Mötena i {dir} är öppna i en annan Meeting Planner (process {pid} på {host})."
            " Stäng den först, eller öppna mötena skrivskyddade.",
        ),
        (
            "da",
            "Møderne i {dir} er åbne i en anden Meeting Planner (proces {pid} på {host})."
            " Luk den først, eller åbn møderne skrivebeskyttet.",
        ),
    ],
)
def test_a_locked_store_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    data = tmp_path / "store"
    meeting_id = demo(capsys, data)
    # The app holds the store (a second writer in one process is refused just the same).
    with Store(data):
        code, out, err = run(
            capsys, "--data-dir", str(data), "--language", language, "delete", meeting_id, "--yes"
        )
    host = os.uname().nodename
    assert code == 1
    assert err == "meeting-planner: " + said.format(dir=data, pid=os.getpid(), host=host) + "\n"
    with Store(data, read_only=True) as store:
        assert store.meetings.get(meeting_id).id == meeting_id


def _damage(data: Path) -> Path:
    meta = data / "meta.json"
    meta.write_bytes(b"")
    return meta


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "The store file {path} is damaged (the file is empty). It has been left as it is; "
            "run `meeting-planner restore` to bring back the newest good backup.",
        ),
        (
            "sv",
            "Lagerfilen {path} är skadad (filen är tom). Den har lämnats orörd; kör "
            "`meeting-planner restore` för att återställa den senaste hela säkerhetskopian.",
        ),
        (
            "da",
            "Lagerfilen {path} er beskadiget (filen er tom). Den er ikke blevet rørt; kør "
            "`meeting-planner restore` for at gendanne den nyeste hele sikkerhedskopi.",
        ),
    ],
)
def test_a_damaged_store_file_and_its_reason_are_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, said: str
) -> None:
    data = tmp_path / "store"
    demo(capsys, data)
    meta = _damage(data)
    code, _, err = run(capsys, "--data-dir", str(data), "--language", language, "list")
    assert (code, err) == (1, "meeting-planner: " + said.format(path=meta) + "\n")
    assert meta.read_bytes() == b"", "a damaged file is left as it is"


def test_where_a_store_file_stops_being_json_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "store"
    demo(capsys, data)
    (data / "meta.json").write_bytes(b'{"schema": ')
    _, _, swedish = run(capsys, "--data-dir", str(data), "--language", "sv", "list")
    _, _, danish = run(capsys, "--data-dir", str(data), "--language", "da", "list")
    assert "(inte giltig JSON på rad 1, kolumn 12)" in swedish
    assert "(ikke gyldig JSON i linje 1, kolonne 12)" in danish


@pytest.mark.parametrize(
    ("language", "first", "last"),
    [
        ("en", "meta.json: damaged; kept as meta.json.damaged-", "with 1 meeting."),
        ("sv", "meta.json: skadad; sparad som meta.json.damaged-", "med 1 möte."),
        ("da", "meta.json: beskadiget; gemt som meta.json.damaged-", "med 1 møde."),
    ],
)
def test_restore_reports_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, first: str, last: str
) -> None:
    data = tmp_path / "store"
    demo(capsys, data)
    _damage(data)
    code, out, err = run(capsys, "--data-dir", str(data), "--language", language, "restore")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(first) and lines[-1].endswith(last)
    assert len(lines) == 2


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "These meetings are open read-only, so changes cannot be saved."),
        ("sv", "De här mötena är öppna skrivskyddade, så ändringar kan inte sparas."),
        ("da", "Disse møder er åbnet skrivebeskyttet, så ændringer kan ikke gemmes."),
    ],
)
def test_a_change_refused_by_a_read_only_store_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    from meeting_planner.cli import meetings

    data = tmp_path / "store"
    meeting_id = demo(capsys, data)
    # No command writes to a store it opened read-only; this one is made to, as the
    # app's read-only window would.
    monkeypatch.setattr(meetings, "open_store", lambda args: Store(data, read_only=True))
    code, _, err = run(
        capsys, "--data-dir", str(data), "--language", language, "delete", meeting_id, "--yes"
    )
    assert (code, err) == (1, f"meeting-planner: {said}\n")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Could not save: no room left to write", "Nothing was changed")),
        ("sv", ("Kunde inte spara: inget utrymme kvar för att skriva", "Inget ändrades")),
        ("da", ("Kunne ikke gemme: der er ikke mere plads til at skrive", "Intet blev ændret")),
    ],
)
def test_a_full_disk_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    words: tuple[str, str],
) -> None:
    data = tmp_path / "store"
    demo(capsys, data)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run(capsys, "--data-dir", str(data), "--language", language, "demo")
    assert code == 1
    assert err.startswith(f"meeting-planner: {words[0]} ") and words[1] in err


# -- argparse's own words ------------------------------------------------------------------

USAGE = {"en": "usage: ", "sv": "användning: ", "da": "brug: "}


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "meeting-planner: error: argument COMMAND: invalid choice: 'frobnicate' (choose from",
        ),
        (
            "sv",
            "meeting-planner: fel: argumentet KOMMANDO: ogiltigt val: 'frobnicate' (välj bland",
        ),
        (
            "da",
            "meeting-planner: fejl: argumentet KOMMANDO: ugyldigt valg: 'frobnicate' (vælg mellem",
        ),
    ],
)
def test_an_unknown_command_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, said: str
) -> None:
    code, out, err = run(capsys, "--language", language, "frobnicate")
    assert (code, out) == (1, "")
    assert err.startswith(USAGE[language] + "meeting-planner ")
    last = err.splitlines()[-1]
    # Python 3.12.8 and later list the choices without quotes.
    assert last.startswith(said) and "templates" in last and last.endswith(")")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "meeting-planner show: error: the following arguments are required: ID"),
        ("sv", "meeting-planner show: fel: följande argument krävs: ID"),
        ("da", "meeting-planner show: fejl: følgende argumenter er påkrævet: ID"),
    ],
)
def test_a_missing_argument_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    monkeypatch.setenv(
        "LANG", {"en": "C.UTF-8", "sv": "sv_SE.UTF-8", "da": "da_DK.UTF-8"}[language]
    )
    code, _, err = run(capsys, "show")
    assert code == 1
    assert err.startswith(USAGE[language] + "meeting-planner show ")
    assert err.splitlines()[-1] == said


@pytest.mark.parametrize(
    ("language", "said", "usage"),
    [
        (
            "en",
            "the following arguments are required: ID, FILE.pdf",
            "[--language {en,sv,da}] ID FILE.pdf",
        ),
        ("sv", "följande argument krävs: ID, FIL.pdf", "[--language {en,sv,da}] ID FIL.pdf"),
        (
            "da",
            "følgende argumenter er påkrævet: ID, FIL.pdf",
            "[--language {en,sv,da}] ID FIL.pdf",
        ),
    ],
)
def test_the_values_a_command_takes_are_named_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, said: str, usage: str
) -> None:
    code, _, err = run(capsys, "--language", language, "debrief-import")
    assert code == 1
    assert err.splitlines()[-1].endswith(said)
    assert usage in " ".join(err.split())


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "en",
            ["--data-dir DIR", "--block TITLE|ID      about an agenda block", "ID TEXT"],
        ),
        (
            "sv",
            ["--data-dir MAPP", "--block TITEL|ID      om ett block i agendan", "ID TEXT"],
        ),
        (
            "da",
            ["--data-dir MAPPE", "--block TITEL|ID      om en blok på dagsordenen", "ID TEKST"],
        ),
    ],
)
def test_help_names_values_and_explains_a_group_of_options_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, lines: list[str]
) -> None:
    code, out, _ = run(capsys, "--language", language, "comment", "--help")
    assert code == 0
    shown = [line.strip() for line in out.splitlines()]
    assert all(any(line.startswith(want) for line in shown) for want in lines), out


@pytest.mark.parametrize(
    ("language", "title", "origin"),
    [
        ("en", "Candidate meeting, 60 minutes", "built in"),
        ("sv", "Kandidatmöte, 60 minuter", "inbyggd"),
        ("da", "Kandidatmøde, 60 minutter", "indbygget"),
    ],
)
def test_templates_are_listed_with_their_title_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, title: str, origin: str
) -> None:
    code, out, _ = run(capsys, "--language", language, "templates")
    row = next(line for line in out.splitlines() if line.startswith("candidate-meeting-60 "))
    assert code == 0
    assert row.split("min", 1)[1].strip() == f"{title} ({origin}; en, sv, da)"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "meeting-planner: error: unrecognized arguments: --bogus"),
        ("sv", "meeting-planner: fel: okända argument: --bogus"),
        ("da", "meeting-planner: fejl: ukendte argumenter: --bogus"),
    ],
)
def test_an_unknown_option_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, said: str
) -> None:
    code, _, err = run(capsys, "--language", language, "list", "--bogus")
    assert code == 1
    assert err.startswith(USAGE[language])
    assert err.splitlines()[-1] == said


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "meeting-planner new: error: argument --template: expected one argument"),
        ("sv", "meeting-planner new: fel: argumentet --template: ett argument förväntades"),
        ("da", "meeting-planner new: fejl: argumentet --template: forventede ét argument"),
    ],
)
def test_an_option_without_its_value_is_told_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, said: str
) -> None:
    code, _, err = run(capsys, "--language", language, "new", "--template")
    assert (code, err.splitlines()[-1]) == (1, said)


@pytest.mark.parametrize(
    ("language", "headings", "help_line"),
    [
        ("en", ("positional arguments:", "options:"), "show this help message and exit"),
        ("sv", ("positionsargument:", "flaggor:"), "visa den här hjälptexten och avsluta"),
        ("da", ("positionelle argumenter:", "tilvalg:"), "vis denne hjælpetekst og afslut"),
    ],
)
def test_help_has_its_headings_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, headings: tuple[str, ...], help_line: str
) -> None:
    code, out, _ = run(capsys, "--language", language, "show", "--help")
    assert code == 0
    assert out.startswith(USAGE[language] + "meeting-planner show ")
    lines = [line.strip() for line in out.splitlines()]
    assert set(headings) <= set(lines)
    assert any(line.startswith("-h, --help") and line.endswith(help_line) for line in lines)


def test_argparse_speaks_its_own_language_again_after_a_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "--language", "sv", "show")
    run(capsys, "--language", "da", "show", "--help")
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
    # A parser of someone else's in the same process says what argparse says.
    other = argparse.ArgumentParser(prog="other", exit_on_error=False)
    other.add_argument("name")
    assert "usage: other" in other.format_usage()
    assert "positional arguments:" in other.format_help()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "meeting-planner retention: error: argument --set-months: 'abc' is not a whole number",
        ),
        ("sv", "meeting-planner retention: fel: argumentet --set-months: 'abc' är inte ett heltal"),
        (
            "da",
            "meeting-planner retention: fejl: argumentet --set-months: 'abc' er ikke et helt tal",
        ),
    ],
)
def test_a_number_that_is_not_one_is_told_without_pythons_type_name(
    capsys: pytest.CaptureFixture[str], language: str, said: str
) -> None:
    code, _, err = run(capsys, "--language", language, "retention", "--set-months", "abc")
    assert (code, err.splitlines()[-1]) == (1, said)

"""The command line in the user's language: LANG (and its kin), else --language; and the
insights in the language chosen in the app for the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.cli.language import from_environment


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    return out.split()[-1]


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LANG": "nb_NO.UTF-8"}, "da"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "da_DK"}, "da"),
        ({"LANGUAGE": "fi:da:en", "LANG": "sv_SE.UTF-8"}, "da"),
        ({}, "en"),
    ],
)
def test_the_locale_names_the_language(environ: dict[str, str], language: str) -> None:
    assert from_environment(environ) == language


def test_lang_makes_the_command_line_speak_swedish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    code, out, _ = run(capsys, "list")
    assert (code, out.strip()) == (0, "Inga möten än. Prova `meeting-planner demo`.")
    meeting_id = demo(capsys)
    code, out, _ = run(capsys, "show", meeting_id)
    assert code == 0
    labels = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert {"När:", "Kandidat:", "Roll:", "Med:", "Agenda:"} <= set(labels)
    assert not {"When:", "Candidate:", "Role:", "With:"} & set(labels)
    assert "Rekryterande chef" in out or "Engineering manager" in out
    assert "[planerat]" in out
    code, out, _ = run(capsys, "check", meeting_id)
    assert "Beredskap" in out and "Readiness" not in out


def test_language_option_wins_over_the_locale_and_errors_speak_it_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    code, _, err = run(
        capsys,
        "--language",
        "da",
        "new",
        "--template",
        "nope",
        "--candidate",
        "Ana",
        "--role",
        "Dev",
        "--start",
        "2026-12-01 10:00",
    )
    assert code == 1
    assert err == (
        "meeting-planner: ingen skabelon hedder 'nope'; `meeting-planner templates` viser dem\n"
    )


def test_help_speaks_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--language=sv", "due", "--help")
    assert code == 0
    assert "vad som förfaller eller är försenat" in out
    assert "ta med det som redan är klart" in out


def test_counts_take_their_plural_form(capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = demo(capsys)
    _, out, _ = run(capsys, "--language", "sv", "show", meeting_id)
    last = out.strip().splitlines()[-1]
    assert last.startswith("Coach: ") and ("iakttagelse;" in last or "iakttagelser;" in last)


def test_insights_follow_the_language_chosen_in_the_app_for_the_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "store"
    demo_args = ("--data-dir", str(data))
    assert main([*demo_args, "demo"]) == 0
    (data / "ui-state.ini").write_text("[ui]\nlanguage=da\n", encoding="utf-8")
    capsys.readouterr()
    code, out, _ = run(capsys, *demo_args, "insights", "-o", str(tmp_path / "i.pdf"))
    assert code == 0
    assert out.startswith("Indsigt på tværs af møder")
    assert "1 møde, heraf 0 afholdt." in out
    # --language still decides.
    code, out, _ = run(capsys, *demo_args, "--language", "en", "insights", "--json")
    assert json.loads(out)["meetings"] == 1
    code, out, _ = run(capsys, *demo_args, "--language", "en", "insights")
    assert out.startswith("Insights across meetings") and "1 meeting, 0 held." in out


@pytest.mark.parametrize(("lang", "language"), [("sv_SE.UTF-8", "sv"), ("C.UTF-8", "en")])
def test_a_new_meeting_is_in_the_language_the_command_line_speaks(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str, language: str
) -> None:
    """As a new meeting in the app takes the app's language, one made on the command line
    takes LANG's when no --language is given."""
    monkeypatch.setenv("LANG", lang)
    new = ["new", "--template", "team-meeting", "--candidate", "Åsa", "--role", "Dev"]
    code, out, _ = run(capsys, *new, "--start", "2026-12-08 10:00")
    assert code == 0
    code, out, _ = run(capsys, "show", out.split()[-1], "--json")
    assert code == 0
    assert json.loads(out)["language"] == language

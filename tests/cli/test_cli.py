"""The command line as a user runs it: output, exit codes, and the store afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meeting_planner.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def last_word(text: str) -> str:
    return text.split()[-1]


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    return last_word(out)


def test_templates_lists_names_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    for name in ("candidate-meeting-60", "case-meeting-90", "senior-lead", "team-meeting"):
        assert name in names


def test_demo_then_check_gives_a_good_review(
    capsys: pytest.CaptureFixture[str], demo_id: str
) -> None:
    code, out, _ = run(capsys, "check", demo_id, "--json")
    assert code == 0
    result = json.loads(out)
    assert 85 <= result["score"] <= 100
    assert set(result["shares"]) == {"pitch", "team", "case", "assess", "questions", "frame"}
    assert result["selling"]["share"] >= 0.35
    assert abs(sum(result["shares"].values()) - 1) < 1e-9
    assert result["total_minutes"] > 0 and result["planned_minutes"] > 0
    assert result["findings"] == []
    code, out, _ = run(capsys, "check", demo_id[:6])
    assert code == 0 and "Readiness" in out and "No findings" in out


def test_check_names_what_to_fix_in_a_plan_with_a_vague_role(
    capsys: pytest.CaptureFixture[str],
) -> None:
    new = ["new", "--template", "team-meeting", "--candidate", "A", "--role", "B"]
    code, out, _ = run(capsys, *new, "--start", "2026-12-01 10:00")
    assert code == 0
    meeting_id = last_word(out)
    code, out, _ = run(capsys, "check", meeting_id, "--json")
    assert code == 0
    result = json.loads(out)
    assert result["score"] < 85
    findings = {finding["id"]: finding for finding in result["findings"]}
    stack = findings["role-no-stack"]
    assert stack["severity"] == "warning" and stack["target"] == "role.tech_stack"
    assert stack["message"] == "The role names no tech stack."
    code, out, _ = run(capsys, "check", meeting_id)
    assert code == 0
    assert "The role names no tech stack." in out
    assert f"Why: {stack['why']}" in out


def test_new_from_template_then_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "new",
        "--template",
        "case-meeting-90",
        "--candidate",
        "Łukasz Dvořák",
        "--role",
        "Data engineer",
        "--start",
        "2026-12-01 10:00",
    )
    assert code == 0
    new_id = last_word(out)
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [new_id]
    assert rows[0]["candidate"] == "Łukasz Dvořák"
    assert rows[0]["role"] == "Data engineer"
    assert rows[0]["start"].startswith("2026-12-01T10:00")
    assert rows[0]["status"] == "planned"
    code, out, _ = run(capsys, "show", new_id[:5])
    assert code == 0 and "Łukasz Dvořák" in out and "Agenda" in out
    code, out, _ = run(capsys, "show", new_id, "--json")
    assert json.loads(out)["candidate"]["name"] == "Łukasz Dvořák"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["show", "ffffffffffff"], "no meeting"),
        (
            [
                "new",
                "--template",
                "nope",
                "--candidate",
                "A",
                "--role",
                "B",
                "--start",
                "2026-12-01 10:00",
            ],
            "no template named",
        ),
        (
            [
                "new",
                "--template",
                "team-meeting",
                "--candidate",
                "A",
                "--role",
                "B",
                "--start",
                "tomorrow",
            ],
            "YYYY-MM-DD HH:MM",
        ),
        (["import", "missing.meeting.json"], "no such file"),
        (["check", "zzzz"], "no meeting"),
        (["list", "--bogus"], "unrecognized arguments"),
    ],
)
def test_user_errors_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert message in err
    assert "Traceback" not in err


def test_ambiguous_prefix_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    ids = {last_word(run(capsys, "demo")[1]) for _ in range(20)}
    prefixes = [i[0] for i in ids]
    shared = next(p for p in prefixes if prefixes.count(p) > 1)
    code, _, err = run(capsys, "show", shared)
    assert code == 1 and "matches" in err and "type more" in err


def test_export_plan_only_and_import_round_trip(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    full, plan = tmp_path / "full.meeting.json", tmp_path / "plan.meeting.json"
    assert run(capsys, "export-meeting", demo_id, "-o", str(full))[0] == 0
    assert run(capsys, "export-meeting", demo_id, "-o", str(plan), "--plan-only")[0] == 0
    assert json.loads(full.read_text("utf-8"))["meeting"]["id"] == demo_id
    assert "debrief" not in json.loads(plan.read_text("utf-8"))["meeting"]
    code, out, _ = run(capsys, "import", str(full), str(plan))
    assert code == 0
    assert out.splitlines() == [
        f"{path}: {demo_id} (Sanna Järvinen) is already up to date" for path in (full, plan)
    ]
    code, out, _ = run(capsys, "import", str(full), str(plan), "--copy")
    assert code == 0
    new_ids = [last_word(line) for line in out.splitlines()]
    assert len(new_ids) == 2 and demo_id not in new_ids and len(set(new_ids)) == 2
    code, out, _ = run(capsys, "list", "--json")
    assert len(json.loads(out)) == 3


def test_import_is_all_or_nothing(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    good, bad = tmp_path / "good.meeting.json", tmp_path / "bad.meeting.json"
    run(capsys, "export-meeting", demo_id, "-o", str(good))
    data = json.loads(good.read_text("utf-8"))
    data["meeting"]["agenda"][3]["minutes"] = 0
    bad.write_text(json.dumps(data), "utf-8")
    code, _, err = run(capsys, "import", str(good), str(bad))
    assert code == 1
    assert "agenda[3].minutes" in err and "bad.meeting.json" in err
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 1


def test_check_a_file_without_touching_the_store(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "plan.meeting.json"
    run(capsys, "export-meeting", demo_id, "-o", str(path), "--plan-only")
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0 and json.loads(out)["score"] >= 85


def test_delete_needs_confirmation_without_a_terminal(
    capsys: pytest.CaptureFixture[str], demo_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "delete", demo_id)
    assert code == 1 and "--yes" in err
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 1
    code, _, _ = run(capsys, "delete", demo_id, "--yes")
    assert code == 0
    assert json.loads(run(capsys, "list", "--json")[1]) == []


def test_delete_asks_on_a_terminal(
    capsys: pytest.CaptureFixture[str], demo_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert run(capsys, "delete", demo_id)[0] == 1
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert run(capsys, "delete", demo_id)[0] == 0
    assert json.loads(run(capsys, "list", "--json")[1]) == []


def test_data_dir_option_wins_over_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"
    assert run(capsys, "--data-dir", str(other), "demo")[0] == 0
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 0
    assert len(json.loads(run(capsys, "list", "--json", "--data-dir", str(other))[1])) == 1


def _cli(*argv: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MEETING_PLANNER_DATA_DIR=str(env_dir))
    return subprocess.run(
        [sys.executable, "-m", "meeting_planner", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_a_corrupt_store_is_a_clear_error_and_restore_brings_it_back(tmp_path: Path) -> None:
    data = tmp_path / "store"
    first = _cli("demo", env_dir=data)
    assert first.returncode == 0, first.stderr
    meeting_id = last_word(first.stdout)
    # A second save of the same meeting file leaves its earlier state in backups/.
    exported = tmp_path / "m.meeting.json"
    assert _cli("export-meeting", meeting_id, "-o", str(exported), env_dir=data).returncode == 0
    assert _cli("delete", meeting_id, "--yes", env_dir=data).returncode == 0
    assert _cli("import", str(exported), env_dir=data).returncode == 0
    backed_up = {p.name.split(".json")[0] for p in (data / "backups").iterdir()}
    damaged = [p for p in data.glob("meetings-*.json") if p.stem in backed_up]
    assert damaged
    for path in damaged:
        path.write_bytes(b'{"meetings": {"1": ')
    before = {p: p.read_bytes() for p in damaged}
    broken = _cli("list", env_dir=data)
    assert broken.returncode == 1
    assert "Traceback" not in broken.stderr and "restore" in broken.stderr
    assert {p: p.read_bytes() for p in damaged} == before
    fixed = _cli("restore", env_dir=data)
    assert fixed.returncode == 0, fixed.stderr
    listed = _cli("list", "--json", env_dir=data)
    assert listed.returncode == 0, listed.stderr
    assert meeting_id in [row["id"] for row in json.loads(listed.stdout)]
    assert list(data.glob("*damaged*")), "the damaged file is kept aside"


def test_version(tmp_path: Path) -> None:
    version = _cli("--version", env_dir=tmp_path)
    assert version.returncode == 0 and "meeting-planner" in version.stdout


def test_templates_lists_each_name_once_with_its_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "templates")
    names = [line.split()[0] for line in out.splitlines()]
    assert code == 0 and len(names) == len(set(names))
    line = next(x for x in out.splitlines() if x.startswith("case-meeting-90"))
    assert "en, sv, da" in line


def test_new_takes_a_country_it_knows_the_holidays_of_and_refuses_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["new", "--template", "case-meeting-90", "--candidate", "Ada", "--role", "Dev"]
    code, out, err = run(capsys, *base, "--start", "2026-12-01 10:00", "--country", "xx")
    assert code == 1 and out == ""
    assert "no public holidays are known for XX" in err and "Traceback" not in err
    code, out, _ = run(capsys, *base, "--start", "2026-12-01 10:00", "--country", "pl")
    assert code == 0
    code, out, _ = run(capsys, "show", last_word(out), "--json")
    assert json.loads(out)["country"] == "PL"
    code, out, _ = run(capsys, "list", "--json")
    assert [row["candidate"] for row in json.loads(out)] == ["Ada"]  # the refused one: none


def test_a_start_in_the_past_and_a_pdf_named_otherwise_are_warned_of(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    code, out, err = run(
        capsys,
        "new",
        "--template",
        "candidate-meeting-60",
        "--candidate",
        "Kim Ek",
        "--role",
        "Backend developer",
        "--start",
        "2020-03-02 10:00",
        "--country",
        "SE",
    )
    assert code == 0 and "warning: the start is in the past; check the date" in err
    meeting_id = out.split()[-1]
    code, out, err = run(capsys, "export", "brief", meeting_id, "-o", str(tmp_path / "brief.txt"))
    assert code == 0 and "is a PDF, whatever its name" in err
    assert (tmp_path / "brief.txt").read_bytes().startswith(b"%PDF-")
    code, out, err = run(capsys, "export", "brief", meeting_id, "-o", str(tmp_path / "brief.PDF"))
    assert code == 0 and "whatever its name" not in err

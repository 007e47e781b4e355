"""Review comments from the command line: added on a block, a field or the plan,
listed by show, hinted at by check, and resolved."""

from __future__ import annotations

import json

import pytest

from meeting_planner.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    return run(capsys, "demo")[1].split()[-1]


def test_comment_show_check_resolve(capsys, demo_id) -> None:
    meeting = json.loads(run(capsys, "show", demo_id, "--json")[1])
    block = meeting["agenda"][1]["title"]
    code, out, _ = run(
        capsys,
        "comment",
        demo_id,
        "Let a colleague lead this",
        "--author",
        "Rita Recruiter",
        "--block",
        block.upper(),
    )
    assert code == 0
    comment_id = out.split()[2]
    run(
        capsys,
        "comment",
        demo_id,
        "Name the budget",
        "--author",
        "Rita Recruiter",
        "--field",
        "offer.development_budget",
    )
    out = run(capsys, "show", demo_id)[1]
    assert f"[open] {comment_id}  Rita Recruiter, " in out
    assert f"on block “{block}”: Let a colleague lead this" in out
    assert "on field “Development budget”: Name the budget" in out
    findings = json.loads(run(capsys, "check", demo_id, "--json")[1])["findings"]
    assert sum(f["id"] == "comments-open" for f in findings) == 2
    assert run(capsys, "resolve", demo_id, comment_id[:6])[0] == 0
    assert f"[resolved] {comment_id}" in run(capsys, "show", demo_id)[1]
    findings = json.loads(run(capsys, "check", demo_id, "--json")[1])["findings"]
    assert sum(f["id"] == "comments-open" for f in findings) == 1


def test_a_comment_on_something_not_there_is_refused(capsys, demo_id) -> None:
    code, _, err = run(capsys, "comment", demo_id, "x", "--author", "R", "--block", "Nope")
    assert code == 1 and "no agenda block" in err
    code, _, err = run(capsys, "comment", demo_id, "x", "--author", "R", "--field", "salary")
    assert code == 1 and "offer.salary" in err
    assert "Review comments" not in run(capsys, "show", demo_id)[1]

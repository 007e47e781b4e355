"""The desktop commands and "Open with": what a user runs and sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from meeting_planner import desktop
from meeting_planner.cli import main


def test_install_and_uninstall_desktop_say_what_they_did(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    for path in desktop.planned_files():
        assert f"Wrote {path}" in out and path.is_file()
    assert main(["uninstall-desktop"]) == 0
    out = capsys.readouterr().out
    assert out.count("Removed ") == len(desktop.planned_files())
    assert main(["uninstall-desktop"]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_an_unwritable_data_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("meeting-planner: could not add the app to the desktop")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["plan.meeting.json"],
        ["--data-dir", "DATA", "plan.meeting.json"],
        ["--data-dir=DATA", "filled-debrief.PDF"],
    ],
)
def test_a_file_named_alone_opens_the_app_with_it(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The desktop's "Open with" runs `meeting-planner FILE` (Exec ... %f)."""
    monkeypatch.chdir(tmp_path)  # a relative data folder is made here, not in the checkout
    seen: dict[str, object] = {}

    def run(data_dir: Path, argv: object = None, open_files: list[Path] | None = None) -> int:
        seen.update(data_dir=data_dir, open_files=open_files)
        return 0

    monkeypatch.setattr("meeting_planner.ui.app.run", run)
    assert main(argv) == 0
    assert seen["open_files"] == [Path(argv[-1])]
    if "DATA" in " ".join(argv):
        assert seen["data_dir"] == Path("DATA")

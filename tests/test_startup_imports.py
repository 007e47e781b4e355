"""What start-up must not load: heavy libraries wait until a feature needs them.

Each case runs the real command line in a fresh interpreter (modules already
imported by the test session would hide a regression) and lists every module the
process imported by the time it finished.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store

ROOT = Path(__file__).resolve().parents[1]

# Runs the command line as `python -m meeting_planner ARGS...` would, then writes the
# names of the imported modules to the file named first: those imported by the time
# the app said it had reached the moment MEETING_PLANNER_QUIT_AFTER_SHOW names (what
# the event loop still runs on its way out is not start-up), else by the end.
PROBE = """
import json, sys

class Watch:
    def __init__(self, out):
        self.out, self.seen = out, None
    def write(self, text):
        if text.startswith("shown-at ") and self.seen is None:
            self.seen = sorted(sys.modules)
        return self.out.write(text)
    def __getattr__(self, name):
        return getattr(self.out, name)

sys.stdout = watch = Watch(sys.stdout)
from meeting_planner.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(watch.seen or sorted(sys.modules), out)
sys.exit(code)
"""

# Needed only by PDFs, PDF previews, file validation, reading filled-in forms, and the
# calendar invites and email drafts.
APP_FORBIDDEN = (
    "reportlab",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "jsonschema",
    "pypdf",
    "icalendar",
    "email.mime",
    "meeting_planner.export.email_draft",
)


@pytest.fixture
def meeting_id(tmp_path: Path) -> str:
    meeting = sample_meeting(datetime(2026, 11, 23, 10))
    with Store(tmp_path / "data") as store:
        store.meetings.save(meeting)
    return meeting.id


def imported(tmp_path: Path, *args: str, quit_after_show: str = "1") -> set[str]:
    """The modules a run of the command line imported (it must succeed)."""
    listing = tmp_path / "modules.json"
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        MEETING_PLANNER_DATA_DIR=str(tmp_path / "data"),
        MEETING_PLANNER_QUIT_AFTER_SHOW=quit_after_show,
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(listing), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(listing.read_text(encoding="utf-8")))


def loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """Which of ``packages`` (or their submodules) are among ``modules``."""
    return sorted(p for p in packages if any(m == p or m.startswith(p + ".") for m in modules))


@pytest.mark.parametrize("moment", ["1", "ready"], ids=["window-shown", "editor-ready"])
def test_the_app_starts_without_pdf_validation_or_form_libraries(
    tmp_path: Path, meeting_id: str, moment: str
) -> None:
    modules = imported(tmp_path, quit_after_show=moment)
    assert "meeting_planner.ui.window.main_window" in modules, "the window did not open"
    assert loaded(modules, APP_FORBIDDEN) == []


def test_the_window_appears_before_the_meeting_model_is_built(
    tmp_path: Path, meeting_id: str
) -> None:
    # The list comes from the store's index; the model's classes (slow to create)
    # load with the first meeting's editor, after the window is on screen.
    assert "meeting_planner.domain.model" not in imported(tmp_path, quit_after_show="1")
    assert "meeting_planner.domain.model" in imported(tmp_path, quit_after_show="ready")


def test_the_features_install_after_the_meeting_is_on_screen(
    tmp_path: Path, meeting_id: str
) -> None:
    features = ("meeting_planner.ui.meeting_mode", "meeting_planner.ui.followup")
    assert loaded(imported(tmp_path, quit_after_show="ready"), features) == []
    assert loaded(imported(tmp_path, quit_after_show="settled"), features) == sorted(features)


def test_windows_opened_from_menus_load_when_first_opened(tmp_path: Path, meeting_id: str) -> None:
    modules = imported(tmp_path, quit_after_show="settled")
    assert "meeting_planner.ui.meeting_mode" in modules  # its menu action is there
    assert "meeting_planner.ui.meeting_mode.window" not in modules
    assert "meeting_planner.ui.insights.window" not in modules
    assert "meeting_planner.ui.window.operations" not in modules


def test_listing_meetings_loads_neither_qt_nor_pdf_libraries(
    tmp_path: Path, meeting_id: str
) -> None:
    modules = imported(tmp_path, "list")
    assert "meeting_planner.store" in modules
    # The index holds each meeting's deadlines: no holiday is looked up to list them.
    assert loaded(modules, (*APP_FORBIDDEN, "PySide6", "holidays")) == []


def test_the_window_appears_before_the_public_holidays_are_read(
    tmp_path: Path, meeting_id: str
) -> None:
    assert loaded(imported(tmp_path, quit_after_show="1"), ("holidays",)) == []


def test_exporting_a_brief_loads_neither_validation_nor_form_reading(
    tmp_path: Path, meeting_id: str
) -> None:
    out = tmp_path / "brief.pdf"
    modules = imported(tmp_path, "export", "brief", meeting_id, "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert loaded(modules, ("jsonschema", "pypdf", "PySide6")) == []


def test_the_meeting_left_open_on_its_agenda_appears_without_loading_the_holidays_package(
    tmp_path: Path, meeting_id: str
) -> None:
    # The coach on the Agenda tab asks whether the meeting falls on a day off, and the
    # notice of overdue answers counts working days: both need the public holidays. The
    # first start works them out with the holidays package and keeps them in the cache
    # folder; every start after it reads them from there, without the package.
    from meeting_planner.ui.editor.meeting_editor import AGENDA
    from meeting_planner.ui.window.ui_state import UiState

    UiState(tmp_path / "data").set_last_meeting(meeting_id, AGENDA)
    first = imported(tmp_path, quit_after_show="settled")
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "meeting-planner"
    assert "holidays" in first and list(cache.glob("days-off-*.json"))
    UiState(tmp_path / "data").set_last_meeting(meeting_id, AGENDA)
    assert loaded(imported(tmp_path, quit_after_show="ready"), ("holidays",)) == []
    settled = imported(tmp_path, quit_after_show="settled")
    assert loaded(settled, ("holidays",)) == []
    assert "meeting_planner.domain.workdays" in settled


def test_importing_good_files_loads_no_full_validator_once_the_schema_is_compiled(
    tmp_path: Path,
) -> None:
    from meeting_planner.exchange import export_meeting, fast_check

    fast_check.forget()
    fast_check.compile_now()  # kept in the cache folder, as by an earlier import
    fast_check.forget()
    plan = tmp_path / "plan.meeting.json"
    plan.write_bytes(export_meeting(sample_meeting(datetime(2026, 11, 23, 10)), plan_only=True))
    modules = imported(tmp_path, "import", str(plan))
    assert "meeting_planner.exchange.reader" in modules, "the file was not read"
    assert loaded(modules, ("jsonschema",)) == []


def test_a_second_brief_reads_the_days_off_from_the_cache_not_the_holidays_package(
    tmp_path: Path, meeting_id: str
) -> None:
    # The package loads every country it knows on first use: once is enough.
    out = tmp_path / "brief.pdf"
    first = imported(tmp_path, "export", "brief", meeting_id, "-o", str(out))
    assert "holidays" in first, "the brief counts working days"
    second = imported(tmp_path, "export", "brief", meeting_id, "-o", str(out), "--force")
    assert out.read_bytes().startswith(b"%PDF")
    assert loaded(second, ("holidays", "xml.sax", "urllib.request", "http")) == []

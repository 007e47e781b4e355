"""Start-up benchmark: the app's window against a bare PySide6 window, as whole processes.

Run by hand: ``python3 tests/benchmarks/bench_startup.py [RUNS] [--meetings N] [--no-bytecode]``.

The store holds N meetings (default 200) as a manager's store would after a year:
the sample meeting and the built-in templates in English, Swedish and Danish, for
different candidates and roles, past ones held, debriefed, answered or closed, some
answers overdue, and the coming ones planned. The meeting the user had open when
the app was last closed is one of the coming ones, on its Agenda tab, written with
``UiState.set_last_meeting`` as the app writes it on closing.

Each round starts three processes one after the other (RUNS rounds, default 30):
a bare PySide6 QMainWindow, then ``python -m meeting_planner --data-dir TMP`` with
MEETING_PLANNER_QUIT_AFTER_SHOW=1 (it quits on the first event-loop turn after its
window is shown) and with =ready (it quits once the last-used meeting is open in
the editor, on its tab). Each process prints the monotonic clock at that moment,
so every span is timed from the moment the process is started:

- window shown: the app's window on screen, its meetings still opening;
- editor ready: the last-used meeting open in the editor. The target is at most
  TARGET_RATIO times the bare window shown.

It prints the medians, their ratios to the bare window, the median of each round's
own ratios (which the machine's slow spells move less), and the load average
before and after. Byte code is cached in a temporary folder, as an installed copy
would have it; --no-bytecode keeps PYTHONDONTWRITEBYTECODE as the environment has it.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from meeting_planner.domain.enums import Decision, Status  # noqa: E402
from meeting_planner.domain.library import builtin_templates  # noqa: E402
from meeting_planner.domain.model import Meeting  # noqa: E402
from meeting_planner.domain.sample import sample_meeting, sample_profile  # noqa: E402
from meeting_planner.domain.templates import meeting_from_template  # noqa: E402
from meeting_planner.store import Store  # noqa: E402
from meeting_planner.ui.window.ui_state import UiState  # noqa: E402

TARGET_RATIO = 1.3
MEETINGS = 200
RUNS = 30
# The editor's tabs are Overview, Candidate, Role, Offer, People, Agenda, ...: the
# agenda builder is where a manager plans, and the heaviest tab to build.
LAST_TAB = 5
LAST_TAB_NAME = "Agenda"

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def shown():
    print(f"shown-at {time.monotonic():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# The app as `python -m meeting_planner --data-dir DATA` runs it, saying at the
# moment of quitting which meeting and tab are on screen (an untimed check).
PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from meeting_planner.ui import app as app_module
from meeting_planner.ui.window.main_window import MainWindow

quit_for_timing = app_module._quit_for_timing

def tell(app):
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    editor = window.stack.currentWidget()
    tabs = editor.tabs
    print("open", window.list_panel.current_id(), tabs.currentIndex(),
          tabs.tabText(tabs.currentIndex()).replace("&", ""),
          tabs.currentWidget().isVisible(), window.list_panel.model.rowCount(), flush=True)
    quit_for_timing(app)

app_module._quit_for_timing = tell
sys.exit(app_module.run(Path(sys.argv[1])))
"""

CANDIDATES = [
    "Sanna Järvinen",
    "Lars Haddad",
    "Noor Virtanen",
    "Mika Nielsen",
    "Sofie Berg",
    "Jonas Korhonen",
    "Aino Dahl",
    "Emil Lindqvist",
    "Ida Jensen",
    "Oskar Andersson",
    "Łukasz Nowak",
    "Fatima El-Amin",
    "Henrik Østergaard",
    "Maria Åberg",
    "Daniel Kim",
]
ROLES = [
    "Backend developer",
    "Frontend developer",
    "Data scientist",
    "Platform engineer",
    "UX designer",
    "Security engineer",
    "Tech lead",
    "Engineering manager",
    "Mobile developer",
    "Site reliability engineer",
]


def realistic_meetings(count: int, now: datetime, seed: int = 16) -> tuple[list[Meeting], str]:
    """``count`` meetings over the past ten months and the next two, and the id of the
    one left open: a coming meeting made from the sample, the most filled-in plan."""
    rng = random.Random(seed)
    profile = sample_profile()
    templates = builtin_templates()
    meetings: list[Meeting] = []
    from_sample: list[Meeting] = []
    for number in range(count):
        name = f"{rng.choice(CANDIDATES)} {number}"
        role = rng.choice(ROLES)
        start = (now + timedelta(days=rng.randint(-300, 60))).replace(
            hour=rng.choice((9, 10, 13, 15)), minute=0, second=0, microsecond=0
        )
        if number % 5 == 0:
            meeting = sample_meeting(start)
            meeting.start = start
            meeting.candidate.name = name
            from_sample.append(meeting)
        else:
            meeting = meeting_from_template(
                rng.choice(templates),
                candidate_name=name,
                role_title=role,
                start=start,
                profile=profile,
            )
        if meeting.planned_end < now:
            _progress(meeting, rng, now)
        meetings.append(meeting)
    coming = [m for m in from_sample if m.start > now]
    last = min(coming, key=lambda m: m.start) if coming else from_sample[0]
    return meetings, last.id


def _progress(meeting: Meeting, rng: random.Random, now: datetime) -> None:
    """A past meeting as far as it got: mostly answered or closed, some answers owed."""
    meeting.mark_held(meeting.planned_end + timedelta(minutes=rng.randint(-10, 15)))
    stage = rng.random()
    if stage < 0.1:
        return  # held, no debrief yet
    meeting.debrief.decision = rng.choice(list(Decision))
    meeting.debrief.interest = rng.randint(2, 5)
    meeting.status = Status.DEBRIEFED
    if stage < 0.25:
        return  # debriefed, the answer is owed
    sent = min(meeting.end + timedelta(hours=rng.randint(4, 60)), now)
    meeting.debrief.feedback_sent_at = sent
    meeting.status = Status.FEEDBACK_SENT
    if stage < 0.7:
        return
    meeting.status = Status.CLOSED
    meeting.closed_at = min(sent + timedelta(days=rng.randint(3, 20)), now)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to the moment it printed, and to its end."""
    began = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    ended = time.monotonic()
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} failed:\n{result.stderr}")
    marks = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("shown-at ")]
    if len(marks) != 1:
        raise SystemExit(f"{command[:3]} did not say when its window was shown:\n{result.stdout}")
    return float(marks[0]) - began, ended - began


def _check_opened(data: Path, env: dict[str, str], last_id: str, count: int) -> None:
    """Stop unless =ready quits with the last-used meeting on its tab, all meetings listed."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = [line.split() for line in result.stdout.splitlines() if line.startswith("open ")]
    expected = ["open", last_id, str(LAST_TAB), LAST_TAB_NAME, "True", str(count)]
    if result.returncode != 0 or said != [expected]:
        raise SystemExit(f"=ready did not open the last-used meeting:\n{said}\n{result.stderr}")


def main() -> None:
    args = sys.argv[1:]
    meetings = MEETINGS
    if "--meetings" in args:
        at = args.index("--meetings")
        meetings = int(args[at + 1])
        del args[at : at + 2]
    runs = int(next((a for a in args if not a.startswith("--")), RUNS))
    bytecode = "--no-bytecode" not in args
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONPATH=str(ROOT), MEETING_PLANNER_QUIT_AFTER_SHOW="1")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        data = Path(folder) / "store"
        stored, last_id = realistic_meetings(meetings, datetime.now())
        with Store(data) as store:
            store.meetings.save_many(stored)
        env["MEETING_PLANNER_DATA_DIR"] = str(data)
        app = [sys.executable, "-m", "meeting_planner", "--data-dir", str(data)]
        ready_env = dict(env, MEETING_PLANNER_QUIT_AFTER_SHOW="ready")
        runners = {
            "bare": ([sys.executable, "-c", BARE], env),
            "window": (app, env),
            "ready": (app, ready_env),
        }
        state = UiState(data)
        state.set_last_meeting(last_id, LAST_TAB)
        _check_opened(data, ready_env, last_id, meetings)
        # One untimed run each, so all start from warm file caches and byte code.
        for command, command_env in runners.values():
            _time(command, command_env)
        load_before = _load()
        times: dict[str, list[tuple[float, float]]] = {kind: [] for kind in runners}
        for _ in range(runs):
            for kind, (command, command_env) in runners.items():
                # Each run closes the window, which records what was open: every run
                # starts from the same meeting and tab, whatever the last one did.
                state.set_last_meeting(last_id, LAST_TAB)
                times[kind].append(_time(command, command_env))
        load_after = _load()

    def median(kind: str, span: int = 0) -> float:
        return statistics.median(t[span] for t in times[kind])

    def paired(kind: str) -> float:
        # Each round starts the bare window and the app one after the other, so the
        # median of the rounds' own ratios is less moved by the machine's slow spells.
        return statistics.median(
            a[0] / b[0] for b, a in zip(times["bare"], times[kind], strict=True)
        )

    cached = "cached in a temporary folder" if bytecode else "as the environment has it"
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} rounds; byte code {cached}")
    print(f"store: {meetings} meetings, the last-used one on its {LAST_TAB_NAME} tab")
    print(f"load average (1, 5, 15 min): {load_before} before, {load_after} after")
    print(f"{'process (medians, ms)':<34}{'to mark':>8}{'min':>6}{'to gone':>9}{'min':>6}")
    for kind, name in (
        ("bare", "bare QMainWindow, shown"),
        ("window", "Meeting Planner, window shown"),
        ("ready", "Meeting Planner, editor ready"),
    ):
        low = min(t[0] for t in times[kind]) * 1000
        low_gone = min(t[1] for t in times[kind]) * 1000
        print(
            f"{name:<34}{median(kind) * 1000:>8.0f}{low:>6.0f}"
            f"{median(kind, 1) * 1000:>9.0f}{low_gone:>6.0f}"
        )
    print(f"{'ratio to the bare window':<34}{'medians':>8}{'rounds':>8}")
    for kind, name in (("window", "window shown"), ("ready", "editor ready")):
        print(f"{name:<34}{median(kind) / median('bare'):>8.2f}{paired(kind):>8.2f}")
    ratio = median("ready") / median("bare")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"editor ready: {verdict} the {TARGET_RATIO} target (ratio of medians {ratio:.2f})")


if __name__ == "__main__":
    main()

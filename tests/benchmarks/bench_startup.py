"""Start-up benchmark: the app's window against a bare PySide6 window, as whole processes.

Run by hand: ``python3 tests/benchmarks/bench_startup.py [RUNS] [--no-bytecode]``.

Starts whole processes RUNS times each (default 15), alternating: a bare PySide6
QMainWindow against ``python -m meeting_planner --data-dir TMP`` on a store
holding the sample meeting, with MEETING_PLANNER_QUIT_AFTER_SHOW=1 so the app
quits on the first event-loop turn after its window is shown, as the bare one
does. Each process prints the monotonic clock at that moment, so two spans are
timed from the moment the process is started:

- to the window shown: what the target (a ratio of at most 1.5, medians) is about;
- to the process gone: the same plus the interpreter's exit, for the record.

The window appears before the meetings are opened (they load on the first turn
of the event loop), so for the record it also times MEETING_PLANNER_QUIT_AFTER_SHOW
=list, until the meetings are listed, and =ready, until the selected meeting's
editor is on screen. Byte code is cached in
a temporary folder, as an installed copy would have it; --no-bytecode keeps
PYTHONDONTWRITEBYTECODE as the environment has it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from meeting_planner.domain.sample import sample_meeting  # noqa: E402
from meeting_planner.store import Store  # noqa: E402

TARGET_RATIO = 1.5

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


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to its window shown, and to its end."""
    began = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    ended = time.monotonic()
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} failed:\n{result.stderr}")
    marks = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("shown-at ")]
    if len(marks) != 1:
        raise SystemExit(f"{command[:3]} did not say when its window was shown:\n{result.stdout}")
    return float(marks[0]) - began, ended - began


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 15
    bytecode = "--no-bytecode" not in sys.argv
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONPATH=str(ROOT), MEETING_PLANNER_QUIT_AFTER_SHOW="1")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        data = Path(folder) / "store"
        with Store(data) as store:
            store.meetings.save(sample_meeting(datetime.now()))
        env["MEETING_PLANNER_DATA_DIR"] = str(data)
        app = [sys.executable, "-m", "meeting_planner", "--data-dir", str(data)]
        bare = [sys.executable, "-c", BARE]
        list_env = dict(env, MEETING_PLANNER_QUIT_AFTER_SHOW="list")
        ready_env = dict(env, MEETING_PLANNER_QUIT_AFTER_SHOW="ready")
        runners = {
            "bare": (bare, env),
            "window": (app, env),
            "list": (app, list_env),
            "ready": (app, ready_env),
        }
        # One untimed run each, so all start from warm file caches and byte code.
        for command, command_env in runners.values():
            _time(command, command_env)
        times: dict[str, list[tuple[float, float]]] = {kind: [] for kind in runners}
        for _ in range(runs):
            for kind, (command, command_env) in runners.items():
                times[kind].append(_time(command, command_env))

    def median(kind: str, span: int) -> float:
        return statistics.median(t[span] for t in times[kind])

    cached = "cached in a temporary folder" if bytecode else "as the environment has it"
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} runs each; byte code {cached}")
    print(f"{'process (medians, ms)':<30}{'to shown':>9}{'min':>6}{'to gone':>9}{'min':>6}")
    for kind, name in (
        ("bare", "bare QMainWindow"),
        ("window", "Meeting Planner, window"),
        ("list", "Meeting Planner, meetings"),
        ("ready", "Meeting Planner, editor too"),
    ):
        shown, gone = [median(kind, 0) * 1000, median(kind, 1) * 1000]
        low_shown = min(t[0] for t in times[kind]) * 1000
        low_gone = min(t[1] for t in times[kind]) * 1000
        print(f"{name:<30}{shown:>9.0f}{low_shown:>6.0f}{gone:>9.0f}{low_gone:>6.0f}")
    ratio = median("window", 0) / median("bare", 0)
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio, window shown:          {ratio:5.2f}  ({verdict} the {TARGET_RATIO} target)")
    # Each round starts the bare window and the app one after the other, so the
    # median of the rounds' own ratios is less moved by the machine's slow spells.
    paired = statistics.median(
        w[0] / b[0] for b, w in zip(times["bare"], times["window"], strict=True)
    )
    print(f"  same, median of the rounds' ratios: {paired:5.2f}")
    print(f"ratio, meetings listed:       {median('list', 0) / median('bare', 0):5.2f}")
    print(f"ratio, editor ready:          {median('ready', 0) / median('bare', 0):5.2f}")
    print(f"ratio, window, process gone:  {median('window', 1) / median('bare', 1):5.2f}")


if __name__ == "__main__":
    main()

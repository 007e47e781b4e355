"""Start-up benchmark, run by hand: ``python3 tests/benchmarks/bench_startup.py [RUNS]``.

Times whole processes, from start to the window shown (then quit at once), RUNS
times each (default 10), and prints the medians: a bare PySide6 QMainWindow
against ``python -m meeting_planner --data-dir TMP`` on a store holding the
sample meeting, with MEETING_PLANNER_QUIT_AFTER_SHOW=1 so the app quits right
after its window is shown. The target is a ratio of at most 1.5. For the record
it also times MEETING_PLANNER_QUIT_AFTER_SHOW=ready: until the selected
meeting's editor, built just after the window appears, is on screen.
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# The same start as the command line's, for a checkout whose command line does
# not open the window yet.
DIRECT = """
import sys
from pathlib import Path
from meeting_planner.ui.app import run
sys.exit(run(Path(sys.argv[1])))
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} failed:\n{result.stderr}")
    return elapsed


def _app_command(data: Path, env: dict[str, str]) -> list[str]:
    command = [sys.executable, "-m", "meeting_planner", "--data-dir", str(data)]
    probe = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if "not part of this version" in probe.stdout:
        print("(the command line does not open the app yet: timing ui.app.run directly)")
        return [sys.executable, "-c", DIRECT, str(data)]
    return command


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    env = dict(os.environ, PYTHONPATH=str(ROOT), MEETING_PLANNER_QUIT_AFTER_SHOW="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "store"
        with Store(data) as store:
            store.meetings.save(sample_meeting(datetime.now()))
        env["MEETING_PLANNER_DATA_DIR"] = str(data)
        app = _app_command(data, env)
        bare = [sys.executable, "-c", BARE]
        # One untimed run each, so both start from warm file caches.
        _time(bare, env)
        _time(app, env)
        ready_env = dict(env, MEETING_PLANNER_QUIT_AFTER_SHOW="ready")
        bare_times, app_times, ready_times = [], [], []
        for _ in range(runs):
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
            ready_times.append(_time(app, ready_env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ready_median = statistics.median(ready_times)
    ratio = app_median / bare_median
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} runs each, medians")
    print(f"bare QMainWindow:            {bare_median * 1000:7.0f} ms")
    print(f"Meeting Planner, window:     {app_median * 1000:7.0f} ms")
    print(f"Meeting Planner, editor too: {ready_median * 1000:7.0f} ms")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio (window shown):        {ratio:7.2f}  ({verdict} the {TARGET_RATIO} target)")
    print(f"ratio (editor ready):        {ready_median / bare_median:7.2f}")


if __name__ == "__main__":
    main()

"""Start-up benchmark: the app's window against a bare PySide6 window, as whole processes.

Run by hand: ``python3 tests/benchmarks/bench_startup.py [RUNS] [--no-bytecode]``.

Times whole processes, from start to the window shown (then quit at once), RUNS
times each (default 15), alternating, and prints the medians and minimums: a bare
PySide6 QMainWindow against ``python -m meeting_planner --data-dir TMP`` on a
store holding the sample meeting, with MEETING_PLANNER_QUIT_AFTER_SHOW=1 so the
app quits right after its window is shown. The target is a ratio of at most 1.5
(medians). For the record it also times MEETING_PLANNER_QUIT_AFTER_SHOW=ready:
until the selected meeting's editor, built just after the window appears, is on
screen. Byte code is cached in a temporary folder, as an installed copy would
have it; --no-bytecode keeps PYTHONDONTWRITEBYTECODE as the environment has it.
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


def _time(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} failed:\n{result.stderr}")
    return elapsed


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
        ready_env = dict(env, MEETING_PLANNER_QUIT_AFTER_SHOW="ready")
        # One untimed run each, so all start from warm file caches and byte code.
        _time(bare, env)
        _time(app, env)
        _time(app, ready_env)
        bare_times, app_times, ready_times = [], [], []
        for _ in range(runs):
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
            ready_times.append(_time(app, ready_env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ready_median = statistics.median(ready_times)
    ratio = app_median / bare_median
    cached = "cached in a temporary folder" if bytecode else "as the environment has it"
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} runs each; byte code {cached}")
    print(f"{'process':<29}{'median ms':>10}{'min ms':>8}")
    for name, times in (
        ("bare QMainWindow", bare_times),
        ("Meeting Planner, window", app_times),
        ("Meeting Planner, editor too", ready_times),
    ):
        print(f"{name:<29}{statistics.median(times) * 1000:>10.0f}{min(times) * 1000:>8.0f}")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio (window shown):        {ratio:7.2f}  ({verdict} the {TARGET_RATIO} target)")
    print(f"ratio (editor ready):        {ready_median / bare_median:7.2f}")


if __name__ == "__main__":
    main()

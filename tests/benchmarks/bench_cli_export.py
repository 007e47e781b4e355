"""Whole-process time of `meeting-planner export brief` against importing reportlab.platypus.

Run by hand: python3 tests/benchmarks/bench_cli_export.py [runs]
The target: the export as a whole process within 1.5 times the bare import.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.5


def _time(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(ROOT), MEETING_PLANNER_DATA_DIR=tmp)
        demo = subprocess.run(
            [sys.executable, "-m", "meeting_planner", "demo"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        meeting_id = demo.stdout.split()[-1]
        out = str(Path(tmp) / "brief.pdf")
        bare = _time([sys.executable, "-c", "import reportlab.platypus"], env, runs)
        export = _time(
            [sys.executable, "-m", "meeting_planner", "export", "brief", meeting_id, "-o", out],
            env,
            runs,
        )
    print(f"{'process':<44}{'median ms':>10}{'min ms':>10}")
    for name, times in [
        ("python -c 'import reportlab.platypus'", bare),
        ("meeting-planner export brief ID -o OUT", export),
    ]:
        print(f"{name:<44}{statistics.median(times):>10.0f}{min(times):>10.0f}")
    ratio = statistics.median(export) / statistics.median(bare)
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(f"ratio {ratio:.2f} (target <= {TARGET_RATIO}): {verdict}")


if __name__ == "__main__":
    main()

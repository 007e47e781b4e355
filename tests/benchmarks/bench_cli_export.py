"""Whole-process time of `meeting-planner export brief` against importing reportlab.platypus.

Run by hand: python3 tests/benchmarks/bench_cli_export.py [runs] [--no-bytecode]
The target: the export as a whole process within 1.5 times the bare import.

Both commands run alternately, after one untimed run each, so that a change in the
machine's load hits both alike. Byte code is cached in a temporary folder, as an
installed copy would have it; --no-bytecode keeps PYTHONDONTWRITEBYTECODE as it is
in the environment, so the package's modules may be compiled on every run.
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


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def process_env(tmp: str, *, bytecode: bool) -> dict[str, str]:
    """The environment of the timed processes: this checkout first on the path."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), MEETING_PLANNER_DATA_DIR=tmp)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
    return env


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 15
    bytecode = "--no-bytecode" not in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        env = process_env(tmp, bytecode=bytecode)
        demo = subprocess.run(
            [sys.executable, "-m", "meeting_planner", "demo"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        meeting_id = demo.stdout.split()[-1]
        out = str(Path(tmp) / "brief.pdf")
        bare_argv = [sys.executable, "-c", "import reportlab.platypus"]
        export_argv = [
            sys.executable, "-m", "meeting_planner", "export", "brief", meeting_id, "-o", out,
            "--force",  # each run replaces the brief the run before wrote
        ]  # fmt: skip
        _time(bare_argv, env)
        _time(export_argv, env)
        bare, export = [], []
        for _ in range(runs):
            bare.append(_time(bare_argv, env))
            export.append(_time(export_argv, env))
    cached = "cached in a temporary folder" if bytecode else "as the environment has it"
    print(f"{runs} runs each, alternating; byte code {cached}")
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

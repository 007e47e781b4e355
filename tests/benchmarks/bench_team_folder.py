"""Team folder benchmark, run by hand: ``python3 tests/benchmarks/bench_team_folder.py [COUNT]``.

Writes COUNT (default 1,000) realistic meetings as plan files into a temporary team
folder and times, each in a fresh process-like run over a fresh store (nothing compiled
in memory; the compiled schema kept in a temporary cache folder, as a user's is):

- ``import`` of every file the first time, when the schema is not compiled yet;
- ``import`` of every file, as the command line does it (read, check, one commit);
- ``inbox --apply`` bringing them all in;
- ``inbox`` looking again at the folder, everything already imported: the figure
  the team folder lives with, as the app looks every time the folder changes;
- ``inbox`` over the same files when the store imported them by ``import`` and the
  inbox has never seen them (each file read once, then remembered).
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

# Run as a script from a checkout: make the package importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import realistic_meeting  # noqa: E402

from meeting_planner.cli import main
from meeting_planner.exchange import export_meeting, fast_check


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one command (the CPU time shows the work done
    apart from other processes on a busy machine, but not the waits for the disk)."""
    fast_check.forget()
    begin, begin_cpu = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    # Counted with the command: collecting what it left in cycles (a command that
    # pauses the collector leaves that for later, to the next command here).
    gc.collect()
    elapsed, cpu = time.perf_counter() - begin, time.process_time() - begin_cpu
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} failed with {code}")
    return elapsed, cpu


def main_bench(count: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")
        folder = root / "team"
        folder.mkdir()
        for n in range(count):
            meeting = realistic_meeting(rng, n)
            (folder / f"plan-{n:05d}.rita-1a2b3c.meeting.json").write_bytes(
                export_meeting(meeting, plan_only=True)
            )
        files = sorted(str(p) for p in folder.iterdir())
        rows = []
        first_run = ["--data-dir", str(root / "first"), "import", *files]
        rows.append((f"import {count:,} files, first run", timed(first_run)))
        by_import = root / "by-import"
        again = ["--data-dir", str(by_import), "import", *files]
        rows.append((f"import {count:,} files", timed(again)))
        inbox = ["--data-dir", str(by_import), "inbox", "--folder", str(folder)]
        rows.append((f"inbox, {count:,} imported, never seen", timed(inbox)))
        rows.append((f"inbox, {count:,} imported, seen before", timed(inbox)))
        by_inbox = root / "by-inbox"
        inbox = ["--data-dir", str(by_inbox), "inbox", "--folder", str(folder)]
        rows.append((f"inbox --apply, {count:,} new", timed([*inbox, "--apply"])))
        rows.append((f"inbox, {count:,} imported by it", timed(inbox)))
    width = max(len(name) for name, _ in rows)
    print(f"{'operation':<{width}}  {'total s':>8}  {'ms per file':>11}  {'CPU ms per file':>15}")
    for name, (seconds, cpu) in rows:
        print(
            f"{name:<{width}}  {seconds:>8.2f}  {seconds / count * 1000:>11.2f}"
            f"  {cpu / count * 1000:>15.2f}"
        )


if __name__ == "__main__":
    main_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

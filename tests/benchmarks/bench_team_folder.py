"""Team folder benchmark, run by hand: ``python3 tests/benchmarks/bench_team_folder.py [COUNT]``.

Writes COUNT (default 1,000) realistic meetings as plan files into a temporary team
folder and times, each in a fresh process-like run over a fresh store:

- ``import`` of every file, as the command line does it (read, check, one commit);
- ``inbox --apply`` bringing them all in;
- ``inbox`` looking again at the folder, everything already imported: the figure
  the team folder lives with, as the app looks every time the folder changes;
- ``inbox`` over the same files when the store imported them by ``import`` and the
  inbox has never seen them (each file read once, then remembered).
"""

from __future__ import annotations

import contextlib
import io
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
from meeting_planner.exchange import export_meeting


def timed(argv: list[str]) -> float:
    begin = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    elapsed = time.perf_counter() - begin
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} failed with {code}")
    return elapsed


def main_bench(count: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "team"
        folder.mkdir()
        for n in range(count):
            meeting = realistic_meeting(rng, n)
            (folder / f"plan-{n:05d}.rita-1a2b3c.meeting.json").write_bytes(
                export_meeting(meeting, plan_only=True)
            )
        files = sorted(str(p) for p in folder.iterdir())
        rows = []
        by_import = root / "by-import"
        seconds = timed(["--data-dir", str(by_import), "import", *files])
        rows.append((f"import {count:,} files", seconds, seconds / count))
        seconds = timed(["--data-dir", str(by_import), "inbox", "--folder", str(folder)])
        rows.append((f"inbox, {count:,} imported, never seen", seconds, seconds / count))
        seconds = timed(["--data-dir", str(by_import), "inbox", "--folder", str(folder)])
        rows.append((f"inbox, {count:,} imported, seen before", seconds, seconds / count))
        by_inbox = root / "by-inbox"
        seconds = timed(["--data-dir", str(by_inbox), "inbox", "--folder", str(folder), "--apply"])
        rows.append((f"inbox --apply, {count:,} new", seconds, seconds / count))
        seconds = timed(["--data-dir", str(by_inbox), "inbox", "--folder", str(folder)])
        rows.append((f"inbox, {count:,} imported by it", seconds, seconds / count))
    width = max(len(name) for name, _, _ in rows)
    print(f"{'operation':<{width}}  {'total s':>8}  {'ms per file':>11}")
    for name, seconds, per_file in rows:
        print(f"{name:<{width}}  {seconds:>8.2f}  {per_file * 1000:>11.2f}")


if __name__ == "__main__":
    main_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

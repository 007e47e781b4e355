"""How long the brief and the candidate agenda take to export, warm, in process (run by hand).

Usage: python3 tests/benchmarks/bench_export.py [runs]
The target is under 30 ms (median) for the brief of a 15-block meeting. The minimum
is shown too: on a busy machine it tells what the code costs when it gets the CPU.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from itertools import cycle, islice
from pathlib import Path

# Run by hand from a checkout, so the package need not be installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from meeting_planner.domain.model import AgendaBlock, Meeting  # noqa: E402
from meeting_planner.domain.sample import sample_meeting  # noqa: E402
from meeting_planner.export import export_agenda, export_brief  # noqa: E402

BLOCKS = 15
TARGET_MS = {"brief": 30.0}


def meeting_of(blocks: int) -> Meeting:
    """The demo meeting, its agenda repeated to ``blocks`` blocks with fresh ids."""
    meeting = sample_meeting(datetime(2026, 11, 20, 9))
    meeting.agenda = [
        AgendaBlock(b.title, b.kind, b.minutes, b.owner, list(b.talking_points), b.topic)
        for b in islice(cycle(meeting.agenda), blocks)
    ]
    meeting.planned_minutes = meeting.agenda_minutes
    return meeting


def timings(export: Callable[[], bytes], runs: int) -> list[float]:
    export()  # warm: fonts registered, modules imported
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        export()
        result.append((time.perf_counter() - start) * 1000)
    return result


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    meeting = meeting_of(BLOCKS)
    documents = {
        "brief": lambda: export_brief(meeting),
        "agenda": lambda: export_agenda(meeting),
    }
    print(f"{BLOCKS}-block meeting, {runs} warm runs each")
    print(f"{'document':<10}{'median ms':>10}{'min ms':>10}{'p95 ms':>10}{'target':>10}")
    failed = False
    for name, export in documents.items():
        ms = sorted(timings(export, runs))
        median = statistics.median(ms)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        target = TARGET_MS.get(name)
        verdict = "" if target is None else ("ok" if median < target else "SLOW")
        failed |= verdict == "SLOW"
        print(f"{name:<10}{median:>10.1f}{ms[0]:>10.1f}{p95:>10.1f}{verdict:>10}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

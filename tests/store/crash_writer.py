"""The writer the crash test kills: saves meetings in a loop, printing each step once saved.

Run as ``python crash_writer.py DATA_DIR LAST_STEP``; the state after any step is
given by :func:`titles_after`, so the test knows what a committed state looks like.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from meeting_planner.domain.model import AgendaBlock, Candidate, Meeting
from meeting_planner.store import Store

IDS = [f"crash{k:07d}" for k in range(6)]
FILLER = 300
# Renames are where one file of a save is in place and the next is not yet;
# slowing them makes the kills land there often enough to matter.
RENAME_PAUSE = 0.003


def titles_after(step: int) -> dict[str, str]:
    """Meeting id -> title once steps 1..step have been saved (deleted ones absent)."""
    titles = {meeting_id: "step 0" for meeting_id in IDS}
    for n in range(1, step + 1):
        kind, ids = _step(n)
        for meeting_id in ids:
            if kind == "delete":
                titles.pop(meeting_id, None)
            else:
                titles[meeting_id] = f"step {n}"
    return titles


def meeting(meeting_id: str, title: str) -> Meeting:
    agenda = [AgendaBlock(title=f"Block {b}", talking_points=["a point"] * 5) for b in range(10)]
    return Meeting(id=meeting_id, title=title, candidate=Candidate(name=title), agenda=agenda)


def filler() -> list[Meeting]:
    return [meeting(f"filler{k:06d}", "filler") for k in range(FILLER)]


def _step(n: int) -> tuple[str, list[str]]:
    if n % 4 == 0:
        return "save_many", IDS
    if n % 9 == 0:
        return "delete", [IDS[0]]
    return "save", [IDS[n % len(IDS)]]


def main(data_dir: Path, last: int) -> None:
    with Store(data_dir) as store:
        print("ready", flush=True)
        n = last
        while True:
            n += 1
            kind, ids = _step(n)
            if kind == "delete":
                if store.meetings.exists(ids[0]):
                    store.meetings.delete(ids[0])
            else:
                store.meetings.save_many([meeting(i, f"step {n}") for i in ids])
            print(n, flush=True)


def _slow_replace(source: str | Path, target: str | Path) -> None:
    time.sleep(RENAME_PAUSE)
    _replace(source, target)


if __name__ == "__main__":
    _replace = os.replace
    os.replace = _slow_replace
    main(Path(sys.argv[1]), int(sys.argv[2]))

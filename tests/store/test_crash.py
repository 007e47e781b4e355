"""A writer killed at random moments never leaves a store that fails to open or is half-saved."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from store_helpers import python_env

from meeting_planner.store import Store

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 100

_spec = importlib.util.spec_from_file_location("crash_writer", WRITER)
assert _spec is not None and _spec.loader is not None
crash_writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash_writer)


def _observed(store_dir: Path) -> tuple[dict[str, str], int]:
    with Store(store_dir) as store:
        titles = {
            i: store.meetings.get(i).title for i in crash_writer.IDS if store.meetings.exists(i)
        }
        listed = {s.id: s.title for s in store.meetings.list() if s.id in crash_writer.IDS}
        assert listed == titles, "the index disagrees with the meetings"
        return titles, len(store.meetings.find_by_candidate("filler"))


def _run_and_kill(store_dir: Path, last: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(store_dir), str(last)],
        env=python_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    assert child.stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    moment = rng.random()
    if moment < 0.2:
        time.sleep(rng.uniform(0.0, 0.4))  # sometimes while it opens and recovers
    else:
        # Otherwise once it is ready, and half of those once it has saved a step: then
        # the writer gets on however slow the machine is, and the kill still lands at a
        # random point of the saves that follow.
        wanted = 1 if moment < 0.6 else 2
        deadline = time.monotonic() + 20
        while len(lines) < wanted and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.1))
    child.kill()
    child.wait()
    reader.join()
    stderr = child.stderr.read() if child.stderr else ""
    assert child.returncode == -9, f"the writer stopped by itself: {stderr}"
    return [line.strip() for line in lines if line.strip() != "ready"]


@pytest.mark.slow
def test_killed_writer_leaves_a_committed_state(store_dir: Path) -> None:
    with Store(store_dir) as store:
        store.meetings.save_many(
            crash_writer.filler() + [crash_writer.meeting(i, "step 0") for i in crash_writer.IDS]
        )
    rng = random.Random(20261122)
    last = 0
    in_flight_seen = 0
    for kill in range(KILLS):
        printed = _run_and_kill(store_dir, last, rng)
        if printed:
            last = int(printed[-1])
        titles, fillers = _observed(store_dir)
        assert fillers == crash_writer.FILLER
        if titles == crash_writer.titles_after(last + 1):
            last += 1
            in_flight_seen += 1
        else:
            assert titles == crash_writer.titles_after(last), f"kill {kill} after step {last}"
    assert last > KILLS // 4, "the writer hardly saved anything between kills"

"""Which meetings belong to which opening, over the whole store: the meetings of an opening,
and an opening for every meeting that has none yet."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store


def assign_all(store: Store) -> None:
    """Give every meeting without an opening the one of its role (made if new), in one
    commit; a read-only store is left as it is."""
    waiting = [s.id for s in store.meetings.list() if not s.opening_id]
    if not waiting or store.read_only:
        return
    now = datetime.now().replace(microsecond=0)
    with store.transaction():
        meetings = list(store.meetings.each(waiting))
        for meeting in meetings:
            store.openings.assign(meeting, now)
        store.meetings.save_many(meetings)


def members(store: Store, opening_id: str) -> list[str]:
    """The ids of the opening's meetings."""
    return [s.id for s in store.meetings.list() if s.opening_id == opening_id]

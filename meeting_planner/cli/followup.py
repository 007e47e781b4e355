"""The `due` command: which candidates are owed feedback or a decision, and since when."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.followup import DueItem, DueState, What, due_items, open_items, with_details
from ..domain.phrases import format_brief_moment, mark
from .common import (
    CommandAdder,
    UserError,
    add_output_options,
    open_store,
    print_json,
    write_output,
)
from .language import current_language, say, say_plural

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..store import Store

_WHAT = {What.FEEDBACK: mark("feedback"), What.DECISION: mark("decision")}


def register(add: CommandAdder) -> None:
    p = add(
        "due",
        say(
            "what is due or overdue: the answer to each candidate ({feedback} working days "
            "after the meeting) and the decision ({decision} working days after; weekends and "
            "the country's public holidays do not count), overdue first",
            feedback=rules.FEEDBACK_DUE_WORKING_DAYS,
            decision=rules.DECISION_DUE_WORKING_DAYS,
        ),
        _cmd_due,
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="include what is already done")
    p.add_argument(
        "--ics",
        action="store_true",
        help="write the open deadlines as a calendar (-o FILE.ics), so your own "
        "calendar reminds you when the app is closed",
    )
    p.add_argument("--todo", action="store_true", help="with --ics: as to-dos, not events")
    add_output_options(p, "OUT.ics", required=False, help_text="where --ics writes the calendar")


def _cmd_due(args: argparse.Namespace) -> int:
    now = datetime.now()
    with open_store(args, read_only=True) as store:
        sources = with_details(store.meetings.list(), lambda i: _load(store, i), now)
    items = due_items(sources, now)
    if args.ics:
        return _write_calendar(args, open_items(items), now)
    if args.todo or args.output:
        raise UserError(say("--todo and -o go with --ics"))
    if not args.all:
        items = open_items(items)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    if not items:
        print(say("Nothing is due or overdue.") if not args.all else say("No follow-ups yet."))
        return 0
    rows = [(when_text(item, now), item) for item in items]
    when_width = max(len(when) for when, _ in rows)
    name_width = max(len(_who(item)) for _, item in rows)
    whats = {what: say(label) for what, label in _WHAT.items()}
    what_width = max(len(w) for w in whats.values())
    for when, item in rows:
        due = say("due {when}", when=format_brief_moment(item.due, current_language()))
        print(
            f"{when:<{when_width}}  {whats.get(item.what, item.what.value):<{what_width}}  "
            f"{_who(item):<{name_width}}  {due}  {item.id}"
        )
    return 0


def _write_calendar(args: argparse.Namespace, items: list[DueItem], now: datetime) -> int:
    from pathlib import Path

    from ..domain.zones import system_zone_name, zone
    from ..export.invite import build_due_calendar

    if not args.output:
        raise UserError(say("--ics needs -o FILE.ics: where to write the calendar"))
    # The calendar entries' titles, in the command line's language.
    labels = {
        "feedback": say("Answer {name}: feedback due", name="{name}"),
        "decision": say("Decide on {name}", name="{name}"),
    }
    data = build_due_calendar(
        items, now=now, labels=labels, todo=args.todo, zone=zone(system_zone_name() or "")
    )
    write_output(Path(args.output), data, force=args.force)
    print(
        say_plural(
            len(items),
            "Wrote {count} open deadline to {path}",
            "Wrote {count} open deadlines to {path}",
            path=args.output,
        )
    )
    return 0


def when_text(item: DueItem, now: datetime) -> str:
    """ "overdue by 5 h", "due today", "due in 2 d", "done": the item's state in words."""
    if item.state is DueState.DONE:
        return say("done")
    if item.state is DueState.OVERDUE:
        return say("overdue by {span}", span=span_text(item.overdue_by(now)))
    if item.state is DueState.DUE_TODAY:
        return say("due today, in {span}", span=span_text(item.moment() - now))
    return say("due in {span}", span=span_text(item.moment() - now))


def span_text(span: timedelta) -> str:
    """A rough length of time: "40 min", "5 h", "3 d 4 h"."""
    minutes = max(int(span.total_seconds() // 60), 0)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def _who(item: DueItem) -> str:
    name = item.candidate or item.title or say("(no name)")
    return f"{name}, {item.role}" if item.role and item.candidate else name


def _load(store: Store, meeting_id: str) -> Meeting | None:
    from ..store import StoreError

    try:
        return store.meetings.get(meeting_id)
    except StoreError:
        return None

"""Privacy commands: meetings past retention (and erasing them), and a candidate's access export."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import rules
from .common import (
    CommandAdder,
    UserError,
    add_output_options,
    open_store,
    print_json,
    whole_number,
    write_output,
)
from .language import say, say_plural, told

if TYPE_CHECKING:
    from ..domain.retention import RetentionItem


def register(add: CommandAdder) -> None:
    p = add(
        "retention",
        "list meetings kept longer than the retention period, closed or never closed; "
        "--apply erases their personal data",
        _cmd_retention,
    )
    p.add_argument(
        "--apply", action="store_true", help="erase the personal data of the meetings listed"
    )
    p.add_argument("--yes", action="store_true", help="with --apply: do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--set-months",
        type=whole_number,
        metavar="N",
        help=say(
            "first set the retention period to N months ({low} to {high}; default {default})",
            low=rules.RETENTION_MONTHS_MIN,
            high=rules.RETENTION_MONTHS_MAX,
            default=rules.RETENTION_MONTHS_DEFAULT,
        ),
    )
    p = add(
        "access",
        "export everything stored about a meeting's candidate (JSON for FILE.json, else PDF)",
        _cmd_access,
    )
    p.add_argument("id", metavar="ID")
    add_output_options(p, "FILE", required=True)


def now() -> datetime:
    """The current time (a function, so tests can stop the clock)."""
    return datetime.now()


def _cmd_retention(args: argparse.Namespace) -> int:
    from ..store.privacy import (
        meetings_past_retention,
        set_retention_months,
        stored_retention_months,
    )

    months = args.set_months
    low, high = rules.RETENTION_MONTHS_MIN, rules.RETENTION_MONTHS_MAX
    if months is not None and not low <= months <= high:
        raise UserError(say("--set-months: choose {low} to {high} months", low=low, high=high))
    writable = args.apply or months is not None
    with open_store(args, read_only=not writable) as store:
        if months is not None:
            set_retention_months(store, months)
        months = stored_retention_months(store)
        moment = now()
        items = meetings_past_retention(store, moment)
        if not args.apply or not items:
            _show(args, items, months, erased=False, notes=[])
            return 0
        _confirm(args, len(items))
        from ..teamfolder.withdraw import shared_copies, withdraw

        shared = shared_copies(store, [item.meeting for item in items])
        report = store.meetings.erase([item.meeting.id for item in items], moment)
    _show(args, items, months, erased=True, notes=[*report.notes, *withdraw(shared)])
    return 0


def _confirm(args: argparse.Namespace, count: int) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UserError(
            say_plural(
                count,
                "not erasing the personal data of {count} meeting without confirmation; add --yes",
                "not erasing the personal data of {count} meetings without confirmation; add --yes",
            )
        )
    try:
        answer = input(
            say_plural(
                count,
                "Erase the personal data of this meeting? Names, contact details, notes, "
                "ratings and free text go for good; counts and categories stay. [y/N] ",
                "Erase the personal data of these {count} meetings? Names, contact details, "
                "notes, ratings and free text go for good; counts and categories stay. [y/N] ",
            )
        )
    except EOFError:
        answer = ""
    if answer.strip().lower() not in {"y", "yes", "j", "ja"}:
        raise UserError(say("nothing erased"))


def _show(
    args: argparse.Namespace,
    items: list[RetentionItem],
    months: int,
    *,
    erased: bool,
    notes: list[str],
) -> None:
    if args.json:
        print_json(
            {
                "retention_months": months,
                "erased": erased,
                "meetings": [_item_json(item) for item in items],
                "notes": notes,
            }
        )
        return
    if not items:
        print(
            say(
                "No meeting is older than the retention period ({months} months).",
                months=months,
            )
        )
        return
    if erased:
        print(
            say_plural(
                len(items),
                "Erased the personal data of {count} meeting past the retention period "
                "({months} months after the recruitment ended):",
                "Erased the personal data of {count} meetings past the retention period "
                "({months} months after the recruitment ended):",
                months=months,
            )
        )
    else:
        print(
            say_plural(
                len(items),
                "{count} meeting is past the retention period ({months} months after the "
                "recruitment ended):",
                "{count} meetings are past the retention period ({months} months after the "
                "recruitment ended):",
                months=months,
            )
        )
    for item in items:
        m = item.meeting
        who = m.candidate.name if not erased else say("(erased)")
        closed, due = f"{item.closed:%Y-%m-%d}", f"{item.due:%Y-%m-%d}"
        if item.never_closed:
            dates = say("never closed, ended {closed}  due {due}", closed=closed, due=due)
        else:
            dates = say("closed {closed}  due {due}", closed=closed, due=due)
        print(f"{m.id}  {dates}  {who or say('(no name)')}, {m.role.title or m.title}")
    for note in notes:
        print(told(note))
    if not erased:
        print(say("Run `meeting-planner retention --apply` to erase their personal data."))


def _item_json(item: RetentionItem) -> dict[str, Any]:
    m = item.meeting
    return {
        "id": m.id,
        "candidate": m.candidate.name,
        "role": m.role.title,
        "closed": item.closed.isoformat(timespec="minutes"),
        "never_closed": item.never_closed,
        "due": item.due.isoformat(timespec="minutes"),
    }


def _cmd_access(args: argparse.Namespace) -> int:
    from ..domain.access import access_report
    from ..store.privacy import candidate_meetings

    with open_store(args, read_only=True) as store:
        meetings = candidate_meetings(store, store.meetings.resolve(args.id))
    report = access_report(meetings, now())
    path = Path(args.output)
    if path.suffix.lower() == ".json":
        import json

        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        data = text.encode("utf-8")
    else:
        from ..export.access_pdf import build_access_pdf

        data = build_access_pdf(report)
    write_output(path, data, force=args.force)
    who = meetings[0].candidate.name or meetings[0].title
    print(
        say_plural(
            len(meetings),
            "Wrote everything stored about {who} ({count} meeting) to {path}",
            "Wrote everything stored about {who} ({count} meetings) to {path}",
            who=who,
            path=path,
        )
    )
    return 0

"""Commands over openings: list them, compare an opening's candidates, reuse a plan
for the opening's next candidate."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.phrases import mark
from .common import CommandAdder, UserError, open_store, print_json
from .language import current_language, say
from .text import DECISION_WORDS, status_label

if TYPE_CHECKING:
    from ..domain.openings import Comparison

_OWED = {"feedback": mark("answer"), "decision": mark("decision")}


def register(add: CommandAdder) -> None:
    add("openings", "list the openings (a role in a team) and their candidates", _cmd_openings)
    p = add(
        "compare",
        "an opening's candidates side by side: ratings, coach score, status, decision, due",
        _cmd_compare,
    )
    p.add_argument(
        "opening", metavar="OPENING", help="an opening's id or role title, or a meeting id"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add(
        "opening",
        "show a meeting's opening, or put it in another (an opening's id or role title)",
        _cmd_opening,
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("opening", nargs="?", metavar="OPENING")
    p = add(
        "reuse",
        "a new meeting for the opening's next candidate from a meeting's plan",
        _cmd_reuse,
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("--candidate", required=True, metavar="NAME")
    p.add_argument("--start", required=True, metavar='"YYYY-MM-DD HH:MM"')


def _cmd_openings(args: argparse.Namespace) -> int:
    from ..store.opening_members import assign_all

    with open_store(args) as store:
        assign_all(store)
        openings = store.openings.list()
        members: dict[str, list[str]] = {}
        for summary in store.meetings.list():
            members.setdefault(summary.opening_id, []).append(summary.candidate or "?")
    if not openings:
        print(say("No openings yet: they come with the first meeting of a role."))
    for opening in openings:
        role = opening.title + (f" ({opening.team})" if opening.team else "")
        names = members.get(opening.id, [])
        print(f"{opening.id}  {role}: " + (", ".join(names) or say("no candidates")))
    return 0


def _cmd_compare(args: argparse.Namespace) -> int:
    from ..domain.openings import compare
    from ..store import UnknownMeeting, UnknownOpening
    from ..store.opening_members import assign_all

    now = datetime.now()
    with open_store(args) as store:
        assign_all(store)
        try:
            opening = store.openings.resolve(args.opening)
        except UnknownOpening:
            try:
                meeting = store.meetings.get(store.meetings.resolve(args.opening))
            except UnknownMeeting:
                raise UnknownOpening(args.opening) from None
            opening = store.openings.resolve(meeting.opening_id)
        ids = [s.id for s in store.meetings.list() if s.opening_id == opening.id]
        comparison = compare(opening, store.meetings.each(ids), now)
    if args.json:
        print_json(comparison.to_json())
    else:
        print("\n".join(comparison_lines(comparison)))
    return 0


def _cmd_opening(args: argparse.Namespace) -> int:
    from ..store.opening_members import assign_all

    with open_store(args) as store:
        assign_all(store)
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        if args.opening:
            opening = store.openings.resolve(args.opening)
            if opening.id != meeting.opening_id:
                meeting.opening_id = opening.id
                store.meetings.save(meeting)
        else:
            opening = store.openings.resolve(meeting.opening_id)
    role = opening.title + (f" ({opening.team})" if opening.team else "")
    who = meeting.candidate.name or meeting.title
    print(say("{who} is in the opening {id}: {role}", who=who, id=opening.id, role=role))
    return 0


def comparison_lines(comparison: Comparison) -> list[str]:
    """A table: one row per candidate, one column per criterion."""
    opening = comparison.opening
    title = opening.title + (f" ({opening.team})" if opening.team else "")
    if not comparison.rows:
        return [title, say("No candidates yet.")]
    header = [say("Candidate"), say("Status"), say("Decision"), say("Coach")]
    header += comparison.criteria + [say("Next due")]
    rows = []
    for row in comparison.rows:
        cells = [
            row.candidate or "?",
            status_label(row.status),
            say(DECISION_WORDS[row.decision]) if row.decision else "-",
            str(row.score),
        ]
        cells += [_rating(row.ratings.get(name)) for name in comparison.criteria]
        if row.due is None:
            cells.append("-")
        else:
            late = say(" (overdue)") if row.due.overdue else ""
            owed = say(_OWED[row.due.what.value])
            cells.append(f"{owed} {row.due.due:%Y-%m-%d %H:%M}{late}")
        rows.append(cells)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [title, ""]
    for cells in [header, *rows]:
        lines.append("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return lines


def _rating(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}"


def _cmd_reuse(args: argparse.Namespace) -> int:
    from ..domain.openings import names_left, reuse_plan
    from .meetings import _parse_start

    start = _parse_start(args.start)
    name = args.candidate.strip()
    if not name:
        raise UserError(say("--candidate must not be empty"))
    with open_store(args) as store:
        source = store.meetings.get(store.meetings.resolve(args.id))
        plan = reuse_plan(source, name, start)
        with store.transaction():
            opening = store.openings.assign(plan, datetime.now().replace(microsecond=0))
            if not source.opening_id:
                source.opening_id = opening.id
                store.meetings.save(source)
            store.meetings.save(plan)
    print(
        say(
            "Created a meeting with {candidate} on {start} from the plan for {role}: {id}",
            candidate=name,
            start=f"{start:%Y-%m-%d %H:%M}",
            role=opening.title,
            id=plan.id,
        )
    )
    left = names_left(plan, source.candidate.name, current_language())
    if left:
        print(
            say(
                "warning: the plan still names {previous} in {places}; change it before "
                "anything reaches {candidate}.",
                previous=source.candidate.name.strip(),
                places=", ".join(left),
                candidate=name,
            ),
            file=sys.stderr,
        )
    return 0

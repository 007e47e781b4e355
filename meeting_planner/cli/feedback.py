"""The feedback command: print the draft answer to the candidate, built from the debrief."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from .common import CommandAdder, UserError, meeting_from_id_or_file
from .language import say
from .preflight import add_anyway, preflight

if TYPE_CHECKING:
    from ..domain.model import Meeting


def register(add: CommandAdder) -> None:
    p = add(
        "feedback",
        "print the draft feedback to the candidate, from the debrief's ratings and decision",
        _cmd_feedback,
    )
    p.add_argument("target", metavar="ID|FILE")
    p.add_argument(
        "--draft",
        action="store_true",
        help="print a fresh draft even when an edited text is stored",
    )
    add_anyway(p, "print the stored letter even when the preflight finds something to fix")


def _cmd_feedback(args: argparse.Namespace) -> int:
    from ..domain.feedback import NoDecisionError, draft_feedback
    from ..domain.scorecards import consolidated

    meeting = meeting_from_id_or_file(args, args.target)
    stored = meeting.debrief.feedback.strip()
    # A fresh draft is for the manager to finish, so what it still lacks is only a
    # warning; the stored letter is what goes out, and must pass.
    draft = not stored or args.draft
    if not draft:
        text = meeting.debrief.feedback
    else:
        try:
            text = draft_feedback(consolidated(meeting))
        except NoDecisionError:
            who = meeting.candidate.name.strip() or meeting.title.strip() or meeting.id
            raise UserError(
                say("no decision yet for {who}: record the decision in the debrief first", who=who)
            ) from None
    preflight("letter", meeting, anyway=args.anyway or draft, letter=text, now=datetime.now())
    print(text.rstrip("\n"))
    _note_what_to_fix(meeting, text)
    return 0


def _note_what_to_fix(meeting: Meeting, text: str) -> None:
    """On standard error, so the letter itself can be piped on: a reason that tells the
    candidate nothing (what is left to fill in, the preflight lists)."""
    from ..domain.reasons import ReasonProblem, check_meeting

    problems = check_meeting(meeting, text).problems
    if ReasonProblem.GENERIC in problems:
        phrases = ", ".join(check_meeting(meeting, text).generic)
        print(f"Note: a stock phrase ({phrases}) tells the candidate nothing.", file=sys.stderr)
    if ReasonProblem.NO_CRITERION in problems:
        print("Note: the reason names no criterion of the meeting.", file=sys.stderr)

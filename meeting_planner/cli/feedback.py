"""The feedback command: print the draft answer to the candidate, built from the debrief."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from .common import (
    CommandAdder,
    UserError,
    meeting_from_id_or_file,
    must_be_a_file,
    names_a_file,
    open_store,
    reason,
)
from .language import say
from .preflight import add_anyway, preflight


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
    keep = p.add_mutually_exclusive_group()
    keep.add_argument(
        "--keep",
        action="store_true",
        help="store the letter printed as the one to send (email feedback sends it)",
    )
    keep.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="store the letter in FILE (UTF-8 text, say a draft you edited) as the one to send",
    )


def _cmd_feedback(args: argparse.Namespace) -> int:
    from ..domain.feedback import NoDecisionError, draft_feedback
    from ..domain.scorecards import consolidated

    if args.keep or args.from_file:
        return _keep_letter(args)
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
    return 0


def _keep_letter(args: argparse.Namespace) -> int:
    """Store the letter to send: the text of --from FILE, or (--keep) the stored letter,
    else a fresh draft; print it, with what the preflight finds still to fix."""
    from ..domain import rules
    from ..domain.feedback import NoDecisionError, draft_feedback
    from ..domain.scorecards import consolidated

    if names_a_file(args.target):
        raise UserError(say("--keep and --from store the letter: name a meeting in the store"))
    letter = _read_letter(args.from_file) if args.from_file else None
    with open_store(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.target))
        if letter is None:
            letter = meeting.debrief.feedback
            if not letter.strip():
                try:
                    letter = draft_feedback(consolidated(meeting))
                except NoDecisionError:
                    who = meeting.candidate.name.strip() or meeting.title.strip() or meeting.id
                    raise UserError(
                        say(
                            "no decision yet for {who}: record the decision in the debrief first",
                            who=who,
                        )
                    ) from None
        if len(letter) > rules.LONG_TEXT_MAX:
            raise UserError(
                say("the letter is longer than {count} characters", count=rules.LONG_TEXT_MAX)
            )
        meeting.debrief.feedback = letter
        store.meetings.save(meeting)
    print(letter.rstrip("\n"))
    # Stored, but not sent: what would stop it going out is said now, not at sending.
    preflight("letter", meeting, anyway=True, letter=letter, now=datetime.now())
    print(say("Kept as the letter to send to {who}.", who=meeting.candidate.name), file=sys.stderr)
    return 0


def _read_letter(name: str) -> str:
    from ..domain import rules

    path = must_be_a_file(name)
    try:
        with path.open("rb") as source:
            data = source.read(rules.LONG_TEXT_MAX * 4 + 1)
        letter = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(say("{path}: not UTF-8 text", path=name)) from None
    except OSError as error:
        raise UserError(say("{path}: {reason}", path=name, reason=reason(error))) from None
    if not letter.strip():
        raise UserError(say("{path}: the file is empty", path=name))
    return letter.replace("\r\n", "\n")

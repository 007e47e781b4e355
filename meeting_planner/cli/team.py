"""Commands for working on a plan together: review comments on it."""

from __future__ import annotations

import argparse
from datetime import datetime

from .common import CommandAdder, UserError, open_store
from .language import say


def register(add: CommandAdder) -> None:
    p = add("comment", "add a review comment to a meeting's plan", _cmd_comment)
    p.add_argument("id", metavar="ID")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--author", required=True, metavar="NAME", help="who writes it")
    on = p.add_mutually_exclusive_group()
    on.add_argument("--block", metavar="TITLE|ID", help="about an agenda block")
    on.add_argument("--criterion", metavar="NAME|ID", help="about a criterion")
    on.add_argument("--field", metavar="PATH", help="about a field, e.g. offer.benefits")
    p = add("resolve", "mark a review comment resolved", _cmd_resolve)
    p.add_argument("id", metavar="ID")
    p.add_argument("comment", metavar="COMMENT_ID")


def _cmd_comment(args: argparse.Namespace) -> int:
    from ..domain.comments import add_comment

    text, author = args.text.strip(), args.author.strip()
    if not text or not author:
        raise UserError(say("the comment and --author must not be empty"))
    with open_store(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        target = _target(meeting, args)
        comment = add_comment(meeting, text, author, datetime.now().replace(microsecond=0), target)
        store.meetings.save(meeting)
    who = meeting.candidate.name or meeting.title
    print(say("Added comment {id} to the meeting with {who}", id=comment.id, who=who))
    return 0


def _target(meeting: object, args: argparse.Namespace) -> str:
    from ..domain.comments import FIELD_LABELS, PLAN, block_target, criterion_target, field_target
    from ..domain.model import Meeting

    assert isinstance(meeting, Meeting)
    if args.block:
        wanted = args.block.strip().casefold()
        for block in meeting.agenda:
            if block.id == args.block.strip() or block.title.strip().casefold() == wanted:
                return block_target(block.id)
        raise UserError(
            say("--block: no agenda block is called or has the id {value}", value=repr(args.block))
        )
    if args.criterion:
        wanted = args.criterion.strip().casefold()
        for criterion in meeting.criteria:
            if criterion.id == args.criterion.strip() or criterion.name.casefold() == wanted:
                return criterion_target(criterion.id)
        raise UserError(
            say(
                "--criterion: no criterion is called or has the id {value}",
                value=repr(args.criterion),
            )
        )
    if args.field:
        if args.field not in FIELD_LABELS:
            known = ", ".join(FIELD_LABELS)
            raise UserError(
                say("--field: {value} is not one of {known}", value=repr(args.field), known=known)
            )
        return field_target(args.field)
    return PLAN


def _cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        found = [c for c in meeting.comments if c.id.startswith(args.comment.strip())]
        if len(found) != 1:
            raise UserError(
                say(
                    "{value}: no single comment of this meeting has this id",
                    value=repr(args.comment),
                )
            )
        if found[0].resolved:
            print(say("Comment {id} was already resolved", id=found[0].id))
            return 0
        found[0].resolved = True
        store.meetings.save(meeting)
    print(say("Comment {id} is resolved", id=found[0].id))
    return 0

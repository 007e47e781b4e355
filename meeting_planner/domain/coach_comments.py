"""The coach's check on review comments: an open comment is something still to answer."""

from __future__ import annotations

from collections.abc import Iterator

from .coach_parts import Finding, Severity
from .comments import BLOCK, CRITERION, FIELD, open_comments, target_label
from .model import Meeting
from .phrases import text


def comment_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    """One hint per thing with open comments, pointing at it."""
    by_target: dict[str, list[str]] = {}
    for comment in open_comments(meeting):
        by_target.setdefault(comment.target, []).append(comment.author)
    for target, authors in by_target.items():
        names = ", ".join(dict.fromkeys(a for a in authors if a)) or text(lg, "someone")
        about = target_label(meeting, target, lg)
        if len(authors) == 1:
            message = text(
                lg, "An open review comment from {names} on {about}.", names=names, about=about
            )
        else:
            message = text(
                lg,
                "{count} open review comments from {names} on {about}.",
                count=len(authors),
                names=names,
                about=about,
            )
        yield Finding(
            "comments-open",
            Severity.INFO,
            message,
            text(
                lg,
                "A reviewer asked for something; answer or change the plan, then mark the "
                "comment resolved so both of you know where the plan stands.",
            ),
            _finding_target(target),
        )


def _finding_target(target: str) -> str:
    """The coach's way of pointing: ``block:ID`` or a field path."""
    if target.startswith(BLOCK):
        return target
    if target.startswith(CRITERION):
        return "criteria"
    if target.startswith(FIELD):
        return target[len(FIELD) :]
    return "comments"

"""The brief's review comments: what the recruiter and the panel said about the plan,
grouped by what each comment is about, open ones first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.comments import target_label
from ..domain.model import Meeting
from ..domain.phrases import text
from .styles import MUTED, bold, bullet_runs, para, plain
from .text import short_day

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def comments_section(meeting: Meeting) -> list[Flowable]:
    """A heading per commented thing, each comment under it with its author and day."""
    if not meeting.comments:
        return []
    lg = str(meeting.language)
    story: list[Flowable] = [para(text(lg, "Review comments"), "h1")]
    targets = list(dict.fromkeys(c.target for c in meeting.comments))
    for target in targets:
        story.append(para(target_label(meeting, target, lg), "h2"))
        comments = sorted(
            (c for c in meeting.comments if c.target == target), key=lambda c: c.resolved
        )
        items = []
        for comment in comments:
            who = comment.author or text(lg, "someone")
            if comment.at is not None:
                who = f"{who}, {short_day(comment.at, lg)}"
            runs = [bold(f"{who}: "), plain(comment.text)]
            if comment.resolved:
                runs = [bold(f"{who}: ", MUTED), plain(comment.text, MUTED)]
                runs.append(plain(f" ({text(lg, 'resolved')})", MUTED))
            items.append(runs)
        story += bullet_runs(items)
    return story

"""The preflight on the command line: a candidate document with something to fix is not
written (exit 1, the list on stderr) unless the user says ``--anyway``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.phrases import mark
from .common import PROG, UserError
from .language import current_language, say, say_plural

if TYPE_CHECKING:
    from ..domain.model import Meeting

# What each document is called where it is not ready to send.
_NOT_READY = {
    "agenda": mark("the candidate agenda is not ready to send"),
    "invite": mark("the invite is not ready to send"),
    "letter": mark("the feedback letter is not ready to send"),
}


def add_anyway(
    parser: argparse.ArgumentParser,
    help: str = mark("write a candidate document even when the preflight finds something to fix"),
) -> None:
    parser.add_argument("--anyway", action="store_true", help=help)


def preflight(
    document: str | tuple[str, ...],
    meeting: Meeting,
    *,
    anyway: bool,
    letter: str = "",
    now: datetime | None = None,
) -> None:
    """Check what the candidate will receive (one document, or several that travel
    together, each issue once); raise UserError listing what to fix, or with ``anyway``
    only warn on stderr. A warning never stops the document."""
    from ..domain.preflight import blocking, check

    documents = (document,) if isinstance(document, str) else document
    issues = []
    for name in documents:
        issues += [
            issue
            # Said to the user, in the command line's language.
            for issue in check(name, meeting, letter=letter, now=now, language=current_language())
            if issue not in issues
        ]
    to_fix = blocking(issues)
    if anyway or not to_fix:
        for issue in issues:
            print(f"{PROG}: {say('warning: {text}', text=issue.message)}", file=sys.stderr)
        return
    for issue in to_fix:
        print(f"  - {issue.message}", file=sys.stderr)
    for issue in issues:
        if not issue.blocking:
            print(f"{PROG}: {say('warning: {text}', text=issue.message)}", file=sys.stderr)
    fix = say_plural(
        len(to_fix),
        "{count} thing to fix (listed above); fix it, or add --anyway to write it regardless",
        "{count} things to fix (listed above); fix them, or add --anyway to write it regardless",
    )
    raise UserError(f"{say(_NOT_READY[documents[0]])}: {fix}")

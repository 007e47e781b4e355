"""Commands that put the app into the desktop's menus and file manager, and take it out."""

from __future__ import annotations

import argparse

from .common import CommandAdder, UserError, reason
from .language import say


def register(add: CommandAdder) -> None:
    add(
        "install-desktop",
        "add Meeting Planner to your desktop's menus, with its icon and the "
        ".meeting.json file type (for your user only)",
        _cmd_install,
    )
    add(
        "uninstall-desktop",
        "take out what install-desktop added",
        _cmd_uninstall,
    )


def _cmd_install(args: argparse.Namespace) -> int:
    from .. import desktop

    try:
        result = desktop.install()
    except OSError as exc:
        raise UserError(
            say("could not add the app to the desktop: {reason}", reason=reason(exc))
        ) from None
    for path in result.files:
        print(say("Wrote {path}", path=path))
    _say_refreshed(result.refreshed)
    return 0


def _cmd_uninstall(args: argparse.Namespace) -> int:
    from .. import desktop

    try:
        result = desktop.uninstall()
    except OSError as exc:
        raise UserError(
            say("could not take the app out of the desktop: {reason}", reason=reason(exc))
        ) from None
    if not result.files:
        print(say("Nothing to remove: the app was not added to this desktop."))
    for path in result.files:
        print(say("Removed {path}", path=path))
    _say_refreshed(result.refreshed)
    return 0


def _say_refreshed(tools: list[str]) -> None:
    if tools:
        print(say("Refreshed the desktop's caches: {tools}", tools=", ".join(tools)))

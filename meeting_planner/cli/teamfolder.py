"""Commands for the team folder: choose it, share a plan into it, and read its inbox."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.phrases import mark, mark_plural
from .common import CommandAdder, UserError, open_store, print_json, reason
from .language import current_language, say, say_plural, told

if TYPE_CHECKING:
    from ..store import Store
    from ..teamfolder import Inbox

# How each state reads in the inbox's list, as a column.
_STATE_WORDS = {
    "new": mark("new"),
    "changed": mark("changed"),
    "imported": mark("imported"),
    "older": mark("older"),
    "stale": mark("stale"),
    "erased": mark("erased"),
    "deleted": mark("deleted"),
    "withdrawn": mark("removed"),
    "foreign": mark("foreign"),
    "damaged": mark("damaged"),
    "syncing": mark("syncing"),
    "own": mark("yours"),
}
# How many files are in each state, in the summary line (a count agrees with its word).
_STATE_COUNTS = {
    "new": mark_plural("{count} new", "{count} new"),
    "changed": mark_plural("{count} changed", "{count} changed"),
    "imported": mark_plural("{count} imported", "{count} imported"),
    "older": mark_plural("{count} older", "{count} older"),
    "stale": mark_plural("{count} stale", "{count} stale"),
    "erased": mark_plural("{count} erased", "{count} erased"),
    "deleted": mark_plural(
        "{count} left alone (deleted meeting)", "{count} left alone (deleted meetings)"
    ),
    "withdrawn": mark_plural("{count} removed", "{count} removed"),
    "foreign": mark_plural("{count} foreign", "{count} foreign"),
    "damaged": mark_plural("{count} damaged", "{count} damaged"),
    "syncing": mark_plural("{count} syncing", "{count} syncing"),
    "own": mark_plural("{count} yours", "{count} yours"),
}


def register(add: CommandAdder) -> None:
    p = add(
        "team-folder", "show or set the folder your team shares plans and forms in", _cmd_folder
    )
    p.add_argument("folder", nargs="?", metavar="DIR")
    p.add_argument("--clear", action="store_true", help="stop using a team folder")
    p = add("share", "write a meeting's plan into the team folder as your own file", _cmd_share)
    p.add_argument("id", metavar="ID")
    p.add_argument("--folder", metavar="DIR", help="the team folder (default: the one set)")
    p.add_argument(
        "--whole",
        action="store_true",
        help="the whole meeting, debrief included, not only the plan",
    )
    p.add_argument("--as", dest="writer", metavar="NAME", help="your name, for the file's name")
    p = add(
        "inbox",
        "what the team folder holds that is new, changed, already imported, foreign or damaged",
        _cmd_inbox,
    )
    p.add_argument("--folder", metavar="DIR", help="the team folder (default: the one set)")
    p.add_argument("--apply", action="store_true", help="import what is new and apply what changed")
    p.add_argument("--json", action="store_true", help="print JSON")


def _folder(store: Store, given: str | None) -> Path:
    from ..teamfolder import FOLDER_SETTING

    chosen = given or store.settings.get(FOLDER_SETTING, "")
    if not chosen:
        raise UserError(say("no team folder: give --folder DIR, or set one with `team-folder DIR`"))
    folder = Path(chosen).expanduser()
    if not folder.is_dir():
        raise UserError(say("{path}: no such folder", path=str(folder)))
    return folder


def _cmd_folder(args: argparse.Namespace) -> int:
    from ..teamfolder import FOLDER_SETTING

    with open_store(args) as store:
        if args.clear:
            store.settings.delete(FOLDER_SETTING)
            print(say("No team folder is used any more."))
            return 0
        if args.folder:
            folder = Path(args.folder).expanduser().resolve()
            if not folder.is_dir():
                raise UserError(say("{path}: no such folder", path=str(folder)))
            store.settings.set(FOLDER_SETTING, str(folder))
        current = store.settings.get(FOLDER_SETTING, "")
    print(say("Team folder: {path}", path=current) if current else say("No team folder is set."))
    return 0


def _cmd_share(args: argparse.Namespace) -> int:
    from ..teamfolder import share_meeting, writer_tag
    from ..teamfolder.files import NAME_SETTING

    with open_store(args) as store:
        folder = _folder(store, args.folder)
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        tag = writer_tag(store, args.writer or store.settings.get(NAME_SETTING, "") or "me")
    try:
        path = share_meeting(folder, meeting, tag, plan_only=not args.whole)
    except OSError as exc:
        raise UserError(
            say("could not write {path}: {reason}", path=str(folder), reason=reason(exc))
        ) from None
    print(say("Shared in the team folder as {path}", path=str(path)))
    return 0


def _cmd_inbox(args: argparse.Namespace) -> int:
    from ..batch import collector_paused
    from ..teamfolder import apply_inbox, read_inbox, remember, writer_tag

    language = current_language()
    with (
        collector_paused(),
        open_store(args, read_only=not args.apply and _locked(args)) as store,
    ):
        folder = _folder(store, args.folder)
        tag = writer_tag(store)
        inbox = read_inbox(store, folder, tag=tag, language=language)
        if args.json:
            print_json(_inbox_json(inbox))
        else:
            print("\n".join(inbox_lines(inbox)))
        if args.apply and inbox.pending:
            saved = apply_inbox(store, inbox, language=language)
            print(
                say_plural(
                    len(saved),
                    "Applied: {count} file brought in.",
                    "Applied: {count} files brought in.",
                )
            )
        else:
            remember(store, inbox)
    return 0


def _locked(args: argparse.Namespace) -> bool:
    """Whether another program (the app) holds the store: then a look is read-only."""
    from ..store import StoreLocked

    try:
        open_store(args).close()
    except StoreLocked:
        return True
    return False


def inbox_lines(inbox: Inbox) -> list[str]:
    from ..teamfolder import State

    words = {state: say(_STATE_WORDS[state.value]) for state in State}
    width = max(len(w) for w in words.values())
    lines = []
    for item in inbox.files:
        lines.append(f"{words[item.state]:<{width}}  {item.name}{_detail(item)}")
        if item.state in (State.NEW, State.CHANGED, State.OLDER, State.STALE):
            lines += [f"{'':<{width}}    {line}" for line in item.lines]
    counts = inbox.counts()
    summary = ", ".join(say_plural(n, *_STATE_COUNTS[s.value]) for s, n in counts.items() if n)
    lines.append(summary or say("The team folder is empty."))
    return lines


def _detail(item: object) -> str:
    from ..teamfolder import State

    state, who, detail = item.state, item.who, item.detail  # type: ignore[attr-defined]
    if state is State.NEW:
        return say(": a new meeting with {who}", who=who)
    if state is State.CHANGED:
        return say(": changes the meeting with {who}", who=who)
    if state is State.IMPORTED:
        return say(": {who}, already imported", who=who)
    if state is State.OLDER:
        return say(": older than your copy of {who}; left alone", who=who)
    if state is State.ERASED:
        return say(": {who} was erased; left alone", who=who)
    if state is State.STALE:
        return say(": written before your last change to the debrief of {who}; left alone", who=who)
    if state is State.DELETED:
        return say(": belongs to a meeting you deleted; left alone")
    if state is State.WITHDRAWN:
        return say(": your file of a meeting deleted or erased; removed from the folder")
    if state is State.SYNCING:
        return say(": still being synced; left alone")
    if state is State.OWN:
        return say(": written by you")
    return say(": {detail}; left alone", detail=told(detail))


def _inbox_json(inbox: Inbox) -> dict[str, object]:
    return {
        "folder": str(inbox.folder),
        "files": [
            {
                "name": f.name,
                "state": f.state.value,
                "meeting_id": f.meeting_id or None,
                "who": f.who or None,
                "detail": f.detail or None,
                "changes": f.lines,
            }
            for f in inbox.files
        ],
        "counts": {state.value: n for state, n in inbox.counts().items()},
    }

"""The command line: a thin shell over the domain, the store and the meeting files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .domain.model import Language

if TYPE_CHECKING:
    from .domain.model import Meeting
    from .store import Store

PROG = "meeting-planner"
START_FORMAT = "%Y-%m-%d %H:%M"


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where meetings are stored (default: $MEETING_PLANNER_DATA_DIR, "
        "else your user data folder)",
    )
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description="Plan job interviews as candidate meetings that sell the role.",
        epilog="With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    add("templates", "list the meeting templates, one per line, name first")
    add("demo", "add a realistic sample meeting and print its id")
    p = add("new", "create a meeting from a template")
    p.add_argument("--template", required=True, metavar="NAME")
    p.add_argument("--candidate", required=True, metavar="NAME")
    p.add_argument("--role", required=True, metavar="TITLE")
    p.add_argument("--start", required=True, metavar='"YYYY-MM-DD HH:MM"')
    p.add_argument("--language", choices=[lang.value for lang in Language])
    p = add("list", "list the meetings, soonest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("show", "show one meeting")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("check", "the coach's review of a meeting or a meeting file")
    p.add_argument("target", metavar="ID|FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("import", "import meeting files (all or nothing); prints each new id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = add("export-meeting", "write a meeting to a .meeting.json file")
    p.add_argument("id", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--plan-only",
        action="store_true",
        help="leave out the debrief, outcome, ratings and internal notes",
    )
    p = add("delete", "delete a meeting")
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add("restore", "bring back the newest good backup of a damaged store")
    p = add(
        "export", "write a PDF: the manager's brief, the candidate's agenda or the debrief form"
    )
    p.add_argument("document", choices=["brief", "agenda", "debrief"])
    p.add_argument("target", metavar="ID|FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p = add("debrief-import", "read a filled debrief form into the meeting's debrief")
    p.add_argument("id", metavar="ID")
    p.add_argument("file", metavar="FILE.pdf")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return exc.code if isinstance(exc.code, int) else 1
    from .store.errors import StoreError

    try:
        return _COMMANDS.get(args.command or "", _cmd_app)(args)
    except (UserError, StoreError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


# -- helpers -------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from .store import data_dir

    return data_dir(getattr(args, "data_dir", None))


def _open(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    from .store import Store

    return Store(_data_dir(args), read_only=read_only)


def _file_error() -> type[Exception]:
    from .exchange import MeetingFileError

    return MeetingFileError


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# -- commands ------------------------------------------------------------------


def _cmd_app(args: argparse.Namespace) -> int:
    from .ui.app import run

    return run(_data_dir(args))


def _cmd_templates(args: argparse.Namespace) -> int:
    from .domain.library import builtin_templates

    rows = [(t.name, t.meeting.planned_minutes, t.title, "built in") for t in builtin_templates()]
    with _open(args, read_only=True) as store:
        seen = {r[0] for r in rows}
        for t in store.templates.list():
            if t.name not in seen:
                seen.add(t.name)
                rows.append((t.name, t.meeting.planned_minutes, t.title, "yours"))
    width = max((len(r[0]) for r in rows), default=0)
    for name, minutes, title, origin in rows:
        print(f"{name:<{width}}  {minutes:>3} min  {title} ({origin})")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from .domain.sample import sample_meeting

    meeting = sample_meeting(datetime.now())
    with _open(args) as store:
        store.meetings.save(meeting)
    print(f"Added a sample meeting with {meeting.candidate.name} ({meeting.role.title}),")
    print(f"{meeting.start:%A %d %B %Y at %H:%M}. Its id: {meeting.id}")
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    from .domain.library import builtin_template
    from .domain.templates import meeting_from_template

    start = _parse_start(args.start)
    language = Language(args.language) if args.language else Language.EN
    candidate, role = args.candidate.strip(), args.role.strip()
    if not candidate or not role:
        raise UserError("--candidate and --role must not be empty")
    with _open(args) as store:
        template = store.templates.get(args.template, language) or builtin_template(
            args.template, language
        )
        if template is None:
            raise UserError(
                f"no template named {args.template!r}; `meeting-planner templates` lists them"
            )
        meeting = meeting_from_template(
            template,
            candidate_name=candidate,
            role_title=role,
            start=start,
            language=language,
            profile=store.profile.get(),
        )
        store.meetings.save(meeting)
    print(f"Created {template.title!r} with {candidate} on {start:%Y-%m-%d %H:%M}: {meeting.id}")
    return 0


def _parse_start(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), START_FORMAT)
    except ValueError:
        raise UserError(f'--start: expected "YYYY-MM-DD HH:MM", got {text!r}') from None


def _cmd_list(args: argparse.Namespace) -> int:
    from .cli_text import summary_json, summary_lines

    with _open(args, read_only=True) as store:
        summaries = store.meetings.list()
    if args.json:
        _print_json([summary_json(s) for s in summaries])
    elif not summaries:
        print("No meetings yet. Try `meeting-planner demo`.")
    else:
        print("\n".join(summary_lines(summaries, datetime.now())))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from .cli_text import meeting_lines
    from .domain.coach import review
    from .domain.serialize import meeting_to_dict

    with _open(args, read_only=True) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
    if args.json:
        _print_json(meeting_to_dict(meeting))
    else:
        print("\n".join(meeting_lines(meeting, review(meeting))))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .cli_text import review_lines
    from .domain.coach import review

    meeting = _meeting_from_id_or_file(args, args.target)
    result = review(meeting)
    if args.json:
        _print_json(result.to_dict())
    else:
        print("\n".join(review_lines(meeting, result)))
    return 0


def _meeting_from_id_or_file(args: argparse.Namespace, target: str) -> Meeting:
    path = Path(target)
    if path.is_file():
        from .domain.templates import Template
        from .exchange import read_meeting_file

        try:
            loaded = read_meeting_file(path)
        except _file_error() as exc:
            raise UserError(str(exc)) from None
        return loaded.meeting if isinstance(loaded, Template) else loaded
    with _open(args, read_only=True) as store:
        return store.meetings.get(store.meetings.resolve(target))


def _cmd_import(args: argparse.Namespace) -> int:
    from .domain.templates import Template
    from .exchange import read_meeting_files, with_new_id

    for name in args.files:
        if not Path(name).is_file():
            raise UserError(f"{name}: no such file")
    try:
        loaded = read_meeting_files([Path(name) for name in args.files])
    except _file_error() as exc:
        raise UserError(str(exc)) from None
    lines: list[str] = []
    with _open(args) as store:
        meetings: list[Meeting] = []
        taken: set[str] = set()
        for name, item in zip(args.files, loaded, strict=True):
            if isinstance(item, Template):
                item.name = _free_template_name(store, item)
                item.builtin = False
                store.templates.save(item)
                lines.append(f"{name}: template {item.name}")
                continue
            if item.id in taken or store.meetings.exists(item.id):
                item = with_new_id(item)
            taken.add(item.id)
            meetings.append(item)
            lines.append(f"{name}: {item.id}")
        store.meetings.save_many(meetings)
    print("\n".join(lines))
    return 0


def _free_template_name(store: Store, template: object) -> str:
    from .domain.library import builtin_template

    base = template.name  # type: ignore[attr-defined]
    language = template.language  # type: ignore[attr-defined]
    name, n = base, 1
    while store.templates.get(name, language) or builtin_template(name, language):
        n += 1
        name = f"{base}-{n}"
    return name


def _cmd_export_meeting(args: argparse.Namespace) -> int:
    from .exchange import write_meeting_file

    with _open(args, read_only=True) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
    try:
        write_meeting_file(meeting, Path(args.output), plan_only=args.plan_only)
    except OSError as exc:
        raise UserError(f"could not write {args.output}: {exc.strerror or exc}") from None
    kind = "plan" if args.plan_only else "meeting"
    print(f"Wrote the {kind} with {meeting.candidate.name or meeting.title} to {args.output}")
    return 0


def _cmd_delete(args: argparse.Namespace) -> int:
    with _open(args) as store:
        meeting_id = store.meetings.resolve(args.id)
        meeting = store.meetings.get(meeting_id)
        label = f"{meeting.candidate.name or meeting.title} ({meeting.start:%Y-%m-%d %H:%M})"
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(f"not deleting {label} without confirmation; add --yes")
            try:
                answer = input(f"Delete the meeting with {label}? This cannot be undone. [y/N] ")
            except EOFError:
                answer = ""
            if answer.strip().lower() not in {"y", "yes"}:
                print("Nothing deleted.")
                return 1
        store.meetings.delete(meeting_id)
    print(f"Deleted the meeting with {label}.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from .store import restore

    for line in restore(_data_dir(args)):
        print(line)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from . import export

    meeting = _meeting_from_id_or_file(args, args.target)
    if args.document == "brief":
        data = export.export_brief(meeting, paper=args.paper)
    elif args.document == "agenda":
        data = export.export_agenda(meeting, paper=args.paper)
    else:
        from .export.debrief_form import export_debrief_form

        data = export_debrief_form(meeting, paper=args.paper)
    for warning in export.export_warnings(meeting):
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    _write_output(Path(args.output), data)
    names = {"brief": "manager's brief", "agenda": "candidate agenda", "debrief": "debrief form"}
    print(f"Wrote the {names[args.document]} to {args.output}")
    return 0


def _write_output(path: Path, data: bytes) -> None:
    from .exchange.writer import write_bytes_atomically

    try:
        write_bytes_atomically(path, data)
    except OSError as exc:
        raise UserError(f"could not write {path}: {exc.strerror or exc}") from None


def _cmd_debrief_import(args: argparse.Namespace) -> int:
    from .export.debrief_import import DebriefFormError, apply_debrief_form

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: {exc.strerror or exc}") from None
    with _open(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        try:
            changes = apply_debrief_form(meeting, data)
        except DebriefFormError as exc:
            raise UserError(f"{path}: {exc}") from None
        if changes:
            store.meetings.save(meeting)
    if not changes:
        print("The form had nothing new: the debrief is unchanged.")
    for line in changes:
        print(line)
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "templates": _cmd_templates,
    "demo": _cmd_demo,
    "new": _cmd_new,
    "list": _cmd_list,
    "show": _cmd_show,
    "check": _cmd_check,
    "import": _cmd_import,
    "export-meeting": _cmd_export_meeting,
    "delete": _cmd_delete,
    "restore": _cmd_restore,
    "export": _cmd_export,
    "debrief-import": _cmd_debrief_import,
}


if __name__ == "__main__":
    sys.exit(main())

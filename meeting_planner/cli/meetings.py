"""Commands over meetings: templates, demo, new, list, show, check, import, export, delete."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import Language
from ..domain.phrases import format_moment
from .common import (
    PROG,
    CommandAdder,
    UserError,
    add_output_options,
    data_dir,
    meeting_from_id_or_file,
    must_be_a_file,
    open_store,
    output_error,
    print_json,
    whole_number,
    write_output,
)
from .language import cli_language, current_language, say, told

if TYPE_CHECKING:
    from ..domain.model import Meeting

START_FORMAT = "%Y-%m-%d %H:%M"
# A yes to "Delete ...? [y/N]" in any of the command line's languages.
_YES = {"y", "yes", "j", "ja"}


def register(add: CommandAdder) -> None:
    add("templates", "list the meeting templates, one per line, name first", _cmd_templates)
    add("demo", "add a realistic sample meeting and print its id", _cmd_demo)
    p = add("new", "create a meeting from a template", _cmd_new)
    p.add_argument(
        "--template",
        required=True,
        metavar="NAME",
        help="the template to start from: a name `templates` lists",
    )
    p.add_argument("--candidate", required=True, metavar="NAME", help="the candidate's name")
    p.add_argument("--role", required=True, metavar="TITLE", help="the role's title")
    p.add_argument(
        "--start",
        required=True,
        metavar='"YYYY-MM-DD HH:MM"',
        help="when the meeting starts, in the employer's time",
    )
    # --language (every command takes it, else LANG's) is also the new meeting's language.
    p.add_argument(
        "--country",
        metavar="CC",
        help="the employer's country (ISO code such as SE): deadlines skip its public "
        "holidays; default: the employer profile's, else the language's. Kept in the "
        "profile when it has none",
    )
    p = add("list", "list the meetings, soonest first", _cmd_list)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("show", "show one meeting", _cmd_show)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("check", "the coach's review of a meeting or a meeting file", _cmd_check)
    p.add_argument("target", metavar="ID|FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--fail-under",
        type=_score_limit,
        metavar="N",
        help="exit 1 when the score is below N (0-100), for scripts",
    )
    p = add(
        "import",
        "import meeting files (all or nothing); prints each new id, and what a file "
        "of a meeting already stored would change",
        _cmd_import,
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="apply the changes to stored meetings")
    p.add_argument(
        "--force", action="store_true", help="apply a file older than the stored meeting"
    )
    p.add_argument(
        "--copy",
        action="store_true",
        help="bring meetings already stored in as new copies instead of updating them",
    )
    p = add("export-meeting", "write a meeting to a .meeting.json file", _cmd_export_meeting)
    p.add_argument("id", metavar="ID")
    add_output_options(p, "FILE", required=True)
    p.add_argument(
        "--plan-only",
        action="store_true",
        help="leave out the debrief, outcome, ratings and internal notes",
    )
    p = add("delete", "delete a meeting", _cmd_delete)
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--cancellation",
        metavar="OUT.ics",
        help="first write the cancellation of the calendar invites sent for it",
    )
    p.add_argument(
        "--no-cancellation",
        action="store_true",
        help="delete a meeting whose invites went out without writing their cancellation",
    )
    p.add_argument(
        "--force", action="store_true", help="replace the cancellation file if it already exists"
    )
    add("restore", "bring back the newest good backup of a damaged store", _cmd_restore)


def _cmd_templates(args: argparse.Namespace) -> int:
    from ..domain.library import builtin_templates

    # One row per name, titled in the command line's language where the template comes
    # in it, else in English where it comes in that, with the languages it comes in:
    # `new --template NAME --language sv` picks one.
    rows: dict[str, tuple[int, str, list[str], str]] = {}
    with open_store(args, read_only=True) as store:
        user = store.templates.list()
    preferred = (current_language(), Language.EN.value)
    for origin, templates in ((say("built in"), builtin_templates()), (say("yours"), user)):
        for t in templates:
            minutes, title, languages, first_origin = rows.get(
                t.name, (t.meeting.planned_minutes, t.title, [], origin)
            )
            if t.language.value in preferred and not any(
                better in languages for better in preferred[: preferred.index(t.language.value)]
            ):
                minutes, title = t.meeting.planned_minutes, t.title
            if t.language.value not in languages:
                languages.append(t.language.value)
            rows[t.name] = (minutes, title, languages, first_origin)
    width = max((len(name) for name in rows), default=0)
    order = [lang.value for lang in Language]
    for name, (minutes, title, languages, origin) in rows.items():
        langs = ", ".join(sorted(languages, key=order.index))
        print(f"{name:<{width}}  {minutes:>3} min  {title} ({origin}; {langs})")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from ..domain.sample import sample_meeting

    meeting = sample_meeting(datetime.now())
    with open_store(args) as store, store.transaction():
        store.openings.assign(meeting, datetime.now())
        store.meetings.save(meeting)
    lg = current_language()
    print(
        say(
            "Added a sample meeting with {name} ({role}),",
            name=meeting.candidate.name,
            role=meeting.role.title,
        )
    )
    print(say("{when}. Its id: {id}", when=format_moment(meeting.start, lg), id=meeting.id))
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    from ..domain.library import builtin_template
    from ..domain.templates import meeting_from_template

    start = _parse_start(args.start)
    # The meeting is in the language the command line speaks: --language, else LANG's,
    # as a new meeting in the app takes the app's language.
    language = Language(cli_language(args))
    candidate, role = args.candidate.strip(), args.role.strip()
    if not candidate or not role:
        raise UserError(say("--candidate and --role must not be empty"))
    country = _country_option(args.country)
    with open_store(args) as store:
        template = store.templates.get(args.template, language) or builtin_template(
            args.template, language
        )
        if template is None:
            raise UserError(
                say(
                    "no template named {name}; `meeting-planner templates` lists them",
                    name=repr(args.template),
                )
            )
        profile = store.profile.get()
        if country and not profile.country:
            # Asked once: the answer stands for the meetings to come.
            profile.country = country
            store.profile.save(profile)
            print(say("The employer profile now names the country {country}.", country=country))
        meeting = meeting_from_template(
            template,
            candidate_name=candidate,
            role_title=role,
            start=start,
            language=language,
            profile=profile,
        )
        if country:
            meeting.country = country
        with store.transaction():
            store.openings.assign(meeting, datetime.now())
            store.meetings.save(meeting)
    print(
        say(
            "Created {template} with {candidate} on {start}: {id}",
            template=repr(template.title),
            candidate=candidate,
            start=f"{start:%Y-%m-%d %H:%M}",
            id=meeting.id,
        )
    )
    if not meeting.country:
        print(
            say(
                "Note: its deadlines skip weekends only; give --country (such as SE or GB) "
                "to skip the public holidays too."
            ),
            file=sys.stderr,
        )
    if start < datetime.now():
        # Kept (a meeting may be recorded after the fact), but rarely what was meant.
        past = say("the start is in the past; check the date")
        print(f"{PROG}: {say('warning: {text}', text=past)}", file=sys.stderr)
    return 0


def _country_option(text: str | None) -> str:
    from ..domain.workdays import knows_country, normal_country

    if text is None:
        return ""
    country = normal_country(text)
    if not country:
        raise UserError(
            say("--country: expected a two-letter code such as SE, got {text}", text=repr(text))
        )
    if not knows_country(country):
        raise UserError(
            say(
                "--country: no public holidays are known for {code}; give a country code "
                "such as SE, DK or GB, or leave --country out for weekends only",
                code=country,
            )
        )
    return country


def _parse_start(text: str) -> datetime:
    from ..domain import rules

    try:
        start = datetime.strptime(text.strip(), START_FORMAT)
    except ValueError:
        raise UserError(
            say('--start: expected "YYYY-MM-DD HH:MM", got {value}', value=repr(text))
        ) from None
    if not rules.YEAR_MIN <= start.year <= rules.YEAR_MAX:
        raise UserError(
            say(
                "--start: the year must be {first} to {last}",
                first=rules.YEAR_MIN,
                last=rules.YEAR_MAX,
            )
        )
    return start


def _cmd_list(args: argparse.Namespace) -> int:
    from .text import summary_json, summary_lines

    with open_store(args, read_only=True) as store:
        summaries = store.meetings.list()
    if args.json:
        print_json([summary_json(s) for s in summaries])
    elif not summaries:
        print(say("No meetings yet. Try `meeting-planner demo`."))
    else:
        print("\n".join(summary_lines(summaries, datetime.now())))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from ..domain.coach import review
    from ..domain.serialize import meeting_to_dict
    from .text import meeting_lines

    with open_store(args, read_only=True) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
    if args.json:
        print_json(meeting_to_dict(meeting))
    else:
        # The coach's findings in the command line's language, like the rest of it.
        print("\n".join(meeting_lines(meeting, review(meeting, language=current_language()))))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from ..domain.coach import review
    from .text import review_lines

    meeting = meeting_from_id_or_file(args, args.target)
    result = review(meeting, language=current_language())
    if args.json:
        print_json(result.to_dict())
    else:
        print("\n".join(review_lines(meeting, result)))
    if args.fail_under is not None and result.score < args.fail_under:
        print(
            say(
                "{target}: score {score} is below {limit}",
                target=args.target,
                score=result.score,
                limit=args.fail_under,
            ),
            file=sys.stderr,
        )
        return 1
    return 0


def _score_limit(value: str) -> int:
    number = whole_number(value)
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(say("the score limit is 0 to 100"))
    return number


def _cmd_import(args: argparse.Namespace) -> int:
    from ..batch import collector_paused
    from ..exchange import MeetingFileError, read_incoming
    from .importing import import_prepared

    for name in args.files:
        must_be_a_file(name)
    with collector_paused():
        try:
            incoming = [read_incoming(Path(name)) for name in args.files]
        except MeetingFileError as exc:
            raise UserError(told(exc)) from None
        incoming = [
            replace(one, source=name) for one, name in zip(incoming, args.files, strict=True)
        ]
        with open_store(args) as store:
            return import_prepared(store, incoming, yes=args.yes, force=args.force, copy=args.copy)


def _cmd_export_meeting(args: argparse.Namespace) -> int:
    from ..exchange import write_meeting_file

    with open_store(args, read_only=True) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
    path = Path(args.output)
    try:
        write_meeting_file(meeting, path, plan_only=args.plan_only, replace=args.force)
    except OSError as exc:
        raise output_error(path, exc) from None
    who = meeting.candidate.name or meeting.title
    if args.plan_only:
        print(say("Wrote the plan with {who} to {path}", who=who, path=args.output))
    else:
        print(say("Wrote the meeting with {who} to {path}", who=who, path=args.output))
    return 0


def _cmd_delete(args: argparse.Namespace) -> int:
    from ..printable import printable_line
    from ..teamfolder.withdraw import shared_copies, withdraw

    with open_store(args) as store:
        meeting_id = store.meetings.resolve(args.id)
        meeting = store.meetings.get(meeting_id)
        label = f"{meeting.candidate.name or meeting.title} ({meeting.start:%Y-%m-%d %H:%M})"
        cancellation = _cancellation(meeting, args)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(
                    say("not deleting {label} without confirmation; add --yes", label=label)
                )
            try:
                # On a terminal the prompt goes out by itself, not through main's filter.
                question = say(
                    "Delete the meeting with {label}? This cannot be undone. [y/N] ", label=label
                )
                answer = input(printable_line(question) + " ")
            except EOFError:
                answer = ""
            if answer.strip().lower() not in _YES:
                print(say("Nothing deleted."))
                return 1
        for path, data in cancellation.items():
            write_output(path, data, force=args.force)
            print(say("Wrote the cancellation of its calendar invite to {path}", path=path))
        shared = shared_copies(store, [meeting])
        report = store.meetings.delete(meeting_id)
    print(say("Deleted the meeting with {label}, from the store and every backup.", label=label))
    for note in [*report.notes, *withdraw(shared)]:
        print(told(note))
    return 0


def _cancellation(meeting: Meeting, args: argparse.Namespace) -> dict[Path, bytes]:
    """The cancellations of the invites that went out, by file; none when none went
    out or the user said --no-cancellation."""
    from ..domain.invites import issued

    audiences = issued(meeting.invites)
    if not audiences or args.no_cancellation:
        return {}
    if not args.cancellation:
        raise UserError(
            say(
                "calendar invites went out for this meeting: add --cancellation FILE.ics to "
                "write their cancellation for the calendars that hold them, or --no-cancellation"
            )
        )
    from .reach import cancellation_files

    return cancellation_files(meeting, audiences, Path(args.cancellation), now=datetime.now())


def _cmd_restore(args: argparse.Namespace) -> int:
    from ..store import restore

    for line in restore(data_dir(args)):
        print(told(line))
    return 0

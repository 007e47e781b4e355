"""Commands for what happens after an offer: the declined-offer survey and the insights."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..fileio import read_sent_file
from .common import (
    CommandAdder,
    UserError,
    add_output_options,
    apply_form_file,
    data_dir,
    open_store,
    print_json,
    reason,
    write_output,
)
from .language import document_language, say, told

if TYPE_CHECKING:
    from ..domain.insights import Insights, Period
    from ..domain.model import Meeting
    from ..store import Store


def register(add: CommandAdder) -> None:
    p = add(
        "survey-export",
        "write the fillable survey for a candidate who declined an offer: anonymous (no "
        "name, no reference; only the role and month), or --named",
        _cmd_survey_export,
    )
    p.add_argument("id", metavar="ID")
    add_output_options(p, "OUT.pdf", required=True)
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument(
        "--named",
        action="store_true",
        help="name the meeting, for a candidate who agreed to answer by name",
    )
    p = add(
        "survey-import",
        "read a filled declined-offer survey: an anonymous one (FILE) into the insights "
        "of its role and month, a named one (ID FILE) into the meeting's outcome",
        _cmd_survey_import,
    )
    p.add_argument("targets", nargs="+", metavar="[ID] FILE.pdf")
    p = add(
        "insights",
        "figures across the meetings of a period (default: all meetings)",
        _cmd_insights,
    )
    p.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    add_output_options(p, "OUT.pdf", required=False, help_text="also write them as a PDF page")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")


def meetings_in(store: Store, period: Period) -> list[Meeting]:
    """The stored meetings that started within ``period`` (read from the index first)."""
    return [store.meetings.get(s.id) for s in store.meetings.list() if period.contains(s.start)]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say("{value} is not a date like 2026-11-23", value=repr(text))
        ) from None


def _cmd_survey_export(args: argparse.Namespace) -> int:
    from ..export.decline_survey import export_decline_survey

    with open_store(args, read_only=True) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
    data = export_decline_survey(meeting, paper=args.paper, anonymous=not args.named)
    write_output(Path(args.output), data, force=args.force)
    if args.named:
        print(say("Wrote the named declined offer survey to {path}", path=args.output))
    else:
        print(say("Wrote the anonymous declined offer survey to {path}", path=args.output))
    return 0


def _cmd_survey_import(args: argparse.Namespace) -> int:
    from ..export.survey_import import SurveyFormError, apply_decline_survey

    if len(args.targets) > 2:
        raise UserError(say("survey-import takes FILE, or ID FILE"))
    if len(args.targets) == 1:
        return _import_anonymous(args, Path(args.targets[0]))
    args.id, file = args.targets
    return apply_form_file(
        args,
        Path(file),
        apply_decline_survey,
        SurveyFormError,
        kind=say("survey"),
        nothing_new=say("The survey had nothing new: the outcome is unchanged."),
    )


def _import_anonymous(args: argparse.Namespace, path: Path) -> int:
    from ..domain import rules
    from ..export.survey_import import SurveyFormError, read_anonymous_survey

    try:
        # Never blocks on a pipe or a device, as for a named survey.
        data = read_sent_file(path, rules.DEBRIEF_FORM_MAX_BYTES)
    except OSError as error:
        raise UserError(say("{path}: {reason}", path=path, reason=reason(error))) from None
    if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
        raise UserError(say("{path}: far too large to be a {kind}", path=path, kind=say("survey")))
    try:
        response = read_anonymous_survey(data)
    except SurveyFormError as error:
        raise UserError(say("{path}: {reason}", path=path.name, reason=told(error))) from None
    response.imported_at = datetime.now().replace(microsecond=0)
    with open_store(args) as store:
        added = store.surveys.add(response)
    if not added:
        print(say("{name} was imported before: it counts once.", name=path.name))
        return 0
    print(
        say(
            "Imported an anonymous survey for {role}, {month}.",
            role=response.role or say("no role named"),
            month=response.month or say("no month"),
        )
    )
    return 0


def _cmd_insights(args: argparse.Namespace) -> int:
    from ..domain.insights import Period, insights

    if args.first and args.last and args.first > args.last:
        raise UserError(say("--from is after --to"))
    period = Period(args.first, args.last)
    with open_store(args, read_only=True) as store:
        figures = insights(
            meetings_in(store, period),
            period,
            datetime.now().astimezone(),
            store.surveys.list(),
        )
    lg = document_language(args, data_dir(args))
    if args.output:
        from ..export.insights_pdf import export_insights

        data = export_insights(figures, paper=args.paper, language=lg)
        write_output(Path(args.output), data, force=args.force)
    if args.json:
        print_json(figures.to_dict())
    else:
        _print_figures(figures, lg)
    if args.output:
        print(
            say("Wrote the insights to {path}", path=args.output),
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


def _print_figures(figures: Insights, lg: str) -> None:
    from ..domain.phrases import text
    from ..export.debrief_form import CONCERN_LABELS
    from ..export.decline_survey import reason_labels
    from ..export.insights_pdf import counts_text, key_figures, period_text, phrases

    words = phrases(lg)
    print(f"{words['title']}: {period_text(figures.period, lg)}")
    print(counts_text(figures, lg))
    for label, value in key_figures(figures, lg):
        print(f"  {label}: {value}")
    if figures.reasons_total:
        print(words["declines"])
        labels = reason_labels(lg)
        for category, count in figures.decline_reasons.items():
            if count.total:
                acting = text(lg, "({count} we can act on)", count=count.controllable)
                print(f"  {labels[category]}: {count.total} {acting}")
    if figures.anonymous_responses:
        print(words["anonymous"].format(figures.anonymous_responses))
    if any(figures.concerns.values()):
        print(words["concerns"])
        for category, number in figures.concerns.items():
            if number:
                print(f"  {text(lg, CONCERN_LABELS[category])}: {number}")


__all__ = ["meetings_in", "register"]

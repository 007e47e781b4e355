"""Commands for the PDFs: export the brief, agenda or debrief form; read a filled form back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import (
    PROG,
    CommandAdder,
    UserError,
    add_output_options,
    apply_form_file,
    meeting_from_id_or_file,
    write_output,
)
from .language import current_language, say, told
from .preflight import add_anyway, preflight

if TYPE_CHECKING:
    from ..domain.model import Meeting, Participant


def register(add: CommandAdder) -> None:
    p = add(
        "export",
        "write a PDF: the manager's brief, the candidate's agenda or the debrief form",
        _cmd_export,
    )
    p.add_argument("document", choices=["brief", "agenda", "debrief"])
    p.add_argument("target", metavar="ID|FILE")
    add_output_options(p, "OUT.pdf", required=True)
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument(
        "--interviewer",
        metavar="NAME|PARTICIPANT_ID",
        help="for the debrief form: one interviewer's own scorecard form",
    )
    add_anyway(p)
    p = add(
        "debrief-import",
        "read a filled debrief form into the meeting's debrief",
        _cmd_debrief_import,
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("file", metavar="FILE.pdf")


def _cmd_export(args: argparse.Namespace) -> int:
    from .. import export

    meeting = meeting_from_id_or_file(args, args.target)
    if args.interviewer and args.document != "debrief":
        raise UserError(say("--interviewer goes with the debrief form only"))
    person = None
    if args.document == "brief":
        data = export.export_brief(meeting, paper=args.paper)
    elif args.document == "agenda":
        preflight("agenda", meeting, anyway=args.anyway)
        data = export.export_agenda(meeting, paper=args.paper)
    else:
        from ..export.debrief_form import export_debrief_form

        person = _interviewer(meeting, args.interviewer) if args.interviewer else None
        data = export_debrief_form(meeting, paper=args.paper, interviewer=person)
    for warning in export.export_warnings(meeting, current_language(), args.document):
        print(f"{PROG}: {say('warning: {text}', text=warning)}", file=sys.stderr)
    if Path(args.output).suffix.lower() != ".pdf":
        named = say("{path} is a PDF, whatever its name", path=args.output)
        print(f"{PROG}: {say('warning: {text}', text=named)}", file=sys.stderr)
    write_output(Path(args.output), data, force=args.force)
    done = {
        "brief": say("Wrote the manager's brief to {path}", path=args.output),
        "agenda": say("Wrote the candidate agenda to {path}", path=args.output),
        "debrief": say("Wrote the debrief form to {path}", path=args.output),
    }
    if person is not None:
        done["debrief"] = say(
            "Wrote {who}'s own debrief form to {path}", who=person.name, path=args.output
        )
    print(done[args.document])
    return 0


def _interviewer(meeting: Meeting, wanted: str) -> Participant:
    from ..domain.model import DomainError
    from ..domain.scorecards import interviewer

    try:
        return interviewer(meeting, wanted)
    except DomainError as exc:
        raise UserError(f"--interviewer: {told(exc)}") from None


def _cmd_debrief_import(args: argparse.Namespace) -> int:
    from ..export.debrief_import import DebriefFormError, apply_debrief_form

    return apply_form_file(
        args,
        Path(args.file),
        apply_debrief_form,
        DebriefFormError,
        kind=say("debrief form"),
        nothing_new=say("The form had nothing new: the debrief is unchanged."),
    )

"""Printing what an import does and doing it: new meetings, updates with their changes,
refusals, and the --yes that applies changes to stored meetings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .common import UserError
from .language import current_language, say

if TYPE_CHECKING:
    from ..exchange import Incoming
    from ..exchange.importing import ImportPlan, Planned
    from ..store import Store


def import_prepared(
    store: Store, incoming: Sequence[Incoming], *, yes: bool, force: bool, copy: bool
) -> int:
    """Import the files (all or nothing); changes to stored meetings need ``yes``."""
    from ..exchange.importing import apply, prepare

    plan = prepare(store, incoming, force=force, as_copies=copy, language=current_language())
    print("\n".join(plan_lines(plan)))
    if plan.refused:
        raise UserError(
            say("nothing imported: {path} was refused, as said above", path=plan.refused[0].source)
        )
    if plan.updates and not yes:
        raise UserError(say("nothing imported: add --yes to apply the changes listed above"))
    if plan.changes_anything:
        apply(store, plan)
    return 0


def plan_lines(plan: ImportPlan) -> list[str]:
    """One line per file (with its id), then the changes of an update, indented."""
    from ..exchange.importing import Effect

    lines: list[str] = []
    for item in plan.items:
        if item.effect is Effect.TEMPLATE:
            assert item.template is not None
            lines.append(say("{path}: template {name}", path=item.source, name=item.template.name))
        elif item.effect is Effect.NEW:
            assert item.meeting is not None
            lines.append(f"{item.source}: {item.meeting.id}")
        elif item.effect is Effect.SAME:
            lines.append(
                say("{path}: {who} is already up to date", path=item.source, who=_who(item))
            )
        elif item.effect is Effect.UPDATE:
            if item.plan_only:
                line = say("{path}: updates the plan {who}:", path=item.source, who=_who(item))
            else:
                line = say("{path}: updates the meeting {who}:", path=item.source, who=_who(item))
            lines.append(line)
            lines += [f"  {line}" for line in item.lines]
        else:
            lines.append(f"{item.source}: {refusal(item)}")
    return lines


def refusal(item: Planned) -> str:
    from ..exchange.importing import Effect

    if item.effect is Effect.ERASED:
        return say("{who} was erased and cannot be brought back by a file", who=_who(item))
    assert item.before is not None
    return say(
        "older than the stored meeting {who} (it is revision {theirs}, the store has "
        "{ours}), so applying it would undo changes made since; add --force to apply it anyway",
        who=_who(item),
        theirs=item.file_revision,
        ours=item.before.revision,
    )


def _who(item: Planned) -> str:
    meeting = item.before or item.meeting
    assert meeting is not None
    name = meeting.candidate.name or meeting.title
    return f"{meeting.id} ({name})" if name else meeting.id

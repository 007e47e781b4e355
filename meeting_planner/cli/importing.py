"""Printing what an import does and doing it: new meetings, updates with their changes,
refusals, and the --yes that applies changes to stored meetings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .common import UserError

if TYPE_CHECKING:
    from ..exchange import Incoming
    from ..exchange.importing import ImportPlan, Planned
    from ..store import Store


def import_prepared(
    store: Store, incoming: Sequence[Incoming], *, yes: bool, force: bool, copy: bool
) -> int:
    """Import the files (all or nothing); changes to stored meetings need ``yes``."""
    from ..exchange.importing import apply, prepare

    plan = prepare(store, incoming, force=force, as_copies=copy)
    print("\n".join(plan_lines(plan)))
    if plan.refused:
        first = plan.refused[0]
        raise UserError(f"{first.source}: {refusal(first)}; nothing imported")
    if plan.updates and not yes:
        raise UserError("nothing imported: add --yes to apply the changes listed above")
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
            lines.append(f"{item.source}: template {item.template.name}")
        elif item.effect is Effect.NEW:
            assert item.meeting is not None
            lines.append(f"{item.source}: {item.meeting.id}")
        elif item.effect is Effect.SAME:
            lines.append(f"{item.source}: {_who(item)} is already up to date")
        elif item.effect is Effect.UPDATE:
            kind = "plan" if item.plan_only else "meeting"
            lines.append(f"{item.source}: updates the {kind} {_who(item)}:")
            lines += [f"  {line}" for line in item.lines]
        else:
            lines.append(f"{item.source}: {refusal(item)}")
    return lines


def refusal(item: Planned) -> str:
    from ..exchange.importing import Effect

    if item.effect is Effect.ERASED:
        return f"{_who(item)} was erased and cannot be brought back by a file"
    assert item.before is not None and item.meeting is not None
    return (
        f"older than the stored meeting {_who(item)} (it is revision "
        f"{item.file_revision}, the store has {item.before.revision}), so applying it "
        "would undo changes made since; add --force to apply it anyway"
    )


def _who(item: Planned) -> str:
    meeting = item.before or item.meeting
    assert meeting is not None
    name = meeting.candidate.name or meeting.title
    return f"{meeting.id} ({name})" if name else meeting.id

"""The documents' words for block kinds and people's parts, in English and marked for the
catalogue (``phrases.text`` says them in a meeting's language): one list for the PDFs,
the access export and the command line."""

from __future__ import annotations

from .model import BlockKind, Part
from .phrases import mark

KIND_LABEL: dict[BlockKind, str] = {
    BlockKind.WELCOME: mark("Welcome"),
    BlockKind.PITCH: mark("Pitch"),
    BlockKind.CASE: mark("Case"),
    BlockKind.DIALOGUE: mark("Dialogue"),
    BlockKind.CANDIDATE_QUESTIONS: mark("Their questions"),
    BlockKind.TEAM: mark("Meet the team"),
    BlockKind.NEXT_STEPS: mark("Next steps"),
    BlockKind.BREAK: mark("Break"),
}
PART_LABEL: dict[Part, str] = {
    Part.MANAGER: mark("Hiring manager"),
    Part.COLLEAGUE: mark("Future colleague"),
    Part.RECRUITER: mark("Recruiter"),
    Part.OTHER: mark("Other"),
}

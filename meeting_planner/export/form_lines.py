"""What reading a filled form back says: the lines for what changed and the names it
gives, as Phrases: English, told in the reader's language by whoever shows them (the
command line, the app), as the store's reports are."""

from __future__ import annotations

from ..domain.enums import Decision
from ..domain.phrases import Phrase, mark
from .form_values import one_line

# A decision as the form's choice names it, in each language.
_DECISIONS = {
    Decision.ADVANCE: mark("advance"),
    Decision.OFFER: mark("offer"),
    Decision.REJECT: mark("reject"),
    Decision.HOLD: mark("hold"),
}
# How much of a meeting's or a person's name a refusal repeats.
_NAME_SHOWN = 80


def added_or_updated(what: str, old: object, /, **values: object) -> Phrase:
    """ "``what``: added" where there was nothing before, else "``what``: updated";
    ``what`` is a catalog text, its fields filled from ``values``."""
    done = mark("{what}: updated") if old else mark("{what}: added")
    return Phrase(done, what=Phrase(what, **values))


def as_before(what: str, value: object, was: object, /, **values: object) -> Phrase:
    """ "``what``: value (was before)", "not set" for a value there was none of."""
    return Phrase(
        mark("{what}: {value} (was {was})"),
        what=Phrase(what, **values),
        value=value,
        was=Phrase(mark("not set")) if was is None else was,
    )


def decision_word(decision: Decision | None) -> Phrase | None:
    return Phrase(_DECISIONS[decision]) if decision is not None else None


def other_meeting(label: str | None, meeting_id: str) -> str:
    """How a refusal names the meeting a form belongs to: its name on the form, else its id."""
    if label:
        return one_line(label, _NAME_SHOWN)
    return Phrase(mark("meeting {id}"), id=one_line(meeting_id, _NAME_SHOWN))


def someone(name: str | None, participant_id: str | None) -> str:
    """How a refusal names an interviewer: their name on the form, else their id."""
    if name:
        return one_line(name, _NAME_SHOWN)
    return Phrase(mark("participant {id}"), id=one_line(participant_id or "", _NAME_SHOWN))

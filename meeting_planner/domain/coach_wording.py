"""The coach's checks on what the plan says: placeholders left in, empty phrases, and pitch
blocks that leave out the facts entered in the Role and the Offer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import rules
from .coach_parts import Finding, Severity, block_name, block_target
from .facts import fill_facts, missing_facts, without_facts
from .model import BlockKind, Meeting, PitchTopic
from .phrases import mark, text
from .placeholders import placeholders_in, plan_fields
from .wording import Phrase, find, phrases

# -- placeholders ---------------------------------------------------------------------------

# What each field of the plan is called in a message, by its path without list indexes.
_FIELD_NAMES: dict[str, str] = {
    "title": mark("the meeting's title"),
    "location": mark("the location"),
    "role.title": mark("the role's title"),
    "role.team": mark("the team"),
    "role.company": mark("the company's name"),
    "role.ways_of_working": mark("the ways of working"),
    "role.tech_stack": mark("the tech stack"),
    "role.responsibilities": mark("the responsibilities"),
    "role.problems": mark("the problems to solve"),
    "role.projects": mark("the projects"),
    "offer.flexibility": mark("the flexibility"),
    "offer.development_budget": mark("the development budget"),
    "offer.development_time": mark("the time for learning"),
    "offer.work_life_balance": mark("the work-life balance"),
    "offer.development_paths": mark("the career paths"),
    "offer.benefits": mark("the benefits"),
    "participants": mark("the people"),
    "case.title": mark("the case's title"),
    "case.brief": mark("the case's brief"),
    "case.prepare": mark("what the candidate prepares for the case"),
    "case.real_work": mark("how the case relates to the real work"),
    "case.materials": mark("the case's materials"),
    "case.observe": mark("what to observe in the case"),
    "criteria": mark("the criteria"),
    "debrief.feedback": mark("the feedback draft"),
}
_INDEX = re.compile(r"\[\d+\]")
_AGENDA = re.compile(r"agenda\[(\d+)\]")
# How many placeholders a message quotes before it says "and N more".
_QUOTED_MAX = 3


def placeholder_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    """One problem per place that still holds template text: a block, a field, the people."""
    places: dict[str, tuple[str, str, list[str]]] = {}
    # A block's owner written as a participant's placeholder name is fixed by filling in
    # the people (the name carries over to the blocks), so the people's finding covers it.
    people = {" ".join(p.name.split()).casefold() for p in meeting.participants}
    for path, value in plan_fields(meeting):
        unfilled: list[str] = []
        if ".talking_points[" in path:
            # "{salary}" reads out the Offer's figure: one with no figure yet is quoted
            # as the user wrote it, not as the placeholder it reads as meanwhile.
            unfilled = [f"{{{name}}}" for name in missing_facts(value, meeting)]
            value = without_facts(value)
        found = placeholders_in(value) + unfilled
        if not found:
            continue
        if path.endswith(".owner") and " ".join(value.split()).casefold() in people:
            continue
        key, target, where = _place(meeting, path, lg)
        listed = places.setdefault(key, (target, where, []))[2]
        listed.extend(p for p in found if p not in listed)
    for target, where, found in places.values():
        quoted = ", ".join(found[:_QUOTED_MAX])
        if len(found) > _QUOTED_MAX:
            quoted += " " + text(lg, "and {count} more", count=len(found) - _QUOTED_MAX)
        message = text(
            lg,
            "Template text is still in {where}: {placeholders}. Replace it with the real details.",
            where=where,
            placeholders=quoted,
        )
        if target == "participants":
            message += " " + text(
                lg, "A name you fill in there carries over to the blocks that person leads."
            )
        example = next((p for p in found if p.startswith("{")), "")
        if example:
            message += " " + text(
                lg,
                "A name in braces such as {example} reads out the Role or Offer tab: fill "
                "it in there.",
                example=example,
            )
        yield Finding(
            "placeholder",
            Severity.PROBLEM,
            message,
            text(
                lg,
                "Template text that reaches the candidate, in the agenda, the invite or a "
                "letter, tells them the meeting was not prepared for them.",
            ),
            target,
        )


def place_name(meeting: Meeting, path: str, lg: str) -> str:
    """The reader's name for the place a field path points at: a block by its name, a
    field by what it holds."""
    return _place(meeting, path, lg)[2]


def _place(meeting: Meeting, path: str, lg: str) -> tuple[str, str, str]:
    """Where a field path belongs: a key to group by, the finding's target (the first
    field that holds a placeholder) and the reader's name for the place."""
    agenda = _AGENDA.match(path)
    if agenda:
        block = meeting.agenda[int(agenda.group(1))]
        return block_target(block), block_target(block), block_name(block, lg)
    bare = _INDEX.sub("", path)
    for whole in ("participants", "criteria"):
        if bare.startswith(whole):
            return whole, whole, text(lg, _FIELD_NAMES[whole])
    return bare, path, text(lg, _FIELD_NAMES.get(bare, bare))


# -- empty phrases --------------------------------------------------------------------------

_FIGURE = re.compile(r"\d")
_VAGUE_FIELDS = (
    "role.team",
    "role.ways_of_working",
    "role.tech_stack",
    "role.responsibilities",
    "role.problems",
    "role.projects",
    "offer.flexibility",
    "offer.development_budget",
    "offer.development_time",
    "offer.work_life_balance",
    "offer.development_paths",
    "offer.benefits",
)


def vague_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    """A warning per role or offer field, and per pitch block, that uses an empty phrase."""
    vague = _vague_list(lg)
    by_field: dict[str, list[tuple[str, str]]] = {}
    for path, value in plan_fields(meeting):
        bare = _INDEX.sub("", path)
        if bare in _VAGUE_FIELDS:
            by_field.setdefault(bare, []).append((path, value))
    for bare, items in by_field.items():
        hits, first = _vague_hits(items, vague)
        if hits:
            where = text(lg, _FIELD_NAMES[bare])
            yield _vague_finding(lg, where, hits, first)
    for i, block in enumerate(meeting.agenda):
        if block.kind is not BlockKind.PITCH:
            continue
        items = [(f"agenda[{i}].title", block.title)] + [
            (f"agenda[{i}].talking_points[{j}]", p) for j, p in enumerate(block.talking_points)
        ]
        hits, _ = _vague_hits(items, vague)
        if hits:
            yield _vague_finding(lg, block_name(block, lg), hits, block_target(block))


def _vague_list(lg: str) -> tuple[Phrase, ...]:
    # English phrases turn up in Swedish and Danish plans too.
    return phrases(lg, "vague") + (phrases("en", "vague") if lg != "en" else ())


def _vague_hits(
    items: Iterable[tuple[str, str]], vague: tuple[Phrase, ...]
) -> tuple[list[Phrase], str]:
    """The empty phrases in ``items`` (a line with a figure in it is concrete enough) and
    the path of the first line that has one."""
    hits: list[Phrase] = []
    first = ""
    for path, value in items:
        if not value or _FIGURE.search(value):
            continue
        for phrase in find(value, vague):
            if phrase not in hits:
                hits.append(phrase)
                first = first or path
    return hits, first


def _vague_finding(lg: str, where: str, hits: list[Phrase], target: str) -> Finding:
    quoted = ", ".join(f"“{p.pattern.replace('*', '')}”" for p in hits)
    advice = "; ".join(dict.fromkeys(p.instead for p in hits if p.instead))
    message = text(
        lg,
        "{where} says {phrases}, which tells a candidate nothing they can check.",
        where=where,
        phrases=quoted,
    )
    if advice:
        message += " " + text(lg, "Instead: {advice}.", advice=advice)
    return Finding(
        "vague-wording",
        Severity.WARNING,
        message[:1].upper() + message[1:],
        text(
            lg,
            "Empty phrases read like every other job ad. Tech candidates want the concrete "
            "stack, the real problems and the figures of the offer, and a role that stays "
            "vague is the most common reason they say no.",
        ),
        target,
    )


# -- facts the pitch leaves out -------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d\s.,\u00a0\u202f]*\d(?:\s?[kK]\b)?|\d(?:\s?[kK]\b)?")
_NAME = re.compile(r"[^\W_][\w+#./-]*")
_TOPIC_FACTS_MISSING: dict[PitchTopic, tuple[str, str]] = {
    PitchTopic.STACK: (
        "role.tech_stack",
        mark(
            "{block} is about the tech stack, but the Role names none; list the languages, "
            "frameworks, databases and cloud on the Role tab."
        ),
    ),
    PitchTopic.BENEFITS: (
        "offer.salary",
        mark(
            "{block} is about salary and benefits, but the Offer holds neither; fill in the "
            "salary range and the benefits on the Offer tab."
        ),
    ),
    PitchTopic.DEVELOPMENT: (
        "offer.development_budget",
        mark(
            "{block} is about development, but the Offer has no budget, time or career "
            "paths; fill them in on the Offer tab."
        ),
    ),
    PitchTopic.FLEXIBILITY: (
        "offer.flexibility",
        mark(
            "{block} is about flexibility, but the Offer says nothing about remote days or "
            "hours; fill them in on the Offer tab."
        ),
    ),
}


def pitch_fact_checks(meeting: Meeting, lg: str) -> Iterator[Finding]:
    """A hint per pitch on the stack, pay, development or flexibility that names none of
    the facts entered for it, or whose facts are not entered at all."""
    for block in meeting.agenda:
        if block.kind is not BlockKind.PITCH or block.topic not in _TOPIC_FACTS_MISSING:
            continue
        numbers, names = _facts(meeting, block.topic)
        if not numbers and not names:
            target, message = _TOPIC_FACTS_MISSING[block.topic]
            yield Finding(
                "pitch-facts-missing",
                Severity.INFO,
                text(lg, message, block=block_name(block, lg)),
                _facts_why(lg),
                target,
            )
            continue
        said = fill_facts(" ".join([block.title, *block.talking_points]), meeting, lg)
        if not said.strip() or _mentions(said, numbers, names, lg):
            continue
        examples = ", ".join(sorted(names, key=str.casefold)[:3]) or ", ".join(
            str(n) for n in sorted(numbers)[:2]
        )
        yield Finding(
            "pitch-facts-unused",
            Severity.INFO,
            text(
                lg,
                "{block} names none of the facts you entered for it ({examples}); say them "
                "in the talking points.",
                block=block_name(block, lg),
                examples=examples,
            ),
            _facts_why(lg),
            block_target(block),
        )


def _facts_why(lg: str) -> str:
    return text(
        lg,
        "A pitch that names the real stack, figures and paths is one the candidate can "
        "compare with other offers; a general one sounds like every other employer.",
    )


def _facts(meeting: Meeting, topic: PitchTopic) -> tuple[set[int], set[str]]:
    """The figures and the names a pitch on ``topic`` should mention, from Role and Offer."""
    offer, role = meeting.offer, meeting.role
    numbers: set[int] = set()
    names: set[str] = set()
    if topic is PitchTopic.STACK:
        for item in role.tech_stack:
            names |= _names(item)
    elif topic is PitchTopic.BENEFITS:
        for figure in (offer.salary.minimum, offer.salary.maximum):
            if figure is not None:
                numbers.add(figure)
        for item in offer.benefits:
            names |= _names(item, long_words=True)
    elif topic is PitchTopic.DEVELOPMENT:
        for item in (offer.development_budget, offer.development_time):
            numbers |= numbers_in(item)
            names |= _names(item)
        for item in offer.development_paths:
            names |= _names(item, long_words=True)
    elif topic is PitchTopic.FLEXIBILITY:
        if offer.remote_days_per_week is not None:
            numbers.add(offer.remote_days_per_week)
        numbers |= numbers_in(offer.flexibility)
        names |= _names(offer.flexibility)
    return numbers, names


def _names(item: str, *, long_words: bool = False) -> set[str]:
    """Proper names and product names in ``item`` (a capital letter or a digit inside a
    word, not first in the text); with ``long_words``, also its longer ordinary words."""
    found: set[str] = set()
    words = _NAME.findall(item)
    for i, word in enumerate(words):
        word = word.strip("./-")
        if not word or word.isdigit():
            continue
        inner_capital = any(c.isupper() for c in word[1:])
        if inner_capital or (i > 0 and word[0].isupper()) or any(c.isdigit() for c in word):
            found.add(word)
        elif long_words and len(word) >= rules.FACT_WORD_MIN_LETTERS:
            found.add(word)
    if not found and words:
        # A text with no names at all ("python, postgres"): its words are the names.
        found = {w for w in words if len(w) >= 3 and not w.isdigit()}
    return found


def numbers_in(value: str) -> set[int]:
    """The whole numbers written in ``value``: "52,000", "52 000" and "52k" are 52000."""
    found: set[int] = set()
    for raw in _NUMBER.findall(value or ""):
        thousands = raw.rstrip().lower().endswith("k")
        digits = re.sub(r"\D", "", raw)
        if not digits or len(digits) > rules.FACT_NUMBER_MAX_DIGITS:
            continue
        found.add(int(digits) * (1000 if thousands else 1))
    return found


def _mentions(said: str, numbers: set[int], names: set[str], lg: str) -> bool:
    if numbers & numbers_in(said):
        return True
    number_words = _number_words(lg)
    lowered = said.casefold()
    for n in numbers:
        word = number_words.get(n)
        if word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            return True
    for name in names:
        pattern = re.escape(name.casefold())
        if len(name) >= rules.FACT_WORD_MIN_LETTERS and not any(c.isupper() for c in name):
            # An ordinary word matches its other forms: "insurance", "insured".
            pattern = re.escape(name.casefold()[: rules.MOTIVATION_STEM_LETTERS]) + r"\w*"
        if re.search(rf"(?<!\w){pattern}(?!\w)", lowered):
            return True
    return False


def _number_words(lg: str) -> dict[int, str]:
    words = [p.pattern for p in phrases(lg, "numbers")]
    # "-" stands for a number whose word is also a common word ("en" in Swedish and Danish).
    return {i: word.casefold() for i, word in enumerate(words) if word != "-"}

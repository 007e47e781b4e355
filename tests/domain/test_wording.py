"""Placeholders, the curated phrase lists and who leads a block: the pieces the coach's
content checks stand on."""

from __future__ import annotations

import json

import pytest

from meeting_planner.assets import resource
from meeting_planner.domain.balance import Segment, balance, bar_segments
from meeting_planner.domain.coach_wording import numbers_in
from meeting_planner.domain.model import AgendaBlock, BlockKind, Group, Meeting, Part, Participant
from meeting_planner.domain.panel import blocks_owned_by, leader
from meeting_planner.domain.placeholders import placeholders_in
from meeting_planner.domain.wording import LIST_NAMES, Phrase, find, phrases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stack: [de två viktigaste språken], [CI/CD]", ["[de två viktigaste språken]", "[CI/CD]"]),
        ("[Hiring manager's name]", ["[Hiring manager's name]"]),
        ("See [the wiki](https://wiki) for more", []),  # a Markdown link
        ("Reference [1] and [2024]", []),  # numbers only: not a placeholder
        ("Empty [] and [ ]", []),
        ("An array a[i] is fine", ["[i]"]),  # a letter in brackets still reads as one
        ("Nested [[x]] brackets", ["[x]"]),
        ("[" + "x" * 121 + "]", []),  # longer than a placeholder ever is
        ("", []),
    ],
)
def test_placeholders_are_short_bracketed_texts_with_a_letter(text: str, expected: list) -> None:
    assert placeholders_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Start date: TBD", ["TBD"]),
        ("Team lunch on Fridays: XXX", ["XXX"]),
        ("XX kr a month, tba.", ["XX", "tba"]),
        ("Salary: ???, [budget] and TODO", ["???", "[budget]", "TODO"]),
        ("[TBD]", ["[TBD]"]),  # one placeholder, not two
        ("FIXME: later; TBC", ["FIXME", "TBC"]),
        ("Salary XXkr, xxx", ["XX", "xxx"]),
        ("Salary: TODO\nTeam: ??", ["TODO", "??"]),
        ("XXL shirts, todos, Xavier, really??, a TBDs", []),  # words that only look alike
        # Cases and talking points that only mention such words.
        ("Bring your laptop: together we extend a small todo app in Python.", []),
        ("Case: a TODO list API; we use Todoist", []),
        ("Why does it matter??? Ask her.", []),
    ],
)
def test_unfinished_text_marks_count_as_placeholders(text: str, expected: list) -> None:
    assert placeholders_in(text) == expected


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_every_list_exists_in_every_language_and_vague_phrases_say_what_instead(
    language: str,
) -> None:
    data = json.loads(resource("coach", f"{language}.json").read_text("utf-8"))
    assert set(LIST_NAMES) <= set(data)
    vague = phrases(language, "vague")
    assert len(vague) >= 25
    assert all(p.instead.strip() for p in vague)
    assert len(phrases(language, "numbers")) == 11
    assert phrases(language, "dialogue_cues") and phrases(language, "generic_reasons")


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("en", "A competitive salary and various tasks", ["competitive salary", "various tasks"]),
        ("en", "Good work-life balance", ["good work life balance"]),
        ("en", "Competitive salaries", []),  # no wildcard there: whole words only
        (
            "sv",
            "Konkurrenskraftiga löner och en dynamisk miljö",
            ["konkurrenskraftig* lön*", "dynamisk* miljö"],
        ),
        ("sv", "Flexibla arbetstider", ["flexibla arbetstider"]),
        (
            "da",
            "Konkurrencedygtig løn og gode udviklingsmuligheder",
            ["konkurrencedygtig* løn*", "gode udviklingsmuligheder"],
        ),
        ("da", "Godt arbejdsmiljø", ["godt arbejdsmiljø"]),
    ],
)
def test_vague_phrases_match_whole_words_in_their_forms(
    language: str, text: str, found: list[str]
) -> None:
    assert [p.pattern for p in find(text, phrases(language, "vague"))] == found


def test_a_question_mark_is_a_dialogue_cue() -> None:
    assert find("What do you think?", phrases("en", "dialogue_cues"))
    assert find("Vad tycker du?", phrases("sv", "dialogue_cues"))
    assert not find("Our history since 1998.", phrases("en", "dialogue_cues"))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("SEK 52,000-64,000 a month", {52000, 64000}),
        ("52 000–64 000 kr", {52000, 64000}),
        ("52k to 64 k", {52000, 64000}),
        ("core hours 10-15", {10, 15}),
        ("no figures", set()),
    ],
)
def test_numbers_are_read_however_they_are_written(text: str, numbers: set[int]) -> None:
    assert numbers_in(text) == numbers


def _meeting() -> Meeting:
    return Meeting(
        participants=[
            Participant(name="Erik Lundgren", title="Engineering manager", part=Part.MANAGER),
            Participant(name="Aino Björk", title="Senior developer", part=Part.COLLEAGUE),
            Participant(name="Per Holm", title="Senior developer", part=Part.COLLEAGUE),
        ],
        agenda=[
            AgendaBlock("Pitch", BlockKind.PITCH, 20, "erik  lundgren"),
            AgendaBlock("Team", BlockKind.TEAM, 10, "Aino Björk"),
            AgendaBlock("Team", BlockKind.TEAM, 10, "Engineering Manager"),
            AgendaBlock("Case", BlockKind.CASE, 10, "Senior developer"),
        ],
    )


def test_a_lead_is_found_by_name_then_by_a_title_only_one_person_has() -> None:
    m = _meeting()
    assert leader(m, m.agenda[0]).name == "Erik Lundgren"  # case and spaces ignored
    assert leader(m, m.agenda[2]).name == "Erik Lundgren"  # by the title
    assert leader(m, m.agenda[3]) is None  # two people have that title
    assert blocks_owned_by(m, "ERIK LUNDGREN") == [m.agenda[0].id]


def test_only_team_time_a_colleague_leads_counts_as_selling() -> None:
    accounting = balance(_meeting())
    assert accounting.minutes[Group.TEAM] == 20
    assert (accounting.team_counted, accounting.team_uncounted) == (10, 10)
    assert accounting.selling == 30 and accounting.selling_share == pytest.approx(0.6)
    assert bar_segments(accounting.minutes, accounting.team_uncounted) == [
        Segment(Group.PITCH, 20, True),
        Segment(Group.TEAM, 10, True),
        Segment(Group.TEAM, 10, False),
        Segment(Group.CASE, 10, False),
    ]


def test_a_starred_word_keeps_its_whole_stem() -> None:
    phrase = Phrase("work* life")
    assert find("Works life, working life", (phrase,)) == [phrase]
    assert find("word life", (phrase,)) == [], "'wor' is not the stem 'work'"
    assert find("fieldwork life", (phrase,)) == [], "whole words only"


def _spellings(pattern: str) -> list[str]:
    """A phrase written as people and keyboards write it: any case, words joined by a
    hyphen, a Turkish dotted or dotless i, a long s, a starred word's ending."""
    words = [w[:-1] + "ande" if w.endswith("*") else w for w in pattern.split()]
    plain = " ".join(words)
    return [
        plain,
        plain.upper(),
        plain.title(),
        "-".join(words),
        plain.replace("i", "İ").replace("I", "İ"),
        plain.upper().replace("I", "ı"),
        plain.replace("s", "ſ"),
        f"Vi har {plain}, och mer.",
    ]


@pytest.mark.parametrize("language", ["en", "sv", "da"])
@pytest.mark.parametrize("name", LIST_NAMES)
def test_passing_over_a_phrase_early_never_changes_what_is_found(language: str, name: str) -> None:
    """find() skips the regular expression of a phrase whose words are not in the
    text; that must find exactly what the expression alone finds."""
    listed = phrases(language, name)
    texts = [spelling for phrase in listed for spelling in _spellings(phrase.pattern)]
    for text in texts:
        assert find(text, listed) == [p for p in listed if p.regex.search(text)], text


def test_a_phrase_beyond_the_western_letters_is_always_looked_for() -> None:
    """Greek final sigma matches sigma, which lower() does not show: such a phrase is
    never passed over."""
    phrase = Phrase("καλος μισθος")
    assert phrase.needs is None
    assert find("ένας καλοσ μισθοσ", (phrase,)) == [phrase]

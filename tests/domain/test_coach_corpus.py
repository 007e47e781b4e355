"""The coach against the corpus: sound plans stay at or above 90 in every language; each
flawed plan raises the findings it must, and a plan with a problem never reads as ready."""

from __future__ import annotations

import pytest
from coach_corpus import FLAWED, SOUND, Flawed

from meeting_planner.domain import rules
from meeting_planner.domain.coach import Severity, review

SOUND_FROM = 90


def test_the_corpus_is_large_and_covers_every_language() -> None:
    assert len(FLAWED) >= 20
    assert {name.rsplit("-", 1)[1] for name in SOUND} == {"en", "sv", "da"}
    assert len({flaw.name for flaw in FLAWED}) == len(FLAWED)


@pytest.mark.parametrize("name", sorted(SOUND))
def test_a_sound_plan_scores_at_least_90_and_reads_as_ready(name: str) -> None:
    result = review(SOUND[name]())
    assert result.score >= SOUND_FROM, [(f.id, f.message) for f in result.findings]
    assert result.readiness == "ready"
    assert not [f for f in result.findings if f.severity is Severity.PROBLEM]


@pytest.mark.parametrize("flaw", FLAWED, ids=[f.name for f in FLAWED])
def test_a_flawed_plan_raises_what_it_must_and_scores_below_a_sound_one(flaw: Flawed) -> None:
    result = review(flaw.build())
    found = {f.id for f in result.findings}
    assert flaw.must_raise <= found, sorted(found)
    assert result.score < rules.SCORE_MAX
    serious = [f for f in result.findings if f.severity is not Severity.INFO]
    if len(serious) >= 2:
        assert result.score < SOUND_FROM  # warnings add up
    if any(f.severity is Severity.PROBLEM for f in result.findings):
        assert result.score <= rules.SCORE_CAP_WITH_PROBLEM
        assert result.readiness == "not-ready"


@pytest.mark.parametrize("flaw", FLAWED, ids=[f.name for f in FLAWED])
def test_every_finding_names_its_source_and_a_target(flaw: Flawed) -> None:
    for finding in review(flaw.build()).findings:
        assert finding.id in rules.FINDING_SOURCES, finding.id
        assert finding.source, finding.id
        assert finding.target, finding.id


def test_findings_and_sources_come_in_the_plans_language() -> None:
    swedish = next(f for f in FLAWED if f.name == "Swedish template left unfilled").build()
    result = review(swedish)
    placeholder = next(f for f in result.findings if f.id == "placeholder")
    assert placeholder.message.startswith("Malltext finns kvar i ")
    assert placeholder.source == "Vår egen tumregel, inte en siffra från forskningen."
    danish = next(f for f in FLAWED if f.name == "vague offer in Danish").build()
    vague = [f for f in review(danish).findings if f.id == "vague-wording"]
    assert any("“gode personalegoder”" in f.message and "I stedet:" in f.message for f in vague)


def test_the_unfilled_template_names_each_place_once_and_the_people_carry_the_leads() -> None:
    swedish = next(f for f in FLAWED if f.name == "Swedish template left unfilled").build()
    placeholders = [f for f in review(swedish).findings if f.id == "placeholder"]
    targets = [f.target for f in placeholders]
    assert len(targets) == len(set(targets))
    people = next(f for f in placeholders if f.target == "participants")
    assert "[Rekryterande chefs namn]" in people.message
    assert "följer med till de block som personen leder" in people.message
    # A block whose only placeholder is its lead's name is covered by the people's finding.
    welcome = swedish.agenda[0]
    assert f"block:{welcome.id}" not in targets


def test_every_rule_in_the_sources_table_is_raised_somewhere() -> None:
    raised = set()
    for flaw in FLAWED:
        raised |= {f.id for f in review(flaw.build()).findings}
    never = set(rules.FINDING_SOURCES) - raised
    # These few are covered by the threshold tests in test_coach.py instead.
    assert never <= {
        "sell-share-high",
        "agenda-empty",
        "agenda-under-time",
        "case-undescribed",
        "criteria-too-many",
        "criteria-unranked",
        "offer-no-development",
        "offer-no-flexibility",
        "pitch-no-talking-points",
        "questions-share-low",
        "role-no-problems",
        "role-no-responsibilities",
        "role-no-stack",
        # Review comments: test_coach_comments.py.
        "comments-open",
    }, never

"""The shipped templates and libraries load, are complete, and the templates coach well."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from plan_filling import fill_in

from meeting_planner.assets import resource
from meeting_planner.domain import coach
from meeting_planner.domain import library as lib
from meeting_planner.domain.library import (
    CASE_FIELDS,
    DECLINE_QUESTION_IDS,
    ContentError,
    builtin_template,
    builtin_templates,
    case_task_from_idea,
    library,
)
from meeting_planner.domain.model import BlockKind, Language, Part, PitchTopic
from meeting_planner.domain.sample import sample_profile
from meeting_planner.domain.templates import meeting_from_template
from meeting_planner.exchange.reader import read_meeting_file

REQUIRED_TEMPLATES = ("candidate-meeting-60", "case-meeting-90", "senior-lead", "team-meeting")
COMMON_CRITERIA = (
    "problem_solving",
    "collaboration",
    "system_design",
    "code_quality",
    "ownership",
    "learning",
    "communication",
    "security_mindset",
    "user_focus",
    "data_literacy",
)
# What the brief for the content asks of a case idea: a short, focused task.
CASE_IDEA_MINUTES = (15, 40)
PASSING_SCORE = 85


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    caches = (lib._template_files, lib._template_data, lib._library)
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


@pytest.fixture
def fake_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_caches: None) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "library").mkdir()
    monkeypatch.setattr(lib, "resource", lambda *parts: tmp_path.joinpath(*parts))
    return tmp_path


def test_every_template_file_is_a_versioned_template_that_loads() -> None:
    files = sorted(resource("templates").glob("*.json"))
    assert len(files) >= len(REQUIRED_TEMPLATES)
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == "meeting-planner/template", path.name
        assert document["version"] == 1, path.name
        name, lang = path.name.removesuffix(".json").rsplit(".", 1)
        template = builtin_template(name, Language(lang))
        assert template is not None and template.name == name
        assert template.language == Language(lang)
    assert len(builtin_templates()) == len(files)


def test_every_template_file_opens_as_a_meeting_file(tmp_path: Path) -> None:
    for path in sorted(resource("templates").glob("*.json")):
        copy = tmp_path / path.name.replace(".json", ".meeting.json")
        copy.write_bytes(path.read_bytes())
        opened = read_meeting_file(copy)
        name, lang = path.name.removesuffix(".json").rsplit(".", 1)
        loaded = builtin_template(name, Language(lang))
        assert loaded is not None
        assert opened.meeting.agenda == loaded.meeting.agenda, path.name


def test_the_four_templates_exist_in_english_sorted_and_marked_builtin() -> None:
    templates = builtin_templates(Language.EN)
    names = [t.name for t in templates]
    assert names == sorted(names)
    assert set(REQUIRED_TEMPLATES) <= set(names)
    assert all(t.builtin and t.title and t.description for t in templates)


def test_a_language_given_as_plain_text_is_understood(fresh_caches: None) -> None:
    template = builtin_template("senior-lead", "en")  # type: ignore[arg-type]
    assert template is not None and template.language == Language.EN
    assert library("en").language == Language.EN  # type: ignore[arg-type]


def test_a_missing_translation_falls_back_to_english(fake_resources: Path) -> None:
    source = resource("templates", "team-meeting.en.json")
    (fake_resources / "templates" / source.name).write_bytes(source.read_bytes())
    template = builtin_template("team-meeting", Language.DA)
    assert template is not None and template.language == Language.EN
    assert builtin_template("no-such-template") is None
    assert [t.name for t in builtin_templates(Language.SV)] == [
        t.name for t in builtin_templates(Language.EN)
    ]


def test_changing_a_loaded_template_does_not_change_the_next_one() -> None:
    first = builtin_template("candidate-meeting-60")
    assert first is not None
    first.meeting.agenda.clear()
    again = builtin_template("candidate-meeting-60")
    assert again is not None and again.meeting.agenda


@pytest.mark.parametrize("name", REQUIRED_TEMPLATES)
def test_template_plan_is_complete(name: str) -> None:
    template = builtin_template(name)
    assert template is not None
    meeting = template.meeting
    assert meeting.agenda_minutes == meeting.planned_minutes
    assert meeting.agenda[0].kind == BlockKind.WELCOME
    assert meeting.agenda[-1].kind == BlockKind.NEXT_STEPS
    for block in meeting.agenda:
        assert block.title and block.owner and block.talking_points, block.title
        assert (block.topic is not None) == (block.kind == BlockKind.PITCH), block.title
    assert 4 <= len(meeting.criteria) <= 6
    assert [c.rank for c in meeting.criteria] == list(range(1, len(meeting.criteria) + 1))
    assert all(c.description and c.good_evidence for c in meeting.criteria)
    parts = {p.part for p in meeting.participants}
    assert Part.MANAGER in parts and Part.COLLEAGUE in parts
    assert not meeting.case.is_empty and meeting.case.observe
    # Templates leave the role and the offer to the employer profile or the user.
    assert not meeting.role.tech_stack and not meeting.offer.salary.is_set


@pytest.mark.parametrize("name", REQUIRED_TEMPLATES)
def test_template_with_role_and_offer_filled_in_scores_well(name: str) -> None:
    template = builtin_template(name)
    assert template is not None
    meeting = meeting_from_template(
        template,
        candidate_name="Alex Doe",
        role_title="Backend developer",
        start=datetime(2025, 3, 4, 10, 0),
        profile=sample_profile(),
    )
    meeting.role = replace(
        meeting.role,
        responsibilities=["Build and run the order service"],
        problems=["Checkout slows down at peak hours"],
    )
    fill_in(meeting)
    review = coach.review(meeting)
    assert review.score >= PASSING_SCORE, [(f.id, f.message) for f in review.findings]


def test_library_ids_are_unique() -> None:
    lib_en = library()
    ids = [p.id for points in lib_en.talking_points.values() for p in points]
    ids += [idea.id for idea in lib_en.case_ideas]
    ids += [q.id for qs in lib_en.dialogue_questions.values() for q in qs]
    ids += [q.id for q in lib_en.decline_questions]
    assert len(ids) == len(set(ids))


def test_every_pitch_topic_has_four_to_six_talking_points() -> None:
    points = library().talking_points
    for topic in PitchTopic:
        assert 4 <= len(points.get(topic, ())) <= 6, topic
        assert all(p.text.strip() for p in points[topic])


def test_case_ideas_cover_each_field_with_every_part_filled() -> None:
    lib_en = library()
    low, high = CASE_IDEA_MINUTES
    for case_field in CASE_FIELDS:
        ideas = lib_en.case_ideas_for(case_field)
        assert len(ideas) >= 2, case_field
        assert {idea.field for idea in ideas} == {case_field}
        for idea in ideas:
            assert idea.title and idea.brief and idea.prepare and idea.real_work, idea.id
            assert idea.materials and idea.observe, idea.id
            assert low <= idea.minutes <= high, idea.id
    assert {idea.field for idea in lib_en.case_ideas} <= set(CASE_FIELDS)


def test_a_case_idea_becomes_an_editable_case_task() -> None:
    idea = library().case_ideas_for("it_security")[0]
    task = case_task_from_idea(idea)
    assert (task.title, task.minutes, task.real_work) == (idea.title, idea.minutes, idea.real_work)
    task.materials.append("A note of our own")
    assert len(idea.materials) == len(task.materials) - 1


def test_dialogue_questions_for_common_criteria() -> None:
    questions = library().dialogue_questions
    for criterion in COMMON_CRITERIA:
        assert 3 <= len(questions.get(criterion, ())) <= 5, criterion
        assert all(q.criterion == criterion and "?" in q.text for q in questions[criterion])


def test_the_six_declined_offer_questions_in_order() -> None:
    questions = library().decline_questions
    assert tuple(q.id for q in questions) == DECLINE_QUESTION_IDS
    assert all(q.text.endswith("?") for q in questions)


def test_library_in_a_language_without_content_falls_back_to_english(
    fake_resources: Path,
) -> None:
    source = resource("library", "en.json")
    (fake_resources / "library" / "en.json").write_bytes(source.read_bytes())
    assert library(Language.SV).language == Language.EN
    assert library(Language.SV) is library(Language.EN)


def test_a_file_in_the_wrong_format_is_reported(fake_resources: Path) -> None:
    (fake_resources / "templates" / "odd.en.json").write_text(
        json.dumps({"format": "something-else", "version": 1}), encoding="utf-8"
    )
    (fake_resources / "library" / "en.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ContentError, match="odd.en.json"):
        builtin_template("odd")
    with pytest.raises(ContentError, match="en.json"):
        library()


def test_a_translation_is_preferred_when_it_exists(fake_resources: Path) -> None:
    source = resource("templates", "team-meeting.en.json")
    document = json.loads(source.read_text(encoding="utf-8"))
    (fake_resources / "templates" / source.name).write_text(json.dumps(document), encoding="utf-8")
    document["template"]["language"] = "sv"
    document["template"]["title"] = "Möte med teamet"
    (fake_resources / "templates" / "team-meeting.sv.json").write_text(
        json.dumps(document), encoding="utf-8"
    )
    swedish = builtin_template("team-meeting", Language.SV)
    assert swedish is not None and swedish.title == "Möte med teamet"
    assert len(builtin_templates()) == 2
    assert [t.language for t in builtin_templates(Language.DA)] == [Language.EN]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "something-else", "version": 1}, "is not a meeting-planner/template file"),
        ({"format": "meeting-planner/template", "version": 2}, "has version 2"),
        ({"format": "meeting-planner/template", "version": 1}, "holds no template"),
        (
            {"format": "meeting-planner/template", "version": 1, "template": {"meeting": {}}},
            "names its template None",
        ),
    ],
)
def test_a_template_file_says_what_is_wrong_with_it(
    fake_resources: Path, document: dict, message: str
) -> None:
    (fake_resources / "templates" / "odd.en.json").write_text(json.dumps(document), "utf-8")
    with pytest.raises(ContentError, match=f"^odd.en.json {message}"):
        builtin_template("odd")


def test_files_that_are_no_template_of_ours_are_passed_over(fake_resources: Path) -> None:
    source = resource("templates", "team-meeting.en.json")
    folder = fake_resources / "templates"
    for name in ("team-meeting.en.json", "team-meeting.fr.json", "sv.json"):
        (folder / name).write_bytes(source.read_bytes())
    assert [(t.name, t.language) for t in builtin_templates()] == [("team-meeting", Language.EN)]

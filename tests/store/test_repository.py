"""Saving, reading, listing and finding meetings, templates, the profile and settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from store_helpers import full_meeting

from meeting_planner.domain.model import Candidate, Language, Meeting
from meeting_planner.domain.templates import EmployerProfile, template_from_meeting
from meeting_planner.store import AmbiguousId, Store, StoreError, UnknownMeeting, data_dir


def test_a_full_meeting_comes_back_equal_after_reopening(store_dir: Path) -> None:
    meeting = full_meeting(3)
    with Store(store_dir) as store:
        store.meetings.save(meeting)
    with Store(store_dir) as store:
        assert store.meetings.get(meeting.id) == meeting
        (summary,) = store.meetings.list()
    assert summary.candidate == "Åsa Lindqvist 3"
    assert summary.role == "Backend Engineer"
    assert summary.feedback_due == meeting.feedback_due
    assert summary.feedback_sent is True


def test_an_edit_replaces_the_meeting_and_its_summary(store_dir: Path) -> None:
    meeting = full_meeting()
    with Store(store_dir) as store:
        store.meetings.save(meeting)
        edited = store.meetings.get(meeting.id)
        edited.candidate.name = "Noor Haddad"
        edited.agenda.pop()
        store.meetings.save(edited)
        assert len(store.meetings) == 1
    with Store(store_dir) as store:
        assert store.meetings.get(meeting.id) == edited
        assert [s.candidate for s in store.meetings.list()] == ["Noor Haddad"]


def test_changing_a_returned_meeting_does_not_change_the_store(store_dir: Path) -> None:
    with Store(store_dir) as store:
        meeting = full_meeting()
        store.meetings.save(meeting)
        meeting.title = "not saved"
        store.meetings.get(meeting.id).agenda.clear()
        assert store.meetings.get(meeting.id).title == "Backend engineer meeting 0"
        assert len(store.meetings.get(meeting.id).agenda) == 4


def test_list_is_sorted_by_start_then_id(store_dir: Path) -> None:
    late, early = full_meeting(5), full_meeting(1)
    twin = replace(full_meeting(1), id="000000000000")
    with Store(store_dir) as store:
        store.meetings.save_many([late, early, twin])
        assert [s.id for s in store.meetings.list()] == ["000000000000", early.id, late.id]


def test_find_by_candidate_ignores_case_and_matches_part_of_the_name(store_dir: Path) -> None:
    meetings = [
        full_meeting(1, candidate="Åsa Lindqvist"),
        full_meeting(2, candidate="Lars Åsander"),
        full_meeting(3, candidate="Mika Virtanen"),
    ]
    with Store(store_dir) as store:
        store.meetings.save_many(meetings)
        found = store.meetings.find_by_candidate("ÅSA")
        assert [s.candidate for s in found] == ["Åsa Lindqvist", "Lars Åsander"]
        assert store.meetings.find_by_candidate("nobody") == []


def test_resolve_takes_a_unique_prefix_and_explains_the_others(store_dir: Path) -> None:
    a = replace(full_meeting(1), id="abc111111111")
    b = replace(full_meeting(2), id="abc222222222")
    with Store(store_dir) as store:
        store.meetings.save_many([a, b])
        assert store.meetings.resolve("abc1") == a.id
        assert store.meetings.resolve(b.id) == b.id
        with pytest.raises(AmbiguousId) as ambiguous:
            store.meetings.resolve("abc")
        assert "abc111111111" in str(ambiguous.value) and "abc222222222" in str(ambiguous.value)
        with pytest.raises(UnknownMeeting, match="'zzz'"):
            store.meetings.resolve("zzz")
        with pytest.raises(UnknownMeeting):
            store.meetings.resolve("")
    many = [f"abd{n}00000000" for n in range(7)]
    assert str(AmbiguousId("abd", many)) == (
        f"'abd' matches 7 meetings ({', '.join(many[:5])}, ...); type more of the id."
    )


def test_delete_removes_the_meeting_for_good(store_dir: Path) -> None:
    keep, drop = full_meeting(1), full_meeting(2)
    with Store(store_dir) as store:
        store.meetings.save_many([keep, drop])
        store.meetings.delete(drop.id)
        assert not store.meetings.exists(drop.id)
        with pytest.raises(UnknownMeeting):
            store.meetings.delete(drop.id)
    with Store(store_dir) as store:
        assert [s.id for s in store.meetings.list()] == [keep.id]
        assert len(store.meetings) == 1
        with pytest.raises(UnknownMeeting, match=drop.id):
            store.meetings.get(drop.id)


def test_save_many_stores_new_and_changed_meetings_at_once(store_dir: Path) -> None:
    old = [full_meeting(n) for n in range(40)]
    with Store(store_dir) as store:
        store.meetings.save_many(old)
        changed = [replace(m, title=f"changed {m.id}") for m in old[:10]]
        new = [full_meeting(n) for n in range(40, 60)]
        store.meetings.save_many(changed + new)
    with Store(store_dir) as store:
        assert len(store.meetings) == 60
        assert store.meetings.get(old[3].id).title == f"changed {old[3].id}"
        assert store.meetings.get(old[30].id) == old[30]
        assert store.meetings.get(new[5].id) == new[5]
        assert len({s.id for s in store.meetings.list()}) == 60


def test_many_meetings_keep_apart_when_shards_are_evicted(store_dir: Path) -> None:
    meetings = [Meeting(title=f"m{n}", candidate=Candidate(name=f"c{n}")) for n in range(300)]
    with Store(store_dir) as store:
        store.meetings.save_many(meetings)
        for meeting in meetings[::7]:
            assert store.meetings.get(meeting.id) == meeting


def test_templates_profile_and_settings_survive_a_restart(store_dir: Path) -> None:
    template = template_from_meeting(full_meeting(), name="backend", title="Backend")
    profile = EmployerProfile(company="Nordlys AB", values=["Openness"], tech_stack=["Go"])
    with Store(store_dir) as store:
        store.templates.save(template)
        store.templates.save(replace(template, language=Language.DA, title="Backend DK"))
        store.templates.save(replace(template, title="Backend, renamed"))
        store.profile.save(profile)
        store.settings.set("recent", ["a", "b"])
        store.settings.set("recent", ["c"])
        with pytest.raises(StoreError, match="cannot be saved"):
            store.settings.set("bad", object())
    with Store(store_dir) as store:
        titles = [(t.language, t.title) for t in store.templates.list()]
        assert titles == [(Language.DA, "Backend DK"), (Language.SV, "Backend, renamed")]
        assert store.templates.get("backend", Language.SV) == replace(
            template, title="Backend, renamed"
        )
        assert store.templates.get("backend", Language.EN) is None
        store.templates.delete("backend", Language.DA)
        assert store.profile.get() == profile
        assert store.settings.get("recent") == ["c"]
        assert store.settings.get("missing", 7) == 7
    with Store(store_dir) as store:
        assert [t.language for t in store.templates.list()] == [Language.SV]


def test_a_new_store_has_an_empty_profile(store_dir: Path) -> None:
    with Store(store_dir) as store:
        assert store.profile.get() == EmployerProfile()
        assert store.meetings.list() == []


def test_data_dir_prefers_the_option_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEETING_PLANNER_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert (tmp_path / "explicit").is_dir()
    assert data_dir(None) == tmp_path / "from-env"
    assert (tmp_path / "from-env").is_dir()
    monkeypatch.delenv("MEETING_PLANNER_DATA_DIR")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda name: str(tmp_path / name))
    assert data_dir(None) == tmp_path / "meeting-planner"


def test_a_closed_store_refuses_changes(store_dir: Path) -> None:
    store = Store(store_dir)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.meetings.save(full_meeting())


def test_names_are_kept_as_readable_text_in_the_files(store_dir: Path) -> None:
    # Written as UTF-8, not escaped: a search of the files for a name (as the
    # erasure tests make) finds it wherever it is.
    meeting = full_meeting(1, candidate="Åsa Öberg")
    with Store(store_dir) as store:
        store.meetings.save(meeting)
    holding = [p.name for p in store_dir.rglob("*.json") if "Åsa Öberg".encode() in p.read_bytes()]
    assert holding and all(name.startswith(("meetings-", "index-")) for name in holding)


def test_a_setting_deleted_is_gone_after_a_restart(store_dir: Path) -> None:
    with Store(store_dir) as store:
        store.settings.set("ui_language", "da")
        store.settings.set("kept", 1)
        store.settings.delete("ui_language")
        store.settings.delete("never-set")  # nothing to do, and no error
    with Store(store_dir) as store:
        assert store.settings.get("ui_language") is None
        assert store.settings.get("kept") == 1

"""The store's format version: older stores are upgraded step by step, newer ones refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_helpers import full_meeting, snapshot

from meeting_planner.store import Store, StoreError, schema


def _prefix_titles(raw: schema.RawStore) -> None:
    for doc in schema.meeting_documents(raw):
        doc["title"] = "Upgraded: " + doc["title"]
        doc["candidate"]["name"] = doc["candidate"]["name"].upper()


NOW = schema.CURRENT_VERSION
NEXT = NOW + 1


def _pretend_next_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "CURRENT_VERSION", NEXT)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, NOW: _prefix_titles})


def _set_version(store_dir: Path, version: int) -> None:
    meta = store_dir / "meta.json"
    content = json.loads(meta.read_text())
    content["schema"]["1"]["version"] = version
    meta.write_text(json.dumps(content))


def test_an_older_store_is_upgraded_once_and_keeps_a_backup(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings = [full_meeting(n) for n in range(12)]
    with Store(store_dir) as store:
        store.meetings.save_many(meetings)
    _pretend_next_version(monkeypatch)
    with Store(store_dir) as store:
        assert store.schema_version == NEXT
        got = store.meetings.get(meetings[4].id)
        assert got.title == "Upgraded: Backend engineer meeting 4"
        found = store.meetings.find_by_candidate("ÅSA LINDQVIST 4")
        assert [s.id for s in found] == [meetings[4].id]
        assert all(s.title.startswith("Upgraded: ") for s in store.meetings.list())
    # backups/ holds the upgraded state as the newest copy and the old one before it.
    new_meta = json.loads((store_dir / "backups" / "meta.json.1").read_text())
    old_meta = json.loads((store_dir / "backups" / "meta.json.2").read_text())
    assert new_meta["schema"]["1"]["version"] == NEXT
    assert old_meta["schema"]["1"]["version"] == NOW
    with Store(store_dir) as store:
        assert store.meetings.get(meetings[4].id).title == "Upgraded: Backend engineer meeting 4"


def test_read_only_upgrades_in_memory_without_touching_files(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = full_meeting()
    with Store(store_dir) as store:
        store.meetings.save(meeting)
    before = snapshot(store_dir)
    _pretend_next_version(monkeypatch)
    with Store(store_dir, read_only=True) as viewer:
        assert viewer.meetings.get(meeting.id).title.startswith("Upgraded: ")
        assert viewer.meetings.list()[0].title.startswith("Upgraded: ")
    assert snapshot(store_dir) == before


def test_a_store_from_a_newer_app_is_refused_untouched(store_dir: Path) -> None:
    with Store(store_dir) as store:
        store.meetings.save(full_meeting())
    _set_version(store_dir, 99)
    before = snapshot(store_dir)
    with pytest.raises(StoreError, match="newer Meeting Planner") as refused:
        Store(store_dir)
    assert "format 99" in str(refused.value)
    assert snapshot(store_dir) == before
    # The failed open released its lock: trying again gives the same answer, not "locked".
    with pytest.raises(StoreError, match="newer Meeting Planner"):
        Store(store_dir)
    assert snapshot(store_dir) == before


def test_a_missing_upgrade_step_is_refused_untouched(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(store_dir) as store:
        store.meetings.save(full_meeting())
    before = snapshot(store_dir)
    monkeypatch.setattr(schema, "CURRENT_VERSION", NEXT + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, NOW: _prefix_titles})
    with pytest.raises(StoreError, match=f"from format {NEXT}"):
        Store(store_dir)
    assert snapshot(store_dir) == before


def _as_format_1(store_dir: Path, profile_country: str | None = None) -> None:
    """Rewrite a store as format 1 wrote it: meetings without a country."""
    for path in store_dir.glob("meetings-*.json"):
        content = json.loads(path.read_text())
        for doc in content.get("meetings", {}).values():
            doc.pop("country", None)
        path.write_text(json.dumps(content))
    meta = store_dir / "meta.json"
    content = json.loads(meta.read_text())
    content["schema"]["1"]["version"] = 1
    if profile_country is not None:
        content["profile"] = {"1": {"profile": {"company": "Nordvik", "country": profile_country}}}
    meta.write_text(json.dumps(content))


def test_format_2_gives_every_stored_meeting_a_country_and_working_day_deadlines(
    store_dir: Path,
) -> None:
    from datetime import datetime

    from meeting_planner.domain.model import Language

    swedish, danish, english = full_meeting(1), full_meeting(2), full_meeting(3)
    for meeting, language in (
        (swedish, Language.SV),
        (danish, Language.DA),
        (english, Language.EN),
    ):
        meeting.language = language
        meeting.start, meeting.ended_at = datetime(2026, 12, 23, 10, 0), None
        meeting.planned_minutes = 60
    with Store(store_dir) as store:
        store.meetings.save_many([swedish, danish, english])
    _as_format_1(store_dir)
    with Store(store_dir) as store:
        assert store.schema_version == schema.CURRENT_VERSION
        countries = {m.id: store.meetings.get(m.id).country for m in (swedish, danish, english)}
        assert countries == {swedish.id: "SE", danish.id: "DK", english.id: ""}
        # The index was rebuilt with the deadlines of the new rule: after Christmas.
        due = {s.id: s.feedback_due for s in store.meetings.list()}
        assert due[swedish.id] == datetime(2026, 12, 29, 11, 0)
        assert due[english.id] == datetime(2026, 12, 25, 11, 0)  # weekends only


def test_format_2_takes_the_employer_profiles_country_first(store_dir: Path) -> None:
    from meeting_planner.domain.model import Language

    english = full_meeting(4)
    english.language = Language.EN
    with Store(store_dir) as store:
        store.meetings.save(english)
    _as_format_1(store_dir, profile_country="SE")
    with Store(store_dir, read_only=True) as viewer:
        assert viewer.meetings.get(english.id).country == "SE"


def test_format_3_names_a_criterions_guidance_good_evidence(store_dir: Path) -> None:
    """A store written before the rename: criteria of meetings and of saved templates
    kept "evidence"; after the upgrade it is "good_evidence", nothing lost."""
    from meeting_planner.domain.templates import Template

    meeting = full_meeting(5)
    meeting.criteria[0].good_evidence = "Names a real case"
    with Store(store_dir) as store:
        store.meetings.save(meeting)
        store.templates.save(Template(name="Mine", title="Mine", meeting=meeting))
    for path in [*store_dir.glob("meetings-*.json"), store_dir / "meta.json"]:
        text = path.read_text().replace('"good_evidence"', '"evidence"')
        path.write_text(text)
    meta = store_dir / "meta.json"
    content = json.loads(meta.read_text())
    content["schema"]["1"]["version"] = 2
    meta.write_text(json.dumps(content))
    with Store(store_dir) as store:
        assert store.schema_version == schema.CURRENT_VERSION >= 3
        assert store.meetings.get(meeting.id).criteria[0].good_evidence == "Names a real case"
        (template,) = store.templates.list()
        assert template.meeting.criteria[0].good_evidence == "Names a real case"
    for path in store_dir.glob("meetings-*.json"):
        for doc in json.loads(path.read_text())["meetings"].values():
            assert all("evidence" not in c for c in doc["criteria"])


def test_a_store_from_before_the_company_opens_and_reads_it_as_empty(store_dir: Path) -> None:
    """The company came without a format step: a meeting or template stored without one
    reads with an empty company, and the next save writes it."""
    from meeting_planner.domain.templates import Template

    meeting = full_meeting(6)
    with Store(store_dir) as store:
        store.meetings.save(meeting)
        store.templates.save(Template(name="Mine", title="Mine", meeting=meeting))
    for path in [*store_dir.glob("meetings-*.json"), store_dir / "meta.json"]:
        text = path.read_text()
        assert '"company":"Kvarnbo Bank",' in text
        path.write_text(text.replace('"company":"Kvarnbo Bank",', ""))
    with Store(store_dir) as store:
        assert store.schema_version == schema.CURRENT_VERSION
        stored = store.meetings.get(meeting.id)
        assert stored.role.company == "" and stored.role.team == "Payments"
        (template,) = store.templates.list()
        assert template.meeting.role.company == ""
        stored.role.company = "Kvarnbo Bank"
        store.meetings.save(stored)
    with Store(store_dir) as store:
        assert store.meetings.get(meeting.id).role.company == "Kvarnbo Bank"

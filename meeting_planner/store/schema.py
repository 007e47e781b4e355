"""The store's format version and the steps that bring an older store up to date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..domain.phrases import mark
from .errors import StoreError
from .paths import META_FILE

# The format this version of the app writes. Raise it together with a new entry
# in MIGRATIONS whenever the shape of stored data changes.
CURRENT_VERSION = 3

# A whole store in memory: file name -> that file's TinyDB content
# ({table name: {document id: document}}).
RawStore = dict[str, dict[str, Any]]
Migration = Callable[[RawStore], None]


def _country_on_every_meeting(raw: RawStore) -> None:
    """2: every meeting names the country whose public holidays its deadlines skip: the
    employer profile's, else its language's (Swedish: SE, Danish: DK). An English
    meeting of a profile without one counts weekends only until a country is chosen."""
    from ..domain.workdays import default_country, normal_country

    rows = raw.get(META_FILE, {}).get("profile", {})
    row = rows.get("1", {}) if isinstance(rows, dict) else {}
    profile = row.get("profile", {}) if isinstance(row, dict) else {}
    profile_country = normal_country(profile.get("country") if isinstance(profile, dict) else "")
    for doc in meeting_documents(raw):
        if "country" not in doc:
            doc["country"] = default_country(str(doc.get("language", "en")), profile_country)


def _good_evidence_by_its_name(raw: RawStore) -> None:
    """3: a criterion's "evidence", what good evidence looks like, is "good_evidence", so
    no one takes planning guidance for what was observed (that is a rating's evidence).
    Meetings and the user's templates alike."""
    for doc in [*meeting_documents(raw), *template_meetings(raw)]:
        for criterion in doc.get("criteria", []):
            if isinstance(criterion, dict) and "evidence" in criterion:
                criterion.setdefault("good_evidence", criterion.pop("evidence"))


# from_version -> the step that turns a store of that version into from_version + 1,
# changing the raw content in place.
MIGRATIONS: dict[int, Migration] = {1: _country_on_every_meeting, 2: _good_evidence_by_its_name}


def check_version(version: int, where: str) -> None:
    """Refuse a store this app cannot read, before anything is changed."""
    if version > CURRENT_VERSION:
        raise StoreError(
            mark(
                "The meetings in {where} were saved by a newer Meeting Planner (store format "
                "{version}; this one reads up to {current}). Update Meeting Planner "
                "to open them; nothing has been changed."
            ),
            where=where,
            version=version,
            current=CURRENT_VERSION,
        )
    if version < 1:
        raise StoreError(
            mark("The store in {where} has an unknown format version ({version})."),
            where=where,
            version=version,
        )


def migrate(raw: RawStore, version: int, where: str) -> list[int]:
    """Apply every step from ``version`` to CURRENT_VERSION; returns the versions passed."""
    check_version(version, where)
    passed = []
    while version < CURRENT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(
                mark(
                    "No way to upgrade the store in {where} from format {version}; "
                    "nothing has been changed."
                ),
                where=where,
                version=version,
            )
        step(raw)
        passed.append(version)
        version += 1
    return passed


def meeting_documents(raw: RawStore) -> Iterator[dict[str, Any]]:
    """Every stored meeting document, for migration steps that change meetings."""
    for name, content in raw.items():
        if name.startswith("meetings-"):
            yield from content.get("meetings", {}).values()


def template_meetings(raw: RawStore) -> Iterator[dict[str, Any]]:
    """The plan of every template the user saved, for steps that change meetings."""
    for content in raw.values():
        for row in content.get("templates", {}).values():
            template = row.get("template", row) if isinstance(row, dict) else None
            meeting = template.get("meeting") if isinstance(template, dict) else None
            if isinstance(meeting, dict):
                yield meeting

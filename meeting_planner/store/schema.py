"""The store's format version and the steps that bring an older store up to date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .errors import StoreError
from .paths import META_FILE

# The format this version of the app writes. Raise it together with a new entry
# in MIGRATIONS whenever the shape of stored data changes.
CURRENT_VERSION = 2

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


# from_version -> the step that turns a store of that version into from_version + 1,
# changing the raw content in place.
MIGRATIONS: dict[int, Migration] = {1: _country_on_every_meeting}


def check_version(version: int, where: str) -> None:
    """Refuse a store this app cannot read, before anything is changed."""
    if version > CURRENT_VERSION:
        raise StoreError(
            f"The meetings in {where} were saved by a newer Meeting Planner (store format "
            f"{version}; this one reads up to {CURRENT_VERSION}). Update Meeting Planner "
            "to open them; nothing has been changed."
        )
    if version < 1:
        raise StoreError(f"The store in {where} has an unknown format version ({version}).")


def migrate(raw: RawStore, version: int, where: str) -> list[int]:
    """Apply every step from ``version`` to CURRENT_VERSION; returns the versions passed."""
    check_version(version, where)
    passed = []
    while version < CURRENT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(
                f"No way to upgrade the store in {where} from format {version}; "
                "nothing has been changed."
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

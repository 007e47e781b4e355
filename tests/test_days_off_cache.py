"""The days off kept between runs: worked out once with the holidays package, then read
from the cache folder; a damaged, foreign or unwritable cache only costs the time."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from meeting_planner import days_off_cache
from meeting_planner.days_off_cache import DaysOffFile
from meeting_planner.domain import workdays

CHRISTMAS = date(2026, 12, 25)
EPIPHANY = date(2026, 1, 6)


@pytest.fixture(autouse=True)
def _no_keeper_afterwards():
    yield
    workdays.keep_days_off_in(None)


def _no_holidays_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, importing the holidays package fails: what is known must come
    from the cache."""
    for name in [m for m in sys.modules if m == "holidays" or m.startswith("holidays.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "holidays", None)


def test_days_worked_out_once_are_read_back_without_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "stamp"))
    worked_out = workdays.days_off("SE", 2026)
    assert {CHRISTMAS, EPIPHANY} <= worked_out
    (kept,) = tmp_path.glob("days-off-*.json")
    assert oct(kept.stat().st_mode & 0o777) == "0o600"

    _no_holidays_package(monkeypatch)
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "stamp"))  # as the next run would
    assert workdays.days_off("SE", 2026) == worked_out
    with pytest.raises(ImportError):
        workdays.days_off("DK", 2026)  # never worked out: the package is needed


def test_a_country_the_package_does_not_know_is_kept_as_weekends_only(tmp_path: Path) -> None:
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "stamp"))
    assert workdays.days_off("QQ", 2026) == frozenset()
    assert DaysOffFile(tmp_path, "stamp").get(workdays.days_off_key("QQ", 2026)) == frozenset()


def test_the_key_names_the_categories_the_rules_count(monkeypatch: pytest.MonkeyPatch) -> None:
    assert workdays.days_off_key("SE", 2026) == "SE:2026:public+de_facto"
    assert workdays.days_off_key("NO", 2027) == "NO:2027:public"


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        json.dumps({"format": 99, "days": {"SE:2026:public+de_facto": []}}).encode(),
        json.dumps({"format": 1, "days": {"SE:2026:public+de_facto": "2026-12-25"}}).encode(),
        json.dumps({"format": 1, "days": {"SE:2026:public+de_facto": ["2026-13-45"]}}).encode(),
        b" " * (days_off_cache.MAX_BYTES + 1),
    ],
    ids=["not-json", "list", "other-format", "text-not-list", "no-date", "too-big"],
)
def test_a_damaged_cache_is_worked_out_again_and_rewritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "days-off-stamp.json"
    path.write_bytes(content)
    path.chmod(0o600)
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "stamp"))
    assert CHRISTMAS in workdays.days_off("SE", 2026)
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert "2026-12-25" in kept["days"]["SE:2026:public+de_facto"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_cache_file_others_may_change_is_not_believed(tmp_path: Path) -> None:
    path = tmp_path / "days-off-stamp.json"
    lie = {"format": 1, "days": {"SE:2026:public+de_facto": ["2026-12-02"]}}
    path.write_text(json.dumps(lie), encoding="utf-8")
    path.chmod(0o666)
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "stamp"))
    days = workdays.days_off("SE", 2026)
    assert CHRISTMAS in days and date(2026, 12, 2) not in days


def test_an_unwritable_cache_folder_only_costs_the_time(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    workdays.keep_days_off_in(DaysOffFile(blocked, "stamp"))
    assert CHRISTMAS in workdays.days_off("SE", 2026)


def test_a_new_package_version_starts_a_new_file_and_drops_the_old(tmp_path: Path) -> None:
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "old"))
    workdays.days_off("SE", 2026)
    workdays.keep_days_off_in(DaysOffFile(tmp_path, "new"))
    workdays.days_off("SE", 2026)
    assert [p.name for p in tmp_path.glob("days-off-*.json")] == ["days-off-new.json"]


def test_the_stamp_names_the_installed_package_without_importing_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [m for m in sys.modules if m == "holidays" or m.startswith("holidays.")]:
        monkeypatch.delitem(sys.modules, name)
    stamp = days_off_cache.package_stamp()
    assert stamp is not None and len(stamp) == 8
    assert "holidays" not in sys.modules
    assert days_off_cache.package_stamp() == stamp

"""The UI under test starts as the app does: with its language installed (English, whose
translation holds the plural forms of texts with a count)."""

from __future__ import annotations

import pytest

from meeting_planner.ui import i18n


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_app_starts(qapp) -> None:
    i18n.install(i18n.ENGLISH)

"""The UI under test starts as the app does: with its language installed (English, whose
translation holds the plural forms of texts with a count). The Qt tests share one
QApplication: a test must leave its event loop able to run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from meeting_planner.ui.shared import i18n


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_app_starts(qapp) -> None:
    i18n.install(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _event_loop_still_runs(qapp: QApplication):
    """Fail the test that leaves Qt quitting, instead of the tests after it.

    QCoreApplication.exit() outside a running loop (say, a quit request left queued
    after app.exec() returned, handled by pytest-qt's processEvents after the test)
    marks the thread as quitting. From then on every QEventLoop returns at once, so
    qtbot.wait, waitSignal and waitUntil stop processing events and timers never
    fire: a dozen unrelated tests later time out. Only QApplication.exec() clears the
    mark, so after naming the culprit this runs one empty exec() to clear it.
    """
    yield
    probe = QEventLoop()
    QTimer.singleShot(0, probe.quit)
    if probe.exec() == 0:
        return
    QTimer.singleShot(0, lambda: qapp.exit(0))
    qapp.exec()
    pytest.fail("the test left Qt quitting: every later event loop would return at once")

"""The UI under test starts as the app does: with its language installed (English, whose
translation holds the plural forms of texts with a count). The Qt tests share one
QApplication: a test must leave its event loop able to run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from meeting_planner.ui.shared import i18n, messages

# The app's modal questions and messages (see ui/shared/messages.py). The file dialogs
# are left out: a test replaces those at QFileDialog, under them.
_MODAL = (
    "show_error",
    "show_info",
    "ask_yes_no",
    "ask_text",
    "ask_choice",
    "ask_item",
    "run_modal",
)


class UnansweredDialog(AssertionError):
    """A modal dialog opened that the test gave no answer for."""


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


@pytest.fixture(autouse=True)
def _no_dialog_waits_for_an_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen no one clicks: a modal dialog the test did not answer would wait for
    ever, and the whole run with it. It fails the test at once instead, naming the
    dialog. A test that expects one answers it by replacing the function in messages
    (or QDialog.exec) itself, which takes the place of this."""

    def unanswered(name: str):
        def fail(*args: object, **kwargs: object) -> None:
            said = [str(a)[:120] for a in args[1:3] if isinstance(a, str)]
            raise UnansweredDialog(f"messages.{name} waited for an answer: {said}")

        return fail

    for name in _MODAL:
        monkeypatch.setattr(messages, name, unanswered(name))

    def exec_unanswered(dialog: QDialog) -> int:
        dialog.reject()
        raise UnansweredDialog(f"a {type(dialog).__name__} ({dialog.windowTitle()!r}) waited")

    monkeypatch.setattr(QDialog, "exec", exec_unanswered)


@pytest.fixture(autouse=True)
def _documents_go_with_their_test(monkeypatch: pytest.MonkeyPatch):
    """A MeetingDocument made without a parent (the app always gives it the window) lives
    in a reference cycle with its undo commands, so the garbage collector would destroy
    it at some later moment, in whatever order it picks: Qt's undo stack then deleted
    commands whose Python side was already gone, and the test process crashed, during
    a later test or on its way out. Each such document is destroyed when its test ends,
    stack and commands with it, in Qt's own order."""
    from shiboken6 import Shiboken

    from meeting_planner.ui.core.document import MeetingDocument

    made: list[MeetingDocument] = []
    original = MeetingDocument.__init__

    def tracked(self: MeetingDocument, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(MeetingDocument, "__init__", tracked)
    yield
    for doc in made:
        if Shiboken.isValid(doc) and doc.parent() is None:
            Shiboken.delete(doc)

"""Scorecards in the app: the panel's scorecards side by side in the Debrief tab, and one
debrief form per interviewer from the Documents menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from .forms import save_form
from .panel import ScorecardsPanel

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame

__all__ = ["FOLD_SETTING", "ScorecardsPanel", "attach", "install", "save_form"]

# Whether the others' scorecards stay folded until your own is in (on by default).
FOLD_SETTING = "scorecards.fold_until_own"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scorecards", text)


def attach(window: WindowFrame, editor: MeetingEditor) -> ScorecardsPanel | None:
    """Put the panel at the top of the meeting's Debrief tab (after its introduction)."""
    from ...store import StoreError
    from ...teamfolder.files import NAME_SETTING
    from ..debrief import DebriefTab

    debrief = editor.findChild(DebriefTab)
    store = window.store
    if debrief is None or store is None:
        return None

    def me() -> str:
        name = store.settings.get(NAME_SETTING, "")
        return name if isinstance(name, str) else ""

    panel = ScorecardsPanel(
        editor.doc, me=me, fold=store.settings.get(FOLD_SETTING, True) is not False
    )

    def remember(on: bool) -> None:
        if store.read_only:
            return
        try:
            store.settings.set(FOLD_SETTING, on)
        except StoreError:
            pass  # only a preference; the panel follows the tick this session

    panel.fold_changed.connect(remember)
    debrief.page_layout.insertWidget(1, panel)
    return panel


def install(window: WindowFrame) -> None:
    # After the Debrief tab exists: features are installed in order, debrief first.
    window.editor_created.connect(lambda editor: attach(window, editor))
    menu = QMenu(_tr("Debrief form &for…"), window)
    menu.setObjectName("interviewerFormsMenu")
    menu.setStatusTip(_tr("Each interviewer's own form, which comes back as their scorecard"))

    def fill() -> None:
        menu.clear()
        doc = window.current_doc
        people = [p for p in doc.meeting.participants if p.name.strip()] if doc else []
        for person in people:
            action = menu.addAction(person.name)
            action.triggered.connect(lambda _c=False, pid=person.id: save_form(window, pid))
        if not people:
            empty = menu.addAction(_tr("No one on the People tab yet"))
            empty.setEnabled(False)

    menu.aboutToShow.connect(fill)
    window.menu("documents").addMenu(menu)

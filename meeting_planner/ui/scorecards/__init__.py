"""Scorecards in the app: the panel's scorecards side by side in the Debrief tab, and one
debrief form per interviewer from the Documents menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame
    from .panel import ScorecardsPanel


def __getattr__(name: str) -> Any:
    # The panel and the forms load when a Debrief tab or a form is first wanted.
    if name == "ScorecardsPanel":
        from .panel import ScorecardsPanel

        return ScorecardsPanel
    if name == "save_form":
        from .forms import save_form

        return save_form
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FOLD_SETTING", "ScorecardsPanel", "attach", "install", "save_form"]

# Whether the others' scorecards stay folded until your own is in (on by default).
FOLD_SETTING = "scorecards.fold_until_own"
# The object name of the meeting's Debrief tab (ui/debrief/debrief_form.py).
DEBRIEF_TAB_NAME = "DebriefTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scorecards", text)


def attach(window: WindowFrame, editor: MeetingEditor) -> ScorecardsPanel | None:
    """Put the panel at the top of the meeting's Debrief tab (after its introduction)."""
    from ...store import StoreError
    from ...teamfolder.files import NAME_SETTING
    from ..debrief import DebriefTab
    from .panel import ScorecardsPanel

    debrief = editor.find_page(DebriefTab)
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


def _attach_when_built(window: WindowFrame, editor: MeetingEditor) -> None:
    """The Debrief tab is made when the user first goes there: the panel joins it then
    (known by its object name, so that other tabs need not load the Debrief's module)."""

    def built(page: QWidget) -> None:
        if page.objectName() == DEBRIEF_TAB_NAME:
            attach(window, editor)

    editor.tabs.page_built.connect(built)


def install(window: WindowFrame) -> None:
    window.editor_created.connect(lambda editor: _attach_when_built(window, editor))
    menu = QMenu(_tr("Debrief form &for…"), window)
    menu.setObjectName("interviewerFormsMenu")
    menu.setStatusTip(_tr("Each interviewer's own form, which comes back as their scorecard"))

    def fill() -> None:
        menu.clear()
        doc = window.current_doc
        people = [p for p in doc.meeting.participants if p.name.strip()] if doc else []
        for person in people:
            action = menu.addAction(person.name)
            action.triggered.connect(lambda _c=False, pid=person.id: _save_form(window, pid))
        if not people:
            empty = menu.addAction(_tr("No one on the People tab yet"))
            empty.setEnabled(False)

    menu.aboutToShow.connect(fill)
    window.menu("documents").addMenu(menu)


def _save_form(window: WindowFrame, participant_id: str) -> None:
    from .forms import save_form

    save_form(window, participant_id)

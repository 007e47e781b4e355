"""Review comments in the app: a Comments tab in every meeting's editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...teamfolder.files import NAME_SETTING
from .tab import CommentsTab

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame

__all__ = ["AUTHOR_SETTING", "CommentsTab", "attach", "install"]

# The name comments are signed with, remembered for the next one.
AUTHOR_SETTING = NAME_SETTING


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentsTab", text)


def attach(editor: MeetingEditor, author: str = "") -> CommentsTab:
    tab = CommentsTab(editor.doc, author)
    editor.add_tab(tab, _tr("Comments"))
    tab.go_to.connect(editor.focus_target)
    return tab


def install(window: WindowFrame) -> None:
    def attach_with_author(editor: MeetingEditor) -> None:
        store = window.store
        author = store.settings.get(AUTHOR_SETTING, "") if store is not None else ""
        tab = attach(editor, author if isinstance(author, str) else "")
        tab.add.clicked.connect(lambda: _remember(window, tab.author.text()))

    window.editor_created.connect(attach_with_author)


def _remember(window: WindowFrame, name: str) -> None:
    from ...store import StoreError

    store = window.store
    if store is None or store.read_only or not name.strip():
        return
    if store.settings.get(AUTHOR_SETTING, "") == name.strip():
        return
    try:
        store.settings.set(AUTHOR_SETTING, name.strip())
    except StoreError:
        # Only a convenience for the next comment; the comment itself is saved anyway.
        pass

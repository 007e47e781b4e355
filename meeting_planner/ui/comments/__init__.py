"""Review comments in the app: a Comments tab in every meeting's editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame
    from .tab import CommentsTab

__all__ = ["AUTHOR_SETTING", "CommentsTab", "attach", "install"]


def __getattr__(name: str) -> Any:
    # The tab's module loads when a meeting's Comments tab is first built, and the team
    # folder's (where your name is kept) when a comment is signed.
    if name == "CommentsTab":
        from .tab import CommentsTab

        return CommentsTab
    if name == "AUTHOR_SETTING":
        return _author_setting()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _author_setting() -> str:
    """The name comments are signed with, remembered for the next one: your name in
    the team folder's settings."""
    from ...teamfolder.files import NAME_SETTING

    return NAME_SETTING


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentsTab", text)


def attach(
    editor: MeetingEditor,
    author: str | Callable[[], str] = "",
    remember: Callable[[str], None] | None = None,
) -> int:
    """Add the Comments tab, built when first shown and signed by ``author`` (or the
    name it gives then); ``remember`` hears the name each comment is added under.
    Returns the tab's index."""

    def make() -> CommentsTab:
        from .tab import CommentsTab

        tab = CommentsTab(editor.doc, author() if callable(author) else author)
        tab.go_to.connect(editor.focus_target)
        if remember is not None:
            tab.add.clicked.connect(lambda: remember(tab.author.text()))
        return tab

    return editor.add_tab(make, _tr("Comments"))


def install(window: WindowFrame) -> None:
    def author() -> str:
        store = window.store
        name = store.settings.get(_author_setting(), "") if store is not None else ""
        return name if isinstance(name, str) else ""

    window.editor_created.connect(
        lambda editor: attach(editor, author, lambda name: _remember(window, name))
    )


def _remember(window: WindowFrame, name: str) -> None:
    from ...store import StoreError

    store = window.store
    if store is None or store.read_only or not name.strip():
        return
    if store.settings.get(_author_setting(), "") == name.strip():
        return
    try:
        store.settings.set(_author_setting(), name.strip())
    except StoreError:
        # Only a convenience for the next comment; the comment itself is saved anyway.
        pass

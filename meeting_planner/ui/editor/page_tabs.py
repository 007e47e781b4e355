"""Tabs whose pages are built when first shown or first asked for.

A meeting's editor has a dozen tabs, and a user sees one at a time: building only
the one on screen lets the editor appear sooner, and each of the others costs its
time (and its modules' import) when the user first goes there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent


class _PageHolder(QWidget):
    """Stands in the tab widget for a page not built yet, and holds it once built."""

    def __init__(self, build: Callable[[], QWidget], tabs: PageTabs):
        super().__init__(tabs)
        self._build: Callable[[], QWidget] | None = build
        self._tabs = tabs
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        if self.page is None:
            build, self._build = self._build, None
            assert build is not None, "a page asked for while it is being built"
            page = build()
            self.page = page
            self.layout().addWidget(page)
            # Shown at once (adding to a visible holder would only show it on the next
            # turn of the event loop, after a paint of the empty holder), at the holder's
            # size: shown at Qt's default size first, a page that follows its width
            # (the agenda builder folds its side panels) would start from that.
            if self.isVisible():
                page.setGeometry(self.contentsRect())
                page.show()
            self.setFocusProxy(page)
            self._tabs.page_built.emit(page)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Shown with the tab widget itself, the holder has no size yet (the tab widget
        # lays out its pages after showing them): the page waits for the resize.
        if not self.size().isEmpty():
            self.built()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.isVisible():
            self.built()


class PageTabs(QTabWidget):
    """A QTabWidget whose pages added with ``add_page`` are built on first use.

    Its Python API speaks of the pages themselves, as a plain QTabWidget does:
    ``widget``, ``currentWidget`` and ``indexOf`` give or take the page (building it
    when asked for), so callers need not know a page may not exist yet."""

    # A page was built (its tab shown, or the page asked for), with the page.
    page_built = Signal(QWidget)

    def add_page(self, build: Callable[[], QWidget], title: str) -> int:
        """Add a tab whose page ``build()`` makes when it is first shown or asked for."""
        return self.addTab(_PageHolder(build, self), title)

    def is_built(self, index: int) -> bool:
        return self._made(index) is not None

    def built_pages(self) -> list[QWidget]:
        """The pages made so far, in tab order (none is built by asking)."""
        made = (self._made(index) for index in range(self.count()))
        return [page for page in made if page is not None]

    def _made(self, index: int) -> QWidget | None:
        """The page at ``index`` if it exists, without building it."""
        holder = super().widget(index)
        return holder.page if isinstance(holder, _PageHolder) else holder

    def widget(self, index: int) -> QWidget | None:  # Qt's name
        holder = super().widget(index)
        return holder.built() if isinstance(holder, _PageHolder) else holder

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt's name)
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 (Qt's name)
        for index in range(self.count()):
            holder = super().widget(index)
            if holder is page or (isinstance(holder, _PageHolder) and holder.page is page):
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (Qt's name)
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

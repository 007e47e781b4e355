"""The three PDFs inside the app: render one, preview it, then save it or print it.

QtPdf, QtPrintSupport and reportlab load on first use, never at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import messages
from .i18n import told

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ...domain.model import Meeting

KINDS = ("brief", "agenda", "debrief")

# Pages are rasterised for printing at no more than this many dots per inch:
# sharp on paper, and a 1200 dpi printer does not cost gigabytes of memory.
PRINT_DPI_MAX = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def kind_title(kind: str) -> str:
    """The document's name as the user sees it."""
    titles = {
        "brief": _tr("Manager's brief"),
        "agenda": _tr("Candidate's agenda"),
        "debrief": _tr("Debrief form"),
    }
    if kind not in titles:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {', '.join(KINDS)}")
    return titles[kind]


def render_document(kind: str, meeting: Meeting, paper: str = "a4") -> bytes:
    """The PDF bytes of one of the meeting's documents: "brief", "agenda" or "debrief"."""
    kind_title(kind)
    if kind == "brief":
        from ...export import export_brief

        return export_brief(meeting, paper=paper)
    if kind == "agenda":
        from ...export import export_agenda

        return export_agenda(meeting, paper=paper)
    from ...export.debrief_form import export_debrief_form

    return export_debrief_form(meeting, paper=paper)


def document_warnings(meeting: Meeting, kind: str = "") -> list[str]:
    """What the user should know before sending the PDF ``kind`` (e.g. characters the
    font lacks in what it shows), in the app's language."""
    from ... import export
    from .i18n import installed_language

    return list(export.export_warnings(meeting, installed_language(), kind))


def suggested_file_name(kind: str, meeting: Meeting) -> str:
    """A file name safe on every file system: "sanna-jarvinen-agenda-2026-11-23.pdf"."""
    name = meeting.candidate.name.strip() or "meeting"
    slug = re.sub(r"[^\w]+", "-", name.lower(), flags=re.UNICODE).strip("-_") or "meeting"
    return f"{slug[:60]}-{kind}-{meeting.start.date().isoformat()}.pdf"


def with_pdf_suffix(path: Path) -> Path:
    """``path``, ending in .pdf (added when the user typed a bare name)."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while something slow runs in the window's thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """Ask which printer and settings to use; None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class PdfPreviewDialog(QDialog):
    """A PDF shown page after page at the window's width, with Save as… and Print…."""

    # Where the PDF was saved, once it was.
    saved = Signal(object)

    def __init__(
        self,
        data: bytes,
        *,
        title: str,
        suggested_name: str = "document.pdf",
        warnings: list[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.data = data
        self.suggested_name = suggested_name
        self.saved_path: Path | None = None
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)

        self.pdf = QPdfDocument(self)
        # QPdfDocument reads from the device while it is open: the buffer lives with us.
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of {0}").format(title))

        self.pages_label = QLabel()
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setObjectName("exportWarnings")
        self.warnings_label.setStyleSheet(
            "QLabel#exportWarnings { background: #fff3cd; color: #5c4300;"
            " border: 1px solid #e0c36a; border-radius: 3px; padding: 6px; }"
        )
        self.warnings_label.setVisible(bool(warnings))
        if warnings:
            self.warnings_label.setText("\n".join(warnings))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_button.setAccessibleName(self.tr("Save the PDF as a file"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setAccessibleName(self.tr("Print the PDF"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.print_button.clicked.connect(lambda: self.print_document())

        bottom = QHBoxLayout()
        bottom.addWidget(self.pages_label)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.pdf.statusChanged.connect(self._show_status)
        self._show_status()
        self.save_button.setDefault(True)
        self.resize(self._good_size())

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount()

    def save_as(self, path: Path | None = None) -> Path | None:
        """Write the PDF to ``path`` (asked for when None); the file is never half-written."""
        from ...fileio import write_atomically

        if path is None:
            path = messages.ask_save_path(
                self,
                self.tr("Save PDF"),
                self.suggested_name,
                self.tr("PDF files (*.pdf)"),
                with_pdf_suffix,
            )
            if path is None:
                return None
        path = with_pdf_suffix(path)
        try:
            write_atomically(path, self.data)
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("Could not save"),
                self.tr("The PDF could not be saved to {0}: {1}").format(str(path), told(exc)),
            )
            return None
        self.saved_path = path
        messages.saved(self, path)
        self.saved.emit(path)
        return path

    def print_document(self) -> bool:
        """Ask for a printer, then print every page; False when cancelled."""
        printer = ask_printer(self)
        if printer is None:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print every page on ``printer``, each fitted to the printable area."""
        pages = self.page_count
        if pages <= 0:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(
                self, self.tr("Could not print"), self.tr("The printer could not be started.")
            )
            return False
        try:
            with busy_cursor():
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                scale = min(1.0, PRINT_DPI_MAX / max(1, printer.resolution()))
                for page in range(pages):
                    if page:
                        printer.newPage()
                    self._paint_page(painter, page, QRect(0, 0, area.width(), area.height()), scale)
        finally:
            painter.end()
        return True

    # -- internals ------------------------------------------------------------------
    def _paint_page(self, painter: QPainter, page: int, area: QRect, scale: float) -> None:
        points = self.pdf.pagePointSize(page)
        if points.isEmpty():
            return
        fit = min(area.width() / points.width(), area.height() / points.height())
        width, height = int(points.width() * fit), int(points.height() * fit)
        image = self.pdf.render(
            page, QSize(max(1, int(width * scale)), max(1, int(height * scale)))
        )
        target = QRect(area.x() + (area.width() - width) // 2, area.y(), width, height)
        painter.drawImage(target, image)

    def _show_status(self, *_: Any) -> None:
        from PySide6.QtPdf import QPdfDocument

        status = self.pdf.status()
        if status == QPdfDocument.Status.Error:
            self.pages_label.setText(self.tr("The PDF could not be shown."))
        else:
            count = self.page_count
            self.pages_label.setText(
                self.tr("1 page") if count == 1 else self.tr("{0} pages").format(count)
            )
        ready = status == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready and self.page_count > 0)

    def _good_size(self) -> QSize:
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1280, 900)
        return QSize(min(900, int(screen.width() * 0.8)), min(1000, int(screen.height() * 0.9)))


def preview_document(
    parent: QWidget | None, kind: str, meeting: Meeting, paper: str = "a4"
) -> PdfPreviewDialog | None:
    """Render ``kind`` for the meeting and show it in a preview window.

    Returns the window, or None when the document could not be made (the user
    has been told why).
    """
    title = kind_title(kind)
    try:
        with busy_cursor():
            data = render_document(kind, meeting, paper)
            warnings = document_warnings(meeting, kind)
    except Exception as exc:  # noqa: BLE001 (any failure of the PDF export reaches the user)
        messages.show_error(
            parent,
            _tr("Could not make the PDF"),
            _tr("The {0} could not be made: {1}").format(title, str(exc)),
        )
        return None
    dialog = PdfPreviewDialog(
        data,
        title=_tr("{0}: {1}").format(title, meeting.candidate.name or meeting.title),
        suggested_name=suggested_file_name(kind, meeting),
        warnings=warnings,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

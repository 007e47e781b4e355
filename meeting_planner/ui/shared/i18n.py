"""Loads the app's Swedish or Danish translation, and Qt's own, before any window is built.

The language follows the system unless the user chose one in View > Language
("system", "en", "sv" or "da", kept in the window's state file, see ui_state);
languages without a translation fall back to English, the language of the source
texts.

The .ts sources and compiled .qm files live in resources/translations; after
changing any user-facing text run ``python3 tests/tools/update_translations.py``
(pyside6-lupdate, then pyside6-lrelease) and translate what it marks unfinished.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...assets import resource

FOLLOW_SYSTEM = "system"
ENGLISH = "en"
TRANSLATED = ("sv", "da")
LANGUAGES = (ENGLISH, *TRANSLATED)

# Kept here so a second install replaces the first instead of stacking on it.
_installed: list[QTranslator] = []
_current = [ENGLISH]


def resolve(choice: object, system: QLocale | None = None) -> str:
    """The language to show: the chosen one if supported, else the system's, else English."""
    if isinstance(choice, str) and choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name().split("_")[0]
    # Norwegian Bokmål readers are better served by Danish than by English.
    if name == "nb":
        name = "da"
    return name if name in LANGUAGES else ENGLISH


def translation_file(language: str) -> Path:
    return resource("translations", f"meeting_planner_{language}.qm")


def install(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Makes ``language`` the app's language: the app's texts and Qt's standard buttons.

    Returns the translators now installed (for English, only the one with the
    plural forms of texts with a count: "1 meeting", "2 meetings")."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the translators after creating the application")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language if language in TRANSLATED else ENGLISH
    _set_locale(_current[0])
    if language not in TRANSLATED:
        paths = [translation_file(ENGLISH)]
    else:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        paths = [Path(qt_dir) / f"qtbase_{language}.qm", translation_file(language)]
    for path in paths:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def _set_locale(language: str) -> None:
    """Dates and numbers (QLocale()) follow the app's language, not only its texts."""
    system = QLocale.system()
    if language == ENGLISH:
        english = system.language() == QLocale.Language.English
        QLocale.setDefault(system if english else QLocale(QLocale.Language.English))
    else:
        QLocale.setDefault(QLocale(language))


def installed_language() -> str:
    """The language last installed: English until a translation is installed."""
    return _current[0]


def told(message: object) -> str:
    """What the store, the file formats or the forms said (an error, a line of a report)
    in the app's language: they speak English and keep the catalog text they said it
    from. An operating system's error gives its reason; anything else is shown as it is."""
    from ...domain.phrases import Phrase, PhraseError
    from ...fileio import os_reason

    if isinstance(message, OSError):
        message = os_reason(message)
    if isinstance(message, Phrase | PhraseError):
        return message.in_language(_current[0])
    return str(message)

"""The countries the app names, for choosing whose public holidays deadlines skip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.workdays import COUNTRIES, NO_COUNTRY


def _tr(text: str) -> str:
    return QCoreApplication.translate("Countries", text)


def country_names() -> dict[str, str]:
    """Country code -> its name in the app's language; "" is no country (weekends only)."""
    return {
        "SE": _tr("Sweden"),
        "DK": _tr("Denmark"),
        "NO": _tr("Norway"),
        "FI": _tr("Finland"),
        "IS": _tr("Iceland"),
        "DE": _tr("Germany"),
        "NL": _tr("Netherlands"),
        "GB": _tr("United Kingdom"),
        "IE": _tr("Ireland"),
        "US": _tr("United States"),
        NO_COUNTRY: _tr("None: weekends only"),
    }


def country_items(current: str = NO_COUNTRY) -> list[tuple[str, str]]:
    """(name, code) for a combo box: the named countries, no country, and ``current`` by
    its code when it is another (from a meeting file)."""
    names = country_names()
    items = [(names[code], code) for code in COUNTRIES]
    if current and current not in names:
        items.append((current, current))
    items.append((names[NO_COUNTRY], NO_COUNTRY))
    return items


def fill_country_combo(combo: QComboBox, current: str = NO_COUNTRY) -> None:
    combo.clear()
    for name, code in country_items(current):
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def ask_country(parent: QWidget | None) -> str | None:
    """Ask once which country's public holidays the deadlines skip; None when cancelled."""
    from . import messages

    items = country_items()
    chosen = messages.ask_item(
        parent,
        _tr("Where is the employer?"),
        _tr(
            "Deadlines promised to candidates skip weekends and the public holidays of the "
            "employer's country. Which country? (Asked once: it is kept in the employer "
            "profile, where you can change it.)"
        ),
        [name for name, _ in items],
    )
    if chosen is None:
        return None
    return dict(items)[chosen]

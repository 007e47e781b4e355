"""What a company's country means for its meetings by default: the salary's currency and
the language its documents are written in."""

from __future__ import annotations

# The currency salaries are paid in, by country code; anywhere else the euro.
CURRENCY = {
    "SE": "SEK",
    "DK": "DKK",
    "NO": "NOK",
    "IS": "ISK",
    "GB": "GBP",
    "US": "USD",
    "FI": "EUR",
    "DE": "EUR",
    "NL": "EUR",
    "IE": "EUR",
}
DEFAULT_CURRENCY = "EUR"
# The meeting languages the app has, by the country that speaks them.
LANGUAGE = {"SE": "sv", "DK": "da"}


def currency_of(country: str) -> str:
    return CURRENCY.get(country.upper(), DEFAULT_CURRENCY)


def language_of(country: str) -> str | None:
    """The meeting language a company in ``country`` writes in, if the app has it."""
    return LANGUAGE.get(country.upper())

"""How the report writes amounts, dates, names and the closing line, in the
active language (formats and translations from Django)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils import dateformat
from django.utils.formats import number_format
from django.utils.translation import pgettext, pgettext_lazy

# After a scaled amount («47 млн грн», «2 млн злотих»): the words that follow
# a number word.
CURRENCY_UNITS = {
    "UAH": pgettext_lazy("currency unit after an amount", "UAH"),
    "EUR": pgettext_lazy("currency unit after an amount", "EUR"),
    "USD": pgettext_lazy("currency unit after an amount", "USD"),
    "PLN": pgettext_lazy("currency unit after an amount", "PLN"),
    "GBP": pgettext_lazy("currency unit after an amount", "GBP"),
}

# After an amount written in full («1 250 000 зл.»): abbreviations, which agree
# with any number.
CURRENCY_ABBREVIATIONS = {
    "UAH": pgettext_lazy("currency abbreviation", "UAH"),
    "EUR": pgettext_lazy("currency abbreviation", "EUR"),
    "USD": pgettext_lazy("currency abbreviation", "USD"),
    "PLN": pgettext_lazy("currency abbreviation", "PLN"),
    "GBP": pgettext_lazy("currency abbreviation", "GBP"),
}

AMOUNT_SCALES = [
    (Decimal(1_000_000_000), pgettext_lazy("amount scale", "billion")),
    (Decimal(1_000_000), pgettext_lazy("amount scale", "million")),
    (Decimal(1_000), pgettext_lazy("amount scale", "thousand")),
]


@dataclass(frozen=True)
class Money:
    """An amount as the report prints it: a short number and its unit, so a
    figure tile can set “47” large and “млн грн” small."""

    value: str
    unit: str

    def __str__(self) -> str:
        return f"{self.value}\N{NO-BREAK SPACE}{self.unit}"


def format_money(amount: Decimal, currency: str) -> Money:
    """``Decimal("47000000"), "UAH"`` → 47 млн грн (uk) / 47 million UAH (en),
    in the active language; one decimal at most for scaled amounts."""
    currency_unit = str(CURRENCY_UNITS.get(currency, currency))
    for factor, scale in AMOUNT_SCALES:
        if amount >= factor:
            scaled = (amount / factor).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            decimals = 0 if scaled == scaled.to_integral_value() else 1
            value = number_format(scaled, decimals, use_l10n=True, force_grouping=True)
            unit = pgettext("amount with scale and currency", "%(scale)s %(currency)s") % {
                "scale": scale,
                "currency": currency_unit,
            }
            return Money(value=value, unit=unit)
    decimals = 0 if amount == amount.to_integral_value() else 2
    value = number_format(amount, decimals, use_l10n=True, force_grouping=True)
    return Money(value=value, unit=currency_unit)


def format_amount(amount: Decimal, currency: str) -> str:
    """An amount in full with grouping: “47 000 000 грн”, “1 250,50 зл.”."""
    places = 0 if amount == amount.to_integral_value() else 2
    number = number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True)
    return f"{number}\N{NO-BREAK SPACE}{CURRENCY_ABBREVIATIONS.get(currency, currency)}".strip()


def quoted(title: str) -> str:
    """A title in the quotation marks of the active language: «…» in
    Ukrainian, “…” in English."""
    return pgettext("quotation marks around a title", "“%(title)s”") % {"title": title}


def format_number(value: int) -> str:
    return number_format(value, use_l10n=True, force_grouping=True)


def date_range(start: datetime.date, end: datetime.date | None = None) -> str:
    """13–15 травня 2024 / 13–15 May 2024, in the active language."""
    full = "j E Y"  # E: the month's name as it follows a day (травня, not травень).
    if end is None or end == start:
        return dateformat.format(start, full)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\N{EN DASH}{dateformat.format(end, full)}"
    if start.year == end.year:
        return f"{dateformat.format(start, 'j E')} \N{EN DASH} {dateformat.format(end, full)}"
    return f"{dateformat.format(start, full)} \N{EN DASH} {dateformat.format(end, full)}"


@dataclass(frozen=True)
class ClosingLine:
    lead: str
    items: list[str]


def split_closing_line(text: str) -> ClosingLine:
    """“Рухаємось далі… впевнено, продуктивно, результативно” → the lead
    “Рухаємось далі…” and the items it lists. Staff separate the parts with
    “…” (or "...") or with line breaks."""
    text = text.strip()
    if not text:
        return ClosingLine(lead="", items=[])
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        lead, rest = lines[0], lines[1:]
        if len(rest) == 1:
            rest = re.split(r"\s*,\s*", rest[0])
        return ClosingLine(lead=lead, items=[item for item in rest if item])
    match = re.match(r"^(.*?(?:…|\.\.\.))\s*(.+)$", text)
    if not match:
        return ClosingLine(lead=text, items=[])
    items = [item.strip(" .") for item in re.split(r"\s*,\s*", match.group(2))]
    return ClosingLine(lead=match.group(1), items=[item for item in items if item])

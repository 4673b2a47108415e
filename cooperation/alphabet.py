"""Alphabetical order in the language of the page, in Python and in the database.

Neither SQLite nor a PostgreSQL database made with the C collation (the default
on Debian) sorts Ukrainian: by code point, Є, І and Ї come before А, so a
partner list “A to Я” opened with «Європейський Союз». Names are sorted here
as a reader of the page's language expects: in Ukrainian, Cyrillic in the
Ukrainian alphabet's order (ґ after г, є after е, і and ї after и), then Latin;
in English, Latin first, then Cyrillic. Case and accents do not count.

- In Python: ``sorted(names, key=sort_key)``.
- In the database: ``Organisation.objects.alphabetical()``, a method of every
  queryset of records listed by name or title (``AlphabeticalQuerySet``). The
  collations it names exist on both databases: on PostgreSQL an ICU collation
  per language (cooperation/migrations/0005), on SQLite one that compares with
  sort_key (given to every new connection by ``cooperation.sqlite``).
"""

from __future__ import annotations

import unicodedata

from django.conf import settings
from django.db.models import Expression, F, QuerySet, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

UKRAINIAN_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
LATIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

# The database collation of each language, created by migration 0005.
COLLATIONS = {"uk": "portal_uk", "en": "portal_en"}


class _SortTable(dict):
    """A str.translate table that maps each letter to a character whose code
    point gives its place: spaces, digits and punctuation keep theirs (below
    the Private Use Area, so they sort first), the first alphabet of the
    language takes U+E000 on, the second U+E100 on. Other characters are
    worked out on first sight: an accented Latin letter sorts as its base
    letter (Ó as O)."""

    def __init__(self, first: str, second: str):
        super().__init__()
        for offset, alphabet in ((0xE000, first), (0xE100, second)):
            for place, letter in enumerate(alphabet):
                self[ord(letter)] = chr(offset + place)

    def __missing__(self, code_point: int) -> str:
        base = unicodedata.normalize("NFKD", chr(code_point))[:1]
        mapped = self.get(ord(base), base) if base and ord(base) != code_point else chr(code_point)
        self[code_point] = mapped
        return mapped


_TABLES = {
    "uk": _SortTable(UKRAINIAN_ALPHABET, LATIN_ALPHABET),
    "en": _SortTable(LATIN_ALPHABET, UKRAINIAN_ALPHABET),
}


def _language(language: str | None) -> str:
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    return language if language in _TABLES else settings.LANGUAGE_CODE


def sort_key(text: str, language: str | None = None) -> str:
    """A key that sorts ``text`` alphabetically in ``language`` (by default
    the active one)."""
    return text.casefold().translate(_TABLES[_language(language)])


def shown_columns(field: str, language: str | None = None) -> list[str]:
    """The columns of the translated ``field`` that ``Alphabetical`` reads in
    ``language`` (by default the active one): its own, then the default
    language's, shown when its own is empty. In Python, a record sorts by
    ``sort_key`` of the first of them that is not empty."""
    codes = (_language(language), settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    return [build_localized_fieldname(field, code) for code in dict.fromkeys(codes)]


class Alphabetical(Expression):
    """For ``order_by``: the translated ``field`` in the alphabetical order of
    the language active when the query runs, not when it was written, so a
    queryset made at import (a filter's choices) sorts right in both languages.

    It reads the field as the page shows it: an English name left empty is
    shown, and so sorted, as the Ukrainian one."""

    def __init__(self, field: str):
        super().__init__()
        self.field_name = field

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.field_name!r})"

    def resolve_expression(self, *args, **kwargs):
        language = _language(None)
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        shown = F(build_localized_fieldname(self.field_name, language))
        if language != default:
            fallback = F(build_localized_fieldname(self.field_name, default))
            shown = Coalesce(NullIf(shown, Value("")), fallback)
        return Collate(shown, COLLATIONS[language]).resolve_expression(*args, **kwargs)


class AlphabeticalQuerySet(QuerySet):
    """Records that lists show by name or title: ``alphabetical()`` orders
    them A to Я in the page's language, the one place that says how."""

    # The translated field read alphabetically, then the fields that order
    # records of the same name among themselves, so that pages do not swap them.
    alphabetical_by: tuple[str, ...]

    def alphabetical_ordering(self) -> list:
        """The terms of ``alphabetical()``, where an order is given as a list:
        a list's choice of orders, the admin's ``ordering``."""
        field, *same_name_order = self.alphabetical_by
        return [Alphabetical(field), *same_name_order]

    def alphabetical(self):
        return self.order_by(*self.alphabetical_ordering())


def compare_in(language: str):
    """A comparison function of two texts in ``language``'s alphabetical
    order, for a database collation (SQLite's, see ``cooperation.sqlite``)."""

    def compare(first: str, second: str) -> int:
        first, second = sort_key(first, language), sort_key(second, language)
        return (first > second) - (first < second)

    return compare

"""The order of search results that match equally well (``cooperation.search``
ranks them the same): the newest first, by the dates a visitor knows the
record by (an event's start, a memorandum's signing), None last; or, for
records without such a date (partners), A to Я in the page's language, as
the lists sort them. The same on every database: in SQL where the database
ranks (PostgreSQL), in Python where Python does (SQLite)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F

from cooperation.alphabet import Alphabetical, shown_columns, sort_key


@dataclass(frozen=True)
class Tie:
    """One term of the order: ``field``, the highest first if
    ``descending``, None last either way; or, if ``alphabetical``, a
    translated field as alphabet.Alphabetical sorts it."""

    field: str
    descending: bool = False
    alphabetical: bool = False

    def ordering(self):
        if self.alphabetical:
            return Alphabetical(self.field)
        column = F(self.field)
        return column.desc(nulls_last=True) if self.descending else column.asc(nulls_last=True)

    def columns(self) -> list[str]:
        return shown_columns(self.field) if self.alphabetical else [self.field]

    def key(self, values: list):
        """What sorts in Python as ``ordering`` in SQL, from the values of
        ``columns``."""
        if self.alphabetical:
            return sort_key(next((text for text in values if text), ""))
        value = values[0]
        if value is None:
            return (1,)
        return (0, _Descending(value) if self.descending else value)


@dataclass(frozen=True)
class Ties:
    """The terms of the order, the last of which tells every two records
    apart. "id", not "pk": read with "pk" in one values_list(), the two names
    would give one column."""

    terms: tuple[Tie, ...] = (Tie("id"),)

    def ordering(self) -> list:
        """For order_by()."""
        return [tie.ordering() for tie in self.terms]

    def columns(self) -> list[str]:
        return [column for tie in self.terms for column in tie.columns()]

    def key(self, values) -> tuple:
        """From the values of ``columns``, what sorts in Python as
        ``ordering`` in SQL."""
        key, values = [], list(values)
        for tie in self.terms:
            width = len(tie.columns())
            key.append(tie.key(values[:width]))
            del values[:width]
        return tuple(key)


def newest(*fields: str) -> Ties:
    return Ties(tuple(Tie(name, descending=True) for name in fields))


def alphabetically(field: str, *then: str) -> Ties:
    """By the translated ``field``, then by the plain fields ``then``."""
    return Ties((Tie(field, alphabetical=True), *(Tie(name) for name in then)))


class _Descending:
    """A value that sorts the other way round (against another of the same
    field)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __eq__(self, other) -> bool:
        return self.value == other.value

    def __lt__(self, other) -> bool:
        return other.value < self.value

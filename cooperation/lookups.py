"""Lookups Django leaves to the database where the database cannot answer.

Django answers ``exact``, ``gt``, ``lt`` (…) on an integer column with a
value past the column's range as the empty (or full) result it is, without
asking the database (``IntegerFieldOverflow``). ``in`` it hands over as it
is, and so every lookup through a relation (``country=…``,
``projects__in=…``), and SQLite's driver cannot even send such a number: a
form that checks the keys a visitor chose (``ModelMultipleChoiceField``, the
admin's autocomplete boxes) or a changelist's ``?country=…`` was a 500 on a
key of twenty digits instead of «not one of the choices» or an empty list.
"""

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import (
    RelatedExact,
    RelatedGreaterThan,
    RelatedGreaterThanOrEqual,
    RelatedIn,
    RelatedLessThan,
    RelatedLessThanOrEqual,
)
from django.db.models.lookups import In


def _integer_range(field, connection) -> tuple[int | None, int | None]:
    """The values an integer column can hold (a relation's: those of the
    column it points at); (None, None) for any other column."""
    if isinstance(field, ForeignObject):
        targets = field.foreign_related_fields
        field = targets[0] if len(targets) == 1 else None
    if not isinstance(field, IntegerField):
        return None, None
    return connection.ops.integer_field_range(field.get_internal_type())


def _in_range(value, low: int | None, high: int | None) -> bool:
    if not isinstance(value, int):
        return True
    return (low is None or value >= low) and (high is None or value <= high)


class _KnownValuesOnly:
    """``in`` without the values no row of the column can hold."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = _integer_range(self.lhs.output_field, connection)
            self.rhs = [value for value in self.rhs if _in_range(value, low, high)]
        return super().process_rhs(compiler, connection)


class _AnsweredPastRange:
    """A comparison with a value past the column's range, answered without the
    database: ``below`` / ``above`` is what it matches when the value lies
    below or above every value the column can hold."""

    below = above = EmptyResultSet

    def process_rhs(self, compiler, connection):
        if isinstance(self.rhs, int):
            low, high = _integer_range(self.lhs.output_field, connection)
            if low is not None and self.rhs < low:
                raise self.below
            if high is not None and self.rhs > high:
                raise self.above
        return super().process_rhs(compiler, connection)


@IntegerField.register_lookup
class IntegerFieldIn(_KnownValuesOnly, In):
    pass


@ForeignObject.register_lookup
class RelatedInKnownValues(_KnownValuesOnly, RelatedIn):
    pass


@ForeignObject.register_lookup
class RelatedExactInRange(_AnsweredPastRange, RelatedExact):
    pass


@ForeignObject.register_lookup
class RelatedGreaterThanInRange(_AnsweredPastRange, RelatedGreaterThan):
    below = FullResultSet


@ForeignObject.register_lookup
class RelatedGreaterThanOrEqualInRange(_AnsweredPastRange, RelatedGreaterThanOrEqual):
    below = FullResultSet


@ForeignObject.register_lookup
class RelatedLessThanInRange(_AnsweredPastRange, RelatedLessThan):
    above = FullResultSet


@ForeignObject.register_lookup
class RelatedLessThanOrEqualInRange(_AnsweredPastRange, RelatedLessThanOrEqual):
    above = FullResultSet

"""Lookups Django leaves to the database where the database cannot answer.

Django answers ``exact``, ``gt``, ``lt`` (…) on an integer column with a
value past the column's range as the empty (or full) result it is, without
asking the database (``IntegerFieldOverflow``). ``in`` it hands over as it
is, and SQLite's driver cannot even send such a number: a form that checks
the keys a visitor chose (``ModelMultipleChoiceField``, the admin's
autocomplete boxes, a changelist's ``?id__in=``) was a 500 on a key of
twenty digits instead of «not one of the choices».
"""

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    """``in`` without the values no row of the column can hold."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = connection.ops.integer_field_range(
                self.lhs.output_field.get_internal_type()
            )
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)

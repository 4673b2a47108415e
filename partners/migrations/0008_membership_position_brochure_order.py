"""The memberships there already get their places: the three of the 2024
brochure in its order (ALDA, AER, LUCC), then any other in the order the
lists had until now (the year the membership began, the organisation's
address). Migrating back leaves the numbers to 0007, which removes them."""

from django.db import migrations

# The brochure's order, by the organisations' addresses (cooperation/data/year_2024.py).
BROCHURE_ORDER = ["alda", "aer", "lucc"]


def number_in_brochure_order(apps, schema_editor):
    membership = apps.get_model("partners", "Membership")
    rows = membership._base_manager.using(schema_editor.connection.alias)
    old_order = rows.order_by("since_year", "organisation__slug", "pk").values_list(
        "pk", "organisation__slug"
    )
    listed = sorted(
        old_order,
        # sorted() is stable: rows outside the brochure keep the old order.
        key=lambda row: (
            BROCHURE_ORDER.index(row[1]) if row[1] in BROCHURE_ORDER else len(BROCHURE_ORDER)
        ),
    )
    for position, (pk, _slug) in enumerate(listed, start=1):
        rows.filter(pk=pk).update(position=position)


class Migration(migrations.Migration):

    dependencies = [
        ("partners", "0007_membership_position"),
    ]

    operations = [
        migrations.RunPython(number_in_brochure_order, migrations.RunPython.noop),
    ]

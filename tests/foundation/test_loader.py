"""The 2024 brochure, loaded: counts, links, idempotence, both languages."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from modeltranslation.translator import translator

from cooperation.figures import headline_figures
from cooperation.models import Country, PriorityArea
from events.models import Event
from partners.models import Membership, Memorandum, Organisation
from projects.models import Application, Project

pytestmark = pytest.mark.django_db


def test_counts_reconcile_with_the_brochure():
    assert Membership.objects.published().count() == 3
    assert PriorityArea.objects.count() == 6
    assert Country.objects.eu_partners().count() == 7
    assert Project.objects.published().partner_projects().count() == 5
    assert Memorandum.objects.published().in_force(2024).count() == 10
    assert Memorandum.objects.filter(category="international").count() == 2
    assert Memorandum.objects.filter(category="civil_society").count() == 8
    events = Event.objects.published().in_year(2024)
    assert events.exhibitions().count() == 2
    assert events.filter(council_role=Event.CouncilRole.ATTENDED).count() == 8
    assert events.filter(council_role=Event.CouncilRole.ORGANISED).count() == 6
    assert Application.objects.of_year(2024).count() == 8
    assert Application.objects.of_year(2024).won().count() == 5


def test_headline_figures_are_the_brochures():
    figures = headline_figures(2024)
    assert figures.memoranda_in_force == 10
    assert figures.events_with_international_partners == 14
    assert figures.exhibitions == 2
    assert figures.applications == 8
    assert figures.applications_won == 5
    assert figures.funds_attracted == 47_000_000


def test_links_worth_keeping():
    polish = Project.objects.get(slug="promoting-polish-in-poltava-schools")
    assert polish.parent.slug == "strengthening-civil-society-participatory-inclusive-solutions"
    assert Application.objects.get(year=2024, number=6).project == polish
    assert set(polish.events.values_list("format", flat=True)) == {"camp", "round_table", "contest"}

    orthopedics = Project.objects.get(slug="resilience-orthopedics")
    assert Application.objects.get(year=2024, number=2).project == orthopedics
    assert orthopedics.events.get().start_date.isoformat() == "2024-07-26"

    assert Project.objects.get(slug="bsssc-for-ukraine").events.get().start_date.isoformat() == (
        "2024-09-20"
    )

    alda = Organisation.objects.get(slug="alda")
    assert alda.events.count() == 2
    assert alda.applications.get().number == 7
    assert alda.memberships.exists()

    lucc = Organisation.objects.get(slug="lucc")
    assert lucc.memberships.exists() and lucc.memoranda.exists()
    assert sorted(e.start_date.isoformat() for e in lucc.events.all()) == [
        "2024-05-21",
        "2024-11-12",
    ]

    joint = Memorandum.objects.get(slug="memorandum-2023-civil-society-forum-and-communities")
    assert joint.parties.count() == 4


def test_running_the_loader_again_changes_nothing(capsys):
    def snapshot():
        return {
            model._meta.label: sorted(model.objects.values_list("pk", flat=True))
            for model in apps.get_models()
            if model._meta.app_label in {"cooperation", "partners", "projects", "events"}
        }

    before = snapshot()
    updated_before = list(Event.objects.order_by("pk").values_list("updated_at", flat=True))
    call_command("load_2024")
    assert "Nothing to do" in capsys.readouterr().out
    assert snapshot() == before
    assert list(Event.objects.order_by("pk").values_list("updated_at", flat=True)) == updated_before


def test_the_loader_keeps_staff_edits_unless_asked_to_reset():
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    event.title_en = "Edited by staff"
    event.save()
    call_command("load_2024")
    event.refresh_from_db()
    assert event.title_en == "Edited by staff"
    call_command("load_2024", "--reset")
    event.refresh_from_db()
    assert event.title_en == "Smart City Expo World Congress"


def test_every_record_has_both_languages():
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).get_field_names()
        for record in model.objects.all():
            for name in fields:
                uk, en = getattr(record, f"{name}_uk"), getattr(record, f"{name}_en")
                assert bool(uk) == bool(en), (
                    f"{model.__name__} {record.pk}: {name} uk={uk!r} en={en!r}"
                )
                if name in {"title", "name"}:
                    assert uk and en, f"{model.__name__} {record.pk} has no {name}"


def test_the_european_union_has_its_short_names():
    """«ЄС» as the brochure writes it («країни ЄС»), "EU" in English."""
    union = Organisation.objects.get(slug="european-union")
    assert (union.short_name_uk, union.short_name_en) == ("ЄС", "EU")


def test_the_migration_gives_the_union_its_short_names_unless_staff_gave_others():
    from django.db import connection

    migration = importlib.import_module("partners.migrations.0005_european_union_short_name")
    schema_editor = SimpleNamespace(connection=connection)  # all the migration reads of it
    union = Organisation.objects.get(slug="european-union")
    Organisation.objects.filter(pk=union.pk).update(
        short_name="", short_name_uk="", short_name_en=None
    )
    migration.add_short_names(apps, schema_editor)
    union.refresh_from_db()
    assert (union.short_name_uk, union.short_name_en) == ("ЄС", "EU")
    migration.remove_short_names(apps, schema_editor)
    union.refresh_from_db()
    assert (union.short_name_uk, union.short_name_en) == ("", "")
    Organisation.objects.filter(pk=union.pk).update(short_name_uk="ЕС", short_name="ЕС")
    migration.add_short_names(apps, schema_editor)
    union.refresh_from_db()
    assert (union.short_name_uk, union.short_name_en) == ("ЕС", "")


def membership_positions() -> list[tuple[str, int]]:
    return list(Membership.objects.values_list("organisation__slug", "position"))


def test_memberships_are_placed_in_the_brochures_order_and_staff_keep_theirs():
    assert membership_positions() == [("alda", 1), ("aer", 2), ("lucc", 3)]
    Membership.objects.filter(organisation__slug="lucc").update(position=0)
    call_command("load_2024")
    assert membership_positions() == [("lucc", 0), ("alda", 1), ("aer", 2)]
    call_command("load_2024", "--reset")
    assert membership_positions() == [("alda", 1), ("aer", 2), ("lucc", 3)]


def test_the_migration_numbers_the_brochures_memberships_first_then_the_old_order():
    from django.db import connection

    migration = importlib.import_module(
        "partners.migrations.0008_membership_position_brochure_order"
    )
    schema_editor = SimpleNamespace(connection=connection)  # all the migration reads of it
    for slug, since in [("undp", 2020), ("accio", 2023)]:
        Membership.objects.create(
            organisation=Organisation.objects.get(slug=slug), since_year=since
        )
    Membership.objects.update(position=0)  # as 0007 adds the column
    migration.number_in_brochure_order(apps, schema_editor)
    assert membership_positions() == [
        ("alda", 1),
        ("aer", 2),
        ("lucc", 3),
        ("undp", 4),  # since 2020: first in the old order, after the brochure's now
        ("accio", 5),
    ]

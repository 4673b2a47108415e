"""Search finds a record by the organisations linked to it: a memorandum by
its parties, a project by its participants, an event by its organisations,
an application by its donors and partners. Below the records whose title
names them; following the links and names as staff change them."""

import importlib
from types import SimpleNamespace

import pytest
from django import forms
from django.apps import apps
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from events.models import Event
from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import (
    Application,
    ApplicationPartner,
    Programme,
    Project,
    ProjectParticipation,
)
from tests.foundation.test_admin_forms import new_memorandum_form_data

from .test_search import group_total, results

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "language", "address"),
    [
        # Short names: no memorandum's title has them.
        ("LUCC", "en", "/en/memoranda/memorandum-2023-lucc/"),
        ("ACCIÓ", "uk", "/uk/memoranda/memorandum-2024-accio/"),
        # A funding participant the project's texts do not name.
        (
            "Ministry of the Economy and Finance of France",
            "en",
            "/en/projects/resilience-orthopedics/",
        ),
        (
            "Assembly of European Regions",
            "en",
            "/en/events/2024-aer-general-assembly-black-sea-summit/",
        ),
        (
            "Асамблея європейських регіонів",
            "uk",
            "/uk/events/2024-aer-general-assembly-black-sea-summit/",
        ),
        # Application 08's donor; its summary says «UNDP» only.
        ("United Nations Development Programme", "en", "/en/applications/2024/8/"),
    ],
)
def test_a_record_is_found_by_the_name_of_an_organisation_linked_to_it(
    client, data_2024, query, language, address
):
    assert address in results(client, query, language)


def test_a_memorandum_is_found_by_its_partys_name_when_the_title_does_not_say_it(client, data_2024):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    memorandum.title_uk = "Меморандум про торговельну співпрацю"
    memorandum.title_en = "Memorandum on trade cooperation"
    memorandum.save()
    html = results(client, "Luxembourg-Ukrainian Chamber of Commerce", type="memoranda")
    assert "/en/memoranda/memorandum-2023-lucc/" in html


def test_a_title_naming_the_organisation_ranks_above_a_link_to_it(client, data_2024):
    """Entered first, with a title far shorter, but only linked to the AER."""
    linked = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    linked.title_uk, linked.title_en = "Форум", "Forum"
    linked.save()
    linked.organisations.add(Organisation.objects.get(slug="aer"))
    titled = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    titled.title_en = "Smart City Expo World Congress, with the Assembly of European Regions"
    titled.save()
    assert linked.pk < titled.pk
    html = results(client, "Assembly of European Regions", type="events")
    assert html.index(f"/en/events/{titled.slug}/") < html.index(f"/en/events/{linked.slug}/")


def test_a_draft_organisation_finds_nothing_until_it_is_published(
    client, editor_client, draft_records
):
    """A published event names the draft organisation (draft_records): the
    public must not find the event by a name it cannot see."""
    visitor = Client()
    event = "/en/events/2024-alda-festival-and-general-assembly/"
    assert event not in results(visitor, "Draft Foundation")
    response = editor_client.post(
        reverse("admin:partners_organisation_changelist"),
        {"action": "publish", "_selected_action": [draft_records["organisation"].pk]},
    )
    assert response.status_code == 302
    assert event in results(visitor, "Draft Foundation")


# Changes in the admin ---------------------------------------------------------


def change_form(client, record) -> tuple[str, dict]:
    """The address of ``record``'s admin change page, and what its form sends
    as it stands: the main form, the inline rows and their counts."""
    url = reverse(admin_urlname(record._meta, "change"), args=[record.pk])
    response = client.get(url)
    shown = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        shown += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in shown:
        for name, field in form.fields.items():
            value = form[name].value()
            if isinstance(field, forms.FileField) or value is None:
                continue
            if isinstance(field, forms.BooleanField):
                if value:
                    data[form.add_prefix(name)] = "on"
            elif isinstance(value, list | tuple):
                data[form.add_prefix(name)] = [getattr(item, "pk", item) for item in value]
            else:
                data[form.add_prefix(name)] = value
    return url, data


def with_row(data: dict, prefix: str, **fields) -> dict:
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data.update({f"{prefix}-{index}-{name}": value for name, value in fields.items()})
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    return data


def without_row(data: dict, prefix: str, organisation: Organisation) -> dict:
    rows = int(data[f"{prefix}-TOTAL_FORMS"])
    (index,) = [i for i in range(rows) if data[f"{prefix}-{i}-organisation"] == organisation.pk]
    data[f"{prefix}-{index}-DELETE"] = "on"
    return data


# record type: (the record, its inline rows' prefix, a new row's other fields;
# no prefix: the organisations are a field of the record's own form)
LINKED_IN_THE_ADMIN = {
    "memoranda": (lambda: Memorandum.objects.get(slug="memorandum-2024-accio"), "party_links", {}),
    "projects": (
        lambda: Project.objects.get(slug="resilience-orthopedics"),
        "participations",
        {"role": "implementing", "note_uk": "", "note_en": ""},
    ),
    "events": (lambda: Event.objects.get(slug="2024-forum-bridges-of-solidarity"), None, {}),
    "applications": (
        lambda: Application.objects.get(year=2024, number=3),
        "partner_links",
        {"role": "partner"},
    ),
}


@pytest.fixture
def starbridge(data_2024) -> Organisation:
    """A published partner whose name no record has."""
    return Organisation.objects.create(
        name_uk="Фундація «Зоряний міст»",
        name_en="Starbridge Foundation",
        short_name_uk="ЗМ",
        short_name_en="SBF",
        slug="starbridge-foundation",
        kind=Organisation.Kind.FOUNDATION,
        publication_status="published",
    )


@pytest.mark.parametrize("key", LINKED_IN_THE_ADMIN)
def test_a_link_made_in_the_admin_finds_the_record_and_one_removed_no_longer(
    editor_client, starbridge, key
):
    visitor = Client()
    get_record, rows, new_row = LINKED_IN_THE_ADMIN[key]
    record = get_record()
    with translation.override("en"):
        address = record.get_absolute_url()

    url, data = change_form(editor_client, record)
    if rows:
        with_row(data, rows, organisation=starbridge.pk, order=9, **new_row)
    else:
        data["organisations"] = [*data["organisations"], starbridge.pk]
    assert editor_client.post(url, data).status_code == 302
    for query in ("Starbridge", "Зоряний міст", "SBF"):
        assert address in results(visitor, query, type=key), query

    url, data = change_form(editor_client, record)
    if rows:
        without_row(data, rows, starbridge)
    else:
        data["organisations"] = [pk for pk in data["organisations"] if pk != starbridge.pk]
    assert editor_client.post(url, data).status_code == 302
    assert group_total(results(visitor, "Starbridge", type=key), key) == 0


def test_a_memorandum_added_in_the_admin_is_found_by_its_party(editor_client, starbridge):
    data = new_memorandum_form_data(
        publication_status="published", **{"party_links-0-organisation": starbridge.pk}
    )
    assert editor_client.post(reverse("admin:partners_memorandum_add"), data).status_code == 302
    assert "/en/memoranda/new-memorandum/" in results(Client(), "Starbridge")


def test_an_organisation_renamed_in_the_admin_is_found_by_its_new_name_only(
    editor_client, starbridge
):
    # Linked the ways code links them: rows made one by one, and add().
    MemorandumParty.objects.create(
        memorandum=Memorandum.objects.get(slug="memorandum-2024-accio"), organisation=starbridge
    )
    ProjectParticipation.objects.create(
        project=Project.objects.get(slug="resilience-orthopedics"),
        organisation=starbridge,
        role="funding",
    )
    ApplicationPartner.objects.create(
        application=Application.objects.get(year=2024, number=3),
        organisation=starbridge,
        role="donor",
    )
    Event.objects.get(slug="2024-forum-bridges-of-solidarity").organisations.add(starbridge)
    visitor = Client()
    addresses = [
        "/en/memoranda/memorandum-2024-accio/",
        "/en/projects/resilience-orthopedics/",
        "/en/applications/2024/3/",
        "/en/events/2024-forum-bridges-of-solidarity/",
    ]
    html = results(visitor, "Starbridge")
    assert all(address in html for address in addresses)

    url, data = change_form(editor_client, starbridge)
    data.update(name_en="Moonrise Trust", name_uk="Фонд «Місячний схід»")
    assert editor_client.post(url, data).status_code == 302

    assert not any(address in results(visitor, "Starbridge") for address in addresses)
    html = results(visitor, "Moonrise Trust")
    assert all(address in html for address in addresses)
    html = results(visitor, "Місячний", "uk")
    assert all(address.replace("/en/", "/uk/") in html for address in addresses)


def test_a_deleted_organisation_no_longer_finds_its_events(client, starbridge):
    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    event.organisations.add(starbridge)
    assert event.slug in results(client, "Starbridge", type="events")
    starbridge.delete()
    assert event.slug not in results(client, "Starbridge", type="events")


def test_an_organisation_unlinked_from_its_side_no_longer_finds_the_records(client, starbridge):
    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    starbridge.events.add(event)
    assert event.slug in results(client, "Starbridge", type="events")
    starbridge.events.clear()
    assert event.slug not in results(client, "Starbridge", type="events")


def test_new_rows_of_parties_rewrite_the_memorandum_once(editor_client, data_2024):
    """However many rows are saved, the document is written twice at most:
    by the memorandum's own save, then once its rows are saved."""
    memorandum = Memorandum.objects.get(slug="memorandum-2024-accio")
    taken = memorandum.parties.values("pk")
    others = list(Organisation.objects.exclude(pk__in=taken).order_by("slug")[:5])
    url, data = change_form(editor_client, memorandum)
    for order, organisation in enumerate(others, start=1):
        with_row(data, "party_links", organisation=organisation.pk, order=order)

    with CaptureQueriesContext(connection) as captured:
        assert editor_client.post(url, data).status_code == 302

    table = Memorandum._meta.db_table
    writes = [q["sql"] for q in captured if q["sql"].startswith(f'UPDATE "{table}"')]
    assert len(writes) <= 2
    for organisation in others:
        html = results(Client(), organisation.name_en, type="memoranda")
        assert "/en/memoranda/memorandum-2024-accio/" in html, organisation.name_en


def test_the_migration_writes_the_names_into_the_documents_made_before(client, data_2024):
    migration = importlib.import_module(
        "cooperation.migrations.0012_search_documents_linked_and_other_names"
    )
    schema_editor = SimpleNamespace(connection=connection)  # all the operations read of it
    for operation in migration.Migration.operations:
        operation.reverse_code(apps, schema_editor)
    assert "/en/memoranda/memorandum-2023-lucc/" not in results(client, "LUCC")
    for operation in migration.Migration.operations:
        operation.code(apps, schema_editor)
    assert "/en/memoranda/memorandum-2023-lucc/" in results(client, "LUCC")


LINKED_TABLES = [model._meta.db_table for model in (Memorandum, Project, Event, Application)]


def documents_written_by(save) -> list[str]:
    """The tables of linked records whose rows ``save()`` wrote."""
    with CaptureQueriesContext(connection) as captured:
        save()
    return [
        table
        for query in captured
        for table in LINKED_TABLES
        if query["sql"].startswith(f'UPDATE "{table}"')
    ]


def test_a_save_that_changes_no_name_rewrites_no_document(client, data_2024):
    # ALDA is linked to events, a memorandum, an application: a new
    # description or logo of it changes nothing their documents quote.
    alda = Organisation.objects.get(slug="alda")
    alda.description_uk = "Нова довідка про асоціацію."
    assert documents_written_by(alda.save) == []
    alda.name_en = "European Association for Local Democracy (renamed)"
    assert documents_written_by(alda.save)
    assert "/en/events/2024-alda-festival-and-general-assembly/" in results(client, "renamed")
    alda.publication_status = "draft"
    assert documents_written_by(alda.save)
    assert "/en/events/2024-alda-festival-and-general-assembly/" not in results(client, "renamed")


# The organisation running an application's programme ---------------------------

# Application 05's programme («Call RFP DE-02-2023») names no organisation,
# and no donor or partner row of 05 names Starbridge.
RUN_BY_STARBRIDGE = "/en/applications/2024/5/"


def run_by(editor_client, programme: Programme, organisation: Organisation | None) -> None:
    """``programme`` run by ``organisation`` from now on, saved in the admin."""
    url, data = change_form(editor_client, programme)
    data["organisation"] = organisation.pk if organisation else ""
    assert editor_client.post(url, data).status_code == 302


@pytest.fixture
def programme_05(data_2024) -> Programme:
    return Application.objects.get(year=2024, number=5).programme


def test_an_application_is_found_by_the_organisation_running_its_programme(
    editor_client, starbridge, programme_05
):
    visitor = Client()
    assert RUN_BY_STARBRIDGE not in results(visitor, "Starbridge", type="applications")
    run_by(editor_client, programme_05, starbridge)
    for query in ("Starbridge Foundation", "SBF", "Зоряний міст", "ЗМ"):
        assert RUN_BY_STARBRIDGE in results(visitor, query, type="applications"), query
        html = results(visitor, query, "uk", type="applications")
        assert RUN_BY_STARBRIDGE.replace("/en/", "/uk/") in html, query

    # Run by another organisation: found by that one's name, not Starbridge's.
    run_by(editor_client, programme_05, Organisation.objects.get(slug="aer"))
    assert RUN_BY_STARBRIDGE not in results(visitor, "Starbridge", type="applications")
    html = results(visitor, "Assembly of European Regions", type="applications")
    assert RUN_BY_STARBRIDGE in html


def test_the_running_organisation_renamed_or_unpublished_in_the_admin(
    editor_client, starbridge, programme_05
):
    run_by(editor_client, programme_05, starbridge)
    visitor = Client()

    url, data = change_form(editor_client, starbridge)
    data.update(name_en="Moonrise Trust", name_uk="Фонд «Місячний схід»")
    assert editor_client.post(url, data).status_code == 302
    assert RUN_BY_STARBRIDGE not in results(visitor, "Starbridge", type="applications")
    assert RUN_BY_STARBRIDGE in results(visitor, "Moonrise", type="applications")
    html = results(visitor, "Місячний", "uk", type="applications")
    assert RUN_BY_STARBRIDGE.replace("/en/", "/uk/") in html

    # A draft's names find nothing: the public cannot see it.
    url, data = change_form(editor_client, starbridge)
    data["publication_status"] = "draft"
    assert editor_client.post(url, data).status_code == 302
    assert RUN_BY_STARBRIDGE not in results(visitor, "Moonrise", type="applications")
    publish = {"action": "publish", "_selected_action": [starbridge.pk]}
    changelist = reverse("admin:partners_organisation_changelist")
    assert editor_client.post(changelist, publish).status_code == 302
    assert RUN_BY_STARBRIDGE in results(visitor, "Moonrise", type="applications")


def test_an_application_moved_to_another_programme_is_found_by_its_organisation(
    editor_client, starbridge, programme_05
):
    run_by(editor_client, programme_05, starbridge)
    application = Application.objects.get(year=2024, number=2)  # no programme
    address = "/en/applications/2024/2/"
    visitor = Client()
    assert address not in results(visitor, "Starbridge", type="applications")

    url, data = change_form(editor_client, application)
    data["programme"] = programme_05.pk
    assert editor_client.post(url, data).status_code == 302
    assert address in results(visitor, "Starbridge", type="applications")

    url, data = change_form(editor_client, application)
    data["programme"] = ""
    assert editor_client.post(url, data).status_code == 302
    assert address not in results(visitor, "Starbridge", type="applications")


def test_the_running_organisation_is_deleted_only_once_no_programme_names_it(
    editor_client, starbridge, programme_05
):
    """A programme protects the organisation running it: no document is left
    quoting an organisation that is gone."""
    run_by(editor_client, programme_05, starbridge)
    delete = reverse("admin:partners_organisation_delete", args=[starbridge.pk])
    assert editor_client.get(delete).context["protected"]
    editor_client.post(delete, {"post": "yes"})
    assert Organisation.objects.filter(pk=starbridge.pk).exists()
    assert RUN_BY_STARBRIDGE in results(Client(), "Starbridge", type="applications")

    run_by(editor_client, programme_05, None)
    assert editor_client.post(delete, {"post": "yes"}).status_code == 302
    assert not Organisation.objects.filter(pk=starbridge.pk).exists()
    assert RUN_BY_STARBRIDGE not in results(Client(), "Starbridge", type="applications")


def test_a_save_of_a_programme_changing_nothing_quoted_rewrites_no_document(
    starbridge, programme_05
):
    programme_05.website = "https://example.org/calls/de-02-2023"
    assert documents_written_by(programme_05.save) == []
    programme_05.organisation = starbridge
    assert documents_written_by(programme_05.save) == [Application._meta.db_table]
    # Nor does a new description of the organisation running it.
    starbridge.description_en = "A foundation for bridges."
    assert documents_written_by(starbridge.save) == []


def test_the_migration_writes_the_running_organisations_into_the_documents(
    client, starbridge, programme_05
):
    # Linked as a restore or an earlier version would leave it: no signal.
    Programme.objects.filter(pk=programme_05.pk).update(organisation=starbridge)
    assert RUN_BY_STARBRIDGE not in results(client, "Starbridge", type="applications")
    migration = importlib.import_module(
        "projects.migrations.0010_application_search_programme_organisation"
    )
    schema_editor = SimpleNamespace(connection=connection)
    (operation,) = migration.Migration.operations
    operation.code(apps, schema_editor)
    assert RUN_BY_STARBRIDGE in results(client, "Starbridge", type="applications")
    operation.reverse_code(apps, schema_editor)
    assert RUN_BY_STARBRIDGE not in results(client, "Starbridge", type="applications")


def test_renaming_the_running_organisation_rewrites_any_number_of_documents_at_once(
    starbridge, programme_05
):
    programme_05.organisation = starbridge
    programme_05.save()

    def queries_of_renaming(name: str) -> int:
        starbridge.name_en = name
        with CaptureQueriesContext(connection) as captured:
            starbridge.save()
        return len(captured)

    one = queries_of_renaming("Starbridge Trust")
    for number in range(40, 46):
        Application.objects.create(
            year=2024, number=number, title_en="More", programme=programme_05
        )
    assert queries_of_renaming("Starbridge Fund") == one

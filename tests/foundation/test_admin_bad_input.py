"""The admin under a hand-edited address or a tampered form: Django's «invalid»
(?e=1), a 400 or a form error, never a 500. Run on PostgreSQL too: it refuses
a NUL in a query's text where SQLite answers."""

from decimal import Decimal

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from cooperation.models import AnnualReport
from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application

from .test_admin import search_organisations
from .test_admin_forms import (
    application_form_data,
    event_form_data,
    memorandum_form_data,
    open_edit_version,
)

pytestmark = pytest.mark.django_db

EVENTS = "admin:events_event_changelist"


@pytest.mark.parametrize(
    "query",
    [
        {"kind__exact": "\x00"},  # a list filter's own parameter
        {"publication_status__exact": "draft\x00"},
        {"title_uk__icontains": "\x00"},
        {"slug__in": "a,\x00"},
    ],
)
@pytest.mark.parametrize("changelist", [EVENTS, "admin:partners_organisation_changelist"])
def test_a_list_filtered_on_a_nul_character_is_a_bad_request(editor_client, changelist, query):
    assert editor_client.get(reverse(changelist), query).status_code == 400


@pytest.mark.parametrize("lookup", ["slug__regex", "title_uk__iregex"])
def test_a_regular_expression_in_a_list_address_is_a_bad_request(editor_client, lookup):
    # «(» is no pattern: SQLite and PostgreSQL both failed when reading the list.
    assert editor_client.get(reverse(EVENTS), {lookup: "("}).status_code == 400


# Past any key: SQLite's driver cannot send the number (a 500); the list is empty.
PAST_ANY_KEY = "99999999999999999999"


@pytest.mark.parametrize(
    "query",
    [
        {"country": PAST_ANY_KEY},
        {"country__in": f"{PAST_ANY_KEY},-{PAST_ANY_KEY}"},
        {"projects__in": PAST_ANY_KEY},
        {"country__gte": PAST_ANY_KEY},
        {"id__in": PAST_ANY_KEY},
    ],
)
def test_a_list_filtered_on_a_key_past_any_record_is_empty(editor_client, query):
    response = editor_client.get(reverse(EVENTS), query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 0


@pytest.mark.parametrize(
    "query",
    [
        {"username__regex": "("},
        {"username__exact": "\x00"},
    ],
)
@pytest.mark.parametrize(
    "changelist", ["admin:auth_user_changelist", "admin:axes_accesslog_changelist"]
)
def test_the_lists_of_other_apps_refuse_the_same_lookups(staff_client, changelist, query):
    # Users, groups and the lock-out's records: Django's and axes' own admins.
    assert staff_client.get(reverse(changelist), query).status_code == 400


def test_the_lock_outs_date_drill_down_past_the_last_date_is_invalid(staff_client):
    url = reverse("admin:axes_accessattempt_changelist")
    response = staff_client.get(url, {"attempt_time__year": "9999"})
    assert response.status_code == 302
    assert response["Location"] == f"{url}?e=1"


@pytest.mark.parametrize(
    "drill_down",
    [
        {"year": "9999"},
        {"year": "9999", "month": "12"},
        {"year": "9999", "month": "12", "day": "31"},
        {"year": "99999999999999999999"},
        {"year": "-99999999999999999999"},
        {"year": "0"},
        {"year": "2024", "month": "99999999999999999999"},
        {"year": "2024", "month": "5", "day": "99999999999999999999"},
    ],
)
@pytest.mark.parametrize(
    ("changelist", "field"),
    [
        (EVENTS, "start_date"),
        ("admin:projects_project_changelist", "start_date"),
        ("admin:partners_memorandum_changelist", "signed_on"),
        ("admin:projects_application_changelist", "submitted_on"),
    ],
)
def test_a_date_drill_down_past_the_last_date_is_invalid(
    editor_client, changelist, field, drill_down
):
    url = reverse(changelist)
    response = editor_client.get(url, {f"{field}__{part}": v for part, v in drill_down.items()})
    assert response.status_code == 302
    assert response["Location"] == f"{url}?e=1"


def test_the_date_drill_down_still_reaches_the_years_with_records(editor_client):
    response = editor_client.get(reverse(EVENTS), {"start_date__year": "2024"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == Event.objects.in_year(2024).count()


@pytest.mark.parametrize("term", ["\x00", "ALDA\x00"])
def test_an_autocomplete_search_for_a_nul_character_finds_nothing(editor_client, term):
    response = search_organisations(editor_client, term)
    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.parametrize("value", ["abc", "\x00", "1.5", "99999999999999999999"])
@pytest.mark.parametrize("field", ["country", "projects", "organisations"])
def test_a_value_no_autocomplete_box_offers_is_a_form_error(editor_client, field, value):
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    url = reverse("admin:events_event_change", args=[event.pk])
    data = event_form_data(event, edit_version=open_edit_version(editor_client, event))
    data[field] = value
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field]
    event.refresh_from_db()
    assert event.country.iso_code == "ES"


@pytest.mark.parametrize("value", ["abc", "99999999999999999999"])
def test_a_value_no_autocomplete_box_of_an_inline_row_offers_is_a_form_error(editor_client, value):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    party = memorandum.party_links.get()
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    data = memorandum_form_data(editor_client, memorandum, **{"party_links-0-organisation": value})
    response = editor_client.post(url, data)
    assert response.status_code == 200
    (parties,) = response.context["inline_admin_formsets"]
    assert parties.formset.errors[0]["organisation"]
    assert memorandum.party_links.get().organisation_id == party.organisation_id


# SQLite keeps 15 significant digits of a decimal: a 16th came back changed
# (…234,56 as …234,60), and 99 999 999 999 999,99 not at all (a 500 on every
# page that read the record, the home page for a report's funds).
SIXTEEN_DIGITS = ["99999999999999.99", "12345678901234.56"]


@pytest.mark.parametrize("amount", SIXTEEN_DIGITS)
@pytest.mark.parametrize("field", ["amount_requested", "amount_awarded"])
def test_an_amount_of_sixteen_digits_is_a_form_error(editor_client, field, amount):
    application = Application.objects.get(year=2024, number=2)  # won
    kept = getattr(application, field)
    url = reverse("admin:projects_application_change", args=[application.pk])
    response = editor_client.post(
        url, application_form_data(editor_client, application, **{field: amount})
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field]
    application.refresh_from_db()
    assert getattr(application, field) == kept


def post_report_funds(client, amount: str):
    report = AnnualReport.objects.get(year=2024)
    url = reverse("admin:cooperation_annualreport_change", args=[report.pk])
    data = {
        "year": "2024",
        "title_uk": report.title_uk,
        "title_en": report.title_en,
        "publication_status": report.publication_status,
        "funds_attracted": amount,
        "funds_currency": "UAH",
        "edit_version": client.get(url).context["adminform"].form.initial["edit_version"],
    }
    return client.post(url, data)


def test_the_largest_amount_allowed_comes_back_to_the_cent(client, staff_client):
    assert post_report_funds(staff_client, "9999999999999.99").status_code == 302
    assert AnnualReport.objects.get(year=2024).funds_attracted == Decimal("9999999999999.99")
    assert client.get("/uk/").status_code == 200


@pytest.mark.parametrize("amount", SIXTEEN_DIGITS)
def test_funds_of_sixteen_digits_are_a_form_error(client, staff_client, amount):
    kept = AnnualReport.objects.get(year=2024).funds_attracted
    response = post_report_funds(staff_client, amount)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["funds_attracted"]
    assert AnnualReport.objects.get(year=2024).funds_attracted == kept
    assert client.get("/uk/").status_code == 200


@pytest.mark.parametrize(
    ("version", "refusal"),
    [
        (None, "edit_version_missing"),
        ("", "edit_version_missing"),
        ("\x00", "edit_version_missing"),  # no version (a hidden field's error too)
        ("2024-01-01T00:00:00+00:00", "edited_concurrently"),
        ("nonsense", "edited_concurrently"),
    ],
)
def test_a_save_without_the_version_it_was_opened_at_overwrites_nothing(
    editor_client, version, refusal
):
    # The version a form carries is what keeps a second editor from silently
    # overwriting the first: a form sent back without it, or with another,
    # is refused as if someone else had saved meanwhile.
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    url = reverse("admin:events_event_change", args=[event.pk])
    opened = open_edit_version(editor_client, event)
    assert (
        editor_client.post(
            url, event_form_data(event, title_en="First editor's title", edit_version=opened)
        ).status_code
        == 302
    )
    data = event_form_data(event, title_en="Second editor's title", edit_version=version)
    if version is None:
        del data["edit_version"]
    response = editor_client.post(url, data)
    assert response.status_code == 200
    (error,) = response.context["adminform"].form.non_field_errors().as_data()
    assert error.code == refusal
    assert "Ваші зміни не збережено" in response.content.decode()
    event.refresh_from_db()
    assert event.title_en == "First editor's title"


@pytest.mark.parametrize("selected", [["abc"], ["\x00"], ["1.5"], ["1e3"]])
@pytest.mark.parametrize("action", ["publish", "delete_selected"])
def test_an_action_on_rows_that_are_no_records_is_a_bad_request(editor_client, action, selected):
    # A list's checkboxes carry the records' keys; Django selected by these unchecked.
    drafts = Event.objects.exclude(publication_status="published").count()
    response = editor_client.post(reverse(EVENTS), {"action": action, "_selected_action": selected})
    assert response.status_code == 400
    assert Event.objects.exclude(publication_status="published").count() == drafts


def test_an_action_on_a_key_past_any_record_changes_nothing(editor_client):
    response = editor_client.post(
        reverse(EVENTS), {"action": "publish", "_selected_action": [PAST_ANY_KEY]}
    )
    assert response.status_code == 302


@pytest.mark.parametrize("initial", ["0", "-1"])
def test_an_inline_told_fewer_saved_rows_does_not_copy_them(editor_client, initial):
    # Told 0, the form sent the saved party back as a new row: a copy of it,
    # which the database refused with a 500.
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    parties = list(memorandum.party_links.values_list("pk", "organisation_id"))
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    data = memorandum_form_data(
        editor_client, memorandum, title_en="Changed", **{"party_links-INITIAL_FORMS": initial}
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    (rows,) = response.context["inline_admin_formsets"]
    assert rows.formset.errors[0]["__all__"] == ["Ця організація вже є стороною."]
    assert list(memorandum.party_links.values_list("pk", "organisation_id")) == parties
    memorandum.refresh_from_db()
    assert memorandum.title_en != "Changed"


def test_a_party_swapped_with_a_new_row_still_saves(editor_client):
    # The saved rows a form shows are checked as rows of the form: one moved
    # to another organisation frees its own for a new row.
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    party = memorandum.party_links.get()
    other = Organisation.objects.exclude(pk=party.organisation_id).first()
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    data = memorandum_form_data(
        editor_client,
        memorandum,
        **{
            "party_links-0-organisation": other.pk,
            "party_links-TOTAL_FORMS": "2",
            "party_links-1-organisation": party.organisation_id,
            "party_links-1-order": "1",
        },
    )
    assert editor_client.post(url, data).status_code == 302
    assert set(memorandum.party_links.values_list("organisation_id", flat=True)) == {
        other.pk,
        party.organisation_id,
    }


@pytest.mark.parametrize(
    "query",
    [
        {"ip_address": "abc"},
        {"ip_address__exact": "999.1.1.1"},
        {"ip_address__in": "127.0.0.1,abc"},
        {"ip_address__gte": "abc"},
    ],
)
@pytest.mark.parametrize(
    "changelist",
    [
        "admin:axes_accessattempt_changelist",
        "admin:axes_accesslog_changelist",
        "admin:axes_accessfailurelog_changelist",
    ],
)
def test_a_lock_out_list_filtered_on_no_address_is_invalid(staff_client, changelist, query):
    # PostgreSQL stores the addresses as inet, and refused the text when the
    # list was read: a 500 there, an empty list on SQLite.
    url = reverse(changelist)
    response = staff_client.get(url, query)
    assert response.status_code == 302
    assert response["Location"] == f"{url}?e=1"


@pytest.mark.parametrize("value", ["", "1", "12", "1,9", "1,2,3", "203.0.113.0,203.0.113.9"])
@pytest.mark.parametrize(
    ("changelist", "lookup"),
    [
        (EVENTS, "id__range"),
        (EVENTS, "start_date__range"),
        ("admin:partners_organisation_changelist", "country__range"),
        ("admin:auth_user_changelist", "username__range"),
        ("admin:axes_accessattempt_changelist", "ip_address__range"),
    ],
)
def test_a_range_lookup_is_a_bad_request(staff_client, changelist, lookup, value):
    # The admin splits no range into its ends: Django took the text's
    # characters for them («12»: from 1 to 2), and any other text was a 500
    # on reading the list, on SQLite and PostgreSQL alike.
    assert staff_client.get(reverse(changelist), {lookup: value}).status_code == 400


def test_a_lock_out_list_filtered_on_an_address_lists_its_records(staff_client):
    AccessAttempt.objects.create(
        ip_address="203.0.113.7", username="intruder", failures_since_start=3
    )
    AccessAttempt.objects.create(ip_address="::1", username="local", failures_since_start=1)
    url = reverse("admin:axes_accessattempt_changelist")
    response = staff_client.get(url, {"ip_address__in": "203.0.113.7,198.51.100.1"})
    assert response.status_code == 200
    assert [row.username for row in response.context["cl"].result_list] == ["intruder"]

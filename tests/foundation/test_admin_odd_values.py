"""Values no record can have, sent in an admin form (an autocomplete box's
«abc», a key past the database's range) or in the address of a list by date
(a year out of the calendar): a form error or the list's "wrong filter"
message, never a server error."""

import pytest
from django.urls import reverse

from events.models import Event
from partners.models import Organisation
from projects.models import Application

from .test_admin_forms import (
    application_form_data,
    event_form_data,
    new_memorandum_form_data,
    open_edit_version,
)

pytestmark = pytest.mark.django_db

NOT_AN_ID = ["abc", "99999999999999999999999"]


@pytest.fixture
def event():
    return Event.objects.get(slug="2024-alda-festival-and-general-assembly")


def post_event(client, event, **changes):
    data = event_form_data(event, edit_version=open_edit_version(client, event), **changes)
    return client.post(reverse("admin:events_event_change", args=[event.pk]), data)


@pytest.mark.parametrize("value", NOT_AN_ID)
def test_a_country_that_is_no_id_is_a_wrong_choice(editor_client, event, value):
    response = post_event(editor_client, event, country=value)

    assert response.status_code == 200
    assert "Зробить коректний вибір" in str(response.context["adminform"].form.errors["country"])


@pytest.mark.parametrize("value", NOT_AN_ID)
def test_a_linked_project_that_is_no_id_is_a_wrong_choice(editor_client, event, value):
    response = post_event(editor_client, event, projects=[value])

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["projects"]
    assert list(errors) in (
        # A number no record has (however large) is a choice not on offer;
        [f"Зробить коректний вибір, {value} немає серед варіантів вибору."],
        # a word is no key of a record at all.
        [f"«{value}» — неприпустиме значення."],
    )


@pytest.mark.parametrize("field", ["programme", "project"])
def test_an_applications_programme_or_project_that_is_no_id_is_a_wrong_choice(editor_client, field):
    application = Application.objects.get(year=2024, number=6)
    data = application_form_data(editor_client, application, **{field: "abc"})

    response = editor_client.post(
        reverse("admin:projects_application_change", args=[application.pk]), data
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field]


def test_a_party_that_is_no_id_is_a_wrong_choice(editor_client):
    data = new_memorandum_form_data(**{"party_links-0-organisation": "abc"})

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 200
    (parties,) = response.context["inline_admin_formsets"]
    assert parties.formset.forms[0].errors["organisation"]


def test_the_right_party_is_still_shown_beside_a_wrong_one(editor_client):
    # A row that is right keeps its organisation in the box.
    alda = Organisation.objects.get(slug="alda")
    data = new_memorandum_form_data(
        **{
            "party_links-TOTAL_FORMS": "2",
            "party_links-0-organisation": str(alda.pk),
            "party_links-1-organisation": "abc",
            "party_links-1-order": "1",
        }
    )

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 200
    assert f'<option value="{alda.pk}" selected>' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "start_date__year=9999",
        "start_date__year=9999&start_date__month=12",
        "start_date__year=9999&start_date__month=12&start_date__day=31",
        "start_date__year=99999999999999999999",
        "start_date__year=2025&start_date__month=99999999999999999999",
    ],
)
def test_a_year_out_of_the_calendar_in_a_list_by_date_is_a_wrong_filter(editor_client, query):
    url = reverse("admin:events_event_changelist")

    response = editor_client.get(f"{url}?{query}")

    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


@pytest.mark.parametrize(
    ("changelist", "field"),
    [
        ("admin:partners_memorandum_changelist", "signed_on"),
        ("admin:projects_project_changelist", "start_date"),
        ("admin:projects_application_changelist", "submitted_on"),
    ],
)
def test_every_list_by_date_answers_a_year_out_of_the_calendar(editor_client, changelist, field):
    response = editor_client.get(f"{reverse(changelist)}?{field}__year=9999")

    assert response.status_code == 302

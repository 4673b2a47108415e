"""A yearly event's next edition starts from the last one: «Copy as a new
draft» on an event's admin page opens the add form filled from it."""

import html

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from cooperation.records import PublicationStatus
from events.models import Event

pytestmark = pytest.mark.django_db

ADD = reverse("admin:events_event_add")
NO_INLINE_ROWS = {
    f"{inline}-{count}": "0"
    for inline in ("figures", "photos", "documents")
    for count in ("TOTAL_FORMS", "INITIAL_FORMS")
}


@pytest.fixture
def festival() -> Event:
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    assert event.organisations.exists()
    return event


def test_an_events_page_offers_to_copy_it(editor_client, festival):
    page = editor_client.get(reverse("admin:events_event_change", args=[festival.pk]))
    assert f'href="{ADD}?copy_of={festival.pk}"' in page.content.decode()


def test_the_copy_starts_as_a_draft_of_the_next_edition(editor_client, festival):
    response = editor_client.get(ADD, {"copy_of": festival.pk})
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form["title_uk"].value() == festival.title_uk
    assert form["title_en"].value() == festival.title_en
    assert form["council_role"].value() == festival.council_role
    assert form["country"].value() == festival.country_id
    assert set(form["organisations"].value()) == {o.pk for o in festival.organisations.all()}
    assert form["publication_status"].value() == PublicationStatus.DRAFT
    # This edition's own: its dates and address.
    assert not form["start_date"].value() and not form["end_date"].value()
    assert not form["slug"].value()
    assert "copy_of" not in form.initial
    page = html.unescape(response.content.decode())
    assert f"Копія «{festival}», чернетка" in page


def next_edition(client, copy_address: str) -> dict:
    """The copy's add form as staff send it, with this edition's address and date."""
    form = client.get(copy_address).context["adminform"].form
    data = {
        name: value
        for name in form.fields
        if (value := form[name].value()) not in (None, "") and name != "edit_version"
    }
    return {**data, **NO_INLINE_ROWS, "slug": "2025-alda-festival", "start_date": "2025-05-20"}


def test_the_copy_is_saved_as_a_new_draft_and_the_original_is_untouched(editor_client, festival):
    before = Event.objects.values().get(pk=festival.pk)
    data = next_edition(editor_client, f"{ADD}?copy_of={festival.pk}")
    response = editor_client.post(ADD, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    copy = Event.objects.get(slug="2025-alda-festival")
    assert copy.publication_status == PublicationStatus.DRAFT
    assert copy.title_uk == festival.title_uk and copy.title_en == festival.title_en
    assert set(copy.organisations.all()) == set(festival.organisations.all())
    assert set(copy.projects.all()) == set(festival.projects.all())
    assert not copy.photos.exists() and not copy.figures.exists()
    assert Event.objects.values().get(pk=festival.pk) == before


@pytest.mark.parametrize("key", ["abc", "99999999999999999999", "\x00", "0", ""])
def test_a_copy_of_no_event_is_an_empty_form_that_says_so(editor_client, key):
    response = editor_client.get(ADD, {"copy_of": key})
    assert response.status_code == 200
    assert not response.context["adminform"].form["title_uk"].value()
    assert "Захід для копіювання не знайдено" in response.content.decode()


def test_a_copy_needs_leave_to_see_the_event(client, festival):
    # Someone who may add events but not see them opens no event through a
    # copy: not its texts, nor those of a draft.
    clerk = User.objects.create_user("clerk", password="a-long-test-password-3", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="add_event"))
    client.force_login(clerk)
    response = client.get(ADD, {"copy_of": festival.pk})
    assert response.status_code == 200
    assert not response.context["adminform"].form["title_uk"].value()
    page = html.unescape(response.content.decode())
    assert festival.title_uk not in page
    assert "Захід для копіювання не знайдено" in page


def test_save_and_add_another_after_a_copy_opens_an_empty_form(editor_client, festival):
    """Django would open the next add form with the copy's query string: the
    same event copied again, where staff asked for another event."""
    copy_address = f"{ADD}?copy_of={festival.pk}"
    data = next_edition(editor_client, copy_address)
    response = editor_client.post(copy_address, {**data, "_addanother": "1"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert response["Location"].split("?")[0] == ADD
    assert "copy_of" not in response["Location"]
    form = editor_client.get(response["Location"]).context["adminform"].form
    assert not form["title_uk"].value()

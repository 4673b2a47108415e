"""The admin's history of a record, in the admin's language: which fields
staff changed, also by the publish and unpublish actions."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation

from events.models import Event

from .test_admin_forms import event_form_data, open_edit_version

pytestmark = pytest.mark.django_db

SLUG = "2024-smart-city-expo-world-congress"


def history(client, event: Event, language: str) -> list[str]:
    response = client.get(
        reverse("admin:events_event_history", args=[event.pk]),
        headers={"accept-language": language},
    )
    assert response.status_code == 200
    with translation.override(language):
        return [entry.get_change_message() for entry in response.context["action_list"]]


def test_publishing_from_the_list_is_in_the_history_in_both_languages(editor_client):
    event = Event.objects.get(slug=SLUG)
    url = reverse("admin:events_event_changelist")
    editor_client.post(url, {"action": "unpublish", "_selected_action": [event.pk]})

    assert history(editor_client, event, "uk") == ["Змінено: Публікація."]
    assert history(editor_client, event, "en") == ["Changed Publication."]


def test_changed_fields_are_named_in_the_admins_language(editor_client):
    event = Event.objects.get(slug=SLUG)
    figure = event.figures.get(kind="countries")
    data = event_form_data(
        event,
        start_date="2024-11-04",
        summary_en="A changed summary.",
        presented_uk=event.presented_uk,
        presented_en=event.presented_en,
        edit_version=open_edit_version(editor_client, event),
        **{
            "figures-TOTAL_FORMS": "1",
            "figures-INITIAL_FORMS": "1",
            "figures-0-id": figure.pk,
            "figures-0-event": event.pk,
            "figures-0-kind": figure.kind,
            "figures-0-value": "131",
            "figures-0-is_lower_bound": "",
            "figures-0-order": figure.order,
        },
    )
    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 302

    (ukrainian,) = history(editor_client, event, "uk")
    assert ukrainian.startswith("Змінено: Дата початку та Короткий опис [en].")
    # The row's name is stored as Django saw it, with translation off.
    assert "У записі «131 countries» (показник) змінено: Значення." in ukrainian
    (english,) = history(editor_client, event, "en")
    assert english.startswith("Changed Start date and Summary [en].")
    assert "Changed Value for figure" in english


def test_an_entry_that_names_a_field_by_its_name_shows_its_label(editor_client):
    """Publishing from the list logged the field's name before it logged its label."""
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    event = Event.objects.get(slug=SLUG)
    LogEntry.objects.create(
        user=User.objects.get(username="editor"),
        content_type=ContentType.objects.get_for_model(Event),
        object_id=str(event.pk),
        object_repr=str(event),
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["publication_status"]}}]',
    )

    assert history(editor_client, event, "uk") == ["Змінено: Публікація."]

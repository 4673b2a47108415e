"""A picture's description is read out by screen readers: a file's name
(«IMG_2041.jpg», «DSC0001») in its place is refused beside the field, in
either language, while descriptions with dots and numbers are kept."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from events.models import Event
from projects.models import Project

from .test_admin_forms import event_form_data, open_edit_version
from .test_admin_kept_uploads import jpeg

pytestmark = pytest.mark.django_db

FILE_NAMES = [
    "IMG_2041.jpg",
    "photo_2024-05-12.png",
    "DSC0001",
    "DSC_0001",
    "PXL_20240512_101500123",
    "IMG-20240512-WA0003",
    "Знімок екрана 2024-05-12 101500.PNG",
]
DESCRIPTIONS = ["Форум 2024 у Вроцлаві", "Dr. Kowalski at the signing"]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def event() -> Event:
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    event.photos.create(
        image=jpeg("stand.jpg"),
        alt_text_uk="Стенд області",
        alt_text_en="The region's stand",
        order=0,
    )
    return event


def post_photo_row(client, event: Event, **row) -> tuple:
    """The event's change form sent back with its photo changed as ``row``
    says; the response and the photo row's errors, as the page shows them."""
    photo = event.photos.get()
    photo_row = {
        "id": photo.pk,
        "event": event.pk,
        "alt_text_uk": photo.alt_text_uk,
        "alt_text_en": photo.alt_text_en,
        "caption_uk": "",
        "caption_en": "",
        "order": "0",
        **row,
    }
    data = event_form_data(
        event,
        edit_version=open_edit_version(client, event),
        **{"photos-TOTAL_FORMS": "1", "photos-INITIAL_FORMS": "1"},
        **{f"photos-0-{name}": value for name, value in photo_row.items()},
    )
    response = client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    if response.status_code != 200:
        return response, {}
    (_figures, photos, _documents) = response.context["inline_admin_formsets"]
    return response, photos.formset.errors[0]


@pytest.mark.parametrize("name", FILE_NAMES)
@pytest.mark.parametrize("field", ["alt_text_uk", "alt_text_en"])
def test_a_file_name_as_a_photo_description_is_refused(editor_client, event, field, name):
    response, errors = post_photo_row(editor_client, event, **{field: name})

    assert response.status_code == 200
    assert errors == {
        field: [
            f"«{name}» — це назва файлу, а не опис: програма зчитування з екрана прочитає "
            "її відвідувачам, які не бачать зображення. Опишіть, що на ньому, наприклад: "
            "«Делегація області на підписанні у Вроцлаві»."
        ]
    }
    photo = event.photos.get()
    assert (photo.alt_text_uk, photo.alt_text_en) == ("Стенд області", "The region's stand")


def test_the_refusal_is_in_the_admins_language(editor_client, event):
    editor_client.cookies["django_language"] = "en"
    _response, errors = post_photo_row(editor_client, event, alt_text_en="DSC0001")

    assert errors["alt_text_en"] == [
        "“DSC0001” is a file's name, not a description: a screen reader reads it out to "
        "visitors who cannot see the picture. Say what the picture shows, e.g. “The "
        "region's delegation at the signing in Wrocław”."
    ]


@pytest.mark.parametrize("description", DESCRIPTIONS)
def test_a_description_with_dots_and_numbers_is_saved(editor_client, event, description):
    response, errors = post_photo_row(
        editor_client, event, alt_text_uk=description, alt_text_en=description
    )

    assert response.status_code == 302, errors
    photo = event.photos.get()
    assert (photo.alt_text_uk, photo.alt_text_en) == (description, description)


def test_a_new_photo_named_by_its_file_keeps_its_upload(editor_client, event):
    # The description is refused; the photo chosen with it is not lost.
    event.photos.all().delete()
    data = event_form_data(
        event,
        edit_version=open_edit_version(editor_client, event),
        **{
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": jpeg("IMG_2041.jpg"),
            "photos-0-alt_text_uk": "IMG_2041.jpg",
            "photos-0-order": "0",
        },
    )
    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "«IMG_2041.jpg» — це назва файлу, а не опис" in html
    assert "Уже надіслано: IMG_2041.jpg." in html
    assert not event.photos.exists()


def sent_back(response, **changes) -> dict:
    """What a change page sends back as it was shown: every field of the
    record's form and of its inline rows, with ``changes``."""
    data = {}
    shown = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        shown += [inline.formset.management_form, *inline.formset.forms]
    for form in shown:
        for field in form:
            value = field.value()
            if isinstance(field.field, forms.FileField) or value is False:
                continue
            data[field.html_name] = "on" if value is True else ("" if value is None else value)
    return {**data, **changes}


@pytest.mark.parametrize("field", ["cover_image_alt_uk", "cover_image_alt_en"])
def test_a_file_name_as_a_cover_image_description_is_refused(editor_client, field):
    project = Project.objects.filter(participations__isnull=False).first()
    url = reverse("admin:projects_project_change", args=[project.pk])

    response = editor_client.post(url, sent_back(editor_client.get(url), **{field: "DSC0001"}))

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == [field]
    assert errors[field][0].startswith("«DSC0001» — це назва файлу, а не опис")
    project.refresh_from_db()
    assert not project.cover_image_alt_uk and not project.cover_image_alt_en


def test_a_cover_image_description_with_a_date_is_saved(editor_client):
    project = Project.objects.filter(participations__isnull=False).first()
    url = reverse("admin:projects_project_change", args=[project.pk])
    description = "Підписання угоди 12.05.2024 у Вроцлаві"

    response = editor_client.post(
        url, sent_back(editor_client.get(url), cover_image_alt_uk=description)
    )

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.cover_image_alt_uk == description


@pytest.mark.parametrize("field", ["alt_text_uk", "alt_text_en"])
def test_the_model_refuses_a_file_name_too(event, field):
    # Not only the admin: whatever validates a photo (an import, a script) hears it.
    photo = event.photos.get()
    setattr(photo, field, "IMG_2041.jpg")

    with pytest.raises(ValidationError) as refused:
        photo.full_clean()

    assert field in refused.value.error_dict
    assert refused.value.error_dict[field][0].code == "file_name_as_alt_text"

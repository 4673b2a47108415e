"""Files chosen in an admin form survive a refused save: staff who entered an
event with its photos and programme and mistyped a date no longer choose
every file again."""

import datetime
import io
import os
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from events.models import Event
from partners.models import Organisation

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


BLUE, YELLOW = (0, 87, 183), (255, 215, 0)


def jpeg(name: str, colour=BLUE) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def is_yellow(image) -> bool:
    red, green, blue = image.convert("RGB").getpixel((10, 10))
    return red > 200 and green > 180 and blue < 60


def new_event_data(**changes) -> dict:
    data = {
        "title_uk": "Генеральна асамблея AER 2025",
        "title_en": "AER General Assembly 2025",
        "slug": "",
        "council_role": Event.CouncilRole.ATTENDED,
        "format": Event.Format.GENERAL_ASSEMBLY,
        "publication_status": "draft",
        "start_date": "2025-06-11",
        "end_date": "2025-06-10",  # before the start: the save is refused
        "city_uk": "Брно",
        "city_en": "Brno",
        "figures-TOTAL_FORMS": "0",
        "figures-INITIAL_FORMS": "0",
        "photos-TOTAL_FORMS": "2",
        "photos-INITIAL_FORMS": "0",
        "documents-TOTAL_FORMS": "1",
        "documents-INITIAL_FORMS": "0",
    }
    for index in range(2):
        data[f"photos-{index}-alt_text_uk"] = f"Делегація області, фото {index + 1}"
        data[f"photos-{index}-order"] = str(index)
    data["documents-0-title_uk"] = "Програма асамблеї"
    data["documents-0-order"] = "0"
    data.update(changes)
    return data


def kept_notes(response) -> dict[str, str]:
    """The notes of kept files the page carries, by the field they belong to."""
    html = response.content.decode()
    return dict(re.findall(r'name="([\w-]+)-kept" value="([^"]+)"', html))


def kept_folder(media) -> list[str]:
    folder = media / "kept-uploads"
    return sorted(os.listdir(folder)) if folder.exists() else []


def test_photos_and_a_pdf_come_back_with_a_refused_event(editor_client, media):
    url = reverse("admin:events_event_add")
    refused = editor_client.post(
        url,
        new_event_data(
            **{
                "photos-0-image": jpeg("stand.jpg"),
                "photos-1-image": jpeg("panel.jpg", colour=YELLOW),
                "documents-0-file": SimpleUploadedFile(
                    "programme.pdf", PDF, content_type="application/pdf"
                ),
            }
        ),
    )

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Дата завершення не може бути раніше за дату початку." in html
    for name in ("stand.jpg", "panel.jpg", "programme.pdf"):
        assert f"Уже надіслано: {name}." in html
    notes = kept_notes(refused)
    assert set(notes) == {"photos-0-image", "photos-1-image", "documents-0-file"}
    assert len(kept_folder(media)) == 3

    # The date put right, and no file chosen again.
    saved = editor_client.post(
        url,
        new_event_data(
            end_date="2025-06-13", **{f"{name}-kept": note for name, note in notes.items()}
        ),
    )

    assert saved.status_code == 302
    event = Event.objects.get(title_en="AER General Assembly 2025")
    photos = list(event.photos.all())
    assert [photo.alt_text_uk for photo in photos] == [
        "Делегація області, фото 1",
        "Делегація області, фото 2",
    ]
    assert all(photo.image.name.endswith(".jpg") and photo.thumbnail for photo in photos)
    with photos[1].image.open("rb") as stored:
        assert is_yellow(Image.open(stored))
    (document,) = event.documents.all()
    assert document.file.read() == PDF
    assert kept_folder(media) == []


def test_a_logo_comes_back_with_a_refused_organisation(editor_client, media):
    url = reverse("admin:partners_organisation_add")
    data = {
        "name_uk": "Асоціація регіонів Чеської Республіки",
        "kind": "",  # forgotten: the save is refused
        "publication_status": "draft",
    }
    refused = editor_client.post(url, {**data, "logo": jpeg("akcr.jpg")})
    assert refused.status_code == 200
    assert "Уже надіслано: akcr.jpg." in refused.content.decode()

    saved = editor_client.post(
        url,
        {**data, "kind": Organisation.Kind.INTERNATIONAL, "logo-kept": kept_notes(refused)["logo"]},
    )

    assert saved.status_code == 302
    organisation = Organisation.objects.get(name_uk="Асоціація регіонів Чеської Республіки")
    assert organisation.logo.name.startswith("images/") and organisation.logo.name.endswith(".jpg")


def test_a_file_with_an_error_of_its_own_is_not_kept(editor_client, media):
    refused = editor_client.post(
        reverse("admin:events_event_add"),
        new_event_data(
            **{
                "photos-TOTAL_FORMS": "1",
                "photos-0-image": jpeg("stand.jpg"),
                "documents-0-file": SimpleUploadedFile(
                    "programme.pdf", b"<html>not a PDF</html>", content_type="application/pdf"
                ),
            }
        ),
    )

    assert refused.status_code == 200
    assert "Завантажте документ у форматі PDF." in refused.content.decode()
    assert set(kept_notes(refused)) == {"photos-0-image"}
    assert len(kept_folder(media)) == 1


def test_a_file_chosen_again_replaces_the_kept_one(editor_client, media):
    url = reverse("admin:partners_organisation_add")
    data = {"name_uk": "Фонд «Єднання»", "kind": "", "publication_status": "draft"}
    refused = editor_client.post(url, {**data, "logo": jpeg("old.jpg")})
    note = kept_notes(refused)["logo"]

    saved = editor_client.post(
        url,
        {
            **data,
            "kind": Organisation.Kind.FOUNDATION,
            "logo": jpeg("new.jpg", colour=YELLOW),
            "logo-kept": note,
        },
    )

    assert saved.status_code == 302
    organisation = Organisation.objects.get(name_uk="Фонд «Єднання»")
    with organisation.logo.open("rb") as stored:
        assert is_yellow(Image.open(stored))


@pytest.mark.parametrize(
    "forged",
    [
        "forged",
        # Of the signed form, naming a file outside the kept folder.
        "eyJzdG9yZWQiOiJpbWFnZXMvYS5qcGcifQ:1vX2Yz:signature",
    ],
)
def test_only_a_note_the_portal_signed_brings_a_file_back(editor_client, media, forged):
    url = reverse("admin:events_event_add")
    refused = editor_client.post(
        url,
        new_event_data(
            **{"photos-TOTAL_FORMS": "1", "photos-0-image": jpeg("stand.jpg")},
            **{"documents-TOTAL_FORMS": "0"},
        ),
    )
    genuine = kept_notes(refused)["photos-0-image"]

    response = editor_client.post(
        url,
        new_event_data(
            end_date="2025-06-13",
            **{"documents-TOTAL_FORMS": "0", "photos-0-image-kept": genuine},
            **{"photos-1-image-kept": forged},
        ),
    )

    assert response.status_code == 200
    (_, photos, _) = response.context["inline_admin_formsets"]
    assert "image" not in photos.formset.errors[0]  # taken back
    assert "image" in photos.formset.errors[1]  # nothing to take back
    assert not Event.objects.filter(title_en="AER General Assembly 2025").exists()


def test_kept_files_no_form_came_back_for_are_removed_after_a_day(editor_client, media):
    folder = media / "kept-uploads"
    folder.mkdir()
    forgotten, recent = folder / "forgotten.upload", folder / "recent.upload"
    forgotten.write_bytes(PDF)
    recent.write_bytes(PDF)
    two_days_ago = (datetime.datetime.now() - datetime.timedelta(days=2)).timestamp()
    os.utime(forgotten, (two_days_ago, two_days_ago))

    editor_client.post(
        reverse("admin:partners_organisation_add"),
        {"name_uk": "Фонд", "kind": "", "publication_status": "draft", "logo": jpeg("a.jpg")},
    )

    left = kept_folder(media)
    assert "forgotten.upload" not in left and "recent.upload" in left and len(left) == 2


def preview_sources(html: str) -> list[str]:
    return re.findall(r'<img class="upload-preview" src="([^"]+)"', html)


def test_an_image_field_shows_the_picture_it_holds(editor_client, media):
    """Saved under a random name, a logo or a photo says nothing by its name:
    its field shows it, a photo by its small copy."""
    organisation = Organisation.objects.get(slug="alda")
    url = reverse("admin:partners_organisation_change", args=[organisation.pk])
    assert preview_sources(editor_client.get(url).content.decode()) == []

    organisation.logo.save("alda.jpg", jpeg("alda.jpg"))
    assert preview_sources(editor_client.get(url).content.decode()) == [organisation.logo.url]

    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    photo = event.photos.create(image=jpeg("stage.jpg"), alt_text_uk="Сцена")
    html = editor_client.get(reverse("admin:events_event_change", args=[event.pk])).content
    assert preview_sources(html.decode()) == [photo.thumbnail.url]
    assert photo.thumbnail.url != photo.image.url

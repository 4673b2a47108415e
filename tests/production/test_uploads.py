"""Uploads through the admin: only real images and PDFs, re-encoded, limited."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageFile

from partners.models import Memorandum, Organisation
from tests.foundation.test_admin_forms import memorandum_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def image_bytes(size=(64, 64), image_format="JPEG", exif=None, mode="RGB") -> bytes:
    buffer = io.BytesIO()
    image = Image.new(mode, size, color=0 if mode == "1" else (0, 87, 183))
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def post_logo(client, upload):
    organisation = Organisation.objects.get(slug="alda")
    url = reverse("admin:partners_organisation_change", args=[organisation.pk])
    form = client.get(url).context["adminform"].form
    response = client.post(
        url,
        {
            "name_uk": organisation.name_uk,
            "name_en": organisation.name_en,
            "short_name_uk": organisation.short_name_uk,
            "short_name_en": organisation.short_name_en,
            "slug": organisation.slug,
            "kind": organisation.kind,
            "country": organisation.country_id,
            "publication_status": organisation.publication_status,
            "edit_version": form.initial["edit_version"],
            "logo": upload,
        },
    )
    organisation.refresh_from_db()
    return response, organisation


def logo_error(response) -> str:
    assert response.status_code == 200, "the upload should have been refused"
    return " ".join(response.context["adminform"].form.errors["logo"])


def test_a_renamed_text_file_is_refused(editor_client):
    response, organisation = post_logo(
        editor_client, SimpleUploadedFile("logo.jpg", b"<?php echo 'hi'; ?>", "image/jpeg")
    )
    assert "not a valid image" in logo_error(response) or "не є зображенням" in logo_error(response)
    assert not organisation.logo


def test_a_decompression_bomb_is_refused(editor_client):
    bomb = image_bytes(size=(9_000, 9_000), image_format="PNG", mode="1")
    assert len(bomb) < 200_000  # small on disk, 81 megapixels when opened
    response, organisation = post_logo(
        editor_client, SimpleUploadedFile("x.png", bomb, "image/png")
    )
    message = logo_error(response)
    assert "megapixels" in message or "мегапікселів" in message
    assert not organisation.logo


def test_an_oversized_file_is_refused(editor_client, settings):
    settings.MAX_IMAGE_UPLOAD_SIZE = 1_000
    picture = image_bytes(size=(400, 400))
    assert len(picture) > 1_000
    response, organisation = post_logo(
        editor_client, SimpleUploadedFile("big.jpg", picture, "image/jpeg")
    )
    message = logo_error(response)
    assert "limit" in message or "максимум" in message
    assert not organisation.logo


@pytest.mark.parametrize("image_format", ["JPEG", "PNG"])
def test_an_image_cut_short_is_refused(editor_client, monkeypatch, image_format):
    # As in every worker once the report's WeasyPrint is imported: Pillow
    # told to make do with truncated images.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    whole = image_bytes(size=(400, 300), image_format=image_format)
    cut = whole[: len(whole) * 2 // 3]

    response, organisation = post_logo(
        editor_client, SimpleUploadedFile(f"cut.{image_format.lower()}", cut, "image/jpeg")
    )

    assert logo_error(response) == (
        "Цей файл не є зображенням. Завантажте зображення JPEG, PNG або WebP."
    )
    assert not organisation.logo
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # the report's setting is left as it was


def test_a_gif_is_refused(editor_client):
    response, _ = post_logo(
        editor_client,
        SimpleUploadedFile("a.gif", image_bytes(image_format="GIF", mode="P"), "image/gif"),
    )
    assert "GIF" in logo_error(response)


def test_an_image_is_stored_re_encoded_without_exif_under_a_random_name(editor_client):
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x8825] = {1: "N", 2: (50.0, 30.0, 0.0)}  # GPSInfo: latitude
    original = image_bytes(size=(3_000, 1_000), exif=exif.tobytes())
    assert b"Camera maker" in original
    response, organisation = post_logo(
        editor_client, SimpleUploadedFile("../../etc/My Logo.jpg", original, "image/jpeg")
    )
    assert response.status_code == 302
    stored = organisation.logo
    assert (
        stored.name.startswith("images/")
        and "My Logo" not in stored.name
        and ".." not in stored.name
    )
    data = stored.read()
    assert b"Camera maker" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif()
        assert max(image.size) <= 800  # logos are scaled down to print and screen size


def post_memorandum_scan(client, upload):
    memorandum = Memorandum.objects.get(slug="memorandum-2024-accio")
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    response = client.post(url, memorandum_form_data(client, memorandum, document=upload))
    memorandum.refresh_from_db()
    return response, memorandum


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("scan.pdf", b"MZ this is an executable", "application/pdf"),
        # A page that only mentions the PDF signature, in a comment.
        SimpleUploadedFile(
            "scan.html", b"<script>alert(1)</script><!-- %PDF-1.4 -->", "application/pdf"
        ),
    ],
    ids=["executable", "html-mentioning-pdf"],
)
def test_a_memorandum_scan_must_be_a_pdf(editor_client, upload):
    response, memorandum = post_memorandum_scan(editor_client, upload)
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.errors["document"])
    assert "PDF" in errors
    assert not memorandum.document


def test_a_pdf_is_stored_as_pdf_whatever_its_name(editor_client):
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    response, memorandum = post_memorandum_scan(
        editor_client, SimpleUploadedFile("../Scan of memo.html", pdf, "text/html")
    )
    assert response.status_code == 302
    name = memorandum.document.name
    assert name.startswith("documents/") and name.endswith(".pdf")
    assert "Scan" not in name and ".." not in name
    assert memorandum.document.read() == pdf


def test_a_replaced_logo_is_no_longer_online(editor_client, django_capture_on_commit_callbacks):
    # Staff replace or remove a file when it must not be shown any more.
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(editor_client, SimpleUploadedFile("first.png", image_bytes(), "image/jpeg"))
    first = Organisation.objects.get(slug="alda").logo
    assert first.storage.exists(first.name)
    with django_capture_on_commit_callbacks(execute=True):
        response, organisation = post_logo(
            editor_client, SimpleUploadedFile("second.png", image_bytes(), "image/jpeg")
        )
    assert response.status_code == 302
    assert organisation.logo.name != first.name
    assert organisation.logo.storage.exists(organisation.logo.name)
    assert not first.storage.exists(first.name)


def test_a_deleted_photo_goes_with_its_thumbnail(editor_client, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    from events.models import Event, EventPhoto

    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    with django_capture_on_commit_callbacks(execute=True):
        photo = EventPhoto(event=event, alt_text="The stand")
        photo.image.save("stand.jpg", ContentFile(image_bytes(size=(1_200, 800))), save=True)
    files = [photo.image, photo.thumbnail]
    assert all(file.storage.exists(file.name) for file in files)
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert not any(file.storage.exists(file.name) for file in files)


def test_a_failed_save_keeps_the_file_in_use(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_logo(editor_client, SimpleUploadedFile("first.png", image_bytes(), "image/jpeg"))
    first = Organisation.objects.get(slug="alda").logo
    with django_capture_on_commit_callbacks(execute=True):
        response, organisation = post_logo(
            editor_client, SimpleUploadedFile("not-an-image.png", b"text", "image/png")
        )
    assert response.status_code == 200  # refused
    assert organisation.logo.name == first.name
    assert first.storage.exists(first.name)

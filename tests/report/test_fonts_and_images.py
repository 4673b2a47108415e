"""The shipped fonts are embedded and cover Ukrainian; pictures are scaled to print size."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cooperation.models import AnnualReport
from events.models import Event, EventPhoto
from partners.models import Organisation

from .pdfs import download_report_pdf, fonts, images, pdf_text

pytestmark = pytest.mark.django_db


def picture(width: int, height: int, image_format: str = "JPEG") -> bytes:
    image = Image.new("RGB", (width, height))
    for x in range(0, width, 50):  # some detail, so it is not a trivial image
        image.paste((x % 255, 87, 183), (x, 0, x + 25, height))
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["uk", "en"])
def test_only_the_shipped_fonts_are_used_and_they_are_embedded(pdf_2024, language):
    used = fonts(pdf_2024(language))
    assert used, "the PDF uses fonts"
    assert all(used.values()), f"not embedded: {[n for n, e in used.items() if not e]}"
    names = " ".join(used)
    assert "Noto-Sans-Bold" in names
    assert all("Noto-Sans" in name for name in used), used


def test_ukrainian_letters_and_the_apostrophe_come_through(client, report_2024):
    text = "Ґанок, їжак, єдність, Мар\u02bcяна і об’єднання"
    AnnualReport.objects.filter(pk=report_2024.pk).update(introduction_uk=text)
    pdf = download_report_pdf(client)
    assert text in pdf_text(pdf)
    # No fallback font was needed for any of them.
    assert all("Noto-Sans" in name for name in fonts(pdf))


def test_photos_and_logos_are_downscaled_to_print_size(client, report_2024, media_root):
    alda = Organisation.objects.get(slug="alda")
    alda.logo.save("alda.png", ContentFile(picture(800, 800, "PNG")))
    exhibition = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    EventPhoto.objects.create(
        event=exhibition,
        image=SimpleUploadedFile("stand.jpg", picture(3000, 2000), content_type="image/jpeg"),
        alt_text_uk="Стенд області на виставці",
        alt_text_en="The region's stand at the exhibition",
        caption_uk="Стенд Полтавщини",
    )

    pdf = download_report_pdf(client)
    sizes = images(pdf)
    assert len(sizes) == 2
    photo = max(sizes)
    logo = min(sizes)
    # The photo is set about 170 mm wide and the logo 16 mm high: at 200 dpi,
    # about 1340 and 130 pixels — far below the uploaded 3000 and 800.
    assert 600 <= photo[0] <= 1400
    assert logo[1] <= 200
    assert "Стенд Полтавщини" in pdf_text(pdf)


def test_pictures_kept_elsewhere_than_on_disk_are_in_the_pdf(client, report_2024, settings):
    """With media on S3 (MEDIA_S3_BUCKET) an upload has no path on disk: the
    PDF reads it through the media storage, here an in-memory one."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    alda = Organisation.objects.get(slug="alda")
    alda.logo.save("alda.png", ContentFile(picture(800, 800, "PNG")))
    assert len(images(download_report_pdf(client))) == 1

"""What a link pasted into Facebook, Telegram or X shows: the Open Graph and
Twitter card tags, in the page's language."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from cooperation.models import Country, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event, EventPhoto
from partners.models import Organisation
from projects.models import Project

META = re.compile(
    r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+|description)" content="([^"]*)">'
)


TITLE = re.compile(r"<title>([^<]*)</title>")


def preview(response) -> dict:
    return dict(META.findall(response.content.decode()))


def tab_title(response) -> str:
    return TITLE.search(response.content.decode()).group(1)


def test_a_list_has_its_own_description_and_a_preview(client, data_2024):
    home = preview(client.get("/en/"))
    events = preview(client.get("/en/events/?utm_source=telegram"))
    assert events["description"] != home["description"]
    assert events["description"].startswith("International events the council took part in")
    assert events["og:title"] == "Events"
    assert events["og:description"] == events["description"]
    assert events["og:url"] == "http://testserver/en/events/"
    assert events["og:type"] == "website"
    # No picture of its own: the portal's, which is wide.
    assert events["twitter:card"] == "summary_large_image"


def test_every_list_has_a_description_of_its_own(client, data_2024):
    lists = ["/uk/", "/uk/projects/", "/uk/events/", "/uk/memoranda/", "/uk/applications/"]
    lists += ["/uk/partners/", "/uk/memberships/"]
    descriptions = {preview(client.get(path))["description"] for path in lists}
    assert len(descriptions) == len(lists)


def test_a_record_previews_in_its_language_at_its_canonical_address(client, data_2024):
    tags = preview(client.get("/uk/partners/alda/?fbclid=abc"))
    assert tags["og:url"] == "http://testserver/uk/partners/alda/"
    assert tags["og:type"] == "profile"
    assert tags["og:title"] == "Європейська асоціація місцевої демократії (ALDA) · Партнери"
    report = preview(client.get("/en/reports/2024/"))
    assert report["og:type"] == "article"
    assert report["og:description"].startswith("The international cooperation of the Poltava")


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (0, 87, 183)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_an_event_with_a_photo_previews_it_wide(client, data_2024, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    event = Event.objects.published().order_by("-start_date").first()
    EventPhoto.objects.create(
        event=event,
        image=SimpleUploadedFile("stand.jpg", jpeg(), content_type="image/jpeg"),
        alt_text_uk="Стенд області",
        alt_text_en="The region's stand",
    )
    translation.activate("en")
    response = client.get(event.get_absolute_url())
    tags = preview(response)
    assert re.fullmatch(r"http://testserver/media/.+\.jpe?g", tags["og:image"])
    assert tags["og:image:alt"] == "The region&#x27;s stand"
    assert tags["twitter:card"] == "summary_large_image"
    # The photo's size is not known without opening it: not guessed.
    assert "og:image:width" not in tags
    # In place of the portal's picture, not beside it.
    assert response.content.decode().count('property="og:image"') == 1


def test_a_partner_without_a_description_is_described_by_kind_and_country(client, data_2024):
    from partners.models import Organisation

    organisation = Organisation.objects.published().filter(description_en="").first()
    organisation = organisation or Organisation.objects.get(slug="alda")
    organisation.description_uk = organisation.description_en = ""
    organisation.save()
    translation.activate("en")
    tags = preview(client.get(organisation.get_absolute_url()))
    assert tags["description"].startswith(organisation.display_name + " — ")
    assert organisation.get_kind_display().lower() in tags["description"]


@pytest.fixture
def same_name(data_2024):
    """A project and a partner organisation that staff named alike."""
    project = Project.objects.create(
        title_uk="Мости",
        title_en="Bridges",
        summary_uk="Проєкт.",
        summary_en="A project.",
        slug="bridges",
        priority_area=PriorityArea.objects.get(slug="medicine"),
        publication_status=PublicationStatus.PUBLISHED,
    )
    organisation = Organisation.objects.create(
        name_uk="Мости",
        name_en="Bridges",
        slug="bridges",
        kind=Organisation.Kind.NGO,
        country=Country.objects.get(iso_code="PL"),
        publication_status=PublicationStatus.PUBLISHED,
    )
    return project, organisation


@pytest.mark.parametrize(
    ("language", "project_title", "organisation_title", "council"),
    [
        ("uk", "Мости · Проєкти", "Мости · Партнери", "Полтавська обласна рада"),
        ("en", "Bridges · Projects", "Bridges · Partners", "Poltava Oblast Council"),
    ],
    ids=["uk", "en"],
)
def test_a_project_and_a_partner_of_the_same_name_are_told_apart(
    client, same_name, language, project_title, organisation_title, council
):
    project, organisation = same_name
    with translation.override(language):
        project_page = client.get(project.get_absolute_url())
        organisation_page = client.get(organisation.get_absolute_url())
    assert tab_title(project_page) == f"{project_title} · {council}"
    assert tab_title(organisation_page) == f"{organisation_title} · {council}"
    assert preview(project_page)["og:title"] == project_title
    assert preview(organisation_page)["og:title"] == organisation_title


# One page of every kind the public sees, and the kind its title names.
PAGES = [
    ("/", "", ""),
    ("/projects/", "", ""),
    ("/events/", "", ""),
    ("/memoranda/", "", ""),
    ("/applications/", "", ""),
    ("/partners/", "", ""),
    ("/memberships/", "", ""),
    ("/search/?q=alda", "", ""),
    ("/projects/resilience-orthopedics/", "Проєкти", "Projects"),
    ("/events/2024-smart-city-expo-world-congress/", "Заходи", "Events"),
    ("/partners/alda/", "Партнери", "Partners"),
    ("/memoranda/memorandum-2024-accio/", "Меморандуми", "Memoranda"),
    ("/applications/2024/2/", "Заявки", "Applications"),
    ("/areas/medicine/", "Пріоритетні напрями", "Priority areas"),
    ("/countries/pl/", "Країни", "Countries"),
    ("/reports/2024/", "Річний звіт", "Annual report"),
]
DEFAULT_IMAGE = "http://testserver/static/img/share/default-{language}.png"


@pytest.mark.parametrize("language", ["uk", "en"])
@pytest.mark.parametrize(("path", "kind_uk", "kind_en"), PAGES, ids=[page[0] for page in PAGES])
def test_every_page_previews_with_a_picture_and_a_title_that_names_its_kind(
    client, data_2024, language, path, kind_uk, kind_en
):
    response = client.get(f"/{language}{path}")
    assert response.status_code == 200
    tags = preview(response)
    kind = kind_uk if language == "uk" else kind_en
    if kind:
        assert tags["og:title"].endswith(f" · {kind}")
        assert tab_title(response).startswith(tags["og:title"] + " · ")
    # None of these pages has a picture of its own in the 2024 records.
    assert tags["og:image"] == DEFAULT_IMAGE.format(language=language)
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"] == tags["og:site_name"]
    assert tags["twitter:card"] == "summary_large_image"


@pytest.mark.parametrize("language", ["uk", "en"])
def test_the_default_picture_is_served_as_a_static_file_of_the_size_it_states(
    client, data_2024, settings, language
):
    # As WhiteNoise serves it in production, from the static files.
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    address = preview(client.get(f"/{language}/"))["og:image"]
    response = client.get(address.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    picture = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert picture.size == (1200, 630)


def test_the_default_picture_carries_the_page_language(client, data_2024):
    uk, en = (preview(client.get(f"/{language}/"))["og:image"] for language in ("uk", "en"))
    assert uk != en


def test_a_page_with_a_picture_of_its_own_keeps_it(client, data_2024, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    project = Project.objects.get(slug="resilience-orthopedics")
    project.cover_image = SimpleUploadedFile("cover.jpg", jpeg(), content_type="image/jpeg")
    project.cover_image_alt_uk = "Реабілітаційний центр"
    project.cover_image_alt_en = "The rehabilitation centre"
    project.save()
    organisation = Organisation.objects.get(slug="alda")
    organisation.logo = SimpleUploadedFile("alda.jpg", jpeg(), content_type="image/jpeg")
    organisation.save()
    for language in ("uk", "en"):
        cover_page = client.get(f"/{language}/projects/resilience-orthopedics/")
        logo_page = client.get(f"/{language}/partners/alda/")
        for response in (cover_page, logo_page):
            assert response.content.decode().count('property="og:image"') == 1
            assert "og:image:width" not in preview(response)
        cover, logo = preview(cover_page), preview(logo_page)
        assert re.fullmatch(r"http://testserver/media/.+\.jpe?g", cover["og:image"])
        assert cover["twitter:card"] == "summary_large_image"
        assert re.fullmatch(r"http://testserver/media/.+\.jpe?g", logo["og:image"])
        assert logo["twitter:card"] == "summary"
    assert cover["og:image:alt"] == "The rehabilitation centre"

"""What a link pasted into Facebook, Telegram or X shows: the Open Graph and
Twitter card tags, in the page's language."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from cooperation.models import Country, PriorityArea, PublicationStatus
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
    assert events["twitter:card"] == "summary"


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

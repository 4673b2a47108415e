"""What a screen-reader user meets on the public site, beyond the landmarks
and labels of test_csp_and_markup: references between elements that hold,
a title that says what a filter form did, and link texts that make sense
on their own."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from events.models import Event
from partners.models import Organisation

pytestmark = pytest.mark.django_db


def page_title(html: str) -> str:
    return re.search(r"<title>([^<]*)</title>", html).group(1)


@pytest.mark.parametrize(
    "url",
    [
        "/uk/search/?q=a&type=bogus",
        "/en/search/?q=alda",
        "/uk/events/?year=1999&council_role=nobody&month=13",
        "/en/projects/?status=nothing&area=nowhere",
        "/uk/memoranda/?in_force=1800",
        "/en/partners/?kind=none",
        "/uk/no-such-page/",
    ],
)
def test_every_reference_to_an_element_finds_it(client, data_2024, url):
    """A field that describes itself by its error, a label, a landmark named
    by a heading: each names an element on the page, once. The search form's
    error under “Type of record” had no id, so the field pointed at nothing."""
    html = client.get(url).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    references = re.findall(r'\s(aria-describedby|aria-labelledby|for)="([^"]+)"', html)
    assert references
    missing = [(name, id_) for name, value in references for id_ in value.split() if id_ not in ids]
    assert not missing


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/uk/events/?year=1999", "Помилка: Заходи · Полтавська обласна рада"),
        ("/en/projects/?status=nothing", "Error: Projects · Poltava Oblast Council"),
        ("/en/search/?q=alda&type=bogus", "Error: Search · Poltava Oblast Council"),
        ("/uk/search/?q=a", "Помилка: Пошук · Полтавська обласна рада"),
    ],
)
def test_a_form_that_could_not_be_applied_says_so_in_the_title(client, data_2024, url, title):
    """The page reloads with the filters or the search; a screen reader reads
    the title first, so an error there is heard at once (the alert box on the
    page is not announced when a page loads)."""
    assert page_title(client.get(url).content.decode()) == title


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/en/events/?council_role=exhibited", "Events: 2 results · Poltava Oblast Council"),
        ("/uk/events/?council_role=exhibited", "Заходи: 2 результати · Полтавська обласна рада"),
        ("/uk/applications/?status=won", "Грантові та проєктні заявки: 5 результатів"),
        ("/en/projects/?area=medicine", "Projects: 1 result · Poltava Oblast Council"),
        # Unfiltered, or only sorted, a list keeps its plain title.
        ("/en/events/", "Events · Poltava Oblast Council"),
        ("/en/events/?ordering=title", "Events · Poltava Oblast Council"),
        ("/en/search/?q=alda", "Search: alda · Poltava Oblast Council"),
    ],
)
def test_a_filtered_list_tells_its_count_in_the_title(client, data_2024, url, title):
    assert page_title(client.get(url).content.decode()).startswith(title)


def test_the_not_found_pages_search_box_is_labelled_by_the_words_beside_it(client, data_2024):
    """Speech control users say what they see: «Або пошукайте на сайті» is
    the field's label, not a paragraph beside a hidden one."""
    html = client.get("/uk/no-such-page/").content.decode()
    label = re.search(r'<label([^>]*)for="not-found-search"[^>]*>([^<]+)</label>', html)
    assert label.group(2) == "Або пошукайте на сайті:"
    assert "visually-hidden" not in label.group(1)


def test_a_country_page_names_what_its_list_link_lists(client, data_2024):
    """A screen reader's list of links shows each link alone: «Списком із
    фільтром» did not say a list of what."""
    html = client.get("/en/countries/pl/").content.decode()
    link = re.search(r'<a class="more-link" href="/en/partners/\?country=PL">([^<]+)<', html)
    assert link.group(1).strip() == "All partners from this country"


def test_a_logo_beside_the_name_it_shows_is_not_read_twice(client, data_2024, settings, tmp_path):
    """The report page's memberships show each logo beside the organisation's
    name: the logo's text alternative repeated the name to a screen reader.
    The site's own partner cards already leave theirs empty."""
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (80, 80), (0, 87, 183)).save(buffer, format="PNG")
    organisation = Organisation.objects.get(slug="alda")
    organisation.logo = SimpleUploadedFile("alda.png", buffer.getvalue(), content_type="image/png")
    organisation.save()
    for url in ["/en/reports/2024/", "/en/memberships/", "/en/partners/"]:
        html = client.get(url).content.decode()
        logos = re.findall(rf'<img[^>]*src="{re.escape(organisation.logo.url)}"[^>]*>', html)
        assert logos, url
        assert all(' alt=""' in logo for logo in logos), logos


def map_description(client, language: str) -> str:
    page = client.get(f"/{language}/").content.decode()
    return " ".join(re.search(r'<title id="map-title">(.*?)</title>', page, re.S).group(1).split())


def test_the_maps_description_names_every_colour_it_shows(client, data_2024):
    # Events were also held in Georgia: light blue on the map, and in its words.
    assert "light blue" in map_description(client, "en")
    assert "блакитним" in map_description(client, "uk")


def test_a_map_without_light_blue_does_not_name_it(client, data_2024):
    Event.objects.filter(country__iso_code="GE").update(publication_status="draft")
    assert "light blue" not in map_description(client, "en")
    assert "Ukraine is yellow" in map_description(client, "en")

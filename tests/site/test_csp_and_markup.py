"""The site's markup is ready for a strict Content-Security-Policy and for
assistive technology: no inline script or style, landmarks, labels."""

import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"
OURS = [
    path
    for path in TEMPLATES.rglob("*.html")
    if path.relative_to(TEMPLATES).parts[0] not in ("report", "admin")
]
PAGES = [
    "/uk/",
    "/en/events/",
    "/en/events/2024-smart-city-expo-world-congress/",
    "/uk/partners/alda/",
    "/en/search/?q=alda",
    "/en/areas/medicine/",
    "/uk/no-such-page/",
]


@pytest.mark.parametrize("path", OURS, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_templates_have_no_inline_script_or_style(path):
    text = path.read_text(encoding="utf-8")
    assert "<style" not in text
    assert not re.search(r"\sstyle=", text)
    for tag in re.findall(r"<script[^>]*>", text):
        assert "src=" in tag, tag
    assert not re.search(r"\son[a-z]+=", text), "inline event handler"
    assert "//cdn" not in text and "googleapis" not in text


@pytest.mark.parametrize("url", PAGES)
def test_rendered_pages_have_no_inline_script_or_style(client, data_2024, url):
    html = client.get(url).content.decode()
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/static/' in tag, tag
    assert "https://fonts." not in html


@pytest.mark.parametrize("url", PAGES)
def test_landmarks_skip_link_and_one_h1(client, data_2024, url):
    html = client.get(url).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1


def test_area_colours_reach_the_page_as_svg_attributes(client, data_2024):
    html = client.get("/en/").content.decode()
    assert 'stroke="#B91C1C"' in html  # medicine's icon tint
    assert 'fill="#B91C1C"' in html  # and its stripe


def test_form_controls_have_labels(client, data_2024):
    html = client.get("/en/events/").content.decode()
    for control_id in re.findall(r'<(?:select|input)[^>]*\sid="([^"]+)"', html):
        assert f'for="{control_id}"' in html, control_id


@pytest.mark.parametrize("url", ["/en/search/?q=alda", "/uk/search/", "/uk/no-such-page/"])
def test_search_landmarks_have_names_of_their_own(client, data_2024, url):
    """The search page and the 404 page have a search form besides the
    header's: each search landmark needs its own accessible name."""
    html = client.get(url).content.decode()
    forms = re.findall(r"<form[^>]*role=\"search\"[^>]*>", html)
    assert len(forms) == 2
    names = []
    for form in forms:
        label = re.search(r'aria-label="([^"]+)"', form)
        labelled_by = re.search(r'aria-labelledby="([^"]+)"', form)
        assert label or labelled_by, form
        if labelled_by:
            element = re.search(rf'id="{labelled_by.group(1)}"[^>]*>([^<]+)<', html)
            assert element, labelled_by.group(1)
        names.append((label or element).group(1).strip())
    assert len(set(names)) == 2, names


@pytest.mark.parametrize(
    ("url", "group"),
    [("/en/events/", "November 2024"), ("/uk/events/", "Листопад 2024"), ("/en/", "Recently")],
)
def test_events_under_a_month_heading_are_headings_within_it(client, data_2024, url, group):
    """A month (or “Recently”) is an h3, so the events under it are h4s: a
    screen reader's list of headings then shows which month each is in."""
    html = client.get(url).content.decode()
    after = html.split(f'<h3 class="timeline__month">{group}</h3>')[1]
    first_event = re.search(r'<(h\d) class="record__title">', after)
    assert first_event.group(1) == "h4"


def test_events_without_a_month_heading_stay_h3(client, data_2024):
    html = client.get("/en/events/?ordering=title").content.decode()
    assert "timeline__month" not in html
    from events.models import Event

    events = Event.objects.published().count()
    assert re.findall(r'<(h\d) class="record__title">', html) == ["h3"] * events
    html = client.get("/en/areas/medicine/").content.decode()
    # The area page's events, not its applications, which are h3s anyway.
    levels = re.findall(r'<(h\d) class="record__title"><a href="/en/events/', html)
    assert levels and set(levels) == {"h3"}

"""The public site in a real browser: language switch, filters, a phone's
width, and an axe-core accessibility check."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from events.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DETAIL = "/uk/events/2024-smart-city-expo-world-congress/"


def test_switch_language_on_a_detail_page(open_page):
    page = open_page(DETAIL)
    expect(page.locator("h1")).to_have_text("Всесвітній конгрес Smart City Expo")
    assert page.locator("html").get_attribute("lang") == "uk"
    page.locator('.language-switch a[hreflang="en"]').click()
    page.wait_for_url("**/en/events/2024-smart-city-expo-world-congress/")
    expect(page.locator("h1")).to_have_text("Smart City Expo World Congress")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator('.language-switch a[hreflang="uk"]').click()
    page.wait_for_url("**" + DETAIL)
    expect(page.locator("h1")).to_have_text("Всесвітній конгрес Smart City Expo")


def test_filter_events_by_year(open_page):
    Event.objects.create(
        title_uk="Форум 2023 року",
        title_en="A 2023 forum",
        slug="forum-2023",
        start_date=datetime.date(2023, 10, 10),
        city_uk="Краків",
        city_en="Kraków",
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        publication_status="published",
    )
    page = open_page("/en/events/")
    expect(page.locator(".count")).to_have_text("17 events")
    page.select_option("#id_year", "2024")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"year=2024"))
    expect(page.locator(".count")).to_have_text("16 events")
    expect(page.get_by_text("A 2023 forum")).to_have_count(0)
    page.select_option("#id_year", "2023")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"year=2023"))
    expect(page.locator(".count")).to_have_text("1 event")
    expect(page.get_by_role("link", name="A 2023 forum")).to_be_visible()


def test_filters_work_without_javascript(open_page):
    page = open_page("/en/events/", javascript=False)
    page.get_by_label("Exhibited").check()
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"council_role=exhibited"))
    expect(page.locator(".count")).to_have_text("2 events")


@pytest.mark.parametrize(
    "path",
    [
        "/uk/",
        "/uk/events/",
        DETAIL,
        "/uk/projects/promoting-polish-in-poltava-schools/",
        "/uk/partners/",
        "/uk/memoranda/",
        "/uk/applications/2024/6/",
        "/uk/search/?q=польща",
        "/uk/areas/medicine/",
    ],
)
def test_pages_fit_a_360_pixel_phone(open_page, path):
    page = open_page(path, width=360, height=780)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{path} scrolls sideways: {width}px wide"
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("#site-search")).to_be_visible()


@pytest.mark.parametrize("path", ["/uk/partners/", "/uk/memoranda/memorandum-2024-accio/"])
def test_pages_reflow_at_320_pixels(open_page, path):
    """WCAG 1.4.10: 1280 px zoomed to 400 %. «Агенство з конкурентоспроможності
    бізнесу…» has a word too long for the card's column."""
    page = open_page(path, width=320, height=780)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{path} scrolls sideways: {width}px wide"


CLIPPED = """() => [...document.querySelectorAll("main h1, main .eyebrow, main .record, main .tag")]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1
        || element.scrollWidth > element.clientWidth + 1)
    .map((element) => element.className || element.tagName)"""


@pytest.mark.parametrize(
    "path",
    [
        "/uk/memoranda/",  # a category tag of a dozen words
        "/en/memoranda/",
        "/uk/partners/save-dnipro/",
        "/uk/partners/accio/",  # a long name beside the logo
        "/uk/memberships/",  # an event's date beside its title, a memorandum's long title
    ],
)
def test_nothing_is_cut_off_on_a_phone(open_page, path):
    page = open_page(path, width=360, height=780)
    assert page.evaluate(CLIPPED) == []


# The highlighted countries whose painted outline reaches past the map, as
# the browser lays it out: outside the viewBox, or the map outside the page.
OUTSIDE_THE_MAP = """() => {
    const map = document.querySelector("svg.map").getBoundingClientRect();
    const page = document.documentElement.clientWidth;
    return [...document.querySelectorAll("svg.map .land:not(.land--other)")]
        .map((land) => [land.getAttribute("class"), land.getBoundingClientRect()])
        .filter(([, box]) => box.left < map.left - 0.5 || box.right > map.right + 0.5
            || box.top < map.top - 0.5 || box.bottom > map.bottom + 0.5 || map.right > page)
        .map(([name, box]) => `${name} ${Math.round(box.left)}–${Math.round(box.right)}`);
}"""


@pytest.mark.parametrize("width", [360, 1280])
def test_every_highlighted_country_fits_in_the_map(open_page, width):
    """Georgia, where an event took place, lay partly past the map's edge."""
    page = open_page("/en/", width=width)
    assert page.evaluate(OUTSIDE_THE_MAP) == []


def test_filters_collapse_above_the_list_on_a_phone(open_page):
    page = open_page("/en/events/", width=360, height=780)
    filters = page.locator("details.filters")
    assert filters.get_attribute("open") is None
    expect(page.locator("#id_year")).to_be_hidden()
    page.locator("details.filters > summary").click()
    expect(page.locator("#id_year")).to_be_visible()
    page.select_option("#id_year", "2024")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"year=2024"))
    expect(page.locator(".count")).to_have_text("16 events")
    # Folded away again, the panel still says a filter is on, and the way back
    # to the whole list is in sight.
    expect(page.locator("details.filters > summary")).to_contain_text("(1 chosen)")
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()


def test_a_wide_screen_offers_one_way_to_clear_the_filters(open_page):
    page = open_page("/en/events/?year=2024", width=1280)
    expect(page.get_by_role("link", name="Clear filters")).to_have_count(1)
    in_the_panel = page.locator("details.filters").get_by_role("link", name="Clear filters")
    expect(in_the_panel).to_be_visible()


def test_a_list_without_filters_takes_the_whole_width(open_page):
    page = open_page("/en/memberships/", width=1280)
    main = page.locator("main .container.list-layout").bounding_box()
    records = page.locator(".records").bounding_box()
    assert records["width"] > main["width"] * 0.9


@pytest.mark.parametrize("width", [360, 1280])
def test_a_memberships_logo_stands_beside_its_name(open_page, width):
    """Not halfway down the links under the name, where a tall card on a
    phone would leave it."""
    page = open_page("/en/memberships/", width=width)
    for card in page.locator(".records > .record").all():
        logo = card.locator(".avatar").bounding_box()
        name = card.locator(".record__title").bounding_box()
        assert abs(logo["y"] - name["y"]) < name["height"], card.inner_text()[:40]


def test_filters_stay_open_beside_the_list_on_a_wide_screen(open_page):
    page = open_page("/en/events/", width=1280)
    expect(page.locator("#id_year")).to_be_visible()
    list_box = page.locator(".records").first.bounding_box()
    form_box = page.locator(".filters").bounding_box()
    assert form_box["x"] + form_box["width"] <= list_box["x"]


@pytest.mark.parametrize(
    "path",
    [
        "/uk/",
        "/en/",
        "/uk/events/",
        "/en/projects/?area=medicine",
        DETAIL,
        "/en/partners/alda/",
        "/uk/applications/2024/2/",
        "/en/search/?q=alda",
    ],
)
def test_no_serious_accessibility_violations(open_page, path):
    from axe_playwright_python.sync_playwright import Axe

    page = open_page(path)
    results = Axe().run(page)
    serious = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


def test_no_request_leaves_the_site(open_page, live_server):
    outside = []
    page = open_page("/en/")
    page.on("request", lambda request: outside.append(request.url))
    page.reload()
    page.wait_for_load_state("networkidle")
    assert all(url.startswith(live_server.url) for url in outside), outside


# The form fields whose edge is fainter than 3:1 against what surrounds them
# (WCAG 1.4.11): a white field on the grey filter panel is told apart only by it.
# WCAG's contrast ratio of two computed colours, for the checks below.
CONTRAST = """
    const luminance = (colour) => {
        const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((value) => {
            const channel = Number(value) / 255;
            return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (one, other) => {
        const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
        return (light + 0.05) / (dark + 0.05);
    };
"""
FAINT_FIELDS = (
    """() => {"""
    + CONTRAST
    + """
    const surrounding = (element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const colour = getComputedStyle(parent).backgroundColor;
            if (colour !== "transparent" && !/, 0\\)$/.test(colour)) return colour;
        }
        return "rgb(255, 255, 255)";
    };
    return [...document.querySelectorAll("select, input[type=search], input[type=text]")]
        .filter((field) => field.offsetParent !== null)
        .map((field) => [field.id, getComputedStyle(field).borderTopColor, surrounding(field)])
        .map(([id, edge, around]) => [id, contrast(edge, around)])
        .filter(([, ratio]) => ratio < 3)
        .map(([id, ratio]) => `${id} ${ratio.toFixed(2)}:1`);
}"""
)


@pytest.mark.parametrize("path", ["/en/events/", "/uk/search/?q=польща"])
def test_form_fields_stand_out_from_their_background(open_page, path):
    """The fields' grey edge was 2.9:1 on the filter panel and the search band."""
    page = open_page(path)
    assert page.evaluate(FAINT_FIELDS) == []


# The highlighted countries of the home page's map that neither their fill nor
# their outline tells apart from the grey land around them at 3:1.
FAINT_COUNTRIES = (
    """() => {"""
    + CONTRAST
    + """
    const land = getComputedStyle(document.querySelector(".map .land--other")).fill;
    return [...document.querySelectorAll(".map .land:not(.land--other)")]
        .map((shape) => {
            const style = getComputedStyle(shape);
            const outlined = style.stroke !== "none" && parseFloat(style.strokeWidth) > 0;
            const edge = outlined ? contrast(style.stroke, land) : 0;
            return [shape.getAttribute("class"), Math.max(contrast(style.fill, land), edge)];
        })
        .filter(([, ratio]) => ratio < 3)
        .map(([kind, ratio]) => `${kind} ${ratio.toFixed(2)}:1`);
}"""
)


def test_the_maps_countries_stand_out_from_the_land_around_them(open_page):
    """Light blue (events held there) was 1.6:1 against the grey land, yellow
    (Ukraine) 1.1:1; the list beside the map says the same in words."""
    page = open_page("/en/")
    assert page.locator(".map .land--visited").count() and page.locator(".map .land--home").count()
    assert page.evaluate(FAINT_COUNTRIES) == []


def test_nothing_moves_for_a_visitor_who_asked_for_reduced_motion(open_page):
    """The filter panel's arrow turned in 0.15 s whatever the system said."""
    page = open_page("/en/events/", width=360, height=780)
    page.emulate_media(reduced_motion="reduce")
    moving = page.evaluate(
        """() => [...document.querySelectorAll("body *")].flatMap((element) =>
            [null, "::before", "::after"].map((part) => [element, getComputedStyle(element, part)]))
            .filter(([, style]) => style.transitionDuration.split(", ").some((d) => d !== "0s")
                || style.animationName !== "none" && style.animationDuration !== "0s")
            .map(([element]) => element.className || element.tagName)"""
    )
    assert moving == []
    page.locator("details.filters > summary").click()
    expect(page.locator("#id_year")).to_be_visible()

"""Every public address answers in both languages with the 2024 data."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from cooperation.models import Country, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event

pytestmark = pytest.mark.django_db

LANGUAGES = ("uk", "en")

# (url name, kwargs, a text the English page shows, the same in Ukrainian)
PAGES = [
    ("cooperation:home", {}, "Assembly of European Regions", "Асамблея європейських регіонів"),
    ("projects:project_list", {}, "BSSSC for Ukraine", "BSSSC для України"),
    (
        "projects:project_detail",
        {"slug": "promoting-polish-in-poltava-schools"},
        "Promoting Polish as a foreign language",
        "Промоція польської мови",
    ),
    ("events:event_list", {}, "ALDA Festival &amp; General Assembly", "Фестиваль ALDA"),
    (
        "events:event_detail",
        {"slug": "2024-smart-city-expo-world-congress"},
        "Goods of Poltava producers",
        "Товари виробників Полтавщини",
    ),
    ("partners:memorandum_list", {}, "Memorandum of cooperation", "Меморандум про співпрацю"),
    (
        "partners:memorandum_detail",
        {"slug": "memorandum-2023-lucc"},
        "Luxembourg-Ukrainian Chamber of Commerce",
        "Люксембурзько-українська торгова палата",
    ),
    ("projects:application_list", {}, "CCRI mentoring programme", "Програма наставництва CCRI"),
    (
        "projects:application_detail",
        {"year": 2024, "number": 2},
        "Improving care for people with amputated limbs",
        "Покращення надання допомоги людям з ампутованими кінцівками",
    ),
    (
        "partners:organisation_list",
        {},
        "Assembly of European Regions",
        "Асамблея європейських регіонів",
    ),
    (
        "partners:organisation_detail",
        {"slug": "aer"},
        "Assembly of European Regions",
        "Асамблея європейських регіонів",
    ),
    (
        "partners:membership_list",
        {},
        "Assembly of European Regions",
        "Асамблея європейських регіонів",
    ),
    ("cooperation:area_detail", {"slug": "medicine"}, "Resilience Orthopedics", "Медицина"),
    ("cooperation:country_detail", {"iso_code": "lu"}, "Luxembourg", "Люксембург"),
    ("cooperation:search", {}, "Search", "Пошук"),
]


def url_in(language: str, name: str, kwargs: dict) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "kwargs", "english", "ukrainian"), PAGES)
def test_every_address_answers_in_both_languages(
    client, data_2024, language, name, kwargs, english, ukrainian
):
    url = url_in(language, name, kwargs)
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert (english if language == "en" else ukrainian) in html


@pytest.mark.parametrize(("name", "kwargs", "english", "ukrainian"), PAGES)
def test_english_pages_show_english_interface_text(
    client, data_2024, name, kwargs, english, ukrainian
):
    html = client.get(url_in("en", name, kwargs)).content.decode()
    # The interface is English too, not only the records.
    assert "Skip to content" in html
    assert "Poltava Oblast Council" in html
    assert "Перейти до основного вмісту" not in html


def test_ukrainian_interface_is_translated(client, data_2024):
    html = client.get("/uk/events/").content.decode()
    assert "Перейти до основного вмісту" in html
    assert "Skip to content" not in html
    assert "16 заходів" in html


def test_root_sends_visitor_to_their_language(client, data_2024):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5")
    assert response["Location"] == "/uk/"


def test_language_switch_keeps_visitor_on_the_same_record(client, data_2024):
    path = "/uk/events/2024-smart-city-expo-world-congress/"
    html = client.get(path).content.decode()
    switch = re.search(r'<a href="([^"]+)" hreflang="en"', html)
    assert switch, "no link to the English page"
    assert switch.group(1) == "/en/events/2024-smart-city-expo-world-congress/"
    english = client.get(switch.group(1))
    assert english.status_code == 200
    assert "Smart City Expo World Congress" in english.content.decode()
    back = re.search(r'<a href="([^"]+)" hreflang="uk"', english.content.decode())
    assert back.group(1) == path


def test_language_switch_keeps_filters_and_page(client, data_2024):
    html = client.get("/en/events/?year=2024&council_role=exhibited").content.decode()
    assert 'href="/uk/events/?year=2024&amp;council_role=exhibited" hreflang="uk"' in html


def test_application_address_switches_language(client, data_2024):
    html = client.get("/en/applications/2024/7/").content.decode()
    assert 'href="/uk/applications/2024/7/" hreflang="uk"' in html


def test_hreflang_alternates_in_the_head(client, data_2024):
    html = client.get("/en/partners/alda/").content.decode()
    assert '<link rel="alternate" hreflang="uk" href="http://testserver/uk/partners/alda/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/partners/alda/">' in html


def test_dates_and_numbers_follow_the_page_language(client, data_2024):
    slug = "/events/2024-smart-city-expo-world-congress/"
    ukrainian = client.get("/uk" + slug).content.decode()
    english = client.get("/en" + slug).content.decode()
    assert "5–7 листопада 2024" in ukrainian
    assert "5–7 November 2024" in english
    assert "понад 25\u00a0700" in ukrainian
    assert "over 25,700" in english


@pytest.mark.parametrize(
    ("url", "figures"),
    [
        (
            "/uk/events/2024-smart-city-expo-world-congress/",
            [
                "понад 25\u00a0700</strong> учасників",
                "130</strong> країн",
                "1\u00a0150</strong> експонентів",
            ],
        ),
        (
            "/en/events/2024-smart-city-expo-world-congress/",
            [
                "over 25,700</strong> participants",
                "130</strong> countries",
                "1,150</strong> exhibitors",
            ],
        ),
        ("/uk/events/2024-second-training-camp-polish-teachers/", ["10</strong> вчителів"]),
        ("/uk/events/2024-round-table-polish-teachers/", ["16</strong> закладів освіти"]),
        (
            "/uk/events/2024-final-knowledge-contest-about-poland/",
            ["22</strong> учні", "11</strong> закладів освіти"],
        ),
    ],
)
def test_event_figures_agree_with_their_number(client, data_2024, url, figures):
    html = client.get(url).content.decode()
    for figure in figures:
        assert figure in html


def test_home_figures_are_the_report_figures(client, data_2024):
    from cooperation.figures import headline_figures, latest_year

    figures = headline_figures(latest_year())
    html = client.get("/en/").content.decode()
    tile = (
        r'figure-tile__value">([\d]+)</span>\s*'
        r'(?:<span class="figure-tile__unit">[^<]*</span>\s*)?'
        r'<span class="figure-tile__label">([^<]+)</span>'
    )
    tiles = {label.strip(): int(value) for value, label in re.findall(tile, html)}
    assert tiles["memoranda in force"] == figures.memoranda_in_force == 10
    assert tiles["events with international partners"] == 14
    assert tiles["international exhibitions"] == figures.exhibitions == 2
    assert tiles["grant and project applications"] == figures.applications == 8
    assert tiles["applications won"] == figures.applications_won == 5
    assert tiles["attracted from international partners"] == 47
    assert "million UAH" in html


def test_home_figures_follow_the_records(client, data_2024):
    """Add a memorandum and the home page says 11: nothing is hard-coded."""
    from partners.models import Memorandum

    Memorandum.objects.create(
        title_uk="Новий меморандум",
        title_en="New memorandum",
        slug="new-memorandum",
        category=Memorandum.Category.INTERNATIONAL,
        signed_year=2024,
        publication_status="published",
    )
    html = client.get("/en/").content.decode()
    assert re.search(
        r'figure-tile__value">11</span>\s*<span class="figure-tile__label">memoranda', html
    )


def test_home_figure_tiles_link_to_the_records_behind_them(client, data_2024):
    html = client.get("/en/").content.decode()
    links = re.findall(r'class="figure-tile[^"]*" href="([^"]+)"', html)
    counts = {}
    for link in links:
        link = link.replace("&amp;", "&")
        response = client.get(link)
        assert response.status_code == 200, link
        found = re.search(r'class="count"[^>]*>(\d+) ', response.content.decode())
        if found:
            counts[link.split("?")[0] + "?" + link.split("?")[1]] = int(found.group(1))
    assert counts["/en/memoranda/?in_force=2024"] == 10
    assert counts["/en/events/?year=2024&council_role=attended&council_role=organised"] == 14
    assert counts["/en/events/?year=2024&council_role=exhibited"] == 2
    assert counts["/en/applications/?year=2024"] == 8
    assert counts["/en/applications/?year=2024&status=won"] == 5


def test_home_links_latest_published_report(client, data_2024):
    html = client.get("/en/").content.decode()
    assert 'href="/en/reports/2024/"' in html
    assert 'href="/en/reports/2024/pdf/"' in html


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "Download the 2024 report as PDF"),
        ("uk", "Завантажити звіт за 2024 рік у форматі PDF"),
    ],
)
def test_home_pdf_button_says_what_it_downloads(client, data_2024, language, name):
    """Its visible word is only “PDF”: a screen reader's list of links needs
    the rest, which keeps “PDF” in it as a word of its own (WCAG 2.4.4, 2.5.3;
    axe does not count “(PDF)”)."""
    html = client.get(f"/{language}/").content.decode()
    link = re.search(rf'<a [^>]*href="/{language}/reports/2024/pdf/"[^>]*>', html).group(0)
    assert f'aria-label="{name}"' in link


def test_home_shows_map_of_countries_of_cooperation(client, data_2024):
    html = client.get("/en/").content.decode()
    assert '<svg class="map"' in html
    assert html.count('class="land land--partner"') == 7
    assert 'class="land land--home"' in html
    partners, visited = html.split("Events also took place in:")
    for country in ("Poland", "Luxembourg", "France", "Spain", "Belgium", "Germany", "Italy"):
        assert f"</span>{country}</a>" in partners
    # Georgia hosted an event but is not a country of cooperation.
    assert "</span>Georgia</a>" not in partners
    assert "</span>Georgia</a>" in visited


def test_map_coordinates_are_svg_numbers_in_both_languages(client, data_2024):
    # Ukrainian formats 219.9 as "219,9", which is no SVG number.
    for language in ("uk", "en"):
        html = client.get(f"/{language}/").content.decode()
        points = re.findall(r'<circle class="marker[^"]*" cx="([^"]+)" cy="([^"]+)"', html)
        # The countries of cooperation and the home region.
        assert len(points) == Country.objects.partners().count() + 1 == 8
        for x, y in points:
            assert re.fullmatch(r"\d+(\.\d+)?", x) and re.fullmatch(r"\d+(\.\d+)?", y), (x, y)


def countries_drawn_outside_the_map(html: str) -> list[str]:
    """The highlighted countries (partner, visited, home) whose outline
    reaches past the map's viewBox."""
    svg = re.search(r'<svg class="map" viewBox="([^"]+)"(.*?)</svg>', html, re.S)
    left, top, width, height = (float(number) for number in svg.group(1).split())
    outside = []
    for kind, outline in re.findall(r'<path class="land land--(\w+)" d="([^"]+)"', svg.group(2)):
        numbers = [float(number) for number in re.findall(r"-?\d+(?:\.\d+)?", outline)]
        xs, ys = numbers[0::2], numbers[1::2]
        inside = left <= min(xs) and max(xs) <= left + width
        if kind != "other" and not (inside and top <= min(ys) and max(ys) <= top + height):
            outside.append(f"{kind} {outline[:20]}…")
    return outside


def test_every_highlighted_country_is_inside_the_map(client, data_2024):
    # Georgia (Batumi, visited) reaches past the eastern edge of Europe's frame.
    assert countries_drawn_outside_the_map(client.get("/en/").content.decode()) == []


def test_the_map_grows_to_hold_a_country_further_east(client, data_2024):
    # Had the Black Sea summit been in Baku: Azerbaijan reaches past Georgia.
    summit = Event.objects.get(slug="2024-aer-general-assembly-black-sea-summit")
    summit.country = Country.objects.create(
        iso_code="AZ", name_uk="Азербайджан", name_en="Azerbaijan", latitude=40.4, longitude=49.9
    )
    summit.save()
    html = client.get("/uk/").content.decode()
    assert "</span>Азербайджан</a>" in html.split("Заходи відбувалися також")[1]
    assert countries_drawn_outside_the_map(html) == []


def test_home_shows_priority_areas_memberships_events_and_projects(client, data_2024):
    html = client.get("/en/").content.decode()
    for text in (
        "Education and science",
        "Innovation and digitalisation",
        "European Association for Local Democracy",
        "Luxembourg-Ukrainian Chamber of Commerce",
        "Smart City Expo World Congress",
        "Resilience Orthopedics",
        "Moving on… confidently, productively, effectively",
    ):
        assert text in html


def test_home_lists_the_events_coming_up_and_the_latest_over(client, data_2024):
    # Coming up: those still running first, then the next to start, three in
    # all; recently: those over, latest first. Dates relative to today.
    today = datetime.date.today()
    for slug, start, end in [
        ("running-since-last-month", -30, 1),
        ("starting-next-month", 30, None),
        ("starting-next-week", 7, None),
        ("starting-today", 0, None),
        ("over-yesterday", -3, -1),
    ]:
        Event.objects.create(
            title_uk=slug,
            title_en=slug,
            slug=slug,
            start_date=today + datetime.timedelta(days=start),
            end_date=None if end is None else today + datetime.timedelta(days=end),
            council_role=Event.CouncilRole.ATTENDED,
            format=Event.Format.FORUM,
            publication_status=PublicationStatus.PUBLISHED,
        )
    html = client.get("/en/").content.decode()
    coming_up, recently = html.split(">Coming up<")[1].split(">Recently<")
    assert re.findall(r'href="/en/events/([^/"]+)/"', coming_up) == [
        "running-since-last-month",
        "starting-today",
        "starting-next-week",
    ]
    recent = re.findall(r'href="/en/events/([^/"]+)/"', recently.split("</section>")[0])
    assert recent[:2] == ["over-yesterday", "2024-forum-bridges-of-solidarity"]


@pytest.mark.parametrize(
    ("slug", "initials"),
    [
        ("alda", "ALDA"),
        ("usaid", "USAID"),  # a five-letter acronym whole, not "USAI"
        ("interreg-europe", "IE"),  # a short name of two words
        ("zinkiv-city-council", "ЗМР"),  # no short name: the name's words
        ("premier-expo", "ПЕ"),  # «Прем'єр» is one word, not «Прем» and «єр»
        ("france-ministry-of-economy", "МЕФ"),  # «та» is not a word of the name's own
    ],
)
def test_records_without_logo_show_initials(client, data_2024, slug, initials):
    html = client.get(f"/uk/partners/{slug}/").content.decode()
    assert f'<span class="avatar avatar--lg" aria-hidden="true">{initials}</span>' in html
    assert "<img" not in html


@pytest.mark.parametrize(
    ("slug", "initials"),
    [
        ("france-ministry-of-economy", "MEF"),  # not "MOT", from "Ministry of the"
        ("poland-ministry-of-foreign-affairs", "MFA"),
        ("city-of-luxembourg", "CL"),
    ],
)
def test_english_initials_skip_small_words(client, data_2024, slug, initials):
    html = client.get(f"/en/partners/{slug}/").content.decode()
    assert f'<span class="avatar avatar--lg" aria-hidden="true">{initials}</span>' in html
    assert "<img" not in html


@pytest.mark.parametrize(
    ("url", "links"),
    [
        (
            "/en/projects/promoting-polish-in-poltava-schools/",
            [
                "/en/applications/2024/6/",
                "/en/events/2024-second-training-camp-polish-teachers/",
                "/en/events/2024-round-table-polish-teachers/",
                "/en/events/2024-final-knowledge-contest-about-poland/",
                "/en/partners/jagiellonian-foundation/",
                "/en/projects/strengthening-civil-society-participatory-inclusive-solutions/",
            ],
        ),
        (
            "/en/applications/2024/2/",
            [
                "/en/projects/resilience-orthopedics/",
                "/en/events/2024-meeting-resilience-orthopedics/",
                "/en/partners/france-ministry-of-economy/",
            ],
        ),
        (
            "/en/events/2024-meeting-resilience-orthopedics/",
            ["/en/projects/resilience-orthopedics/", "/en/applications/2024/2/"],
        ),
        (
            "/en/partners/alda/",
            [
                "/en/events/2024-alda-festival-and-general-assembly/",
                "/en/events/2024-meeting-alda-secretary-general/",
                "/en/applications/2024/7/",
                "/en/memberships/#membership-",
            ],
        ),
        (
            "/en/applications/2024/7/",
            [
                "/en/partners/alda/",
                "/en/events/2024-alda-festival-and-general-assembly/",
                "/en/events/2024-meeting-alda-secretary-general/",
            ],
        ),
        (
            "/en/memberships/",
            [
                "/en/partners/lucc/",
                "/en/memoranda/memorandum-2023-lucc/",
                "/en/events/2024-luxembourg-ukrainian-business-forum/",
                "/en/events/2024-working-meeting-lucc-luxembourg/",
                "/en/events/2024-alda-festival-and-general-assembly/",
            ],
        ),
        (
            "/en/partners/lucc/",
            [
                "/en/memoranda/memorandum-2023-lucc/",
                "/en/events/2024-luxembourg-ukrainian-business-forum/",
                "/en/events/2024-working-meeting-lucc-luxembourg/",
                "/en/memberships/#membership-",
            ],
        ),
        (
            "/en/events/2024-luxembourg-ukrainian-business-forum/",
            [
                "/en/partners/lucc/",
                "/en/memoranda/memorandum-2023-lucc/",
                "/en/events/2024-working-meeting-lucc-luxembourg/",
            ],
        ),
        (
            "/en/events/2024-bsssc-annual-conference/",
            ["/en/projects/bsssc-for-ukraine/", "/en/partners/bsssc/"],
        ),
        (
            "/en/areas/medicine/",
            ["/en/projects/resilience-orthopedics/", "/en/applications/2024/2/"],
        ),
        (
            "/en/countries/lu/",
            ["/en/partners/lucc/", "/en/events/2024-forum-bridges-of-solidarity/"],
        ),
    ],
)
def test_detail_pages_link_every_related_record(client, data_2024, url, links):
    html = client.get(url).content.decode()
    for link in links:
        assert f'href="{link}' in html, link


def test_event_page_has_schema_org_and_open_graph(client, data_2024):
    html = client.get("/en/events/2024-smart-city-expo-world-congress/").content.decode()
    assert 'itemtype="https://schema.org/Event"' in html
    assert '<meta itemprop="startDate" content="2024-11-05">' in html
    assert '<meta property="og:title" content="Smart City Expo World Congress · Events">' in html


def test_organisation_page_has_schema_org(client, data_2024):
    html = client.get("/en/partners/aer/").content.decode()
    assert 'itemtype="https://schema.org/Organization"' in html
    assert '<meta property="og:type" content="profile">' in html


def test_country_address_is_lower_case(client, data_2024):
    response = client.get("/en/countries/PL/")
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/pl/"
    assert client.get("/en/countries/xx/").status_code == 404
    assert client.get("/en/countries/pol/").status_code == 404


@pytest.mark.parametrize("address", ["2024/08", "02024/8", "2024/008"])
def test_an_application_has_one_address(client, data_2024, address):
    """The brochure numbers applications «08»: that spelling leads to the page."""
    response = client.get(f"/uk/applications/{address}/?from=search")
    assert response.status_code == 301
    assert response["Location"] == "/uk/applications/2024/8/?from=search"
    assert client.get("/en/applications/2024/99999999999999999999/").status_code == 404


def test_not_found_page_in_both_languages(client, data_2024):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    response = client.get("/uk/no-such-page/")
    assert response.status_code == 404
    assert "Сторінку не знайдено" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "text"), [("en", "Something went wrong"), ("uk", "Щось пішло не так")]
)
def test_server_error_page_in_both_languages(client, data_2024, monkeypatch, language, text):
    from cooperation import views

    def broken(self, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(views.HomeView, "get_context_data", broken)
    client.raise_request_exception = False
    response = client.get(f"/{language}/")
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{language}">' in html


def test_home_area_tiles_count_only_published_projects_and_events(client, data_2024):
    def tiles():
        return re.findall(r'area-tile__meta">([^<]*)', client.get("/en/").content.decode())

    def expected(area) -> str:
        # Counted the plain way, one area at a time, from the published records.
        projects = area.projects.filter(publication_status="published").count()
        events = area.events.filter(publication_status="published").count()
        return (
            f"{projects} project{'' if projects == 1 else 's'} · "
            f"{events} event{'' if events == 1 else 's'}"
        )

    areas = list(PriorityArea.objects.order_by("order", "id"))
    assert tiles() == [expected(area) for area in areas]
    assert tiles()[1] == "1 project · 2 events"  # medicine, as the brochure has it
    Event.objects.filter(priority_area__slug="medicine").update(publication_status="draft")
    assert tiles()[1] == "1 project · 0 events"


@pytest.mark.parametrize(
    ("city", "country", "is_online", "place"),
    [
        ("Tbilisi", "GE", False, "Tbilisi, Georgia"),
        ("Luxembourg", "LU", False, "Luxembourg"),  # not “Luxembourg, Luxembourg”
        ("", "GE", False, "Georgia"),
        ("Tbilisi", None, False, "Tbilisi"),
        ("", None, True, "Online"),
    ],
)
def test_an_event_names_its_place_on_its_page_and_in_the_list(
    client, data_2024, city, country, is_online, place
):
    Event.objects.create(
        title_uk="Подія для місця",
        title_en="An event to place",
        slug="an-event-to-place",
        start_date=datetime.date(2024, 12, 30),
        city_uk=city,
        city_en=city,
        country=Country.objects.get(iso_code=country) if country else None,
        is_online=is_online,
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        publication_status=PublicationStatus.PUBLISHED,
    )
    detail = client.get("/en/events/an-event-to-place/").content.decode()
    assert f"</time> · {place}</p>" in detail
    assert f'<span itemprop="name">{place}</span>' in detail
    listed = client.get("/en/events/?year=2024&month=12").content.decode()
    assert f"<span>{place}</span>" in listed

"""Each filter narrows the list to exactly the matching records."""

import re

import pytest

pytestmark = pytest.mark.django_db


def count(client, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 200, url
    found = re.search(r'class="count"[^>]*>(\d+) ', response.content.decode())
    assert found, url
    return int(found.group(1))


def titles(client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    return re.findall(
        r'class="record__title"><a href="[^"]+">(?:<span[^>]*>[^<]*</span> )?([^<]+)</a>', html
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/events/", 16),
        ("/en/events/?year=2024", 16),
        ("/en/events/?month=11", 5),
        ("/en/events/?month=7&year=2024", 3),
        ("/en/events/?council_role=attended", 8),
        ("/en/events/?council_role=organised", 6),
        ("/en/events/?council_role=exhibited", 2),
        ("/en/events/?council_role=attended&council_role=exhibited", 10),
        ("/en/events/?format=meeting", 4),
        ("/en/events/?country=LU", 4),
        ("/en/events/?country=ES", 3),
        ("/en/events/?online=online", 1),
        ("/en/events/?online=in_person", 15),
        ("/en/events/?area=medicine", 2),
        ("/en/events/?partner=alda", 2),
        ("/en/events/?partner=lucc&month=11", 1),
        ("/en/projects/", 6),
        ("/en/projects/?area=participation", 2),
        ("/en/projects/?status=implementation", 6),
        ("/en/projects/?status=closed", 0),
        ("/en/projects/?country=PL", 2),
        ("/en/projects/?country=FR", 1),
        ("/en/projects/?year=2024", 6),
        ("/en/projects/?partner=civil-society-development-forum", 2),
        ("/en/memoranda/", 10),
        ("/en/memoranda/?year=2023", 5),
        ("/en/memoranda/?year=2024", 5),
        ("/en/memoranda/?category=international", 2),
        ("/en/memoranda/?category=civil_society&year=2024", 4),
        ("/en/memoranda/?in_force=2024", 10),
        ("/en/memoranda/?in_force=2023", 5),
        ("/en/memoranda/?partner=zinkiv-city-council", 1),
        ("/en/applications/", 8),
        ("/en/applications/?year=2024", 8),
        ("/en/applications/?status=won", 5),
        ("/en/applications/?status=submitted", 3),
        ("/en/applications/?programme=interreg-europe", 1),
        ("/en/applications/?donor=european-union", 1),
        ("/en/applications/?donor=poland-ministry-of-foreign-affairs", 1),
        ("/en/applications/?area=ecology-and-climate-adaptation", 2),
        ("/en/partners/", 31),
        ("/en/partners/?kind=international", 6),
        ("/en/partners/?country=LU", 3),
        ("/en/partners/?kind=council&country=UA", 3),
    ],
)
def test_filter_narrows_the_list(client, data_2024, url, expected):
    assert count(client, url) == expected


def test_filtered_events_are_the_right_ones(client, data_2024):
    found = titles(client, "/en/events/?council_role=exhibited")
    assert found == [
        "Smart City Expo World Congress",
        "ReBuild Ukraine: Health &amp; Rehabilitation exhibition and conference",
    ]


def test_memoranda_in_force_follow_their_dates(client, data_2024):
    import datetime

    from partners.models import Memorandum

    Memorandum.objects.filter(slug="memorandum-2023-save-dnipro").update(
        valid_until=datetime.date(2023, 12, 31)
    )
    assert count(client, "/en/memoranda/?in_force=2024") == 9
    assert count(client, "/en/memoranda/?in_force=2023") == 5


def test_a_memorandum_terminated_on_new_years_day_was_not_in_force_that_year(client, data_2024):
    """Its own page says it is no longer in force from the day it was
    terminated on: ended on 1 January 2024, it was in force on no day of 2024,
    so the list of 2024 leaves it out, as it does one ended in 2023."""
    import datetime

    from partners.models import Memorandum

    Memorandum.objects.filter(slug="memorandum-2023-save-dnipro").update(
        terminated_on=datetime.date(2024, 1, 1)
    )
    assert count(client, "/en/memoranda/?in_force=2024") == 9
    assert count(client, "/en/memoranda/?in_force=2023") == 5
    page = client.get("/en/memoranda/memorandum-2023-save-dnipro/").content.decode()
    assert "No longer in force" in page


def test_project_year_filter_leaves_out_finished_projects(client, data_2024):
    import datetime

    from projects.models import Project

    Project.objects.filter(slug="bsssc-for-ukraine").update(
        start_date=datetime.date(2021, 1, 1), end_date=datetime.date(2022, 6, 30)
    )
    assert count(client, "/en/projects/?year=2024") == 5
    assert count(client, "/en/projects/?year=2022") == 6


@pytest.mark.parametrize(
    ("url", "first", "last"),
    [
        ("/en/events/?ordering=oldest", "Final conference of the project", "Forum “Bridges"),
        ("/en/events/?ordering=newest", "Forum “Bridges", "Final conference of the project"),
        ("/en/applications/?ordering=title", "CCRI mentoring", "PROUD Ukraine"),
    ],
)
def test_ordering(client, data_2024, url, first, last):
    found = titles(client, url)
    assert (
        found[0].split(">")[-1].strip().startswith(first.split("“")[0].strip()) or first in found[0]
    )
    assert last in found[-1] or found[-1].startswith(last)


def test_events_timeline_is_grouped_by_month(client, data_2024):
    html = client.get("/en/events/?year=2024").content.decode()
    months = re.findall(r'<h3 class="timeline__month">([^<]+)</h3>', html)
    assert months[0] == "November 2024"
    assert months[-1] == "April 2024"
    assert len(months) == len(set(months))


def test_list_counts_are_shown_in_ukrainian(client, data_2024):
    html = client.get("/uk/memoranda/?year=2024").content.decode()
    assert "5 меморандумів" in html
    html = client.get("/uk/applications/?status=won").content.decode()
    assert "5 заявок" in html


def test_pagination(client, many_records):
    first = client.get("/en/events/")
    assert first.status_code == 200
    html = first.content.decode()
    assert "216 events" in html
    assert 'href="?page=2"' in html
    second = client.get("/en/events/?page=2&council_role=attended")
    assert second.status_code == 200
    assert 'href="?page=3&amp;council_role=attended"' in second.content.decode()


@pytest.mark.parametrize(
    ("query", "chosen"),
    [
        ("", 0),
        ("?ordering=title", 0),  # an order is not a filter
        ("?year=2024", 1),
        ("?year=2024&country=LU&council_role=attended&council_role=organised", 3),
    ],
)
def test_the_list_says_how_many_filters_are_chosen(client, data_2024, query, chosen):
    html = client.get(f"/en/events/{query}").content.decode()
    summary = re.search(r"<summary>(.*?)</summary>", html, re.S).group(1)
    count_line = re.search(r'<div class="count-line">(.*?)</div>', html, re.S).group(1)
    if chosen:
        assert f"({chosen} chosen)" in summary
        assert '<a href="/en/events/">Clear filters</a>' in count_line
    else:
        assert "chosen" not in summary
        assert "Clear filters" not in count_line


def partner_choices(client, url: str, name: str = "partner") -> list[str]:
    html = client.get(url).content.decode()
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return [value for value in re.findall(r'<option value="([^"]*)"', select) if value]


@pytest.mark.parametrize(
    ("url", "offered", "not_offered"),
    [
        # ALDA is with two events; «Інша Жінка» only signed a memorandum.
        ("/en/events/", "alda", "insha-zhinka"),
        ("/en/memoranda/", "insha-zhinka", "alda"),
        ("/en/projects/", "jagiellonian-foundation", "alda"),
        ("/en/applications/", "resilience-orthopedics", "insha-zhinka"),
    ],
)
def test_partner_filter_offers_only_partners_with_records_in_the_list(
    client, data_2024, url, offered, not_offered
):
    """Every partner in the drop-down leads to at least one record, as the
    countries do: no choice that can only give an empty list."""
    choices = partner_choices(client, url)
    assert offered in choices
    assert not_offered not in choices
    for slug in choices:
        assert count(client, f"{url}?partner={slug}") >= 1, slug


def test_partner_filter_ignores_drafts(client, data_2024):
    from events.models import Event
    from partners.models import Organisation

    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    event.organisations.add(Organisation.objects.get(slug="insha-zhinka"))
    assert "insha-zhinka" in partner_choices(client, "/en/events/")
    event.publication_status = "draft"
    event.save()
    assert "insha-zhinka" not in partner_choices(client, "/en/events/")


def test_donor_filter_offers_only_donors_of_published_applications(client, draft_records):
    """ALDA is the donor of the draft application only: offered to the
    public, it would lead to an empty list."""
    choices = partner_choices(client, "/en/applications/", name="donor")
    assert "european-union" in choices
    assert "alda" not in choices
    for slug in choices:
        assert count(client, f"/en/applications/?donor={slug}") >= 1, slug


def test_the_home_pages_figures_link_to_lists_of_a_reported_year_without_records_yet(
    client, data_2024
):
    # The office publishes its 2025 report before entering the year's events
    # and applications: the home page counts 0 of each for 2025, and its
    # tiles link to the lists of 2025, which must show an empty list, not
    # «not one of the choices».
    from cooperation.models import AnnualReport
    from cooperation.records import PublicationStatus

    AnnualReport.objects.create(
        year=2025,
        title_uk="Міжнародна співпраця 2025",
        title_en="International cooperation 2025",
        publication_status=PublicationStatus.PUBLISHED,
    )
    home = client.get("/en/").content.decode()
    links = re.findall(r'href="(/en/(?:events|applications|projects)/\?year=2025[^"]*)"', home)
    assert len(links) >= 3
    for link in links:
        page = client.get(link.replace("&amp;", "&")).content.decode()
        assert "not one of the choices" not in page, link
        assert '<option value="2025" selected>2025</option>' in page, link


@pytest.mark.parametrize(
    "language, status", [("uk", "Ще не набув чинності"), ("en", "Not yet in force")]
)
def test_a_memorandum_recorded_before_its_signing_day_is_not_yet_in_force(
    client, data_2024, language, status
):
    """Staff may enter a memorandum agreed and dated ahead: its page says it
    is not in force yet, not that it has lost force (or that it is in force,
    where only a later year is known)."""
    import datetime

    from partners.models import Memorandum

    next_week = datetime.date.today() + datetime.timedelta(days=7)
    memorandum = Memorandum.objects.get(slug="memorandum-2023-save-dnipro")
    address = f"/{language}/memoranda/memorandum-2023-save-dnipro/"
    # A save, as staff make it: the page cache moves on.
    memorandum.signed_on, memorandum.signed_year = next_week, next_week.year
    memorandum.save()
    assert f"<dd>{status}</dd>" in client.get(address).content.decode()
    # Only the year known, a later one.
    memorandum.signed_on, memorandum.signed_year = None, next_week.year + 1
    memorandum.save()
    assert f"<dd>{status}</dd>" in client.get(address).content.decode()


def test_memoranda_in_force_this_year_before_it_has_a_record(client, data_2024):
    """The question a visitor asks most, which memoranda are in force now, is
    a choice of the filter before this year has a memorandum or a report of
    its own: the 2024 ones signed with no end are in force still."""
    import datetime

    this_year = datetime.date.today().year
    page = client.get("/en/memoranda/").content.decode()
    assert f'<option value="{this_year}">{this_year}</option>' in page
    assert count(client, f"/en/memoranda/?in_force={this_year}") == count(
        client, "/en/memoranda/?in_force=2024"
    )

"""How pages name the council's memberships: the organisation's name is not
declined into a Ukrainian sentence, and an ended membership says so."""

import re

import pytest

from partners.models import Membership
from partners.views import MembershipListView

pytestmark = pytest.mark.django_db

AER_EVENT = "/{}/events/2024-aer-general-assembly-black-sea-summit/"
LUCC_MEMORANDUM = "/{}/memoranda/memorandum-2023-lucc/"


def text(client, url: str) -> str:
    html = client.get(url).content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    ("url", "ukrainian", "english"),
    [
        (
            AER_EVENT,
            "Асамблея європейських регіонів (AER): рада — член із 2023 року",
            "Assembly of European Regions (AER): the council has been a member since 2023",
        ),
        (
            LUCC_MEMORANDUM,
            "Люксембурзько-українська торгова палата (LUCC): рада — член із 2023 року",
            "Luxembourg-Ukrainian Chamber of Commerce (LUCC): "
            "the council has been a member since 2023",
        ),
    ],
)
def test_membership_line_reads_in_both_languages(client, data_2024, url, ukrainian, english):
    # Not «Член Асамблея європейських регіонів (AER)»: the name stays in the
    # nominative, so the sentence must not need another case of it.
    assert ukrainian in text(client, url.format("uk"))
    assert "Член Асамблея" not in text(client, url.format("uk"))
    assert english in text(client, url.format("en"))


@pytest.mark.parametrize("url", [AER_EVENT, LUCC_MEMORANDUM])
def test_an_ended_membership_is_not_shown_as_current(client, data_2024, url):
    Membership.objects.filter(since_year=2023).update(until_year=2025)
    english = text(client, url.format("en"))
    assert "the council was a member 2023–2025" in english
    assert "has been a member" not in english
    assert "рада була членом у 2023–2025 роках" in text(client, url.format("uk"))


def test_membership_list_gives_whole_dates_of_events(client, data_2024):
    """The AER summit ran 12–14 June, the ALDA festival 13–15 May."""
    english = text(client, "/en/memberships/")
    assert "12–14 June 2024" in english
    assert "13–15 May 2024" in english
    assert "12–14 червня 2024" in text(client, "/uk/memberships/")


BROCHURE_ORDER = ["alda", "aer", "lucc"]
# Where each page lists the memberships: what opens the list, and what ends it.
MEMBERSHIP_LISTS = {
    "/{}/memberships/": ('<ul class="records">', "</main>"),
    "/{}/": ('aria-labelledby="memberships-title"', "</section>"),
    "/{}/reports/2024/": ("rpt-chapter--memberships", "</section>"),
}


def organisations_listed(client, url: str) -> list[str]:
    """The addresses of the organisations a page's list of memberships links,
    in the order it lists them."""
    language = url.strip("/").split("/")[0]
    opening, end = MEMBERSHIP_LISTS[url.replace(f"/{language}/", "/{}/", 1)]
    html = client.get(url).content.decode()
    listed = html[html.index(opening) :]
    listed = listed[: listed.index(end)]
    slugs = re.findall(rf'href="/{language}/partners/([\w-]+)/"', listed)
    return list(dict.fromkeys(slugs))


@pytest.mark.parametrize("language", ["uk", "en"])
@pytest.mark.parametrize("url", MEMBERSHIP_LISTS)
def test_memberships_are_listed_in_the_brochures_order(client, data_2024, url, language):
    """ALDA, AER, LUCC, as the office set them in the brochure: not by the
    alphabet, which puts AER first."""
    assert organisations_listed(client, url.format(language)) == BROCHURE_ORDER


@pytest.mark.parametrize("language", ["uk", "en"])
@pytest.mark.parametrize("url", MEMBERSHIP_LISTS)
def test_memberships_follow_the_order_staff_give_them(client, data_2024, url, language):
    for position, slug in enumerate(["lucc", "alda", "aer"], start=1):
        Membership.objects.filter(organisation__slug=slug).update(position=position)
    assert organisations_listed(client, url.format(language)) == ["lucc", "alda", "aer"]


@pytest.mark.parametrize(
    ("url", "current", "former"),
    [
        ("/en/memberships/", "Current memberships", "Former memberships"),
        ("/uk/memberships/", "Чинне членство", "Колишнє членство"),
    ],
)
def test_memberships_the_council_has_left_come_after_under_their_own_heading(
    client, data_2024, url, current, former
):
    """The page names the organisations the council is a member of: AER, left
    in 2024, is listed after the others, under a heading that says so. An end
    year, this year's too, is given once the membership is over (the admin's
    help text), as the line «member 2023–2026» says."""
    import datetime

    Membership.objects.filter(organisation__short_name_en="AER").update(
        until_year=datetime.date.today().year
    )
    html = client.get(url).content.decode()
    headings = re.findall(r"<h([34]) [^>]*>(.*?)</h\1>", html, flags=re.S)
    outline = [(level, re.sub(r"<[^>]+>|\s+$", "", title)) for level, title in headings]
    # Each heading's level and how its text ends (a name is in the page's language).
    expected = [("3", current), ("4", "(ALDA)"), ("4", "(LUCC)"), ("3", former), ("4", "(AER)")]
    assert len(outline) == len(expected), outline
    for (level, title), (expected_level, ending) in zip(outline, expected, strict=True):
        assert (level, title.endswith(ending)) == (expected_level, True), (level, title)


def test_without_a_membership_left_the_list_has_no_group_headings(client, data_2024):
    html = client.get("/en/memberships/").content.decode()
    assert "Current memberships" not in html
    assert "Former memberships" not in html
    assert len(re.findall(r'<h3 class="record__title">', html)) == 3


def test_when_every_membership_has_ended_the_list_says_so(client, data_2024):
    # The page's lead names the organisations the council is a member of.
    Membership.objects.update(until_year=2024)
    html = client.get("/en/memberships/").content.decode()
    assert '<h3 class="records-group">Former memberships</h3>' in html
    assert "Current memberships" not in html
    assert len(re.findall(r'<h4 class="record__title">', html)) == 3


def test_memberships_the_council_has_left_come_after_the_current_ones_on_every_page(
    client, data_2024
):
    """Past a page, a membership the council has left (ALDA, first in the
    order) is on the last page after the current ones: not under «Former
    memberships» on the first page with current ones after it on the next."""
    alda = Membership.objects.get(organisation__slug="alda")
    Membership.objects.filter(pk=alda.pk).update(until_year=2024)
    Membership.objects.bulk_create(
        Membership(
            organisation=alda.organisation,
            since_year=1950 + n,
            position=10 + n,
            publication_status="published",
        )
        for n in range(MembershipListView.paginate_by)
    )
    first, last = (client.get(f"/en/memberships/?page={page}") for page in (1, 2))

    assert f'id="membership-{alda.pk}"' in last.content.decode()
    assert f'id="membership-{alda.pk}"' not in first.content.decode()
    assert "Former memberships" not in first.content.decode()

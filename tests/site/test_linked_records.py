"""A record linked to a page's record in several ways is listed on the page
once, and counted once."""

import datetime
import re

import pytest

from cooperation.records import PublicationStatus
from events.models import Event
from partners.models import Organisation
from projects.models import Application, ApplicationPartner, Programme, Project

PUBLISHED = PublicationStatus.PUBLISHED


def make_event(slug: str, day: int) -> Event:
    return Event.objects.create(
        title_uk=slug,
        title_en=slug,
        slug=slug,
        start_date=datetime.date(2024, 5, day),
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        publication_status=PUBLISHED,
    )


def event_links(html: str, section_id: str) -> list[str]:
    section = html.split(f'id="{section_id}"')[1].split("</section>")[0]
    return re.findall(r'href="/en/events/([^/"]+)/"', section)


@pytest.fixture
def twice_linked(data_2024):
    """Two events that share two partners and a project, and an application
    of that project from a programme of one partner, which is also the
    application's partner and its donor."""
    alda = Organisation.objects.get(slug="alda")
    usaid = Organisation.objects.get(slug="usaid")
    project = Project.objects.published().filter(events__isnull=False).first()
    first, second = make_event("first-of-two", 20), make_event("second-of-two", 21)
    for event in (first, second):
        event.organisations.add(alda, usaid)
        event.projects.add(project)
    programme = Programme.objects.create(
        name_uk="Програма ALDA",
        name_en="ALDA programme",
        organisation=alda,
        publication_status=PUBLISHED,
    )
    application = Application.objects.create(
        year=2024,
        number=98,
        title_uk="Заявка з ALDA",
        title_en="Application with ALDA",
        status=Application.Status.SUBMITTED,
        project=project,
        programme=programme,
        publication_status=PUBLISHED,
    )
    for role in (ApplicationPartner.Role.PARTNER, ApplicationPartner.Role.DONOR):
        ApplicationPartner.objects.create(application=application, organisation=alda, role=role)
    return {"alda": alda, "first": first, "application": application}


def test_an_event_sharing_a_partner_and_a_project_is_one_related_event(client, twice_linked):
    html = client.get(twice_linked["first"].get_absolute_url().replace("/uk/", "/en/")).text
    related = event_links(html, "related-events")
    assert "second-of-two" in related
    assert len(related) == len(set(related))


def test_an_event_with_the_partner_and_the_project_of_an_application_is_listed_once(
    client, twice_linked
):
    page = twice_linked["application"].get_absolute_url().replace("/uk/", "/en/")
    html = client.get(page).text
    links = re.findall(r'href="/en/events/([^/"]+)/"', html.split("<main")[1])
    assert links.count("first-of-two") == 1
    assert links.count("second-of-two") == 1


def test_a_partner_of_an_application_and_its_programme_counts_it_once(client, twice_linked):
    response = client.get("/en/partners/alda/")
    applications = response.context["applications"]
    numbers = [application.number for application in applications]
    assert numbers.count(98) == 1
    assert response.context["application_count"] == len(
        set(
            Application.objects.published()
            .filter(partner_links__organisation=twice_linked["alda"])
            .values_list("pk", flat=True)
        )
        | set(
            Application.objects.published()
            .filter(programme__organisation=twice_linked["alda"])
            .values_list("pk", flat=True)
        )
    )


def test_the_partner_filter_lists_an_application_with_the_partner_twice_once(client, twice_linked):
    html = client.get("/en/applications/", {"partner": "alda"}).text
    assert html.count('href="/en/applications/2024/98/"') == 1

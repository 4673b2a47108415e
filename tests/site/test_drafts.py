"""Drafts are a 404 for the public and a marked preview for staff."""

import pytest
from django.test import Client
from django.utils import translation

from projects.models import Project

pytestmark = pytest.mark.django_db

DETAIL_URLS = [
    "/{lang}/projects/draft-project/",
    "/{lang}/events/draft-event/",
    "/{lang}/memoranda/draft-memorandum/",
    "/{lang}/applications/2024/99/",
    "/{lang}/partners/draft-foundation/",
]


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("url", DETAIL_URLS)
def test_draft_is_not_found_for_the_public(client, draft_records, url, lang):
    assert client.get(url.format(lang=lang)).status_code == 404


@pytest.mark.parametrize("url", DETAIL_URLS)
def test_staff_see_a_draft_as_a_preview(staff_client, draft_records, url):
    response = staff_client.get(url.format(lang="en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft — preview." in html
    assert "/admin/" in html  # a link to edit it


@pytest.mark.parametrize("url", DETAIL_URLS)
def test_editors_see_a_draft_as_a_preview(editor_client, draft_records, url):
    assert editor_client.get(url.format(lang="en")).status_code == 200


def test_published_record_has_no_draft_banner_for_staff(staff_client, data_2024):
    html = staff_client.get("/en/partners/alda/").content.decode()
    assert "Draft — preview." not in html


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/en/projects/", "Draft project"),
        ("/en/events/", "Draft event"),
        ("/en/memoranda/", "Draft memorandum"),
        ("/en/applications/", "Draft application"),
        ("/en/partners/", "Draft Foundation"),
        ("/en/", "Draft event"),
        ("/en/partners/alda/", "Draft event"),
        ("/en/partners/alda/", "Draft project"),
        ("/en/partners/alda/", "Draft memorandum"),
        ("/en/partners/alda/", "Draft application"),
        ("/en/events/2024-alda-festival-and-general-assembly/", "Draft Foundation"),
        ("/en/events/2024-alda-festival-and-general-assembly/", "Draft event"),
        ("/en/areas/medicine/", "Draft project"),
        ("/en/countries/pl/", "Draft Foundation"),
        ("/en/search/?q=draft", "Draft"),
        ("/sitemap.xml", "draft-"),
    ],
)
def test_drafts_are_left_out_of_every_public_page(client, draft_records, url, title):
    response = client.get(url)
    assert response.status_code == 200
    assert title not in response.content.decode()


def test_staff_lists_show_drafts_marked(staff_client, draft_records):
    html = staff_client.get("/en/events/").content.decode()
    assert "Draft event" in html
    assert '<span class="tag tag--draft">Draft</span>' in html


def test_draft_counts_are_not_in_the_public_figures(client, draft_records):
    html = client.get("/en/applications/?year=2024").content.decode()
    assert "8 applications" in html


def test_a_draft_programme_is_not_named_on_the_public_lists(client, data_2024):
    from projects.models import Application

    application = Application.objects.filter(programme__isnull=False).first()
    programme = application.programme
    assert programme.name_en in client.get("/en/applications/").content.decode()
    programme.publication_status = "draft"
    programme.save()
    for url in ("/en/applications/", application.get_absolute_url()):
        assert programme.name_en not in client.get(url).content.decode(), url


def test_staff_see_a_draft_programme_marked_on_the_lists(staff_client, data_2024):
    from projects.models import Application

    application = Application.objects.filter(programme__isnull=False).first()
    programme = application.programme
    programme.publication_status = "draft"
    programme.save()
    html = staff_client.get("/en/applications/").content.decode()
    assert f'<span>{programme.name_en}</span> <span class="tag tag--draft">Draft</span>' in html


def test_a_membership_is_shown_only_with_its_organisation(client, superuser, data_2024):
    from django.test import Client

    from partners.models import Organisation

    alda = Organisation.objects.get(slug="alda")
    name = "European Association for Local Democracy"
    assert name in client.get("/en/").content.decode()
    alda.publication_status = "draft"
    alda.save()
    for url in ("/en/", "/en/memberships/"):
        assert name not in client.get(url).content.decode(), url
    staff_client = Client()
    staff_client.force_login(superuser)
    assert name in staff_client.get("/en/memberships/").content.decode()


def test_staff_see_a_draft_programme_organisation_on_the_application(superuser, data_2024):
    from django.test import Client

    from projects.models import Application

    application = Application.objects.filter(programme__organisation__isnull=False).first()
    organisation = application.programme.organisation
    organisation.publication_status = "draft"
    organisation.save()
    url = application.get_absolute_url()
    # Named under the programme, after a line break.
    link = f'<br><a href="{organisation.get_absolute_url()}"'
    staff = Client()
    staff.force_login(superuser)
    assert link in staff.get(url).content.decode()
    assert link not in Client().get(url).content.decode()


@pytest.fixture
def application_of_a_draft_project(data_2024):
    """Application 2024/6, its project turned into a draft, and a published
    event that only that project ties to the application."""
    import datetime

    from events.models import Event
    from projects.models import Application

    application = Application.objects.get(year=2024, number=6)
    project = application.project
    project.publication_status = "draft"
    project.save()
    event = Event.objects.create(
        title_uk="Подія чернеткового проєкту",
        title_en="Event of the draft project",
        slug="event-of-the-draft-project",
        start_date=datetime.date(2024, 5, 5),
        is_online=True,
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        publication_status="published",
    )
    event.projects.add(project)
    return application


def test_the_public_do_not_see_the_draft_project_of_an_application(
    client, application_of_a_draft_project
):
    project = application_of_a_draft_project.project
    with translation.override("en"):
        url = application_of_a_draft_project.get_absolute_url()
        project_url = project.get_absolute_url()
    html = client.get(url).content.decode()
    assert project.title_en not in html
    assert project_url not in html
    assert "Event of the draft project" not in html  # nor what only that project links


def test_staff_see_the_draft_project_of_an_application_marked(
    staff_client, application_of_a_draft_project
):
    project = application_of_a_draft_project.project
    with translation.override("en"):
        url = application_of_a_draft_project.get_absolute_url()
    html = staff_client.get(url).content.decode()
    assert f'{project.title_en}</a> <span class="tag tag--draft">Draft</span>' in html
    assert "Event of the draft project" in html


def test_staff_see_the_draft_programme_of_an_application(staff_client, data_2024):
    from projects.models import Application

    application = Application.objects.filter(programme__isnull=False).first()
    programme = application.programme
    programme.publication_status = "draft"
    programme.save()
    with translation.override("en"):
        url = application.get_absolute_url()
    html = staff_client.get(url).content.decode()
    # Named, and marked as a draft, as on the lists.
    assert f'{programme.name_en}</span> <span class="tag tag--draft">Draft</span>' in html


@pytest.fixture
def links_to_a_draft_organisation(draft_records):
    """The draft organisation linked to published records in every kind of
    link: returns the pages that show those links."""
    from partners.models import Membership, Memorandum, MemorandumParty
    from projects.models import Application, ApplicationPartner, Project, ProjectParticipation

    organisation = draft_records["organisation"]
    project = Project.objects.get(slug="promoting-polish-in-poltava-schools")
    ProjectParticipation.objects.create(project=project, organisation=organisation, role="funding")
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    MemorandumParty.objects.create(memorandum=memorandum, organisation=organisation, order=9)
    application = Application.objects.get(year=2024, number=2)
    ApplicationPartner.objects.create(
        application=application, organisation=organisation, role="partner"
    )
    Membership.objects.create(
        organisation=organisation, since_year=2020, publication_status="published"
    )
    with translation.override("en"):
        return [
            project.get_absolute_url(),
            memorandum.get_absolute_url(),
            application.get_absolute_url(),
            "/en/memberships/",
        ]


def test_links_to_a_draft_organisation_are_left_out_for_the_public(
    client, links_to_a_draft_organisation
):
    for url in links_to_a_draft_organisation:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Draft Foundation" not in response.content.decode(), url


def test_staff_see_links_to_a_draft_organisation(staff_client, links_to_a_draft_organisation):
    for url in links_to_a_draft_organisation:
        assert "Draft Foundation" in staff_client.get(url).content.decode(), url


def test_a_draft_parent_project_is_named_to_staff_only(staff_client, data_2024):
    # A project that is part of a larger one names it; not while it is a draft.
    client = Client()  # a visitor (staff_client is the test's client, signed in)
    part = Project.objects.filter(parent__isnull=False).select_related("parent").first()
    parent = part.parent
    url, parent_url = f"/en/projects/{part.slug}/", f"/en/projects/{parent.slug}/"
    assert f'href="{parent_url}"' in client.get(url).content.decode()
    Project.objects.filter(pk=parent.pk).update(publication_status="draft")
    assert f'href="{parent_url}"' not in client.get(url).content.decode()
    assert f'href="{parent_url}"' in staff_client.get(url).content.decode()

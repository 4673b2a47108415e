"""Admin pages with many linked rows: a row more costs at most the one query
its organisation box makes. Each row is headed by what it ties together (a
project and an organisation), which cost two more queries a row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import Application, ApplicationPartner, Project, ProjectParticipation

pytestmark = pytest.mark.django_db

MORE_ROWS = 5


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def other_organisations(record_organisations) -> list[Organisation]:
    taken = set(record_organisations.values_list("pk", flat=True))
    return list(Organisation.objects.exclude(pk__in=taken).order_by("slug")[:MORE_ROWS])


def test_a_projects_page_reads_its_participants_with_their_rows(editor_client):
    project = Project.objects.get(slug="promoting-polish-in-poltava-schools")
    url = reverse("admin:projects_project_change", args=[project.pk])
    before = queries_for(editor_client, url)

    for order, organisation in enumerate(other_organisations(project.organisations), start=10):
        ProjectParticipation.objects.create(
            project=project, organisation=organisation, role="implementing", order=order
        )

    assert queries_for(editor_client, url) <= before + MORE_ROWS


def test_a_memorandums_page_reads_its_parties_with_their_rows(editor_client):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    before = queries_for(editor_client, url)

    for order, organisation in enumerate(other_organisations(memorandum.parties), start=10):
        MemorandumParty.objects.create(
            memorandum=memorandum, organisation=organisation, order=order
        )

    assert queries_for(editor_client, url) <= before + MORE_ROWS


def test_an_applications_page_reads_its_partners_with_their_rows(editor_client):
    application = Application.objects.get(year=2024, number=6)
    url = reverse("admin:projects_application_change", args=[application.pk])
    before = queries_for(editor_client, url)

    for order, organisation in enumerate(other_organisations(application.organisations), start=10):
        ApplicationPartner.objects.create(
            application=application, organisation=organisation, role="partner", order=order
        )

    assert queries_for(editor_client, url) <= before + MORE_ROWS

"""Admin pages with many linked rows: a row more costs at most the one query
its organisation box makes. Each row is headed by what it ties together (a
project and an organisation), which cost two more queries a row."""

import pytest
from django.urls import reverse

from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import Application, ApplicationPartner, Project, ProjectParticipation
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

MORE_ROWS = 5

# (admin page, the record, its organisations, how a row ties one more to it)
PAGES_WITH_ROWS = {
    "project participants": (
        "admin:projects_project_change",
        lambda: Project.objects.get(slug="promoting-polish-in-poltava-schools"),
        "organisations",
        lambda project, organisation, order: ProjectParticipation.objects.create(
            project=project, organisation=organisation, role="implementing", order=order
        ),
    ),
    "memorandum parties": (
        "admin:partners_memorandum_change",
        lambda: Memorandum.objects.get(slug="memorandum-2023-lucc"),
        "parties",
        lambda memorandum, organisation, order: MemorandumParty.objects.create(
            memorandum=memorandum, organisation=organisation, order=order
        ),
    ),
    "application partners": (
        "admin:projects_application_change",
        lambda: Application.objects.get(year=2024, number=6),
        "organisations",
        lambda application, organisation, order: ApplicationPartner.objects.create(
            application=application, organisation=organisation, role="partner", order=order
        ),
    ),
}


@pytest.mark.parametrize("rows", PAGES_WITH_ROWS)
def test_a_records_page_reads_its_organisation_rows_with_the_rows(editor_client, rows):
    page, get_record, linked, add_row = PAGES_WITH_ROWS[rows]
    record = get_record()
    url = reverse(page, args=[record.pk])
    before = queries_for(editor_client, url)

    taken = getattr(record, linked).values("pk")
    others = Organisation.objects.exclude(pk__in=taken).order_by("slug")
    for order, organisation in enumerate(others[:MORE_ROWS], start=10):
        add_row(record, organisation, order)

    assert queries_for(editor_client, url) <= before + MORE_ROWS

"""The report reads the database a bounded number of times, however many records the year has."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cooperation.models import PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event, EventFigure
from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import Application, ApplicationPartner, Project, ProjectParticipation

pytestmark = pytest.mark.django_db

PUBLISHED = PublicationStatus.PUBLISHED
MAX_QUERIES = 30


def count_queries(client, name: str) -> int:
    with translation.override("uk"):
        url = reverse(f"cooperation:{name}", kwargs={"year": 2024})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_records(count: int) -> None:
    area = PriorityArea.objects.first()
    organisations = [
        Organisation.objects.create(
            name_uk=f"Організація {i}",
            slug=f"organisation-{i}",
            kind=Organisation.Kind.NGO,
            publication_status=PUBLISHED,
        )
        for i in range(count)
    ]
    for i, organisation in enumerate(organisations):
        memorandum = Memorandum.objects.create(
            title_uk=f"Меморандум {i}",
            slug=f"memorandum-extra-{i}",
            category=Memorandum.Category.CIVIL_SOCIETY,
            signed_year=2024,
            publication_status=PUBLISHED,
        )
        MemorandumParty.objects.create(memorandum=memorandum, organisation=organisation)
        project = Project.objects.create(
            title_uk=f"Проєкт {i}",
            summary_uk="Опис.",
            slug=f"project-extra-{i}",
            priority_area=area,
            publication_status=PUBLISHED,
        )
        ProjectParticipation.objects.create(
            project=project, organisation=organisation, role="implementing"
        )
        for role in (
            Event.CouncilRole.ATTENDED,
            Event.CouncilRole.ORGANISED,
            Event.CouncilRole.EXHIBITED,
        ):
            event = Event.objects.create(
                title_uk=f"Захід {i} {role}",
                slug=f"event-extra-{i}-{role}",
                start_date=datetime.date(2024, 1 + i % 12, 10),
                council_role=role,
                format=Event.Format.FORUM,
                is_online=True,
                presented_uk="Перше\nДруге",
                publication_status=PUBLISHED,
            )
            event.organisations.add(organisation)
            EventFigure.objects.create(
                event=event, kind=EventFigure.Kind.PARTICIPANTS, value=100 + i
            )
        application = Application.objects.create(
            year=2024,
            number=100 + i,
            title_uk=f"Заявка {i}",
            status=Application.Status.WON if i % 2 else Application.Status.SUBMITTED,
            publication_status=PUBLISHED,
        )
        ApplicationPartner.objects.create(
            application=application, organisation=organisation, role=ApplicationPartner.Role.DONOR
        )


@pytest.mark.parametrize("name", ["report_pdf", "report_detail"])
def test_more_records_mean_no_more_queries(client, report_2024, name):
    before = count_queries(client, name)
    assert before <= MAX_QUERIES
    add_records(6)
    assert count_queries(client, name) == before

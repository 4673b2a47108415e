"""Fixtures of the public site's tests: published and draft records made the
way staff make them (both languages set), and a few hundred extra records."""

import datetime

import pytest

from cooperation.models import Country, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event
from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import Application, ApplicationPartner, Project, ProjectParticipation

PUBLISHED = PublicationStatus.PUBLISHED
DRAFT = PublicationStatus.DRAFT


@pytest.fixture
def draft_records(data_2024):
    """One draft of every public record type, linked to published records."""
    area = PriorityArea.objects.get(slug="medicine")
    poland = Country.objects.get(iso_code="PL")
    alda = Organisation.objects.get(slug="alda")
    organisation = Organisation.objects.create(
        name_uk="Чернеткова фундація",
        name_en="Draft Foundation",
        slug="draft-foundation",
        kind=Organisation.Kind.FOUNDATION,
        country=poland,
        publication_status=DRAFT,
    )
    project = Project.objects.create(
        title_uk="Чернетковий проєкт",
        title_en="Draft project",
        summary_uk="Ще не опубліковано.",
        summary_en="Not published yet.",
        slug="draft-project",
        priority_area=area,
        publication_status=DRAFT,
    )
    ProjectParticipation.objects.create(project=project, organisation=alda, role="implementing")
    event = Event.objects.create(
        title_uk="Чернеткова подія",
        title_en="Draft event",
        slug="draft-event",
        start_date=datetime.date(2024, 3, 3),
        country=poland,
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        priority_area=area,
        publication_status=DRAFT,
    )
    event.organisations.add(alda, organisation)
    memorandum = Memorandum.objects.create(
        title_uk="Чернетковий меморандум",
        title_en="Draft memorandum",
        slug="draft-memorandum",
        category=Memorandum.Category.INTERNATIONAL,
        signed_year=2024,
        publication_status=DRAFT,
    )
    MemorandumParty.objects.create(memorandum=memorandum, organisation=alda)
    application = Application.objects.create(
        year=2024,
        number=99,
        title_uk="Чернеткова заявка",
        title_en="Draft application",
        status=Application.Status.SUBMITTED,
        publication_status=DRAFT,
    )
    ApplicationPartner.objects.create(application=application, organisation=alda, role="donor")
    # A published event that names the draft organisation: the public must not see it.
    published_event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    published_event.organisations.add(organisation)
    return {
        "organisation": organisation,
        "project": project,
        "event": event,
        "memorandum": memorandum,
        "application": application,
    }


@pytest.fixture
def many_records(data_2024):
    """A few hundred extra published records, every one linked to others, to
    show that a page's number of queries does not grow with the data."""
    areas = list(PriorityArea.objects.all())
    countries = list(Country.objects.all())
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Організація {i}",
            name_uk=f"Організація {i}",
            name_en=f"Organisation {i}",
            slug=f"extra-organisation-{i}",
            kind=Organisation.Kind.NGO,
            country=countries[i % len(countries)],
            publication_status=PUBLISHED,
        )
        for i in range(120)
    )
    projects = Project.objects.bulk_create(
        Project(
            title=f"Проєкт {i}",
            title_uk=f"Проєкт {i}",
            title_en=f"Project {i}",
            summary=f"Опис {i}",
            summary_uk=f"Опис {i}",
            summary_en=f"Summary {i}",
            slug=f"extra-project-{i}",
            priority_area=areas[i % len(areas)],
            publication_status=PUBLISHED,
        )
        for i in range(80)
    )
    ProjectParticipation.objects.bulk_create(
        ProjectParticipation(
            project=project, organisation=organisations[(i + k) % 120], role="implementing"
        )
        for i, project in enumerate(projects)
        for k in range(3)
    )
    _link(
        Project.countries,
        ((project, countries[i % len(countries)]) for i, project in enumerate(projects)),
    )
    events = Event.objects.bulk_create(
        Event(
            title=f"Подія {i}",
            title_uk=f"Подія {i}",
            title_en=f"Event {i}",
            slug=f"extra-event-{i}",
            start_date=datetime.date(2023, 1, 1) + datetime.timedelta(days=i),
            country=countries[i % len(countries)],
            city_uk="Місто",
            city_en="City",
            council_role=Event.CouncilRole.ATTENDED,
            format=Event.Format.FORUM,
            priority_area=areas[i % len(areas)],
            publication_status=PUBLISHED,
        )
        for i in range(200)
    )
    _link(
        Event.organisations,
        ((event, organisations[(i + k) % 120]) for i, event in enumerate(events) for k in range(2)),
    )
    _link(Event.projects, ((event, projects[i % 80]) for i, event in enumerate(events)))
    memoranda = Memorandum.objects.bulk_create(
        Memorandum(
            title=f"Меморандум {i}",
            title_uk=f"Меморандум {i}",
            title_en=f"Memorandum {i}",
            slug=f"extra-memorandum-{i}",
            category=Memorandum.Category.CIVIL_SOCIETY,
            signed_year=2020 + i % 5,
            publication_status=PUBLISHED,
        )
        for i in range(80)
    )
    MemorandumParty.objects.bulk_create(
        MemorandumParty(memorandum=memorandum, organisation=organisations[(i + k) % 120])
        for i, memorandum in enumerate(memoranda)
        for k in range(2)
    )
    applications = Application.objects.bulk_create(
        Application(
            year=2023,
            number=i + 1,
            title=f"Заявка {i}",
            title_uk=f"Заявка {i}",
            title_en=f"Application {i}",
            priority_area=areas[i % len(areas)],
            project=projects[i % 80],
            status=Application.Status.WON if i % 2 else Application.Status.SUBMITTED,
            publication_status=PUBLISHED,
        )
        for i in range(100)
    )
    ApplicationPartner.objects.bulk_create(
        ApplicationPartner(
            application=application, organisation=organisations[i % 120], role="donor"
        )
        for i, application in enumerate(applications)
    )
    # Link the 2024 records to the extra ones too, so their pages grow as well.
    alda = Organisation.objects.get(slug="alda")
    festival = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    festival.projects.add(*projects[:40])
    _link(Event.organisations, ((event, alda) for event in events))
    MemorandumParty.objects.bulk_create(
        MemorandumParty(memorandum=memorandum, organisation=alda) for memorandum in memoranda
    )
    return {"organisations": organisations, "projects": projects, "events": events}


def _link(relation, pairs) -> None:
    """The rows of a many-to-many ``relation`` (``Event.organisations``), one
    per (record, linked record) pair, in one query."""
    through, field = relation.through, relation.field
    through.objects.bulk_create(
        through(**{field.m2m_field_name(): record, field.m2m_reverse_field_name(): linked})
        for record, linked in pairs
    )

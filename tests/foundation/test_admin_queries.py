"""Admin pages with many linked rows: a row more costs at most the one query
its organisation box makes. Each row is headed by what it ties together (a
project and an organisation), which cost two more queries a row.

The pages that ask before a deletion list every row that links to the record,
each named by both of its ends: they cost as many queries with five links of
each kind as with one."""

import datetime

import pytest
from django.contrib.admin import ModelAdmin
from django.urls import reverse

from cooperation.admin.base import TranslatedAdmin
from cooperation.models import Country, PriorityArea
from events.models import Event
from partners.models import Membership, Memorandum, MemorandumParty, Organisation
from projects.models import Application, ApplicationPartner, Project, ProjectParticipation
from tests.admin_lists import list_form
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


def new_organisation(name: str) -> Organisation:
    return Organisation.objects.create(
        name_uk=f"Організація {name}", name_en=f"Organisation {name}", slug=name, kind="ngo"
    )


def new_project(name: str) -> Project:
    return Project.objects.create(
        title_uk=f"Проєкт {name}",
        title_en=f"Project {name}",
        summary_uk="Опис.",
        summary_en="Summary.",
        slug=name,
        priority_area=PriorityArea.objects.order_by("order").first(),
    )


def new_event(name: str) -> Event:
    return Event.objects.create(
        title_uk=f"Захід {name}",
        title_en=f"Event {name}",
        slug=name,
        start_date=datetime.date(2024, 5, 1),
        city_uk="Полтава",
        city_en="Poltava",
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
    )


def link_organisation(organisation: Organisation, n: int) -> list[str]:
    """One link of each kind; the names of the records the delete page lists.
    A memorandum, a project or an application that names the organisation
    keeps it from being deleted, and the page lists those alone."""
    Membership.objects.create(organisation=organisation, since_year=1990 + n)
    memorandum = Memorandum.objects.create(
        title_uk=f"Меморандум {n}",
        title_en=f"Memorandum {n}",
        slug=f"memorandum-{n}",
        category=Memorandum.Category.INTERNATIONAL,
        signed_year=2024,
    )
    MemorandumParty.objects.create(memorandum=memorandum, organisation=organisation)
    project = new_project(f"project-{n}")
    ProjectParticipation.objects.create(
        project=project, organisation=organisation, role="implementing"
    )
    application = Application.objects.create(
        year=2030, number=n, title_uk=f"Заявка {n}", title_en=f"Application {n}"
    )
    ApplicationPartner.objects.create(
        application=application, organisation=organisation, role="partner"
    )
    event = new_event(f"event-{n}")
    event.organisations.add(organisation)
    return [memorandum.title_uk, project.title_uk, application.title_uk]


def link_event(event: Event, n: int) -> list[str]:
    organisation, project = new_organisation(f"organisation-{n}"), new_project(f"project-{n}")
    event.organisations.add(organisation)
    event.projects.add(project)
    event.figures.create(kind="participants", value=100 + n)
    event.documents.create(title=f"Програма {n}", file=f"documents/programme-{n}.pdf")
    return [organisation.name_uk, project.title_uk, f"Програма {n}"]


def link_project(project: Project, n: int) -> list[str]:
    organisation, event = new_organisation(f"organisation-{n}"), new_event(f"event-{n}")
    ProjectParticipation.objects.create(project=project, organisation=organisation, role="funding")
    event.projects.add(project)
    country = Country.objects.order_by("iso_code")[n]
    project.countries.add(country)
    Application.objects.create(
        year=2030, number=n, title_uk=f"Заявка {n}", title_en=f"Application {n}", project=project
    )
    return [organisation.name_uk, event.title_uk, country.name_uk]


# (the record, how one more link of each kind is made)
RECORDS_TO_DELETE = {
    "organisation": (lambda: new_organisation("linked"), link_organisation),
    "event": (lambda: new_event("linked"), link_event),
    "project": (lambda: new_project("linked"), link_project),
}
MORE_LINKS = 4


def deletion_page(record, page: str) -> tuple[str, dict | None]:
    """The address of the page that asks before ``record`` is deleted, and
    what to post there: its own delete page, or its list's "delete selected"."""
    admin_page = f"admin:{record._meta.app_label}_{record._meta.model_name}"
    if page == "its delete page":
        return reverse(f"{admin_page}_delete", args=[record.pk]), None
    action = {"action": "delete_selected", "_selected_action": [record.pk]}
    return reverse(f"{admin_page}_changelist"), action


@pytest.mark.parametrize("page", ["its delete page", "delete selected"])
@pytest.mark.parametrize("kind", RECORDS_TO_DELETE)
def test_asking_before_a_deletion_costs_the_same_however_many_records_link_to_it(
    editor_client, kind, page
):
    new_record, add_links = RECORDS_TO_DELETE[kind]
    record = new_record()
    linked = add_links(record, 1)
    url, post = deletion_page(record, page)
    with_one_link_of_each_kind = queries_for(editor_client, url, post)

    for n in range(2, 2 + MORE_LINKS):
        linked += add_links(record, n)

    assert queries_for(editor_client, url, post) == with_one_link_of_each_kind
    listed = ask(editor_client, url, post).content.decode()
    assert [name for name in linked if name not in listed] == []


def ask(client, url: str, post: dict | None):
    return client.get(url) if post is None else client.post(url, post)


def what_the_page_lists(response) -> tuple:
    shown = response.context
    # The "delete selected" page calls them deletable.
    records = "deleted_objects" if "deleted_objects" in shown else "deletable_objects"
    return (
        shown[records],
        shown["model_count"],
        shown["perms_lacking"],
        sorted(shown["protected"]),  # in no particular order, Django's either
    )


@pytest.mark.parametrize("page", ["its delete page", "delete selected"])
@pytest.mark.parametrize("kind", RECORDS_TO_DELETE)
def test_asking_before_a_deletion_lists_what_djangos_own_page_lists(
    editor_client, monkeypatch, kind, page
):
    # The admin lists them with its own copy of Django's get_deleted_objects.
    new_record, add_links = RECORDS_TO_DELETE[kind]
    record = new_record()
    for n in range(1, 1 + MORE_LINKS):
        add_links(record, n)
    url, post = deletion_page(record, page)

    listed = what_the_page_lists(ask(editor_client, url, post))
    monkeypatch.setattr(TranslatedAdmin, "get_deleted_objects", ModelAdmin.get_deleted_objects)

    assert listed == what_the_page_lists(ask(editor_client, url, post))


# Lists with boxes to change in place: saving one reads its rows together,
# whatever their number. Each row cost up to five queries more: its record
# read again for its hidden key, a membership's organisation for the box's
# name, and a check of its years that the box does not change.


def add_membership(n: int) -> None:
    members = Membership.objects.values("organisation")
    organisation = Organisation.objects.exclude(pk__in=members).order_by("slug").first()
    Membership.objects.create(organisation=organisation, since_year=2000 + n)


def add_priority_area(n: int) -> None:
    PriorityArea.objects.create(
        name_uk=f"Напрям {n}",
        name_en=f"Area {n}",
        slug=f"area-{n}",
        order=10 + n,
        icon=PriorityArea.Icon.EDUCATION,
    )


LISTS_WITH_BOXES = {
    "memberships' positions": ("admin:partners_membership_changelist", add_membership),
    "priority areas' order": ("admin:cooperation_priorityarea_changelist", add_priority_area),
}


def first_two_rows_swapped(client, url: str) -> dict:
    """The list's form, sent back with the boxes of its first two rows swapped."""
    sent = list_form(client, url)
    box = next(name for name in sent if name.startswith("form-0-") and name != "form-0-id")
    other = box.replace("form-0-", "form-1-")
    sent[box], sent[other] = sent[other], sent[box]
    return sent


@pytest.mark.parametrize("listed", LISTS_WITH_BOXES)
def test_saving_a_list_of_boxes_costs_the_same_however_many_rows_it_has(editor_client, listed):
    page, add_row = LISTS_WITH_BOXES[listed]
    url = reverse(page)
    # Once before counting: the first save looks up (and keeps) the kind of
    # record its history entries are of.
    editor_client.post(url, first_two_rows_swapped(editor_client, url))
    save = first_two_rows_swapped(editor_client, url)
    as_listed = queries_for(editor_client, url, save, status=302)

    for n in range(MORE_ROWS):
        add_row(n)
    save = first_two_rows_swapped(editor_client, url)
    assert int(save["form-TOTAL_FORMS"]) >= 3 + MORE_ROWS

    assert queries_for(editor_client, url, save, status=302) == as_listed

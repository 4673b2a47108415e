"""The admin's first page, where staff start every day: what waits to be
published, the latest annual report, and the records in the order of the
office's work."""

import re

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from cooperation.models import AnnualReport
from cooperation.records import PublicationStatus
from events.models import Event
from projects.models import Project

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def module_of(page: str, module_id: str) -> str:
    found = re.search(rf'<div class="module" id="{module_id}">.*?</table>', page, re.S)
    return found.group(0) if found else ""


def test_the_records_come_first_and_the_accounts_last(staff_client):
    apps = [app["app_label"] for app in staff_client.get(INDEX).context["app_list"]]
    assert apps == ["events", "projects", "partners", "cooperation", "auth", "axes"]
    # The side menu of every other admin page follows the same order.
    page = staff_client.get(reverse("admin:events_event_changelist"))
    assert [app["app_label"] for app in page.context["available_apps"]] == apps


def test_the_drafts_waiting_are_counted_and_linked(editor_client):
    Event.objects.filter(pk__in=Event.objects.values("pk")[:2]).update(
        publication_status=PublicationStatus.DRAFT
    )
    Project.objects.filter(pk=Project.objects.first().pk).update(
        publication_status=PublicationStatus.DRAFT
    )
    drafts = module_of(editor_client.get(INDEX).content.decode(), "drafts-module")
    events_list = reverse("admin:events_event_changelist")
    assert f'href="{events_list}?publication_status__exact=draft">Заходи</a>' in drafts
    assert "2 чернетки" in drafts and "1 чернетка" in drafts
    assert "Організації" not in drafts  # none of them is a draft
    listed = editor_client.get(f"{events_list}?publication_status__exact=draft")
    assert listed.context["cl"].result_count == 2


def test_no_drafts_no_list_of_drafts(editor_client):
    assert not Event.objects.filter(publication_status=PublicationStatus.DRAFT).exists()
    assert 'id="drafts-module"' not in editor_client.get(INDEX).content.decode()


def test_the_latest_report_is_a_click_from_its_pdfs(staff_client):
    report = AnnualReport.objects.first()
    module = module_of(staff_client.get(INDEX).content.decode(), "report-module")
    assert reverse("admin:cooperation_annualreport_change", args=[report.pk]) in module
    assert f'hreflang="uk" href="/uk/reports/{report.year}/pdf/"' in module
    assert f'hreflang="en" href="/en/reports/{report.year}/pdf/"' in module


def test_staff_see_only_the_drafts_and_reports_they_may_see(client):
    clerk = User.objects.create_user("clerk", password="a-long-test-password-3", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_event"))
    Event.objects.filter(pk=Event.objects.first().pk).update(
        publication_status=PublicationStatus.DRAFT
    )
    Project.objects.filter(pk=Project.objects.first().pk).update(
        publication_status=PublicationStatus.DRAFT
    )
    client.force_login(clerk)
    page = client.get(INDEX).content.decode()
    drafts = module_of(page, "drafts-module")
    assert "Заходи" in drafts and "Проєкти" not in drafts
    assert 'id="report-module"' not in page

"""The database refuses bad data, whatever path it comes by."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import translation

from cooperation.models import AnnualReport, PriorityArea
from events.models import Event
from partners.models import Membership, Memorandum, Organisation
from projects.models import Application, Project

pytestmark = pytest.mark.django_db


def refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_event_cannot_end_before_it_starts():
    refused(
        lambda: Event.objects.create(
            title_uk="Захід",
            slug="bad-dates",
            start_date=datetime.date(2024, 5, 2),
            end_date=datetime.date(2024, 5, 1),
            council_role="attended",
            format="forum",
            is_online=True,
        )
    )


def test_project_cannot_end_before_it_starts_nor_have_a_negative_budget():
    area = PriorityArea.objects.first()
    common = {"title_uk": "Проєкт", "summary_uk": "Опис", "priority_area": area}
    refused(
        lambda: Project.objects.create(
            slug="p1",
            start_date=datetime.date(2024, 2, 1),
            end_date=datetime.date(2024, 1, 1),
            **common,
        )
    )
    refused(lambda: Project.objects.create(slug="p2", budget=-1, **common))


def test_slugs_are_unique():
    refused(lambda: Organisation.objects.create(name_uk="Друга ALDA", slug="alda", kind="ngo"))


def test_application_number_is_unique_within_its_year_only():
    refused(lambda: Application.objects.create(year=2024, number=1, title_uk="Дубль"))
    Application.objects.create(year=2025, number=1, title_uk="Нова заявка")


def test_amounts_cannot_be_negative():
    refused(
        lambda: Application.objects.create(year=2025, number=2, title_uk="x", amount_requested=-5)
    )
    refused(
        lambda: Application.objects.create(year=2025, number=3, title_uk="x", amount_awarded=-5)
    )
    refused(lambda: AnnualReport.objects.create(year=2030, title_uk="x", funds_attracted=-1))


def test_membership_cannot_end_before_it_began():
    organisation = Organisation.objects.get(slug="undp")
    refused(
        lambda: Membership.objects.create(
            organisation=organisation, since_year=2024, until_year=2020
        )
    )


def test_memorandum_cannot_expire_before_it_was_signed():
    refused(
        lambda: Memorandum.objects.create(
            title_uk="М",
            slug="m-bad",
            category="international",
            signed_on=datetime.date(2024, 5, 1),
            signed_year=2024,
            valid_until=datetime.date(2024, 4, 1),
        )
    )


def test_memorandum_year_must_match_its_date():
    memorandum = Memorandum(
        title_uk="М",
        slug="m-year",
        category="international",
        signed_on=datetime.date(2024, 5, 1),
        signed_year=2023,
    )
    with pytest.raises(ValidationError) as error:
        memorandum.full_clean()
    assert "signed_year" in error.value.message_dict


def test_an_organisation_a_memorandum_or_project_refers_to_cannot_be_deleted():
    with pytest.raises(ProtectedError):
        Organisation.objects.get(slug="lucc").delete()  # memorandum party
    with pytest.raises(ProtectedError):
        Organisation.objects.get(slug="bsssc").delete()  # project participant
    assert Organisation.objects.filter(slug__in=["lucc", "bsssc"]).count() == 2


def test_model_validation_gives_plain_words():
    event = Event(
        title_uk="Захід",
        slug="plain-words",
        start_date=datetime.date(2024, 5, 2),
        end_date=datetime.date(2024, 5, 1),
        council_role="attended",
        format="forum",
        is_online=True,
    )
    with translation.override("en"), pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "The end date cannot be before the start date." in str(error.value)
    with translation.override("uk"), pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "Дата завершення не може бути раніше за дату початку." in str(error.value)

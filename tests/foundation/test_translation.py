"""Languages: English falls back to Ukrainian where staff left it empty."""

import pytest
from django.utils import translation

from partners.models import Organisation

pytestmark = pytest.mark.django_db


def test_empty_english_falls_back_to_ukrainian():
    organisation = Organisation.objects.create(
        name_uk="Полтавська громадська ініціатива", name_en="", slug="initiative", kind="ngo"
    )
    with translation.override("en"):
        assert (
            Organisation.objects.get(pk=organisation.pk).name == "Полтавська громадська ініціатива"
        )


def test_english_is_shown_where_given():
    with translation.override("en"):
        assert Organisation.objects.get(slug="aer").name == "Assembly of European Regions"
    with translation.override("uk"):
        assert Organisation.objects.get(slug="aer").name == "Асамблея європейських регіонів"

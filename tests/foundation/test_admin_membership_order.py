"""Staff set the order of the council's memberships in the admin, as the
office did in the brochure: the list of memberships shows each one's number
to change, and a new membership comes last."""

import re

import pytest
from django.urls import reverse

from partners.models import Membership, Organisation

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:partners_membership_changelist")


def public_order(client) -> list[str]:
    """The organisations of the public list of memberships, in its order."""
    html = client.get("/en/memberships/").content.decode()
    listed = html[html.index('<ul class="records">') :]
    return list(dict.fromkeys(re.findall(r'href="/en/partners/([\w-]+)/"', listed)))


def reordered(memberships: list[Membership], positions: list[int]) -> dict:
    """The admin list's form, sent with a new number for each row."""
    data = {
        "form-TOTAL_FORMS": str(len(memberships)),
        "form-INITIAL_FORMS": str(len(memberships)),
        "_save": "Save",
    }
    for i, (membership, position) in enumerate(zip(memberships, positions, strict=True)):
        data[f"form-{i}-id"] = str(membership.pk)
        data[f"form-{i}-position"] = str(position)
    return data


def test_the_list_shows_the_order_and_saves_a_new_one(editor_client, client):
    response = editor_client.get(CHANGELIST)
    listed = list(response.context["cl"].result_list)
    assert [m.organisation.slug for m in listed] == ["alda", "aer", "lucc"]
    html = response.content.decode()
    assert "Порядковий номер" in html  # the column, in the admin's language
    for i, membership in enumerate(listed):
        assert f'name="form-{i}-position" value="{membership.position}"' in html
    # Each box named for a screen reader: the column's heading is no label.
    assert 'aria-label="Порядковий номер: Асамблея європейських регіонів (AER)"' in html

    # LUCC first: staff swap numbers in one save, the numbers need not be unique.
    response = editor_client.post(CHANGELIST, reordered(listed, [2, 3, 1]))
    assert response.status_code == 302
    assert public_order(client) == ["lucc", "alda", "aer"]
    listed = list(editor_client.get(CHANGELIST).context["cl"].result_list)
    assert [m.organisation.slug for m in listed] == ["lucc", "alda", "aer"]


def test_a_number_that_is_no_place_is_refused_in_words(editor_client, client):
    listed = list(Membership.objects.all())
    response = editor_client.post(CHANGELIST, reordered(listed, [2, -1, 1]))
    assert response.status_code == 200
    assert response.context["cl"].formset.errors[1]["position"]
    assert public_order(client) == ["alda", "aer", "lucc"]


def test_a_new_membership_is_offered_the_end_of_the_list(editor_client, client):
    add = reverse("admin:partners_membership_add")
    form = editor_client.get(add).context["adminform"].form
    assert form["position"].value() == 4
    undp = Organisation.objects.get(slug="undp")
    response = editor_client.post(
        add,
        {
            "organisation": undp.pk,
            "since_year": "2024",
            "role_uk": "член",
            "role_en": "member",
            "position": "4",
            "initial-position": "4",
            "publication_status": "published",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert public_order(client)[-1] == "undp"


@pytest.mark.parametrize(
    ("language", "label", "help_text"),
    [
        ("uk", "Порядковий номер", "Членства показано за цим номером"),
        ("en", "Position", "Memberships are listed by this number"),
    ],
)
def test_the_number_is_explained_in_either_language(editor_client, language, label, help_text):
    editor_client.cookies["django_language"] = language
    membership = Membership.objects.get(organisation__slug="aer")
    html = editor_client.get(
        reverse("admin:partners_membership_change", args=[membership.pk])
    ).content.decode()
    assert f">{label}:</label>" in html
    assert help_text in html


def test_every_list_of_numbers_to_change_names_its_boxes(staff_client):
    # The priority areas are ordered the same way (their own "order" column):
    # their boxes are named for a screen reader too, by one form of the admin.
    html = staff_client.get(reverse("admin:cooperation_priorityarea_changelist")).content.decode()
    assert html.count('aria-label="Порядок: ') == 6
    assert 'aria-label="Порядок: Освіта та наука"' in html

"""Django's own admin messages that put a number or a kind of record into a
sentence, in the Ukrainian admin: the words agree with the number (1 запис, 2
записи, 5 записів, 21 запис, 22 записи), and a kind's name, which Django has
only in the nominative, stands apart in brackets as everywhere else in our
catalogue («Видалити обрані записи (заходи)»)."""

import re

import pytest
from django.urls import reverse

from partners.models import Membership
from tests.admin_lists import list_form
from tests.memberships import add_memberships

pytestmark = pytest.mark.django_db

MEMBERSHIPS = reverse("admin:partners_membership_changelist")

# How many records, and the words that agree with the number.
COUNTS = [
    (1, "1 запис"),
    (2, "2 записи"),
    (5, "5 записів"),
    (21, "21 запис"),
    (22, "22 записи"),
]


def messages_of(html: str) -> list[str]:
    """The messages the admin shows at the top of a page, as read."""
    listed = re.findall(r'<li class="(?:success|info|warning|error)">(.*?)</li>', html, re.S)
    return [" ".join(message.split()) for message in listed]


def alda_membership_page(client, view: str) -> str:
    """A page of the council's ALDA membership in the admin: "change", "history"."""
    membership = Membership.objects.get(organisation__slug="alda")
    url = reverse(f"admin:partners_membership_{view}", args=[membership.pk])
    return client.get(url).content.decode()


def kind_of(count: int) -> str:
    # The kind's name Django gives: the model's singular for one, its plural else.
    return "членство" if count == 1 else "членство в організаціях"


@pytest.mark.parametrize(("count", "records"), COUNTS)
def test_a_list_saved_says_how_many_records_changed_in_words_that_agree(
    editor_client, count, records
):
    # Django's Ukrainian: «5 членство в організаціях було успішно змінено»,
    # «21 членство в організаціях був успішно змінений».
    add_memberships(max(0, count - Membership.objects.count()))
    data = list_form(editor_client, MEMBERSHIPS)
    for row in range(count):
        data[f"form-{row}-position"] = str(1000 + row)
    response = editor_client.post(MEMBERSHIPS, data, follow=True)
    assert messages_of(response.content.decode()) == [f"{records} ({kind_of(count)}) змінено."]


@pytest.mark.parametrize(("count", "records"), COUNTS)
def test_deleting_selected_records_says_how_many_in_words_that_agree(editor_client, count, records):
    # Django's Ukrainian: «Успішно видалено 5 членство в організаціях.»
    deleted = add_memberships(count)
    response = editor_client.post(
        MEMBERSHIPS,
        {
            "action": "delete_selected",
            "_selected_action": [membership.pk for membership in deleted],
            "post": "yes",
        },
        follow=True,
    )
    count_deleted = records.split()[0]
    assert messages_of(response.content.decode()) == [
        f"Видалено записів: {count_deleted} ({kind_of(count)})."
    ]
    assert not Membership.objects.filter(pk__in=[m.pk for m in deleted]).exists()


def test_a_list_names_its_kind_of_record_apart_from_the_sentence(editor_client):
    html = editor_client.get(MEMBERSHIPS).content.decode()
    # The menu of actions: «Видалити обрані членство в організаціях» beside
    # our «Опублікувати обрані записи».
    assert "Видалити обрані записи (членство в організаціях)" in html
    assert "Опублікувати обрані записи" in html
    assert "обрані членство" not in html
    # Searched: «1 результат (3 всього)».
    searched = editor_client.get(MEMBERSHIPS, {"q": "ALDA"}).content.decode()
    assert "1 результат (" in searched and ">усього 3</a>)" in searched
    assert "3 всього" not in searched


def test_an_apps_page_is_titled_with_its_name_apart(editor_client):
    html = editor_client.get(reverse("admin:app_list", args=["partners"])).content.decode()
    # Django's Ukrainian: «Адміністрування Партнери та меморандуми».
    assert "Адміністрування розділу «Партнери та меморандуми»" in html


def test_the_buttons_beside_a_chosen_record_name_it_apart(editor_client):
    html = alda_membership_page(editor_client, "change")
    # Read by a screen reader beside the organisation's box; Django's
    # Ukrainian: «Змінити обрану організація», «Додати ще одну організація».
    assert "Змінити обраний запис (організація)" in html
    assert "Додати ще один запис (організація)" in html
    assert "обрану організація" not in html and "одну організація" not in html


def test_staff_read_records_and_one_apostrophe_not_djangos_objects(editor_client):
    # Django's Ukrainian on every page and every 2024 record's history:
    # «Почніть писати для фільтру...», «Фільтрувати навігаційні об'єкти»,
    # «Цей об'єкт не має історії змін», «Це поле обов'язкове.».
    history = alda_membership_page(editor_client, "history")
    assert "Цей запис не має історії змін." in history
    assert 'placeholder="Почніть вводити, щоб відфільтрувати…"' in history
    assert 'aria-label="Фільтрувати пункти навігації"' in history
    refused = editor_client.post(reverse("admin:partners_membership_add"), {}).content.decode()
    assert "Це поле обов’язкове." in refused
    for page in (history, refused):
        assert "об'єкт" not in page and "обов'язков" not in page

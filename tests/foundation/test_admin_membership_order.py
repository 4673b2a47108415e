"""Staff set the order of the council's memberships in the admin, as the
office did in the brochure: the list of memberships shows each one's number
to change, and a new membership comes last."""

import re
import threading
import time

import pytest
from django.contrib.auth.models import User
from django.db import connection, connections
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse

from cooperation.models import PriorityArea
from partners.models import Membership, Organisation
from tests.admin_lists import list_form

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:partners_membership_changelist")
ADD = reverse("admin:partners_membership_add")


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


@pytest.mark.parametrize("out_of_range", [-1, 32768])
def test_a_number_that_is_no_place_is_refused_in_words(editor_client, client, out_of_range):
    # 32,768 is past PostgreSQL's smallint: refused on SQLite too, so that a
    # backup of either restores into the other.
    listed = list(Membership.objects.all())
    response = editor_client.post(CHANGELIST, reordered(listed, [2, out_of_range, 1]))
    assert response.status_code == 200
    assert response.context["cl"].formset.errors[1]["position"]
    assert public_order(client) == ["alda", "aer", "lucc"]


def add_form(client, organisation: str) -> dict:
    """The add form of a membership as the browser sends it back with an
    organisation and a year filled in: the position as the form offered it,
    beside the number offered (Django's initial-…)."""
    html = client.get(ADD).content.decode()
    offered = re.search(r'name="initial-position" value="(\d+)"', html).group(1)
    return {
        "organisation": Organisation.objects.get(slug=organisation).pk,
        "since_year": "2024",
        "role_uk": "член",
        "role_en": "member",
        "position": offered,
        "initial-position": offered,
        "publication_status": "published",
    }


def add(client, form: dict) -> None:
    response = client.post(ADD, form)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_a_new_membership_is_offered_the_end_of_the_list(editor_client, client):
    form = add_form(editor_client, "undp")
    assert form["position"] == "4"
    add(editor_client, form)
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


# Two staff members reordering the list at once --------------------------------


def positions() -> dict[str, int]:
    return dict(Membership.objects.values_list("organisation__slug", "position"))


@pytest.fixture
def second_editor_client(editor):
    other = User.objects.create_user("second", "second@example.org", "a-long-test-password-3")
    other.is_staff = True
    other.save()
    other.groups.set(editor.groups.all())
    client = Client()
    client.force_login(other)
    return client


REFUSED = "Хтось інший змінив цей список після того, як ви його відкрили"


def refused_and_shown_anew(client, response, url: str = CHANGELIST) -> bool:
    """Whether the save was refused and the list shown again as stored now,
    with the message: shown as sent, each box would stand beside another row."""
    assert response.status_code == 302, response.status_code
    assert response["Location"] == url
    return REFUSED in client.get(url).content.decode()


def test_two_memberships_added_at_once_both_come_last_in_the_order_saved(
    editor_client, second_editor_client, client
):
    # Both add forms opened before either is saved offer the same number.
    first, second = add_form(editor_client, "undp"), add_form(second_editor_client, "usaid")
    assert first["position"] == second["position"] == "4"

    add(second_editor_client, second)
    add(editor_client, first)

    assert positions() == {"alda": 1, "aer": 2, "lucc": 3, "usaid": 4, "undp": 5}
    assert public_order(client) == ["alda", "aer", "lucc", "usaid", "undp"]


def test_a_position_typed_in_is_kept_and_one_left_as_offered_comes_after_it(
    editor_client, second_editor_client, client
):
    first, second = add_form(editor_client, "undp"), add_form(second_editor_client, "usaid")
    first["position"] = "9"  # typed: kept, not taken for the end of the list (4)
    add(editor_client, first)
    add(second_editor_client, second)  # left as offered (4): the end as it is now

    assert positions() == {"alda": 1, "aer": 2, "lucc": 3, "undp": 9, "usaid": 10}
    assert public_order(client)[-2:] == ["undp", "usaid"]


def waits_for_a_lock() -> bool:
    """Whether a transaction in this test database waits for a lock."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks JOIN pg_database ON pg_database.oid = database "
            "WHERE NOT granted AND datname = current_database()"
        )
        return cursor.fetchone()[0] > 0


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite runs the portal's transactions one at a time, from their start "
    "(tests/production/test_embedded_database.py): two saves cannot read the same end",
)
@pytest.mark.django_db(transaction=True)
def test_two_memberships_saved_at_the_same_moment_come_last_in_turn(superuser, data_2024):
    """The test above saves one after the other. Here the first save waits,
    its membership written but not committed, while the second one is made:
    on PostgreSQL, each reads the end of the list as committed, so without a
    lock both took 4. (The superuser: this test empties the database after
    it, the editors' group with it.)"""
    clients = {name: Client() for name in ("first", "second")}
    for client in clients.values():
        client.force_login(superuser)
    forms = {"first": add_form(clients["first"], "undp")}
    forms["second"] = add_form(clients["second"], "usaid")
    first_written, first_may_commit = threading.Event(), threading.Event()
    answers = {}

    def hold_the_first(sender, **kwargs):
        if threading.current_thread().name == "first":
            first_written.set()
            first_may_commit.wait(timeout=60)

    def add_at_once(name: str) -> None:
        try:
            answers[name] = clients[name].post(ADD, forms[name]).status_code
        finally:
            connections.close_all()  # this thread's own

    post_save.connect(hold_the_first, sender=Membership)
    try:
        first = threading.Thread(target=add_at_once, args=["first"], name="first")
        first.start()
        assert first_written.wait(timeout=60)
        second = threading.Thread(target=add_at_once, args=["second"], name="second")
        second.start()
        # The second waits for the first (a lock), or saves at once (no lock).
        give_up = time.monotonic() + 60
        while second.is_alive() and not waits_for_a_lock() and time.monotonic() < give_up:
            time.sleep(0.01)
        first_may_commit.set()
        first.join()
        second.join()
    finally:
        first_may_commit.set()
        post_save.disconnect(hold_the_first, sender=Membership)

    assert answers == {"first": 302, "second": 302}
    assert positions() == {"alda": 1, "aer": 2, "lucc": 3, "undp": 4, "usaid": 5}


def test_a_list_saved_after_someone_elses_save_is_refused(editor_client, second_editor_client):
    # Both open the list: ALDA 1, AER 2, LUCC 3 (rows 0, 1, 2).
    first = list_form(editor_client, CHANGELIST)
    second = list_form(second_editor_client, CHANGELIST)
    first.update({"form-0-position": "3", "form-2-position": "1"})  # LUCC first
    assert editor_client.post(CHANGELIST, first).status_code == 302
    assert positions() == {"lucc": 1, "aer": 2, "alda": 3}

    # The second swaps AER and LUCC by the numbers the list showed them: saved,
    # that would give an order neither of them chose (LUCC 2, AER 3, ALDA 3).
    second.update({"form-1-position": "3", "form-2-position": "2"})
    response = second_editor_client.post(CHANGELIST, second)
    assert refused_and_shown_anew(second_editor_client, response)
    assert positions() == {"lucc": 1, "aer": 2, "alda": 3}  # nothing of it saved

    # Opened again, the list shows the numbers as they are, and saves.
    again = list_form(second_editor_client, CHANGELIST)
    assert again["form-0-position"] == "1"  # LUCC's row first
    again.update({"form-1-position": "3", "form-2-position": "2"})  # AER after ALDA
    assert second_editor_client.post(CHANGELIST, again).status_code == 302
    assert positions() == {"lucc": 1, "alda": 2, "aer": 3}


def test_the_priority_areas_order_is_kept_from_a_list_opened_before(
    editor_client, second_editor_client
):
    """Their boxes were saved back as the second list showed them, even
    those the second one never touched, undoing the first one's order."""
    url = reverse("admin:cooperation_priorityarea_changelist")
    first, second = list_form(editor_client, url), list_form(second_editor_client, url)
    first["form-0-order"] = "10"  # education and science last
    assert editor_client.post(url, first).status_code == 302
    second["form-1-order"] = "0"  # medicine first
    response = second_editor_client.post(url, second)
    assert refused_and_shown_anew(second_editor_client, response, url)
    assert PriorityArea.objects.get(slug="education-and-science").order == 10
    assert PriorityArea.objects.get(slug="medicine").order == 2


def test_a_list_saved_after_someone_deleted_a_row_is_refused_in_words(
    editor_client, second_editor_client
):
    # Naming AER's box, for a screen reader, by a record that is gone was a 500.
    second = list_form(second_editor_client, CHANGELIST)
    Membership.objects.get(organisation__slug="aer").delete()
    second["form-0-position"] = "5"
    response = second_editor_client.post(CHANGELIST, second)
    assert refused_and_shown_anew(second_editor_client, response)
    assert positions() == {"alda": 1, "lucc": 3}


def test_a_list_of_ones_own_mistakes_is_shown_again_as_sent(editor_client):
    # Only a list someone else changed is shown anew; one's own typing is kept.
    sent = list_form(editor_client, CHANGELIST)
    sent.update({"form-0-position": "3", "form-1-position": "много"})
    response = editor_client.post(CHANGELIST, sent)
    assert response.status_code == 200
    assert response.context["cl"].formset.errors[1]["position"]
    assert 'name="form-0-position" value="3"' in response.content.decode()
    assert positions() == {"alda": 1, "aer": 2, "lucc": 3}


@pytest.mark.django_db(transaction=True)
def test_a_list_is_checked_and_saved_in_a_transaction_of_its_own(staff_client, data_2024):
    # Outside one, as a request is (no test's transaction around it), locking
    # the rows failed on PostgreSQL: "select_for_update cannot be used outside
    # of a transaction". (The superuser: a test like this one empties the
    # database after it, the editors' group with it.)
    sent = list_form(staff_client, CHANGELIST)
    sent["form-0-position"] = "7"
    assert staff_client.post(CHANGELIST, sent).status_code == 302
    assert positions()["alda"] == 7


def test_a_priority_areas_place_past_postgresqls_smallint_is_refused(editor_client):
    # Every order of the portal is kept the way PostgreSQL keeps it; SQLite
    # took 40,000 and wrote a backup PostgreSQL would refuse to restore.
    url = reverse("admin:cooperation_priorityarea_changelist")
    sent = list_form(editor_client, url)
    sent["form-0-order"] = "40000"
    response = editor_client.post(url, sent)
    assert response.status_code == 200
    assert response.context["cl"].formset.errors[0]["order"]
    assert PriorityArea.objects.get(slug="education-and-science").order == 1

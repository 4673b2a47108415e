"""Staff choose the admin's language: it followed the browser alone, so a
Ukrainian office worker whose browser is set to English (or the other way
round) had no way to the other one."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def choose_language(client, language: str, next_url: str):
    return client.post(
        reverse("set_language"),
        {"language": language, "next": next_url},
        headers={"accept-language": "en" if language == "uk" else "uk"},
    )


def test_an_english_browser_chooses_the_ukrainian_admin(editor_client):
    index = reverse("admin:index")
    before = editor_client.get(index, headers={"accept-language": "en"})
    assert "Events" in before.content.decode()

    response = choose_language(editor_client, "uk", index)

    assert response.status_code == 302 and response["Location"] == index
    after = editor_client.get(index, headers={"accept-language": "en"})
    assert after.content.decode().count("Заходи") >= 1
    assert '<html lang="uk"' in after.content.decode()


def test_a_ukrainian_browser_chooses_the_english_admin_and_stays_on_the_page(editor_client):
    changelist = reverse("admin:events_event_changelist") + "?council_role__exact=attended"

    response = choose_language(editor_client, "en", changelist)

    assert response["Location"] == changelist
    page = editor_client.get(changelist, headers={"accept-language": "uk"})
    assert "Select event to change" in page.content.decode()


@pytest.mark.parametrize("url", [reverse("admin:login"), reverse("admin:index")])
def test_every_admin_page_offers_both_languages(client, editor, url):
    if url != reverse("admin:login"):
        client.force_login(editor)
    html = client.get(url, headers={"accept-language": "uk"}).content.decode()

    assert f'action="{reverse("set_language")}"' in html
    assert 'name="language" value="uk"' in html and 'name="language" value="en"' in html
    assert 'aria-label="Мова інтерфейсу"' in html

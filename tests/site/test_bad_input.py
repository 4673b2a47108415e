"""Bad input never breaks a page: a form error or a 404, never a 500."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

LISTS = ["/en/events/", "/en/projects/", "/en/memoranda/", "/en/applications/", "/en/partners/"]


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("/en/events/?year=abc", "This is not one of the choices"),
        ("/en/events/?year=1800", "This is not one of the choices"),
        ("/en/events/?month=13", "This is not one of the choices"),
        ("/en/events/?council_role=dancing", "This is not one of the choices"),
        ("/en/events/?country=ZZ", "This is not one of the choices"),
        ("/en/events/?online=maybe", "This is not one of the choices"),
        ("/en/projects/?area=astrology", "This is not one of the choices"),
        ("/en/projects/?year=twenty", "This is not one of the choices"),
        ("/en/memoranda/?in_force=1e9", "This is not one of the choices"),
        ("/en/applications/?status=lost", "This is not one of the choices"),
        ("/en/applications/?donor=nobody", "This is not one of the choices"),
        ("/en/partners/?kind=cult", "This is not one of the choices"),
    ],
)
def test_unknown_filter_value_shows_the_form_error(client, data_2024, url, error):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "Some filters could not be applied" in html
    assert 'class="count" aria-live="polite">0 ' in html


def test_ukrainian_form_error(client, data_2024):
    html = client.get("/uk/events/?year=abc").content.decode()
    assert "Такого варіанта немає. Оберіть один зі списку." in html


@pytest.mark.parametrize("field", ["year", "council_role"])
def test_a_filter_error_is_linked_to_its_field(client, data_2024, field):
    html = client.get(f"/en/events/?{field}=nonsense").content.decode()
    described_by = re.search(rf'name="{field}"[^>]*aria-describedby="([^"]+)"', html) or re.search(
        r'<fieldset aria-describedby="([^"]+)">\s*<legend>The council', html
    )
    assert described_by, f"the {field} field does not point at its error"
    assert f'<ul class="errorlist" id="{described_by.group(1)}">' in html


@pytest.mark.parametrize("ordering", ["-title", "nonsense", ""])
def test_an_unknown_order_keeps_the_default_order(client, data_2024, ordering):
    html = client.get(f"/en/events/?year=2024&ordering={ordering}").content.decode()
    assert "Some filters could not be applied" not in html
    from events.models import Event

    in_2024 = Event.objects.published().in_year(2024).count()
    assert f'class="count" aria-live="polite">{in_2024} ' in html


@pytest.mark.parametrize("page", ["999", "0", "-1", "abc", "1e3", "99999999999999999999999"])
@pytest.mark.parametrize("url", LISTS)
def test_page_out_of_range_is_not_found(client, data_2024, url, page):
    assert client.get(f"{url}?page={page}").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "year=" + "9" * 5000,
        "q=" + "а" * 5000,
        "year=%ZZ&month=%",
        "year=%00",
        "country=%00PL",
        "area=%00",
        "partner=%C0%AF",
        "year[]=2024&year=2024&year=2023",
        "council_role=%00",
        "&&&==&=",
    ],
)
@pytest.mark.parametrize("url", LISTS + ["/en/search/"])
def test_malformed_query_string_is_never_a_server_error(client, data_2024, url, query):
    response = client.get(f"{url}?{query}")
    assert response.status_code in (200, 404)


def test_overlong_search_gives_the_form_error(client, data_2024):
    response = client.get("/en/search/?q=" + "alda " * 100)
    assert response.status_code == 200
    assert "Make the search shorter" in response.content.decode()


def test_one_letter_search_asks_for_more(client, data_2024):
    assert "Type at least two letters." in client.get("/en/search/?q=a").content.decode()
    # One digit is a search: an application's number.
    assert "Type at least two letters." not in client.get("/en/search/?q=8").content.decode()


def test_unknown_search_type_gives_the_form_error(client, data_2024):
    response = client.get("/en/search/?q=alda&type=spaceships")
    assert response.status_code == 200
    assert "This is not one of the choices" in response.content.decode()


def test_unknown_records_are_not_found(client, data_2024):
    for url in [
        "/en/projects/no-such-project/",
        "/en/events/no-such-event/",
        "/en/memoranda/no-such-memorandum/",
        "/en/applications/2024/77/",
        "/en/applications/1800/1/",
        "/en/partners/no-such-partner/",
        "/en/areas/no-such-area/",
        "/en/countries/zz/",
        # No ISO code: never looked up (PostgreSQL refuses NUL in a query's text).
        "/en/countries/%00%00/",
    ]:
        assert client.get(url).status_code == 404, url


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(
        [
            "year",
            "month",
            "council_role",
            "format",
            "country",
            "online",
            "ordering",
            "area",
            "partner",
            "page",
            "q",
            "type",
            "status",
            "in_force",
        ]
    ),
    value=st.text(max_size=300),
    url=st.sampled_from(LISTS + ["/en/search/", "/uk/search/"]),
)
def test_any_parameter_value_is_handled(client, data_2024, key, value, url):
    response = client.get(url, {key: value})
    assert response.status_code in (200, 404)

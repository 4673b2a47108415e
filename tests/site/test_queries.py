"""Every page needs a small, constant number of queries, whatever the data."""

import pytest

from tests.queries import queries_for

pytestmark = pytest.mark.django_db

URLS = [
    "/en/",
    "/en/projects/",
    "/en/projects/?area=medicine&country=PL&year=2024&partner=jagiellonian-foundation",
    "/en/projects/promoting-polish-in-poltava-schools/",
    "/en/events/",
    "/en/events/?year=2024&council_role=attended&partner=alda",
    "/en/events/2024-alda-festival-and-general-assembly/",
    "/en/memoranda/",
    "/en/memoranda/?in_force=2024",
    "/en/memoranda/memorandum-2023-lucc/",
    "/en/applications/",
    "/en/applications/?donor=usaid",
    "/en/applications/2024/6/",
    "/en/partners/",
    "/en/partners/alda/",
    "/en/memberships/",
    "/en/areas/medicine/",
    "/en/countries/pl/",
    "/en/search/?q=alda",
    "/en/search/?q=city&type=events",
    # Typos: records with words like them (search_close on SQLite).
    "/en/search/?q=jagielonian",
    "/uk/search/?q=ягелонська&type=partners",
    "/sitemap.xml",
]
MAX_QUERIES = 25


@pytest.mark.parametrize("url", URLS)
def test_query_count_does_not_grow_with_the_data(
    client, data_2024, django_assert_max_num_queries, url, request
):
    before = queries_for(client, url)
    request.getfixturevalue("many_records")
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    after = queries_for(client, url)
    # The sitemap pages its items; everything else is exactly constant.
    assert after == before, f"{url}: {before} queries with the 2024 data, {after} with more"


def test_an_application_page_reads_its_partners_and_their_countries_at_once(client, data_2024):
    from partners.models import Organisation
    from projects.models import Application, ApplicationPartner

    application = Application.objects.get(year=2024, number=6)
    url = application.get_absolute_url()
    before = queries_for(client, url)
    already = set(application.partner_links.values_list("organisation", flat=True))
    others = Organisation.objects.published().exclude(pk__in=already).filter(country__isnull=False)
    for order, organisation in enumerate(others[:3], start=10):
        ApplicationPartner.objects.create(
            application=application,
            organisation=organisation,
            role=ApplicationPartner.Role.PARTNER,
            order=order,
        )
    assert queries_for(client, url) == before

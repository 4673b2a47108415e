import re

import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, data_2024):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<loc>http://testserver/uk/events/2024-smart-city-expo-world-congress/</loc>" in xml
    assert "<loc>http://testserver/en/events/2024-smart-city-expo-world-congress/</loc>" in xml
    assert (
        '<xhtml:link rel="alternate" hreflang="en" '
        'href="http://testserver/en/partners/alda/"/>' in xml
    )
    assert (
        '<xhtml:link rel="alternate" hreflang="uk" '
        'href="http://testserver/uk/partners/alda/"/>' in xml
    )
    assert 'hreflang="x-default"' in xml
    for path in (
        "/en/",
        "/en/projects/",
        "/en/memoranda/memorandum-2024-accio/",
        "/en/applications/2024/8/",
        "/en/areas/participation/",
        "/en/countries/ge/",
        "/en/countries/us/",  # only a partner organisation is there
        "/en/memberships/",
    ):
        assert f"<loc>http://testserver{path}</loc>" in xml, path


def test_every_sitemap_address_answers(client, data_2024):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>http://testserver([^<]+)</loc>", xml)
    assert len(locations) > 100
    for path in locations:
        if "/reports/" in path:
            continue  # the report pages belong to another part of the site
        assert client.get(path).status_code == 200, path


def test_robots_txt(client, data_2024):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_favicon_ico_points_at_the_site_icon(client):
    response = client.get("/favicon.ico")
    # Not permanent: browsers would keep the icon's hashed name for good.
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.svg")


def test_sitemap_leaves_drafts_out_even_for_staff(staff_client, draft_records):
    xml = staff_client.get("/sitemap.xml").content.decode()
    for record in draft_records.values():
        assert record.get_absolute_url()[3:] not in xml, record
    assert "/applications/2024/99/" not in xml

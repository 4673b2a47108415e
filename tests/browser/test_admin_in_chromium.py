"""The staff admin in a real browser: signing in, the language tabs of a
record, saving both languages, and no script blocked by the security policy."""

import pytest
from playwright.sync_api import expect

from projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SLUG = "promoting-polish-in-poltava-schools"


@pytest.fixture
def admin_page(chromium, live_server, data_2024, superuser):
    """A signed-in admin page in English, recording console errors."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.goto(live_server.url + "/admin/")
    page.fill("#id_username", "head")
    page.fill("#id_password", "a-long-test-password-2")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_contain_text("International cooperation portal")
    yield page
    context.close()


def test_staff_edit_both_languages_of_a_project_in_tabs(admin_page, live_server):
    project = Project.objects.get(slug=SLUG)
    admin_page.goto(f"{live_server.url}/admin/projects/project/{project.pk}/change/")

    # modeltranslation's tabs: one group per translated field, UK and EN.
    title_tabs = admin_page.locator(".ui-tabs").first
    expect(title_tabs.locator(".ui-tabs-nav li")).to_have_text(["uk", "en"])  # upper-cased by CSS
    title_tabs.get_by_role("tab", name="uk").click()
    expect(admin_page.locator("#id_title_uk")).to_be_visible()
    expect(admin_page.locator("#id_title_en")).to_be_hidden()
    admin_page.fill("#id_title_uk", "Польська мова в школах Полтавщини (оновлено)")
    title_tabs.get_by_role("tab", name="en").click()
    expect(admin_page.locator("#id_title_en")).to_be_visible()
    admin_page.fill("#id_title_en", "Polish in Poltava schools (updated)")
    admin_page.click("input[name=_continue]")

    # A title field wide enough to read a title (Django's default is 20em).
    assert admin_page.locator("#id_title_en").bounding_box()["width"] > 600
    expect(admin_page.locator(".messagelist .success")).to_be_visible()
    project.refresh_from_db()
    assert project.title_uk == "Польська мова в школах Полтавщини (оновлено)"
    assert project.title_en == "Polish in Poltava schools (updated)"
    assert admin_page.console_errors == []


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/projects/project/",
        "/admin/events/event/add/",
        "/admin/partners/organisation/add/",
        "/admin/cooperation/annualreport/",
    ],
)
def test_admin_pages_run_without_script_or_policy_errors(admin_page, live_server, path):
    admin_page.goto(live_server.url + path)
    admin_page.wait_for_load_state("networkidle")
    assert admin_page.console_errors == []

"""The staff admin in a real browser: signing in, the language tabs of a
record, saving both languages, and no script blocked by the security policy."""

import pytest
from playwright.sync_api import expect

from events.models import Event
from partners.models import Memorandum
from projects.models import Application, Project

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


def test_a_photo_chosen_for_a_refused_event_is_saved_with_it(
    admin_page, live_server, tmp_path, settings
):
    import io

    from PIL import Image

    from events.models import Event

    settings.MEDIA_ROOT = tmp_path
    photo = tmp_path / "stand.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (0, 87, 183)).save(buffer, format="JPEG")
    photo.write_bytes(buffer.getvalue())

    admin_page.goto(f"{live_server.url}/admin/events/event/add/")
    admin_page.select_option("#modeltranslation-main-switch", label="uk")  # every field's uk tab
    admin_page.fill("#id_title_uk", "Генеральна асамблея AER 2025")
    admin_page.select_option("#id_council_role", "attended")
    admin_page.select_option("#id_format", "assembly")
    admin_page.fill("#id_start_date", "2025-06-11")
    admin_page.fill("#id_end_date", "2025-06-10")  # before the start
    admin_page.check("#id_is_online")
    admin_page.click("#photos-group .add-row a")
    admin_page.set_input_files("#id_photos-0-image", str(photo))
    admin_page.fill("#id_photos-0-alt_text_uk", "Стенд області")
    admin_page.click("input[name=_continue]")

    expect(admin_page.locator(".errornote")).to_be_visible()
    expect(admin_page.locator("#photos-0 .kept-upload-note")).to_contain_text("stand.jpg")
    admin_page.fill("#id_end_date", "2025-06-13")
    admin_page.click("input[name=_continue]")

    expect(admin_page.locator(".messagelist .success")).to_be_visible()
    event = Event.objects.get(title_uk="Генеральна асамблея AER 2025")
    assert event.photos.get().alt_text_uk == "Стенд області"
    assert admin_page.console_errors == []


def test_changing_the_language_over_unsaved_changes_asks_first(admin_page, live_server):
    project = Project.objects.get(slug=SLUG)
    admin_page.goto(f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    ukrainian = admin_page.locator(".admin-language button[value=uk]")
    messages = []

    def answer(dialog, accept: bool):
        messages.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    admin_page.fill("#id_title_en", "Polish in Poltava schools (not saved yet)")
    admin_page.once("dialog", lambda dialog: answer(dialog, accept=False))
    ukrainian.click()
    # Staff said no: the page and the typed title stay.
    expect(admin_page.locator("#id_title_en")).to_have_value(
        "Polish in Poltava schools (not saved yet)"
    )
    assert messages == [
        "The changes on this page are not saved and will be lost. Change the language anyway?"
    ]

    admin_page.once("dialog", lambda dialog: answer(dialog, accept=True))
    ukrainian.click()
    expect(admin_page.locator("#site-name")).to_contain_text("Портал міжнародної співпраці")
    assert len(messages) == 2
    assert admin_page.console_errors == []


def test_changing_the_language_of_an_untouched_form_asks_nothing(admin_page, live_server):
    project = Project.objects.get(slug=SLUG)
    admin_page.goto(f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    admin_page.on("dialog", lambda dialog: pytest.fail(f"asked: {dialog.message}"))
    admin_page.locator(".admin-language button[value=uk]").click()
    expect(admin_page.locator("#site-name")).to_contain_text("Портал міжнародної співпраці")


CHANGELISTS = [
    "events/event",
    "projects/project",
    "projects/application",
    "projects/programme",
    "partners/organisation",
    "partners/memorandum",
    "partners/membership",
    "cooperation/country",
]


def test_every_list_of_records_fits_a_laptops_screen(admin_page, live_server):
    """At 1280 px, beside the navigation and the filters, no column of a list
    is pushed out of sight (Django keeps headings, dates and linked records
    on one line: the publication column was cut off)."""
    overflowing = []
    for language in ("uk", "en"):
        admin_page.goto(f"{live_server.url}/admin/")
        admin_page.locator(f".admin-language button[value={language}]").click()
        admin_page.wait_for_load_state()
        for changelist in CHANGELISTS:
            admin_page.goto(f"{live_server.url}/admin/{changelist}/")
            widths = admin_page.locator(".results").evaluate(
                "results => [results.scrollWidth, results.clientWidth]"
            )
            if widths[0] > widths[1] + 1:
                overflowing.append((language, changelist, widths))
    assert overflowing == []


def records_with_rows() -> list[str]:
    """A record of each kind whose page has rows of linked records in a table."""
    return [
        f"projects/project/{Project.objects.get(slug=SLUG).pk}",
        f"partners/memorandum/{Memorandum.objects.filter(party_links__isnull=False)[0].pk}",
        f"projects/application/{Application.objects.filter(partner_links__isnull=False)[0].pk}",
        f"events/event/{Event.objects.filter(figures__isnull=False)[0].pk}",
    ]


def test_every_table_of_rows_fits_a_laptops_screen(admin_page, live_server):
    """At 1280 px, beside the navigation, the rows tied to a record (a
    project's partners, a memorandum's parties, an event's figures) keep
    every column, the «Delete?» boxes too, inside their table and the page.
    In Ukrainian a project's partners pushed that column out and the page
    sideways: the note's 20em beside «Відповідальна організація»."""
    overflowing = []
    for language in ("uk", "en"):
        admin_page.goto(f"{live_server.url}/admin/")
        admin_page.locator(f".admin-language button[value={language}]").click()
        admin_page.wait_for_load_state()
        for record in records_with_rows():
            admin_page.goto(f"{live_server.url}/admin/{record}/change/")
            widths = admin_page.evaluate(
                """() => [
                    document.documentElement.scrollWidth - window.innerWidth,
                    ...[...document.querySelectorAll('.inline-group .tabular table')].map(
                        table => table.offsetWidth - table.closest('.inline-group').clientWidth
                    ),
                ]"""
            )
            if max(widths) > 1:
                overflowing.append((language, record, widths))
    assert overflowing == []


def expect_help_of_own_row(page, row: int) -> None:
    """The row's description field names its own help text, which exists."""
    field = page.locator(f"#id_photos-{row}-alt_text_uk")
    help_id = f"id_photos-{row}-alt_text_uk_helptext"
    # Polled: after a removal the rows are numbered again just after the event.
    expect(field).to_have_attribute("aria-describedby", help_id)
    expect(page.locator(f"#{help_id}")).to_have_count(1)


def test_an_added_inline_rows_fields_point_at_their_own_help(admin_page, live_server):
    # Django's inlines.js numbers an added row's ids, names and labels, but
    # left aria-describedby pointing at the hidden template row's help text.
    admin_page.goto(f"{live_server.url}/admin/events/event/add/")
    for _ in range(3):
        admin_page.click("#photos-group .add-row a")
    for row in range(3):
        expect_help_of_own_row(admin_page, row)
    # Removing the first row numbers the others again, their help with them.
    admin_page.click("#photos-0 .inline-deletelink")
    for row in range(2):
        expect_help_of_own_row(admin_page, row)
    expect(admin_page.locator("#id_photos-2-alt_text_uk")).to_have_count(0)
    assert admin_page.console_errors == []

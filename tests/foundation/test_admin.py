"""The staff admin, as an Editor uses it."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from cooperation.models import AnnualReport, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application

pytestmark = pytest.mark.django_db

# Every model the Editors keep, with one record to open.
EDITABLE = [
    ("partners", "organisation", lambda: Organisation.objects.get(slug="alda")),
    ("partners", "membership", lambda: Organisation.objects.get(slug="alda").memberships.get()),
    ("partners", "memorandum", lambda: Memorandum.objects.get(slug="memorandum-2023-lucc")),
    ("projects", "project", lambda: Organisation.objects.get(slug="bsssc").projects.get()),
    ("projects", "programme", lambda: Application.objects.get(year=2024, number=4).programme),
    ("projects", "application", lambda: Application.objects.get(year=2024, number=6)),
    ("events", "event", lambda: Event.objects.get(slug="2024-smart-city-expo-world-congress")),
]


@pytest.mark.parametrize(("app_label", "model", "get_record"), EDITABLE)
def test_editor_opens_list_add_and_change_pages(editor_client, app_label, model, get_record):
    record = get_record()
    for url in (
        reverse(f"admin:{app_label}_{model}_changelist"),
        reverse(f"admin:{app_label}_{model}_add"),
        reverse(f"admin:{app_label}_{model}_change", args=[record.pk]),
    ):
        response = editor_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize(
    ("app_label", "model", "get_record"),
    [
        ("cooperation", "priorityarea", lambda: PriorityArea.objects.get(slug="medicine")),
        ("cooperation", "country", lambda: Organisation.objects.get(slug="alda").country),
        ("cooperation", "annualreport", lambda: AnnualReport.objects.get(year=2024)),
    ],
)
def test_editor_opens_core_records(editor_client, app_label, model, get_record):
    assert editor_client.get(reverse(f"admin:{app_label}_{model}_changelist")).status_code == 200
    change_url = reverse(f"admin:{app_label}_{model}_change", args=[get_record().pk])
    assert editor_client.get(change_url).status_code == 200


def test_list_search_and_filters_answer(editor_client):
    url = reverse("admin:events_event_changelist")
    response = editor_client.get(url, {"q": "Barcelona", "council_role__exact": "attended"})
    assert response.status_code == 200
    assert (
        "ALDA Festival" in response.content.decode()
        or "Фестиваль ALDA" in response.content.decode()
    )


def test_translation_tabs_are_served_locally(editor_client):
    response = editor_client.get(reverse("admin:events_event_add"))
    html = response.content.decode()
    assert "vendor/jquery-ui/jquery-ui.min.js" in html
    assert "ajax.googleapis.com" not in html
    assert 'name="title_uk"' in html and 'name="title_en"' in html


def search_organisations(client, term: str):
    """The organisation box of a memorandum's party rows, searching ``term``."""
    return client.get(
        reverse("admin:autocomplete"),
        {
            "term": term,
            "app_label": "partners",
            "model_name": "memorandumparty",
            "field_name": "organisation",
        },
    )


def test_organisation_autocomplete_answers(editor_client):
    response = search_organisations(editor_client, "ALDA")
    assert response.status_code == 200
    assert "ALDA" in response.content.decode()


def test_editor_cannot_manage_users_or_add_areas_or_reports(editor_client):
    forbidden = [
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_group_changelist"),
        reverse("admin:cooperation_priorityarea_add"),
        reverse("admin:cooperation_annualreport_add"),
        reverse("admin:cooperation_priorityarea_delete", args=[PriorityArea.objects.first().pk]),
    ]
    for url in forbidden:
        assert editor_client.get(url).status_code == 403, url


def test_editors_group_has_no_user_permissions():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )
    assert "change_event" in codenames and "delete_memorandum" in codenames
    assert not {"add_user", "change_user", "change_group", "delete_priorityarea"} & codenames


def test_bulk_publish_and_unpublish(editor_client):
    url = reverse("admin:events_event_changelist")
    event = Event.objects.get(slug="2024-bsssc-annual-conference")
    response = editor_client.post(
        url, {"action": "unpublish", "_selected_action": [event.pk]}, follow=True
    )
    assert response.status_code == 200
    event.refresh_from_db()
    assert event.publication_status == PublicationStatus.DRAFT
    editor_client.post(url, {"action": "publish", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.publication_status == PublicationStatus.PUBLISHED


def test_publishing_without_english_warns(editor_client):
    """The site shows the Ukrainian text where the English is missing; staff
    are told when they publish such a record, by the action or by saving."""
    url = reverse("admin:events_event_changelist")
    event = Event.objects.get(slug="2024-bsssc-annual-conference")
    Event.objects.filter(pk=event.pk).update(publication_status="draft", title_en="")
    response = editor_client.post(
        url, {"action": "publish", "_selected_action": [event.pk]}, follow=True
    )
    shown = [str(message) for message in response.context["messages"]]
    # The admin speaks Ukrainian here.
    assert any("без англійського тексту" in m and event.title_uk in m for m in shown)

    Event.objects.filter(pk=event.pk).update(
        publication_status="draft", title_en="The BSSSC annual conference"
    )
    response = editor_client.post(
        url, {"action": "publish", "_selected_action": [event.pk]}, follow=True
    )
    assert not any("англійськ" in str(m) for m in response.context["messages"])


def test_saving_a_published_record_without_english_warns(editor_client):
    from projects.models import Programme

    programme = Programme.objects.filter(publication_status="published").first()
    url = reverse("admin:projects_programme_change", args=[programme.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(name_en="", edit_version=form.initial["edit_version"])
    data["organisation"] = programme.organisation_id or ""
    response = editor_client.post(url, data, follow=True)
    shown = " ".join(str(message) for message in response.context["messages"])
    assert "Опубліковано без англійської для: назва" in shown


def test_protected_organisation_is_not_deleted(editor_client):
    organisation = Organisation.objects.get(slug="lucc")
    url = reverse("admin:partners_organisation_delete", args=[organisation.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    # Django's own page names what protects it, in the admin's language.
    assert response.context["protected"]
    assert any("LUCC" in str(item) for item in response.context["protected"])
    editor_client.post(url, {"post": "yes"})
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_view_on_site_links_to_public_page(editor_client):
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    response = editor_client.get(reverse("admin:events_event_change", args=[event.pk]))
    assert reverse("admin:view_on_site", args=[response.context["content_type_id"], event.pk]) in (
        response.content.decode()
    )


def test_every_model_is_registered():
    from django.apps import apps

    for app_label in ("cooperation", "partners", "projects", "events"):
        for model in apps.get_app_config(app_label).get_models():
            if model._meta.auto_created or model.__name__ in {
                "MemorandumParty",
                "ProjectParticipation",
                "ApplicationPartner",
                "EventPhoto",
                "EventFigure",
                "EventDocument",
                "SiteRevision",
            }:
                continue  # kept through their parent's inlines, or internal
            assert admin.site.is_registered(model), model


def test_deleting_a_published_record_asks_first_and_is_logged(editor_client, caplog):
    from django.contrib.admin.models import DELETION, LogEntry

    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    url = reverse("admin:events_event_delete", args=[event.pk])
    confirmation = editor_client.get(url)
    assert confirmation.status_code == 200
    assert Event.objects.filter(pk=event.pk).exists()  # asking deletes nothing

    with caplog.at_level("WARNING", logger="cooperation.audit"):
        response = editor_client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert not Event.objects.filter(pk=event.pk).exists()
    assert LogEntry.objects.filter(object_id=str(event.pk), action_flag=DELETION).exists()
    assert "deleted events.Event" in caplog.text and "published" in caplog.text


def changelist_search(client, app_label: str, model: str, term: str) -> list:
    response = client.get(reverse(f"admin:{app_label}_{model}_changelist"), {"q": term})
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


@pytest.mark.parametrize("term", ["асоціація місцевої", "АСОЦІАЦІЯ МІСЦЕВОЇ", "Асоціація Місцевої"])
def test_search_ignores_the_case_of_cyrillic_letters(editor_client, term):
    # SQLite's own LIKE folds the case of ASCII letters only.
    found = changelist_search(editor_client, "partners", "organisation", term)
    names = [organisation.name_uk for organisation in found]
    assert names and all("асоціація місцевої" in name.lower() for name in names)


@pytest.mark.parametrize("term", ["%", "_", "\\", "100%", "ВІТА_2"])
def test_search_takes_wildcards_literally(editor_client, term):
    named = Organisation.objects.create(
        name_uk="Фонд «100% освіта_2030» \\ Полтава", name_en="Fund", slug="fund-100"
    )
    assert changelist_search(editor_client, "partners", "organisation", term) == [named]


@pytest.mark.parametrize("term", ["Прем'єр", "Прем’єр", "премʼєр експо"])
def test_search_finds_an_apostrophe_however_it_is_typed(editor_client, term):
    # The brochure spells «Прем'єр Експо» with ', staff type ’ or ʼ as well.
    organisations = changelist_search(editor_client, "partners", "organisation", term)
    memoranda = changelist_search(editor_client, "partners", "memorandum", term)
    assert [organisation.name_uk for organisation in organisations] == ["Прем'єр Експо"]
    assert [memorandum.slug for memorandum in memoranda] == ["memorandum-2024-premier-expo"]


@pytest.mark.parametrize("term", ["Об'єднання", "Об’єднання", "обʼєднання"])
def test_the_autocomplete_finds_an_apostrophe_however_it_is_typed(editor_client, term):
    Organisation.objects.create(name_uk="Об’єднання громад", name_en="Union", slug="union")
    response = search_organisations(editor_client, term)
    assert [result["text"] for result in response.json()["results"]] == ["Об’єднання громад"]


@pytest.mark.parametrize("term", ["LUCC", "Chamber of Commerce", "торгова палата"])
def test_memoranda_are_found_by_their_parties(editor_client, term):
    found = changelist_search(editor_client, "partners", "memorandum", term)
    assert [memorandum.slug for memorandum in found] == ["memorandum-2023-lucc"]


def test_a_memorandum_with_several_matching_parties_is_listed_once(editor_client):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-civil-society-forum-and-communities")
    for party in memorandum.parties.all():
        party.short_name_en = "SHARED"
        party.save()
    found = changelist_search(editor_client, "partners", "memorandum", "SHARED")
    assert found == [memorandum]


@pytest.mark.parametrize(
    ("term", "codes"),
    [
        ("2024/06", ["2024/06"]),
        ("2024/6", ["2024/06"]),
        ("06", ["2024/06"]),
        ("cybersecurity", ["2024/05"]),
        ("кібербезпеки", ["2024/05"]),
    ],
)
def test_applications_are_found_by_code_and_title(editor_client, term, codes):
    found = changelist_search(editor_client, "projects", "application", term)
    assert [application.code for application in found] == codes


def test_an_application_number_finds_it_in_every_year(editor_client):
    Application.objects.create(
        year=2025, number=6, title_uk="Заявка", title_en="Application", status="submitted"
    )
    found = changelist_search(editor_client, "projects", "application", "06")
    assert [application.code for application in found] == ["2025/06", "2024/06"]
    assert changelist_search(editor_client, "projects", "application", "2025/06")[0].year == 2025


@pytest.mark.parametrize("term", ["ALDA", "European Association for Local Democracy"])
def test_programmes_are_found_by_their_organisation(editor_client, term):
    from projects.models import Programme

    programme = Programme.objects.create(
        name_uk="Конкурс мережі",
        name_en="A network's call",
        slug="a-networks-call",
        organisation=Organisation.objects.get(slug="alda"),
    )
    assert changelist_search(editor_client, "projects", "programme", term) == [programme]


def protected_items(client, organisation: Organisation) -> list[str]:
    response = client.get(reverse("admin:partners_organisation_delete", args=[organisation.pk]))
    assert response.status_code == 200
    return [str(item) for item in response.context["protected"]]


def test_what_protects_an_organisation_names_the_memorandum(editor_client):
    lucc = Organisation.objects.get(slug="lucc")
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")

    items = protected_items(editor_client, lucc)

    assert f"Сторона: {memorandum.title_uk} — {lucc}" in items
    assert f"Сторона: {lucc}" not in items


def test_what_protects_an_organisation_names_the_project_and_the_application(editor_client):
    alda = Organisation.objects.get(slug="alda")
    application = Application.objects.get(year=2024, number=7)
    alda.project_participations.create(
        project=Organisation.objects.get(slug="bsssc").projects.get(), role="funding"
    )
    project = alda.projects.get()

    items = protected_items(editor_client, alda)

    assert f"Організація-учасниця: {project.title_uk} — {alda} (фінансування)" in items
    assert (
        f"Донор або партнер: {application.code} {application.title_uk} — {alda} (фасилітатор)"
        in (items)
    )


def test_deleting_a_project_names_its_links_to_events_and_countries(editor_client):
    from cooperation.models import Country

    project = Organisation.objects.get(slug="bsssc").projects.get()
    event = project.events.get(slug="2024-bsssc-annual-conference")
    project.countries.add(Country.objects.get(iso_code="PL"))

    response = editor_client.get(reverse("admin:projects_project_delete", args=[project.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Event_projects object" not in page and "Project_countries object" not in page
    assert "Event-project" not in page and "Project-country" not in page
    assert f"Зв’язок заходу з проєктом: {event.title_uk} — {project.title_uk}" in page
    assert f"Зв’язок проєкту з країною: {project.title_uk} — Польща" in page


def changelist_names(client, app_label: str, model: str, field: str, **params) -> list[str]:
    language = params.pop("language", "uk")
    response = client.get(
        reverse(f"admin:{app_label}_{model}_changelist"),
        params,
        headers={"accept-language": language},
    )
    assert response.status_code == 200
    # As the list shows it: an English name left empty shows the Ukrainian one.
    return [
        getattr(record, f"{field}_{language}") or getattr(record, f"{field}_uk")
        for record in response.context["cl"].result_list
    ]


@pytest.mark.parametrize("model", ["organisation", "programme"])
def test_organisations_and_programmes_are_listed_in_alphabetical_order(editor_client, model):
    """Not by address (the English slug), which reads as no order at all in
    Ukrainian, nor by code point, which puts Є, І and Ї before А."""
    from cooperation.alphabet import sort_key

    app_label = "partners" if model == "organisation" else "projects"
    names = changelist_names(editor_client, app_label, model, "name")

    assert names == sorted(names, key=lambda name: sort_key(name, "uk"))


def test_the_organisation_autocomplete_is_alphabetical(editor_client):
    response = search_organisations(editor_client, "")
    names = [result["text"] for result in response.json()["results"]]
    assert names.index("Агенство з конкурентоспроможності бізнесу уряду Каталонії (ACCIÓ)") < (
        names.index("Європейська асоціація місцевої демократії (ALDA)")
    )


@pytest.mark.parametrize("language", ["uk", "en"])
@pytest.mark.parametrize(
    ("app_label", "model", "field"),
    [
        ("partners", "organisation", "name"),
        ("events", "event", "title"),
        ("projects", "programme", "name"),
        ("projects", "project", "title"),
        ("partners", "memorandum", "title"),
    ],
)
def test_sorting_a_list_by_its_name_column_is_alphabetical(
    editor_client, language, app_label, model, field
):
    """The name or title is each list's first column (o=1)."""
    from cooperation.alphabet import sort_key

    def ordered(names):
        return sorted(names, key=lambda name: sort_key(name, language))

    ascending = changelist_names(editor_client, app_label, model, field, o="1", language=language)
    descending = changelist_names(editor_client, app_label, model, field, o="-1", language=language)

    assert ascending == ordered(ascending)
    assert descending == ordered(descending)[::-1]


def test_the_applications_list_shows_an_amount_awarded_with_its_currency(editor_client):
    application = Application.objects.get(year=2024, number=6)
    application.status = Application.Status.WON
    application.amount_awarded = 1_250_000
    application.currency = "EUR"
    application.save()
    response = editor_client.get(reverse("admin:projects_application_changelist"))
    assert "1\u00a0250\u00a0000\u00a0євро" in response.content.decode()


def test_ukrainian_admin_offers_to_select_a_whole_long_list_in_good_ukrainian(editor_client):
    # Shown when the list runs past its first page. Django's Ukrainian read
    # «Обрати всі 117 заходи».
    import datetime

    Event.objects.bulk_create(
        Event(
            title_uk=f"Захід {number}",
            title_en=f"Event {number}",
            slug=f"event-{number}",
            start_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            council_role=Event.CouncilRole.ATTENDED,
            format=Event.Format.FORUM,
        )
        for number in range(admin.site._registry[Event].list_per_page + 1)
    )
    html = editor_client.get(reverse("admin:events_event_changelist")).content.decode()
    total = Event.objects.count()
    assert f"Обрати всі записи (заходи): {total}" in html
    assert f"Обрати всі {total}" not in html


def test_ukrainian_admin_names_the_model_where_its_case_does_not_matter(editor_client):
    # Django's Ukrainian put the nominative where another case belongs:
    # «Виберіть організація щоб змінити», «Додати організація».
    changelist = editor_client.get(reverse("admin:partners_organisation_changelist"))
    html = changelist.content.decode()
    assert "Оберіть для зміни: організація" in html
    assert "Додати: організація" in html
    assert "Виберіть організація" not in html

    added = editor_client.post(
        reverse("admin:partners_organisation_add"),
        {"name_uk": "Фонд «Єднання»", "kind": Organisation.Kind.NGO, "publication_status": "draft"},
        follow=True,
    )
    message = str(list(added.context["messages"])[0])
    assert message.startswith("Запис «") and message.endswith("» (організація) додано.")


@pytest.mark.parametrize(
    ("changelist", "count", "english"),
    [
        ("admin:events_event_changelist", "16 записів (заходи)", "16 events"),
        ("admin:cooperation_country_changelist", "10 записів (країни)", "10 countries"),
        ("admin:partners_membership_changelist", "3 записи (членство в організаціях)", None),
        ("admin:cooperation_annualreport_changelist", "1 запис (річний звіт)", "1 annual report"),
    ],
)
def test_a_lists_count_is_good_ukrainian_and_unchanged_english(
    editor_client, changelist, count, english
):
    # Django's Ukrainian put the name in the nominative: «16 заходи», «10 країни».
    html = editor_client.get(reverse(changelist)).content.decode()
    assert count in html
    if english:
        editor_client.cookies["django_language"] = "en"
        assert english in editor_client.get(reverse(changelist)).content.decode()


def test_a_saved_website_is_offered_to_change_not_said_to_be_changed(editor_client):
    # Django's Ukrainian read «На даний час: … Змінено: …» beside the address.
    alda = Organisation.objects.get(slug="alda")
    assert alda.website
    html = editor_client.get(admin_change_url(alda)).content.decode()
    assert "Наразі:" in html and "Змінити:" in html
    assert "Змінено:" not in html and "На даний час:" not in html


def test_the_ukrainian_admin_index_has_no_english_left(editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    for english in ("Model name", "Add link", "Change or view list link"):
        assert english not in html
    assert "Тип записів" in html


def test_the_ukrainian_list_filters_are_headed_in_good_ukrainian(editor_client):
    # Django's «За %(filter_title)s» made «За публікація», «За країна».
    html = editor_client.get(reverse("admin:events_event_changelist")).content.decode()
    assert "За ознакою: публікація" in html
    assert "За ознакою: країна" in html
    assert "За публікація" not in html and "За країна" not in html


def test_the_ukrainian_admin_calls_records_records_not_objects(editor_client):
    # Django's Ukrainian says «об'єкти» where our catalogue says «записи»:
    # «Видалити кілька об'єктів» stood above «Записи» on the same page, and a
    # screen reader read «Вибрати цей об'єкт для дії» beside every row.
    changelist = reverse("admin:events_event_changelist")
    html = editor_client.get(changelist).content.decode()
    assert "Обрати цей запис для дії" in html
    assert "Обрати всі записи на сторінці для дії" in html
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    asking = editor_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [event.pk]}
    ).content.decode()
    assert "Видалити кілька записів" in asking
    assert "Записи" in asking
    for page in (html, asking):
        for objects in ("кілька об", "цей об", "всі об", "вибрати об"):
            assert objects not in page


def admin_change_url(record) -> str:
    return reverse(
        f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk]
    )


def test_an_organisations_page_links_to_the_records_that_name_it(editor_client):
    lucc = Organisation.objects.get(slug="lucc")
    html = editor_client.get(admin_change_url(lucc)).content.decode()

    assert "Пов’язані записи" in html
    for record in [
        lucc.memberships.get(),
        Memorandum.objects.get(slug="memorandum-2023-lucc"),
        *Event.objects.filter(organisations=lucc),
    ]:
        assert f'href="{admin_change_url(record)}"' in html
    assert "21 травня 2024: Другий Люксембурзько-Український бізнес-форум" in html


def test_a_projects_page_links_to_its_applications_and_events(editor_client):
    from projects.models import Project

    project = Project.objects.get(slug="resilience-orthopedics")
    meeting = Event.objects.get(slug="2024-meeting-resilience-orthopedics")
    meeting.publication_status = PublicationStatus.DRAFT
    meeting.save()

    html = editor_client.get(admin_change_url(project)).content.decode()

    assert f'href="{admin_change_url(Application.objects.get(year=2024, number=2))}"' in html
    assert f'href="{admin_change_url(meeting)}"' in html
    assert "(Чернетка)" in html  # a draft says so


def test_an_organisations_page_links_its_latest_events_and_counts_the_rest(editor_client):
    # A partner of many years may have hundreds of events: the page links
    # the latest 20 and says how many more there are.
    lucc = Organisation.objects.get(slug="lucc")
    for day in range(1, 26):
        event = Event.objects.create(
            title_uk=f"Зустріч {day}",
            slug=f"lucc-meeting-{day}",
            start_date=datetime.date(2030, 1, day),
            council_role=Event.CouncilRole.ATTENDED,
            format=Event.Format.WORKING_MEETING,
        )
        event.organisations.add(lucc)
    events = Event.objects.filter(organisations=lucc)

    html = editor_client.get(admin_change_url(lucc)).content.decode()

    linked = [event for event in events if f'href="{admin_change_url(event)}"' in html]
    assert linked == list(events[:20])
    assert f"…і ще {events.count() - 20}</li>" in html


def test_a_new_organisation_has_no_linked_records_yet(editor_client):
    organisation = Organisation.objects.create(name_uk="Фонд «Єднання»", slug="yednannia")
    html = editor_client.get(admin_change_url(organisation)).content.decode()
    assert "Жоден інший запис поки не посилається на цей." in html


def test_the_reports_list_shows_the_funds_with_the_currency_in_ukrainian(editor_client):
    # It read «47 000 000 UAH» where the applications list reads «… євро».
    html = editor_client.get(reverse("admin:cooperation_annualreport_changelist")).content.decode()
    assert "47\u00a0000\u00a0000\u00a0грн" in html
    assert "UAH</td>" not in html


def test_the_report_page_sums_the_awarded_amounts_with_the_currency_in_ukrainian(editor_client):
    application = Application.objects.get(year=2024, number=2)
    application.amount_awarded = 1_250_000
    application.currency = "EUR"
    application.save()
    report = AnnualReport.objects.get(year=2024)

    response = editor_client.get(reverse("admin:cooperation_annualreport_change", args=[report.pk]))

    assert "1\u00a0250\u00a0000\u00a0євро" in response.content.decode()


def test_deleting_asks_in_good_ukrainian(editor_client):
    # Django's Ukrainian: «Ви впевнені, що хочете видалити заявка "…"?», «Резюме».
    application = Application.objects.get(year=2024, number=3)
    html = editor_client.get(
        reverse("admin:projects_application_delete", args=[application.pk])
    ).content.decode()
    assert f"Видалити запис «{application}» (заявка)?" in html
    assert "видалити заявка" not in html
    assert "Підсумок" in html and "Резюме" not in html


def test_deleting_selected_protected_records_says_so_in_good_ukrainian(editor_client):
    premier = Organisation.objects.get(slug="premier-expo")
    response = editor_client.post(
        reverse("admin:partners_organisation_changelist"),
        {"action": "delete_selected", "_selected_action": [premier.pk]},
    )
    html = response.content.decode()
    assert "Щоб видалити обрані записи (організація), довелося б видалити" in html
    assert "обраних організація" not in html
    assert Organisation.objects.filter(pk=premier.pk).exists()


def test_memberships_are_found_by_the_english_acronym_of_their_organisation(editor_client):
    # The other lists that name an organisation search both languages' acronyms.
    lucc = Organisation.objects.get(slug="lucc")
    lucc.short_name_uk, lucc.short_name_en = "ЛУТП", "LUCC"
    lucc.save()
    found = changelist_search(editor_client, "partners", "membership", "LUCC")
    assert [membership.organisation.slug for membership in found] == ["lucc"]

"""Admin forms: plain-words errors, never a 500, nothing lost."""

import datetime

import pytest
from django.urls import reverse

from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application

pytestmark = pytest.mark.django_db


def event_form_data(event: Event, **changes) -> dict:
    data = {
        "title_uk": event.title_uk,
        "title_en": event.title_en,
        "slug": event.slug,
        "council_role": event.council_role,
        "format": event.format,
        "priority_area": event.priority_area_id or "",
        "publication_status": event.publication_status,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat() if event.end_date else "",
        "city_uk": event.city_uk,
        "city_en": event.city_en,
        "country": event.country_id or "",
        "summary_uk": event.summary_uk,
        "summary_en": event.summary_en,
        "projects": [p.pk for p in event.projects.all()],
        "organisations": [o.pk for o in event.organisations.all()],
        "figures-TOTAL_FORMS": "0",
        "figures-INITIAL_FORMS": "0",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def open_edit_version(client, event: Event) -> str:
    response = client.get(reverse("admin:events_event_change", args=[event.pk]))
    return response.context["adminform"].form.initial["edit_version"]


def test_end_before_start_is_a_form_error(editor_client):
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    data = event_form_data(
        event, end_date="2024-05-01", edit_version=open_edit_version(editor_client, event)
    )
    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 200
    # Beside the end date, the field to change, and only there.
    form = response.context["adminform"].form
    assert form.errors["end_date"] == ["Дата завершення не може бути раніше за дату початку."]
    assert not form.non_field_errors()
    event.refresh_from_db()
    assert event.end_date.isoformat() == "2024-05-15"


def test_duplicate_application_number_is_a_form_error(editor_client):
    response = editor_client.post(
        reverse("admin:projects_application_add"),
        {
            "year": "2024",
            "number": "3",
            "title_uk": "Дубль",
            "title_en": "Duplicate",
            "status": "submitted",
            "currency": "EUR",
            "publication_status": "draft",
            "partner_links-TOTAL_FORMS": "0",
            "partner_links-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    assert Application.objects.filter(year=2024, number=3).count() == 1


def test_a_taken_application_number_says_which_and_the_next_free_one(editor_client):
    # The add form opens at this year's next number; staff entering last
    # year's application change the year and keep the number, already taken.
    data = application_form_data(editor_client, Application.objects.get(year=2024, number=3))
    taken_by = Application.objects.get(year=2024, number=1)

    response = editor_client.post(reverse("admin:projects_application_add"), {**data, "number": 1})

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["number"] == [
        f"Цей номер уже зайнято: {taken_by}. Наступний вільний номер у 2024 році — 9."
    ]
    assert not form.non_field_errors()
    assert Application.objects.filter(year=2024, number=1).count() == 1


@pytest.mark.parametrize("year", ["abc", ""])
def test_a_number_is_not_called_taken_in_a_year_that_was_not_given(editor_client, year):
    # The form keeps the application's stored year (2024) where the one sent
    # is no year: its number 1 is another's, but staff did not ask for 2024.
    application = Application.objects.get(year=2024, number=3)
    url = reverse("admin:projects_application_change", args=[application.pk])
    data = application_form_data(editor_client, application, year=year, number=1)

    response = editor_client.post(url, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "year" in errors
    assert "number" not in errors


def test_second_concurrent_save_is_refused(editor_client):
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    url = reverse("admin:events_event_change", args=[event.pk])
    version_seen_by_both = open_edit_version(editor_client, event)

    first = editor_client.post(
        url,
        event_form_data(event, title_en="First editor's title", edit_version=version_seen_by_both),
    )
    assert first.status_code == 302
    second = editor_client.post(
        url,
        event_form_data(event, title_en="Second editor's title", edit_version=version_seen_by_both),
    )
    assert second.status_code == 200
    assert "Someone else saved this record" in second.content.decode() or "Хтось інший" in (
        second.content.decode()
    )
    event.refresh_from_db()
    assert event.title_en == "First editor's title"


def test_upload_of_a_text_file_as_logo_is_refused(editor_client, tmp_path, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    organisation = Organisation.objects.get(slug="alda")
    url = reverse("admin:partners_organisation_change", args=[organisation.pk])
    version = editor_client.get(url).context["adminform"].form.initial["edit_version"]
    response = editor_client.post(
        url,
        {
            "name_uk": organisation.name_uk,
            "name_en": organisation.name_en,
            "short_name_uk": "ALDA",
            "short_name_en": "ALDA",
            "slug": "alda",
            "kind": organisation.kind,
            "country": organisation.country_id,
            "publication_status": "published",
            "edit_version": version,
            "logo": SimpleUploadedFile(
                "logo.png", b"this is not an image", content_type="image/png"
            ),
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["logo"]
    organisation.refresh_from_db()
    assert not organisation.logo


def memorandum_form_data(client, memorandum, **changes) -> dict:
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    form = client.get(url).context["adminform"].form
    data = {
        "title_uk": memorandum.title_uk,
        "title_en": memorandum.title_en,
        "slug": memorandum.slug,
        "category": memorandum.category,
        "publication_status": memorandum.publication_status,
        "signed_year": memorandum.signed_year,
        "edit_version": form.initial["edit_version"],
        "party_links-TOTAL_FORMS": "0",
        "party_links-INITIAL_FORMS": "0",
        "party_links-MIN_NUM_FORMS": "1",
    }
    for index, party in enumerate(memorandum.party_links.all()):
        data.update(
            {
                f"party_links-{index}-id": party.pk,
                f"party_links-{index}-memorandum": memorandum.pk,
                f"party_links-{index}-organisation": party.organisation_id,
                f"party_links-{index}-order": party.order,
            }
        )
        data["party_links-TOTAL_FORMS"] = data["party_links-INITIAL_FORMS"] = str(index + 1)
    data.update(changes)
    return data


def test_a_memorandum_cannot_lose_its_only_party(editor_client):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    data = memorandum_form_data(editor_client, memorandum, **{"party_links-0-DELETE": "on"})

    response = editor_client.post(url, data)

    assert response.status_code == 200
    (parties,) = response.context["inline_admin_formsets"]
    assert parties.formset.non_form_errors().as_data()[0].code == "too_few_forms"
    assert "хоча б однієї сторони" in response.content.decode()  # shown, in the admin's language
    assert memorandum.party_links.count() == 1


def test_a_memorandum_keeps_its_parties_when_one_of_several_is_deleted(editor_client):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-civil-society-forum-and-communities")
    parties = memorandum.party_links.count()
    assert parties > 1
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    data = memorandum_form_data(editor_client, memorandum, **{"party_links-0-DELETE": "on"})

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert memorandum.party_links.count() == parties - 1


def test_second_concurrent_save_of_a_country_is_refused(editor_client):
    from cooperation.models import Country

    country = Country.objects.get(iso_code="LU")
    url = reverse("admin:cooperation_country_change", args=[country.pk])
    version_seen_by_both = editor_client.get(url).context["adminform"].form.initial["edit_version"]

    def country_form_data(name_en: str) -> dict:
        return {
            "iso_code": country.iso_code,
            "name_uk": country.name_uk,
            "name_en": name_en,
            "is_eu_member": "on",
            "is_cooperation_partner": "on",
            "latitude": country.latitude,
            "longitude": country.longitude,
            "edit_version": version_seen_by_both,
        }

    first = editor_client.post(url, country_form_data("Luxembourg (first editor)"))
    assert first.status_code == 302
    second = editor_client.post(url, country_form_data("Luxembourg (second editor)"))
    assert second.status_code == 200
    assert second.context["adminform"].form.non_field_errors().as_data()[0].code == (
        "edited_concurrently"
    )
    country.refresh_from_db()
    assert country.name_en == "Luxembourg (first editor)"


def application_form_data(client, application: Application, **changes) -> dict:
    url = reverse("admin:projects_application_change", args=[application.pk])
    form = client.get(url).context["adminform"].form
    data = {
        "year": application.year,
        "number": application.number,
        "title_uk": application.title_uk,
        "title_en": application.title_en,
        "summary_uk": application.summary_uk,
        "summary_en": application.summary_en,
        "publication_status": application.publication_status,
        "programme": application.programme_id or "",
        "priority_area": application.priority_area_id or "",
        "status": application.status,
        "currency": application.currency,
        "edit_version": form.initial["edit_version"],
        "partner_links-TOTAL_FORMS": "0",
        "partner_links-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("status", ["submitted", "review", "not_won", "preparation", "withdrawn"])
def test_an_amount_awarded_needs_a_won_application(editor_client, status):
    application = Application.objects.get(year=2024, number=5)
    url = reverse("admin:projects_application_change", args=[application.pk])
    data = application_form_data(editor_client, application, status=status, amount_awarded="150000")

    response = editor_client.post(url, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors.as_data()
    assert [error.code for error in errors["amount_awarded"]] == ["awarded_but_not_won"]
    assert "«Перемога»" in response.content.decode()
    application.refresh_from_db()
    assert application.amount_awarded is None


def test_a_won_application_takes_an_amount_awarded(editor_client):
    application = Application.objects.get(year=2024, number=2)
    url = reverse("admin:projects_application_change", args=[application.pk])
    data = application_form_data(editor_client, application, amount_awarded="150000")

    assert editor_client.post(url, data).status_code == 302
    application.refresh_from_db()
    assert application.amount_awarded == 150000


def test_an_address_in_use_is_a_plain_words_error(editor_client):
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    data = event_form_data(
        event,
        slug="2024-bsssc-annual-conference",
        edit_version=open_edit_version(editor_client, event),
    )

    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["slug"] == ["Інший запис уже має цю адресу."]
    event.refresh_from_db()
    assert event.slug == "2024-alda-festival-and-general-assembly"


def test_a_second_report_for_a_year_is_a_plain_words_error(staff_client):
    from cooperation.models import AnnualReport

    response = staff_client.post(
        reverse("admin:cooperation_annualreport_add"),
        {
            "year": "2024",
            "title_uk": "Ще один звіт",
            "title_en": "Another report",
            "publication_status": "draft",
            "funds_currency": "UAH",
        },
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["year"] == ["Звіт за цей рік уже є."]
    assert AnnualReport.objects.filter(year=2024).count() == 1


def test_a_country_code_in_use_is_a_plain_words_error(editor_client):
    response = editor_client.post(
        reverse("admin:cooperation_country_add"),
        {"iso_code": "PL", "name_uk": "Польща", "name_en": "Poland"},
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["iso_code"] == ["Країна з цим кодом уже є."]


def test_a_country_code_in_small_letters_is_saved_in_capitals(editor_client):
    from cooperation.models import Country

    response = editor_client.post(
        reverse("admin:cooperation_country_add"),
        {"iso_code": "cz", "name_uk": "Чехія", "name_en": "Czechia"},
    )

    assert response.status_code == 302
    assert Country.objects.get(name_en="Czechia").iso_code == "CZ"


def post_other_figure(client, **figure):
    """The ALDA festival's change form, sent with one figure of kind "other"."""
    event = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    fields = {f"figures-0-{name}": value for name, value in figure.items()}
    data = event_form_data(
        event,
        edit_version=open_edit_version(client, event),
        **{"figures-TOTAL_FORMS": "1", "figures-0-kind": "other", "figures-0-order": "0"},
        **fields,
    )
    return event, client.post(reverse("admin:events_event_change", args=[event.pk]), data)


def test_an_other_figure_without_a_label_is_a_form_error(editor_client):
    """The label is translated: the form has label_uk and label_en, so an
    error keyed on "label" had no field to go to (a 500)."""
    event, response = post_other_figure(editor_client, value="12")

    assert response.status_code == 200
    (figures, _photos, _documents) = response.context["inline_admin_formsets"]
    assert figures.formset.errors[0]["label_uk"] == ["Вкажіть, що пораховано."]
    assert not event.figures.exists()


def test_an_other_figure_with_a_ukrainian_label_is_saved(editor_client):
    event, response = post_other_figure(editor_client, value="12", label_uk="делегацій")

    assert response.status_code == 302
    assert event.figures.get().label_uk == "делегацій"


def add_organisation(client, **fields):
    data = {
        "name_uk": "",
        "name_en": "",
        "short_name_uk": "",
        "short_name_en": "",
        "slug": "",
        "kind": Organisation.Kind.NGO,
        "publication_status": "draft",
        **fields,
    }
    return client.post(reverse("admin:partners_organisation_add"), data)


@pytest.mark.parametrize(
    ("names", "address"),
    [
        ({"name_uk": "Полтавська асоціація «Єднання»"}, "poltavska-asotsiatsiia-yednannia"),
        ({"name_uk": "Згуртовані громади Ірпеня"}, "zghurtovani-hromady-irpenia"),
        ({"name_uk": "Фонд", "name_en": "The Regions' Fund"}, "the-regions-fund"),
    ],
)
def test_an_address_left_empty_is_made_from_the_title(editor_client, names, address):
    response = add_organisation(editor_client, **names)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Organisation.objects.get(name_uk=names["name_uk"]).slug == address


def test_an_address_made_from_the_title_is_unique(editor_client):
    for _ in range(2):
        assert add_organisation(editor_client, name_uk="Фонд «Відродження»").status_code == 302
    slugs = Organisation.objects.filter(name_uk="Фонд «Відродження»").values_list("slug", flat=True)
    assert sorted(slugs) == ["fond-vidrodzhennia", "fond-vidrodzhennia-2"]


def test_an_address_typed_by_staff_is_kept(editor_client):
    add_organisation(editor_client, name_uk="Фонд", slug="our-fund")
    assert Organisation.objects.get(name_uk="Фонд").slug == "our-fund"


def test_the_address_field_says_it_may_be_left_empty(editor_client):
    form = editor_client.get(reverse("admin:partners_organisation_add")).context["adminform"].form
    help_text = str(form.fields["slug"].help_text)
    assert help_text.startswith("Адреса запису на сайті")
    assert "Якщо залишити порожньою" in help_text


def new_memorandum_form_data(**changes) -> dict:
    """A new memorandum with the one blank party row the add page opens with."""
    data = {
        "title_uk": "Новий меморандум",
        "title_en": "New memorandum",
        "slug": "new-memorandum",
        "category": "international",
        "publication_status": "draft",
        "signed_year": "2024",
        "edit_version": "",
        "party_links-TOTAL_FORMS": "1",
        "party_links-INITIAL_FORMS": "0",
        "party_links-MIN_NUM_FORMS": "1",
        "party_links-0-organisation": "",
        "party_links-0-order": "0",
    }
    data.update(changes)
    return data


def new_memorandum_with_alda(**changes) -> dict:
    """A new memorandum whose one party is ALDA."""
    alda = Organisation.objects.get(slug="alda")
    return new_memorandum_form_data(**{"party_links-0-organisation": alda.pk, **changes})


def test_a_new_memorandum_left_without_a_party_says_so_once(editor_client):
    response = editor_client.post(
        reverse("admin:partners_memorandum_add"), new_memorandum_form_data()
    )

    assert response.status_code == 200
    (parties,) = response.context["inline_admin_formsets"]
    assert parties.formset.forms[0].errors["organisation"]  # the row says it
    assert not parties.formset.non_form_errors()  # and nothing repeats it


def test_a_new_memorandum_saves_with_a_party_and_a_blank_row(editor_client):
    alda = Organisation.objects.get(slug="alda")
    data = new_memorandum_form_data(
        **{
            "party_links-TOTAL_FORMS": "2",
            "party_links-0-organisation": alda.pk,
            "party_links-1-organisation": "",
            "party_links-1-order": "0",
        }
    )

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 302
    assert [
        party.slug for party in Memorandum.objects.get(slug="new-memorandum").parties.all()
    ] == ["alda"]


def test_a_memorandum_signed_on_a_date_takes_its_year_from_it(editor_client):
    data = new_memorandum_with_alda(signed_on="2025-04-15", signed_year="")

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 302
    assert Memorandum.objects.get(slug="new-memorandum").signed_year == 2025


def test_a_memorandum_without_its_date_or_year_says_to_give_one(editor_client):
    data = new_memorandum_with_alda(signed_year="")

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["signed_year"] == [
        "Вкажіть дату підписання або лише рік, якщо відомий тільки він."
    ]


def test_a_blank_row_does_not_stand_in_for_the_deleted_only_party(editor_client):
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    url = reverse("admin:partners_memorandum_change", args=[memorandum.pk])
    data = memorandum_form_data(
        editor_client,
        memorandum,
        **{
            "party_links-0-DELETE": "on",
            "party_links-TOTAL_FORMS": "2",
            "party_links-1-organisation": "",
            "party_links-1-order": "0",
        },
    )

    response = editor_client.post(url, data)

    assert response.status_code == 200
    (parties,) = response.context["inline_admin_formsets"]
    assert parties.formset.non_form_errors().as_data()[0].code == "too_few_forms"
    assert memorandum.party_links.count() == 1


def test_a_party_given_twice_is_named_in_the_admins_language(editor_client):
    # Django named the field by its code: «повторювані дані для поля organisation».
    memorandum = Memorandum.objects.get(slug="memorandum-2023-lucc")
    party = memorandum.party_links.get()
    data = memorandum_form_data(
        editor_client,
        memorandum,
        **{
            "party_links-TOTAL_FORMS": "2",
            "party_links-1-memorandum": memorandum.pk,
            "party_links-1-organisation": party.organisation_id,
            "party_links-1-order": "1",
        },
    )

    response = editor_client.post(
        reverse("admin:partners_memorandum_change", args=[memorandum.pk]), data
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Два рядки повторюють один одного («організація»)" in html
    assert "organisation" not in " ".join(
        response.context["inline_admin_formsets"][0].formset.non_form_errors()
    )
    assert memorandum.party_links.count() == 1
    editor_client.cookies["django_language"] = "en"
    english = editor_client.post(
        reverse("admin:partners_memorandum_change", args=[memorandum.pk]), data
    )
    assert "Two rows repeat each other (“organisation”)" in english.content.decode()


def test_a_partner_given_twice_in_the_same_role_is_named_in_the_admins_language(editor_client):
    application = Application.objects.get(year=2024, number=7)
    partner = application.partner_links.first()
    rows = {
        f"partner_links-{index}-{name}": value
        for index in (0, 1)
        for name, value in {
            "application": application.pk,
            "organisation": partner.organisation_id,
            "role": partner.role,
            "order": index,
        }.items()
    }
    data = application_form_data(
        editor_client,
        application,
        **{"partner_links-TOTAL_FORMS": "2", **rows},
    )

    response = editor_client.post(
        reverse("admin:projects_application_change", args=[application.pk]), data
    )

    assert response.status_code == 200
    assert "Два рядки повторюють один одного («організація» та «роль»)" in (
        response.content.decode()
    )


def post_event_document(client, content: bytes):
    """The Smart City Expo's change form, sent with one document of ``content``
    called catalogue.pdf."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    upload = SimpleUploadedFile("catalogue.pdf", content, content_type="application/pdf")
    data = event_form_data(
        event,
        edit_version=open_edit_version(client, event),
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-INITIAL_FORMS": "0",
            "documents-0-title_uk": "Каталог проєктів",
            "documents-0-file": upload,
            "documents-0-order": "0",
        },
    )
    return event, client.post(reverse("admin:events_event_change", args=[event.pk]), data)


def test_an_editor_attaches_a_pdf_to_an_event_and_visitors_get_it(
    editor_client, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path

    event, response = post_event_document(editor_client, b"%PDF-1.4\n%%EOF\n")

    assert response.status_code == 302
    (document,) = event.documents.all()
    assert document.file.name.endswith(".pdf") and "catalogue" not in document.file.name
    page = editor_client.get(event.get_absolute_url()).content.decode()
    assert document.file.url in page and "Каталог проєктів" in page


def test_a_text_file_as_an_events_document_is_refused(editor_client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path

    event, response = post_event_document(editor_client, b"not a PDF")

    assert response.status_code == 200
    assert "Завантажте документ у форматі PDF." in response.content.decode()
    assert not event.documents.exists()


def test_an_expiry_before_the_signing_is_an_error_beside_the_expiry(editor_client):
    data = new_memorandum_with_alda(
        signed_on="2025-04-15", signed_year="", valid_until="2025-01-31", terminated_on="2025-03-01"
    )

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["valid_until"] == [
        "Строк дії меморандуму не може спливти до його підписання."
    ]
    assert form.errors["terminated_on"] == [
        "Дію меморандуму не можна припинити до його підписання."
    ]
    assert not form.non_field_errors()


def test_a_memorandum_known_by_its_year_cannot_expire_in_an_earlier_year(editor_client):
    data = new_memorandum_with_alda(signed_year="2024", valid_until="2023-12-31")

    response = editor_client.post(reverse("admin:partners_memorandum_add"), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["valid_until"] == [
        "Строк дії меморандуму не може спливти до його підписання."
    ]
    assert not Memorandum.objects.filter(slug="new-memorandum").exists()
    # The same year is no contradiction: signed and expired in 2024.
    data["valid_until"] = "2024-01-01"
    assert editor_client.post(reverse("admin:partners_memorandum_add"), data).status_code == 302


def test_a_membership_ending_before_it_began_is_an_error_beside_its_end(editor_client):
    lucc = Organisation.objects.get(slug="lucc")
    response = editor_client.post(
        reverse("admin:partners_membership_add"),
        {
            "organisation": lucc.pk,
            "since_year": "2025",
            "until_year": "2024",
            "publication_status": "draft",
            "edit_version": "",
        },
    )

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["until_year"] == ["Членство не може завершитися раніше, ніж почалося."]
    assert not form.non_field_errors()


def test_a_project_ending_before_it_starts_is_an_error_beside_its_end():
    from django.core.exceptions import ValidationError

    from projects.models import Project

    project = Project.objects.get(slug="resilience-orthopedics")
    project.start_date = datetime.date(2024, 6, 1)
    project.end_date = datetime.date(2024, 5, 1)

    with pytest.raises(ValidationError) as error:
        project.full_clean()

    assert list(error.value.message_dict) == ["end_date"]


@pytest.mark.parametrize("number", ["0", "1000"])
def test_an_application_number_outside_1_to_999_is_a_form_error(editor_client, number):
    application = Application.objects.get(year=2024, number=5)
    url = reverse("admin:projects_application_change", args=[application.pk])

    response = editor_client.post(
        url, application_form_data(editor_client, application, number=number)
    )

    assert response.status_code == 200
    assert "number" in response.context["adminform"].form.errors
    application.refresh_from_db()
    assert application.number == 5


def new_application_initial(client, query: str = "") -> dict:
    response = client.get(reverse("admin:projects_application_add") + query)
    assert response.status_code == 200
    form = response.context["adminform"].form
    return {name: form[name].value() for name in ("year", "number")}


def test_a_new_application_opens_as_the_years_next(editor_client, settings):
    from django.utils import timezone

    this_year = timezone.localdate().year
    assert new_application_initial(editor_client) == {"year": str(this_year), "number": 1}
    # 2024 has eight applications, one of them a draft whose number is taken.
    Application.objects.filter(year=2024, number=8).update(publication_status="draft")
    assert new_application_initial(editor_client, "?year=2024") == {"year": "2024", "number": 9}


@pytest.mark.parametrize("year", ["abc", "99999999999999999999", "-1", ""])
def test_an_odd_year_in_the_add_address_leaves_the_number_empty(editor_client, year):
    assert new_application_initial(editor_client, f"?year={year}")["number"] is None

"""The report is public: a draft organisation, programme or parent project is
named nowhere in it, on the page or in the PDF, and nothing links to its page."""

import pytest
from django.urls import reverse
from django.utils import translation

from cooperation.records import PublicationStatus
from partners.models import Membership, Memorandum, MemorandumParty, Organisation
from projects.models import (
    Application,
    ApplicationPartner,
    ParticipationRole,
    Programme,
    Project,
    ProjectParticipation,
)

from .pdfs import pdf_text

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
PUBLISHED = PublicationStatus.PUBLISHED


def report_url(name: str, language: str = "uk") -> str:
    with translation.override(language):
        return reverse(f"cooperation:{name}", kwargs={"year": 2024})


def page_and_pdf(client) -> tuple[str, str]:
    page = client.get(report_url("report_detail"))
    pdf = client.get(report_url("report_pdf"))
    assert page.status_code == pdf.status_code == 200
    return page.content.decode(), pdf_text(pdf.content)


@pytest.fixture
def unpublished_organisation(report_2024) -> Organisation:
    """A draft organisation in every role the report names organisations in:
    a member, a project partner and supporter, a memorandum party, an
    application partner, and the organisation running a programme."""
    organisation = Organisation.objects.create(
        name_uk="Фонд Чернетка",
        name_en="Draft Fund",
        slug="draft-fund",
        kind=Organisation.Kind.FOUNDATION,
        publication_status=DRAFT,
    )
    Membership.objects.create(
        organisation=organisation, since_year=2023, publication_status=PUBLISHED
    )
    project = Project.objects.published().partner_projects().active_in(2024).first()
    for role in (ParticipationRole.IMPLEMENTING, ParticipationRole.FUNDING):
        ProjectParticipation.objects.create(project=project, organisation=organisation, role=role)
    memorandum = Memorandum.objects.published().in_force(2024).first()
    MemorandumParty.objects.create(memorandum=memorandum, organisation=organisation, order=99)
    application = Application.objects.published().of_year(2024).first()
    ApplicationPartner.objects.create(
        application=application, organisation=organisation, role=ApplicationPartner.Role.PARTNER
    )
    programme = Programme.objects.create(
        name_uk="Програма фонду",
        name_en="The fund's programme",
        slug="draft-fund-programme",
        organisation=organisation,
        publication_status=PUBLISHED,
    )
    Application.objects.create(
        year=2024,
        number=99,
        title_uk="Заявка до програми фонду",
        title_en="Application to the fund's programme",
        programme=programme,
        publication_status=PUBLISHED,
    )
    return organisation


def test_a_draft_organisation_is_named_nowhere_in_the_report(client, unpublished_organisation):
    page, pdf = page_and_pdf(client)
    # The application to its programme is there, and the programme, but not who runs it.
    assert "Заявка до програми фонду" in pdf
    assert "Програма фонду" in pdf
    for text in (page, pdf):
        assert "Фонд Чернетка" not in text
    assert unpublished_organisation.get_absolute_url() not in page


def test_once_published_the_organisation_is_named_everywhere(client, unpublished_organisation):
    unpublished_organisation.publication_status = PUBLISHED
    unpublished_organisation.save()
    page, pdf = page_and_pdf(client)
    assert pdf.count("Фонд Чернетка") >= 5
    assert unpublished_organisation.get_absolute_url() in page


def test_an_organisation_of_the_brochure_set_to_draft_leaves_the_report(client, report_2024):
    # Named only as a party to the joint memorandum of 2023, beside three others.
    council = Organisation.objects.get(slug="hradyzk-settlement-council")
    page, pdf = page_and_pdf(client)
    assert "Градизька селищна рада" in pdf
    assert "Градизька селищна рада" in page

    council.publication_status = DRAFT
    council.save()
    page, pdf = page_and_pdf(client)
    assert "Градизька селищна рада" not in pdf
    assert "Градизька селищна рада" not in page
    assert "Зіньківська міська рада" in pdf
    assert client.get(council.get_absolute_url()).status_code == 404


def test_a_draft_programme_is_not_named(client, report_2024):
    application = Application.objects.published().of_year(2024).exclude(programme=None).first()
    programme = application.programme
    page, pdf = page_and_pdf(client)
    assert programme.name_uk in pdf
    assert programme.name_uk in page

    programme.publication_status = DRAFT
    programme.save()
    page, pdf = page_and_pdf(client)
    assert application.title_uk in pdf
    assert programme.name_uk not in pdf
    assert programme.name_uk not in page

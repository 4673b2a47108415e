import pytest

from cooperation.models import AnnualReport
from cooperation.records import PublicationStatus

from .pdfs import download_report_pdf


@pytest.fixture
def report_2024(data_2024) -> AnnualReport:
    return AnnualReport.objects.get(year=2024)


@pytest.fixture
def draft_report(report_2024) -> AnnualReport:
    report_2024.publication_status = PublicationStatus.DRAFT
    report_2024.save()
    return report_2024


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture(scope="session")
def _pdfs_of_the_loaded_2024() -> dict[str, bytes]:
    return {}


@pytest.fixture
def pdf_2024(client, report_2024, _pdfs_of_the_loaded_2024):
    """pdf_2024(language) -> the 2024 report's PDF as a visitor downloads it,
    for tests that only read it. Every test starts from the same 2024 records
    (its changes are rolled back), so the PDF is rendered once per language
    in a test session, by the first test that asks, and shared: a test that
    changes a record before reading the PDF downloads its own instead."""

    def pdf(language: str) -> bytes:
        if language not in _pdfs_of_the_loaded_2024:
            _pdfs_of_the_loaded_2024[language] = download_report_pdf(client, language)
        return _pdfs_of_the_loaded_2024[language]

    return pdf

import pytest

from cooperation.models import AnnualReport, PublicationStatus


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

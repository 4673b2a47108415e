"""``manage.py export_report``: the same PDF, offline."""

import pytest
from django.core.management import CommandError, call_command

from .pdfs import pdf_text, reader

pytestmark = pytest.mark.django_db


def test_the_command_writes_a_valid_pdf(report_2024, tmp_path):
    target = tmp_path / "out" / "report.pdf"
    call_command("export_report", "2024", "--lang", "uk", "--output", str(target))
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-1.7")
    assert pdf.rstrip().endswith(b"%%EOF")
    document = reader(pdf)
    assert len(document.pages) >= 8
    assert document.trailer["/Root"]["/Lang"] == "uk"
    assert "Досягнення 2024" in pdf_text(pdf)
    assert list(target.parent.iterdir()) == [target], "no temporary file is left behind"


def test_the_command_names_the_file_for_the_language(report_2024, tmp_path):
    call_command("export_report", "2024", "--lang", "en", "--output", str(tmp_path))
    pdf = (tmp_path / "international-cooperation-2024.pdf").read_bytes()
    assert "Achievements 2024" in pdf_text(pdf)
    assert reader(pdf).trailer["/Root"]["/Lang"] == "en"


def test_the_command_exports_a_draft_with_a_warning(draft_report, tmp_path, capsys):
    call_command("export_report", "2024", "--output", str(tmp_path / "draft.pdf"))
    assert (tmp_path / "draft.pdf").read_bytes().startswith(b"%PDF-")
    assert "draft" in capsys.readouterr().err


def test_the_command_refuses_a_year_without_a_report(report_2024, tmp_path):
    with pytest.raises(CommandError, match="no annual report for 2023"):
        call_command("export_report", "2023", "--output", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_refuses_an_unknown_language(report_2024, tmp_path):
    with pytest.raises(CommandError):
        call_command("export_report", "2024", "--lang", "de", "--output", str(tmp_path / "x.pdf"))


@pytest.mark.parametrize("where", ["a-file/report.pdf", "a-file/in/report.pdf", "x" * 300 + ".pdf"])
def test_a_place_the_pdf_cannot_be_written_is_a_plain_message(report_2024, tmp_path, where):
    """Not a traceback: the department head runs this by hand."""
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / where

    with pytest.raises(CommandError, match="Cannot write"):
        call_command("export_report", "2024", "--output", str(target))

    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file"]

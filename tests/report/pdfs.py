"""Reading a PDF back the way a reader would: its text, fonts, outline and metadata."""

import io
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader
from pypdf.generic import IndirectObject


def download_report_pdf(client, language: str = "uk", year: int = 2024) -> bytes:
    """The report's PDF as a visitor downloads it from its address in ``language``."""
    with translation.override(language):
        url = reverse("cooperation:report_pdf", kwargs={"year": year})
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return response.content


def pdf_text(
    pdf: bytes, first: int | None = None, last: int | None = None, *, unhyphenate: bool = True
) -> str:
    """The text as poppler's pdftotext reads it (content order), with the
    automatic hyphenation undone (unless ``unhyphenate`` is false) and every
    run of white space made one space."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        command = ["pdftotext", "-raw", "-enc", "UTF-8"]
        if first:
            command += ["-f", str(first)]
        if last:
            command += ["-l", str(last)]
        text = subprocess.run(
            [*command, str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    if unhyphenate:
        text = re.sub("\u2010\\s*\n", "", text)  # a word WeasyPrint hyphenated at a line end
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def _resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use: its name → whether its program is embedded."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        resources = _resolve(resources) or {}
        for font in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(font)
            descendants = [_resolve(d) for d in _resolve(font.get("/DescendantFonts")) or []]
            for candidate in [font, *descendants]:
                descriptor = _resolve(candidate.get("/FontDescriptor"))
                if descriptor is not None:
                    embedded = any(
                        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                    )
                    found[str(candidate["/BaseFont"])] = embedded
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject["/Resources"])

    for page in reader(pdf).pages:
        visit(page.get("/Resources"))
    return found


def images(pdf: bytes) -> set[tuple[int, int]]:
    """Width and height in pixels of the images embedded in the pages (the
    pages share one resource dictionary, so each image is counted once)."""
    return {
        (image.image.width, image.image.height)
        for page in reader(pdf).pages
        for image in page.images
    }


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """The bookmarks: (depth, title, page number from 1)."""
    document = reader(pdf)
    entries: list[tuple[int, str, int]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item.title, document.get_destination_page_number(item) + 1))

    walk(document.outline, 0)
    return entries


def header_rule_span(pdf: bytes, page: int) -> tuple[float, float]:
    """Where the rule under the running header starts and ends on ``page``,
    as fractions of the page's width, read off the page rendered by poppler's
    pdftoppm: the row near the top with the most ink in its left half, and
    the run of ink along it that starts at its left end."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        png = subprocess.run(
            ["pdftoppm", "-r", "100", "-gray", "-png", "-f", str(page), "-l", str(page), path],
            check=True,
            capture_output=True,
        ).stdout
    image = Image.open(io.BytesIO(png)).convert("L")
    width, height = image.size
    pixels = image.load()
    top = int(height * 30 / 297)  # the rule sits in the top margin (25 mm)

    def inked(x: int, y: int) -> bool:
        return pixels[x, y] < 245

    row = max(range(top), key=lambda y: sum(inked(x, y) for x in range(width // 2)))
    start = next(x for x in range(width) if inked(x, row))
    end = start
    # Step over a pixel or two of antialiasing gap, never past the edge.
    while any(inked(x, row) for x in range(end + 1, min(end + 4, width))):
        end += 1
    return start / width, end / width


POINTS_PER_MM = 72 / 25.4
# The report's page margins (static/css/report.css, @page): top, right, bottom, left.
MARGINS_MM = (25, 18, 22, 20)


@dataclass(frozen=True)
class Word:
    """A word as poppler sets it on a page, in millimetres from the top left."""

    page: int
    text: str
    left: float
    top: float
    right: float
    bottom: float


def words(pdf: bytes) -> list[Word]:
    """Every word of every page with its box, read by poppler's pdftotext -bbox."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        xhtml = subprocess.run(
            ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml).replace(
        ' xmlns="http://www.w3.org/1999/xhtml"', ""
    )
    found = []
    for number, page in enumerate(ElementTree.fromstring(xhtml).iter("page"), start=1):
        for word in page.iter("word"):
            left, top, right, bottom = (
                float(word.get(key)) / POINTS_PER_MM for key in ("xMin", "yMin", "xMax", "yMax")
            )
            found.append(Word(number, word.text or "", left, top, right, bottom))
    return found


def words_outside_the_text_width(pdf: bytes) -> list[Word]:
    """Words of the pages after the cover that run past the left or right
    margin (half a millimetre's leeway): text that overflowed its column."""
    _top, right, _bottom, left = MARGINS_MM
    page_width = 210
    return [
        word
        for word in words(pdf)
        if word.page > 1 and (word.left < left - 0.5 or word.right > page_width - right + 0.5)
    ]


def pixel(pdf: bytes, page: int, x_mm: float, y_mm: float) -> tuple[int, int, int]:
    """The colour of ``page`` at a point, as poppler's pdftoppm paints it."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        png = subprocess.run(
            ["pdftoppm", "-r", "100", "-png", "-f", str(page), "-l", str(page), path],
            check=True,
            capture_output=True,
        ).stdout
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return image.getpixel((round(x_mm / 25.4 * 100), round(y_mm / 25.4 * 100)))

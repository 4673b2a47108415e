"""Descriptions of pictures for visitors who cannot see them (alt text).

A screen reader reads the description out in place of the picture. Staff in
a hurry fill it with what the upload dialog shows them, the file's name
(«IMG_2041.jpg», «DSC0001»), and a blind visitor then hears “I M G underscore
two zero four one dot jay peg”. Such a name is refused; a text that merely
holds a dot or a number («Форум 2024 у Вроцлаві», “Dr. Kowalski at the
signing”) is a description like any other.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Pictures, and the documents and videos a picture is sometimes saved as.
FILE_EXTENSIONS = (
    "jpg jpeg jpe jfif png gif webp avif heic heif tif tiff bmp svg "
    "raw dng cr2 cr3 nef arw orf rw2 raf psd pdf doc docx odt ppt pptx mp4 mov"
).split()

# Ends in a file's extension: «IMG_2041.jpg», «Фото з форуму.PNG»,
# “Screenshot 2024-05-12 at 10.15.32.png”.
_WITH_EXTENSION = re.compile(rf".*\S\.(?:{'|'.join(FILE_EXTENSIONS)})", re.IGNORECASE | re.DOTALL)

# The names cameras, phones and messengers give their files, without the
# extension: one word, a maker's prefix and a number or a date and time.
_CAMERA_NAME = re.compile(
    r"""
    (?:
        (?:IMG|IMAG|MVIMG|DSC[FN]?|PXL|VID|PANO|GOPR|DJI|SAM|_MG|photo|image|scan|screenshot)
        [_-]?\d{3,}[\w.-]*                      # IMG_2041, DSC0001, PXL_20240512_101500123
      | \d{8}[_-]\d{6}[\w.-]*                   # 20240512_101500 (Samsung, Xiaomi)
      | P[0-9A-C]\d{6}                          # P1000123 (Panasonic, Olympus)
    )
    (?:\ \(\d+\))?                              # a second download's «photo_2024-05-12 (2)»
    | (?:WhatsApp\ Image|Screenshot|Screen\ Shot|Знімок\ екрана)\ \d{4}-\d{2}-\d{2}\b.*
    """,
    re.IGNORECASE | re.VERBOSE,
)


def is_file_name(text: str) -> bool:
    """Whether ``text`` is a file's name rather than words about a picture."""
    text = text.strip()
    return bool(_WITH_EXTENSION.fullmatch(text) or _CAMERA_NAME.fullmatch(text))


def validate_alt_text(value: str) -> None:
    """The model's check of a picture's description (both languages' fields
    carry it: modeltranslation copies a field's validators)."""
    if is_file_name(value):
        raise ValidationError(
            _(
                "“%(name)s” is a file's name, not a description: a screen reader reads it "
                "out to visitors who cannot see the picture. Say what the picture shows, "
                "e.g. “The region's delegation at the signing in Wrocław”."
            ),
            code="file_name_as_alt_text",
            params={"name": value.strip()},
        )

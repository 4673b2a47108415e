"""Uploads staff make: images and PDF documents.

Nothing about an upload is trusted. Images are decoded with Pillow (a renamed
text file or a decompression bomb is refused), limited to JPEG, PNG and WebP,
scaled down to a sensible size and re-encoded, which also drops EXIF and GPS
data. Documents must be PDFs. Stored names are random; the visitor's file name
is never used as a path.
"""

import io
import uuid
import warnings
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.db import models
from django.forms import ImageField as ImageFormField
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageOps

# A bomb is refused long before it fills the memory: 40 megapixels is more
# than any photo staff need, and Pillow's own error limit is twice this.
Image.MAX_IMAGE_PIXELS = 40_000_000

ALLOWED_IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


@deconstructible
class RandomNameUploadTo:
    """``<folder>/<year>/<random>.<ext>``: the original name never reaches the
    file system.

    The extension decides how the front web server serves the file, so it must
    follow what the content is. Given ``extension``, every file gets it (a
    document that passed validate_pdf is a PDF, whatever it was called: a
    "scan.html" stored as .html would be served as a page from the site's own
    address). Without it, the name's extension is kept: images come here
    re-encoded and renamed after their format (reencode_image, make_thumbnail).
    """

    def __init__(self, folder: str, extension: str | None = None):
        self.folder = folder
        self.extension = extension

    def __call__(self, instance, filename: str) -> str:
        extension = self.extension or PurePath(filename).suffix.lower().lstrip(".")
        extension = extension if extension.isalnum() and len(extension) <= 5 else "bin"
        return f"{self.folder}/{timezone.now():%Y}/{uuid.uuid4().hex}.{extension}"

    def __eq__(self, other):
        return (
            isinstance(other, RandomNameUploadTo)
            and other.folder == self.folder
            and other.extension == self.extension
        )


image_upload_to = RandomNameUploadTo("images")
document_upload_to = RandomNameUploadTo("documents", extension="pdf")
thumbnail_upload_to = RandomNameUploadTo("thumbnails")


def _load_whole(image: Image.Image) -> None:
    """Decode every pixel, and fail on a file cut short. WeasyPrint, once
    imported (the report), tells Pillow to make do with truncated images for
    the whole process, and an upload cut off in transfer would be stored with
    a grey lower half. Workers serve one request at a time, so the switch is
    put back before anything else reads it."""
    tolerant = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        image.load()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = tolerant


def _open_image(file) -> Image.Image:
    """Decode the whole image; turn every way it can fail into a form error."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
            if image.format not in ALLOWED_IMAGE_FORMATS:
                raise ValidationError(
                    _("Upload a JPEG, PNG or WebP image; this file is %(format)s.")
                    % {"format": image.format or _("not an image")},
                    code="image_format",
                )
            _load_whole(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("This image is too large in pixels to be safe to open (over %(limit)s megapixels).")
            % {"limit": Image.MAX_IMAGE_PIXELS // 1_000_000},
            code="image_bomb",
        ) from error
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for broken data.
        raise ValidationError(
            _("This file is not a valid image. Upload a JPEG, PNG or WebP picture."),
            code="image_invalid",
        ) from error
    return image


def check_size(file, limit: int) -> None:
    if file.size is not None and file.size > limit:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


def validate_image(file) -> None:
    """Model-level check; the form field below has already re-encoded new uploads."""
    # Files already stored (e.g. unchanged on a re-save) were checked when uploaded.
    if getattr(file, "_committed", True) and not hasattr(file, "content_type"):
        return
    check_size(file, settings.MAX_IMAGE_UPLOAD_SIZE)
    _open_image(file)


def validate_pdf(file) -> None:
    if getattr(file, "_committed", True) and not hasattr(file, "content_type"):
        return
    check_size(file, settings.MAX_DOCUMENT_UPLOAD_SIZE)
    file.seek(0)
    header = file.read(5)
    file.seek(0)
    # At the very start: a file that only mentions "%PDF-" further in (an
    # HTML page with it in a comment) is not a PDF.
    if header != b"%PDF-":
        raise ValidationError(_("Upload the document as a PDF file."), code="document_not_pdf")


def reencode_image(file, max_dimension: int) -> InMemoryUploadedFile:
    """A fresh copy of the image: upright, no larger than ``max_dimension``,
    with no metadata."""
    image = _open_image(file)
    image_format = image.format
    image = ImageOps.exif_transpose(image)
    image.thumbnail((max_dimension, max_dimension), Image.Resampling.LANCZOS)
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    save_options = {"JPEG": {"quality": 85, "optimize": True}, "WEBP": {"quality": 85}}
    # No exif= argument: Pillow writes none, so EXIF and GPS are gone.
    image.save(buffer, format=image_format, **save_options.get(image_format, {}))
    extension = ALLOWED_IMAGE_FORMATS[image_format]
    return InMemoryUploadedFile(
        buffer,
        field_name=getattr(file, "field_name", None),
        name=f"upload.{extension}",
        content_type=Image.MIME[image_format],
        size=buffer.getbuffer().nbytes,
        charset=None,
    )


class SafeImageFormField(ImageFormField):
    default_error_messages = {
        "invalid_image": _("This file is not a valid image. Upload a JPEG, PNG or WebP picture."),
    }

    def __init__(self, *args, max_dimension: int = 2400, **kwargs):
        self.max_dimension = max_dimension
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        if data in self.empty_values:
            return None
        if getattr(data, "kept", False):
            # Re-encoded when it was first sent (cooperation.admin.kept_uploads).
            return data
        check_size(data, settings.MAX_IMAGE_UPLOAD_SIZE)
        return reencode_image(data, self.max_dimension)


class SafeImageField(models.ImageField):
    """An ImageField whose admin form re-encodes the upload (see module doc)."""

    def __init__(self, *args, max_dimension: int = 2400, **kwargs):
        self.max_dimension = max_dimension
        kwargs.setdefault("upload_to", image_upload_to)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.max_dimension != 2400:
            kwargs["max_dimension"] = self.max_dimension
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": SafeImageFormField, "max_dimension": self.max_dimension, **kwargs}
        )


def make_thumbnail(field_file, size: int) -> ContentFile:
    """A small JPEG/PNG/WebP copy of a stored or just-uploaded image, for lists."""
    field_file.open("rb")
    image = _open_image(field_file)
    image_format = image.format
    image.thumbnail((size, size), Image.Resampling.LANCZOS)
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, quality=80)
    field_file.seek(0)
    return ContentFile(buffer.getvalue(), name=f"thumb.{ALLOWED_IMAGE_FORMATS[image_format]}")

"""Rendering HTML templates to PDF with WeasyPrint, touching only our own files.

``render_as_pdf`` renders a Django template and lays it out with WeasyPrint.
Everything the document loads (the stylesheet, the fonts, logos and photos)
goes through ``LocalFilesURLFetcher``: it reads files under the static
directories from disk, and uploads (``media:<name>``, see ``media_uri``)
through the media storage, wherever that keeps them (MEDIA_ROOT, or an S3
bucket). It refuses everything else: the network (http, https, ftp), data:
URLs, other files, anything a symlink or ``..`` leads out of those places.
Nothing is ever fetched over HTTP from our own site, so there are no
redirects to follow.
"""

from __future__ import annotations

import io
import logging
import mimetypes
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from fontTools.ttLib import woff2
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

# Largest file the report may embed: a re-encoded upload is far smaller.
MAX_RESOURCE_BYTES = 25 * 1024 * 1024

# Options for every report PDF: tagged PDF/UA-1 (which also sets the PDF
# version and tags), images resampled to print resolution and recompressed.
PDF_OPTIONS = {
    "pdf_variant": "pdf/ua-1",
    "optimize_images": True,
    "jpeg_quality": 85,
    "dpi": 200,
}


class ResourceRefused(ValueError):
    """The report asked for something outside our static and media files."""


def allowed_roots() -> list[Path]:
    """The directories the report may read from disk: every static directory
    the static-files finders search (project and apps), and STATIC_ROOT.
    Uploads are read through the media storage only (``media_uri``), never by
    their path on disk."""
    roots: list[Path] = []
    for finder in finders.get_finders():
        for storage in getattr(finder, "storages", {}).values():
            location = getattr(storage, "location", None)
            if location:
                roots.append(Path(location))
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT))
    resolved = []
    for root in roots:
        real = Path(os.path.realpath(root))
        if real not in resolved and real != Path(real.anchor):
            resolved.append(real)
    return resolved


MEDIA_SCHEME = "media"


def media_uri(name: str) -> str:
    """The address under which the report reads an uploaded file: its name in
    the media storage, e.g. ``media:images/2024/ab12.png``."""
    return f"{MEDIA_SCHEME}:{quote(name)}"


class LocalFilesURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher for our own static and media files only.

    Only ``media:`` and ``file:`` URLs are accepted. A ``file:`` path is
    resolved (symlinks and ``..`` included) and must be a regular file inside
    one of ``roots``. No request ever leaves the machine: this class never
    calls urllib's openers.
    """

    def __init__(self, roots: Iterable[Path] | None = None, **kwargs):
        kwargs.setdefault("allowed_protocols", ("file", MEDIA_SCHEME))
        kwargs.setdefault("allow_redirects", False)
        super().__init__(**kwargs)
        self.roots = (
            [Path(os.path.realpath(root)) for root in roots]
            if roots is not None
            else allowed_roots()
        )

    def resolve(self, url: str) -> Path:
        """The file on disk that ``url`` names, or ``ResourceRefused``."""
        parts = urlsplit(url)
        if parts.scheme.lower() != "file":
            raise ResourceRefused(f"Only local static and media files may be used: {url[:80]}")
        if parts.netloc not in ("", "localhost"):
            raise ResourceRefused(f"Files on other hosts may not be used: {url[:80]}")
        path = Path(os.path.realpath(url2pathname(unquote(parts.path))))
        if not any(path.is_relative_to(root) for root in self.roots):
            raise ResourceRefused(f"Not one of our static or media files: {path}")
        if not path.is_file():
            raise ResourceRefused(f"No such file: {path}")
        if path.stat().st_size > MAX_RESOURCE_BYTES:
            raise ResourceRefused(f"File too large to embed: {path}")
        return path

    def read_media(self, url: str) -> tuple[str, bytes]:
        """The name and content of the upload ``url`` names, or ``ResourceRefused``."""
        name = unquote(urlsplit(url).path)
        parts = name.split("/")
        if not name or name.startswith("/") or ".." in parts or "" in parts or "\\" in name:
            raise ResourceRefused(f"Not a name in the media storage: {url[:80]}")
        try:
            if default_storage.size(name) > MAX_RESOURCE_BYTES:
                raise ResourceRefused(f"File too large to embed: {name}")
            with default_storage.open(name, "rb") as stored:
                return name, stored.read()
        except (OSError, SuspiciousOperation) as error:
            raise ResourceRefused(f"No such upload: {name}") from error

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        try:
            if urlsplit(url).scheme.lower() == MEDIA_SCHEME:
                name, body = self.read_media(url)
                content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, body=body, headers={"Content-Type": content_type})
            path = self.resolve(url)
        except ResourceRefused:
            logger.warning("Report rendering refused %s", url[:200])
            raise
        if path.suffix == ".woff2":
            stat = path.stat()
            body = _decompressed_font(str(path), stat.st_mtime_ns, stat.st_size)
            content_type = "font/ttf"
        else:
            body = path.read_bytes()
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), body=body, headers={"Content-Type": content_type})


@lru_cache(maxsize=8)
def _decompressed_font(path: str, mtime_ns: int, size: int) -> bytes:
    """A WOFF2 font as plain TrueType, decoded once per process (and again
    only if the file changes): WeasyPrint would otherwise decode it on every
    render, a noticeable part of the time."""
    output = io.BytesIO()
    with open(path, "rb") as source:
        woff2.decompress(source, output)
    return output.getvalue()


def static_file_uri(relative_path: str) -> str:
    """``file://`` URI of a static file, found as ``{% static %}`` would find it."""
    found = finders.find(relative_path)
    if not found and getattr(settings, "STATIC_ROOT", None):
        candidate = Path(settings.STATIC_ROOT) / relative_path
        found = str(candidate) if candidate.is_file() else None
    if not found:
        raise ImproperlyConfigured(f"Static file {relative_path!r} not found.")
    return Path(found).resolve().as_uri()


def render_as_pdf(template_name: str, context: dict, *, request=None, **options) -> bytes:
    """Render ``template_name`` with ``context`` and return the PDF's bytes.

    The template links its stylesheets with ``static_file_uri`` (available as
    ``pdf_stylesheet`` for the report's own CSS). Extra ``options`` override
    ``PDF_OPTIONS``.
    """
    stylesheet = static_file_uri("css/report.css")
    html = render_to_string(
        template_name, {**context, "pdf_stylesheet": stylesheet, "for_pdf": True}, request=request
    )
    font_config = FontConfiguration()
    document = HTML(
        string=html,
        base_url=stylesheet,
        url_fetcher=LocalFilesURLFetcher(),
    )
    return document.write_pdf(font_config=font_config, **{**PDF_OPTIONS, **options})

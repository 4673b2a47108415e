"""The public page cache.

A visitor's GET of a public page (under /uk/ or /en/) is answered from the
cache, keyed by the full path and query string, so each language and each
filter combination is cached on its own. Staff (anyone with a session) always
get a fresh page, marked private, since they may preview drafts. A cached page
carries an ETag, so a browser revalidating it gets 304 Not Modified until it
changes.

Invalidation: every page key carries the site's *revision*, a number that goes
up whenever a record of the content apps is saved or deleted (after the
transaction commits). Old pages are never served again and age out. The
revision lives in the database (one row), so every worker process, and every
app server, sees a change whichever cache backend holds the pages (in-process
memory by default, Redis when set). Each process reads it at most once every
PUBLIC_PAGE_REVISION_MILLISECONDS (half a second): reading it on every visit
cost a cached page more than everything else it does together (two round
trips to PostgreSQL with the connection's health check: 0.4 ms of a 0.5 ms
answer). So a save shows on every worker within half a second, and at once on
the worker that made it.

Under the pages, keyed by the same revision: values read from many records
(``until_next_change``: filter choices, the home page's figures) and rendered
pieces of pages (``fragment_until_next_change``, the ``keep_until_change``
template tag: a record's card, the footer), so that a page the cache has not
seen, another filter or page of results, is mostly put together from work
already done. The pieces have a cache of their own ("template_fragments").
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.utils import make_template_fragment_key
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import get_language

CONTENT_APPS = {"cooperation", "partners", "projects", "events"}
PUBLIC_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
CACHE_HEADER = "X-Page-Cache"


# The revision as this process last read it, and when (time.monotonic()).
_last_read: tuple[float, int] | None = None


def current_revision() -> int:
    """The site's revision, as read in the last PUBLIC_PAGE_REVISION_MILLISECONDS
    by this process, or now."""
    global _last_read
    now = time.monotonic()
    trusted_for = settings.PUBLIC_PAGE_REVISION_MILLISECONDS / 1000
    if _last_read is not None and now - _last_read[0] < trusted_for:
        return _last_read[1]
    revision = read_revision()
    _last_read = (now, revision)
    return revision


def read_revision() -> int:
    """The revision in the database, not the one this process last read."""
    from cooperation.models import SiteRevision

    # Spelt as plain SQL: the ORM's query building cost more than the query.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT number FROM {SiteRevision._meta.db_table} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_revision() -> None:
    global _last_read
    from cooperation.models import SiteRevision

    updated = SiteRevision.objects.filter(pk=1).update(number=F("number") + 1)
    if not updated:
        SiteRevision.objects.get_or_create(pk=1, defaults={"number": 1})
    _last_read = None  # this process sees its own change at once


def move_revision_past(number: int) -> None:
    """After a restore: make the revision greater than ``number`` and than any
    number used before, or pages that a shared cache (Redis) kept under an
    old number would be served again. A restore may come after the tables
    were emptied (a new database), which forgets the last number, so the
    revision jumps to the time in milliseconds: bumps go one at a time, so
    no earlier run of numbering can have reached it."""
    global _last_read
    from cooperation.models import SiteRevision

    number = max(number + 1, time.time_ns() // 1_000_000)
    SiteRevision.objects.update_or_create(pk=1, defaults={"number": number})
    _last_read = None


def until_next_change(name: str, compute, *, request=None):
    """``compute()``, kept in the cache until staff next save or delete a
    record: for values that cost a query over every record on each page (the
    years that have events, for a filter's choices). Switched off, like the
    page cache, by PUBLIC_PAGE_CACHE_SECONDS = 0. Given the ``request``, uses
    the revision the page cache already read for it."""
    if settings.PUBLIC_PAGE_CACHE_SECONDS <= 0:
        return compute()
    revision = getattr(request, "site_revision", None)
    if revision is None:
        revision = current_revision()
    return cache.get_or_set(f"value:{revision}:{name}", compute, settings.PUBLIC_PAGE_CACHE_SECONDS)


def fragment_until_next_change(request, name: str, vary_on: list, render) -> str:
    """``render()``, a piece of a public page, kept until the next change:
    cards of records recur on many pages (lists, filters, search, the home
    page), so a page the page cache has not seen is mostly assembled from
    pieces already rendered. Kept only for the visitors the page cache serves
    (the request carries the revision it read), in the page's language and
    for the given ``vary_on`` values; staff always get a fresh render."""
    revision = getattr(request, "site_revision", None)
    if revision is None or settings.PUBLIC_PAGE_CACHE_SECONDS <= 0:
        return render()
    key = make_template_fragment_key(f"{name}:{revision}:{get_language()}", vary_on)
    return caches["template_fragments"].get_or_set(key, render, settings.PUBLIC_PAGE_CACHE_SECONDS)


def _on_content_change(sender, **kwargs) -> None:
    if sender._meta.app_label in CONTENT_APPS and sender._meta.model_name != "siterevision":
        # After commit: a page rendered before the commit must not be cached
        # under the new revision.
        transaction.on_commit(bump_revision)


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_content_change, dispatch_uid=f"page-cache-{signal}")


def _has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _cacheable_request(request) -> bool:
    return (
        settings.PUBLIC_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and request.path.startswith(PUBLIC_PREFIXES)
        and not _has_session(request)
        # Long query strings are bots or mistakes; do not let them fill the cache.
        and len(request.META.get("QUERY_STRING", "")) <= 1024
    )


def _page_key(request, revision: int) -> str:
    # The whole address, host and scheme too: a page names itself in full
    # (hreflang, og:url), so one served under two host names is two pages.
    digest = hashlib.sha256(request.build_absolute_uri().encode("utf-8")).hexdigest()
    return f"page:{revision}:{digest}"


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            response = self.get_response(request)
            if request.path.startswith(PUBLIC_PREFIXES) and _has_session(request):
                # Staff may be previewing drafts: no shared cache (a CDN that
                # ignores Vary: Cookie) may keep the page for the public.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        revision = request.site_revision = current_revision()
        key = _page_key(request, revision)
        cached = cache.get(key)
        if cached is not None:
            cached[CACHE_HEADER] = "hit"
            return self._conditional(request, cached)
        response = self.get_response(request)
        # A page that sets a cookie is someone's own (a session, a CSRF token).
        # Pages only: the report's PDF keeps its own bytes, once per change
        # (cooperation.report.views), not once per query string here.
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
        ):
            response[CACHE_HEADER] = "miss"
            # Browsers and proxies revalidate; our cache answers quickly.
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            # Hashed once here, not on each hit: a browser revalidating a page
            # that has not changed gets 304 without the body.
            set_response_etag(response)
            cache.set(key, response, settings.PUBLIC_PAGE_CACHE_SECONDS)
            return self._conditional(request, response)
        return response

    @staticmethod
    def _conditional(request, response):
        return get_conditional_response(request, etag=response.get("ETag"), response=response)

"""Template helpers of the public site: icons, the language switch, dates and
money in the page's language, the latest published report, and pieces of
pages kept until the next change."""

import datetime
import re
from decimal import Decimal
from functools import lru_cache

from django import template
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db.models import Model
from django.http import QueryDict
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname, resolution_order

from cooperation.cache import fragment_until_next_change
from cooperation.models import AnnualReport
from cooperation.report.formatting import Money, format_amount, format_money, quoted
from cooperation.report.formatting import date_range as format_date_range

register = template.Library()

_ICON_NAME = re.compile(r"^[a-z-]{1,30}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_SVG_BODY = re.compile(r"^<svg[^>]*>(?P<body>.*)</svg>\s*$", re.S)


@lru_cache(maxsize=64)
def _icon_body(name: str) -> str:
    """The drawing inside static/img/icons/<name>.svg (our own files)."""
    if not _ICON_NAME.match(name):
        return ""
    path = finders.find(f"img/icons/{name}.svg")
    if not path:
        return ""
    with open(path, encoding="utf-8") as file:
        match = _SVG_BODY.match(file.read().strip())
    return match.group("body") if match else ""


@register.simple_tag
def icon(name: str, colour: str = "", css_class: str = "icon"):
    """A decorative inline SVG icon, hidden from screen readers (the text
    beside it says what it means). The colour (from the database) goes into
    the SVG's stroke attribute, never a style attribute (the site's CSP
    forbids those)."""
    body = _icon_body(str(name))
    if not body:
        return ""
    stroke = colour if _COLOUR.match(colour or "") else "currentColor"
    return format_html(
        '<svg class="{}" viewBox="0 0 24 24" fill="none" stroke="{}" stroke-width="1.75" '
        'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" '
        'focusable="false">{}</svg>',
        css_class,
        stroke,
        mark_safe(body),  # noqa: S308 - our own static file
    )


@register.simple_tag
def colour_or_default(colour: str) -> str:
    """A database colour that is safe in an SVG attribute, or the site blue."""
    return colour if _COLOUR.match(colour or "") else "#0057B7"


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[dict]:
    """The current page in every language (same record, same query string):
    for the language switch."""
    request = context.get("request")
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = ""
        if request is not None and getattr(request, "resolver_match", None) is not None:
            url = translate_url(request.get_full_path(), code)
            if code != current and url == request.get_full_path():
                url = ""
        if not url:
            with translation.override(code):
                try:
                    url = reverse("cooperation:home")
                except NoReverseMatch:  # pragma: no cover - the home route always exists
                    url = "/"
        versions.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "short": {"uk": "УКР", "en": "ENG"}.get(code, code.upper()),
                "url": url,
                "is_current": code == current,
            }
        )
    return versions


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: renders the content once
    into a variable, whitespace collapsed, so that base.html shows a page's
    title and description blocks in the ``<title>``, the description and the
    link preview's tags alike."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        # Already escaped by the template that rendered it.
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.simple_tag(takes_context=True)
def absolute_uri(context, url: str) -> str:
    """``url`` with scheme and host, as link previews need (an address that
    is already absolute, on a media host, stays as it is)."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def search_engine_links(context) -> dict:
    """What search engines and link previews are told about the page: its
    canonical address and its versions in every language (hreflang, x-default
    the Ukrainian one, as in the sitemap). The address keeps only what changes
    the page: a list's filters that are set, and a page number after the first;
    no empty fields, no ``page=1``, nothing unknown (``utm_*``). A filtered
    list is ``noindex``: the combinations are endless, and every record is
    in the sitemap."""
    request = context["request"]
    query = QueryDict(mutable=True)
    filterset = context.get("filter")
    if filterset is not None:
        for name in filterset.form.fields:
            if name in filterset.form.errors:
                continue
            values = [value for value in request.GET.getlist(name) if value.strip()]
            if values:
                query.setlist(name, values)
    noindex = bool(query) or bool(filterset is not None and filterset.form.errors)
    page = context.get("page_obj")
    if page is not None and page.number > 1:
        query["page"] = str(page.number)
    address = request.path + (f"?{query.urlencode()}" if query else "")
    alternates = [
        {"code": code, "url": request.build_absolute_uri(translate_url(address, code))}
        for code, _name in settings.LANGUAGES
    ]
    alternates.append({"code": "x-default", "url": alternates[0]["url"]})
    return {
        "canonical": request.build_absolute_uri(address),
        "alternates": alternates,
        "noindex": noindex,
    }


@register.simple_tag
def lang_of(record, field: str) -> str:
    """`` lang="uk"`` for the element that shows ``record.<field>``, when the
    text is not in the page's language: on an English page, a record whose
    English is not written yet shows its Ukrainian (modeltranslation's
    fallback), which screen readers must then read as Ukrainian (WCAG 3.1.2).
    Nothing when the text is in the page's language."""
    if record is None:
        return ""
    current = translation.get_language()
    for code in resolution_order(current):
        if getattr(record, build_localized_fieldname(field, code), None) not in (None, ""):
            return "" if code == current else format_html(' lang="{}"', code)
    return ""


@register.filter
def date_range(start: datetime.date | None, end: datetime.date | None = None) -> str:
    """“13–15 May 2024”, “6 July – 14 August 2024” in the page's language, as
    the report writes them."""
    return format_date_range(start, end) if start else ""


@register.filter
def money(amount, currency: str = "") -> str:
    """An amount with grouping in the page's language: “47 000 000 грн”."""
    if amount is None or amount == "":
        return ""
    return format_amount(Decimal(amount), currency)


@register.simple_tag
def compact_money(amount, currency: str = "") -> Money | None:
    """A large amount as a short figure and its unit for a tile (``.value``
    "47", ``.unit`` "million UAH"), written exactly as the report writes it."""
    if amount is None or amount == "":
        return None
    return format_money(Decimal(amount), currency)


@register.filter(name="quoted")
def quoted_filter(title) -> str:
    """A title in the page language's quotation marks: «…» / “…”."""
    return quoted(str(title)) if title not in (None, "") else ""


@register.filter
def visible_to(record, user) -> bool:
    """Whether ``user`` may see ``record``: the public a published one, staff
    a draft too (``PublishableModel.is_visible_to``)."""
    return record is not None and record.is_visible_to(user)


@register.simple_tag
def latest_report():
    """The latest published annual report (one query), or None."""
    return AnnualReport.objects.published().order_by("-year").first()


@register.filter
def admin_change_url(record) -> str:
    """The record's page in the admin, for staff previewing a draft."""
    opts = getattr(record, "_meta", None)
    if opts is None or record.pk is None:
        return ""
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""


@register.tag
def keep_until_change(parser, token):
    """``{% keep_until_change "event-item" event hide_summary %}…{% endkeep_until_change %}``:
    the markup inside, kept until staff next change a record, per language and
    per the values after the name (cooperation.cache.fragment_until_next_change).
    Those values must cover everything the markup shows besides the records'
    contents: the record (kept by its type and id), and switches such as
    hide_summary."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("keep_until_change needs a name for the piece")
    nodelist = parser.parse(("endkeep_until_change",))
    parser.delete_first_token()
    return KeptUntilChangeNode(nodelist, [parser.compile_filter(bit) for bit in bits])


class KeptUntilChangeNode(template.Node):
    def __init__(self, nodelist, values):
        self.nodelist = nodelist
        self.values = values

    def render(self, context):
        name, *vary_on = (_fragment_key_part(value.resolve(context)) for value in self.values)
        return fragment_until_next_change(
            context.get("request"), name, vary_on, lambda: self.nodelist.render(context)
        )


def _fragment_key_part(value) -> str:
    # A record is known by its type and id; str() would give its title.
    if isinstance(value, Model):
        return f"{value._meta.label_lower}:{value.pk}"
    return str(value)

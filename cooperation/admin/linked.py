"""The "linked records" field of a record's change page."""

from django.contrib import admin
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..records import PublicationStatus


class LinkedRecordsMixin:
    """A read-only "linked records" field (``linked``) on the change page:
    the records that name this one, as ``linked_groups()`` lists them."""

    def linked_groups(self, obj) -> list[tuple]:
        raise NotImplementedError

    @admin.display(description=_("linked records"))
    def linked(self, obj) -> str:
        if not obj.pk:
            return "—"
        return linked_records(self.linked_groups(obj))


# How many records of a kind an admin page links at most: a partner of many
# years may come to have hundreds of events.
LINKED_RECORDS_SHOWN = 20


def linked_records(groups) -> str:
    """The records that link to the one on an admin page, each a link to its
    own admin page, in groups: ``[(heading, records, name_of), …]``, where
    ``name_of`` (optional) names a record where its name alone would say
    little on this page. Drafts say so. Staff on an organisation or a project
    saw nothing of the memoranda, applications or events that name it.
    The first LINKED_RECORDS_SHOWN of a group, then how many more there are."""
    sections = []
    for heading, records, *name_of in groups:
        name_of = name_of[0] if name_of else str
        shown = list(records[: LINKED_RECORDS_SHOWN + 1])
        items = [
            format_html(
                '<li><a href="{}">{}</a>{}</li>',
                reverse(admin_urlname(record._meta, "change"), args=[record.pk]),
                name_of(record),
                draft_mark(record),
            )
            for record in shown[:LINKED_RECORDS_SHOWN]
        ]
        if len(shown) > LINKED_RECORDS_SHOWN:
            more = records.count() - LINKED_RECORDS_SHOWN
            and_more = ngettext("…and %(count)d more", "…and %(count)d more", more)
            items.append(format_html("<li>{}</li>", and_more % {"count": more}))
        if items:
            sections.append((capfirst(heading), mark_safe("".join(items))))
    if not sections:
        return _("No other record links to this one yet.")
    return format_html_join("", "<p><strong>{}</strong></p><ul>{}</ul>", sections)


def draft_mark(record) -> str:
    if getattr(record, "publication_status", None) == PublicationStatus.DRAFT:
        return f" ({PublicationStatus.DRAFT.label})"
    return ""

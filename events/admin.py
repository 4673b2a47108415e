from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from cooperation.admin.base import PublishableAdmin
from cooperation.admin.forms import InlineRowsFormSet
from cooperation.admin.kept_uploads import KeepsUploadsMixin
from cooperation.records import PublicationStatus
from cooperation.report.formatting import date_range

from .models import Event, EventDocument, EventFigure, EventPhoto


def event_with_date(event: Event) -> str:
    """An event as other records' admin pages list it: its date first."""
    return f"{date_range(event.start_date, event.end_date)}: {event}"


class EventPhotoInline(KeepsUploadsMixin, TranslationStackedInline):
    model = EventPhoto
    formset = InlineRowsFormSet
    extra = 0
    fields = ["image", "alt_text", "caption", "order"]


class EventDocumentInline(KeepsUploadsMixin, TranslationTabularInline):
    model = EventDocument
    formset = InlineRowsFormSet
    extra = 0


class EventFigureInline(TranslationTabularInline):
    model = EventFigure
    formset = InlineRowsFormSet
    extra = 0


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    # Five columns fit a laptop's screen beside the navigation; the format is
    # a filter, and the titles say it («Форум …», «Робоча зустріч …»).
    list_display = ["title", "start_date", "place", "council_role", "publication_status"]
    list_filter = [
        "publication_status",
        "council_role",
        "format",
        "is_online",
        "country",
        "priority_area",
    ]
    search_fields = ["title_uk", "title_en", "city_uk", "city_en", "summary_uk", "summary_en"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["country", "projects", "organisations"]
    date_hierarchy = "start_date"
    list_select_related = ["country"]
    inlines = [EventFigureInline, EventPhotoInline, EventDocumentInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "council_role",
                    "format",
                    "priority_area",
                    "publication_status",
                ]
            },
        ),
        (
            _("When and where"),
            {"fields": ["start_date", "end_date", "city", "country", "is_online"]},
        ),
        (_("About the event"), {"fields": ["summary", "description", "presented", "website"]}),
        (_("Linked records"), {"fields": ["projects", "organisations"]}),
        (_("History"), {"fields": ["created_at", "updated_at", "edit_version"]}),
    ]

    def get_changeform_initial_data(self, request):
        """The add form, opened from an event's «Copy as a new draft»
        (``?copy_of=<key>``), starts from that event as its next edition: a
        draft, without the dates, address, photos, documents and figures.
        An event the user may not see (leave to add only) is not found."""
        initial = super().get_changeform_initial_data(request)
        if "copy_of" not in request.GET:
            return initial
        initial.pop("copy_of")
        original = self._event_to_copy(request.GET["copy_of"])
        if original is None or not self.has_view_permission(request, original):
            messages.warning(request, _("The event to copy was not found: this is an empty form."))
            return initial
        messages.info(
            request,
            format_html(
                _(
                    "A copy of “{}”, as a draft: set the dates and the address, "
                    "check the texts, and add the new event's photos and documents."
                ),
                original,
            ),
        )
        return {
            **initial,
            **original.next_edition_values(),
            "publication_status": PublicationStatus.DRAFT,
        }

    def response_add(self, request, obj, post_url_continue=None):
        response = super().response_add(request, obj, post_url_continue)
        if "_addanother" in request.POST and "copy_of" in request.GET:
            # Django opens the next add form with this one's query string:
            # «Save and add another» after a copy would copy the same event
            # again, where staff asked for another event.
            address = urlsplit(response["Location"])
            kept = [
                (k, v)
                for k, v in parse_qsl(address.query, keep_blank_values=True)
                if k != "copy_of"
            ]
            response["Location"] = urlunsplit(address._replace(query=urlencode(kept)))
        return response

    def _event_to_copy(self, key: str) -> Event | None:
        try:
            return Event.objects.filter(pk=key).first()
        except (ValueError, ValidationError):  # no key at all: ?copy_of=abc
            return None

    @admin.display(description=_("Place"), ordering="city")
    def place(self, obj: Event) -> str:
        return _("Online") if obj.is_online and not obj.place else obj.place

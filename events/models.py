"""Events abroad and at home: what the council attended, held or exhibited at."""

import datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThanOrEqual
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext, pgettext_lazy
from modeltranslation.translator import translator

from cooperation.alphabet import AlphabeticalQuerySet
from cooperation.alt_text import validate_alt_text
from cooperation.records import ChecksBesideFields, address_field, place_validators
from cooperation.searchable import SearchableModel, SearchableQuerySet
from cooperation.uploads import (
    SafeImageField,
    document_upload_to,
    make_thumbnail,
    thumbnail_upload_to,
    validate_image,
    validate_pdf,
)
from partners.models import names_of_linked_organisations


class EventQuerySet(SearchableQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("title", "slug")

    def in_year(self, year: int):
        return self.filter(start_date__year=year)

    def for_listing(self):
        """With what an event's list item (includes/_event_item.html) shows
        besides its own columns, read in the same query: its country (the
        place) and its priority area."""
        return self.select_related("country", "priority_area")

    def exhibitions(self):
        return self.filter(council_role=Event.CouncilRole.EXHIBITED)

    def coming_up(self, count: int, today: datetime.date | None = None) -> list["Event"]:
        """The first ``count`` events not over yet, by start date: those still
        running, then those starting today or later. Read in two short index
        scans. Asked in one query (last day from today on, ordered by start
        date), PostgreSQL walked the start-date index from the earliest event
        past every event that is over, since it cannot tell that the ones not
        over all lie at the end (7 ms for the benchmark's 10,000 events,
        against 0.1 ms this way).

        The events still running are read whole and cut here: they are few (an
        event runs for days), and with a LIMIT PostgreSQL again walks the
        start-date index past every event that is over (13 ms) instead of
        reading the few running ones from the last-day index (0.2 ms)."""
        today = today or datetime.date.today()
        running = list(
            self.filter(start_date__lt=today)
            .filter(last_day_gte(today))
            .order_by("start_date", "slug")
        )
        starting = self.filter(start_date__gte=today).order_by("start_date", "slug")
        return (running + list(starting[: max(count - len(running), 0)]))[:count]

    def past(self, today: datetime.date | None = None):
        today = today or datetime.date.today()
        # An event over before today also started before today (its end is
        # never before its start): said outright, it lets the database read
        # the start-date index from today backwards instead of from the
        # latest event, which may be years ahead.
        return (
            self.exclude(last_day_gte(today))
            .filter(start_date__lt=today)
            .order_by("-start_date", "slug")
        )


def last_day() -> Coalesce:
    """An event's last day: its end date, or its only date. Indexed."""
    return Coalesce("end_date", "start_date")


def last_day_gte(day: datetime.date) -> GreaterThanOrEqual:
    return GreaterThanOrEqual(last_day(), day)


class Event(ChecksBesideFields, SearchableModel):
    class CouncilRole(models.TextChoices):
        ATTENDED = "attended", _("Took part")
        ORGANISED = "organised", _("Organised")
        EXHIBITED = "exhibited", _("Exhibited")

    class Format(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        FORUM = "forum", _("Forum")
        GENERAL_ASSEMBLY = "assembly", _("General assembly")
        FESTIVAL = "festival", _("Festival")
        WORKING_MEETING = "meeting", _("Working meeting")
        EXHIBITION = "exhibition", _("Exhibition")
        TRAINING_CAMP = "camp", _("Training camp")
        CONTEST = "contest", _("Contest")
        ROUND_TABLE = "round_table", _("Round table")
        PANEL = "panel", _("Panel discussion")
        OTHER = "other", pgettext_lazy("event format", "Other")

    title = models.CharField(_("title"), max_length=300)
    slug = address_field()
    start_date = models.DateField(_("start date"), db_index=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only for events of several days.")
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "cooperation.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("country"),
    )
    is_online = models.BooleanField(_("online"), default=False)
    council_role = models.CharField(
        _("the council's role"), max_length=20, choices=CouncilRole.choices, db_index=True
    )
    format = models.CharField(_("format"), max_length=20, choices=Format.choices, db_index=True)
    priority_area = models.ForeignKey(
        "cooperation.PriorityArea",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("priority area"),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists.")
    )
    description = models.TextField(_("description"), blank=True)
    presented = models.TextField(
        _("what the region presented"),
        blank=True,
        help_text=_("For exhibitions: one item per line."),
    )
    projects = models.ManyToManyField(
        "projects.Project", blank=True, related_name="events", verbose_name=_("projects")
    )
    organisations = models.ManyToManyField(
        "partners.Organisation", blank=True, related_name="events", verbose_name=_("organisations")
    )
    website = models.URLField(_("website"), blank=True)
    search_fields = ("title", "city", "summary", "description", "presented")
    search_related = ("country.name_uk", "country.name_en", "start_date", "end_date")
    search_linked = names_of_linked_organisations("organisations")
    search_kind = "подія захід заходи event"

    objects = EventQuerySet.as_manager()

    checks_beside_fields = {"event_end_not_before_start": "end_date"}

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="event_end_not_before_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]
        indexes = [
            # coming_up() and past() compare the last day with today; with the
            # start date, coming_up() finds the events still running in the
            # index alone.
            models.Index(last_day(), models.F("start_date"), name="event_last_day_start_idx"),
            # The counts of published events per priority area (home page).
            models.Index(
                fields=["priority_area", "publication_status"], name="event_area_status_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        errors = {}
        if not self.is_online and not (self.city or self.country_id):
            errors[NON_FIELD_ERRORS] = [
                ValidationError(_("Give the city or country, or mark the event as online."))
            ]
        if errors:
            raise ValidationError(errors)

    @property
    def place(self) -> str:
        """The city and the country, as far as they are known: “Vilnius,
        Lithuania”; a city named like its country once: «Люксембург», not
        «Люксембург, Люксембург». Pages say “Online” instead for an online
        event."""
        city = (self.city or "").strip()
        country = self.country.name if self.country else ""
        if city.casefold() == country.strip().casefold():
            return city
        return ", ".join(part for part in (city, country) if part)

    @property
    def presented_items(self) -> list[str]:
        return [
            line.strip(" -•✓\t") for line in self.presented.splitlines() if line.strip(" -•✓\t")
        ]

    def get_absolute_url(self) -> str:
        return reverse("events:event_detail", kwargs={"slug": self.slug})

    # What the next edition of a recurring event (a yearly forum) starts from,
    # in the admin's «Copy as a new draft». Its dates and address, and its
    # photos, documents and figures, belong to this edition only.
    NEXT_EDITION_FIELDS = (
        "title",
        "council_role",
        "format",
        "priority_area",
        "city",
        "country",
        "is_online",
        "summary",
        "description",
        "presented",
        "website",
    )
    NEXT_EDITION_LINKS = ("projects", "organisations")

    def next_edition_values(self) -> dict:
        """The values of NEXT_EDITION_FIELDS, by column (each language of a
        translated text: ``title_uk``, ``title_en``), a relation by its key,
        and the linked records of NEXT_EDITION_LINKS as lists of keys."""
        translated = translator.get_options_for_model(Event).all_fields
        values = {}
        for name in self.NEXT_EDITION_FIELDS:
            for field in translated.get(name) or [self._meta.get_field(name)]:
                values[field.name] = field.value_from_object(self)
        for name in self.NEXT_EDITION_LINKS:
            values[name] = list(getattr(self, name).values_list("pk", flat=True))
        return values


class EventPhoto(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="photos", verbose_name=_("event")
    )
    image = SafeImageField(_("photo"), validators=[validate_image])
    thumbnail = models.ImageField(
        _("thumbnail"), upload_to=thumbnail_upload_to, editable=False, blank=True
    )
    alt_text = models.CharField(
        _("description for visitors who cannot see it"),
        max_length=250,
        help_text=_("What the photo shows, e.g. “The region's stand at the exhibition”."),
        validators=[validate_alt_text],
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, validators=place_validators)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.alt_text

    def save(self, *args, **kwargs) -> None:
        # A list shows the small copy; the original is only a click away.
        if self.image and (not self.thumbnail or not getattr(self.image, "_committed", True)):
            self.thumbnail = make_thumbnail(self.image, size=640)
        super().save(*args, **kwargs)


class EventDocument(models.Model):
    """A PDF that belongs with an event: its programme, the catalogue the
    region presented at an exhibition, a resolution."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="documents", verbose_name=_("event")
    )
    title = models.CharField(
        _("title"),
        max_length=250,
        help_text=_("What the document is, e.g. “Catalogue of the region's medical projects”."),
    )
    file = models.FileField(
        _("file"), upload_to=document_upload_to, validators=[validate_pdf], help_text=_("PDF only.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, validators=place_validators)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.title


class EventFigure(models.Model):
    """A number worth showing: “over 25,700 participants from 130 countries”."""

    class Kind(models.TextChoices):
        PARTICIPANTS = "participants", pgettext_lazy("figure kind", "Participants")
        COUNTRIES = "countries", pgettext_lazy("figure kind", "Countries")
        EXHIBITORS = "exhibitors", pgettext_lazy("figure kind", "Exhibitors")
        TEACHERS = "teachers", pgettext_lazy("figure kind", "Teachers")
        STUDENTS = "students", pgettext_lazy("figure kind", "Students")
        SCHOOLS = "schools", pgettext_lazy("figure kind", "Schools")
        OTHER = "other", pgettext_lazy("figure kind", "Other")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="figures", verbose_name=_("event")
    )
    kind = models.CharField(_("what is counted"), max_length=20, choices=Kind.choices)
    label = models.CharField(
        _("label"), max_length=120, blank=True, help_text=_("Only for “other”: what is counted.")
    )
    value = models.PositiveIntegerField(_("value"))
    is_lower_bound = models.BooleanField(
        _("“over”"), default=False, help_text=_("Shown as “over 25,700”.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, validators=place_validators)

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return f"{self.value} {self.display_label}"

    def clean(self) -> None:
        super().clean()
        # The label is translated: forms have label_uk and label_en, not
        # label, and Ukrainian is the language every record must have.
        if self.kind == self.Kind.OTHER and not self.label_uk:
            raise ValidationError({"label_uk": _("Say what is counted.")})

    @property
    def display_label(self) -> str:
        """What the number counts, in the form that agrees with it: “25 700
        учасників”, “3 учасники”, “1 учасник” (the kind's name in the admin,
        “Учасники”, fits no number). An “other” figure reads as staff wrote it."""
        counted = _COUNTED.get(self.kind)
        if self.label or counted is None:
            return self.label or self.get_kind_display()
        return counted(self.value)


# Literal calls, so that makemessages finds each pair of forms.
_COUNTED = {
    EventFigure.Kind.PARTICIPANTS: lambda n: npgettext(
        "counted at an event", "participant", "participants", n
    ),
    EventFigure.Kind.COUNTRIES: lambda n: npgettext(
        "counted at an event", "country", "countries", n
    ),
    EventFigure.Kind.EXHIBITORS: lambda n: npgettext(
        "counted at an event", "exhibitor", "exhibitors", n
    ),
    EventFigure.Kind.TEACHERS: lambda n: npgettext("counted at an event", "teacher", "teachers", n),
    EventFigure.Kind.STUDENTS: lambda n: npgettext("counted at an event", "student", "students", n),
    EventFigure.Kind.SCHOOLS: lambda n: npgettext("counted at an event", "school", "schools", n),
}

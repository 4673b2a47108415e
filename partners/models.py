"""Organisations the region works with, its memberships and its memoranda."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, Max, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cooperation.alphabet import AlphabeticalQuerySet
from cooperation.records import (
    ChecksBesideFields,
    OrganisationLinkQuerySet,
    PublishableModel,
    PublishableQuerySet,
    ReferencedQuerySet,
    address_field,
    hold_writes_of,
    place_validators,
    year_validators,
)
from cooperation.search_text import APOSTROPHES
from cooperation.searchable import SearchableModel, SearchableQuerySet
from cooperation.uploads import SafeImageField, document_upload_to, validate_image, validate_pdf

_APOSTROPHE_IN_WORD = re.compile(rf"(?<=\w)[{re.escape(APOSTROPHES)}](?=\w)")
_SMALL_WORDS = frozenset("a an and at for in of on the to і й та з із зі в у для до на по".split())


class OrganisationQuerySet(ReferencedQuerySet, SearchableQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("name", "slug")


class Organisation(SearchableModel):
    class Kind(models.TextChoices):
        INTERNATIONAL = "international", _("International organisation")
        FOREIGN_AGENCY = "agency", _("Foreign government agency")
        BANK = "bank", _("Bank")
        DONOR = "donor", _("Donor or programme")
        NGO = "ngo", _("Non-governmental organisation")
        FOUNDATION = "foundation", _("Charitable foundation")
        LOCAL_COUNCIL = "council", _("Local council")
        COMPANY = "company", _("Company")

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("An acronym such as ALDA.")
    )
    slug = address_field()
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, db_index=True)
    country = models.ForeignKey(
        "cooperation.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("country"),
        help_text=_("Leave empty for a network or organisation without one seat."),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = SafeImageField(
        _("logo"),
        blank=True,
        max_dimension=800,
        validators=[validate_image],
        help_text=_("JPEG, PNG or WebP; shown small, so a square logo works best."),
    )
    search_fields = ("name", "description")
    search_title_related = ("short_name_uk", "short_name_en")
    search_related = ("country.name_uk", "country.name_en")
    search_kind = "партнер організація partner organisation"

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name, followed by the acronym when the name does not contain it."""
        if self.short_name and self.short_name not in self.name:
            return f"{self.name} ({self.short_name})"
        return self.name

    @property
    def initials(self) -> str:
        """Stands in for a logo: a one-word acronym whole (USAID, ACCIÓ), else the
        first letters of up to three words of the short name or the name,
        leaving out small words (of, the, та) that no acronym keeps."""
        short_name = self.short_name.strip()
        if short_name and " " not in short_name and len(short_name) <= 5:
            return short_name
        # An apostrophe inside a word is part of it: «Прем'єр», not «Прем» and «єр».
        name = _APOSTROPHE_IN_WORD.sub("", short_name or self.name)
        words = re.split(r"[\s«»“”\"'()\-]+", name)
        words = [w for w in words if w[:1].isalpha() and w.casefold() not in _SMALL_WORDS]
        return "".join(word[0] for word in words[:3]).upper()

    def get_absolute_url(self) -> str:
        return reverse("partners:organisation_detail", kwargs={"slug": self.slug})


# The columns of an organisation that name it, as the records linked to it
# quote them (``SearchableModel.search_linked``): the acronym a visitor
# types («LUCC», «ALDA») and the name, in both languages.
ORGANISATION_NAMES = ("short_name_uk", "short_name_en", "name_uk", "name_en")


def names_of_linked_organisations(relation: str) -> tuple[str, ...]:
    """The dotted paths to the names of the organisations at ``relation``:
    a many-to-many field for ``search_linked`` (a memorandum's parties, a
    project's participants), or foreign keys for ``search_related`` (the
    organisation running an application's programme)."""
    return tuple(f"{relation}.{column}" for column in ORGANISATION_NAMES)


class MembershipQuerySet(PublishableQuerySet, OrganisationLinkQuerySet):
    def visible_to(self, user):
        """The memberships ``user`` may see on their own account (super():
        PublishableQuerySet's), of organisations ``user`` may see
        (OrganisationLinkQuerySet's rule): the public sees the published
        memberships of published organisations."""
        return super().visible_to(user).of_organisations_visible_to(user)

    def active_in(self, year: int):
        return self.filter(
            Q(since_year__lte=year), Q(until_year__isnull=True) | Q(until_year__gte=year)
        )

    def ended_last(self):
        """In the order staff set, those that have ended
        (``Membership.has_ended``) after the others: a list split over pages
        groups them alike on every page."""
        ended = Case(When(until_year__isnull=False, then=Value(1)), default=Value(0))
        return self.alias(ended=ended).order_by("ended", *self.model._meta.ordering)


def next_membership_position() -> int:
    """A new membership's place: after every other one, where staff can
    move it from. Offered by the add form; a membership saved without a
    position takes the one it is at the save (``Membership.save``)."""
    last = Membership._base_manager.aggregate(last=Max("position"))["last"]
    return (last or 0) + 1


class Membership(ChecksBesideFields, PublishableModel):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    since_year = models.PositiveSmallIntegerField(_("member since"), validators=year_validators)
    until_year = models.PositiveSmallIntegerField(
        _("member until"),
        null=True,
        blank=True,
        validators=year_validators,
        help_text=_("Leave empty while the membership lasts."),
    )
    # Staff set the order, as the office did in the brochure (ALDA, AER,
    # LUCC): it is no alphabet's. Not unique, so that staff can give two rows
    # each other's number in one save of the list; equal numbers fall back
    # to the year and the address.
    position = models.PositiveSmallIntegerField(
        pgettext_lazy("place in a list", "position"),
        default=next_membership_position,
        validators=place_validators,
        help_text=_(
            "Memberships are listed by this number, smallest first, on the site and in "
            "the report. A new membership is given the next number, at the end."
        ),
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = MembershipQuerySet.as_manager()

    checks_beside_fields = {"membership_until_not_before_since": "until_year"}

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["position", "since_year", "organisation__slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(until_year__isnull=True) | Q(until_year__gte=models.F("since_year")),
                name="membership_until_not_before_since",
                violation_error_message=_("A membership cannot end before it began."),
            ),
            models.UniqueConstraint(
                fields=["organisation", "since_year"],
                name="membership_unique_per_organisation_and_year",
                violation_error_message=_("This membership is already recorded."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.organisation)

    def save(self, *args, **kwargs) -> None:
        if self.position is not None:
            super().save(*args, **kwargs)
            return
        # The last place, as it is when this row is written: read while
        # no one else writes memberships, or two added at once would both
        # read the same one.
        with transaction.atomic():
            hold_writes_of(Membership)
            self.position = next_membership_position()
            super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("partners:membership_list") + f"#membership-{self.pk}"

    @property
    def has_ended(self) -> bool:
        """Given a last year: staff leave it empty while the membership lasts
        (its help text), and the pages then say «the council was a member»
        (as ``MembershipQuerySet.ended_last`` orders them)."""
        return self.until_year is not None


# A memorandum's dates against its signing: the database's checks and
# Memorandum.clean() say the same.
EXPIRED_BEFORE_SIGNING = _("A memorandum cannot expire before it was signed.")
ENDED_BEFORE_SIGNING = _("A memorandum cannot end before it was signed.")


class MemorandumQuerySet(SearchableQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("title", "slug")

    def in_force(self, year: int):
        """Memoranda that were in force at some time in the year: signed by its
        end, not expired before it began, and not terminated by its first day
        (``Memorandum.is_in_force_on``: in force until the day before the one
        it was terminated on, and to the end of the day it is valid until)."""
        year_start = datetime.date(year, 1, 1)
        return self.filter(
            Q(signed_year__lte=year),
            Q(valid_until__isnull=True) | Q(valid_until__gte=year_start),
            Q(terminated_on__isnull=True) | Q(terminated_on__gt=year_start),
        )


class Memorandum(ChecksBesideFields, SearchableModel):
    class Category(models.TextChoices):
        INTERNATIONAL = "international", _("With international organisations")
        CIVIL_SOCIETY = (
            "civil_society",
            _("With civil society organisations, charitable foundations and subsidiaries"),
        )

    title = models.CharField(_("title"), max_length=300)
    slug = address_field()
    category = models.CharField(
        _("category"), max_length=20, choices=Category.choices, db_index=True
    )
    summary = models.TextField(_("summary"), blank=True)
    parties = models.ManyToManyField(
        Organisation,
        through="MemorandumParty",
        related_name="memoranda",
        verbose_name=_("parties"),
    )
    signed_on = models.DateField(
        _("signed on"), null=True, blank=True, help_text=_("Leave empty if only the year is known.")
    )
    # Blank in forms: the signing date gives the year (clean()); staff type
    # the year alone only when that is all they know.
    signed_year = models.PositiveSmallIntegerField(
        _("year signed"),
        blank=True,
        validators=year_validators,
        db_index=True,
        help_text=_("Left empty, it is taken from the signing date."),
    )
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Leave empty for no end date.")
    )
    terminated_on = models.DateField(
        _("terminated on"),
        null=True,
        blank=True,
        help_text=_("Only if the memorandum was ended early."),
    )
    document = models.FileField(
        _("scan of the document"),
        upload_to=document_upload_to,
        blank=True,
        validators=[validate_pdf],
        help_text=_("PDF only."),
    )
    registration_number = models.CharField(
        _("registration number"),
        max_length=60,
        blank=True,
        help_text=_("State registration, where the law on territorial cooperation asks for it."),
    )
    registration_date = models.DateField(_("registration date"), null=True, blank=True)
    search_fields = ("title", "summary")
    search_related = ("signed_on", "signed_year")
    search_linked = names_of_linked_organisations("parties")
    search_kind = "меморандум memorandum"

    objects = MemorandumQuerySet.as_manager()

    checks_beside_fields = {
        "memorandum_valid_until_not_before_signing": "valid_until",
        "memorandum_terminated_not_before_signing": "terminated_on",
    }

    class Meta:
        verbose_name = _("memorandum")
        verbose_name_plural = _("memoranda")
        ordering = ["-signed_year", "category", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(valid_until__gte=models.F("signed_on")),
                name="memorandum_valid_until_not_before_signing",
                violation_error_message=EXPIRED_BEFORE_SIGNING,
            ),
            models.CheckConstraint(
                condition=Q(terminated_on__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(terminated_on__gte=models.F("signed_on")),
                name="memorandum_terminated_not_before_signing",
                violation_error_message=ENDED_BEFORE_SIGNING,
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.signed_on and self.signed_year is None:
            self.signed_year = self.signed_on.year
        errors = {}
        if self.signed_year is None:
            errors["signed_year"] = [
                ValidationError(
                    _("Enter the signing date, or the year alone if only the year is known.")
                )
            ]
        elif self.signed_on and self.signed_on.year != self.signed_year:
            errors["signed_year"] = [
                ValidationError(_("The year signed must be the year of the signing date."))
            ]
        elif not self.signed_on:
            # Only the year is known, and the database's checks compare
            # dates: here a memorandum signed in 2024 could expire in 2023.
            for field, message in (
                ("valid_until", EXPIRED_BEFORE_SIGNING),
                ("terminated_on", ENDED_BEFORE_SIGNING),
            ):
                day = getattr(self, field)
                if day and day.year < self.signed_year:
                    errors[field] = [ValidationError(message)]
        if self.registration_date and not self.registration_number:
            errors["registration_number"] = [
                ValidationError(_("Enter the registration number for this date."))
            ]
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        if self.signed_on:
            self.signed_year = self.signed_on.year
        super().save(*args, **kwargs)

    def is_in_force_on(self, day: datetime.date) -> bool:
        if self.is_signed_after(day):
            return False
        if self.valid_until and self.valid_until < day:
            return False
        return not (self.terminated_on and self.terminated_on <= day)

    @property
    def is_in_force(self) -> bool:
        return self.is_in_force_on(datetime.date.today())

    def is_signed_after(self, day: datetime.date) -> bool:
        """Signed later than ``day``, by its date or, where staff know only
        the year, by a later year."""
        if self.signed_on:
            return self.signed_on > day
        return self.signed_year is not None and self.signed_year > day.year

    @property
    def is_signed_later(self) -> bool:
        """Recorded before its signing day (staff may enter a memorandum
        agreed and dated ahead): not in force yet, rather than no longer."""
        return self.is_signed_after(datetime.date.today())

    def get_absolute_url(self) -> str:
        return reverse("partners:memorandum_detail", kwargs={"slug": self.slug})


class MemorandumParty(models.Model):
    memorandum = models.ForeignKey(
        Memorandum,
        on_delete=models.CASCADE,
        related_name="party_links",
        verbose_name=_("memorandum"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="memorandum_links",
        verbose_name=_("organisation"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, validators=place_validators)

    objects = OrganisationLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["memorandum", "organisation"],
                name="memorandum_party_unique",
                violation_error_message=_("This organisation is already a party."),
            )
        ]

    def __str__(self) -> str:
        # Named by the memorandum first: the admin lists a party as what keeps
        # an organisation from being deleted, where the organisation alone
        # would name the very record being deleted.
        return f"{self.memorandum} — {self.organisation}"

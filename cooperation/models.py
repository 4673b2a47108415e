"""The cooperation app's own records: priority areas, countries, the yearly
report the office publishes, and the site's revision number. The bases every
app's records build on are in ``cooperation.records`` and
``cooperation.searchable``."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .alphabet import AlphabeticalQuerySet
from .records import (
    AMOUNT_MAX_DIGITS,
    FIRST_YEAR,
    LAST_YEAR,
    Currency,
    PublishableModel,
    ReferencedQuerySet,
    TimeStampedModel,
    address_field,
    place_validators,
    published_count,
    year_validators,
)


class PriorityAreaQuerySet(models.QuerySet):
    def with_published_counts(self):
        """Each area with ``project_count`` and ``event_count`` of published records."""
        return self.annotate(
            project_count=published_count(self.model, "projects"),
            event_count=published_count(self.model, "events"),
        )


class PriorityArea(TimeStampedModel):
    """One of the priority areas of international cooperation, in the order the
    brochure lists them."""

    class Icon(models.TextChoices):
        EDUCATION = "education", _("Education (book)")
        MEDICINE = "medicine", _("Medicine (cross)")
        ECOLOGY = "ecology", _("Ecology (leaf)")
        PARTICIPATION = "participation", _("Participation (people)")
        ECONOMY = "economy", _("Economy (chart)")
        INNOVATION = "innovation", _("Innovation (chip)")

    name = models.CharField(_("name"), max_length=120)
    slug = address_field(max_length=80)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, db_index=True, validators=place_validators
    )
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#0057B7",
        validators=[
            RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Enter a colour as #RRGGBB, e.g. #0057B7."))
        ],
        help_text=_("Used as a thin stripe and icon tint on the site and in the report."),
    )
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices)

    objects = PriorityAreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("priority area")
        verbose_name_plural = _("priority areas")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("cooperation:area_detail", kwargs={"slug": self.slug})


class CountryQuerySet(ReferencedQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("name",)

    def partners(self):
        """The countries the office lists as countries of cooperation."""
        return self.filter(is_cooperation_partner=True)

    def eu_partners(self):
        return self.partners().filter(is_eu_member=True)


class Country(TimeStampedModel):
    iso_code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital Latin letters, e.g. PL."))],
        error_messages={"unique": _("There is already a country with this code.")},
    )
    name = models.CharField(_("name"), max_length=100)
    is_eu_member = models.BooleanField(_("EU member state"), default=False)
    is_cooperation_partner = models.BooleanField(
        _("country of cooperation"),
        default=False,
        help_text=_("Listed among the countries the region cooperates with."),
    )
    # Where the country sits on the site's map; a point near its centre is enough.
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["iso_code"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("cooperation:country_detail", kwargs={"iso_code": self.iso_code.lower()})


class AnnualReport(PublishableModel):
    """The yearly brochure: the texts staff write around the computed figures."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=year_validators,
        error_messages={"unique": _("There is already a report for this year.")},
    )
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    closing_line = models.CharField(
        _("closing line"),
        max_length=300,
        blank=True,
        help_text=_("Separate the parts with “…” or line breaks; shown large on the last page."),
    )
    publisher = models.CharField(
        _("published by"),
        max_length=300,
        blank=True,
        help_text=_("The department that publishes the report."),
    )
    funds_attracted = models.DecimalField(
        _("funds attracted from international partners"),
        max_digits=AMOUNT_MAX_DIGITS,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The figure the office states for the year."),
    )
    funds_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.UAH
    )

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(funds_attracted__gte=0) | models.Q(funds_attracted__isnull=True),
                name="annual_report_funds_not_negative",
                violation_error_message=_("The funds attracted cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=FIRST_YEAR) & models.Q(year__lte=LAST_YEAR),
                name="annual_report_year_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"

    def get_absolute_url(self) -> str:
        return reverse("cooperation:report_detail", kwargs={"year": self.year})


class SiteRevision(models.Model):
    """One row whose number goes up on every change to a public record; the
    page cache keys on it (see cooperation.cache)."""

    number = models.PositiveBigIntegerField(_("number"), default=0)

    class Meta:
        verbose_name = _("site revision")
        verbose_name_plural = _("site revisions")

    def __str__(self) -> str:
        return str(self.number)

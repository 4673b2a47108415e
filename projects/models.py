"""Partner projects and the grant and project applications the council makes."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Max, Q, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cooperation.alphabet import AlphabeticalQuerySet
from cooperation.alt_text import validate_alt_text
from cooperation.records import (
    AMOUNT_MAX_DIGITS,
    ChecksBesideFields,
    Currency,
    OrganisationLinkQuerySet,
    PublishableModel,
    PublishableQuerySet,
    address_field,
    place_validators,
    year_validators,
)
from cooperation.searchable import SearchableModel, SearchableQuerySet
from cooperation.uploads import SafeImageField, validate_image
from partners.models import names_of_linked_organisations


class ParticipationRole(models.TextChoices):
    """IATI organisation roles."""

    FUNDING = "funding", _("Funding")
    ACCOUNTABLE = "accountable", _("Accountable")
    EXTENDING = "extending", _("Extending")
    IMPLEMENTING = "implementing", _("Implementing")


class ProjectQuerySet(SearchableQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("title", "slug")

    def partner_projects(self):
        return self.filter(is_council_partner=True)

    def for_listing(self):
        """With what a project's card (includes/_project_card.html) shows
        besides its own columns, read in the same query: its priority area."""
        return self.select_related("priority_area")

    def active_in(self, year: int):
        """Projects running at some time in the year. A project without dates
        is taken as ongoing: the office records it while it is running. One
        in the pipeline or cancelled never runs, whatever its dates."""
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__year__lte=year),
            Q(end_date__isnull=True) | Q(end_date__year__gte=year),
        ).exclude(status__in=[Project.Status.PIPELINE, Project.Status.CANCELLED])


class Project(ChecksBesideFields, SearchableModel):
    class Status(models.TextChoices):
        """IATI activity status codes 1–6."""

        PIPELINE = "pipeline", _("Pipeline / identification")
        IMPLEMENTATION = "implementation", _("Implementation")
        FINALISATION = "finalisation", _("Finalisation")
        CLOSED = "closed", pgettext_lazy("project status", "Closed")
        CANCELLED = "cancelled", pgettext_lazy("project status", "Cancelled")
        SUSPENDED = "suspended", pgettext_lazy("project status", "Suspended")

    title = models.CharField(_("title"), max_length=300)
    slug = address_field()
    priority_area = models.ForeignKey(
        "cooperation.PriorityArea",
        on_delete=models.PROTECT,
        related_name="projects",
        verbose_name=_("priority area"),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    description = models.TextField(_("description"), blank=True)
    is_council_partner = models.BooleanField(
        _("the council is a partner"),
        default=True,
        help_text=_(
            "Listed among the council's partner projects. Untick for a larger project "
            "that a partner project belongs to."
        ),
    )
    council_role = models.CharField(
        _("the council's role"),
        max_length=200,
        blank=True,
        help_text=_("For example: partner, co-applicant, host region."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.IMPLEMENTATION,
        db_index=True,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    budget = models.DecimalField(
        _("budget"), max_digits=AMOUNT_MAX_DIGITS, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="components",
        verbose_name=_("part of the project"),
    )
    countries = models.ManyToManyField(
        "cooperation.Country", blank=True, related_name="projects", verbose_name=_("countries")
    )
    organisations = models.ManyToManyField(
        "partners.Organisation",
        through="ProjectParticipation",
        related_name="projects",
        verbose_name=_("participating organisations"),
    )
    cover_image = SafeImageField(_("cover image"), blank=True, validators=[validate_image])
    cover_image_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for visitors who cannot see it."),
        validators=[validate_alt_text],
    )
    website = models.URLField(_("website"), blank=True)
    search_fields = ("title", "summary", "description")
    search_linked = names_of_linked_organisations("organisations")
    search_kind = "проєкт проект project"

    objects = ProjectQuerySet.as_manager()

    checks_beside_fields = {"project_end_not_before_start": "end_date"}

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["priority_area__order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="project_end_not_before_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
            models.CheckConstraint(
                condition=Q(budget__isnull=True) | Q(budget__gte=0),
                name="project_budget_not_negative",
                violation_error_message=_("The budget cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        errors = {}
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk is not None and ancestor.pk == self.pk:
                errors["parent"] = [ValidationError(_("A project cannot be part of itself."))]
                break
            seen.add(ancestor.pk)
            ancestor = ancestor.parent
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self) -> str:
        return reverse("projects:project_detail", kwargs={"slug": self.slug})


class ProjectParticipation(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="participations", verbose_name=_("project")
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        on_delete=models.PROTECT,
        related_name="project_participations",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=ParticipationRole.choices)
    note = models.CharField(
        _("note"),
        max_length=250,
        blank=True,
        help_text=_("For example: “within ‘European Renaissance of Ukraine’”."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, validators=place_validators)

    objects = OrganisationLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("participating organisation")
        verbose_name_plural = _("participating organisations")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation", "role"],
                name="project_participation_unique",
                violation_error_message=_(
                    "This organisation already has this role in the project."
                ),
            )
        ]

    def __str__(self) -> str:
        # Named by the project first, so that it reads usefully where the admin
        # lists it as what keeps an organisation from being deleted.
        return f"{self.project} — {self.organisation} ({self.get_role_display().lower()})"


class ProgrammeQuerySet(PublishableQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("name", "slug")


class Programme(PublishableModel):
    """A grant programme or call that applications are made to."""

    name = models.CharField(_("name"), max_length=300)
    slug = address_field()
    organisation = models.ForeignKey(
        "partners.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programmes",
        verbose_name=_("run by"),
    )
    website = models.URLField(_("website"), blank=True)

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme or call")
        verbose_name_plural = _("programmes and calls")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


class ApplicationQuerySet(SearchableQuerySet, AlphabeticalQuerySet):
    alphabetical_by = ("title", "-year", "number")

    def of_year(self, year: int):
        return self.filter(year=year)

    def won(self):
        return self.filter(status=Application.Status.WON)

    def for_listing(self):
        """With what an application's list item
        (includes/_application_item.html) shows besides its own columns, read
        in the same query: its priority area and its programme."""
        return self.select_related("priority_area", "programme")

    def next_number(self, year: int) -> int:
        """The number the year's next application takes: one after the
        highest so far (drafts count: their numbers are taken), 1 for a new year."""
        highest = self.of_year(year).aggregate(highest=Max("number"))["highest"]
        return (highest or 0) + 1

    def awarded_by_currency(self) -> dict[str, Decimal]:
        """The amounts awarded to the won applications, summed per currency,
        in the currencies' order (hryvnia first, as the choices list them):
        ``{"UAH": Decimal("120000.00"), "EUR": Decimal("50000.00")}``."""
        totals = (
            self.won()
            .filter(amount_awarded__isnull=False)
            .values("currency")
            .annotate(total=Sum("amount_awarded"))
            .order_by()
        )
        order = {code: index for index, code in enumerate(Currency.values)}
        rows = sorted(
            totals, key=lambda row: (order.get(row["currency"], len(order)), row["currency"])
        )
        return {row["currency"]: row["total"] for row in rows}


class Application(ChecksBesideFields, SearchableModel):
    class Status(models.TextChoices):
        IN_PREPARATION = "preparation", _("In preparation")
        SUBMITTED = "submitted", _("Submitted")
        UNDER_REVIEW = "review", _("Under review")
        WON = "won", _("Won")
        NOT_WON = "not_won", _("Not won")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators, db_index=True)
    # The code prints it in two digits (2024/03); an office files a few dozen
    # applications a year, and 0 would read 2024/00.
    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1), MaxValueValidator(999)],
        help_text=_("The application's number within its year: 1, 2, 3…"),
    )
    title = models.CharField(_("title"), max_length=400)
    summary = models.TextField(_("summary"), blank=True)
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("programme or call"),
    )
    priority_area = models.ForeignKey(
        "cooperation.PriorityArea",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("priority area"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SUBMITTED,
        db_index=True,
        help_text=_("“Submitted” where the result is not known."),
    )
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True)
    amount_requested = models.DecimalField(
        _("amount requested"), max_digits=AMOUNT_MAX_DIGITS, decimal_places=2, null=True, blank=True
    )
    amount_awarded = models.DecimalField(
        _("amount awarded"), max_digits=AMOUNT_MAX_DIGITS, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    organisations = models.ManyToManyField(
        "partners.Organisation",
        through="ApplicationPartner",
        related_name="applications",
        verbose_name=_("donors and partners"),
    )
    project = models.ForeignKey(
        Project,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("project it led to or belongs to"),
    )
    search_fields = ("title", "summary")
    # The lists show each application's programme and code («2024/08»), so a
    # visitor searches by them. The code, kept as its year and number, goes
    # with the title: «2024/02» ranks application 02 above one whose text
    # names «DE-02-2023».
    search_title_related = ("year", "number")
    # The programme, and the organisation running it (the page names it
    # with the programme), as the donors are found.
    search_related = (
        "programme.name_uk",
        "programme.name_en",
        *names_of_linked_organisations("programme.organisation"),
    )
    # Donors, lead applicants, partners and facilitators alike.
    search_linked = names_of_linked_organisations("organisations")
    search_kind = "заявка application"

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-year", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "number"],
                name="application_number_unique_in_year",
                violation_error_message=_(
                    "An application with this number already exists in this year."
                ),
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1),
                name="application_number_positive",
                violation_error_message=_("Application numbers start at 1."),
            ),
            models.CheckConstraint(
                condition=Q(amount_requested__isnull=True) | Q(amount_requested__gte=0),
                name="application_requested_not_negative",
                violation_error_message=_("The amount requested cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(amount_awarded__isnull=True) | Q(amount_awarded__gte=0),
                name="application_awarded_not_negative",
                violation_error_message=_("The amount awarded cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def clean(self) -> None:
        super().clean()
        if self.amount_awarded is not None and self.status != self.Status.WON:
            raise ValidationError(
                {
                    "amount_awarded": ValidationError(
                        _(
                            "Only a won application has an amount awarded: set the status "
                            "to “%(won)s” or clear the amount."
                        ),
                        code="awarded_but_not_won",
                        params={"won": self.Status.WON.label},
                    )
                }
            )

    def errors_beside_fields(self, exclude: set[str]) -> dict[str, list[ValidationError]]:
        errors = super().errors_beside_fields(exclude)
        holder = None if exclude & {"year", "number"} else self._holder_of_number()
        if holder is not None:
            # Beside the number, with the one to take instead: staff entering
            # last year's applications open the form at this year's next
            # number, change the year, and would otherwise have to look up
            # which numbers that year has used.
            errors.setdefault("number", []).append(
                ValidationError(
                    _(
                        "This number is taken: %(application)s. The next free number "
                        "in %(year)s is %(next)s."
                    ),
                    code="number_taken",
                    params={
                        "application": holder,
                        "year": self.year,
                        "next": Application.objects.next_number(self.year),
                    },
                )
            )
        return errors

    def _holder_of_number(self) -> "Application | None":
        """The other application of this one's year with its number (a draft too)."""
        if self.year is None or self.number is None:
            return None
        return (
            Application.objects.of_year(self.year)
            .filter(number=self.number)
            .exclude(pk=self.pk)
            .first()
        )

    @property
    def code(self) -> str:
        """How the brochure numbers applications: 2024/01."""
        return f"{self.year}/{self.number:02d}"

    @property
    def is_won(self) -> bool:
        return self.status == self.Status.WON

    def get_absolute_url(self) -> str:
        return reverse(
            "projects:application_detail", kwargs={"year": self.year, "number": self.number}
        )


class ApplicationPartner(models.Model):
    class Role(models.TextChoices):
        DONOR = "donor", _("Donor")
        LEAD = "lead", _("Lead applicant")
        PARTNER = "partner", _("Partner")
        FACILITATOR = "facilitator", _("Facilitator")

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="partner_links",
        verbose_name=_("application"),
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        on_delete=models.PROTECT,
        related_name="application_links",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0, validators=place_validators)

    objects = OrganisationLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("donor or partner")
        verbose_name_plural = _("donors and partners")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "organisation", "role"],
                name="application_partner_unique",
                violation_error_message=_("This organisation already has this role."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.application} — {self.organisation} ({self.get_role_display().lower()})"

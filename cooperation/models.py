"""What every app shares: base classes for public records, priority areas,
countries, and the yearly report the office publishes."""

from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .alphabet import AlphabeticalQuerySet
from .search_text import document_of

# Years the office may record: independence of Ukraine to a generous future.
FIRST_YEAR = 1991
LAST_YEAR = 2100
year_validators = [MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]

# The digits of an amount of money (budgets, funds, grants), cents included:
# SQLite keeps a decimal as a floating-point number, exact to 15 significant
# digits. A 16th was changed on saving (12 345 678 901 234,56 came back as
# …234,60), and 99 999 999 999 999,99 came back as 10^14 with a 17th digit,
# which Django could not read: every page that read the record was a 500.
AMOUNT_MAX_DIGITS = 15


class Currency(models.TextChoices):
    UAH = "UAH", _("hryvnia (UAH)")
    EUR = "EUR", _("euro (EUR)")
    USD = "USD", _("US dollar (USD)")
    PLN = "PLN", _("Polish złoty (PLN)")
    GBP = "GBP", _("pound sterling (GBP)")


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        abstract = True


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("publication status", "Draft")
    PUBLISHED = "published", pgettext_lazy("publication status", "Published")


def previews_drafts(user) -> bool:
    """Staff see drafts on the site, marked as such; nobody else does."""
    return user is not None and user.is_active and user.is_staff


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What a visitor may see."""
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def visible_to(self, user):
        """Published records for the public; every record for staff (preview)."""
        if previews_drafts(user):
            return self
        return self.published()

    def linked_to(self, **paths):
        """The records linked to any of the given ones, each keyword a path to
        other records and its value those records:
        ``Event.objects.linked_to(organisations=partners, projects=[project])``.

        Each path is asked as ``pk IN (subquery)``, so a record linked several
        times comes once, with no DISTINCT: joining across a many-valued path
        repeats a record once per link, and the DISTINCT that dropped the
        repeats sorted every joined row whole (48 ms for an application's
        events on the benchmark's data; 2 ms this way)."""
        if not paths:
            raise TypeError("linked_to() needs at least one path")
        linked = Q()
        for path, records in paths.items():
            linked |= Q(
                pk__in=self.model._base_manager.filter(**{f"{path}__in": records}).values("pk")
            )
        return self.filter(linked)


class OrganisationLinkQuerySet(models.QuerySet):
    """Rows that tie a record to an organisation: the council's memberships, a
    project's participants, a memorandum's parties, an application's donors
    and partners.

    A link is shown with its organisation or not at all: whoever may not see
    the organisation (the public, a draft one) does not see its links either.
    ``of_organisations_visible_to`` is that rule, for every kind of link."""

    def of_organisations_visible_to(self, user):
        """The links whose organisation ``user`` may see: for the public, those
        of published organisations; for staff, every link (a preview)."""
        if previews_drafts(user):
            return self
        return self.filter(organisation__publication_status=PublicationStatus.PUBLISHED)

    def visible_to(self, user):
        """The links ``user`` may see, each with its organisation and that
        one's country."""
        return self.of_organisations_visible_to(user).select_related("organisation__country")


class PublishableModel(TimeStampedModel):
    """A record the public sees only once staff publish it."""

    publication_status = models.CharField(
        _("publication"),
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        db_index=True,
        help_text=_("Drafts are visible to staff only."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.publication_status == PublicationStatus.PUBLISHED

    def is_visible_to(self, user) -> bool:
        """This record's side of ``visible_to``."""
        return self.is_published or previews_drafts(user)


class SearchableQuerySet(PublishableQuerySet):
    def bulk_create(self, objs, *args, linked: Sequence[Iterable] | None = None, **kwargs):
        """Bulk inserts skip save(): the search documents are filled here
        instead. New rows are linked to nothing yet. ``linked`` gives, for
        each of ``objs``, the records the caller links it to next (in bulk,
        through its relation of ``search_linked``): its document quotes their
        names from the start. Without it, whoever links the new rows
        refreshes their documents (``search_documents.refresh_documents``)."""
        objs = list(objs)
        for obj, records in zip(objs, linked or [()] * len(objs), strict=True):
            obj.refresh_search_document(linked=obj.texts_of_linked(records))
        return super().bulk_create(objs, *args, **kwargs)


class SearchableModel(PublishableModel):
    """A public record that site search finds.

    ``search_document`` keeps the record's searchable text, both languages,
    normalised once on save (``cooperation.search_text.normalise``), so a
    search reads one indexed column (PostgreSQL: full-text and trigram GIN
    indexes) instead of normalising every record's texts on every query.
    ``search_fields`` are translated fields (both languages are indexed), the
    first of them the title; ``search_title_related`` dotted paths to text
    shown with the title (an application's code), ``search_related`` to more
    text: on related records (``country.name_uk``) or in untranslated fields
    (``number``, a date); ``search_linked`` dotted paths through a
    many-to-many field to the names of the published records it links
    (``parties.name_uk``: a memorandum's parties); ``search_kind`` the words
    that name the type of record in both languages (``search_text.document_of``).

    save() and bulk_create() (SearchableQuerySet, which the models' own
    querysets extend) refresh the document; QuerySet.update() does not,
    so change searchable text through save(), or call store_search_documents().
    A renamed country, programme or organisation, and a link added or
    removed, refresh the documents that quote the names
    (``cooperation.search_documents``).
    """

    search_fields: tuple[str, ...] = ()
    search_related: tuple[str, ...] = ()
    search_title_related: tuple[str, ...] = ()
    search_linked: tuple[str, ...] = ()
    search_kind: str = ""

    search_document = models.TextField(_("search text"), blank=True, default="", editable=False)

    objects = SearchableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_search_document()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_document"}
        super().save(*args, **kwargs)

    def refresh_search_document(self, linked: Iterable[str] | None = None) -> None:
        """Recompute the document; ``linked`` is the names ``search_linked``
        leads to when the caller knows them (none for a record not inserted
        yet), else they are read: one query for a saved record."""
        if linked is None:
            linked = self._linked_search_texts()
        self.search_document = document_of(
            self,
            self.search_fields,
            self.search_related,
            self.search_kind,
            self.search_title_related,
            tuple(linked),
        )

    def _linked_search_texts(self) -> list[str]:
        if not self.search_linked or self.pk is None:
            return []
        return linked_texts(type(self), [self.pk], self.search_linked)[self.pk]

    def texts_of_linked(self, records: Iterable[models.Model]) -> list[str]:
        """The texts of ``search_linked`` taken from ``records`` in memory
        (linked through its one relation there: each model has one), as
        ``linked_texts`` reads them from the database: published ones only."""
        columns = [path.split(".", 1)[1] for path in self.search_linked]
        return [
            getattr(record, column)
            for record in records
            if getattr(record, "publication_status", PublicationStatus.PUBLISHED)
            == PublicationStatus.PUBLISHED
            for column in columns
        ]

    @classmethod
    def store_search_documents(cls, records: models.QuerySet | None = None) -> None:
        """Recompute the documents of ``records`` (default: all) for changes
        that bypass save(): a restore, a renamed country, a new link."""
        records = cls._base_manager.all() if records is None else records
        store_search_documents(
            records,
            cls.search_fields,
            cls.search_related,
            cls.search_kind,
            cls.search_title_related,
            cls.search_linked,
        )


# Rows written per UPDATE, and records whose links are read per query.
SEARCH_DOCUMENT_BATCH = 500


def store_search_documents(
    rows: models.QuerySet,
    fields: tuple,
    related: tuple = (),
    kind: str = "",
    title_related: tuple = (),
    linked: tuple = (),
) -> None:
    """Write the search document of every row of ``rows``, in batches. Takes
    the fields rather than the model's attributes so that migrations can pass
    the fields as they were, on historical models."""
    tables = {path.split(".")[0] for path in (*related, *title_related) if "." in path}
    rows = rows.select_related(*tables) if tables else rows
    batch = []
    for row in rows.iterator(chunk_size=SEARCH_DOCUMENT_BATCH):
        batch.append(row)
        if len(batch) == SEARCH_DOCUMENT_BATCH:
            _store_batch(batch, fields, related, kind, title_related, linked)
            batch = []
    if batch:
        _store_batch(batch, fields, related, kind, title_related, linked)


def _store_batch(batch: list, fields, related, kind, title_related, linked) -> None:
    model = type(batch[0])
    names = linked_texts(model, [row.pk for row in batch], linked) if linked else {}
    for row in batch:
        row.search_document = document_of(
            row, fields, related, kind, title_related, tuple(names.get(row.pk, ()))
        )
    model._base_manager.bulk_update(batch, ["search_document"])


def linked_texts(model: type[models.Model], pks: list, paths: tuple[str, ...]) -> dict:
    """For each record of ``model`` in ``pks``, the texts at the dotted
    ``paths`` (``parties.name_uk``: a many-to-many field of ``model``, then a
    column of the records it links to), in the links' order: one query per
    many-to-many field, whatever the number of records. Only published
    linked records, where they have a publication status: the public must
    not find a record by the name of an organisation it cannot see. Works on
    historical models in migrations too."""
    texts: dict = {pk: [] for pk in pks}
    columns_of: dict[str, list[str]] = {}
    for path in paths:
        relation, column = path.split(".", 1)
        columns_of.setdefault(relation, []).append(column)
    for relation, columns in columns_of.items():
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = through._base_manager.filter(**{f"{source}__in": pks})
        if any(f.name == "publication_status" for f in field.related_model._meta.fields):
            links = links.filter(**{f"{target}__publication_status": PublicationStatus.PUBLISHED})
        links = links.order_by(*(through._meta.ordering or ["pk"]))
        for pk, *values in links.values_list(source, *(f"{target}__{c}" for c in columns)):
            texts[pk].extend(values)
    return texts


def address_field(max_length: int = 120) -> models.SlugField:
    """The ``slug`` of a record with a page of its own: its address on the site."""
    return models.SlugField(
        _("address"),
        max_length=max_length,
        unique=True,
        help_text=_(
            "The record's address on the site: Latin letters, digits and hyphens. "
            "Changing it breaks links that others saved."
        ),
        # Django's own message names the field in the nominative case, which
        # does not read in Ukrainian («Захід з таким Адреса вже існує»).
        error_messages={"unique": _("Another record already uses this address.")},
    )


def constraint_errors_beside(instance: models.Model, fields: dict[str, str]) -> dict:
    """The errors of ``instance``'s check constraints named in ``fields``
    (constraint name → field name), each under the field staff got wrong, for
    ``clean()``. Django would report a failed check constraint above the whole
    form («The end date cannot be before the start date.» with no field
    marked); under the end date, it says which date to change. A constraint
    reported here is not checked again: Django skips the constraints on a
    field that already has an error."""
    errors: dict[str, list[ValidationError]] = {}
    for constraint in instance._meta.constraints:
        field = fields.get(constraint.name)
        if field is None:
            continue
        try:
            constraint.validate(type(instance), instance)
        except ValidationError as error:
            errors.setdefault(field, []).extend(error.error_list)
    return errors


def published_referrers(model: type[models.Model], relation: str) -> models.QuerySet:
    """The published records that point at the outer query's row of ``model``
    through its reverse ``relation`` (a foreign key or many-to-many field of
    theirs), for a correlated subquery."""
    reverse_relation = model._meta.get_field(relation)
    return (
        reverse_relation.related_model._default_manager.published()
        .filter(**{reverse_relation.field.name: OuterRef("pk")})
        .order_by()
    )


def published_count(model: type[models.Model], relation: str) -> Coalesce:
    """How many published records point at each row through ``relation``, for
    ``annotate``. Two counts over joins in one query would multiply the rows
    (every project of an area times every event of it); a subquery each keeps
    every count to its own table."""
    counted = (
        published_referrers(model, relation)
        .values(model._meta.get_field(relation).field.name)
        # COUNT(*), not COUNT(id): an index on (foreign key, publication
        # status) then answers it without reading the table.
        .annotate(count=Count("*"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


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
    order = models.PositiveSmallIntegerField(_("order"), default=0, db_index=True)
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


class ReferencedQuerySet(models.QuerySet):
    """Records that others point at: countries, organisations."""

    def with_published(self, relation: str):
        """Those that a published record refers to through ``relation``
        ("events", "projects", …): the choices of a list's country or
        partner filter, so that none leads to an empty list. A semi-join, so
        no DISTINCT over thousands of rows."""
        return self.filter(Exists(published_referrers(self.model, relation)))


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

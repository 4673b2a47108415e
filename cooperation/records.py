"""The bases every app's records build on: time stamps, publication (drafts
staff see and the public does not), the years and amounts of money a record
may hold, and the helpers records share: a page's address, check constraints
reported beside a field, counts of the published records that refer to one.

The stored search document, for records that site search finds, is in
``cooperation.searchable``."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models, router
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Years the office may record: independence of Ukraine to a generous future.
FIRST_YEAR = 1991
LAST_YEAR = 2100
year_validators = [MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]

# A place in a list (an order, a position) is a small whole number: PostgreSQL
# keeps it as smallint, up to 32,767, and refuses more with a form message.
# SQLite keeps any size, so a form there took 40,000, and a backup holding it
# would not restore into PostgreSQL: the same limit on both.
place_validators = [MaxValueValidator(32767)]

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


class ChecksBesideFields:
    """A record whose constraints are reported under the field staff got
    wrong: ``checks_beside_fields`` maps a check constraint's name to that
    field. Django would report a failed check constraint above the whole
    form («The end date cannot be before the start date.» with no field
    marked); under the end date, it says which date to change. A record
    words a constraint of its own there (``errors_beside_fields``: an
    application's number taken in its year).

    Checked with the record's other constraints, and like them not on a
    field in ``exclude``: one the form lacks (the list of memberships saves
    their positions alone, and does not ask the database to check their
    years for each row), or one staff got wrong already (no «number taken»
    in a year the form could not read, the stored one)."""

    checks_beside_fields: dict[str, str] = {}

    def validate_constraints(self, exclude=None) -> None:
        exclude = set(exclude or ())
        errors = self.errors_beside_fields(exclude)
        try:
            # Django skips the constraints on a field that has an error
            # already: a constraint reported here is not reported twice.
            super().validate_constraints(exclude=exclude | set(errors))
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def errors_beside_fields(self, exclude: set[str]) -> dict[str, list[ValidationError]]:
        """The errors of the constraints in ``checks_beside_fields``, each
        under its field; none on a field in ``exclude``."""
        using = router.db_for_write(type(self), instance=self)
        errors: dict[str, list[ValidationError]] = {}
        for constraint in self._meta.constraints:
            field = self.checks_beside_fields.get(constraint.name)
            if field is None:
                continue
            try:
                constraint.validate(type(self), self, exclude=exclude, using=using)
            except ValidationError as error:
                errors.setdefault(field, []).extend(error.error_list)
        return errors


def hold_writes_of(model: type[models.Model]) -> None:
    """Until the current transaction ends, nobody else adds, changes or
    deletes rows of ``model``: their writes wait, and so does another
    transaction calling this. For a value read from the other rows and
    written in a new one (the next place in a list), which two saves at the
    same moment would otherwise both read the same.

    PostgreSQL: the table's SHARE ROW EXCLUSIVE lock, which one transaction
    holds at a time and writers wait for. SQLite needs nothing: the portal
    begins its transactions as writers (settings: ``transaction_mode``
    IMMEDIATE), one at a time over the whole database, so a second one reads
    only once the first has committed."""
    using = router.db_for_write(model)
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")


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


class ReferencedQuerySet(models.QuerySet):
    """Records that others point at: countries, organisations."""

    def with_published(self, relation: str):
        """Those that a published record refers to through ``relation``
        ("events", "projects", …): the choices of a list's country or
        partner filter, so that none leads to an empty list. A semi-join, so
        no DISTINCT over thousands of rows."""
        return self.filter(Exists(published_referrers(self.model, relation)))

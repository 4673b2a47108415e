"""The year's headline figures: defined once, here. The home page, the report
page, the PDF and the tests all call ``headline_figures``.

Every figure is a count of published records, except the funds attracted,
which the office states on the year's annual report (the sum of recorded
awarded amounts is given beside it, for staff to compare).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q

from cooperation.models import AnnualReport
from events.models import Event
from partners.models import Memorandum
from projects.models import Application


@dataclass(frozen=True)
class HeadlineFigures:
    year: int
    memoranda_in_force: int
    events_attended: int
    events_held: int
    exhibitions: int
    applications: int
    applications_won: int
    funds_attracted: Decimal | None = None
    funds_currency: str = ""
    # Awarded amounts recorded on won applications, by currency.
    awarded_by_currency: dict[str, Decimal] = field(default_factory=dict)

    @property
    def events_with_international_partners(self) -> int:
        """Events the council attended plus events it held (the brochure's 14)."""
        return self.events_attended + self.events_held


def headline_figures(year: int, report: AnnualReport | None = None) -> HeadlineFigures:
    """Count the year's published records. Pass the year's report if the caller
    already has it, to save a query."""
    events = (
        Event.objects.published()
        .in_year(year)
        .aggregate(
            attended=Count("pk", filter=Q(council_role=Event.CouncilRole.ATTENDED)),
            held=Count("pk", filter=Q(council_role=Event.CouncilRole.ORGANISED)),
            exhibitions=Count("pk", filter=Q(council_role=Event.CouncilRole.EXHIBITED)),
        )
    )
    applications = (
        Application.objects.published()
        .of_year(year)
        .aggregate(total=Count("pk"), won=Count("pk", filter=Q(status=Application.Status.WON)))
    )
    if report is None:
        report = AnnualReport.objects.published().filter(year=year).first()
    return HeadlineFigures(
        year=year,
        memoranda_in_force=Memorandum.objects.published().in_force(year).count(),
        events_attended=events["attended"],
        events_held=events["held"],
        exhibitions=events["exhibitions"],
        applications=applications["total"],
        applications_won=applications["won"],
        funds_attracted=report.funds_attracted if report else None,
        funds_currency=report.funds_currency if report else "",
        awarded_by_currency=Application.objects.published().of_year(year).awarded_by_currency(),
    )


def latest_year() -> int | None:
    """The latest year with a published annual report, else with any event."""
    report_year = (
        AnnualReport.objects.published().order_by("-year").values_list("year", flat=True).first()
    )
    if report_year:
        return report_year
    last_event = (
        Event.objects.published()
        .order_by("-start_date")
        .values_list("start_date", flat=True)
        .first()
    )
    return last_event.year if last_event else None

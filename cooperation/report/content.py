"""What the yearly report says, assembled from the year's records.

``build_report_content`` reads every section of the brochure with a bounded
number of queries (no query per row) and returns plain objects that both the
PDF templates and the HTML page render. The headline figures come from
``cooperation.figures.headline_figures``; the lists shown beside them are the
same querysets, so a list and its figure always agree.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import npgettext, pgettext, pgettext_lazy

from cooperation.alphabet import sort_key
from cooperation.figures import HeadlineFigures, headline_figures
from cooperation.models import AnnualReport, Country, PriorityArea
from events.models import Event, EventPhoto
from partners.models import Membership, Memorandum, MemorandumParty, Organisation
from projects.models import (
    Application,
    ApplicationPartner,
    ParticipationRole,
    Programme,
    Project,
    ProjectParticipation,
)

from . import charts
from .formatting import (
    ClosingLine,
    Money,
    date_range,
    format_money,
    format_number,
    split_closing_line,
)
from .pdf import media_uri

# The headings the brochure gives the two kinds of memoranda (its wording, not
# the admin's labels), in the brochure's order.
MEMORANDUM_HEADINGS = {
    Memorandum.Category.INTERNATIONAL: pgettext_lazy(
        "report memoranda", "With international organisations"
    ),
    Memorandum.Category.CIVIL_SOCIETY: pgettext_lazy(
        "report memoranda",
        "With civil society organisations, charitable foundations and subsidiaries",
    ),
}

# How many characters of title the cover sets at full size (40 pt), and at
# the first smaller size (28 pt); tried on long words of both languages.
COVER_TITLE_FULL_SIZE = 60
COVER_TITLE_LONG = 110
# How many characters of title and year fit the running header's one line.
RUNNING_TITLE_LENGTH = 44
# How long a closing line the last page sets at full size (each part it
# lists counts for a line of its own).
CLOSING_LINE_FULL_SIZE = 110

# The report is a public document whoever renders it (a visitor, staff
# previewing a draft report, the export command): it names only what the
# public may see, never a draft organisation, programme or parent project.
PUBLIC = AnonymousUser()

# --- Sections -----------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """One chapter of the report: its anchor (for the contents and the PDF's
    bookmarks), its title and the template that renders it."""

    key: str
    title: str
    lead: str = ""

    @property
    def anchor(self) -> str:
        return f"section-{self.key}"

    @property
    def template(self) -> str:
        return f"report/sections/{self.key}.html"


@dataclass(frozen=True)
class ReportImage:
    """A logo or photo: its name in the media storage, which the PDF reads it
    by (on disk or on S3 alike), and its address, for the page."""

    name: str
    url: str
    alt: str
    caption: str = ""

    @property
    def pdf_source(self) -> str:
        return media_uri(self.name)


def _image(field_file, alt: str, caption: str = "") -> ReportImage | None:
    if not field_file:
        return None
    return ReportImage(name=field_file.name, url=field_file.url, alt=alt, caption=caption)


@dataclass(frozen=True)
class OrganisationEntry:
    organisation: Organisation
    logo: ReportImage | None

    @classmethod
    def of(cls, organisation: Organisation) -> OrganisationEntry:
        # The name is written beside the logo: the logo itself is decorative.
        return cls(organisation, _image(organisation.logo, alt=""))


@dataclass(frozen=True)
class ProjectEntry:
    project: Project
    partners: list[str]
    supporters: list[str]
    # The larger project it is part of, when its summary does not already say so.
    parent: Project | None = None


@dataclass(frozen=True)
class AreaProjects:
    area: PriorityArea
    projects: list[ProjectEntry]


@dataclass(frozen=True)
class MemorandaYear:
    year: int
    memoranda: list[Memorandum]


@dataclass(frozen=True)
class MemorandaGroup:
    category: str
    heading: str
    years: list[MemorandaYear]


@dataclass(frozen=True)
class EventFigureText:
    """“over 25,700 participants”: the parts, so the number can be set large."""

    value: str
    label: str
    over: bool = False

    def __str__(self) -> str:
        if self.over:
            return f"{pgettext('before a number', 'over')} {self.value} {self.label}"
        return f"{self.value} {self.label}"


@dataclass(frozen=True)
class EventEntry:
    event: Event
    dates: str
    place: str
    figures: list[EventFigureText]
    photos: list[ReportImage]


@dataclass(frozen=True)
class ApplicationEntry:
    application: Application
    donors: list[str]
    others: list[str]

    @property
    def result(self) -> str:
        status = self.application.status
        return str(charts.APPLICATION_RESULTS.get(status, self.application.get_status_display()))


@dataclass(frozen=True)
class FigureTile:
    value: str
    label: str
    emphasis: bool = False


@dataclass
class ReportContent:
    report: AnnualReport
    figures: HeadlineFigures
    memberships: list[OrganisationEntry] = field(default_factory=list)
    # The year every membership began, when they share one (the brochure's “since 2023”).
    member_since: int | None = None
    first_exhibitions: bool = False
    areas: list[PriorityArea] = field(default_factory=list)
    eu_countries: list[Country] = field(default_factory=list)
    other_countries: list[str] = field(default_factory=list)
    projects_by_area: list[AreaProjects] = field(default_factory=list)
    memoranda: list[MemorandaGroup] = field(default_factory=list)
    exhibitions: list[EventEntry] = field(default_factory=list)
    events_attended: list[EventEntry] = field(default_factory=list)
    events_held: list[EventEntry] = field(default_factory=list)
    applications: list[ApplicationEntry] = field(default_factory=list)
    funds: list[Money] = field(default_factory=list)
    tiles: list[FigureTile] = field(default_factory=list)
    closing: ClosingLine = field(default_factory=lambda: ClosingLine("", []))
    sections: list[Section] = field(default_factory=list)
    events_chart: str = ""
    applications_chart: str = ""

    @property
    def year(self) -> int:
        return self.report.year

    @property
    def cover_title(self) -> str:
        """The title without a trailing year: the cover sets the year apart."""
        title = self.report.title.strip()
        suffix = str(self.year)
        if title.endswith(suffix) and title[: -len(suffix)].strip():
            return title[: -len(suffix)].strip()
        return title

    @property
    def running_title(self) -> str:
        """The title and year as the running header gives them: whole if they
        fit the header's one line, else the title cut at a word with “…”."""
        name, year = " ".join(self.cover_title.split()), str(self.year)
        room = RUNNING_TITLE_LENGTH - len(year) - 1
        if len(name) > room:
            name = name[: room - 1].rsplit(" ", 1)[0].rstrip(" ,.:;–-") + "…"
        return f"{name} {year}"

    @property
    def cover_size(self) -> str:
        """How large the cover sets the title: in full size up to about four
        lines, smaller beyond, so that a long title (up to the 200 characters
        the admin allows) still leaves the cover one page, clear of the year
        and of the publisher at its foot."""
        length = len(self.cover_title)
        if length <= COVER_TITLE_FULL_SIZE:
            return ""
        return "long" if length <= COVER_TITLE_LONG else "longer"

    @property
    def closing_size(self) -> str:
        """“long” when the closing line would not fit its page at full size
        (the admin allows 300 characters), which then sets it smaller, so the
        publisher stays on the last page with it."""
        closing = self.closing
        length = len(closing.lead) + sum(len(item) + 12 for item in closing.items)
        return "long" if length > CLOSING_LINE_FULL_SIZE else ""

    @property
    def author(self) -> str:
        return self.report.publisher or _("Poltava Oblast Council")


def report_filename(year: int) -> str:
    """mizhnarodna-spivpratsia-2024.pdf (uk) / international-cooperation-2024.pdf (en)."""
    stem = slugify(
        pgettext("file name of the yearly report, Latin letters", "international-cooperation")
    )
    return f"{stem or 'international-cooperation'}-{year}.pdf"


# --- Reading the records ------------------------------------------------------


def _place(event: Event) -> str:
    if event.is_online:
        return pgettext("event place", "online")
    return event.place


def _event_figure(figure) -> EventFigureText:
    return EventFigureText(
        value=format_number(figure.value), label=figure.display_label, over=figure.is_lower_bound
    )


def _event_entry(event: Event, photo_limit: int) -> EventEntry:
    photos = [
        image
        for photo in event.photos.all()[:photo_limit]
        if (image := _image(photo.image, photo.alt_text, photo.caption))
    ]
    return EventEntry(
        event=event,
        dates=date_range(event.start_date, event.end_date),
        place=_place(event),
        figures=[_event_figure(figure) for figure in event.figures.all()],
        photos=photos,
    )


def _with_note(name: str, note: str) -> str:
    # A dash, not brackets: the name may end in its own («Європейський Союз
    # (ЄС) (ініціатива …)»).
    return f"{name} \N{EM DASH} {note}" if note else name


def _mentions(text: str, title: str) -> bool:
    """Whether ``text`` names ``title`` (case and line breaks aside)."""

    def words(value: str) -> str:
        return " ".join(value.split()).casefold()

    return bool(title.strip()) and words(title) in words(text)


def _project_entry(project: Project) -> ProjectEntry:
    partners, supporters = [], []
    for link in project.participations.all():
        name = _with_note(link.organisation.display_name, link.note)
        (supporters if link.role == ParticipationRole.FUNDING else partners).append(name)
    # A published parent only (prefetched); the brochure's component project
    # says whose part it is in its own text, so that is not said twice.
    parent = project.parent
    if parent is not None and _mentions(project.summary, parent.title):
        parent = None
    return ProjectEntry(project=project, partners=partners, supporters=supporters, parent=parent)


def _application_entry(application: Application) -> ApplicationEntry:
    donors, others = [], []
    for link in application.partner_links.all():
        name = link.organisation.display_name
        (donors if link.role == ApplicationPartner.Role.DONOR else others).append(name)
    programme = application.programme
    if programme and not donors and programme.organisation:
        donors.append(programme.organisation.display_name)
    return ApplicationEntry(application=application, donors=donors, others=others)


def _memorandum_sort_key(memorandum: Memorandum) -> tuple:
    """Within a year: by date of signing where known, then by the names the
    report prints (its parties, else its title) in the reader's alphabet. The
    slug is English: «Діти Героїв», «Форум…», «Інноваційні…» in that order
    followed no order a Ukrainian reader could see."""
    names = ", ".join(link.organisation.display_name for link in memorandum.party_links.all())
    return (
        memorandum.signed_on or datetime.date.max,
        sort_key(names or memorandum.title),
        memorandum.pk,
    )


def _memoranda_groups(memoranda: list[Memorandum]) -> list[MemorandaGroup]:
    by_category: dict[str, dict[int, list[Memorandum]]] = defaultdict(lambda: defaultdict(list))
    for memorandum in sorted(memoranda, key=_memorandum_sort_key):
        by_category[memorandum.category][memorandum.signed_year].append(memorandum)
    groups = []
    for category in Memorandum.Category.values:
        years = by_category.get(category)
        if not years:
            continue
        groups.append(
            MemorandaGroup(
                category=category,
                heading=str(MEMORANDUM_HEADINGS.get(category, category)),
                years=[MemorandaYear(year, years[year]) for year in sorted(years)],
            )
        )
    return groups


def _count_tiles(value: int, label: str) -> list[FigureTile]:
    """A count's tile; none for nought, which is no achievement («0 міжнародних
    виставок» on the page of achievements reads as a failure)."""
    return [FigureTile(format_number(value), label)] if value else []


def _tiles(figures: HeadlineFigures, funds: list[Money]) -> list[FigureTile]:
    """The achievements page, in the brochure's order; the money as stated."""
    memoranda = figures.memoranda_in_force
    events = figures.events_with_international_partners
    exhibitions, applications, won = (
        figures.exhibitions,
        figures.applications,
        figures.applications_won,
    )
    tiles = _count_tiles(
        memoranda, npgettext("report figure", "memorandum", "memoranda", memoranda)
    ) + _count_tiles(
        events,
        npgettext(
            "report figure",
            "event with international partners",
            "events with international partners",
            events,
        ),
    )
    tiles += [
        FigureTile(
            money.value,
            pgettext("report figure", "%(unit)s attracted from international partners")
            % {"unit": money.unit},
            emphasis=True,
        )
        for money in funds
    ]
    tiles += _count_tiles(
        exhibitions,
        npgettext(
            "report figure",
            "international exhibition",
            "international exhibitions",
            exhibitions,
        ),
    )
    tiles += _count_tiles(
        applications,
        npgettext(
            "report figure",
            "grant (project) application",
            "grant (project) applications",
            applications,
        ),
    )
    tiles += _count_tiles(
        won, npgettext("report figure", "application won", "applications won", won)
    )
    return tiles


def build_report_content(report: AnnualReport) -> ReportContent:
    """Everything the report shows for ``report.year``, in the active language."""
    year = report.year
    figures = headline_figures(year, report=report)
    content = ReportContent(report=report, figures=figures)

    memberships = _memberships(year)
    content.memberships = [OrganisationEntry.of(m.organisation) for m in memberships]
    since_years = {m.since_year for m in memberships}
    content.member_since = since_years.pop() if len(since_years) == 1 else None
    content.areas = list(PriorityArea.objects.all())
    content.eu_countries = sorted(Country.objects.eu_partners(), key=lambda c: sort_key(c.name))
    content.projects_by_area = _projects_by_area(year)
    content.memoranda = _memoranda_groups(_memoranda_in_force(year))

    # One query for the year's events of every kind; split by the council's role here.
    events = _events(year)
    roles = Event.CouncilRole
    content.exhibitions = [_event_entry(e, 3) for e in events if e.council_role == roles.EXHIBITED]
    content.events_attended = [
        _event_entry(e, 1) for e in events if e.council_role == roles.ATTENDED
    ]
    content.events_held = [_event_entry(e, 1) for e in events if e.council_role == roles.ORGANISED]
    content.first_exhibitions = bool(content.exhibitions) and not (
        Event.objects.published().exhibitions().filter(start_date__year__lt=year).exists()
    )
    content.other_countries = sorted(
        {
            e.country.name
            for e in events
            if e.country and not e.country.is_eu_member and e.country.iso_code != "UA"
        },
        key=sort_key,
    )

    applications = _applications(year)
    content.applications = [_application_entry(a) for a in applications]

    if figures.funds_attracted is not None:
        amounts = {figures.funds_currency: figures.funds_attracted}
    else:
        amounts = figures.awarded_by_currency
    # Like a count of nought, nothing attracted gets no tile («0 грн залучено»).
    content.funds = [format_money(total, currency) for currency, total in amounts.items() if total]
    content.tiles = _tiles(figures, content.funds)
    content.closing = split_closing_line(report.closing_line)

    content.events_chart = charts.events_by_month(year, events)
    content.applications_chart = charts.applications_by_status(applications)
    content.sections = _sections(content)
    return content


def _memberships(year: int) -> list[Membership]:
    return list(
        Membership.objects.visible_to(PUBLIC)
        .active_in(year)
        .select_related("organisation")  # in the order staff set (Membership.Meta.ordering)
    )


def _projects_by_area(year: int) -> list[AreaProjects]:
    """The council's partner projects running in ``year``, grouped by priority
    area in the areas' order."""
    participations = ProjectParticipation.objects.visible_to(PUBLIC).order_by("order", "id")
    projects = (
        Project.objects.published()
        .partner_projects()
        .active_in(year)
        .select_related("priority_area")
        .prefetch_related(
            Prefetch("participations", queryset=participations),
            Prefetch("parent", queryset=Project.objects.visible_to(PUBLIC)),
        )
        .order_by("priority_area__order", "priority_area__id", "slug")
    )
    by_area: dict[int, list[ProjectEntry]] = defaultdict(list)
    area_of: dict[int, PriorityArea] = {}
    for project in projects:
        by_area[project.priority_area_id].append(_project_entry(project))
        area_of[project.priority_area_id] = project.priority_area
    return [AreaProjects(area_of[pk], entries) for pk, entries in by_area.items()]


def _memoranda_in_force(year: int) -> list[Memorandum]:
    parties = MemorandumParty.objects.visible_to(PUBLIC).order_by("order", "id")
    return list(
        Memorandum.objects.published()
        .in_force(year)
        .prefetch_related(Prefetch("party_links", queryset=parties))
        .order_by("signed_year", "signed_on", "slug")
    )


def _events(year: int) -> list[Event]:
    """The year's published events of every kind, with their figures and photos."""
    return list(
        Event.objects.published()
        .in_year(year)
        .select_related("country")
        .prefetch_related(
            "figures", Prefetch("photos", queryset=EventPhoto.objects.order_by("order", "id"))
        )
        .order_by("start_date", "slug")
    )


def _applications(year: int) -> list[Application]:
    partner_links = ApplicationPartner.objects.visible_to(PUBLIC).order_by("order", "id")
    return list(
        Application.objects.published()
        .of_year(year)
        .select_related("priority_area")
        .prefetch_related(
            Prefetch("partner_links", queryset=partner_links),
            Prefetch("programme", queryset=Programme.objects.visible_to(PUBLIC)),
            Prefetch("programme__organisation", queryset=Organisation.objects.visible_to(PUBLIC)),
        )
        .order_by("number")
    )


def _sections(content: ReportContent) -> list[Section]:
    """The brochure's chapters, in its order; a chapter with nothing to show is left out."""
    year = content.year
    if content.member_since:
        memberships_lead = _(
            "Since %(year)s the Poltava Oblast Council has been a member "
            "of these international organisations:"
        ) % {"year": content.member_since}
    else:
        memberships_lead = _(
            "The Poltava Oblast Council is a member of these international organisations:"
        )
    if content.first_exhibitions:
        exhibitions_lead = _(
            "For the first time, the Poltava Oblast Council is an exhibitor "
            "at international exhibitions!"
        )
    else:
        exhibitions_lead = _("The Poltava Oblast Council exhibited at international exhibitions.")
    candidates = [
        (
            "memberships",
            content.memberships,
            _("Membership of international organisations"),
            memberships_lead,
        ),
        ("areas", content.areas, _("Priority areas of international cooperation"), ""),
        ("countries", content.eu_countries, _("International cooperation with EU countries"), ""),
        (
            "projects",
            content.projects_by_area,
            _("Partner projects"),
            _("The Poltava Oblast Council is a partner in these projects:"),
        ),
        ("memoranda", content.memoranda, _("Memoranda in force"), ""),
        ("exhibitions", content.exhibitions, _("Success story"), exhibitions_lead),
        (
            "events-attended",
            content.events_attended,
            _("International events attended in %(year)s") % {"year": year},
            _("International events in which the Poltava Oblast Council took part in %(year)s:")
            % {"year": year},
        ),
        ("events-held", content.events_held, _("Events held in %(year)s") % {"year": year}, ""),
        (
            "applications",
            content.applications,
            _("Grant and project applications %(year)s") % {"year": year},
            "",
        ),
        (
            "achievements",
            content.tiles or content.events_chart,
            _("Achievements %(year)s") % {"year": year},
            "",
        ),
    ]
    return [
        Section(key=key, title=title, lead=lead) for key, shown, title, lead in candidates if shown
    ]

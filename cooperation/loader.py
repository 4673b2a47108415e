"""Loads the brochure's records (``cooperation.data.year_2024``) into the database.

Records are found by their natural key (slug, ISO code, year and number). A
record that already exists is left as staff keep it, so running the loader on
every ``make run`` is safe and running it twice changes nothing; ``reset=True``
writes the brochure's values over an existing record (links included).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from cooperation.data import year_2024 as data
from cooperation.models import AnnualReport, Country, PriorityArea
from cooperation.records import PublicationStatus
from cooperation.search_documents import refresh_documents, refreshed_once
from events.models import Event, EventFigure
from partners.models import Membership, Memorandum, MemorandumParty, Organisation
from projects.models import (
    Application,
    ApplicationPartner,
    Programme,
    Project,
    ProjectParticipation,
)

PUBLISHED = PublicationStatus.PUBLISHED


def translated(field_name: str, text: data.T) -> dict[str, str]:
    return {f"{field_name}_uk": text.uk, f"{field_name}_en": text.en}


@dataclass
class LoadResult:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        if not self.created and not self.updated:
            return "Nothing to do: every record of 2024 is already loaded."
        parts = [f"{name}: {n} created" for name, n in sorted(self.created.items())]
        parts += [f"{name}: {n} reset" for name, n in sorted(self.updated.items())]
        return "; ".join(parts) + "."


class _Loader:
    def __init__(self, reset: bool):
        self.reset = reset
        self.result = LoadResult()

    def put(self, model, lookup: dict, values: dict):
        """Create the record, or overwrite it when resetting. Returns the record
        and whether its links should be (re)written."""
        instance = model.objects.filter(**lookup).first()
        # The model's label, not its translated name: "16 заходи" would need
        # the plural form of each number, and this summary is for whoever runs it.
        label = model._meta.label
        if instance is None:
            instance = model(**lookup, **values)
            instance.save()
            self.result.created[str(label)] += 1
            return instance, True
        if self.reset:
            for name, value in values.items():
                setattr(instance, name, value)
            instance.save()
            self.result.updated[str(label)] += 1
            return instance, True
        return instance, False

    def run(self) -> LoadResult:
        areas = self.load_areas()
        countries = self.load_countries()
        organisations = self.load_organisations(countries)
        self.load_memberships(organisations)
        self.load_memoranda(organisations)
        projects = self.load_projects(areas, countries, organisations)
        self.load_events(areas, countries, organisations, projects)
        self.load_applications(areas, organisations, projects)
        self.load_annual_report()
        return self.result

    def load_areas(self) -> dict[str, PriorityArea]:
        areas = {}
        for order, (slug, name, icon, colour) in enumerate(data.PRIORITY_AREAS, start=1):
            areas[slug], _ = self.put(
                PriorityArea,
                {"slug": slug},
                {**translated("name", name), "icon": icon, "colour": colour, "order": order},
            )
        return areas

    def load_countries(self) -> dict[str, Country]:
        countries = {}
        for code, name, is_eu, is_partner, latitude, longitude in data.COUNTRIES:
            countries[code], _ = self.put(
                Country,
                {"iso_code": code},
                {
                    **translated("name", name),
                    "is_eu_member": is_eu,
                    "is_cooperation_partner": is_partner,
                    "latitude": latitude,
                    "longitude": longitude,
                },
            )
        return countries

    def load_organisations(self, countries) -> dict[str, Organisation]:
        organisations = {}
        for slug, kind, country, name, short_name, website in data.ORGANISATIONS:
            if not isinstance(short_name, data.T):  # an acronym in both languages
                short_name = data.T(short_name, short_name)
            organisations[slug], _ = self.put(
                Organisation,
                {"slug": slug},
                {
                    **translated("name", name),
                    **translated("short_name", short_name),
                    "kind": kind,
                    "country": countries.get(country),
                    "website": website,
                    "publication_status": PUBLISHED,
                },
            )
        return organisations

    def load_memberships(self, organisations) -> None:
        # Placed in the brochure's order; a membership there already keeps
        # the place staff gave it, unless resetting.
        for position, (slug, since, role) in enumerate(data.MEMBERSHIPS, start=1):
            self.put(
                Membership,
                {"organisation": organisations[slug], "since_year": since},
                {
                    **translated("role", role),
                    "position": position,
                    "publication_status": PUBLISHED,
                },
            )

    def load_memoranda(self, organisations) -> None:
        for slug, category, year, party_slugs in data.MEMORANDA:
            parties = [organisations[s] for s in party_slugs]
            title = data.T(
                data.MEMORANDUM_TITLE.uk.format(parties=", ".join(p.name_uk for p in parties)),
                data.MEMORANDUM_TITLE.en.format(parties=", ".join(p.name_en for p in parties)),
            )
            memorandum, write_links = self.put(
                Memorandum,
                {"slug": slug},
                {
                    **translated("title", title),
                    "category": category,
                    "signed_year": year,
                    "publication_status": PUBLISHED,
                },
            )
            if write_links:
                memorandum.party_links.all().delete()
                MemorandumParty.objects.bulk_create(
                    MemorandumParty(memorandum=memorandum, organisation=party, order=order)
                    for order, party in enumerate(parties)
                )
                # Inserted in bulk, without signals: its document quotes them.
                refresh_documents(Memorandum, [memorandum.pk])

    def load_projects(self, areas, countries, organisations) -> dict[str, Project]:
        projects = {}
        for entry in data.PROJECTS:
            project, write_links = self.put(
                Project,
                {"slug": entry["slug"]},
                {
                    **translated("title", entry["title"]),
                    **translated("summary", entry["summary"]),
                    **translated("council_role", entry["council_role"]),
                    "priority_area": areas[entry["area"]],
                    "is_council_partner": entry.get("is_council_partner", True),
                    "parent": projects.get(entry.get("parent")),
                    "status": Project.Status.IMPLEMENTATION,
                    "publication_status": PUBLISHED,
                },
            )
            projects[entry["slug"]] = project
            if write_links:
                project.countries.set([countries[code] for code in entry["countries"]])
                project.participations.all().delete()
                ProjectParticipation.objects.bulk_create(
                    ProjectParticipation(
                        project=project,
                        organisation=organisations[slug],
                        role=role,
                        order=order,
                        **translated("note", note),
                    )
                    for order, (slug, role, note) in enumerate(entry["participants"])
                )
                refresh_documents(Project, [project.pk])
        return projects

    def load_events(self, areas, countries, organisations, projects) -> None:
        empty = data.T("", "")
        for entry in data.EVENTS:
            event, write_links = self.put(
                Event,
                {"slug": entry["slug"]},
                {
                    **translated("title", entry["title"]),
                    **translated("city", entry.get("city", empty)),
                    **translated("summary", entry.get("summary", empty)),
                    **translated("presented", entry.get("presented", empty)),
                    "start_date": entry["start"],
                    "end_date": entry.get("end"),
                    "country": countries.get(entry.get("country")),
                    "is_online": entry.get("online", False),
                    "council_role": entry["role"],
                    "format": entry["format"],
                    "priority_area": areas.get(entry.get("area")),
                    "publication_status": PUBLISHED,
                },
            )
            if write_links:
                event.organisations.set([organisations[s] for s in entry.get("organisations", [])])
                event.projects.set([projects[s] for s in entry.get("projects", [])])
                event.figures.all().delete()
                EventFigure.objects.bulk_create(
                    EventFigure(
                        event=event, kind=kind, value=value, is_lower_bound=over, order=order
                    )
                    for order, (kind, value, over) in enumerate(entry.get("figures", []))
                )

    def load_applications(self, areas, organisations, projects) -> None:
        programmes = {}
        for slug, name, organisation in data.PROGRAMMES:
            programmes[slug], _ = self.put(
                Programme,
                {"slug": slug},
                {
                    **translated("name", name),
                    "organisation": organisations.get(organisation),
                    "publication_status": PUBLISHED,
                },
            )
        for entry in data.APPLICATIONS:
            application, write_links = self.put(
                Application,
                {"year": data.YEAR, "number": entry["number"]},
                {
                    **translated("title", entry["title"]),
                    **translated("summary", entry.get("summary", data.T("", ""))),
                    "status": entry["status"],
                    "programme": programmes.get(entry.get("programme")),
                    "priority_area": areas.get(entry.get("area")),
                    "project": projects.get(entry.get("project")),
                    "publication_status": PUBLISHED,
                },
            )
            if write_links:
                application.partner_links.all().delete()
                ApplicationPartner.objects.bulk_create(
                    ApplicationPartner(
                        application=application,
                        organisation=organisations[slug],
                        role=role,
                        order=order,
                    )
                    for order, (slug, role) in enumerate(entry["partners"])
                )
                refresh_documents(Application, [application.pk])

    def load_annual_report(self) -> None:
        report = data.ANNUAL_REPORT
        self.put(
            AnnualReport,
            {"year": data.YEAR},
            {
                **translated("title", report["title"]),
                **translated("introduction", report["introduction"]),
                **translated("closing_line", report["closing_line"]),
                **translated("publisher", report["publisher"]),
                "funds_attracted": report["funds_attracted"],
                "funds_currency": report["funds_currency"],
                "publication_status": PUBLISHED,
            },
        )


def load_year_2024(*, reset: bool = False) -> LoadResult:
    """Create every record of the 2024 brochure that is not in the database yet."""
    # Each record's search document once, after all its links are written.
    with transaction.atomic(), refreshed_once():
        return _Loader(reset=reset).run()

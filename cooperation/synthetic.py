"""Synthetic records for benchmarks: many times the brochure's year, in both
languages, linked like the real data, and easy to remove again.

``generate(scale=10, events=10_000)`` spreads ten times the 2024 volume of every
record type, and 10,000 events, over the years around 2024;
``generate(scale=10, year=2031)`` puts ten times 2024's records, with an annual
report and its funds, into the one year 2031. ``delete()`` removes what either
made. The command ``generate_synthetic_data`` calls both.

The real records are never touched, and the 2024 headline figures do not move:
nothing synthetic happens in 2024, and what happens before it ended before 2024
(memoranda expired, memberships over, projects closed). Synthetic records link
only to each other and to the shared priority areas and countries.

Every record is recognisable: slugs start with ``synthetic-<batch>-`` (the
batch is the year, or ``mix`` for the spread), applications and memberships hang
off synthetic programmes and organisations, and annual reports say "synthetic
data" in their title. Running the same batch again replaces it. Records are
written with ``bulk_create``, which sends no signals: the site revision is
moved on at the end, so that no process serves pages, values or pieces of
pages from before (clearing this process's cache would reach no other); and
the organisations of a memorandum, project, application or event are drawn
before it is saved, so that its search document quotes their names from the
start, not in a second write of every document.
"""

from __future__ import annotations

import datetime
import random
from collections import Counter
from decimal import Decimal

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Max
from django.utils import translation
from django.utils.text import slugify

from cooperation.cache import bump_revision
from cooperation.data import year_2024 as real
from cooperation.data.year_2024 import T
from cooperation.models import AnnualReport, Country, PriorityArea
from cooperation.records import FIRST_YEAR, LAST_YEAR, PublicationStatus
from cooperation.search_documents import refreshed_once
from events.models import Event, EventFigure
from partners.models import (
    Membership,
    Memorandum,
    MemorandumParty,
    Organisation,
    next_membership_position,
)
from projects.models import (
    Application,
    ApplicationPartner,
    Programme,
    Project,
    ProjectParticipation,
)

PREFIX = "synthetic-"
REAL_YEAR = real.YEAR
# The spread: ten years of history before the real year, and the years after it.
PAST_YEARS = tuple(range(REAL_YEAR - 10, REAL_YEAR))
LATER_YEARS = tuple(range(REAL_YEAR + 1, REAL_YEAR + 4))
# Whatever happened before the real year ended before it began.
HISTORY_ENDS = datetime.date(REAL_YEAR - 1, 12, 31)
REPORT_MARK = T("синтетичні дані", "synthetic data")
CHUNK = 1000
# bulk_create fills the untranslated column of a translated field from the
# active language: keep it the default one, as a save in the admin would.
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
PUBLISHED = PublicationStatus.PUBLISHED

# How many records of each kind the real year has: one unit of ``scale``.
VOLUME_2024 = {
    "organisations": len(real.ORGANISATIONS),
    "memberships": len(real.MEMBERSHIPS),
    "memoranda": len(real.MEMORANDA),
    "projects": len(real.PROJECTS),
    "programmes": len(real.PROGRAMMES),
    "applications": len(real.APPLICATIONS),
    "events": len(real.EVENTS),
}

# Word lists: each entry is the same words in Ukrainian and English. Topics are
# in the Ukrainian genitive so they fit after «з питань», «розвиток», «щодо».
TOPICS = [
    T("польської мови", "the Polish language"),
    T("енергоефективності", "energy efficiency"),
    T("реабілітації ветеранів", "veterans' rehabilitation"),
    T("цифрових послуг", "digital services"),
    T("об'єднаних громад", "amalgamated communities"),
    T("здоров'я громад", "community health"),
    T("пам'яток архітектури", "architectural heritage"),
    T("чистої води", "clean water"),
    T("малого бізнесу", "small business"),
    T("молодіжної участі", "youth participation"),
    T("шкільної освіти", "school education"),
    T("зв'язків між регіонами", "links between regions"),
    T("інтеграції ВПО", "the integration of IDPs"),
    T("відновлення інфраструктури", "infrastructure recovery"),
    T("адаптації до змін клімату", "climate change adaptation"),
    T("місцевої демократії", "local democracy"),
    T("сім'ї та дитинства", "family and childhood"),
    T("інвестицій у переробку", "investment in processing"),
]
BRANDS = [
    T("Об'єднані громади", "United Communities"),
    T("Прем'єр Плюс", "Premier Plus"),
    T("Сім'я і громада", "Family and Community"),
    T("Зелена Полтавщина", "Green Poltava Region"),
    T("Відкрите місто", "Open City"),
    T("Дніпрові зорі", "Dnipro Stars"),
    T("Здоров'я нації", "Health of the Nation"),
    T("Пам'ять і майбутнє", "Memory and Future"),
    T("Нова освіта", "New Education"),
    T("Разом сильніші", "Stronger Together"),
    T("Ворскла", "Vorskla"),
    T("Сузір'я", "Constellation"),
    T("Безпечна громада", "Safe Community"),
    T("Європейський вибір", "European Choice"),
    T("Подих степу", "Breath of the Steppe"),
    T("Криниця", "Wellspring"),
]
REGIONS = [
    T("Мазовії", "Mazovia"),
    T("Люблінського воєводства", "Lublin Voivodeship"),
    T("Каталонії", "Catalonia"),
    T("Баварії", "Bavaria"),
    T("Тоскани", "Tuscany"),
    T("Валлонії", "Wallonia"),
    T("Окситанії", "Occitania"),
    T("Саксонії", "Saxony"),
]
TOWNS = [
    T("Полтава", "Poltava"),
    T("Кременчук", "Kremenchuk"),
    T("Миргород", "Myrhorod"),
    T("Лубни", "Lubny"),
    T("Гадяч", "Hadiach"),
    T("Пирятин", "Pyriatyn"),
    T("Карлівка", "Karlivka"),
    T("Хорол", "Khorol"),
    T("Лохвиця", "Lokhvytsia"),
    T("Кобеляки", "Kobeliaky"),
]
TOWN_COUNCIL = T("{uk} міська рада", "{en} City Council")
# City, country: where events abroad take place.
CITIES_ABROAD = [
    (T("Варшава", "Warsaw"), "PL"),
    (T("Краків", "Kraków"), "PL"),
    (T("Ланьцут", "Łańcut"), "PL"),
    (T("Люксембург", "Luxembourg"), "LU"),
    (T("Страссен", "Strassen"), "LU"),
    (T("Страсбург", "Strasbourg"), "FR"),
    (T("Ліон", "Lyon"), "FR"),
    (T("Барселона", "Barcelona"), "ES"),
    (T("Мадрид", "Madrid"), "ES"),
    (T("Брюссель", "Brussels"), "BE"),
    (T("Берлін", "Berlin"), "DE"),
    (T("Мюнхен", "Munich"), "DE"),
    (T("Рим", "Rome"), "IT"),
    (T("Мілан", "Milan"), "IT"),
    (T("Батумі", "Batumi"), "GE"),
]
ORGANISATION_NAMES = {
    "international": T("Європейська мережа з питань {uk}", "European Network for {en}"),
    "agency": T("Агенція регіонального розвитку {uk}", "{en} Regional Development Agency"),
    "bank": T("Банк розвитку «{uk}»", "{en} Development Bank"),
    "donor": T("Грантова програма «{uk}»", "{en} Grant Programme"),
    "ngo": T("Громадська організація «{uk}»", "NGO “{en}”"),
    "foundation": T("Благодійний фонд «{uk}»", "{en} Charitable Foundation"),
    "council": TOWN_COUNCIL,
    "company": T("ТОВ «{uk}»", "{en} LLC"),
}
# Which word list fills each kind of organisation name.
ORGANISATION_WORDS = {"international": TOPICS, "agency": REGIONS, "council": TOWNS}
PROJECT_TITLES = [
    T("Підтримка {uk} на Полтавщині", "Supporting {en} in Poltava region"),
    T(
        "Розвиток {uk} у громадах Полтавської області",
        "Developing {en} in the communities of Poltava Oblast",
    ),
    T("Партнерство заради {uk}", "Partnership for {en}"),
    T("Європейський досвід {uk} для України", "European experience of {en} for Ukraine"),
]
EVENT_TITLES = {
    "conference": T("Міжнародна конференція з питань {uk}", "International conference on {en}"),
    "forum": T("Форум партнерів з питань {uk}", "Partners' forum on {en}"),
    "assembly": T("Генеральна асамблея мережі з питань {uk}", "General assembly on {en}"),
    "festival": T("Фестиваль {uk}", "Festival of {en}"),
    "meeting": T("Робоча зустріч щодо {uk}", "Working meeting on {en}"),
    "exhibition": T("Міжнародна виставка {uk}", "International exhibition of {en}"),
    "camp": T("Навчальний табір з {uk}", "Training camp on {en}"),
    "contest": T("Конкурс знань з {uk}", "Knowledge contest on {en}"),
    "round_table": T("Круглий стіл з питань {uk}", "Round table on {en}"),
    "panel": T("Дискусійна панель щодо {uk}", "Panel discussion on {en}"),
}
SUMMARY = T(
    "Спільна ініціатива з партнерами з питань {uk}: обмін досвідом, пам'ятка для громад "
    "і план дій.",
    "A joint initiative with partners on {en}: sharing experience, a guide for communities and an "
    "action plan.",
)
PRESENTED = T(
    "медичні проєкти області, що потребують інвестицій\nтовари полтавських виробників\n"
    "інвестиційні об'єкти громад",
    "the region's medical projects that need investment\ngoods of Poltava producers\n"
    "community sites open to investment",
)
MEMBERSHIP_ROLES = [
    T("член", "member"),
    T("асоційований член", "associate member"),
    T("спостерігач", "observer"),
]
APPLICATION_TITLES = [
    T("«Посилення спроможності громад у сфері {uk}»", "“Building community capacity in {en}”"),
    T("«Кращі практики {uk} для Полтавщини»", "“Good practice in {en} for Poltava region”"),
    T("«Мережа партнерів з питань {uk}»", "“A partner network on {en}”"),
]
PARTNER = T("партнер", "partner")
EVENT_FIGURES = {
    "exhibition": [("participants", 25_700, True), ("countries", 130, False)],
    "camp": [("teachers", 10, False)],
    "round_table": [("schools", 16, False)],
    "contest": [("students", 22, False), ("schools", 11, False)],
}
MULTI_DAY_FORMATS = {"assembly", "festival", "exhibition", "camp", "conference"}


def translated(field_name: str, text: T, word: T | None = None) -> dict[str, str]:
    """``{field}_uk`` and ``{field}_en``; a template's ``{uk}``/``{en}`` take ``word``."""
    if word is None:
        return {f"{field_name}_uk": text.uk, f"{field_name}_en": text.en}
    return {
        f"{field_name}_uk": text.uk.format(uk=word.uk),
        f"{field_name}_en": text.en.format(en=word.en),
    }


def batch_prefix(year: int | None) -> str:
    """``synthetic-2031-`` for a one-year batch, ``synthetic-mix-`` for the spread."""
    return f"{PREFIX}{year or 'mix'}-"


def report_title(year: int, batch: str) -> T:
    return T(
        f"Міжнародна співпраця {year} ({REPORT_MARK.uk}, {batch})",
        f"International cooperation {year} ({REPORT_MARK.en}, {batch})",
    )


class _Generator:
    def __init__(self, *, scale: int, events: int, year: int | None, seed: int):
        self.scale, self.event_count, self.year = scale, events, year
        self.rng = random.Random(seed)
        self.prefix = batch_prefix(year)
        self.years = (year,) if year else PAST_YEARS + LATER_YEARS
        self.counts: Counter = Counter()
        self.areas = list(PriorityArea.objects.order_by("order", "id"))
        self.countries = Country.objects.in_bulk(field_name="iso_code")
        if not self.areas or not self.countries:
            raise ValueError(
                "Synthetic records use the priority areas and countries: load the 2024 "
                "records first (manage.py load_2024)."
            )

    # Helpers ------------------------------------------------------------------

    def pick_year(self, i: int) -> int:
        return self.years[i % len(self.years)]

    def day_in(self, year: int) -> datetime.date:
        return datetime.date(year, 1, 1) + datetime.timedelta(days=self.rng.randrange(365))

    def ended(self, year: int, start: datetime.date, max_days: int) -> datetime.date | None:
        """An end for a record that started in ``year``: before the real year
        for records of earlier years (their end is then never empty)."""
        if year >= REAL_YEAR:
            return None
        return min(start + datetime.timedelta(days=self.rng.randrange(1, max_days)), HISTORY_ENDS)

    def slug(self, kind: str, i: int, title_en: str) -> str:
        return f"{self.prefix}{kind}-{i:05d}-{slugify(title_en)[:60]}".rstrip("-")

    def save(self, model, objects: list, *, linked: list | None = None) -> list:
        """bulk_create in chunks; counted under the model's label, as delete() counts.
        ``linked``: for each object, the organisations it is linked to next,
        whose names its search document quotes (SearchableQuerySet.bulk_create)."""
        created = []
        for start in range(0, len(objects), CHUNK):
            chunk = {"linked": linked[start : start + CHUNK]} if linked is not None else {}
            created += model.objects.bulk_create(objects[start : start + CHUNK], **chunk)
        self.counts[model._meta.label] += len(created)
        return created

    # Records ------------------------------------------------------------------

    def run(self) -> Counter:
        organisations = self.make_organisations()
        by_kind: dict[str, list[Organisation]] = {}
        for organisation in organisations:
            by_kind.setdefault(organisation.kind, []).append(organisation)
        self.make_memberships(by_kind)
        self.make_memoranda(by_kind)
        projects = self.make_projects(organisations)
        programmes = self.make_programmes(by_kind)
        self.make_applications(programmes, organisations, projects)
        self.make_events(organisations, projects)
        self.make_reports()
        return self.counts

    def make_organisations(self) -> list[Organisation]:
        """The real year's mix of kinds and countries, ``scale`` times over."""
        objects = []
        for i in range(self.scale * VOLUME_2024["organisations"]):
            _slug, kind, iso_code, *_ = real.ORGANISATIONS[i % len(real.ORGANISATIONS)]
            word = self.rng.choice(ORGANISATION_WORDS.get(kind, BRANDS))
            names = translated("name", ORGANISATION_NAMES[kind], word=word)
            short = "".join(w[0] for w in names["name_en"].split() if w[:1].isupper())[:6]
            if kind not in {"international", "agency", "bank", "donor"}:
                short = ""
            objects.append(
                Organisation(
                    **names,
                    short_name_uk=short,
                    short_name_en=short,
                    slug=self.slug("org", i, names["name_en"]),
                    kind=kind,
                    country=self.countries.get(iso_code),
                    website=f"https://{self.prefix}{i}.example.org/",
                    **translated("description", SUMMARY, word=self.rng.choice(TOPICS)),
                    publication_status=PUBLISHED,
                )
            )
        return self.save(Organisation, objects)

    def make_memberships(self, by_kind) -> None:
        networks = by_kind.get("international", []) + by_kind.get("donor", [])
        objects = []
        # After the memberships there already, numbered here: left to the
        # default, each unsaved row would read the same last number.
        after = next_membership_position()
        for i in range(min(self.scale * VOLUME_2024["memberships"], len(networks))):
            since = self.pick_year(i)
            end = self.ended(since, datetime.date(since, 1, 1), 4 * 365)
            objects.append(
                Membership(
                    organisation=networks[i],
                    since_year=since,
                    until_year=end.year if end else None,
                    **translated("role", self.rng.choice(MEMBERSHIP_ROLES)),
                    position=after + i,
                    publication_status=PUBLISHED,
                )
            )
        self.save(Membership, objects)

    def make_memoranda(self, by_kind) -> None:
        international = by_kind.get("international", []) + by_kind.get("agency", [])
        civil = [o for k in ("ngo", "foundation", "council", "company") for o in by_kind.get(k, [])]
        memoranda, party_lists = [], []
        for i in range(self.scale * VOLUME_2024["memoranda"]):
            # Two in ten with international organisations, as in the brochure.
            is_international = i % 10 < 2
            pool = international if is_international else civil
            parties = self.rng.sample(pool, 4 if i % 10 == 4 else 1)
            year = self.pick_year(i)
            signed_on = self.day_in(year) if self.rng.random() < 0.7 else None
            valid_until = self.ended(year, signed_on or datetime.date(year, 12, 31), 5 * 365)
            if year > REAL_YEAR and i % 2:
                valid_until = datetime.date(year + 3, 12, 31)
            title = T(
                real.MEMORANDUM_TITLE.uk.format(parties=", ".join(p.name_uk for p in parties)),
                real.MEMORANDUM_TITLE.en.format(parties=", ".join(p.name_en for p in parties)),
            )
            memoranda.append(
                Memorandum(
                    **translated("title", title),
                    **translated("summary", SUMMARY, word=self.rng.choice(TOPICS)),
                    slug=self.slug("memorandum", i, parties[0].name_en),
                    category="international" if is_international else "civil_society",
                    signed_on=signed_on,
                    signed_year=year,
                    valid_until=valid_until,
                    registration_number=f"{i + 1}/{year}" if i % 3 == 0 else "",
                    publication_status=PUBLISHED,
                )
            )
            party_lists.append(parties)
        memoranda = self.save(Memorandum, memoranda, linked=party_lists)
        links = [
            MemorandumParty(memorandum=memorandum, organisation=party, order=order)
            for memorandum, parties in zip(memoranda, party_lists, strict=True)
            for order, party in enumerate(parties)
        ]
        self.save(MemorandumParty, links)

    def project(self, i: int, *, parent: Project | None = None) -> Project:
        word = self.rng.choice(TOPICS)
        title = translated("title", self.rng.choice(PROJECT_TITLES), word=word)
        year = self.pick_year(i)
        start = self.day_in(year)
        end = self.ended(year, start, 3 * 365)
        if end is None and self.rng.random() < 0.5:
            end = start + datetime.timedelta(days=self.rng.randrange(180, 1100))
        return Project(
            **title,
            **translated("summary", SUMMARY, word=word),
            **translated("description", SUMMARY, word=word),
            **translated("council_role", PARTNER if parent or i % 6 else T("", "")),
            slug=self.slug("project", i, title["title_en"]),
            priority_area=self.areas[i % len(self.areas)],
            is_council_partner=parent is not None or i % 6 != 0,
            status=Project.Status.CLOSED if year < REAL_YEAR else Project.Status.IMPLEMENTATION,
            start_date=start,
            end_date=end,
            budget=Decimal(self.rng.randrange(20, 2_000) * 1_000),
            parent=parent,
            website=f"https://{self.prefix}project-{i}.example.org/",
            publication_status=PUBLISHED,
        )

    def make_projects(self, organisations) -> list[Project]:
        total = self.scale * VOLUME_2024["projects"]
        # One in six is a larger project that the next one belongs to, as in 2024.
        parents = [self.project(i) for i in range(0, total, 6)]
        children = [
            self.project(i, parent=parents[i // 6] if i % 6 == 1 else None)
            for i in range(total)
            if i % 6
        ]
        projects = parents + children
        partner_countries = [c for c in self.countries.values() if c.is_cooperation_partner]
        roles = ["implementing", "funding", "implementing", "accountable"]
        # Drawn before the projects are saved, so that their documents quote
        # their participants; in the same order of draws as ever, so that a
        # seed still gives the same records.
        draws = [
            (
                self.rng.sample(organisations, 3),
                self.rng.sample(partner_countries, min(2, len(partner_countries))),
            )
            for _project in projects
        ]
        participants = [chosen for chosen, _countries in draws]
        self.save(Project, parents, linked=participants[: len(parents)])
        self.save(Project, children, linked=participants[len(parents) :])
        participations, country_links = [], []
        for project, (chosen, countries) in zip(projects, draws, strict=True):
            for order, organisation in enumerate(chosen):
                participations.append(
                    ProjectParticipation(
                        project=project,
                        organisation=organisation,
                        role=roles[order],
                        order=order,
                        note_uk="",
                        note_en="",
                    )
                )
            for country in countries:
                country_links.append(Project.countries.through(project=project, country=country))
        self.save(ProjectParticipation, participations)
        self.save(Project.countries.through, country_links)
        return projects

    def make_programmes(self, by_kind) -> list[Programme]:
        donors = [o for k in ("donor", "agency", "international") for o in by_kind.get(k, [])]
        objects = []
        for i in range(self.scale * VOLUME_2024["programmes"]):
            organisation = donors[i % len(donors)]
            name = translated(
                "name",
                T("Конкурс «{uk}»", "Call “{en}”"),
                word=self.rng.choice(BRANDS),
            )
            objects.append(
                Programme(
                    **name,
                    slug=self.slug("programme", i, name["name_en"]),
                    organisation=organisation,
                    publication_status=PUBLISHED,
                )
            )
        return self.save(Programme, objects)

    def make_applications(self, programmes, organisations, projects) -> None:
        numbers = dict(
            Application.objects.filter(year__in=self.years)
            .values("year")
            .annotate(last=Max("number"))
            .values_list("year", "last")
        )
        applications, partner_lists = [], []
        for i in range(self.scale * VOLUME_2024["applications"]):
            year = self.pick_year(i)
            numbers[year] = numbers.get(year, 0) + 1
            status = real.APPLICATIONS[i % len(real.APPLICATIONS)]["status"]
            won = status == Application.Status.WON
            programme = programmes[i % len(programmes)]
            word = self.rng.choice(TOPICS)
            requested = Decimal(self.rng.randrange(10, 500) * 1_000)
            applications.append(
                Application(
                    year=year,
                    number=numbers[year],
                    **translated("title", self.rng.choice(APPLICATION_TITLES), word=word),
                    **translated("summary", SUMMARY, word=word),
                    programme=programme,
                    priority_area=self.areas[i % len(self.areas)],
                    status=status,
                    submitted_on=self.day_in(year),
                    amount_requested=requested,
                    amount_awarded=requested if won else None,
                    project=projects[i % len(projects)] if won and i % 2 else None,
                    publication_status=PUBLISHED,
                )
            )
            others = [o for o in self.rng.sample(organisations, 2) if o != programme.organisation]
            partner_lists.append(
                [(programme.organisation, "donor")] + [(o, "partner") for o in others]
            )
        linked = [[organisation for organisation, _role in partners] for partners in partner_lists]
        applications = self.save(Application, applications, linked=linked)
        links = [
            ApplicationPartner(application=application, organisation=org, role=role, order=order)
            for application, partners in zip(applications, partner_lists, strict=True)
            for order, (org, role) in enumerate(partners)
        ]
        self.save(ApplicationPartner, links)

    def event(self, i: int) -> Event:
        pattern = real.EVENTS[i % len(real.EVENTS)]
        role, event_format = pattern["role"], pattern["format"]
        year = self.rng.choice(self.years)
        start = self.day_in(year)
        end = None
        if event_format in MULTI_DAY_FORMATS and self.rng.random() < 0.6:
            end = start + datetime.timedelta(days=self.rng.randrange(1, 8))
        online = self.rng.random() < 0.06
        if role == Event.CouncilRole.ORGANISED and self.rng.random() < 0.85:
            city, iso_code = self.rng.choice(TOWNS), "UA"
        else:
            city, iso_code = self.rng.choice(CITIES_ABROAD)
        word = self.rng.choice(TOPICS)
        title = translated("title", EVENT_TITLES[event_format], word=word)
        return Event(
            **title,
            **translated("city", T("", "") if online else city),
            **translated("summary", SUMMARY, word=word),
            **translated("description", SUMMARY, word=word),
            **translated("presented", PRESENTED if event_format == "exhibition" else T("", "")),
            slug=self.slug("event", i, title["title_en"]),
            start_date=start,
            end_date=end,
            country=None if online else self.countries.get(iso_code),
            is_online=online,
            council_role=role,
            format=event_format,
            priority_area=self.areas[i % len(self.areas)] if i % 5 else None,
            publication_status=PUBLISHED,
        )

    def make_events(self, organisations, projects) -> None:
        for start in range(0, self.event_count, CHUNK):
            events = [self.event(i) for i in range(start, min(start + CHUNK, self.event_count))]
            figures, organisation_links, project_links, organisations_of = [], [], [], []
            for event in events:
                for order, (kind, value, over) in enumerate(EVENT_FIGURES.get(event.format, [])):
                    figures.append(
                        EventFigure(
                            event=event,
                            kind=kind,
                            value=max(1, value * self.rng.randrange(50, 150) // 100),
                            is_lower_bound=over,
                            order=order,
                            label_uk="",
                            label_en="",
                        )
                    )
                chosen = self.rng.sample(
                    organisations, min(len(organisations), self.rng.randint(1, 2))
                )
                organisations_of.append(chosen)
                for organisation in chosen:
                    organisation_links.append(
                        Event.organisations.through(event=event, organisation=organisation)
                    )
                if projects and self.rng.random() < 0.4:
                    project_links.append(
                        Event.projects.through(event=event, project=self.rng.choice(projects))
                    )
            # Saved once their organisations are drawn, for their documents to
            # quote them; the rows that link them take their keys then.
            self.save(Event, events, linked=organisations_of)
            self.save(EventFigure, figures)
            self.save(Event.organisations.through, organisation_links)
            self.save(Event.projects.through, project_links)

    def make_reports(self) -> None:
        """The one year's report; for the spread, one for each earlier year without one."""
        years = self.years if self.year else PAST_YEARS
        taken = set(AnnualReport.objects.filter(year__in=years).values_list("year", flat=True))
        batch = self.prefix.removeprefix(PREFIX).rstrip("-")
        objects = []
        for year in years:
            if year in taken:
                continue
            objects.append(
                AnnualReport(
                    year=year,
                    **translated("title", report_title(year, batch)),
                    **translated("introduction", real.ANNUAL_REPORT["introduction"]),
                    **translated("closing_line", real.ANNUAL_REPORT["closing_line"]),
                    **translated("publisher", real.ANNUAL_REPORT["publisher"]),
                    funds_attracted=Decimal(self.rng.randrange(20, 60) * 1_000_000)
                    * max(self.scale, 1),
                    funds_currency="UAH",
                    publication_status=PUBLISHED,
                )
            )
        self.save(AnnualReport, objects)


def check_year(year: int | None) -> None:
    if year is None:
        return
    if year == REAL_YEAR:
        raise ValueError(f"{REAL_YEAR} holds the real records: choose another year.")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"The year must be between {FIRST_YEAR} and {LAST_YEAR}.")


def generate(
    *, scale: int = 10, events: int | None = None, year: int | None = None, seed: int = 1
) -> dict[str, int]:
    """Create ``scale`` times the 2024 volume of every record type and ``events``
    events (default: ``scale`` times 2024's), spread over the years around 2024
    or all in ``year``. Replaces an earlier batch of the same year (or spread).
    Returns how many records of each kind were created."""
    check_year(year)
    if scale < 0 or (events is not None and events < 0):
        raise ValueError("The scale and the number of events cannot be negative.")
    if events is None:
        events = scale * VOLUME_2024["events"]
    with translation.override(DEFAULT_LANGUAGE), transaction.atomic(), refreshed_once():
        _delete_batch(batch_prefix(year), year)
        generator = _Generator(scale=scale, events=events, year=year, seed=seed)
        counts = generator.run()
    bump_revision()
    if connection.vendor == "postgresql":
        # Fresh planner statistics: thousands of rows arrived at once, and the
        # search indexes are only chosen once PostgreSQL knows they are there.
        # VACUUM also marks the new rows visible to every transaction, which
        # autovacuum would do a while later: until then counts read the table,
        # not only the index (the home page's area counts: 14 ms, then 1 ms).
        # VACUUM cannot run in a transaction (a test's): there, ANALYZE alone.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return dict(counts)


def delete(*, year: int | None = None, everything: bool = True) -> dict[str, int]:
    """Remove synthetic records: every batch, or (``everything=False``) only the
    batch of ``year`` (``None``: the spread). Returns how many of each kind went."""
    with transaction.atomic(), refreshed_once():
        if everything:
            counts = _delete_batch(PREFIX, None, all_reports=True)
        else:
            counts = _delete_batch(batch_prefix(year), year)
    bump_revision()
    return counts


def _delete_batch(prefix: str, year: int | None, *, all_reports: bool = False) -> dict[str, int]:
    counts: Counter = Counter()

    def remove(queryset) -> None:
        _total, per_model = queryset.delete()
        for model_label, n in per_model.items():
            counts[model_label] += n

    batch = prefix.removeprefix(PREFIX).rstrip("-")
    remove(Event.objects.filter(slug__startswith=prefix))
    remove(Application.objects.filter(programme__slug__startswith=prefix))
    remove(Programme.objects.filter(slug__startswith=prefix))
    projects = Project.objects.filter(slug__startswith=prefix)
    projects.exclude(parent=None).update(parent=None)
    remove(projects)
    remove(Memorandum.objects.filter(slug__startswith=prefix))
    remove(Membership.objects.filter(organisation__slug__startswith=prefix))
    remove(Organisation.objects.filter(slug__startswith=prefix))
    reports = AnnualReport.objects.filter(title_en__contains=f"({REPORT_MARK.en}, ")
    if not all_reports:
        reports = reports.filter(title_en__endswith=f", {batch})")
    remove(reports)
    return {label: n for label, n in counts.items() if n}

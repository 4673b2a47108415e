"""The synthetic data generator behind the benchmarks: counts, both languages,
published, the real 2024 figures untouched, and a clean delete."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from cooperation import synthetic
from cooperation.figures import headline_figures
from cooperation.models import AnnualReport, SiteRevision
from cooperation.records import PublicationStatus
from cooperation.search_text import WORD, normalise
from events.models import Event, EventFigure
from partners.models import Membership, Memorandum, MemorandumParty, Organisation
from projects.models import (
    Application,
    ApplicationPartner,
    Programme,
    Project,
    ProjectParticipation,
)

pytestmark = pytest.mark.django_db

MODELS = [
    Organisation,
    Membership,
    Memorandum,
    MemorandumParty,
    Project,
    ProjectParticipation,
    Project.countries.through,
    Programme,
    Application,
    ApplicationPartner,
    Event,
    EventFigure,
    Event.organisations.through,
    Event.projects.through,
    AnnualReport,
]
CYRILLIC = re.compile(r"[а-щьюяґєії]", re.IGNORECASE)


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in MODELS}


def made_up(model, prefix=synthetic.PREFIX):
    lookups = {
        Membership: "organisation__slug__startswith",
        Application: "programme__slug__startswith",
    }
    return model.objects.filter(**{lookups.get(model, "slug__startswith"): prefix})


def test_makes_the_requested_counts_at_a_small_scale():
    counts = synthetic.generate(scale=1, events=300, seed=3)

    assert made_up(Organisation).count() == 31
    assert made_up(Membership).count() == 3
    assert made_up(Memorandum).count() == 10
    assert made_up(Project).count() == 6
    assert made_up(Programme).count() == 6
    assert made_up(Application).count() == 8
    assert made_up(Event).count() == 300
    assert counts["events.Event"] == 300
    assert counts["partners.MemorandumParty"] >= 10
    assert counts["events.EventFigure"] > 0
    assert counts["events.Event_organisations"] >= 300
    # Linked like the real data: parents and components, applications to projects.
    assert made_up(Project).exclude(parent=None).exists()
    assert made_up(Application).exclude(project=None).exists()
    assert made_up(Event).filter(projects__isnull=False).exists()
    # An annual report for each earlier year that has none, none for 2024.
    assert counts["cooperation.AnnualReport"] == len(synthetic.PAST_YEARS)
    assert not AnnualReport.objects.filter(year=2024, title_en__contains="synthetic").exists()


TRANSLATED = [
    (Organisation, ["name", "description"]),
    (Memorandum, ["title", "summary"]),
    (Project, ["title", "summary"]),
    (Programme, ["name"]),
    (Application, ["title", "summary"]),
    (Event, ["title", "summary"]),
]


def test_both_languages_filled_and_everything_published():
    synthetic.generate(scale=1, events=100)
    for model, fields in TRANSLATED:
        records = made_up(model)
        assert records.exists()
        assert not records.exclude(publication_status=PublicationStatus.PUBLISHED).exists()
        for record in records:
            for name in fields:
                uk, en = getattr(record, f"{name}_uk"), getattr(record, f"{name}_en")
                assert uk and en and uk != en, (model, record.pk, name)
                assert CYRILLIC.search(uk), uk
                assert not CYRILLIC.search(en), en
    # Ukrainian apostrophes, as in «Прем'єр», for search to deal with.
    assert made_up(Event).filter(title_uk__contains="'").exists()
    assert made_up(Organisation).filter(name_uk__contains="'").exists()


def test_annual_reports_are_published_with_funds():
    synthetic.generate(scale=2, year=2031)
    report = AnnualReport.objects.get(year=2031)
    assert report.is_published
    assert report.funds_attracted > 0
    assert report.title_uk and report.title_en


def memberships_in(year: int) -> int:
    return Membership.objects.published().active_in(year).count()


def test_records_are_found_by_the_names_of_their_organisations_from_the_start():
    """Inserted in bulk, with their organisations drawn before: each search
    document quotes the organisations' names, as a save would write it."""
    synthetic.generate(scale=1, events=60, seed=3)
    for model, relation in [
        (Memorandum, "parties"),
        (Project, "organisations"),
        (Application, "organisations"),
        (Event, "organisations"),
    ]:
        written = dict(made_up(model).values_list("pk", "search_document"))
        model.store_search_documents(made_up(model))
        assert dict(made_up(model).values_list("pk", "search_document")) == written
        for record in made_up(model).prefetch_related(relation):
            for organisation in getattr(record, relation).all():
                name = " ".join(WORD.findall(normalise(organisation.name_en)))
                assert name in written[record.pk]


def test_one_synthetic_year_has_scale_times_the_real_records():
    real = headline_figures(2024)
    # Real memoranda, memberships and projects without an end still count in 2031.
    ongoing = headline_figures(2031)
    ongoing_memberships = memberships_in(2031)

    synthetic.generate(scale=2, year=2031)

    figures = headline_figures(2031)
    for name in [
        "events_attended",
        "events_held",
        "exhibitions",
        "applications",
        "applications_won",
        "memoranda_in_force",
    ]:
        added = getattr(figures, name) - getattr(ongoing, name)
        assert added == 2 * getattr(real, name), name
    assert memberships_in(2031) - ongoing_memberships == 2 * memberships_in(2024)
    assert figures.funds_attracted > 0


def test_leaves_the_2024_records_and_figures_unchanged():
    before = headline_figures(2024)
    real_rows = row_counts()
    real_slugs = set(Event.objects.values_list("slug", flat=True))

    synthetic.generate(scale=1, events=200)
    synthetic.generate(scale=1, year=2031)

    assert headline_figures(2024) == before
    assert set(Event.objects.exclude(slug__startswith="synthetic-").values_list("slug", flat=True))
    assert real_slugs <= set(Event.objects.values_list("slug", flat=True))
    synthetic.delete()
    assert row_counts() == real_rows
    assert headline_figures(2024) == before


def test_delete_removes_exactly_what_it_made():
    before = row_counts()
    made = synthetic.generate(scale=1, events=300)
    after = row_counts()
    assert {label: after[label] - before[label] for label in after} == {
        label: made.get(label, 0) for label in after
    }

    removed = synthetic.delete()

    assert removed == made
    assert row_counts() == before


def test_delete_one_batch_keeps_the_others():
    synthetic.generate(scale=1, events=50)
    spread = row_counts()
    synthetic.generate(scale=1, year=2031)

    synthetic.delete(year=2031, everything=False)

    assert row_counts() == spread
    assert not AnnualReport.objects.filter(year=2031).exists()


def test_same_seed_same_records_and_a_rerun_replaces_the_batch():
    synthetic.generate(scale=1, events=120, seed=7)
    first = list(made_up(Event).order_by("slug").values_list("slug", "start_date", "title_en"))
    counts = row_counts()

    synthetic.generate(scale=1, events=120, seed=7)

    assert row_counts() == counts
    assert (
        list(made_up(Event).order_by("slug").values_list("slug", "start_date", "title_en")) == first
    )


def test_command_generates_and_deletes():
    before = row_counts()
    out = StringIO()
    call_command("generate_synthetic_data", scale=1, events=60, stdout=out)
    assert "events.Event" in out.getvalue()
    assert made_up(Event).count() == 60

    call_command("generate_synthetic_data", delete=True, stdout=out)
    assert row_counts() == before


def test_command_refuses_the_real_year():
    with pytest.raises(CommandError, match="2024"):
        call_command("generate_synthetic_data", scale=1, year=2024, stdout=StringIO())


def test_pages_cached_before_show_the_new_records(client, page_cache, data_2024):
    # Bulk inserts send no signals: the generator itself moves the site
    # revision on, which every worker reads (clearing this process's cache
    # would reach none of them).
    assert "synthetic-" not in client.get("/en/events/?year=2027").content.decode()
    assert client.get("/en/events/?year=2027")["X-Page-Cache"] == "hit"
    revision = SiteRevision.objects.get().number
    synthetic.generate(scale=1, events=5, year=2027, seed=1)
    assert SiteRevision.objects.get().number > revision
    response = client.get("/en/events/?year=2027")
    assert response["X-Page-Cache"] == "miss"
    assert "/en/events/synthetic-2027-" in response.content.decode()

"""The 2024 report's introduction no longer counts the organisations and
countries in words («трьох міжнародних організацій», «семи країн»): a count
typed into a text goes stale when staff add a membership or a partner, while
the report and the home page compute theirs from the records. An introduction
staff have already changed is kept."""

from django.db import migrations
from django.db.models import F

# (field, the text with counts, the text without)
INTRODUCTIONS = [
    (
        "introduction_uk",
        "Полтавська обласна рада розвиває міжнародну та міжрегіональну співпрацю: з 2023 року вона "
        "є членом трьох міжнародних організацій, працює з партнерами з семи країн Європейського "
        "Союзу, укладає меморандуми, бере участь у спільних проєктах, виставках і заходах та подає "
        "грантові заявки.",
        "Полтавська обласна рада розвиває міжнародну та міжрегіональну співпрацю: з 2023 року вона "
        "є членом міжнародних організацій, працює з партнерами з країн Європейського Союзу, укладає "
        "меморандуми, бере участь у спільних проєктах, виставках і заходах та подає грантові заявки.",
    ),
    (
        "introduction_en",
        "Poltava Oblast Council builds international and interregional cooperation: since 2023 it "
        "has been a member of three international organisations; it works with partners from seven "
        "countries of the European Union, signs memoranda, takes part in joint projects, "
        "exhibitions and events, and applies for grants.",
        "Poltava Oblast Council builds international and interregional cooperation: since 2023 it "
        "has been a member of international organisations; it works with partners from countries "
        "of the European Union, signs memoranda, takes part in joint projects, exhibitions and "
        "events, and applies for grants.",
    ),
]


def replace(forwards: bool):
    def step(apps, schema_editor):
        using = schema_editor.connection.alias
        reports = apps.get_model("cooperation", "AnnualReport")._base_manager.using(using)
        changed = 0
        for field, with_counts, without in INTRODUCTIONS:
            old, new = (with_counts, without) if forwards else (without, with_counts)
            update = {field: new}
            if field == "introduction_uk":
                # modeltranslation keeps the Ukrainian text in the untranslated column too.
                update["introduction"] = new
            changed += reports.filter(year=2024, **{field: old}).update(**update)
        if changed:
            # Cached pages show the new text at once.
            revision = apps.get_model("cooperation", "SiteRevision")._base_manager.using(using)
            revision.filter(pk=1).update(number=F("number") + 1)

    return step


class Migration(migrations.Migration):
    dependencies = [("cooperation", "0008_search_documents_name_abbreviations")]

    operations = [migrations.RunPython(replace(forwards=True), replace(forwards=False))]

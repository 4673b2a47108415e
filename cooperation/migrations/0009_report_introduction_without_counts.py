"""The 2024 report's introduction no longer counts the organisations and
countries in words («трьох міжнародних організацій», «семи країн»): a count
typed into a text goes stale when staff add a membership or a partner, while
the report and the home page compute theirs from the records. An introduction
staff have already changed is kept."""

from django.db import migrations

from cooperation.migrations_support import replace_texts

# (column, the text with counts, the text without)
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


class Migration(migrations.Migration):
    dependencies = [("cooperation", "0008_search_documents_name_abbreviations")]

    operations = [
        replace_texts(
            "cooperation.AnnualReport",
            [({"year": 2024}, column, before, after) for column, before, after in INTRODUCTIONS],
        )
    ]

"""Every record of the brochure «Міжнародна співпраця 2024», in Ukrainian and
English, as read from shared/source (see DOMAIN.md).

Texts are ``T(uk, en)`` pairs so both languages of a field stand side by side.
Records refer to each other by slug (organisations, projects, areas) or ISO
code (countries); ``cooperation.loader`` turns this into database rows.
"""

from datetime import date
from decimal import Decimal
from typing import NamedTuple


class T(NamedTuple):
    uk: str
    en: str


YEAR = 2024

PRIORITY_AREAS = [
    # slug, name, icon, colour (each passes 4.5:1 on white for icon tints)
    (
        "education-and-science",
        T("Освіта та наука", "Education and science"),
        "education",
        "#1D4ED8",
    ),
    ("medicine", T("Медицина", "Medicine"), "medicine", "#B91C1C"),
    (
        "ecology-and-climate-adaptation",
        T("Екологія та адаптація до змін клімату", "Ecology and climate change adaptation"),
        "ecology",
        "#15803D",
    ),
    ("participation", T("Партисипація", "Participation"), "participation", "#7E22CE"),
    (
        "economic-development-and-investment",
        T("Економічний розвиток та інвестиції", "Economic development and investment"),
        "economy",
        "#B45309",
    ),
    (
        "innovation-and-digitalisation",
        T("Інновації та діджиталізація", "Innovation and digitalisation"),
        "innovation",
        "#0E7490",
    ),
]

# iso code, name, EU member, country of cooperation, latitude, longitude
COUNTRIES = [
    ("PL", T("Польща", "Poland"), True, True, "52.07", "19.48"),
    ("LU", T("Люксембург", "Luxembourg"), True, True, "49.78", "6.09"),
    ("FR", T("Франція", "France"), True, True, "46.60", "2.35"),
    ("ES", T("Іспанія", "Spain"), True, True, "40.24", "-3.65"),
    ("BE", T("Бельгія", "Belgium"), True, True, "50.64", "4.67"),
    ("DE", T("Німеччина", "Germany"), True, True, "51.10", "10.38"),
    ("IT", T("Італія", "Italy"), True, True, "42.80", "12.57"),
    ("GE", T("Грузія", "Georgia"), False, False, "42.17", "43.50"),
    ("UA", T("Україна", "Ukraine"), False, False, "49.59", "34.55"),
    (
        "US",
        T("Сполучені Штати Америки", "United States of America"),
        False,
        False,
        "39.83",
        "-98.58",
    ),
]

INTL = "international"
AGENCY = "agency"
BANK = "bank"
DONOR = "donor"
NGO = "ngo"
FOUNDATION = "foundation"
COUNCIL = "council"
COMPANY = "company"

# slug, kind, country, name, short name (one for both languages, or T), website
ORGANISATIONS = [
    (
        "alda",
        INTL,
        "FR",
        T("Європейська асоціація місцевої демократії", "European Association for Local Democracy"),
        "ALDA",
        "https://www.alda-europe.eu/",
    ),
    (
        "aer",
        INTL,
        "FR",
        T("Асамблея європейських регіонів", "Assembly of European Regions"),
        "AER",
        "https://aer.eu/",
    ),
    (
        "lucc",
        INTL,
        "LU",
        T("Люксембурзько-українська торгова палата", "Luxembourg-Ukrainian Chamber of Commerce"),
        "LUCC",
        "",
    ),
    (
        "accio",
        AGENCY,
        "ES",
        T(
            "Агенство з конкурентоспроможності бізнесу уряду Каталонії",
            "Agency for Business Competitiveness of the Government of Catalonia",
        ),
        "ACCIÓ",
        "https://www.accio.gencat.cat/",
    ),
    (
        "jagiellonian-foundation",
        NGO,
        "PL",
        T("Фундація Ягеллонська", "Jagiellonian Foundation"),
        "",
        "",
    ),
    ("city-institute", NGO, "UA", T("Інститут Міста", "City Institute"), "", ""),
    (
        "civil-society-development-forum",
        NGO,
        "UA",
        T("Форум розвитку громадянського суспільства", "Civil Society Development Forum"),
        "",
        "",
    ),
    (
        "european-union",
        INTL,
        "BE",
        T("Європейський Союз", "European Union"),
        T("ЄС", "EU"),  # the brochure's «країни ЄС»
        "https://european-union.europa.eu/",
    ),
    (
        "international-renaissance-foundation",
        FOUNDATION,
        "UA",
        T("Міжнародний фонд «Відродження»", "International Renaissance Foundation"),
        "",
        "https://www.irf.ua/",
    ),
    (
        "poltava-oblast-association-of-local-governments",
        NGO,
        "UA",
        T(
            "Полтавська обласна асоціація органів місцевого самоврядування",
            "Poltava Oblast Association of Local Self-Government Bodies",
        ),
        "",
        "",
    ),
    (
        "bsssc",
        INTL,
        None,
        T(
            "Субрегіональна співпраця держав Балтійського моря",
            "Baltic Sea States Subregional Co-operation",
        ),
        "BSSSC",
        "https://www.bsssc.com/",
    ),
    (
        "resilience-orthopedics",
        COMPANY,
        "FR",
        T("Resilience Orthopedics", "Resilience Orthopedics"),
        "",
        "",
    ),
    (
        "innovative-social-solutions",
        NGO,
        "UA",
        T("Інноваційні соціальні рішення", "Innovative Social Solutions"),
        "",
        "",
    ),
    ("save-dnipro", NGO, "UA", T("Збережи Дніпро", "Save Dnipro"), "", ""),
    (
        "hradyzk-settlement-council",
        COUNCIL,
        "UA",
        T("Градизька селищна рада", "Hradyzk Settlement Council"),
        "",
        "",
    ),
    (
        "zinkiv-city-council",
        COUNCIL,
        "UA",
        T("Зіньківська міська рада", "Zinkiv City Council"),
        "",
        "",
    ),
    (
        "reshetylivka-city-council",
        COUNCIL,
        "UA",
        T("Решетилівська міська рада", "Reshetylivka City Council"),
        "",
        "",
    ),
    (
        "children-of-heroes-foundation",
        FOUNDATION,
        "UA",
        T("Благодійний фонд «Діти Героїв»", "Children of Heroes Charitable Foundation"),
        "",
        "",
    ),
    ("insha-zhinka", NGO, "UA", T("Інша Жінка", "Insha Zhinka (Another Woman)"), "", ""),
    (
        "council-of-azerbaijanis-poltava",
        NGO,
        "UA",
        T(
            "Рада азербайджанців України в Полтавській області",
            "Council of Azerbaijanis of Ukraine in Poltava Oblast",
        ),
        "",
        "",
    ),
    ("restart-ukraine", NGO, "UA", T("Рестарт Юкрейн", "Restart Ukraine"), "", ""),
    ("premier-expo", COMPANY, "UA", T("Прем'єр Експо", "Premier Expo"), "", ""),
    (
        "european-investment-bank",
        BANK,
        "LU",
        T("Європейський інвестиційний банк", "European Investment Bank"),
        "EIB",
        "https://www.eib.org/",
    ),
    (
        "city-of-luxembourg",
        COUNCIL,
        "LU",
        T("Люксембурзька міська рада", "City of Luxembourg"),
        "",
        "https://www.vdl.lu/",
    ),
    (
        "usaid",
        AGENCY,
        "US",
        T(
            "Агентство США з міжнародного розвитку",
            "United States Agency for International Development",
        ),
        "USAID",
        "",
    ),
    (
        "france-ministry-of-economy",
        AGENCY,
        "FR",
        T(
            "Міністерство економіки та фінансів Франції",
            "Ministry of the Economy and Finance of France",
        ),
        "",
        "",
    ),
    (
        "aics",
        AGENCY,
        "IT",
        T(
            "Італійське агентство з питань співробітництва та розвитку",
            "Italian Agency for Development Cooperation",
        ),
        "AICS",
        "https://www.aics.gov.it/",
    ),
    (
        "interreg-europe",
        DONOR,
        None,
        T("Програма Interreg Europe", "Interreg Europe programme"),
        "Interreg Europe",
        "https://www.interregeurope.eu/",
    ),
    (
        "poland-ministry-of-foreign-affairs",
        AGENCY,
        "PL",
        T(
            "Міністерство закордонних справ Республіки Польща",
            "Ministry of Foreign Affairs of the Republic of Poland",
        ),
        "",
        "",
    ),
    (
        "ccri",
        DONOR,
        None,
        T("Ініціатива циклічних міст і регіонів", "Circular Cities and Regions Initiative"),
        "CCRI",
        "",
    ),
    (
        "undp",
        INTL,
        None,
        T("Програма розвитку ООН", "United Nations Development Programme"),
        "UNDP",
        "https://www.undp.org/",
    ),
]

# In the brochure's order, which the site and the report keep (Membership.position).
MEMBERSHIPS = [
    # organisation, since, role
    ("alda", 2023, T("член", "member")),
    ("aer", 2023, T("член", "member")),
    ("lucc", 2023, T("член", "member")),
]

# slug, category, year signed, parties (in the brochure's order)
MEMORANDA = [
    ("memorandum-2023-lucc", "international", 2023, ["lucc"]),
    ("memorandum-2024-accio", "international", 2024, ["accio"]),
    (
        "memorandum-2023-innovative-social-solutions",
        "civil_society",
        2023,
        ["innovative-social-solutions"],
    ),
    ("memorandum-2023-save-dnipro", "civil_society", 2023, ["save-dnipro"]),
    (
        "memorandum-2023-civil-society-forum-and-communities",
        "civil_society",
        2023,
        [
            "civil-society-development-forum",
            "hradyzk-settlement-council",
            "zinkiv-city-council",
            "reshetylivka-city-council",
        ],
    ),
    (
        "memorandum-2023-children-of-heroes",
        "civil_society",
        2023,
        ["children-of-heroes-foundation"],
    ),
    ("memorandum-2024-insha-zhinka", "civil_society", 2024, ["insha-zhinka"]),
    (
        "memorandum-2024-council-of-azerbaijanis",
        "civil_society",
        2024,
        ["council-of-azerbaijanis-poltava"],
    ),
    ("memorandum-2024-restart-ukraine", "civil_society", 2024, ["restart-ukraine"]),
    ("memorandum-2024-premier-expo", "civil_society", 2024, ["premier-expo"]),
]
MEMORANDUM_TITLE = T("Меморандум про співпрацю: {parties}", "Memorandum of cooperation: {parties}")

PARTNER = T("партнер", "partner")

PROJECTS = [
    {
        "slug": "strengthening-civil-society-participatory-inclusive-solutions",
        "area": "participation",
        "is_council_partner": False,
        "title": T(
            "Зміцнення громадянського суспільства через впровадження партисипативних та інклюзивних рішень",
            "Strengthening civil society through participatory and inclusive solutions",
        ),
        "summary": T(
            "Проєкт, що реалізується Фундацією Ягеллонською (Республіка Польща) у партнерстві з "
            "Інститутом Міста (м. Львів) і фінансується програмою «Польська допомога в цілях розвитку» "
            "Міністерства закордонних справ Республіки Польща.",
            "A project run by the Jagiellonian Foundation (Republic of Poland) in partnership with the "
            "City Institute (Lviv), funded by the Polish Aid programme of the Ministry of Foreign Affairs "
            "of the Republic of Poland.",
        ),
        "council_role": T("", ""),
        "countries": ["PL"],
        "participants": [
            ("jagiellonian-foundation", "implementing", T("", "")),
            ("city-institute", "implementing", T("", "")),
            (
                "poland-ministry-of-foreign-affairs",
                "funding",
                T("програма «Польська допомога в цілях розвитку»", "Polish Aid programme"),
            ),
        ],
    },
    {
        "slug": "promoting-polish-in-poltava-schools",
        "area": "education-and-science",
        "parent": "strengthening-civil-society-participatory-inclusive-solutions",
        "title": T(
            "Промоція польської мови як іноземної в школах Полтавської області",
            "Promoting Polish as a foreign language in schools of Poltava Oblast",
        ),
        "summary": T(
            "Частина проєкту «Зміцнення громадянського суспільства через впровадження партисипативних та "
            "інклюзивних рішень», що реалізується спільно з Фундацією Ягеллонською (Республіка Польща) та "
            "Інститутом Міста (м. Львів).",
            "Part of the project “Strengthening civil society through participatory and inclusive "
            "solutions”, run together with the Jagiellonian Foundation (Republic of Poland) and the City "
            "Institute (Lviv).",
        ),
        "council_role": PARTNER,
        "countries": ["PL"],
        "participants": [
            ("jagiellonian-foundation", "implementing", T("", "")),
            ("city-institute", "implementing", T("", "")),
        ],
    },
    {
        "slug": "innovative-approaches-idp-integration",
        "area": "participation",
        "title": T(
            "Інноваційні підходи інтеграції ВПО у громади Полтавщини",
            "Innovative approaches to integrating internally displaced people into Poltava region's communities",
        ),
        "summary": T(
            "У спільній взаємодії громадської організації «Форум розвитку громадянського суспільства» за "
            "підтримки Європейського Союзу та Міжнародного фонду «Відродження» в рамках спільної ініціативи "
            "«Європейське Відродження України» та в партнерстві з асоціацією «Полтавська обласна асоціація "
            "органів місцевого самоврядування».",
            "Run with the NGO “Civil Society Development Forum”, supported by the European Union and the "
            "International Renaissance Foundation within their joint initiative “European Renaissance of "
            "Ukraine”, in partnership with the Poltava Oblast Association of Local Self-Government Bodies.",
        ),
        "council_role": PARTNER,
        "countries": [],
        "participants": [
            ("civil-society-development-forum", "implementing", T("", "")),
            (
                "european-union",
                "funding",
                T(
                    "ініціатива «Європейське Відродження України»",
                    "initiative “European Renaissance of Ukraine”",
                ),
            ),
            (
                "international-renaissance-foundation",
                "funding",
                T(
                    "ініціатива «Європейське Відродження України»",
                    "initiative “European Renaissance of Ukraine”",
                ),
            ),
            ("poltava-oblast-association-of-local-governments", "implementing", T("", "")),
        ],
    },
    {
        "slug": "bsssc-for-ukraine",
        "area": "economic-development-and-investment",
        "title": T("BSSSC для України", "BSSSC for Ukraine"),
        "summary": T(
            "Реалізується країнами Балтійського моря.", "Implemented by the Baltic Sea countries."
        ),
        "council_role": PARTNER,
        "countries": [],
        "participants": [("bsssc", "implementing", T("", ""))],
    },
    {
        "slug": "digital-transformation-of-residents-participation",
        "area": "innovation-and-digitalisation",
        "title": T(
            "Цифрова трансформація механізмів участі і залучення жителів громад Полтавської області",
            "Digital transformation of how residents of Poltava Oblast communities take part and get involved",
        ),
        "summary": T(
            "Ініційований громадською організацією «Форум розвитку громадянського суспільства» в межах "
            "конкурсу «Сприяння розвитку та використанню форм громадської участі на місцевому та "
            "регіональному рівнях» Міжнародного фонду «Відродження».",
            "Initiated by the NGO “Civil Society Development Forum” within the International Renaissance "
            "Foundation's competition “Promoting the development and use of forms of public participation "
            "at local and regional level”.",
        ),
        "council_role": PARTNER,
        "countries": [],
        "participants": [
            ("civil-society-development-forum", "implementing", T("", "")),
            (
                "international-renaissance-foundation",
                "funding",
                T(
                    "конкурс «Сприяння розвитку та використанню форм громадської участі на місцевому та регіональному рівнях»",
                    "competition “Promoting the development and use of forms of public participation at local and regional level”",
                ),
            ),
        ],
    },
    {
        "slug": "resilience-orthopedics",
        "area": "medicine",
        "title": T("Resilience Orthopedics", "Resilience Orthopedics"),
        "summary": T(
            "Покращення надання допомоги людям з ампутованими кінцівками в Україні (Франція).",
            "Improving care for people with amputated limbs in Ukraine (France).",
        ),
        "council_role": PARTNER,
        "countries": ["FR"],
        "participants": [
            ("resilience-orthopedics", "implementing", T("", "")),
            ("france-ministry-of-economy", "funding", T("", "")),
        ],
    },
]

ATTENDED, ORGANISED, EXHIBITED = "attended", "organised", "exhibited"

EVENTS = [
    # The eight international events the council took part in.
    {
        "slug": "2024-alda-festival-and-general-assembly",
        "start": date(2024, 5, 13),
        "end": date(2024, 5, 15),
        "title": T("Фестиваль ALDA & Генеральна асамблея", "ALDA Festival & General Assembly"),
        "city": T("Барселона", "Barcelona"),
        "country": "ES",
        "role": ATTENDED,
        "format": "assembly",
        "area": "participation",
        "organisations": ["alda"],
    },
    {
        "slug": "2024-luxembourg-ukrainian-business-forum",
        "start": date(2024, 5, 21),
        "title": T(
            "Другий Люксембурзько-Український бізнес-форум «Швидке відновлення України»",
            "Second Luxembourg-Ukrainian Business Forum “Fast Recovery of Ukraine”",
        ),
        "city": T("Люксембург", "Luxembourg"),
        "country": "LU",
        "role": ATTENDED,
        "format": "forum",
        "area": "economic-development-and-investment",
        "organisations": ["lucc"],
    },
    {
        "slug": "2024-aer-general-assembly-black-sea-summit",
        "start": date(2024, 6, 12),
        "end": date(2024, 6, 14),
        # The brochure names it in English in its Ukrainian text too.
        "title": T(
            "AER General Assembly & Bureau Meeting, 8th Black Sea Summit",
            "AER General Assembly & Bureau Meeting, 8th Black Sea Summit",
        ),
        "city": T("Батумі", "Batumi"),
        "country": "GE",
        "role": ATTENDED,
        "format": "assembly",
        "organisations": ["aer"],
    },
    {
        "slug": "2024-bsssc-annual-conference",
        "start": date(2024, 9, 20),
        "title": T(
            "Щорічна конференція BSSSC «Формування майбутньої співпраці між Україною та регіоном Балтійського моря (BSR)»",
            "BSSSC annual conference “Shaping future cooperation between Ukraine and the Baltic Sea Region (BSR)”",
        ),
        "online": True,
        "role": ATTENDED,
        "format": "conference",
        "area": "economic-development-and-investment",
        "summary": T(
            "У рамках проєкту «BSSSC для України».", "Within the project “BSSSC for Ukraine”."
        ),
        "organisations": ["bsssc"],
        "projects": ["bsssc-for-ukraine"],
    },
    {
        "slug": "2024-panel-expanding-horizons",
        "start": date(2024, 11, 7),
        "title": T(
            "Дискусійна панель «Розширення горизонтів — партнерство для розумного відновлення в Україні»",
            "Panel discussion “Expanding horizons: partnership for smart recovery in Ukraine”",
        ),
        "city": T("Барселона", "Barcelona"),
        "country": "ES",
        "role": ATTENDED,
        "format": "panel",
        "area": "innovation-and-digitalisation",
        "summary": T(
            "За сприяння Асамблеї європейських регіонів (AER).",
            "With the support of the Assembly of European Regions (AER).",
        ),
        "organisations": ["aer"],
    },
    {
        "slug": "2024-working-meeting-lucc-luxembourg",
        "start": date(2024, 11, 12),
        "title": T(
            "Робоча зустріч із представниками Люксембурзько-української торгової палати, заступником "
            "міського голови Люксембурзької міської ради та Почесним консулом України в Люксембурзі",
            "Working meeting with the Luxembourg-Ukrainian Chamber of Commerce, the deputy mayor of the "
            "City of Luxembourg and the Honorary Consul of Ukraine in Luxembourg",
        ),
        "city": T("Люксембург", "Luxembourg"),
        "country": "LU",
        "role": ATTENDED,
        "format": "meeting",
        "area": "economic-development-and-investment",
        "organisations": ["lucc", "city-of-luxembourg"],
    },
    {
        "slug": "2024-working-meeting-european-investment-bank",
        "start": date(2024, 11, 12),
        "title": T(
            "Робоча зустріч із керівництвом Європейського інвестиційного банку",
            "Working meeting with the leadership of the European Investment Bank",
        ),
        "city": T("Люксембург", "Luxembourg"),
        "country": "LU",
        "role": ATTENDED,
        "format": "meeting",
        "area": "economic-development-and-investment",
        "organisations": ["european-investment-bank"],
    },
    {
        "slug": "2024-forum-bridges-of-solidarity",
        "start": date(2024, 11, 13),
        "title": T(
            "Форум «Bridges of Solidarity: Humanitarian and Social Initiatives from Cities to Cities»",
            "Forum “Bridges of Solidarity: Humanitarian and Social Initiatives from Cities to Cities”",
        ),
        "city": T("Штрассен", "Strassen"),
        "country": "LU",
        "role": ATTENDED,
        "format": "forum",
    },
    # The six events the council held.
    {
        "slug": "2024-final-conference-idp-integration",
        "start": date(2024, 4, 9),
        "title": T(
            "Звітна конференція проєкту «Внутрішньо переміщені особи інтегруються у громади Полтавської області»",
            "Final conference of the project “Internally displaced people integrate into the communities of Poltava Oblast”",
        ),
        "country": "UA",
        "role": ORGANISED,
        "format": "conference",
        "area": "participation",
        "summary": T(
            "Проєкт — переможець конкурсу «Сприяння інтеграції ВПО та використанню інструментів місцевої "
            "демократії на рівні громад» Міжнародного фонду «Відродження».",
            "The project won the International Renaissance Foundation's competition “Supporting the "
            "integration of internally displaced people and the use of local democracy tools in communities”.",
        ),
        "organisations": ["international-renaissance-foundation"],
    },
    {
        "slug": "2024-second-training-camp-polish-teachers",
        "start": date(2024, 7, 6),
        "end": date(2024, 7, 14),
        "title": T(
            "Другий навчальний кемп для вчителів польської мови з Полтавської області",
            "Second training camp for teachers of Polish from Poltava Oblast",
        ),
        "city": T("Ланьцут", "Łańcut"),
        "country": "PL",
        "role": ORGANISED,
        "format": "camp",
        "area": "education-and-science",
        "summary": T(
            "За підтримки Фундації Ягеллонської та фінансуванням програми «Польська допомога в цілях "
            "розвитку» Міністерства закордонних справ Республіки Польща.",
            "Supported by the Jagiellonian Foundation and funded by the Polish Aid programme of the "
            "Ministry of Foreign Affairs of the Republic of Poland.",
        ),
        "figures": [("teachers", 10, False)],
        "organisations": ["jagiellonian-foundation", "poland-ministry-of-foreign-affairs"],
        "projects": ["promoting-polish-in-poltava-schools"],
    },
    {
        "slug": "2024-round-table-polish-teachers",
        "start": date(2024, 7, 25),
        "title": T(
            "Круглий стіл серед учасників Першого та Другого навчально-методичних кемпів для вчителів "
            "польської мови",
            "Round table of the teachers of Polish from the first and second training camps",
        ),
        "country": "UA",
        "role": ORGANISED,
        "format": "round_table",
        "area": "education-and-science",
        "summary": T(
            "У рамках проєкту «Промоція польської мови як іноземної у школах Полтавської області» за "
            "підтримки Фундації Ягеллонської. Взяли участь представники 16 навчальних закладів Полтавщини.",
            "Within the project “Promoting Polish as a foreign language in schools of Poltava Oblast”, "
            "supported by the Jagiellonian Foundation. Representatives of 16 schools of the region took part.",
        ),
        "figures": [("schools", 16, False)],
        "organisations": ["jagiellonian-foundation"],
        "projects": ["promoting-polish-in-poltava-schools"],
    },
    {
        "slug": "2024-meeting-resilience-orthopedics",
        "start": date(2024, 7, 26),
        "title": T(
            "Зустріч із французьким фахівцем із протезування Resilience Orthopedics Дімітрі Тротіньоном",
            "Meeting with Dimitri Trotignon, French prosthetics specialist of Resilience Orthopedics",
        ),
        "country": "UA",
        "role": ORGANISED,
        "format": "meeting",
        "area": "medicine",
        "summary": T(
            "Розпочато співпрацю над реабілітаційним центром для ветеранів війни.",
            "Work began on a rehabilitation centre for war veterans.",
        ),
        "organisations": ["resilience-orthopedics"],
        "projects": ["resilience-orthopedics"],
    },
    {
        "slug": "2024-meeting-alda-secretary-general",
        "start": date(2024, 10, 25),
        "title": T(
            "Зустріч із Генеральним секретарем ALDA Антонеллою Вальморбідою",
            "Meeting with ALDA Secretary General Antonella Valmorbida",
        ),
        "country": "UA",
        "role": ORGANISED,
        "format": "meeting",
        "area": "participation",
        "summary": T(
            "Мета — посилення співпраці та ознайомлення гості з ключовими сферами уваги громади Полтавщини "
            "з акцентом на реконструкцію та модернізацію.",
            "To strengthen cooperation and introduce the guest to the key concerns of Poltava region's "
            "communities, with a focus on reconstruction and modernisation.",
        ),
        "organisations": ["alda"],
    },
    {
        "slug": "2024-final-knowledge-contest-about-poland",
        "start": date(2024, 10, 28),
        "title": T(
            "Фінал Конкурсу знань про Польщу", "Final of the Knowledge Contest about Poland"
        ),
        "country": "UA",
        "role": ORGANISED,
        "format": "contest",
        "area": "education-and-science",
        "summary": T(
            "22 учні з 11 закладів освіти Полтавщини, де вивчається польська мова, зібралися, щоб "
            "позмагатися за першість у знаннях про культуру, історію та традиції Польщі.",
            "22 students from 11 schools of the region where Polish is taught competed in their knowledge "
            "of Poland's culture, history and traditions.",
        ),
        "figures": [("students", 22, False), ("schools", 11, False)],
        "projects": ["promoting-polish-in-poltava-schools"],
    },
    # The success story: the council's first time as an exhibitor.
    {
        "slug": "2024-rebuild-ukraine-health-and-rehabilitation",
        "start": date(2024, 6, 24),
        "end": date(2024, 6, 25),
        "title": T(
            "Виставка-конференція ReBuild Ukraine: Health & Rehabilitation",
            "ReBuild Ukraine: Health & Rehabilitation exhibition and conference",
        ),
        "city": T("Варшава", "Warsaw"),
        "country": "PL",
        "role": EXHIBITED,
        "format": "exhibition",
        "area": "medicine",
        "summary": T(
            "Офлайн-платформа для проєктів з медичного відновлення, технологій, обладнання та інвестицій з "
            "метою реабілітації людського потенціалу і відбудови медичної інфраструктури України.",
            "An offline platform for medical recovery projects, technology, equipment and investment, to "
            "rehabilitate people and rebuild Ukraine's medical infrastructure.",
        ),
        "presented": T(
            "Медичні проєкти Полтавської області, які потребують інвестування\nКаталог медичних проєктів Полтавщини",
            "Medical projects of Poltava Oblast that need investment\nA catalogue of the region's medical projects",
        ),
    },
    {
        "slug": "2024-smart-city-expo-world-congress",
        "start": date(2024, 11, 5),
        "end": date(2024, 11, 7),
        "title": T("Всесвітній конгрес Smart City Expo", "Smart City Expo World Congress"),
        "city": T("Барселона", "Barcelona"),
        "country": "ES",
        "role": EXHIBITED,
        "format": "exhibition",
        "area": "innovation-and-digitalisation",
        "summary": T(
            "Світовий конгрес Smart City Expo збирає лідерів найбільш інноваційних компаній, урядів та "
            "організацій, щоб рухати міста до кращого майбутнього.",
            "Smart City Expo World Congress brings together leaders of the most innovative companies, "
            "governments and organisations to move cities towards a better future.",
        ),
        "figures": [
            ("participants", 25700, True),
            ("countries", 130, False),
            ("exhibitors", 1150, False),
        ],
        "presented": T(
            "Унікальний Смарт регіон області\nТовари виробників Полтавщини\nВажливі проєкти громад, які потребують інвестицій",
            "The region's unique Smart region\nGoods of Poltava producers\nImportant community projects that need investment",
        ),
    },
]

PROGRAMMES = [
    # slug, name, run by
    (
        "usaid-hoverla-grant-programme",
        T(
            "Грантова програма проєкту USAID «ГОВЕРЛА»",
            "Grant programme of the USAID project HOVERLA",
        ),
        "usaid",
    ),
    ("aics-call", T("Конкурс AICS (AICS CALL)", "AICS call"), "aics"),
    ("interreg-europe", T("Interreg Europe", "Interreg Europe"), "interreg-europe"),
    ("rfp-de-02-2023", T("Конкурс RFP DE-02-2023", "Call RFP DE-02-2023"), None),
    (
        "polish-aid",
        T("Польська допомога в цілях розвитку", "Polish Aid"),
        "poland-ministry-of-foreign-affairs",
    ),
    (
        "ccri",
        T(
            "Ініціатива циклічних міст і регіонів (CCRI)",
            "Circular Cities and Regions Initiative (CCRI)",
        ),
        "ccri",
    ),
]

SUBMITTED, WON = "submitted", "won"

APPLICATIONS = [
    {
        "number": 1,
        "status": SUBMITTED,
        "programme": "usaid-hoverla-grant-programme",
        "title": T(
            "Підвищення ефективності роботи і підзвітності органів місцевого самоврядування",
            "Improving the effectiveness and accountability of local self-government bodies",
        ),
        "partners": [("usaid", "donor")],
    },
    {
        "number": 2,
        "status": WON,
        "area": "medicine",
        "project": "resilience-orthopedics",
        "title": T(
            "Покращення надання допомоги людям з ампутованими кінцівками в Україні",
            "Improving care for people with amputated limbs in Ukraine",
        ),
        "summary": T(
            "Грантова заявка за підтримки Міністерства економіки та фінансів Франції.",
            "A grant application supported by the Ministry of the Economy and Finance of France.",
        ),
        "partners": [
            ("france-ministry-of-economy", "donor"),
            ("resilience-orthopedics", "partner"),
        ],
    },
    {
        "number": 3,
        "status": SUBMITTED,
        "programme": "aics-call",
        "title": T(
            "PROUD Ukraine (Promoting Resilient, Open, and United Democracy in Ukraine)",
            "PROUD Ukraine (Promoting Resilient, Open, and United Democracy in Ukraine)",
        ),
        "summary": T(
            "Проєктна заявка для участі у конкурсі AICS — Італійського агентства з питань співробітництва та розвитку.",
            "A project application to the call of AICS, the Italian Agency for Development Cooperation.",
        ),
        "partners": [("aics", "donor")],
    },
    {
        "number": 4,
        "status": WON,
        "programme": "interreg-europe",
        "area": "ecology-and-climate-adaptation",
        "title": T(
            "Удосконалення регіональної політики на європейському рівні для збільшення адаптації до зміни клімату",
            "Improving regional policy at European level to increase adaptation to climate change",
        ),
        "partners": [("interreg-europe", "donor")],
    },
    {
        "number": 5,
        "status": SUBMITTED,
        "programme": "rfp-de-02-2023",
        "area": "innovation-and-digitalisation",
        "title": T(
            "Гранти на поліпшення кібербезпеки для державних інституцій України",
            "Grants to improve cybersecurity for Ukraine's public institutions",
        ),
        "summary": T(
            "Грантова заявка на участь у конкурсі RFP DE-02-2023.",
            "A grant application to the call RFP DE-02-2023.",
        ),
        "partners": [],
    },
    {
        "number": 6,
        "status": WON,
        "programme": "polish-aid",
        "area": "education-and-science",
        "project": "promoting-polish-in-poltava-schools",
        "title": T(
            "Проєктна заявка, що є частиною проєкту «Зміцнення громадянського суспільства через "
            "впровадження партисипативних та інклюзивних рішень»",
            "Project application within “Strengthening civil society through participatory and inclusive solutions”",
        ),
        "summary": T(
            "Проєкт реалізується Фундацією Ягеллонською у партнерстві з Інститутом Міста (м. Львів) і "
            "фінансується програмою «Польська допомога в цілях розвитку» Міністерства закордонних справ "
            "Республіки Польща.",
            "The project is run by the Jagiellonian Foundation in partnership with the City Institute (Lviv) "
            "and funded by the Polish Aid programme of the Ministry of Foreign Affairs of the Republic of Poland.",
        ),
        "partners": [
            ("poland-ministry-of-foreign-affairs", "donor"),
            ("jagiellonian-foundation", "partner"),
            ("city-institute", "partner"),
        ],
    },
    {
        "number": 7,
        "status": WON,
        "programme": "ccri",
        "area": "ecology-and-climate-adaptation",
        "title": T("Програма наставництва CCRI", "CCRI mentoring programme"),
        "summary": T(
            "Проєктна заявка в рамках Ініціативи циклічних міст і регіонів (CCRI) за сприяння Європейської "
            "асоціації місцевої демократії (ALDA).",
            "A project application within the Circular Cities and Regions Initiative (CCRI), facilitated by "
            "the European Association for Local Democracy (ALDA).",
        ),
        "partners": [("ccri", "donor"), ("alda", "facilitator")],
    },
    {
        "number": 8,
        "status": WON,
        "title": T(
            "EU4Recovery Project: розширення можливостей громад в Україні",
            "EU4Recovery Project: empowering communities in Ukraine",
        ),
        "summary": T(
            "Проєктна заявка до ПРООН за фінансової підтримки Європейського Союзу.",
            "A project application to UNDP, funded by the European Union.",
        ),
        "partners": [("undp", "donor"), ("european-union", "donor")],
    },
]

ANNUAL_REPORT = {
    "title": T("Міжнародна співпраця 2024", "International cooperation 2024"),
    "introduction": T(
        # No counts: the text is staff's to keep, the figures are computed.
        "Полтавська обласна рада розвиває міжнародну та міжрегіональну співпрацю: з 2023 року вона є членом "
        "міжнародних організацій, працює з партнерами з країн Європейського Союзу, укладає "
        "меморандуми, бере участь у спільних проєктах, виставках і заходах та подає грантові заявки.",
        "Poltava Oblast Council builds international and interregional cooperation: since 2023 it has been a "
        "member of international organisations; it works with partners from countries of the "
        "European Union, signs memoranda, takes part in joint projects, exhibitions and events, and applies "
        "for grants.",
    ),
    "closing_line": T(
        "Рухаємось далі… впевнено, продуктивно, результативно",
        "Moving on… confidently, productively, effectively",
    ),
    "publisher": T(
        "Відділ інвестиційної діяльності та проектного менеджменту виконавчого апарату Полтавської обласної ради",
        "Department of Investment Activity and Project Management, Executive Office of the Poltava Oblast Council",
    ),
    "funds_attracted": Decimal("47000000"),
    "funds_currency": "UAH",
}

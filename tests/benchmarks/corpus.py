"""Statements of known size, generated the same way every time, for benchmarks and other tests.

Real sign-on lists mix scripts and shapes: a Ukrainian miner's name beside an Irish councillor's,
long roles next to bare names, a few people signing in a personal capacity, and contact details
that organisers keep but must never print. The generator reproduces that mix from a seed, so a
figure measured today and one measured next month are about the same content.

    from tests.benchmarks.corpus import SIZES, sized_statement
    statement = sized_statement("10k")
"""

from __future__ import annotations

import datetime
import random

from editor.model import (
    Demand,
    Heading,
    Labels,
    Layout,
    Paragraph,
    Quote,
    Signatory,
    SignUp,
    Statement,
    validate,
)

SIZES: dict[str, int] = {"seed": 40, "1k": 1_000, "10k": 10_000}
"""Named sizes the benchmarks report on: signatory counts."""

DEFAULT_SEED = 2026
CYRILLIC_SHARE = 0.3
ACCENTED_SHARE = 0.2
GROUPED_SHARE = 0.7
ROLE_SHARE = 0.6
PERSONAL_CAPACITY_SHARE = 0.15
PRIVATE_SHARE = 0.1

# fmt: off
_LATIN_GIVEN = (
    "Alice", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hassan", "Isla", "James", "Kwame",
    "Laura", "Mohammed", "Nadia", "Oliver", "Priya", "Rachel", "Samuel", "Tariq", "Yvonne",
)
_LATIN_FAMILY = (
    "Adeyemi", "Baker", "Campbell", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones",
    "Khan", "Lewis", "Morris", "Nwosu", "Patel", "Roberts", "Smith", "Taylor", "Walsh", "Young",
)
_ACCENTED_GIVEN = (
    "Zoë", "Seán", "Siobhán", "Małgorzata", "Łukasz", "José", "Inés", "François", "Hélène", "Jiří",
    "Søren", "Ángel", "Björn", "Çağla", "Dóra", "Ştefan",
)
_ACCENTED_FAMILY = (
    "Ó Briain", "Ní Dhomhnaill", "Wiśniewska", "Żółkiewski", "Muñoz", "García", "Lefèvre", "Dvořák",
    "Sørensen", "Núñez", "Jónsdóttir", "Yılmaz", "Kovács", "Brâncuși", "Müller", "Čapek",
)
_CYRILLIC_GIVEN = (
    "Олена", "Олександр", "Наталія", "Ігор", "Оксана", "Тарас", "Ірина", "Микола", "Юлія", "Андрій",
    "Галина", "Богдан", "Світлана", "Євген", "Ганна", "Василь",
)
_CYRILLIC_FAMILY = (
    "Коваленко", "Шевчук", "Бондаренко", "Ткаченко", "Мельник", "Кравчук", "Ґудзь", "Олійник",
    "Лисенко", "Поліщук", "Гнатюк", "Савчук", "Їжакевич", "Руденко", "Марченко", "Левченко",
)
_HONORIFICS = ("Dr", "Cllr", "Professor", "Baroness", "Revd")
_GROUPS = (
    "Trade unions", "Trade unions in Ukraine", "Members of Parliament", "Councillors",
    "Community organisations", "Faith leaders", "Academics", "Artists and writers",
)
_LATIN_ROLES = (
    "Branch Secretary, {org}", "Chair, {org}", "Health and Safety Rep, {org}",
    "Regional Organiser, {org}", "Member, {org}", "Treasurer, {org}", "Councillor, {place} Ward",
    "Lecturer in History, University of {place}", "Vicar, St Mary's, {place}",
)
_LATIN_ORGS = ("UNISON", "GMB", "Unite", "RMT", "NEU", "CWU", "FBU", "ASLEF", "PCS", "UCU")
_PLACES = ("Riverside", "Northgate", "Eastfield", "Harbour", "Millbrook", "Stonebridge")
_CYRILLIC_ROLES = (
    "Голова профспілки залізничників, {place}", "Медична сестра, {place}", "Шахтар, {place}",
    "Вчителька, школа № 12, {place}", "Енергетик, {place}",
)
_CYRILLIC_PLACES = ("Львів", "Київ", "Кривий Ріг", "Харків", "Дніпро", "Одеса")
# fmt: on


def sized_statement(size: str, *, seed: int = DEFAULT_SEED) -> Statement:
    """The statement for one of ``SIZES`` ("seed", "1k", "10k")."""
    return build_statement(SIZES[size], seed=seed)


def build_statement(signatory_count: int, *, seed: int = DEFAULT_SEED) -> Statement:
    """A complete, valid statement with ``signatory_count`` generated signatories."""
    chooser = random.Random(seed)
    statement = Statement(
        title="A Workers' Plan for Rebuilding Ukraine",
        subtitle="Reconstruction with rights, decent pay & a voice for those who do the work",
        issuer="Riverside Trades Council and the Ukraine Solidarity Network",
        date=datetime.date(2026, 9, 14),
        language="en",
        preamble=[
            Paragraph(
                "Since 2022, miners, rail workers, nurses and teachers have kept the country running "
                "under fire. Their unions organised evacuations and kept hospitals open.\n\n"
                "Now the talk is of *reconstruction*. The question is **who decides**."
            ),
            Quote(
                "We did not keep the trains running to come back to poverty wages.",
                by="Ольга Мельник, track maintenance worker, Lviv",
            ),
            Heading("Why we are speaking now"),
            Paragraph(
                'Proposals on the table would suspend collective agreements "to attract investment". '
                "We say reconstruction & rights go together <always>; read the "
                "[joint briefing](https://example.org/briefing)."
            ),
        ],
        demands=[
            Demand(
                "Withdraw every proposal that suspends collective agreements or the right to strike.",
                heading="Rights are not a cost to cut",
            ),
            Demand(
                "Give trade unions a formal place in every body that plans or funds reconstruction.",
                heading="A seat at the table",
            ),
            Demand(
                "Make every publicly funded contract conditional on collective bargaining and "
                "wages paid on time.",
                heading="Decent pay in public contracts",
            ),
            Demand("Cancel the external debt so that aid rebuilds homes, schools and hospitals."),
            Demand(
                "Twin our councils, union branches and hospitals with their counterparts, and keep "
                "the links after the headlines move on."
            ),
        ],
        closing=[
            Paragraph("Solidarity is not charity: it is a promise between workers."),
            Quote("Солідарність — це не слова, а дії.", by="Ukrainian trade union slogan"),
        ],
        sign_up=SignUp("Add your name or your organisation's", "https://example.org/workers-plan/sign"),
        contact="workersplan@example.org · 12 Canal Street, Riverside RV1 2AB",
        imprint="Published by Riverside Trades Council, 12 Canal Street, Riverside RV1 2AB.",
        labels=Labels(sign_up="Sign the plan"),
        signatories=[_signatory(chooser, number) for number in range(signatory_count)],
        layout=Layout(page_size="A5"),
    )
    problems = validate(statement)
    if problems:
        raise AssertionError(f"the generated statement is invalid: {problems[0]}")
    return statement


def _signatory(chooser: random.Random, number: int) -> Signatory:
    script = chooser.random()
    if script < CYRILLIC_SHARE:
        name = f"{chooser.choice(_CYRILLIC_GIVEN)} {chooser.choice(_CYRILLIC_FAMILY)}"
        role = chooser.choice(_CYRILLIC_ROLES).format(place=chooser.choice(_CYRILLIC_PLACES))
    else:
        given, family = (
            (_ACCENTED_GIVEN, _ACCENTED_FAMILY)
            if script < CYRILLIC_SHARE + ACCENTED_SHARE
            else (_LATIN_GIVEN, _LATIN_FAMILY)
        )
        name = f"{chooser.choice(given)} {chooser.choice(family)}"
        if chooser.random() < 0.05:
            name = f"{chooser.choice(_HONORIFICS)} {name}"
        role = chooser.choice(_LATIN_ROLES).format(
            org=chooser.choice(_LATIN_ORGS), place=chooser.choice(_PLACES)
        )
    signatory = Signatory(name)
    if chooser.random() < ROLE_SHARE:
        signatory.role = role
        signatory.personal_capacity = chooser.random() < PERSONAL_CAPACITY_SHARE
    if chooser.random() < GROUPED_SHARE:
        signatory.group = chooser.choice(_GROUPS)
    if chooser.random() < PRIVATE_SHARE:
        signatory.email = f"signatory{number}@example.org"
        signatory.phone = f"+44 7700 9{number % 100000:05d}"
        signatory.note = "Asked to be listed under their branch."
    return signatory

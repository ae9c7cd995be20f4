"""Sorting by surname and recognising one person written two ways."""

from __future__ import annotations

import pytest

from editor.model.names import fold, identity_key, name_words, surname_sort_key


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Dr Mariam Okafor", ["Mariam", "Okafor"]),
        ("Rt Hon Daniel Mensah MP", ["Daniel", "Mensah"]),
        ("Baroness Aldridge of Kew", ["Aldridge"]),
        ("Lord Smith of Finsbury", ["Smith"]),
        ("Professor Ruth Feldman", ["Ruth", "Feldman"]),
        ("Councillor Helen Price", ["Helen", "Price"]),
        ("Cllr. Rashid Hussain", ["Rashid", "Hussain"]),
        ("Sir Keith Jones KC", ["Keith", "Jones"]),
        ("Dame Alice Wong", ["Alice", "Wong"]),
        ("Jamie O'Connell", ["Jamie", "O'Connell"]),
        ("Мар’яна Кравець", ["Мар’яна", "Кравець"]),
        ("Doctor", ["Doctor"]),
        ("Sir Keir Adams KCB", ["Keir", "Adams"]),
        ("Dame Jane Zwick DBE", ["Jane", "Zwick"]),
        ("Cllr Ann Young JP", ["Ann", "Young"]),
        ("Dr Ann Lee OBE FRCP", ["Ann", "Lee"]),
        ("Jane Smith (she/her)", ["Jane", "Smith"]),
        ("The Rt Hon Daniel Mensah MP", ["Daniel", "Mensah"]),
    ],
)
def test_titles_and_honours_are_passed_over(name, words):
    assert name_words(name) == words


def test_fold_ignores_case_and_accents_but_keeps_cyrillic_letters():
    assert fold("Seán Ó Briain") == "sean o briain"
    assert fold("Zoë LEFÈVRE") == "zoe lefevre"
    assert fold("Łukasz Żółć, Søren") == "lukasz zolc, soren"
    assert fold("Ївга Йосипенко") == "ївга йосипенко"
    assert fold("Γιώργος") == fold("ΓΙΩΡΓΟΣ")


def test_sorting_by_surname_follows_the_ukrainian_alphabet():
    names = [
        "Яна Ящук",
        "Іван Іваненко",
        "Ґанна Ґудзь",
        "Єва Єрмак",
        "Олег Гнатюк",
        "Їжак Їжаченко",
        "Андрій Аврамчук",
    ]
    ordered = sorted(names, key=surname_sort_key)
    assert ordered == [
        "Андрій Аврамчук",
        "Олег Гнатюк",
        "Ґанна Ґудзь",
        "Єва Єрмак",
        "Іван Іваненко",
        "Їжак Їжаченко",
        "Яна Ящук",
    ]


def test_sort_as_wins_over_the_name():
    assert surname_sort_key("Oksana Holota", "Holota, Oksana") == surname_sort_key(
        "Anyone Holota", "Holota, Oksana"
    )
    assert surname_sort_key("Prof. X", "Feldman, Ruth")[0] == "feldman"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Seán Ó Briain", "sean o briain"),
        ("Dr Mariam Okafor", "Mariam  Okafor"),
        ("Kowalska, Ana", "Ana Kowalska"),
        ("Rt Hon Daniel Mensah MP", "Daniel Mensah"),
        ("ОЛЕНА ПЕТРЕНКО", "Олена Петренко"),
        ("Jamie O’Connell", "Jamie O'Connell"),
        ("Dame Jane Zwick DBE", "Jane Zwick"),
        ("The Rt Hon Daniel Mensah MP", "Daniel Mensah"),
        ("Baroness Smith of Basildon", "Smith of Basildon"),
    ],
)
def test_one_person_written_two_ways_has_one_identity(one, other):
    assert identity_key(one) == identity_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ana Kowalska", "Anna Kowalska"),
        ("Ігор Гудзь", "Ігор Ґудзь"),
        ("Jo Li", "Jo Lin"),
        ("Lord Smith of Finsbury", "Baroness Smith of Basildon"),
    ],
)
def test_different_people_stay_different(one, other):
    assert identity_key(one) != identity_key(other)


def test_a_name_written_surname_first_sorts_by_that_surname():
    names = ["Zed Brown", "Kowalska, Ana", "Ana Adams", "François Dupont, Jr"]
    assert sorted(names, key=surname_sort_key) == [
        "Ana Adams",
        "Zed Brown",
        "François Dupont, Jr",
        "Kowalska, Ana",
    ]


def test_irish_particles_belong_to_the_surname_and_apostrophes_do_not_count():
    names = [
        "Seán Ó Briain",
        "Barack Obama",
        "Mary O'Brien",
        "Aoife Ní Bhriain",
        "Tom Byrne",
        "Ciarán Mac Giolla",
    ]
    assert sorted(names, key=surname_sort_key) == [
        "Tom Byrne",
        "Ciarán Mac Giolla",
        "Aoife Ní Bhriain",
        "Seán Ó Briain",
        "Barack Obama",
        "Mary O'Brien",
    ]
    assert surname_sort_key("O Briain")[0] == "briain"  # one word of a name is never only a particle

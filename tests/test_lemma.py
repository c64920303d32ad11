"""Mention base forms: inflected names in Slavic languages come back in the nominative."""

from __future__ import annotations

import pytest

from storyline.entities.lemma import RULES_PATH, LemmaPair, SuffixLemmatizer, lemmatize


@pytest.mark.parametrize(
    ("text", "type_", "language", "expected"),
    [
        ("Маском", "PER", "ru", "Маск"),
        ("Илону Маску", "PER", "ru", "Илон Маск"),
        ("Владимиром Путиным", "PER", "ru", "Владимир Путин"),
        ("Дмитрием Песковым", "PER", "ru", "Дмитрий Песков"),
        ("Кремлем", "LOC", "ru", "Кремль"),
        ("Европейского союза", "ORG", "ru", "Европейский союз"),
        ("Тръмп", "PER", "bg", "Тръмп"),
        ("Руския фонд за преки инвестиции", "ORG", "bg", "Руски фонд за преки инвестиции"),
        ("Donaldowi Tuskowi", "PER", "pl", "Donald Tusk"),
        ("Andrzejem Dudą", "PER", "pl", "Andrzej Duda"),
        ("Wall Street Journal's", "ORG", "en", "Wall Street Journal"),
    ],
)
def test_inflected_names_get_their_base_form(text, type_, language, expected):
    assert lemmatize(text, type_, language) == expected


def test_genitive_words_inside_an_organisation_name_stay():
    assert lemmatize("Министерство иностранных дел", "ORG", "ru") == "Министерство иностранных дел"
    assert lemmatize("Министерства иностранных дел", "ORG", "ru") == "Министерство иностранных дел"


def test_case_is_kept_and_unknown_languages_pass_through():
    assert lemmatize("NATO", "ORG", "pl") == "NATO"
    assert lemmatize("Jean-Luc Picard", "PER", "fr") == "Jean-Luc Picard"
    assert lemmatize("  Elon   Musk ", "PER", None) == "Elon Musk"


def test_rules_are_learned_from_pairs_and_survive_a_round_trip(tmp_path):
    pairs = [LemmaPair(s, l, "PER", "xx") for s, l in [
        ("Borkoma", "Borko"), ("Zlatkoma", "Zlatko"), ("Mirkoma", "Mirko"), ("Ivanoma", "Ivano"),
        ("Borko", "Borko"), ("Zlatko", "Zlatko"),
    ]]
    model = SuffixLemmatizer().fit(pairs).prune()
    assert model.lemmatize("Petkoma", "PER", "xx") == "Petko"  # never seen: the rule generalises
    path = tmp_path / "rules.json"
    model.save(path)
    assert SuffixLemmatizer.load(path).lemmatize("Petkoma", "PER", "xx") == "Petko"


@pytest.mark.slow
def test_lemma_rules_generalise_to_an_unseen_topic(shared_data):
    from storyline.eval.lemma import evaluate

    results = evaluate(shared_data / "slavicner", topics=["ryanair"])
    correct = sum(row[0] for per in results.values() for row in per.values())
    total = sum(row[1] for per in results.values() for row in per.values())
    identity = sum(row[2] for per in results.values() for row in per.values())
    assert total > 5_000
    assert correct / total > identity / total + 0.1  # clearly better than leaving forms as they are


def test_an_uninflected_first_name_does_not_stop_the_surname_declining():
    from storyline.entities.lemma import default_lemmatizer

    # "Joe" does not decline in Polish, "Bidena" does: the surname still gets its base form
    assert default_lemmatizer().lemmatize("Joe Bidena", "PER", "pl") == "Joe Biden"
    assert default_lemmatizer().lemmatize("Donalda Trumpa", "PER", "pl") == "Donald Trump"


def test_a_first_name_in_its_base_form_keeps_the_surname_in_its_base_form():
    from storyline.entities.lemma import default_lemmatizer

    lemmatizer = default_lemmatizer()
    # "Wrona" is a nominative surname here, not the genitive of "Wron": the first name agrees
    assert lemmatizer.lemmatize("Tomasz Wrona", "PER", "pl") == "Tomasz Wrona"
    assert lemmatizer.lemmatize("Tomasza Wronę", "PER", "pl") == "Tomasz Wrona"
    # a woman's undeclined first name beside her declined surname, and a title, say nothing
    assert lemmatizer.lemmatize("Dagmar Havlové", "PER", "cs") == "Dagmar Havlová"
    assert lemmatizer.lemmatize("Premier Mateusza Morawieckiego", "PER", "pl") == "Premier Mateusz Morawiecki"
    # first names that often stay undeclined say nothing: the surname is still rewritten
    assert lemmatizer.lemmatize("Joe Bidena", "PER", "pl") == "Joe Biden"
    assert lemmatizer.lemmatize("Си Цзиньпина", "PER", "ru") == "Си Цзиньпин"


def test_a_particle_inside_a_persons_name_does_not_stop_the_surname_agreeing():
    # "von"/"van" do not decline: the surname after them is declined like the first name before them
    lemmatizer = SuffixLemmatizer.load(RULES_PATH)
    assert lemmatizer.lemmatize("Dietera van Haalena", "PER", "pl") == "Dieter van Haalen"
    assert lemmatizer.lemmatize("Ottona von Brücka", "PER", "pl") == "Otton von Brück"

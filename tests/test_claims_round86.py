"""Round 86 (issue 5): the end audit's open party causes. A directed verb with an inflected object right after it and
a name in the base form later is asked or invited by that later name ("prosi Komisję o … Rada Regionów"); an
inflected place after an organisation name that the recogniser closed with a dash opens a list, it does not own the
name; a reflexive possessive on a relation noun ("срещите си с X и Y") makes the sentence's speaker a party; "leader"
of a state resolves to its chancellor too. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc


def _ordered(text, language, mentions):
    """(relation, parties in the claim's order) of each claim; ``mentions``: text -> (type, lemma)."""
    doc = make_doc(text, language, mentions)
    m = doc.mentions
    return [(c.relation, [m[p].text for p in c.participants]) for c in extract_claims(doc)]


# -- 1. the subject after the object of a directed verb -------------------------------------------------------------------

def test_a_base_form_name_after_the_inflected_object_is_the_asker_pl():
    text = ("Z tego względu prosi Radę Maronii o uruchomienie funduszy przed 29 marca 2019 r. Komitet Zenco "
            "przeprowadził ostatnio badania.")
    claims = _ordered(text, "pl", {"Radę Maronii": ("ORG", "Rada Maronii"), "Komitet Zenco": ("ORG", "Komitet Zenco")})
    assert claims == [("request", ["Komitet Zenco", "Radę Maronii"])]


def test_the_subject_before_the_verb_stays_the_asker_pl():
    # guard: the ordinary order
    text = "Komitet Zenco prosi Radę Maronii o uruchomienie funduszy."
    claims = _ordered(text, "pl", {"Radę Maronii": ("ORG", "Rada Maronii"), "Komitet Zenco": ("ORG", "Komitet Zenco")})
    assert claims == [("request", ["Komitet Zenco", "Radę Maronii"])]


def test_two_coordinated_names_after_a_preposition_are_not_reordered_pl():
    # guard: "do przywódców X i Y": no object right after the verb, no subject after it
    text = "Jan Nowak zaapelował o pomoc do przywódców Maronii i Zenco."
    claims = _ordered(text, "pl", {"Jan Nowak": ("PER", "Jan Nowak"), "Maronii": ("LOC", "Maronia"),
                                   "Zenco": ("ORG", "Zenco")})
    assert all(c[1][0] == "Jan Nowak" for c in claims)


# -- 2. a list after an organisation name closed with a dash ---------------------------------------------------------------

def test_an_inflected_place_after_a_dash_inside_a_name_is_listed_ru():
    text = "Там Зенко встретилась с лидерами группы Акме - Маронией, Бетанией и Кордовией."
    mentions = {"Зенко": ("ORG", "Зенко"), "группы Акме -": ("ORG", "группа Акме -"), "Маронией": ("LOC", "Марония"),
                "Бетанией": ("LOC", "Бетания"), "Кордовией": ("LOC", "Кордовия")}
    claims = _ordered(text, "ru", mentions)
    assert len(claims) == 1 and "Маронией" in claims[0][1]


def test_an_inflected_place_right_after_an_organisation_still_owns_it_ru():
    # guard: "МВД Маронии" names whose ministry it is
    text = "Зенко встретилась с представителями МВД Маронии."
    claims = _ordered(text, "ru", {"Зенко": ("ORG", "Зенко"), "МВД": ("ORG", "МВД"), "Маронии": ("LOC", "Марония")})
    assert all("Маронии" not in c[1] for c in claims)


# -- 3. a reflexive possessive on a relation noun --------------------------------------------------------------------------

def test_the_speaker_owning_meetings_with_two_partners_is_a_party_bg():
    text = ("Министърът Иван Петров коментира, че по време на срещите си с министрите Джон Доу и Пол Смит той е "
            "говорил за проекта.")
    mentions = {"Иван Петров": ("PER", "Иван Петров"), "Джон Доу": ("PER", "Джон Доу"), "Пол Смит": ("PER", "Пол Смит")}
    claims = _ordered(text, "bg", mentions)
    assert claims == [("meet", ["Иван Петров", "Джон Доу", "Пол Смит"])]


def test_a_reflexive_possessive_without_a_speaker_takes_no_earlier_person_bg():
    # guard: the subject after the noun ("Преди срещата си с X … Y заяви") is found by the name itself, and no earlier
    # person is taken for "си"
    text = ("Анна Зорина пристигна вчера. Според медиите по време на срещата си с Джон Доу през април Пол Смит "
            "обсъдил проекта.")
    mentions = {"Анна Зорина": ("PER", "Анна Зорина"), "Джон Доу": ("PER", "Джон Доу"), "Пол Смит": ("PER", "Пол Смит")}
    claims = _ordered(text, "bg", mentions)
    assert all("Анна Зорина" not in c[1] for c in claims)


# -- 4. "leader" of a state for its chancellor -----------------------------------------------------------------------------

def test_the_leader_of_a_state_resolves_to_its_chancellor_ru():
    text = ("Канцлер Маронии Анна Зорина заявила, что Марония не станет зависимой. Там лидер Маронии встретилась с "
            "Бетанией и Кордовией.")
    mentions = {"Маронии": ("LOC", "Марония"), "Марония": ("LOC", "Марония"), "Анна Зорина": ("PER", "Анна Зорина"),
                "Бетанией": ("LOC", "Бетания"), "Кордовией": ("LOC", "Кордовия")}
    claims = _ordered(text, "ru", mentions)
    assert claims == [("meet", ["Анна Зорина", "Бетанией", "Кордовией"])]


# -- 5. a name in an apposition of a topic phrase --------------------------------------------------------------------------

def test_a_name_in_an_apposition_of_a_topic_phrase_is_the_topic_ru():
    text = ("Премьер-министр Маронии Иван Петров заявил, что страна ведет переговоры с Бетанией по поводу многодетной "
            "матери, христианки Анны Зориной, казни которой требуют жители государства.")
    mentions = {"Маронии": ("LOC", "Марония"), "Иван Петров": ("PER", "Иван Петров"), "Бетанией": ("LOC", "Бетания"),
                "Анны Зориной": ("PER", "Анна Зорина")}
    claims = _ordered(text, "ru", mentions)
    assert claims and all("Анны Зориной" not in c[1] for c in claims)


def test_a_list_after_a_topic_preposition_stays_a_list_of_partners_ru():
    # guard: "переговоры о сделке с X, Y и Z": the comma joins partners, no apposition noun after it
    text = "Зенко ведет переговоры о поставках с Маронией, Бетанией и Кордовией."
    mentions = {"Зенко": ("ORG", "Зенко"), "Маронией": ("LOC", "Марония"), "Бетанией": ("LOC", "Бетания"),
                "Кордовией": ("LOC", "Кордовия")}
    claims = _ordered(text, "ru", mentions)
    assert claims and "Бетанией" in claims[0][1]

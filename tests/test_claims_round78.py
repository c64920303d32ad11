"""Round 78 (issue 5): an independent audit's party causes. A name after an addressee preposition is the one asked even
where it comes before the asker ("С требованием … к властям X обращались Y"); the subject of a verb of influencing
right before a relation noun ("to influence the talks with X") acts on the relation from outside, no party; "in the
case of X" is a topic phrase. Invented names."""

from __future__ import annotations

from storyline.claims.extract import extract_claims
from test_claims_round63 import make_doc, names


def _ordered(text, language, **entities):
    """(relation, parties in the claim's order: the agent first for a directed relation) of each claim."""
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, [m[p].text for p in c.participants]) for c in extract_claims(doc)]


# -- 1. the addressee named before the asker --------------------------------------------------------------------------

def test_addressee_before_the_asker_ru():
    text = "С требованием смягчить наказание к властям Маронии обращались в том числе главы Зенкийской церкви."
    assert _ordered(text, "ru", Маронии=("LOC", "Марония"), Зенкийской_церкви=("ORG", "Зенкийская церковь")) == [
        ("request", ["Зенкийской церкви", "Маронии"])]
    # (a person asking: tests/test_claims_round47.py::test_addressee_body_after_what_is_asked)


def test_asker_before_its_addressee_stays_first_ru():
    # guard: the usual order, the asker first and the addressee after "к"
    text = "Марония обратилась к Зенкии с просьбой о помощи."
    assert _ordered(text, "ru", Марония="LOC", Зенкии=("LOC", "Зенкия")) == [("request", ["Марония", "Зенкии"])]


# -- 2. influencing a relation from outside ---------------------------------------------------------------------------

def test_who_influences_the_talks_is_no_party_bg():
    text = "Движенията лансираха платформата Зенко, за да повлияят на преговорите с Марония."
    claims = _ordered(text, "bg", Зенко="ORG", Марония="LOC")
    assert not any("Зенко" in parties for _, parties in claims)


def test_who_influences_the_talks_is_no_party_pl():
    text = "Platforma Zenco chce wpłynąć na negocjacje z Maronią."
    claims = _ordered(text, "pl", Zenco="ORG", Maronią=("LOC", "Maronia"))
    assert not any("Zenco" in parties for _, parties in claims)


def test_talks_without_an_influence_verb_keep_their_sides_bg():
    # guard: the subject of the talks themselves is a side
    text = "Зенко води преговори с Марония."
    assert _ordered(text, "bg", Зенко="ORG", Марония="LOC") == [("negotiate", ["Зенко", "Марония"])]


# -- 3. "in the case of X" is a topic ---------------------------------------------------------------------------------

def test_in_the_case_of_a_person_is_a_topic_cs():
    # the person the call is about is no asker (the asker is "I", unnamed)
    text = ("- V případě Jan Novák vyzývám nejvyšší představitele EU, aby požádali prezidenta Zenkie o udělení milosti "
            "Jana Nováka.")
    claims = _ordered(text, "cs", Jan_Novák=("PER", "Jan Novák"), EU=("ORG", "EU"), Zenkie=("LOC", "Zenkie"),
                      Jana_Nováka=("PER", "Jan Novák"))
    assert not any("Jan Novák" in parties for _, parties in claims)


# -- 4. a name in a subordinate clause closed right before a directed verb ---------------------------------------------

def test_a_name_in_a_relative_clause_before_the_verb_is_no_asker_cs():
    text = ("Signatáři u příležitosti výročí referenda z 23. června 2016, ve kterém se 51,9 procenta hlasujících "
            "vyslovilo pro odchod Maronie z evropského bloku, vyzvali premiérku Novákovou, aby odchod prosadila.")
    claims = _ordered(text, "cs", Maronie=("LOC", "Maronie"), Novákovou=("PER", "Nováková"))
    assert not any("Maronie" in parties for _, parties in claims)


def test_the_subject_after_a_when_clause_is_the_asker_bg():
    text = "Когато бе лидер на Партията на Марония, Петров убеди предшественика на Мей Иван Зенков да насрочи референдума."
    claims = _ordered(text, "bg", Марония="LOC", Петров="PER", Мей="PER", Иван_Зенков="PER")
    assert claims == [("request", ["Петров", "Иван Зенков"])]


def test_the_antecedent_of_a_relative_clause_stays_the_asker_sl():
    # guard: the subject before the relative clause asks (the clause names no one)
    text = "Predsednik parlamenta Janez Novak je na razpravo, ki bi morala potekati v sredo, povabil tudi Petra Kosa."
    claims = _ordered(text, "sl", Janez_Novak="PER", Petra_Kosa=("PER", "Peter Kos"))
    assert claims == [("invite", ["Janez Novak", "Petra Kosa"])]


def test_a_founder_in_a_relative_clause_is_no_partner_sl():
    text = ("Podjetje Zenco, ki ga je leta 2000 ustanovil takrat še študent Janez Novak, skupaj z zveznim Acme "
            "inštitutom intenzivno dela na cepivu.")
    claims = _ordered(text, "sl", Zenco="ORG", Janez_Novak="PER", Acme="ORG")
    assert claims == [("cooperate", ["Zenco", "Acme"])]


# -- 5. a name owning a kin noun ---------------------------------------------------------------------------------------

def test_the_kin_of_a_named_person_are_no_party_pl():
    text = "Ojciec Święty przyjął na audiencji prywatnej męża i córkę Anny Kowal – pakistańskiej katoliczki."
    claims = _ordered(text, "pl", Ojciec_Święty="PER", Anny_Kowal=("PER", "Anna Kowal"))
    assert claims == []


def test_one_of_the_daughters_of_a_named_person_bg():
    text = "През 2015 г. една от дъщерите на Мария Петрова се срещна с Иван Зенков."
    claims = _ordered(text, "bg", Мария_Петрова="PER", Иван_Зенков="PER")
    assert claims == []


def test_the_family_of_a_named_person_ru():
    text = "Организация Зенко помогла организовать встречу семьи Ивановой с Петром Марониным."
    claims = _ordered(text, "ru", Зенко="ORG", Ивановой=("PER", "Иванова"), Петром_Марониным=("PER", "Петр Маронин"))
    assert not any("Ивановой" in parties for _, parties in claims)


def test_a_named_person_met_stays_a_party_pl():
    # guard: no kin noun, the person herself was received
    text = "Ojciec Święty przyjął na audiencji prywatnej Annę Kowal."
    assert _ordered(text, "pl", Ojciec_Święty="PER", Annę_Kowal=("PER", "Anna Kowal")) == [
        ("meet", ["Ojciec Święty", "Annę Kowal"])]


def test_a_name_in_apposition_to_a_kin_noun_is_the_kin_en():
    # guard: "his wife Jane Roe" — the name in the base form right after the noun is the kin herself
    text = "John Doe met with his wife Jane Roe in Zenobia."
    claims = _ordered(text, "en", John_Doe="PER", Jane_Roe="PER", Zenobia="LOC")
    assert claims == [("meet", ["John Doe", "Jane Roe"])]

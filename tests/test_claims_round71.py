"""Round 71 (issue 5): speakers and sources on real text — a dropped subject continues the one person who spoke in the
sentence before (also through a role or an earlier dropped subject); "by his own account" makes the clause's subject
the speaker; a pronoun right after an "according to" cue names its source; a second headline label speaks for the
first ("Outlet: Minister X: …"); an interview's initials label is the person it abbreviates; "…," he explained after an
unnamed role's sentence stays unnamed; a name in quote marks before its verb is its subject; a reporting verb opening
its clause after a comma closes what an earlier source says; bg "споделяни" (shared) is no speech verb. Invented
names."""

from __future__ import annotations

from storyline.claims.extract import extract_claims
from test_claims_round63 import make_doc, names


def _claims(text, language="en", **entities):
    """(relation, stance, parties, speaker, via) of each claim."""
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants],
             m[c.speaker].text if c.speaker is not None else None, [m[v].text for v in c.via])
            for c in extract_claims(doc)]


def _speakers(text, language="en", **entities):
    return [(relation, speaker, via) for relation, _, _, speaker, via in _claims(text, language, **entities)]


# -- 1. a dropped subject continues the one person who spoke in the sentence before -----------------------------------

def test_a_dropped_subject_continues_a_role_that_spoke_in_the_sentence_before():
    text = ("Unijny negocjator Jan Kowalski przyjechał do Zenco. Unijny negocjator podkreślił, że strony rozmawiały o "
            "Ruritanii. Zaznaczył przy tym, że strony uzgodniły, iż bez względu na wynik negocjacji Acme i Maronia będą "
            "współpracować.")
    assert ("negotiate", "Jan Kowalski", []) in _speakers(text, "pl", Jan_Kowalski="PER", Zenco="ORG", Acme="ORG",
                                                          Maronia="LOC", Ruritanii="LOC")


def test_a_dropped_subject_continues_an_earlier_dropped_subject():
    # "Dodał" is the spokesman (round 65: the one name the sentence before names); "Poinformował" is who spoke in
    # "Dodał …", not one of the two names there, and not the subjects of its plural verb
    text = ("Rzecznik Acme Jan Kowalski powiedział, że Zenco rozmawiało z Maronią. Dodał, że Zenco i Maronia oceniły "
            "projekt. Poinformował, że Zenco spotka się z Maronią.")
    assert _speakers(text, "pl", Jan_Kowalski="PER", Zenco="ORG", Acme="ORG", Maronią="LOC", Maronia="LOC")[-1] == (
        "meet", "Jan Kowalski", [])


def test_a_dropped_subject_of_another_gender_stays_unnamed():
    # guard: "Poinformowała" (she) is not Jan Kowalski (he)
    text = ("Rzecznik Acme Jan Kowalski powiedział, że Zenco rozmawiało z Maronią. Dodał, że Zenco i Maronia oceniły "
            "projekt. Poinformowała, że Zenco spotka się z Maronią.")
    assert _speakers(text, "pl", Jan_Kowalski="PER", Zenco="ORG", Acme="ORG", Maronią="LOC", Maronia="LOC")[-1] == (
        "meet", None, [])


# -- 2. "by his own account" ------------------------------------------------------------------------------------------

def test_by_ones_own_account_the_subject_speaks():
    assert _speakers("Jan Novák si podle svých slov uvědomuje, že Marónie nebude moci vyjednávat se Zenco.", "cs",
                     Jan_Novák="PER", Marónie="LOC", Zenco="ORG") == [("negotiate", "Jan Novák", [])]
    assert _speakers("Иван Петров, по собственным словам, встречался с Марией Смирновой.", "ru", Иван_Петров="PER",
                     Марией_Смирновой="PER") == [("meet", "Иван Петров", [])]
    # a relative clause on the speaker of a quote: her own account of her call (round 22 read it as the text's)
    text = ("„Stojíme za tím,“ uvedla dnes Jana Nováková, která podle svých slov i v pondělí v telefonátu s Olegem "
            "Sokolovem zdůraznila, že projekt je důležitý.")
    assert _speakers(text, "cs", Jana_Nováková="PER", Olegem_Sokolovem="PER") == [("contact", "Jana Nováková", [])]


# -- 3. a pronoun right after an "according to" cue ----------------------------------------------------------------------

def test_a_pronoun_after_according_to_names_the_source():
    assert _speakers("Jan Novák přijel do Ruritánie. Podle něj Acme jedná se Zenco.", "cs", Jan_Novák="PER", Ruritánie="LOC",
                     Acme="ORG", Zenco="ORG")[-1] == ("negotiate", "Jan Novák", [])
    assert _speakers("Иван Петров пристигна в Руритания. Според него Акме преговаря със Зенко.", "bg", Иван_Петров="PER",
                     Руритания="LOC", Акме="ORG", Зенко="ORG")[-1] == ("negotiate", "Иван Петров", [])


# -- 4. headline labels ---------------------------------------------------------------------------------------------------

def test_a_second_headline_label_speaks_and_the_first_relays_it():
    assert _speakers("Зенко: Здравният министър Иван Петров: Преговорите с Акме продължават", "bg", Зенко="ORG",
                     Иван_Петров="PER", Акме="ORG") == [("negotiate", "Иван Петров", ["Зенко"])]
    # guard: one label, then the content's names, as before
    assert _speakers("Zenco: Tom Hale and Acme will meet", Zenco="ORG", Tom_Hale="PER", Acme="ORG") == [
        ("meet", "Zenco", [])]


def test_an_interview_label_of_initials_is_the_person_it_abbreviates():
    text = "Zenco: Czy Acme powstanie?\n\nJan Kowalski: Tak.\n\nJK: Acme musi współpracować z Maronią."
    assert _speakers(text, "pl", Zenco="ORG", Jan_Kowalski="PER", JK="PER", Acme="ORG", Maronią="LOC") == [
        ("cooperate", "Jan Kowalski", [])]


# -- 5. an unnamed role goes on ---------------------------------------------------------------------------------------------

def test_a_quote_closed_by_a_dropped_subject_after_an_unnamed_role_is_unnamed():
    text = ("Jan Novák řekl, že projekt je v ohrožení. Jak uvedl zástupce Zenco, cílem je omezit vliv Acme. "
            "„Acme jedná s Marónií o dodávkách,“ vysvětlil.")
    assert _speakers(text, "cs", Jan_Novák="PER", Zenco="ORG", Acme="ORG", Marónií="LOC")[-1] == (
        "negotiate", None, [])


# -- 6. a name in quote marks before its verb ---------------------------------------------------------------------------

def test_a_quoted_name_before_a_reporting_verb_is_its_subject():
    assert _speakers("\"Zenco\" ujawnił, że Acme spotka się z Maronią.", "pl", Zenco="ORG", Acme="ORG",
                     Maronią="LOC") == [("meet", "Zenco", [])]
    assert _speakers("«Зенко» сообщил, что Акме встретится с Маронией.", "ru", Зенко="ORG", Акме="ORG",
                     Маронией="LOC") == [("meet", "Зенко", [])]


# -- 7. a reporting verb opening its clause after a comma closes what was said before it -----------------------------------

def test_a_reporting_verb_after_a_comma_closes_an_earlier_sources_words():
    text = ("Марония трябва да избере твърд курс, ако Акме не предложи споразумение, заяви Иван Петров преди среща с "
            "Мария Стоянова, съобщава Зенко.")
    found = _speakers(text, "bg", Марония="LOC", Акме="ORG", Иван_Петров="PER", Мария_Стоянова="PER", Зенко="ORG")
    assert ("meet", "Иван Петров", ["Зенко"]) in found


def test_a_relay_in_apposition_still_relays_the_verb_after_it():
    # guard (round 15): "X, цитиран от ТАСС, заяви, че …": ТАСС relays X
    assert _speakers("Иван Петров, цитиран от Зенко, заяви, че се е срещнал с Борис Колев.", "bg", Иван_Петров="PER",
                     Зенко="ORG", Борис_Колев="PER") == [("meet", "Иван Петров", ["Зенко"])]


# -- 8. bg passive participles of "share" say nothing ----------------------------------------------------------------------

def test_values_shared_between_two_names_are_no_source():
    text = "Той допълни, че Марония „дълбоко уважава“ партньорството и ценностите, споделяни между Марония и Акме."
    assert _speakers(text, "bg", Марония="LOC", Акме="ORG") == [("cooperate", None, [])]

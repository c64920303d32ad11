"""Round 67 (issue 5): parties — the "we" of a person whose role the document gives as one organisation's stands for
that organisation ("przewodniczący Rady Nordyjskiej X": "we" is the council), not for the person; a person after a
relation word and a place phrase of common nouns ("visit to the capital X laid a wreath at Y") is the clause's
subject, and what follows their own verb is no party; a name owning the object of the clause's own verb ("she raised
Maronia's concerns at a meeting with X") is no party, the subject pronoun's person is. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_we_of_a_person_holding_a_body_role_is_the_body():
    got = _claims("Przewodniczący Rady Nordyjskiej Jan Kowal przyjechał do Marsylii. – Współpracujemy z Maronią – "
                  "powiedział Kowal.", "pl", Rady_Nordyjskiej="ORG", Jan_Kowal="PER", Marsylii="LOC",
                  Maronią="LOC", Kowal="PER")
    assert [c[2] for c in got if c[0] == "cooperate"] == [["Rady Nordyjskiej", "Maronią"]]
    got = _claims('Tom Hale, chairman of the Zenco Council, arrived on Monday. "We are working with Maronia," said Hale.',
                  Tom_Hale="PER", Zenco_Council="ORG", Maronia="LOC", Hale="PER")
    assert [c[2] for c in got if c[0] == "cooperate"] == [["Zenco Council", "Maronia"]]


def test_we_of_a_person_without_a_body_role_stays_the_person():
    # guard: no role naming a body — the speaker is the party, as before
    got = _claims('Tom Hale arrived on Monday. "We are working with Maronia," said Hale.',
                  Tom_Hale="PER", Maronia="LOC", Hale="PER")
    assert [c[2] for c in got if c[0] == "cooperate"] == [["Hale", "Maronia"]]


def test_a_person_after_a_relation_word_and_an_unnamed_place_is_the_subject():
    # the noun's place is a common noun ("the capital"): the person after it is the clause's subject, and the name
    # after their own verb (a monument the recogniser took for a person) is no party
    assert _claims("В началото на двудневното си посещение в маронската столица Петров положи венец пред Паметника на "
                   "незнайния войн.", "bg", Петров="PER", Паметника="PER") == []
    assert _claims("Во время двухдневного визита в маронскую столицу Петров возложил венок к Памятнику неизвестному "
                   "солдату.", "ru", Петров="PER", Памятнику="PER") == []
    assert _claims("Na začátku své dvoudenní návštěvy v maronském hlavním městě Novák položil věnec u Památníku "
                   "neznámého vojína.", "cs", Novák="PER", Památníku="PER") == []
    assert _claims("Na początku dwudniowej wizyty w maronskiej stolicy Kowal złożył wieniec przed Pomnikiem Nieznanego "
                   "Żołnierza.", "pl", Kowal="PER", Pomnikiem="PER") == []
    assert _claims("Na začetku dvodnevnega obiska v maronski prestolnici je Novak položil venec pred Spomenik neznanemu "
                   "vojaku.", "sl", Novak="PER", Spomenik="PER") == []
    assert _claims("At the meeting in the capital, Hale criticised Zenco for its prices.", Hale="PER", Zenco="ORG") == []


def test_a_name_owning_the_verbs_object_is_no_party_the_pronoun_subject_is():
    # "she raised Maronia's concerns at a meeting with X": Maronia owns the object of the clause's own verb; the
    # subject pronoun's person met X
    assert _claims("Мария Илиева е първият министър на Марония. По-рано тя повдигна тревогите на Марония за данъците "
                   "на среща с Иван Петров.", "bg", Мария_Илиева="PER", Марония="LOC", Иван_Петров="PER") == [
        ("meet", "asserts", ["Мария Илиева", "Иван Петров"], None)]
    assert _claims("Anna Nowak jest premierem Maronii. Wcześniej ona przedstawiła obawy Maronii na spotkaniu z Janem "
                   "Kowalem.", "pl", Anna_Nowak="PER", Maronii=("LOC", "Maronia"),
                   Janem_Kowalem=("PER", "Jan Kowal")) == [("meet", "asserts", ["Anna Nowak", "Janem Kowalem"], None)]
    assert _claims("Jana Nováková je premiérkou Maronie. Předtím ona přednesla obavy Maronie na schůzce s Petrem "
                   "Dvořákem.", "cs", Jana_Nováková="PER", Maronie=("LOC", "Maronia"),
                   Petrem_Dvořákem=("PER", "Petr Dvořák")) == [
        ("meet", "asserts", ["Jana Nováková", "Petrem Dvořákem"], None)]
    assert _claims("Анна Петрова — премьер Маронии. Ранее она изложила опасения Маронии на встрече с Иваном "
                   "Козловым.", "ru", Анна_Петрова="PER", Маронии=("LOC", "Марония"),
                   Иваном_Козловым=("PER", "Иван Козлов")) == [
        ("meet", "asserts", ["Анна Петрова", "Иваном Козловым"], None)]
    assert _claims("Ana Novak je premierka Maronije. Prej je ona predstavila skrbi Maronije na srečanju z Ivanom "
                   "Kovačem.", "sl", Ana_Novak="PER", Maronije=("LOC", "Maronija"),
                   Ivanom_Kovačem=("PER", "Ivan Kovač")) == [("meet", "asserts", ["Ana Novak", "Ivanom Kovačem"], None)]

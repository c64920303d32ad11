"""Round 52 (issue 5): explicit relations the extractor missed in constructions it did not handle. A meeting
in the setting phrase that opens a sentence, closed by a comma before the subject ("During his meeting with
Y, X urged Z"); the one invited or asked after a relative clause that follows the verb ("X zaprosił na
konferencję, która …, także Y"); a deal noun followed by a clause naming who concluded it with whom ("the
deal that X reached with Y"); the one invited or asked named before the verb ("X je Y povabil"); a coalition
with a party. Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_meeting_in_a_setting_phrase_closed_by_a_comma():
    assert _claims("During his meeting with Rob Dunn, Tom Hale urged Jim Cole to resign.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER", Jim_Cole="PER") == [
        ("meet", ["Rob Dunn", "Tom Hale"]), ("request", ["Jim Cole", "Tom Hale"])]
    assert _claims("During the meeting with Rob Dunn, Tom Hale praised Jim Cole.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER", Jim_Cole="PER") == [("meet", ["Rob Dunn", "Tom Hale"])]
    assert _claims("Podczas spotkania z Janem Kowalem, Piotr Nowak wezwał Adama Zająca do dymisji.", "pl",
                   Janem_Kowalem=("PER", "Jan Kowal"), Piotr_Nowak="PER", Adama_Zająca=("PER", "Adam Zając")) == [
        ("meet", ["Janem Kowalem", "Piotr Nowak"]), ("request", ["Adama Zająca", "Piotr Nowak"])]
    assert _claims("Během setkání s Janem Novákem, Petr Dvořák vyzval Karla Zemana k odstoupení.", "cs",
                   Janem_Novákem=("PER", "Jan Novák"), Petr_Dvořák="PER", Karla_Zemana=("PER", "Karel Zeman")) == [
        ("meet", ["Janem Novákem", "Petr Dvořák"]), ("request", ["Karla Zemana", "Petr Dvořák"])]


def test_setting_partner_list_is_no_subject():
    # guard: the names after the comma may be more partners or a coordinated subject: no meeting is made up
    assert _claims("After talks with Rob Dunn, Tom Hale and Jim Cole left.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER", Jim_Cole="PER") == []


def test_invited_after_a_relative_clause_after_the_verb():
    assert _claims("Jan Kowal zaprosił na konferencję, która odbędzie się w środę, także Piotra Nowaka.", "pl",
                   Jan_Kowal="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == [("invite", ["Jan Kowal", "Piotra Nowaka"])]
    assert _claims("Jan Novák pozval na konferenci, která bude ve středu, také Petra Dvořáka.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [("invite", ["Jan Novák", "Petra Dvořáka"])]
    assert _claims("Иван Петров покани на конференцията, която ще се проведе в сряда, и Петър Иванов.", "bg",
                   Иван_Петров="PER", Петър_Иванов="PER") == [("invite", ["Иван Петров", "Петър Иванов"])]


def test_speaker_after_a_relative_clause_is_not_invited():
    # guard: the name after the clause says it
    assert _claims("Jan Kowal zaprosił na konferencję, która odbędzie się w środę, powiedział Piotr Nowak.", "pl",
                   Jan_Kowal="PER", Piotr_Nowak="PER") == []


def test_deal_concluded_in_a_clause_after_its_noun():
    assert _claims("Critics attacked the deal that Tom Hale reached with Maronia.", "en",
                   Tom_Hale="PER", Maronia="LOC") == [("negotiate", ["Maronia", "Tom Hale"])]
    assert _claims("Те настояваха за повторен вот за сделката, която премиерът Иван Петров постигне с Марония.", "bg",
                   Иван_Петров="PER", Марония="LOC") == [("negotiate", ["Иван Петров", "Марония"])]
    assert _claims("Krytycy zaatakowali umowę, którą Jan Kowal zawarł z Maronią.", "pl",
                   Jan_Kowal="PER", Maronią=("LOC", "Maronia")) == [("negotiate", ["Jan Kowal", "Maronią"])]
    assert _claims("Kritici napadli dohodu, kterou Jan Novák uzavřel s Maronií.", "cs",
                   Jan_Novák="PER", Maronií=("LOC", "Maronia")) == [("negotiate", ["Jan Novák", "Maronií"])]
    assert _claims("Критики осудили сделку, которую Иван Петров заключил с Маронией.", "ru",
                   Иван_Петров="PER", Маронией=("LOC", "Марония")) == [("negotiate", ["Иван Петров", "Маронией"])]
    assert _claims("Les critiques ont attaqué l'accord que Jean Dupont a conclu avec la Maronie.", "fr",
                   Jean_Dupont="PER", Maronie="LOC") == [("negotiate", ["Jean Dupont", "Maronie"])]


def test_deal_clause_naming_a_time_or_a_law_is_no_pair():
    # guard: a name after a preposition is no one who concluded it, nor is "the law of Y" a partner
    assert _claims("Ta umowa zawarta jeszcze w czasach Maronii jest niezgodna z prawem Fredonii.", "pl",
                   Maronii=("LOC", "Maronia"), Fredonii=("LOC", "Fredonia")) == []


def test_asked_or_invited_named_before_the_verb():
    assert _claims("Marko Kos je Janeza Novaka povabil na obisk.", "sl",
                   Marko_Kos="PER", Janeza_Novaka=("PER", "Janez Novak")) == [("invite", ["Janeza Novaka", "Marko Kos"])]
    assert _claims("Marko Kos je Janeza Novaka pozval k odstopu.", "sl",
                   Marko_Kos="PER", Janeza_Novaka=("PER", "Janez Novak")) == [("request", ["Janeza Novaka", "Marko Kos"])]
    assert _claims("Jan Novák Petra Dvořáka vyzval k odstoupení.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [("request", ["Jan Novák", "Petra Dvořáka"])]
    assert _claims("Jan Kowal Piotra Nowaka zaprosił na konferencję.", "pl",
                   Jan_Kowal="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == [("invite", ["Jan Kowal", "Piotra Nowaka"])]


def test_name_after_a_preposition_before_the_verb_is_not_asked():
    # guard: "with Y" before a call for an action: Y is no one asked, and the call has no addressee
    assert _claims("Marko Kos je z Janezom Novakom pozval k odstopu.", "sl",
                   Marko_Kos="PER", Janezom_Novakom=("PER", "Janez Novak")) == []


def test_coalition_with_a_party_is_cooperation():
    assert _claims("Tom Hale joined a coalition government with the Greens.", "en",
                   Tom_Hale="PER", Greens="ORG") == [("cooperate", ["Greens", "Tom Hale"])]
    assert _claims("Partia Alfa wchodząca w koalicję z Betą obawia się brexitu.", "pl",
                   Alfa="ORG", Betą=("ORG", "Beta")) == [("cooperate", ["Alfa", "Betą"])]
    assert _claims("Коалицията между Алфа и Бета се разпадна.", "bg",
                   Алфа="ORG", Бета="ORG") == [("cooperate", ["Алфа", "Бета"])]

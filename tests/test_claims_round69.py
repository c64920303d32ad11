"""Round 69 (issue 5): relation words with named parties that made no claim (a survey of real text). Writing a letter
to someone contacts them (the writing verb is the relation's, no attribution); a relative pronoun after a partner
preposition whose antecedent is a common noun is the partner ("the people with whom they cooperated"); the place
right after a visit word's preposition is the place visited, though a role noun follows it; a speaker's meeting "with"
a role phrase, however long, is the setting of the saying; a negotiator's role phrase names the side of its dialogue;
the name opening the sentence before an apposition closed right before the verb is the verb's subject; a visit word
owned by a singular possessive pronoun is its person's ("during her visit to Brussels"); a media noun
belongs to the name after it, not to the one before it. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_writing_a_letter_to_someone_contacts_them():
    assert _claims("Иван Петров е написал писмо до Мария Стоянова.", "bg", Иван_Петров="PER",
                   Мария_Стоянова="PER") == [("contact", "asserts", ["Иван Петров", "Мария Стоянова"], None)]
    assert _claims("Мария Иванова написала письмо Петру Сидорову, в котором сообщила, что удивлена его решением.", "ru",
                   Мария_Иванова="PER", Петру_Сидорову="PER") == [
        ("contact", "asserts", ["Мария Иванова", "Петру Сидорову"], None)]
    assert _claims("Tom Hale wrote a letter to Anna Bell.", Tom_Hale="PER", Anna_Bell="PER") == [
        ("contact", "asserts", ["Tom Hale", "Anna Bell"], None)]
    assert _claims("Jan Kowal napisał list do Anny Nowak.", "pl", Jan_Kowal="PER", Anny_Nowak="PER") == [
        ("contact", "asserts", ["Jan Kowal", "Anny Nowak"], None)]


def test_writing_in_a_letter_stays_an_attribution():
    # guard: "wrote in a letter to Y that …" is how X said it (unchanged: the letter is covered by the attribution)
    assert _claims("Tom Hale wrote in a letter to Anna Bell that Zenco had failed.", Tom_Hale="PER", Anna_Bell="PER",
                   Zenco="ORG") == _claims("Tom Hale said in a letter to Anna Bell that Zenco had failed.",
                                           Tom_Hale="PER", Anna_Bell="PER", Zenco="ORG")


def test_a_relative_partner_of_a_common_noun_continues_no_claim():
    got = _claims("През 2001 година Иван Петров се срещна с Мария Стоянова. Документите са съдържали "
                  "самоличността на хората от чуждите правителства, с които те са си сътрудничили.", "bg",
                  Иван_Петров="PER", Мария_Стоянова="PER")
    assert [c[0] for c in got] == ["meet"]


def test_the_place_right_after_a_visit_word_is_visited_though_a_role_follows():
    assert _claims("Przebywający z wizytą w Maronii premier Zenii Jan Kowal oświadczył w piątek, że nie sądzi, by "
                   "gazociąg był zagrożeniem.", "pl", Maronii="LOC", Zenii="LOC", Jan_Kowal="PER") == [
        ("visit", "asserts", ["Jan Kowal", "Maronii"], None)]
    # guard: the visitor is the unnamed role before a comma; the name after it is another clause's subject
    assert _claims("W kontekście poniedziałkowej wizyty w Warszawie kanclerz Zenii, Kowal został zapytany w radiu o "
                   "gazociąg.", "pl", Warszawie="LOC", Zenii="LOC", Kowal="PER") == []


def test_a_speakers_meeting_with_a_long_role_phrase_is_the_setting():
    assert _claims('„Gazovod dělá Evropu zranitelnější,“ uvedl Novák po schůzce se státním tajemníkem (náměstkem) '
                   'maronského ministerstva zahraničí Petrem Dvořákem.', "cs", Evropu="LOC", Novák="PER",
                   Petrem_Dvořákem="PER") == [("meet", "asserts", ["Novák", "Petrem Dvořákem"], None)]


def test_a_negotiators_role_names_the_side_of_its_dialogue():
    # the holder is no name the recogniser found: the side the role negotiates for and the partner
    assert _claims("Петров был главным переговорщиком Марони в диалоге с Зенией об условиях выхода.", "ru",
                   Марони="LOC", Зенией="LOC") == [("negotiate", "asserts", ["Марони", "Зенией"], None)]


def test_the_name_before_a_long_apposition_is_the_subject():
    assert _claims("Джон Доу, советник президента Марони Ивана Петрова по государственной безопасности, встретился с "
                   "Марией Ивановой.", "ru", Джон_Доу="PER", Марони=("LOC", "Марония"), Ивана_Петрова=("PER", "Иван Петров"),
                   Марией_Ивановой=("PER", "Мария Иванова")) == [("meet", "asserts", ["Джон Доу", "Марией Ивановой"], None)]


def test_a_media_noun_belongs_to_the_name_after_it():
    got = _claims("Джон Доу, советник президента Марони Ивана Петрова по государственной безопасности, встретился с "
                  "представителями Зенко, передает газета Акме Таймс.", "ru", Джон_Доу="PER", Марони=("LOC", "Марония"),
                  Ивана_Петрова=("PER", "Иван Петров"), Зенко="ORG", Акме_Таймс="ORG")
    assert [(c[0], c[2]) for c in got] == [("meet", ["Джон Доу", "Зенко"])]


def test_a_visit_owned_by_a_possessive_pronoun_is_its_persons():
    assert _claims("Мария Стоянова каза, че са провели конструктивна дискусия по време на визитата й в Марония.", "bg",
                   Мария_Стоянова="PER", Марония="LOC") == [
        ("visit", "asserts", ["Мария Стоянова", "Марония"], "Мария Стоянова")]
    # the pronoun's gender picks its person: "her" is not the man who speaks
    assert _claims("Иван Петров каза, че Мария Стоянова е провела конструктивна дискусия по време на визитата й в "
                   "Марония.", "bg", Мария_Стоянова="PER", Марония="LOC", Иван_Петров="PER") == [
        ("visit", "asserts", ["Мария Стоянова", "Марония"], "Иван Петров")]
    assert _claims("Ann Lee said her visit to Maronia went well.", Ann_Lee="PER", Maronia="LOC") == [
        ("visit", "asserts", ["Ann Lee", "Maronia"], "Ann Lee")]
    # guard: "their visit" names no one visitor
    assert _claims("Мария Стоянова каза, че са провели конструктивна дискусия по време на визитата им в Марония.", "bg",
                   Мария_Стоянова="PER", Марония="LOC") == []


def test_a_place_of_saying_does_not_count_towards_the_setting_reach():
    assert _claims("„Powiedziałam to jasno” – oświadczyła Anna Nowak w Warszawie po środowym spotkaniu z Janem Kowalem.",
                   "pl", Anna_Nowak="PER", Warszawie=("LOC", "Warszawa"), Janem_Kowalem=("PER", "Jan Kowal")) == [
        ("meet", "asserts", ["Anna Nowak", "Janem Kowalem"], None)]

"""Round 51 (issue 5): causes of wrong parties found by a fresh audit of 100 random claims on real text —
names deep inside a topic phrase, lists cut by the window or by a parenthesis, a kin role taken for the
protagonist, what a speaker said before a relation word that follows the saying, a relation word inside a
name, a clause of direction ("kam", "куда"), the two neighbours of a border. Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_names_inside_a_topic_phrase_are_no_parties():
    # "talk about the response of X to the attack in Y on a colonel of Z": all of it is what is talked about
    assert _claims("Przywódcy mają rozmawiać także o reakcji Velonii na zamach w mieście Maronia na pułkownika "
                   "agencji Zorbex.", "pl", Velonii=("LOC", "Velonia"), Maronia="LOC", Zorbex="ORG") == []
    assert _claims("Лидеры будут говорить также о реакции Велонии на нападение в городе Марония на полковника "
                   "агентства Зорбекс.", "ru", Велонии=("LOC", "Велония"), Марония="LOC", Зорбекс="ORG") == []


def test_partner_after_a_topic_phrase_stays_a_party():
    # a partner preposition ends the topic phrase: the place inside it is no party, the partner is
    assert _claims("Jan Kowal rozmawiał o reakcji na zamach w mieście Maronia z Piotrem Nowakiem.", "pl",
                   Jan_Kowal="PER", Maronia="LOC", Piotrem_Nowakiem=("PER", "Piotr Nowak")) == [
        ("contact", ["Jan Kowal", "Piotrem Nowakiem"])]


def test_hyphenated_format_inside_a_topic_phrase_names_the_sides():
    # guard: "talks on gas in the format X-Y-Z" name their three sides
    assert _claims("Второй раунд переговоров по газу в формате Велония-Марония-Зорбия был перенесён.", "ru",
                   Велония="LOC", Марония="LOC", Зорбия="LOC") == [
        ("negotiate", ["Велония", "Зорбия", "Марония"])]


def test_list_after_a_colon_runs_past_the_window_and_a_parenthesis():
    assert _claims("Partnerami rosyjskiego Zorbexu w tym projekcie jest pięć zachodnich firm energetycznych: "
                   "austriacka Alfex, niemieckie Betex i Gamex (wydzielona z E.Vox), francuska Deltex i "
                   "brytyjsko-holenderska Omex.", "pl", Zorbexu=("ORG", "Zorbex"), Alfex="ORG", Betex="ORG",
                   Gamex="ORG", **{"E.Vox": "ORG"}, Deltex="ORG", Omex="ORG") == [
        ("cooperate", ["Alfex", "Betex", "Deltex", "Gamex", "Omex", "Zorbexu"])]


def test_second_partner_phrase_is_a_party_too():
    assert _claims("Anna Zorba opowiedziała dziennikarzom o swoich licznych spotkaniach z wysokimi przedstawicielami "
                   "kampanii zwolenników wyjścia „Alfa.Vox” oraz z całym kierownictwem eurosceptycznej i "
                   "antyimigracyjnej Partii Niepodległości Velonii.", "pl", Anna_Zorba="PER",
                   **{"Alfa.Vox": "ORG"}, Partii_Niepodległości_Velonii=("ORG", "Partia Niepodległości Velonii")) == [
        ("meet", ["Alfa.Vox", "Anna Zorba", "Partii Niepodległości Velonii"])]


def test_kin_role_is_not_the_protagonist():
    # "the woman's husband and children met X": the husband is unnamed, not the woman the document is about
    assert _claims("Anna Zorba wyszła na wolność. Anna Zorba jest matką czwórki dzieci. Mąż i dzieci kobiety "
                   "spotkali się w lutym z Janem Kowalem.", "pl", Anna_Zorba="PER",
                   Janem_Kowalem=("PER", "Jan Kowal")) == []
    assert _claims("Анна Зорба вышла на свободу. Между тем муж оправданной Анны Зорбы обратился к правительству "
                   "Велонии с просьбой предоставить им убежище.", "ru", Анна_Зорба="PER",
                   Анны_Зорбы=("PER", "Анна Зорба"), Велонии=("LOC", "Велония")) == []


def test_what_the_speaker_said_before_the_relation_word_is_no_party():
    # "… harms X, Y said at a joint press conference with Z": X is what Y said
    assert ("meet", ["Марония", "Петър Иванов"]) not in _claims(
        "Газопроводът вреди на Марония, заяви Иван Петров на съвместна пресконференция с Петър Иванов.", "bg",
        Марония="LOC", Иван_Петров="PER", Петър_Иванов="PER")
    assert _claims("Ние държим на сигурността на Марония, каза Иван Петров след среща с президента Петър Иванов.",
                   "bg", Марония="LOC", Иван_Петров="PER", Петър_Иванов="PER") == [
        ("meet", ["Иван Петров", "Петър Иванов"])]


def test_relation_word_inside_a_name_makes_no_claim():
    # "the Velonia-Maronia Cooperation Council": a word of an organisation's name, no cooperation of its own
    assert _claims("Tom Hale praised the Velonia-Maronia Cooperation Council for its work.", "en", Tom_Hale="PER",
                   **{"Velonia-Maronia Cooperation Council": "ORG"}) == []


def test_relation_word_outside_names_still_counts():
    # guard: the same sentence's own relation word keeps its claim
    assert _claims("Tom Hale met Rob Dunn. The Cooperation Council of Velonia praised the meeting.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER", **{"Cooperation Council of Velonia": "ORG"}) == [
        ("meet", ["Rob Dunn", "Tom Hale"])]


def test_clause_of_direction_names_no_party():
    assert _claims("Jan Novák a Petr Dvořák se dohodli na věcech ohledně přístavu Velonie, kam míří mnozí Maroňané.",
                   "cs", Jan_Novák="PER", Petr_Dvořák="PER", Velonie=("LOC", "Velonia"), Maroňané="PER") == [
        ("negotiate", ["Jan Novák", "Petr Dvořák"])]
    assert _claims("Иван Петров и Петр Иванов договорились о порте Велонии, куда направляются многие маронцы Зорбы.",
                   "ru", Иван_Петров="PER", Петр_Иванов="PER", Велонии=("LOC", "Велония"),
                   Зорбы=("PER", "Зорба")) == [("negotiate", ["Иван Петров", "Петр Иванов"])]


def test_border_neighbours_are_no_parties_of_a_dialogue():
    assert ("contact", ["Велония", "Марония"]) not in _claims(
        "Сред приоритетните области са диалогът относно границата между Марония и Велония.", "bg",
        Марония="LOC", Велония="LOC")


def test_subordinate_clause_of_several_words_needs_no_comma():
    # "was urged to pursue it 'without compromise' after X lost": X is in a clause of its own, no asker
    assert _claims("Иван Петров беше призован да преследва твърда линия „без никакъв компромис“ след като Партията "
                   "на Марония изгуби изборите.", "bg", Иван_Петров="PER", Партията_на_Марония="ORG") == []
    assert _claims("Анна Зорба призова да се върнат парите, получени, след като Иван Петров стана премиер.", "bg",
                   Анна_Зорба="PER", Иван_Петров="PER") == []


def test_main_clause_subject_is_the_side_of_a_conditional_deal():
    # "X may choose a hard exit if there is no deal with Y, warned Z": X is the side, not the speaker Z
    assert _claims("Maronia may choose a hard exit, if there is no deal with Velonia on services, warned Tom Hale.",
                   "en", Maronia="LOC", Velonia="LOC", Tom_Hale="PER") == [("negotiate", ["Maronia", "Velonia"])]


def test_speaker_of_a_conditional_deal_without_a_named_subject_stays_a_party():
    # guard: "'We are ready to leave if there is no deal with Y,' Z warned": the speaker's own side
    assert _claims("„Jsme připraveni odejít, pokud nebude dohoda s Velonií,“ varoval Jan Novák.", "cs",
                   Velonií=("LOC", "Velonia"), Jan_Novák="PER") == [("negotiate", ["Jan Novák", "Velonií"])]

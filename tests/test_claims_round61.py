"""Round 61 (issue 5): parties on real text. An organisation noun counted by a number or followed by an inclusion
marker ("with representatives of 19 companies, including X") is a group of unnamed companies, not the document's
company; a conjunct led by a topic preposition after the relation's names ("developed in cooperation with X and Y
and about the vaccine of Z") is a second thing the sentence is about; a meeting's place taken for its speakers is
no party; an editor's brackets inside a quote ("at [the residence] X") do not hide a place preposition. Invented
names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_a_counted_group_of_companies_is_not_the_document_company():
    # the document's company (Zenco) is not the one meant by "19 companies, including …"
    assert _claims("Společnost Zenco oznámila zisk. Analytici Zenco chválí. Tato slova pronesl poté, co se premiérka "
                   "Nováková sešla se zástupci 19 japonských společností včetně automobilky Acme.", "cs",
                   Zenco="ORG", Nováková="PER", Acme="ORG") == [("meet", "asserts", ["Nováková", "Acme"], None)]
    assert _claims("Компания Зенко сообщила о прибыли. Акции Зенко выросли. Мария Петрова встретилась с представителями "
                   "19 японских авиакомпаний, в том числе Акме.", "ru", Зенко="ORG", Мария_Петрова="PER", Акме="ORG") == [
        ("meet", "asserts", ["Мария Петрова", "Акме"], None)]
    assert _claims("Spółka Zenco ogłosiła zysk. Akcje Zenco wzrosły. Anna Nowak spotkała się z przedstawicielami 19 "
                   "przewoźników, w tym Acme.", "pl", Zenco="ORG", Anna_Nowak="PER", Acme="ORG") == [
        ("meet", "asserts", ["Anna Nowak", "Acme"], None)]


def test_a_conjunct_led_by_a_topic_preposition_names_no_party():
    assert _claims("Jde o látku vyvinutou ve spolupráci firmy Acme a univerzity Zenco a o vakcínu Covix "
                   "společnosti Boreal.", "cs", Acme="ORG", Zenco="ORG", Covix="MISC", Boreal="ORG") == [
        ("cooperate", "asserts", ["Acme", "Zenco"], None)]
    assert _claims("Речь идет о вакцине, разработанной в сотрудничестве компании Акме и университета Зенко, и о вакцине "
                   "Ковикс компании Бореал.", "ru", Акме="ORG", Зенко="ORG", Ковикс="MISC", Бореал="ORG") == [
        ("cooperate", "asserts", ["Акме", "Зенко"], None)]
    assert _claims("Chodzi o szczepionkę opracowaną we współpracy firmy Acme i uniwersytetu Zenco oraz o szczepionkę Covix "
                   "firmy Boreal.", "pl", Acme="ORG", Zenco="ORG", Covix="MISC", Boreal="ORG") == [
        ("cooperate", "asserts", ["Acme", "Zenco"], None)]
    # guard: a second partner after a conjunction and a partner preposition is still one
    assert _claims("Jde o látku vyvinutou ve spolupráci s firmou Acme a s univerzitou Zenco.", "cs",
                   Acme="ORG", Zenco="ORG") == [("cooperate", "asserts", ["Acme", "Zenco"], None)]


def test_a_meeting_place_taken_for_its_speakers_is_no_party():
    assert _claims("Zebrani na szczycie w Marsylii przywódcy potwierdzili, że chcą „zawrzeć jak najbliższe "
                   "partnerstwo z Maronią”.", "pl", Marsylii="LOC", Maronią="LOC") == []
    assert _claims("Lídři shromáždění na summitu v Marseille potvrdili, že chtějí „co nejužší partnerství s Maronií“.", "cs",
                   Marseille="LOC", Maronií="LOC") == []
    assert _claims("The leaders gathered at the summit in Marseille confirmed that they want \"the closest partnership with "
                   "Maronia\".", Marseille="LOC", Maronia="LOC") == []


def test_an_editor_bracket_does_not_hide_a_place_preposition():
    assert _claims("\"Я удивлена получить письмо после обсуждения в [резиденции] Зенко в пятницу\", написала "
                   "Мария Петрова.", "ru", Зенко="LOC", Мария_Петрова="PER") == []
    assert _claims("\"I was surprised to get the letter after our talks at [the residence] Zenco,\" Anna Bell wrote.",
                   Zenco="LOC", Anna_Bell="PER") == []


def test_the_adjective_general_is_no_role():
    # "генералните аудиенции", "генеральных аудиенций": the adjective, not the role "general" (which named the
    # document's most salient person)
    assert _claims("Мария Стоянова е осъдена. Мария Стоянова чака. Срещата между Иван Петров и папа Зенон не е първата. "
                   "На 23 април, в края на една от генералните аудиенции, те поздравиха папата.", "bg",
                   Мария_Стоянова="PER", Иван_Петров="PER", Зенон="PER")[-1] == (
        "meet", "asserts", ["Иван Петров", "Зенон"], None)
    assert _claims("Марию Петрову осудили. Марию Петрову ждут. Встреча Ивана Петрова с папой Зеноном не первая. 23 апреля, "
                   "в конце одной из генеральных аудиенций, они приветствовали папу.", "ru", Марию_Петрову="PER",
                   Ивана_Петрова="PER", Зеноном="PER")[-1] == ("meet", "asserts", ["Ивана Петрова", "Зеноном"], None)
    # guard: the general's forms are still one role ("генерал" ... "генерала")
    assert _claims("Генерал Иван Петров пристигна. Мария Стоянова се срещна с генерала.", "bg", Иван_Петров="PER",
                   Мария_Стоянова="PER") == [("meet", "asserts", ["Мария Стоянова", "Иван Петров"], None)]
    assert _claims("Generál Jan Novák přijel. Marie Nováková se setkala s generálem.", "cs", Jan_Novák="PER",
                   Marie_Nováková="PER") == [("meet", "asserts", ["Marie Nováková", "Jan Novák"], None)]


def test_a_body_and_the_holder_of_its_role_are_one_side():
    # "the EU's chief negotiator X said that the EU will insist he ..." is no request between the EU and X
    assert _claims("Главният преговарящ на Акме за Ковикс Иван Петров заяви, че Акме ще настоява той да приключи до края "
                   "на 2020 г.", "bg", Акме="ORG", Ковикс="MISC", Иван_Петров="PER") == []
    assert _claims("Иван Петров, главный переговорщик Акме, заявил, что Акме будет требовать от него завершить работу.",
                   "ru", Акме="ORG", Иван_Петров="PER") == []
    assert _claims("Tom Hale, Acme's chief negotiator, said that Acme will urge him to finish it by 2020.", Acme="ORG",
                   Tom_Hale="PER") == []
    # guard: the other side named, the request stands
    assert _claims("Tom Hale, Acme's chief negotiator, said that Acme will urge Maronia to finish it by 2020.",
                   Acme="ORG", Tom_Hale="PER", Maronia="LOC") == [("request", "asserts", ["Acme", "Maronia"], "Tom Hale")]


def test_a_name_right_after_an_after_preposition_is_a_time():
    assert _claims("Иван Петров рассчитывает на заключение торговой сделки с Зенко спустя два года после Ковикса.", "ru",
                   Иван_Петров="PER", Зенко="LOC", Ковикса="LOC") == [
        ("negotiate", "asserts", ["Иван Петров", "Зенко"], None)]
    assert _claims("Tom Hale expects to conclude a trade deal with Maronia two years after Covix.", Tom_Hale="PER",
                   Maronia="LOC", Covix="LOC") == [("negotiate", "asserts", ["Tom Hale", "Maronia"], None)]
    # guard: a request's "po" is whom it asks ("žádá odpovědi po X": demands answers from X)
    assert _claims("Acme žádá odpovědi po Maronii a Zenku.", "cs", Acme="ORG", Maronii="LOC", Zenku="LOC") == [
        ("request", "asserts", ["Acme", "Maronii", "Zenku"], None)]

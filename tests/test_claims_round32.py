"""Round 32 (issue 5): role phrases as subjects and speakers ("The Russian leader met Y", "his office
said" after a role subject). A relation or reporting verb right after a role noun ends the role's
phrase (the name after it is the verb's object, not the role's holder), and a role opening its
clause before such a verb is the verb's subject, resolved to the holder the document names.
Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, stance, parties, speaker) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, c.stance, sorted(last(m) for m in c.participants),
             None if c.speaker is None else last(c.speaker)) for c in extract_claims(doc)]


def test_role_subject_is_the_holder_named_before_en():
    doc = make_doc("Russian President Ivan Petrov arrived in Vienna on Sunday. The president met Oleg Sokolov there.",
                   "en", names(Russian="MISC", Ivan_Petrov="PER", Vienna="LOC", Oleg_Sokolov="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], None)]


def test_role_of_a_group_is_the_holder_and_his_office_is_unnamed_en():
    # "the Russian leader" ~ "President": the holder; "his office" is the holder's office, no name
    # (not the object of the meeting, who was the speaker before)
    doc = make_doc("Russian President Ivan Petrov arrived in Vienna on Sunday. "
                   "The Russian leader met Oleg Sokolov there, his office said.",
                   "en", names(Russian="MISC", Ivan_Petrov="PER", Vienna="LOC", Oleg_Sokolov="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], None)]


def test_object_of_a_role_subject_holds_no_role_en():
    # the meeting's object does not become "the president" (it was the role's only holder, so the
    # role named the object itself and the claim lost its subject)
    doc = make_doc("President Ivan Petrov landed in Geneva. The president called Oleg Sokolov on Monday.",
                   "en", names(Ivan_Petrov="PER", Geneva="LOC", Oleg_Sokolov="PER"))
    assert [c[2] for c in _claims(doc) if c[0] == "contact"] == [["Petrov", "Sokolov"]]


def test_spokesman_speaking_is_the_holder_not_the_object_en():
    # "The spokesman said X had met Y": X is no spokesman (the verb ends the role's phrase), the
    # holder the copula names is the speaker
    doc = make_doc("Mark Dalby is Ivan Petrov's spokesman. The spokesman said Ivan Petrov had met Oleg Sokolov.",
                   "en", names(Mark_Dalby="PER", Ivan_Petrov="PER", Oleg_Sokolov="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], "Dalby")]


def test_role_inside_another_phrase_stays_a_complement():  # guard: unchanged behaviour
    # a role word inside a prepositional phrase or after a number is no subject ("one of the general
    # audiences", "a group of 39 senators urged"): a name after it is not resolved through it
    doc = make_doc("Група от 39 сенатори призова администрацията на Иван Петров да спре проекта.", "bg",
                   names(Иван_Петров="PER"))
    assert all("Петров" not in c[2] or len(c[2]) < 2 for c in _claims(doc))


def test_role_subject_ru_bg_pl_cs():  # guard: these worked before (a partner preposition ends the role)
    doc = make_doc("Президент Иван Петров прилетел в Вену. Президент встретился там с Олегом Соколовым.", "ru",
                   names(Иван_Петров="PER", Вену=("LOC", "Вена"), Олегом_Соколовым=("PER", "Олег Соколов")))
    assert ("meet", "asserts", ["Петров", "Соколов"], None) in _claims(doc)
    doc = make_doc("Premiér Tomáš Kubík přiletěl do Vídně. Premiér se tam setkal s Lenkou Malou.", "cs",
                   names(Tomáš_Kubík="PER", Vídně=("LOC", "Vídeň"), Lenkou_Malou=("PER", "Lenka Malá")))
    assert ("meet", "asserts", ["Kubík", "Malá"], None) in _claims(doc)


# -- outlets and sources ---------------------------------------------------------------------------

def test_quoting_verb_outlet_relays_the_person_quoted_bg_ru_pl():
    doc = make_doc("Иван Петров се е срещнал с Олег Соколов, цитира ТАСС говорителя му Марин Делев.", "bg",
                   names(Иван_Петров="PER", Олег_Соколов="PER", ТАСС="ORG", Марин_Делев="PER"))
    claims = extract_claims(doc)
    assert _claims(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Делев")]
    assert [doc.mentions[m].text for m in claims[0].via] == ["ТАСС"]
    doc = make_doc("Иван Петров встретился с Олегом Соколовым, цитирует ТАСС его пресс-секретаря Марка Долина.", "ru",
                   names(Иван_Петров="PER", Олегом_Соколовым=("PER", "Олег Соколов"), ТАСС="ORG",
                         Марка_Долина=("PER", "Марк Долин")))
    assert _claims(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Долин")]
    doc = make_doc("Jan Nowicki spotkał się z Zofią Marek, cytuje PAP rzecznika Marka Lisa.", "pl",
                   names(Jan_Nowicki="PER", Zofią_Marek=("PER", "Zofia Marek"), PAP="ORG", Marka_Lisa=("PER", "Marek Lis")))
    assert _claims(doc) == [("meet", "asserts", ["Marek", "Nowicki"], "Lis")]


def test_dative_agency_noun_with_r_to_ř_cs():
    # "agentuře" (dative of "agentura"): the agency was told it; the person after it speaks
    doc = make_doc("Tomáš Kubík se v pondělí setkal s Lenkou Malou, řekl agentuře ČTK Marek Lis.", "cs",
                   names(Tomáš_Kubík="PER", Lenkou_Malou=("PER", "Lenka Malá"), ČTK="ORG", Marek_Lis="PER"))
    claims = extract_claims(doc)
    assert _claims(doc) == [("meet", "asserts", ["Kubík", "Malá"], "Lis")]
    assert [doc.mentions[m].text for m in claims[0].via] == ["ČTK"]


def test_according_to_a_person_speaking_to_an_outlet_en():
    # "speaking to Tass" in the source's parenthesis: whom it was said to (via), no contact X–Tass
    doc = make_doc("According to Mark Dalby, speaking to Tass, Ivan Petrov met Oleg Sokolov in Geneva.", "en",
                   names(Mark_Dalby="PER", Tass="ORG", Ivan_Petrov="PER", Oleg_Sokolov="PER", Geneva="LOC"))
    claims = extract_claims(doc)
    assert _claims(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], "Dalby")]
    assert [doc.mentions[m].text for m in claims[0].via] == ["Tass"]


def test_separable_cancelling_verb_is_no_statement_de():
    # "sagte … ab" cancels: the canceller is a party, not the source of the sentence
    doc = make_doc("Klaus Wender sagte das Treffen mit Sabine Kramer ab.", "de",
                   names(Klaus_Wender="PER", Sabine_Kramer="PER"))
    assert _claims(doc) == [("meet", "denies", ["Kramer", "Wender"], None)]
    # guard: "sagte, er habe …" still says
    doc = make_doc("Klaus Wender sagte, er habe Sabine Kramer im Mai getroffen.", "de",
                   names(Klaus_Wender="PER", Sabine_Kramer="PER"))
    assert [c[3] for c in _claims(doc)] == ["Wender"]


# -- object-first order ----------------------------------------------------------------------------

def test_object_first_invitation_ru_cs_pl():
    doc = make_doc("Лидию Орлову пригласил в Москву Иван Петров.", "ru",
                   names(Лидию_Орлову=("PER", "Лидия Орлова"), Москву=("LOC", "Москва"), Иван_Петров="PER"))
    claims = extract_claims(doc)
    assert [(c.relation, [doc.mentions[m].text for m in c.participants]) for c in claims] == [
        ("invite", ["Иван Петров", "Лидию Орлову"])]
    doc = make_doc("Lenku Malou pozval do Prahy Tomáš Kubík.", "cs",
                   names(Lenku_Malou=("PER", "Lenka Malá"), Prahy=("LOC", "Praha"), Tomáš_Kubík="PER"))
    claims = extract_claims(doc)
    assert [(c.relation, [doc.mentions[m].text for m in c.participants]) for c in claims] == [
        ("invite", ["Tomáš Kubík", "Lenku Malou"])]
    doc = make_doc("Adama Nowickiego zaprosił do Warszawy Jan Lis.", "pl",
                   names(Adama_Nowickiego=("PER", "Adam Nowicki"), Warszawy=("LOC", "Warszawa"), Jan_Lis="PER"))
    claims = extract_claims(doc)
    assert [(c.relation, [doc.mentions[m].text for m in c.participants]) for c in claims] == [
        ("invite", ["Jan Lis", "Adama Nowickiego"])]


def test_subject_first_invitation_unchanged_ru():  # guard
    doc = make_doc("Иван Петров пригласил Лидию Орлову в Москву.", "ru",
                   names(Лидию_Орлову=("PER", "Лидия Орлова"), Москву=("LOC", "Москва"), Иван_Петров="PER"))
    claims = extract_claims(doc)
    assert [(c.relation, [doc.mentions[m].text for m in c.participants]) for c in claims] == [
        ("invite", ["Иван Петров", "Лидию Орлову"])]


# -- role holders named by a copula or an owner's apposition ------------------------------------------

def test_apposition_with_an_owner_names_the_principal_en():
    # "X, Y's spokesman, said the president had met Z": X speaks, "the president" is Y
    doc = make_doc("Mark Dalby, Ivan Petrov's spokesman, said the president had met Oleg Sokolov on Friday.", "en",
                   names(Mark_Dalby="PER", Ivan_Petrov="PER", Oleg_Sokolov="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Petrov", "Sokolov"], "Dalby")]


def test_copula_gives_the_role_to_the_speaker_en_ru():
    doc = make_doc("Mark Dalby is Ivan Petrov's press secretary. "
                   "Ivan Petrov's press secretary said the president had talked with Oleg Sokolov.", "en",
                   names(Mark_Dalby="PER", Ivan_Petrov="PER", Oleg_Sokolov="PER"))
    assert _claims(doc) == [("contact", "asserts", ["Petrov", "Sokolov"], "Dalby")]
    doc = make_doc("Марк Долин является пресс-секретарем Ивана Петрова. "
                   "Пресс-секретарь Ивана Петрова заявил, что президент встретился с Олегом Соколовым.", "ru",
                   names(Марк_Долин="PER", Ивана_Петрова=("PER", "Иван Петров"), Олегом_Соколовым=("PER", "Олег Соколов")))
    assert _claims(doc) == [("meet", "asserts", ["Петров", "Соколов"], "Долин")]


def test_copula_before_a_role_owned_by_something_else_gives_no_role_en():  # guard
    # "X is the president's guest": X holds no role, so "the president" is not X
    doc = make_doc("Mark Dalby is the president's guest. The president met Oleg Sokolov on Monday.", "en",
                   names(Mark_Dalby="PER", Oleg_Sokolov="PER"))
    assert all("Dalby" not in c[2] for c in _claims(doc))


def test_passive_speech_verb_subject_is_no_source_en():
    # "X was accused of …": X is whom the accusation is about, not who speaks
    doc = make_doc("The Acme Party was accused on Wednesday of misleading voters during a debate between "
                   "Ivan Petrov and Oleg Sokolov.", "en",
                   names(Acme_Party="ORG", Ivan_Petrov="PER", Oleg_Sokolov="PER"))
    assert [c[3] for c in _claims(doc)] == [None]
    # guard: the agent of a passive still speaks ("This was said by X")
    doc = make_doc("This was said by Mark Dalby, quoted by Reuters, after talks between Ivan Petrov and Oleg Sokolov.",
                   "en", names(Mark_Dalby="PER", Reuters="ORG", Ivan_Petrov="PER", Oleg_Sokolov="PER"))
    assert [(c[2], c[3]) for c in _claims(doc)] == [(["Petrov", "Sokolov"], "Dalby")]

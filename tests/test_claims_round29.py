"""Round 29 (issue 5): attribution and event times on constructed probes (/work/scratch/probe29.md).
(1) A weekday in a reported sentence is the event's day when it stands nearer the relation word than
any reporting cue ("Tass reported that X talked to Y on Monday"); "said on Tuesday that they met in
May" keeps May. (2) A month or year the entity stage tagged as a name ("im Februar" as LOC, "Anfang
März" as PER) is a time, not a party; "Theresa May" stays a name. (3) Czech and Slovene durations in
the instrumental ("před dvěma lety", "pred dvema letoma", "pred tremi meseci"). (4) A German subject
pronoun of a verb-final clause before the object and a time phrase ("er habe Y vor zwei Jahren
getroffen"). (5) An outlet told it before a subject pronoun ("told Reuters he had met Y") and an outlet
after a dative media noun ("сообщил X агентству Рейтер") relay the words (`via`). Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, parties, speaker, via, when) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, sorted(last(m) for m in c.participants), None if c.speaker is None else last(c.speaker),
             [last(m) for m in c.via], c.when) for c in extract_claims(doc)]


# -- 1. a weekday by the relation word in a reported sentence ----------------------------------------

def test_weekday_of_the_event_in_a_reported_sentence_en_ru():
    doc = make_doc("Tass reported that Anton Berg had talked to Lidia Orlova on Monday.", "en",
                   names(Tass="ORG", Anton_Berg="PER", Lidia_Orlova="PER"), published="2021-12-10")
    assert [c[4] for c in _claims(doc)] == ["2021-12-06"]
    doc = make_doc("Как сообщает ТАСС, Антон Берг провёл переговоры с Лидией Орловой в понедельник.", "ru",
                   names(ТАСС="ORG", Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова")), published="2021-12-10")
    assert [c[4] for c in _claims(doc)] == ["2021-12-06"]


def test_weekday_of_the_report_is_not_the_events_time():  # guard: unchanged behaviour
    doc = make_doc("Anton Berg said on Tuesday that he met Lidia Orlova in May.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"), published="2022-10-07")
    assert [c[4] for c in _claims(doc)] == ["2022-05"]
    doc = make_doc("Anton Berg said on Tuesday that he had met Lidia Orlova.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"), published="2022-10-07")
    assert [c[4] for c in _claims(doc)] == [None]


# -- 2. a time tagged as a name ----------------------------------------------------------------------

def test_month_tagged_as_a_name_is_a_time_de():
    doc = make_doc("Laut Tass hat sich Klaus Wendler im Februar mit Sabine Kröger getroffen.", "de",
                   names(Tass="ORG", Klaus_Wendler="PER", Februar="LOC", Sabine_Kröger="PER"), published="2022-10-07")
    assert [(c[0], c[1], c[4]) for c in _claims(doc)] == [("meet", ["Kröger", "Wendler"], "2022-02")]
    doc = make_doc("Klaus Wendler hat sich Anfang März mit Sabine Kröger getroffen, berichtet Reuters.", "de",
                   names(Klaus_Wendler="PER", Anfang_März="PER", Sabine_Kröger="PER", Reuters="ORG"),
                   published="2022-10-07")
    assert [(c[0], c[1], c[4]) for c in _claims(doc)] == [("meet", ["Kröger", "Wendler"], "2022-03")]


def test_a_name_ending_in_a_month_word_stays_a_name():  # guard
    doc = make_doc("Anton Berg met Theresa May in London.", "en",
                   names(Anton_Berg="PER", Theresa_May="PER", London="LOC"), published="2022-10-07")
    assert [(c[0], c[1], c[4]) for c in _claims(doc)] == [("meet", ["Berg", "May"], None)]


# -- 3. durations back from publication in the instrumental ----------------------------------------

def test_ago_in_the_instrumental_cs_sl():
    doc = make_doc("Tomáš Kubát řekl novinářům, že se s Lenkou Machovou setkal před dvěma lety.", "cs",
                   names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová")), published="2022-10-07")
    assert [c[4] for c in _claims(doc)] == ["~2020"]
    doc = make_doc("Janez Kovač se je z Mojco Zupan sestal pred dvema letoma.", "sl",
                   names(Janez_Kovač="PER", Mojco_Zupan=("PER", "Mojca Zupan")), published="2022-10-07")
    assert [c[4] for c in _claims(doc)] == ["~2020"]
    doc = make_doc("Janez Kovač se je z Mojco Zupan sestal pred tremi meseci.", "sl",
                   names(Janez_Kovač="PER", Mojco_Zupan=("PER", "Mojca Zupan")), published="2022-10-07")
    assert [c[4] for c in _claims(doc)] == ["~2022-07"]


# -- 4. German verb-final subject pronoun ------------------------------------------------------------

def test_verb_final_subject_pronoun_before_object_and_time_de():
    doc = make_doc("Klaus Wendler sagte Reportern, er habe Sabine Kröger vor zwei Jahren getroffen.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"), published="2022-10-07")
    assert _claims(doc) == [("meet", ["Kröger", "Wendler"], "Wendler", [], "~2020")]
    doc = make_doc("Klaus Wendler sagte am Dienstag, er habe Sabine Kröger im Mai getroffen.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER"), published="2022-10-07")
    assert _claims(doc) == [("meet", ["Kröger", "Wendler"], "Wendler", [], "2022-05")]


# -- 5. the outlet told it relays the words -------------------------------------------------------

def test_outlet_told_before_a_subject_pronoun_is_via_en():
    doc = make_doc("Anton Berg told Reuters he had met Lidia Orlova.", "en",
                   names(Anton_Berg="PER", Reuters="ORG", Lidia_Orlova="PER"))
    assert _claims(doc) == [("meet", ["Berg", "Orlova"], "Berg", ["Reuters"], None)]


def test_outlet_after_a_dative_media_noun_is_via_ru():
    doc = make_doc("Антон Берг встретится с Лидией Орловой, сообщил Марк Долгов агентству Рейтер.", "ru",
                   names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова"), Марк_Долгов="PER", Рейтер="ORG"))
    assert _claims(doc) == [("meet", ["Берг", "Орлова"], "Долгов", ["Рейтер"], None)]


def test_outlet_told_over_an_article_or_a_time_is_via_de_en():
    doc = make_doc("Klaus Wendler hat mit Sabine Kröger telefoniert, sagte Jörg Haas der Nachrichtenagentur dpa.", "de",
                   names(Klaus_Wendler="PER", Sabine_Kröger="PER", Jörg_Haas="PER", dpa="ORG"))
    assert _claims(doc) == [("contact", ["Kröger", "Wendler"], "Haas", ["dpa"], None)]
    doc = make_doc("Anton Berg met Lidia Orlova in Geneva, he told the BBC on Thursday.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Geneva="LOC", BBC="ORG"))
    assert _claims(doc) == [("meet", ["Berg", "Orlova"], "Berg", ["BBC"], None)]


# -- 6. a role apposition between the speaker and the verb ------------------------------------------

def test_role_apposition_keeps_the_speaker_before_it_en():
    doc = make_doc("Mark Dalton, the spokesman, said Anton Berg had met Lidia Orlova.", "en",
                   names(Mark_Dalton="PER", Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _claims(doc) == [("meet", ["Berg", "Orlova"], "Dalton", [], None)]


def test_inverted_speaker_after_a_comma_stays_the_speaker_en():  # guard
    doc = make_doc("Anton Berg met Lidia Orlova, said Mark Dalton.", "en",
                   names(Mark_Dalton="PER", Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _claims(doc) == [("meet", ["Berg", "Orlova"], "Dalton", [], None)]

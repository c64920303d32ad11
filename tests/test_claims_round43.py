"""Round 43 (issue 5): stance and event time on real text, an audit (/tmp/s15/audit_stance_time.md).
(1) A relation negated inside a conditional clause is a possibility weighed, not denied ("if no deal is
reached with Y", "ако не бъде постигнато споразумение с Y", "jeśli nie będzie porozumienia z Y", "pokud se
nedohodne s Y"); (2) a denial cue before an embedded question holding the relation word ("nie było jasne,
czy …") denies nothing of it; (3) a negated verb of answering or being subject to, with the relation noun as
its object ("did not respond to the letters of Y", "не подлежат на преговори"), negates that verb; (4) a
confirmation does not confirm a relation that is only its setting ("confirmed … during his visit to Y");
(5) a time after a bound over a part of a period ("until the end of 2020", "до края на 2020 г.", "do końca
2019 r.", "к 2030 году") limits a period and is not the event's time. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from storyline.claims.lexicon import load_lexicon, tokenize
from storyline.dates.event_time import find_event_times
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, stance, parties, speaker) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, c.stance, sorted(last(m) for m in c.participants),
             None if c.speaker is None else last(c.speaker)) for c in extract_claims(doc)]


def _stances(doc):
    return [(c.relation, c.stance) for c in extract_claims(doc)]


# -- 1. a negation inside a conditional clause -------------------------------------------------------------

def test_negated_relation_in_a_conditional_clause_is_asserted_en_bg():
    # before: negotiate/denies
    doc = make_doc("Vestland could leave the union if it does not negotiate with Nordia.", "en",
                   names(Vestland="LOC", Nordia="LOC"))
    assert _stances(doc) == [("negotiate", "asserts")]
    doc = make_doc("Вестландия може да напусне съюза, ако не бъде постигнато споразумение с Нордия.", "bg",
                   names(Вестландия="LOC", Нордия="LOC"))
    assert _stances(doc) == [("negotiate", "asserts")]


def test_negated_relation_in_a_conditional_clause_is_asserted_pl_cs_ru():
    doc = make_doc("Zdaniem Jana Kowalskiego, jeśli nie będzie porozumienia z Nordią, Vestlandia straci miliardy.", "pl",
                   names(Jana_Kowalskiego=("PER", "Jan Kowalski"), Nordią=("LOC", "Nordia"), Vestlandia="LOC"))
    assert [s for _, s in _stances(doc)] == ["asserts"]
    doc = make_doc("Firma Kovomat odejde z Vestlandie, pokud se Vestlandie nedohodne s Nordií.", "cs",
                   names(Kovomat="ORG", Vestlandie=("LOC", "Vestlandie"), Nordií=("LOC", "Nordie")))
    assert [s for _, s in _stances(doc)] == ["asserts"]
    doc = make_doc("Вестландия потеряет миллиарды, если Антон Берг не договорится с Нордией.", "ru",
                   names(Вестландия="LOC", Антон_Берг="PER", Нордией=("LOC", "Нордия")))
    assert [s for _, s in _stances(doc)] == ["asserts"]


def test_plain_negation_still_denies():  # guard: unchanged behaviour
    doc = make_doc("Anton Berg did not meet Lidia Orlova.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _stances(doc) == [("meet", "denies")]
    doc = make_doc("Anton Berg said he did not meet Lidia Orlova, if anyone asks.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert [s for _, s in _stances(doc)] == ["denies"]


def test_reflexive_se_opens_no_conditional_pt():  # guard: "se" after a negation is the reflexive
    doc = make_doc("Anton Berg não se reuniu com Lidia Orlova.", "pt", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert [s for _, s in _stances(doc)] == ["denies"]


# -- 2. a denial cue before an embedded question ---------------------------------------------------------

def test_not_clear_whether_denies_nothing_pl():
    # before: negotiate/denies (cue "nie było")
    doc = make_doc("Nie było jednak jasne, czy Jan Kowalski da zielone światło do dalszej fazy negocjacji z Nordią.", "pl",
                   names(Jan_Kowalski="PER", Nordią=("LOC", "Nordia")))
    assert _stances(doc) == [("negotiate", "asserts")]


# -- 3. a negated verb of answering / being subject to -----------------------------------------------------

def test_not_subject_to_negotiation_bg_en():
    # before: negotiate/denies
    doc = make_doc("Антон Берг заяви, че правата на гражданите не подлежат на преговори между Вестландия и Нордия.", "bg",
                   names(Антон_Берг="PER", Вестландия="LOC", Нордия="LOC"))
    assert _stances(doc) == [("negotiate", "asserts")]
    doc = make_doc("Anton Berg said the rights of citizens are not subject to negotiations between Vestland and Nordia.", "en",
                   names(Anton_Berg="PER", Vestland="LOC", Nordia="LOC"))
    assert _stances(doc) == [("negotiate", "asserts")]


def test_not_responding_to_letters_ru():
    # before: contact/denies
    doc = make_doc("Компания Ромашка решила не реагировать на письма Антона Берга.", "ru",
                   names(Ромашка="ORG", Антона_Берга=("PER", "Антон Берг")))
    assert [s for _, s in _stances(doc)] == ["asserts"]


# -- 4. a confirmation and a setting --------------------------------------------------------------------------

def test_confirmation_does_not_confirm_its_setting_pl():
    # before: visit/confirms
    doc = make_doc("– To sprawa delikatna – potwierdził premier Jan Kowalski podczas konferencji zorganizowanej podczas "
                   "wizyty Kowalskiego w Nordii.", "pl",
                   names(Jan_Kowalski="PER", Kowalskiego=("PER", "Kowalski"), Nordii=("LOC", "Nordia")))
    assert [(r, s) for r, s in _stances(doc) if r == "visit"] == [("visit", "asserts")]


def test_confirmed_that_still_confirms():  # guard: unchanged behaviour
    doc = make_doc("Anton Berg confirmed that he had met Lidia Orlova.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _stances(doc) == [("meet", "confirms")]


# -- 5. a bound over a part of a period --------------------------------------------------------------------

def _times(text, language, published="2019-06-15"):
    lexicon = load_lexicon(language)
    return [(t.text, t.when) for t in find_event_times(text, tokenize(text), lexicon.time, published)]


def test_until_the_end_of_a_year_is_a_bound():
    # before: the year was the event's time
    assert _times("Вестландия ще настоява преговорите да приключат до края на 2020 г.", "bg") == [("2020 г.", None)]
    assert _times("Rurociąg ma być gotowy do końca 2019 r.", "pl")[0][1] is None
    assert _times("The talks must end by the end of 2020.", "en")[0][1] is None
    assert _times("Инициатива обеспечить к 2030 году доступ к образованию.", "ru")[0][1] is None


def test_plain_year_stays_the_events_time():  # guard: unchanged behaviour
    assert _times("Anton Berg met Lidia Orlova in 2018.", "en") == [("2018", "2018")]
    assert _times("Антон Берг се срещна с Лидия Орлова през 2018 г.", "bg") == [("2018 г.", "2018")]


# -- 6. told_apart (for the claims stage; see the round's notes) -------------------------------------------

def _apart(text, language, time_word, trigger_word, noun=False):
    from storyline.dates.event_time import told_apart
    lexicon = load_lexicon(language)
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    ti, gi = norms.index(time_word), norms.index(trigger_word)

    def match(table):
        return lambda k: bool(table.match_at(tokens, k))
    opens = lambda k: any(table.match_at(tokens, k) for table in (
        lexicon.complementizers, lexicon.relative, lexicon.relative_pronouns, lexicon.clause_conjunctions, lexicon.conditionals))
    return told_apart(tokens, ti, ti, gi, gi, opens, lambda k: bool(lexicon.relative_pronouns.match_at(tokens, k)
                                                                     or lexicon.relative.match_at(tokens, k)),
                      match(lexicon.setting_relatives), noun)


def test_told_apart():
    # a relative clause on another noun: the meeting of shareholders, not the request
    assert _apart("The requests will be met at the meeting of shareholders, which takes place in 2019.", "en",
                  "2019", "requests", noun=True)
    # a relative clause right after the relation noun tells of it
    assert not _apart("They spoke at their meeting, which took place in 2018.", "en", "2018", "meeting", noun=True)
    # a clause of time after the time
    assert not _apart("It was in 1986, when Reagan met Gorbachev.", "en", "1986", "met")
    # a content clause of another verb
    assert _apart("Anton Berg, who is on a visit to Nordia, said that Vestland will leave in 2019.", "en", "2019", "visit")


def test_a_time_in_another_clause_is_another_events_time():
    # "…, whose contract expires in 2019": the contract's time, not the meeting's
    doc = make_doc("Trelko met Vantor, whose contract expires in 2019.", "en", names(Trelko="ORG", Vantor="ORG"))
    assert [c.when for c in extract_claims(doc)] == [None]
    doc = make_doc("Trelko and Vantor held talks in March 2019.", "en", names(Trelko="ORG", Vantor="ORG"))
    assert [c.when for c in extract_claims(doc)] == ["2019-03"]

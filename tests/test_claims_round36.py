"""Round 36 (issue 5): who says it — speaker and `via` shapes found by a speaker audit of 80 claims on
unannotated documents. (1) An outlet named in quote marks after its verb relays the sentence ("предаде
"Фокус"", "informuje „Kurier”"). (2) A meeting in which its speaker spoke is the setting, told by the text,
also after "at"/"na"/"на" ("said X at a joint press conference with Y": lexicon ``saying_places``). (3) A
name right after a media noun is the outlet even when the entity recogniser glued a lower-case word to it
("podle deníku Kurier brexit za …"). (4) A reporting verb inside a quote attributes nothing to the sentence
before. (5) An unquoted first person after a closed quote is the writer's, not the quoted speaker's. (6) A
hyphen typed for the dialogue dash opens a quote ("- Jesteśmy … - powiedziała X"), and a quote goes on with
the speaker of an "according to" sentence between. (7) pl "sugerują" and "jak ujął to X". Invented names
and short constructed sentences."""

from __future__ import annotations

from test_claims import make_doc
from test_claims_round9 import names

from storyline.claims import extract_claims


def spoken(doc):
    """(relation, participant surface texts, speaker surface text, via surface texts) of each claim."""
    m = doc.mentions
    return [(c.relation, sorted(m[p].text for p in c.participants), None if c.speaker is None else m[c.speaker].text,
             [m[v].text for v in c.via]) for c in extract_claims(doc)]


# -- 1. an outlet's name in quote marks after its verb ------------------------------------------------------

def test_outlet_in_quote_marks_after_its_verb_is_the_speaker_bg():
    doc = make_doc('Иван Колев се срещна с Мария Петрова в София, предаде "Арктика".', "bg",
                   names(Иван_Колев="PER", Мария_Петрова="PER", София="LOC", Арктика="ORG"))
    assert spoken(doc) == [("meet", ["Иван Колев", "Мария Петрова"], "Арктика", [])]


def test_outlet_in_quote_marks_relays_a_person_it_quotes_bg_pl():
    doc = make_doc('Иван Колев призова Мария Петрова да реформира политиката си, информира "Арктика".', "bg",
                   names(Иван_Колев="PER", Мария_Петрова="PER", Арктика="ORG"))
    assert [(c[0], c[2], c[3]) for c in spoken(doc)] == [("request", "Арктика", [])]
    doc = make_doc("Jan Kowalski spotkał się z Adamem Nowakiem, informuje „Kurier”.", "pl",
                   names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak"), Kurier="ORG"))
    assert spoken(doc) == [("meet", ["Adamem Nowakiem", "Jan Kowalski"], "Kurier", [])]


# -- 2. the meeting where the speaker spoke -----------------------------------------------------------------

def test_press_conference_at_which_the_speaker_spoke_cs_ru_en():
    doc = make_doc("Projekt je nemožný, uvedla kancléřka Anna Bergová na společné tiskové konferenci s prezidentem "
                   "Olegem Sokolovem.", "cs", names(Anna_Bergová="PER", Olegem_Sokolovem=("PER", "Oleg Sokolov")))
    assert spoken(doc) == [("meet", ["Anna Bergová", "Olegem Sokolovem"], None, [])]
    doc = make_doc("Об этом сказал министр Антон Берг на совместной пресс-конференции с министром Лидией Орловой.", "ru",
                   names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова")))
    assert spoken(doc) == [("meet", ["Антон Берг", "Лидией Орловой"], None, [])]
    doc = make_doc("The project is purely commercial, Mark Dalton said at a joint press conference with Lidia Orlova.", "en",
                   names(Mark_Dalton="PER", Lidia_Orlova="PER"))
    assert spoken(doc) == [("meet", ["Lidia Orlova", "Mark Dalton"], None, [])]


def test_said_that_they_will_meet_keeps_the_speaker_cs():
    """Guard: a meeting in what is said, after "že", is the speaker's report, not where it was said."""
    doc = make_doc("Jan Novák řekl, že na jednání s Olegem Sokolovem pojede v pondělí.", "cs",
                   names(Jan_Novák="PER", Olegem_Sokolovem=("PER", "Oleg Sokolov")))
    assert [c[2] for c in spoken(doc)] == ["Jan Novák"]


# -- 3. a name glued to a lower-case word after a media noun ---------------------------------------------------

def test_outlet_after_a_media_noun_with_a_word_glued_to_it_cs():
    doc = make_doc("Deník Večerník napsal, že Jan Novák odletí. Jednání mezi Arktikou a Olegem Sokolovem bude podle "
                   "deníku Kurier brexit za týden ukončeno.", "cs",
                   names(Večerník="MISC", Jan_Novák="PER", Arktikou=("ORG", "Arktika"),
                         Olegem_Sokolovem=("PER", "Oleg Sokolov"), Kurier_brexit=("MISC", "Kurier")))
    assert [c[2] for c in spoken(doc)] == ["Kurier brexit"]


# -- 4. a reporting verb inside a quote points back at nothing -------------------------------------------------

def test_reporting_verb_inside_a_quote_attributes_nothing_back_bg():
    doc = make_doc("Министърът на търговията Петър Стоев призова Мария Петрова да се срещне с Иван Колев. За шоуто на "
                   "Андрю Мар той заявява, че „ се надява, те да се вслушат в това, което казва Иван Колев“.", "bg",
                   names(Мария_Петрова="PER", Иван_Колев="PER", Петър_Стоев="PER", Андрю_Мар="PER"))
    assert spoken(doc) == [("request", ["Мария Петрова", "Петър Стоев"], None, [])]


# -- 5. an unquoted first person after a closed quote is the writer's -------------------------------------------

def test_first_person_after_a_closed_quote_is_the_writer_sl():
    doc = make_doc("»Svetujemo stroge ukrepe,« je povedal zdravnik Matej Novak. V sodelovanju z revijo Zdravje smo "
                   "priredili klepet, na katerem sta sodelovala Ana Kos in Matej Novak.", "sl",
                   names(Matej_Novak="PER", Zdravje="ORG", Ana_Kos="PER"))
    assert [c[2] for c in spoken(doc)] == [None]


def test_first_person_after_an_indirect_report_goes_on_with_its_speaker_pl():
    """Guard (round 15): with no quote marks the reported speech goes on unquoted."""
    doc = make_doc("Jan Kowalski odpowiedział, że sprawa jest w toku. Podjęliśmy także współpracę z Adamem Nowakiem.", "pl",
                   names(Jan_Kowalski="PER", Adamem_Nowakiem=("PER", "Adam Nowak")))
    assert [c[2] for c in spoken(doc)] == ["Jan Kowalski"]


# -- 6. hyphen dialogue dashes ------------------------------------------------------------------------------

def test_hyphen_dialogue_dash_quote_over_sentences_pl():
    doc = make_doc("Tytuł artykułu\n\n- Jesteśmy blisko porozumienia z firmą Arktika. Prowadzimy realne rozmowy. Sądzę, "
                   "że dojdzie do niego w tym roku - powiedziała Anna Nowak (Kurier). Wizytę skomentował także Jan "
                   "Kowalski.", "pl", names(Arktika="ORG", Anna_Nowak="PER", Kurier="ORG", Jan_Kowalski="PER"))
    assert [(c[2], c[3]) for c in spoken(doc)] == [("Anna Nowak", [])]


def test_quote_goes_on_with_the_speaker_of_an_according_sentence_pl():
    doc = make_doc("Tytuł\n\n– Widzimy spotkania z firmą Arktika – stwierdziła Anna Nowak. W opinii Jana Kowalskiego "
                   "punktem odniesienia są inne rozmowy. - Obserwując negocjacje z firmą Arktika, wydawało się, że dojdzie "
                   "do porozumienia - powqiedział gość radia.", "pl",
                   names(Arktika="ORG", Anna_Nowak="PER", Jana_Kowalskiego=("PER", "Jan Kowalski")))
    assert [c[2] for c in spoken(doc)][-1] == "Jana Kowalskiego"


def test_list_items_after_hyphens_are_no_quotes():
    """Guard: a hyphen before a lower-case word, or with no dash closing before a lower-case word, opens nothing."""
    from storyline.claims.quotes import find_dash_quotes
    text = "Lista:\n- pierwszy punkt - drugi\n- Trzeci punkt. Czwarty."
    assert find_dash_quotes(text) == []


# -- 7. pl "sugerują", "jak ujął to X" -------------------------------------------------------------------------

def test_suggesting_is_reporting_pl():
    doc = make_doc("W wywiadzie dla gazety Kurier Jan Kowalski sugeruje, że Piotr Zieliński może przyjechać do Norwegii.", "pl",
                   names(Kurier="ORG", Jan_Kowalski="PER", Piotr_Zieliński="PER", Norwegii=("LOC", "Norwegia")))
    assert spoken(doc) == [("visit", ["Norwegii", "Piotr Zieliński"], "Jan Kowalski", ["Kurier"])]


def test_as_x_put_it_is_according_to_x_pl():
    doc = make_doc("Uniwersytet Arktika, jak ujął to Jan Kowalski, wystosował zaproszenie do Adama Nowaka.", "pl",
                   names(Uniwersytet_Arktika="ORG", Jan_Kowalski="PER", Adama_Nowaka=("PER", "Adam Nowak")))
    assert [c[2] for c in spoken(doc)] == ["Jan Kowalski"]

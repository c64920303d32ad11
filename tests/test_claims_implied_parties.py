"""Implied parties (issue 5): a relation word whose sentence names fewer parties than it needs takes
the parties the document established for that relation earlier ("Talks between London and Brussels
began. … The talks broke down."), only when that is unambiguous. Sentences are constructed, not
copied; several languages."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from storyline.claims import extract_claims
from test_claims import make_doc, names_of, speaker_of

UK_EU = {"Britain": ("LOC", "Britain"), "European Union": ("ORG", "European Union"),
         "Michel Barnier": ("PER", "Michel Barnier"), "Barnier": ("PER", "Michel Barnier")}
LEADERS_RU = {"Путин": ("PER", "Путин"), "Эрдоганом": ("PER", "Эрдоган"), "Макрон": ("PER", "Макрон"),
              "Меркель": ("PER", "Меркель"), "Сочи": ("LOC", "Сочи"),
              "Берлине": ("LOC", "Берлин")}
# two talks with different parties, then a sentence about "the talks"
TWO_PAIRS_RU = ("Путин провёл переговоры с Эрдоганом в Сочи. Цены на нефть выросли. Макрон провёл переговоры "
                "с Меркель в Берлине. Цены на газ упали. ")
CAPITALS_PL = {"Londynem": ("LOC", "Londyn"), "Londyn": ("LOC", "Londyn"), "Brukselą": ("LOC", "Bruksela"),
               "Waszyngtonem": ("LOC", "Waszyngton")}


def claims_in(doc, sentence_start: str):
    """The claims of the sentence starting with ``sentence_start``."""
    offset = doc.text.index(sentence_start)
    return [c for c in extract_claims(doc) if c.start <= offset < c.end]


def test_talks_named_later_without_parties_take_the_documents_pair_en():
    text = ("Britain and the European Union began negotiations on Monday. Food prices rose again in March. "
            "The negotiations will resume next week, Michel Barnier said.")
    doc = make_doc(text, "en", UK_EU)
    [claim] = claims_in(doc, "The negotiations will resume")
    assert claim.relation == "negotiate" and claim.cameo == "04"
    assert names_of(doc, claim.participants) == {"Britain", "Union"}
    assert speaker_of(doc, claim) == "Barnier"  # the speaker is the source, not a party


def test_implied_parties_in_slavic_languages():
    cases = [
        ("ru", "Переговоры между Лондоном и Брюсселем начались в понедельник. Цены на бензин выросли. "
               "Переговоры по Brexit зашли в тупик.",
         {"Лондоном": ("LOC", "Лондон"), "Брюсселем": ("LOC", "Брюссель"), "Brexit": ("MISC", "Brexit")},
         "Переговоры по Brexit", "negotiate", {"Лондон", "Брюссель"}),
        ("pl", "Gazprom i Naftogaz prowadzą rozmowy o tranzycie gazu. Ceny gazu spadły. Rozmowy zostały przerwane.",
         {"Gazprom": ("ORG", "Gazprom"), "Naftogaz": ("ORG", "Naftogaz")},
         "Rozmowy zostały", "contact", {"Gazprom", "Naftogaz"}),
        ("uk", "Британія та ЄС розпочали переговори. Ціни зросли. Переговори зайшли в глухий кут.",
         {"Британія": ("LOC", "Британія"), "ЄС": ("ORG", "ЄС")},
         "Переговори зайшли", "negotiate", {"Британія", "ЄС"}),
        # (cs "se" is here the reflexive, not "with": no partner of its own)
        ("cs", "Babiš bude jednat s Perrym. Perry podniká cestu po Evropě. Jednání se uskuteční ve středu.",
         {"Babiš": ("PER", "Babiš"), "Perrym": ("PER", "Perry"), "Perry": ("PER", "Perry"), "Evropě": ("LOC", "Evropa")},
         "Jednání se", "negotiate", {"Babiš", "Perry"}),
        ("sl", "Velika Britanija in EU sta začela pogajanja. Cene so zrasle. Pogajanja se bodo nadaljevala prihodnji teden.",
         {"Velika Britanija": ("LOC", "Velika Britanija"), "EU": ("ORG", "EU")},
         "Pogajanja se", "negotiate", {"Britanija", "EU"}),
    ]
    for language, text, names, sentence, relation, parties in cases:
        doc = make_doc(text, language, names)
        [claim] = claims_in(doc, sentence)
        assert (claim.relation, names_of(doc, claim.participants)) == (relation, parties), language


def test_a_named_party_of_the_pair_is_completed_by_its_partner_pl():
    text = ("Rozmowy między Londynem a Brukselą rozpoczęły się w poniedziałek. Ceny paliw wzrosły. "
            "Londyn ogłosił, że rozmowy zostały przerwane.")
    doc = make_doc(text, "pl", CAPITALS_PL)
    [claim] = claims_in(doc, "Londyn ogłosił")
    assert names_of(doc, claim.participants) == {"Londyn", "Bruksela"} and speaker_of(doc, claim) == "Londyn"


def test_two_pairs_for_the_relation_are_ambiguous_ru():
    text = TWO_PAIRS_RU + "Переговоры продлились два часа."
    doc = make_doc(text, "ru", LEADERS_RU)
    assert claims_in(doc, "Переговоры продлились") == []  # which talks is unknown: nothing is filled
    assert len(extract_claims(doc)) == 2  # the explicit ones stay


def test_the_speaker_picks_the_pair_they_belong_to_ru():
    text = TWO_PAIRS_RU + "По словам Меркель, переговоры были трудными."
    doc = make_doc(text, "ru", LEADERS_RU)
    [claim] = claims_in(doc, "По словам Меркель")
    assert names_of(doc, claim.participants) == {"Макрон", "Меркель"} and speaker_of(doc, claim) == "Меркель"


def test_a_sentence_naming_its_own_parties_keeps_them_bg():
    text = ("Преговорите между Лондон и Брюксел започнаха. Цените на горивата се повишиха. "
            "Преговорите между Москва и Киев бяха прекъснати.")
    names = {"Лондон": ("LOC", "Лондон"), "Брюксел": ("LOC", "Брюксел"), "Москва": ("LOC", "Москва"),
             "Киев": ("LOC", "Киев")}
    doc = make_doc(text, "bg", names)
    [claim] = claims_in(doc, "Преговорите между Москва")
    assert names_of(doc, claim.participants) == {"Москва", "Киев"}


def test_a_sentence_naming_another_party_gets_no_implied_partner_pl():
    text = ("Rozmowy między Londynem a Brukselą rozpoczęły się w poniedziałek. Ceny paliw wzrosły. "
            "Rozmowy z Waszyngtonem zostały przerwane.")
    doc = make_doc(text, "pl", CAPITALS_PL)
    assert claims_in(doc, "Rozmowy z Waszyngtonem") == []  # one party of another relation: no claim


def test_unnamed_partners_generic_words_and_absence_take_no_implied_parties_en():
    opening = "Britain and the European Union began negotiations on Monday. Food prices rose again in March. "
    for sentence in ("Negotiations with foreign investors will resume next week.",  # a partner of its own
                     "The agreement was criticised by farmers.",  # any agreement
                     "Britain may leave without negotiations."):  # no relation at all
        doc = make_doc(opening + sentence, "en", UK_EU)
        assert claims_in(doc, sentence) == [], sentence
    # right after the explicit mention too (the continuation of the claim just made)
    doc = make_doc("Britain and the European Union began negotiations on Monday. "
                   "Negotiations with foreign investors will resume next week.", "en", UK_EU)
    assert claims_in(doc, "Negotiations with foreign") == []


def test_directed_relations_take_no_implied_parties_en():
    text = ("Britain asked the European Union for a delay. Food prices rose again in March. "
            "The request was discussed on Friday.")
    doc = make_doc(text, "en", UK_EU)
    assert all(c.relation != "request" for c in claims_in(doc, "The request was"))


def test_dev4_is_the_seeded_draw(shared_data):
    """dev4 in dev.jsonl holds exactly the documents draw_dev4.py draws, none of test3's."""
    claims_dir = Path(__file__).resolve().parents[1] / "data" / "claims"
    spec = importlib.util.spec_from_file_location("draw_dev4", claims_dir / "draw_dev4.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    drawn = [f"slavicner/{topic}/{language}/{name}" for topic, language, name in module.draw(data=shared_data)]
    records = [json.loads(line) for line in (claims_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc"] for r in records if r["split"] == "dev4"] == drawn
    test3 = {json.loads(line)["doc"] for line in (claims_dir / "test3.jsonl").read_text(encoding="utf-8").splitlines()}
    assert not test3 & set(drawn)


# -- mechanisms found on dev4's mistakes (lexicon data and attribution), constructed sentences --------

def test_the_subject_speaks_not_the_institution_after_a_preposition_sl():
    names = {"Johnson": ("PER", "Johnson"), "britanskem parlamentu": ("ORG", "britanski parlament"),
             "Brusljem": ("LOC", "Bruselj")}
    doc = make_doc("Johnson je v svojem govoru v britanskem parlamentu obljubil, da bo odprl pogajanja z Brusljem.",
                   "sl", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "Johnson" and names_of(doc, claim.participants) == {"Johnson", "Bruselj"}
    # with no subject of its own the institution still speaks ("в Кремле заявили")
    doc = make_doc("V britanskem parlamentu so sporočili, da so se pogajanja z Brusljem končala.", "sl", names)
    [claim] = extract_claims(doc)
    assert speaker_of(doc, claim) == "parlament"


def test_there_will_be_no_talks_is_a_denial_but_not_easy_talks_are_not():
    parties = {"Londynem": ("LOC", "Londyn"), "Brukselą": ("LOC", "Bruksela")}
    [claim] = extract_claims(make_doc("Rozmów między Londynem a Brukselą nie będzie.", "pl", parties))
    assert claim.stance == "denies"
    [claim] = extract_claims(make_doc("Rozmowa między Londynem a Brukselą nie będzie łatwa.", "pl", parties))
    assert claim.stance == "asserts"
    doc = make_doc("Песков заявил, что новых переговоров между Путиным и Маском не будет.", "ru",
                   {"Песков": ("PER", "Песков"), "Путиным": ("PER", "Путин"), "Маском": ("PER", "Маск")})
    [claim] = extract_claims(doc)
    assert claim.stance == "denies" and names_of(doc, claim.participants) == {"Путин", "Маск"}


def test_agreements_between_partner_relations_and_meals():
    doc = make_doc("Poslanci bodo glasovali o ločitvenem sporazumu med Londonom in Brusljem.", "sl",
                   {"Londonom": ("LOC", "London"), "Brusljem": ("LOC", "Bruselj")})
    [claim] = extract_claims(doc)
    assert claim.relation == "negotiate" and names_of(doc, claim.participants) == {"London", "Bruselj"}
    doc = make_doc("България и Великобритания ще запазят добрите си партньорски отношения.", "bg",
                   {"България": ("LOC", "България"), "Великобритания": ("LOC", "Великобритания")})
    [claim] = extract_claims(doc)
    assert claim.relation == "cooperate"
    doc = make_doc("Tusk pojechał do Londynu na lunch z May.", "pl",
                   {"Tusk": ("PER", "Tusk"), "Londynu": ("LOC", "Londyn"), "May": ("PER", "May")})
    assert ("meet", {"Tusk", "May"}) in [(c.relation, names_of(doc, c.participants)) for c in extract_claims(doc)]


def test_meeting_objections_and_absent_consultations_are_no_relation():
    doc = make_doc("Проектът срещна сериозни възражения от страна на Полша и Украйна.", "bg",
                   {"Полша": ("LOC", "Полша"), "Украйна": ("LOC", "Украйна")})
    assert extract_claims(doc) == []
    doc = make_doc("Britain may decide without consultation with Germany and France.", "en",
                   {"Britain": ("LOC", "Britain"), "Germany": ("LOC", "Germany"), "France": ("LOC", "France")})
    assert extract_claims(doc) == []


def test_only_a_noun_of_the_relation_takes_the_documents_pair():
    """A relation noun refers back ("the talks", "разговор", "rozmowy"); a verb without its subject or
    object in its clause ("calling for more blood", "обсуждали", "rozmawiano") or a word in another
    sense ("this talk presented at the conference": a lecture) names no relation of the document."""
    cases = [
        ("en", "Britain and the European Union held talks on Monday. Food prices rose again in March. ",
         UK_EU, "The crowd outside is hissing and calling for more blood.", "The talks will resume next week.",
         {"Britain", "Union"}),
        ("en", "Britain and the European Union held talks on Monday. Food prices rose again in March. ",
         UK_EU, "In this talk presented at a medical conference, a surgeon explains her work.",
         "The talks will resume next week.", {"Britain", "Union"}),
        ("ru", "Путин и Эрдоган провели телефонный разговор. Цены на нефть выросли. ",
         {"Путин": ("PER", "Путин"), "Эрдоган": ("PER", "Эрдоган")},
         "Вчера обсуждали также цены на газ.", "Разговор продлился час.", {"Путин", "Эрдоган"}),
        ("pl", "Gazprom i Naftogaz prowadzą rozmowy o tranzycie gazu. Ceny gazu spadły. ",
         {"Gazprom": ("ORG", "Gazprom"), "Naftogaz": ("ORG", "Naftogaz")},
         "Rozmawiano też o cenach ropy.", "Rozmowy zostały przerwane.", {"Gazprom", "Naftogaz"}),
    ]
    for language, opening, names, verb_sentence, noun_sentence, parties in cases:
        doc = make_doc(opening + verb_sentence + " " + noun_sentence, language, names)
        assert claims_in(doc, verb_sentence) == [], (language, verb_sentence)
        [claim] = claims_in(doc, noun_sentence)
        assert names_of(doc, claim.participants) == parties, (language, noun_sentence)


def _draw_module(name: str):
    """A data/claims/draw_*.py script as a module (it imports its sibling draw scripts)."""
    claims_dir = Path(__file__).resolve().parents[1] / "data" / "claims"
    sys.path.insert(0, str(claims_dir))
    try:
        spec = importlib.util.spec_from_file_location(name, claims_dir / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(claims_dir))
    return module


def _split_and_the_rest(split: str) -> tuple[list[str], set[str]]:
    """The documents of ``split`` in dev.jsonl, in order, and those of every other split and of test3."""
    claims_dir = Path(__file__).resolve().parents[1] / "data" / "claims"
    records = [json.loads(line) for line in (claims_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    others = {r["doc"] for r in records if r["split"] != split}
    others |= {json.loads(line)["doc"] for line in (claims_dir / "test3.jsonl").read_text(encoding="utf-8").splitlines()}
    return [r["doc"] for r in records if r["split"] == split], others


def test_dev5_is_the_continuation_of_test3s_draw(shared_data):
    """dev5 holds exactly what draw_dev5.py draws, in order: test3's two lists walked on past test3,
    with no document of any other split (so it can be tuned on while test3 stays blind)."""
    slavic, pages = _draw_module("draw_dev5").draw(data=shared_data)
    drawn = [f"slavicner/{t}/{lang}/{name}" for t, lang, name in slavic] + \
        [f"boilerplate/{name[: -len('.json')]}" for name in pages]
    dev5, others = _split_and_the_rest("dev5")
    assert dev5 == drawn and not others & set(drawn)
    assert len(slavic) == 40 and len(pages) == 12


def test_dev6_continues_the_draw_where_dev5_stopped(shared_data):
    """dev6 holds exactly what draw_dev6.py draws: the SlavicNER list of test3's draw, walked on past
    test3 and dev5, disjoint from every other split."""
    module = _draw_module("draw_dev6")
    drawn = [f"slavicner/{t}/{lang}/{name}" for t, lang, name in module.draw(data=shared_data)]
    pool = [f"slavicner/{t}/{lang}/{name}" for t, lang, name in module.draw_test3.slavicner_pool(shared_data)]
    dev6, others = _split_and_the_rest("dev6")
    assert dev6 == drawn and len(drawn) == 45 and not others & set(drawn)
    # it continues the list: every document of the list before its first one belongs to another split
    assert set(pool[: pool.index(drawn[0])]) <= others


def test_test4_is_its_own_blind_draw(shared_data):
    """test4.jsonl holds exactly what draw_test4.py draws, in order: no document of another split, none the
    tuning rounds' real-text set shared lines with (seen_by_rounds.txt)."""
    module = _draw_module("draw_test4")
    drawn = [f"slavicner/{t}/{lang}/{name}" for t, lang, name in module.draw(data=shared_data)]
    claims_dir = Path(__file__).resolve().parents[1] / "data" / "claims"
    test4 = [json.loads(line)["doc"] for line in (claims_dir / "test4.jsonl").read_text(encoding="utf-8").splitlines()]
    _, others = _split_and_the_rest("test4")
    seen = {line.strip() for line in (claims_dir / "seen_by_rounds.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    assert test4 == drawn and len(drawn) == 40 and not others & set(drawn)
    assert not {d.removeprefix("slavicner/") + ".txt" for d in drawn} & seen


def test_dev7_continues_test4s_draw_and_shares_no_article_with_it(shared_data):
    """dev7.jsonl holds exactly what draw_dev7.py draws, in order: test4's draw walked on past test4, with no
    document of another split and none sharing two lines with a test4 document (the same article under
    another name would put test4's text into tuning)."""
    module = _draw_module("draw_dev7")
    drawn = module.draw(data=shared_data)
    names = [f"slavicner/{t}/{lang}/{name}" for t, lang, name in drawn]
    claims_dir = Path(__file__).resolve().parents[1] / "data" / "claims"
    dev7 = [json.loads(line)["doc"] for line in (claims_dir / "dev7.jsonl").read_text(encoding="utf-8").splitlines()]
    test4 = [json.loads(line)["doc"] for line in (claims_dir / "test4.jsonl").read_text(encoding="utf-8").splitlines()]
    _, others = _split_and_the_rest("dev7")
    assert dev7 == names and len(names) == 80 and not (others | set(test4)) & set(names)
    order = [f"slavicner/{t}/{lang}/{name}" for t, lang, name in module.draw_test4.draw(10**9, shared_data)]
    assert order[:40] == test4 and order.index(names[0]) >= 40  # it walks on past test4

    def lines(doc: str) -> set[str]:
        topic, language, name = doc.split("/")[1:]
        raw = shared_data / "slavicner" / "raw" / topic / language / f"{name}.txt"
        return module.draw_test4._line_keys(raw.read_text(encoding="utf-8"))

    test4_lines = set().union(*(lines(doc) for doc in test4))
    assert all(len(lines(doc) & test4_lines) < 2 for doc in names)

"""`storyline eval claims --why-missed`: the gold claims the extractor did not match, counted by cause, and the
relation words the extractor reads (`storyline.claims.relation_words`) that the causes are read from."""

from __future__ import annotations

import io
import json
import re

from click.testing import CliRunner

from storyline.claims import relation_words
from storyline.cli import main as cli
from storyline.eval.claims import (NO_WORD, NOT_ANCHORED, OTHER_WORD, GoldClaim, GoldDocument, Misses, document_of,
                                   evaluate, load_gold, main, miss_cause)
from storyline.records import Document, Mention

NAMES = {"John Doe": "PER", "Jane Roe": "PER", "Maronia Talks Committee": "ORG", "Maronia": "LOC", "Zenco": "ORG"}


def _mentions(text: str) -> list[dict]:
    """Every occurrence of the invented names, the longer first ("Maronia Talks Committee" holds "Maronia")."""
    taken: list[tuple[int, int]] = []
    for name in sorted(NAMES, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
    return [{"start": a, "end": b, "text": text[a:b], "type": NAMES[text[a:b]], "lemma": text[a:b], "entity": text[a:b]}
            for a, b in sorted(taken)]


def _document(language: str, text: str) -> Document:
    """The Document `evaluate` hands the extractor for ``text`` with our names as its gold mentions."""
    mentions = [Mention(m["start"], m["end"], m["text"], m["type"], m["lemma"], m["entity"]) for m in _mentions(text)]
    return document_of(GoldDocument("d", "", language, None, "dev", text, mentions, []))


def _claim(evidence: str, relation: str, *parties: str, **extra) -> dict:
    return {"evidence": evidence, "relation": relation, "stance": "asserts", "speaker": None,
            "participants": list(parties), "via": [], **extra}


def _gold(tmp_path, *documents: tuple[str, str, list[dict]]):
    """A claims file of (language, text, claims) documents, read back as `load_gold` reads it."""
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"doc": f"d{n}", "language": language, "split": "dev", "text": text,
                                        "mentions": _mentions(text), "claims": claims}) + "\n"
                            for n, (language, text, claims) in enumerate(documents)), encoding="utf-8")
    return path


def _causes(path) -> Misses:
    misses: dict[str, Misses] = {}
    evaluate(load_gold(path), misses=misses)
    return misses["all"]


MET = "John Doe met Jane Roe in Maronia."
TALKS = "Zenco is based in Maronia. John Doe held talks on Monday."
HELD = "Maronia and Zenco are neighbours. The talks were held on Monday."
PRAISED = "John Doe praised Zenco."
COMMITTEE = "John Doe chairs the Maronia Talks Committee."


def test_each_missed_claim_gets_its_cause(tmp_path):
    path = _gold(tmp_path, ("en", MET, [
        _claim(MET, "meet", "John Doe", "Jane Roe"),  # found: the extractor's one claim matches it
        _claim(MET, "negotiate", "John Doe", "Jane Roe"),  # "met" is a word of another relation
        _claim(MET, "meet", "John Doe", "Maronia"),  # its word, both parties named
        _claim(MET, "meet", "John Doe", "Jane Roe", "Maronia"),  # its word, all three named
    ]), ("en", TALKS, [
        # "talks" (contact) in the second sentence, which names John Doe only (Zenco: the sentence before)
        _claim("John Doe held talks", "contact", "John Doe", "Zenco"),
        _claim("John Doe held talks", "contact", "John Doe", "Zenco", "Maronia"),
    ]), ("en", HELD, [
        _claim("The talks were held", "contact", "Maronia", "Zenco"),  # both named, not in the talks' sentence
    ]), ("en", PRAISED, [
        _claim(PRAISED, "cooperate", "John Doe", "Zenco", anchored=False),  # a reader's inference
        _claim(PRAISED, "cooperate", "John Doe", "Zenco", anchored=True),  # the same, said to be stated: no word
        _claim(PRAISED, "cooperate", "John Doe", "Zenco"),  # (not marked: read for words as well)
    ]), ("en", COMMITTEE, [
        _claim(COMMITTEE, "contact", "John Doe", "Maronia Talks Committee"),  # "Talks" inside a name: no word
    ]))
    misses = _causes(path)
    assert (misses.gold, misses.marked, misses.matched) == (11, 2, 1)
    assert misses.causes == {
        OTHER_WORD: 1,
        "its relation's word, 2 of 2 parties named in the sentence": 1,
        "its relation's word, 2+ of 3+ parties named in the sentence": 1,
        "its relation's word, 1 of 2 parties named in the sentence": 1,
        "its relation's word, 1 of 3+ parties named in the sentence": 1,
        "its relation's word, 0 of 2 parties named in the sentence": 1,
        NOT_ANCHORED: 1,
        NO_WORD: 3,
    }
    # the ceiling: recall if the five with their relation's word were found as well
    assert misses.ceiling() == (1 + 5) / 11


def test_causes_are_counted_per_language_and_for_all(tmp_path):
    met = "Delegace se setkaly v pondělí."  # (cs: "the delegations met on Monday", read with the Czech lexicon)
    path = _gold(tmp_path, ("en", PRAISED, [_claim(PRAISED, "cooperate", "John Doe", "Zenco", anchored=False)]),
                 ("en", MET, [_claim(MET, "negotiate", "John Doe", "Jane Roe")]),
                 ("cs", "Zenco a John Doe jsou sousedé. " + met, [_claim(met, "meet", "John Doe", "Zenco")]))
    misses: dict[str, Misses] = {}
    evaluate(load_gold(path), misses=misses)
    assert set(misses) == {"all", "en", "cs"}
    # MET's own claim is found by the extractor and matched to the negotiation (it overlaps): nothing missed there
    assert misses["en"].causes == {NOT_ANCHORED: 1} and (misses["en"].gold, misses["en"].matched) == (2, 1)
    assert misses["cs"].causes == {"its relation's word, 0 of 2 parties named in the sentence": 1}
    assert misses["all"].causes == misses["en"].causes + misses["cs"].causes
    assert misses["all"].gold == 3 and misses["all"].matched == 1


def test_relation_words_are_those_the_extractor_reads():
    doc = _document("en", "Zenco sent a letter to John Doe with a demand for payment. " + COMMITTEE)
    words = relation_words(doc)
    # "letter to" is a contact phrase of the lexicon, read as a request when a demand follows (round 63); "demand"
    # is a request word; the "Talks" of the committee's name is none
    assert [(w.key, doc.text[w.start : w.end]) for w in words] == [("request", "letter to"), ("request", "demand")]
    assert all(w.last >= w.first for w in words) and words[0].last == words[0].first + 1  # token spans, last inclusive
    # a range: the words of the sentences it overlaps only
    assert relation_words(doc, doc.text.index("John Doe chairs"), len(doc.text)) == []
    assert [w.key for w in relation_words(doc, 0, 5)] == ["request", "request"]


def test_the_option_prints_counts_and_no_text(tmp_path):
    path = _gold(tmp_path, ("en", MET, [_claim(MET, "meet", "John Doe", "Jane Roe"),
                                        _claim(MET, "negotiate", "John Doe", "Jane Roe")]),
                 ("en", HELD, [_claim("The talks were held", "contact", "Maronia", "Zenco")]),
                 ("en", PRAISED, [_claim(PRAISED, "cooperate", "John Doe", "Zenco", anchored=False)]))
    out = io.StringIO()
    assert main([str(path), "--why-missed", "--anchored"], out=out) == 0
    table = out.getvalue().split("why missed")[1]
    rows = {line.rsplit(None, 2)[0].strip(): line.split()[-2:] for line in table.splitlines()[2:]}  # (all, en)
    assert rows["gold"] == ["4", "4"]  # all gold claims, the unanchored one too, whatever --anchored sets aside
    assert rows["matched"] == ["1", "1"] and rows["missed"] == ["3", "3"]
    assert rows["not anchored"] == rows["another relation's word"] == ["1", "1"]
    assert rows["no relation word"] == ["0", "0"]
    assert rows["its relation's word, 0 of 2 parties named in the sentence"] == ["1", "1"]
    assert rows["claim recall"] == ["0.25", "0.25"]
    assert rows["recall if each with its relation's word were found"] == ["0.50", "0.50"]
    for text in (MET, HELD, PRAISED, "talks", "John Doe", "Maronia"):
        assert text not in out.getvalue()  # aggregates only: a blind split can be counted
    plain = io.StringIO()
    main([str(path)], out=plain)
    assert "why missed" not in plain.getvalue()
    # the command line passes the option on
    result = CliRunner().invoke(cli, ["eval", "claims", str(path), "--why-missed"])
    assert result.exit_code == 0 and table in result.output


def _gold_claim(doc: Document, evidence: str, relation: str, *parties: str) -> GoldClaim:
    start = doc.text.index(evidence)
    return GoldClaim(evidence, start, start + len(evidence), relation, "asserts", None, frozenset(parties), frozenset(),
                     None, None, False)


def test_the_cause_is_read_in_the_evidence_sentences_only():
    doc = _document("en", "John Doe praised Zenco. Jane Roe met Zenco in Maronia.")
    words = relation_words(doc)
    # "met" stands in the next sentence only: the praise's sentence has no relation word
    assert miss_cause(doc, _gold_claim(doc, "John Doe praised Zenco", "meet", "John Doe", "Zenco"), words) == NO_WORD


def test_evidence_cut_by_the_splitter_is_read_in_all_the_sentences_it_overlaps():
    doc = _document("en", "John Doe praised Zenco. They met on Monday.")
    words = relation_words(doc)
    # the word is in the second sentence and John Doe in the first, outside the evidence: both count
    gold = _gold_claim(doc, "Zenco. They met", "meet", "John Doe", "Zenco")
    assert miss_cause(doc, gold, words) == "its relation's word, 2 of 2 parties named in the sentence"
    # a document without sentences is split as the extractor splits it
    doc.sentences = []
    assert miss_cause(doc, gold, words) == "its relation's word, 2 of 2 parties named in the sentence"

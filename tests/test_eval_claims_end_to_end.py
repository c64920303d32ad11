"""`storyline eval claims --end-to-end`: claims scored on the mentions the entities stage predicts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storyline.cli import main as cli
from storyline.eval.claims import evaluate, load_gold
from storyline.records import Document, Mention

TEXT = "Elon Musk and Peter Thiel met Vladimir Putin in Moscow, the Kremlin said."
GOLD_MENTIONS = [("Elon Musk", "PER", "musk"), ("Peter Thiel", "PER", "thiel"),
                 ("Vladimir Putin", "PER", "putin"), ("Kremlin", "ORG", "kremlin")]


def _span(name: str) -> tuple[int, int]:
    start = TEXT.index(name)
    return start, start + len(name)


@pytest.fixture
def gold_file(tmp_path):
    record = {
        "doc": "e2e-1", "language": "en", "split": "dev", "text": TEXT,
        "mentions": [{"start": _span(n)[0], "end": _span(n)[1], "text": n, "type": t, "entity": e}
                     for n, t, e in GOLD_MENTIONS],
        "claims": [{"evidence": TEXT, "relation": "meet", "stance": "asserts", "speaker": "Kremlin",
                    "participants": ["Elon Musk", "Peter Thiel", "Vladimir Putin"]}],
    }
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def recogniser(*found: tuple[str, str]):
    """A stand-in entities stage: finds exactly `found` (name, type), base form = surface form."""
    def stage(doc: Document) -> Document:
        assert doc.mentions == []  # the gold mentions are never handed to the stage
        doc.mentions = [Mention(*_span(name), name, kind, name) for name, kind in found]
        return doc
    return stage


def _score(gold_file, stage):
    by_language, _ = evaluate(load_gold(gold_file), stage)
    return by_language["all"]


def test_gold_spans_count_as_the_gold_entities_whatever_their_type(gold_file):
    # NER types the Kremlin LOC and reads only "Putin": the spans still stand for the gold entities
    counts = _score(gold_file, recogniser(("Elon Musk", "PER"), ("Peter Thiel", "PER"), ("Putin", "PER"),
                                          ("Kremlin", "LOC")))
    assert counts.matched == 1
    assert counts.correct["participants"] == 1 and counts.correct["speaker"] == 1
    assert counts.correct["combined"] == 1
    assert counts.parties_correct == 3


def test_a_party_ner_misses_makes_the_participants_wrong(gold_file):
    counts = _score(gold_file, recogniser(("Elon Musk", "PER"), ("Vladimir Putin", "PER"), ("Kremlin", "ORG")))
    assert counts.matched == 1  # the claim is still found ...
    assert counts.correct["speaker"] == 1
    assert counts.correct["participants"] == 0 and counts.correct["combined"] == 0  # ... without Thiel
    assert (counts.parties_correct, counts.parties_gold) == (2, 3)
    # the same file with its gold mentions: everything right
    gold = _score(gold_file, None)
    assert gold.correct["participants"] == 1 and gold.correct["combined"] == 1


def test_a_party_unknown_to_the_gold_is_wrong_not_ignored(gold_file, tmp_path):
    record = json.loads(gold_file.read_text(encoding="utf-8"))
    record["mentions"] = [m for m in record["mentions"] if m["text"] != "Peter Thiel"]
    record["claims"][0]["participants"] = ["Elon Musk", "Vladimir Putin"]
    path = tmp_path / "without_thiel.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    stage = recogniser(("Elon Musk", "PER"), ("Peter Thiel", "PER"), ("Vladimir Putin", "PER"), ("Kremlin", "ORG"))
    counts = _score(path, stage)
    assert counts.matched == 1
    assert counts.correct["participants"] == 0
    assert (counts.parties_correct, counts.parties_predicted) == (2, 3)


def test_cli_header_says_which_mentions_were_used(gold_file):
    runner = CliRunner()
    gold = runner.invoke(cli, ["eval", "claims", str(gold_file)])
    assert gold.exit_code == 0, gold.output
    assert "mentions: gold" in gold.output.splitlines()[0]
    # the real entities stage (shipped NER model) on the short English text
    predicted = runner.invoke(cli, ["eval", "claims", str(gold_file), "--end-to-end", "--no-natasha"])
    assert predicted.exit_code == 0, predicted.output
    header = predicted.output.splitlines()[0]
    assert "mentions: predicted" in header and "natasha off" in header and "model " in header
    assert "mentions: gold" not in predicted.output


def test_cli_model_options_need_end_to_end(gold_file, tmp_path):
    result = CliRunner().invoke(cli, ["eval", "claims", str(gold_file), "--model", str(tmp_path)])
    assert result.exit_code == 2
    assert "--end-to-end" in result.output
    missing = CliRunner().invoke(cli, ["eval", "claims", str(gold_file), "--end-to-end", "--model",
                                       str(tmp_path / "no-such-model")])
    assert missing.exit_code == 2
    assert "NER model" in missing.output

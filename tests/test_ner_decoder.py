"""NER decoding: our numpy replay of spaCy's greedy BILUO parser finds exactly spaCy's entities."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.entities.biluo_decoder import GreedyEntityDecoder, _first_max_by_move_order, _parse_moves
from storyline.entities.ner import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def _spacy_entities(recognizer: EntityRecognizer, text: str) -> list[tuple[int, int, str]]:
    decoder, recognizer.decoder = recognizer.decoder, None
    try:
        return recognizer.recognize(text)
    finally:
        recognizer.decoder = decoder


def _texts(examples, shared_data=None, limit=120):
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    texts += [
        # whitespace runs and line breaks inside and around names, a name as the last token,
        # a one-token chunk, an empty line
        "Prime  Minister Boris   Johnson met\n\nAngela Merkel in Berlin",
        "Владимир Путин",
        "Putin",
        "\n\n",
        "Мъск заяви пред Ройтерс , че Илон Маск и Дмитрий Песков не са говорили.",
    ]
    if shared_data is not None:
        files = sorted((shared_data / "slavicner" / "raw").glob("*/*/*.txt"))
        texts += [p.read_text(encoding="utf-8") for p in files[:: max(1, len(files) // limit)][:limit]]
    return texts


def test_decoder_is_used_for_the_shipped_model(recognizer):
    assert recognizer.decoder is not None


def test_same_entities_as_spacy_on_the_examples(recognizer, examples):
    for text in _texts(examples):
        assert recognizer.recognize(text) == _spacy_entities(recognizer, text)


def test_same_entities_as_spacy_on_slavicner(recognizer, examples, shared_data):
    texts = _texts(examples, shared_data)
    found = 0
    for text in texts:
        ours = recognizer.recognize(text)
        assert ours == _spacy_entities(recognizer, text)
        found += len(ours)
    assert found > 1000  # the comparison saw real entities of every kind, not empty lists
    assert {label for text in texts[:20] for _, _, label in recognizer.recognize(text)} == {
        "PER", "ORG", "LOC", "MISC"}


def test_batches_of_many_texts_match_one_by_one(recognizer, examples):
    texts = _texts(examples)
    assert list(recognizer.recognize_many(texts)) == [recognizer.recognize(t) for t in texts]


def test_pipelines_it_cannot_replay_fall_back_to_spacy():
    import spacy

    assert GreedyEntityDecoder.for_pipeline(spacy.blank("xx")) is None  # no NER at all
    beam = spacy.blank("en")
    beam.add_pipe("beam_ner", name="ner")
    beam.get_pipe("ner").add_label("PER")
    beam.initialize()
    assert GreedyEntityDecoder.for_pipeline(beam) is None


def test_entities_set_by_other_components_are_kept(recognizer):
    # a rule-based component beside the model: spaCy's own decoding, whatever the order
    from storyline.entities.ner import DEFAULT_MODEL_DIR, load_pipeline

    text = "Acme hired Elon Musk in Berlin."
    for position in ("before", "after"):
        nlp = load_pipeline.__wrapped__(str(DEFAULT_MODEL_DIR))
        config = {"overwrite_ents": True} if position == "after" else {}
        ruler = nlp.add_pipe("entity_ruler", before="ner", config=config) if position == "before" else \
            nlp.add_pipe("entity_ruler", config=config)
        ruler.add_patterns([{"label": "ORG", "pattern": "Acme"}, {"label": "ORG", "pattern": "Berlin"}])
        found = EntityRecognizer.from_pipeline(nlp)
        assert found.decoder is None
        spans = {(text[a:b], label) for a, b, label in found.recognize(text)}
        assert ("Acme", "ORG") in spans and ("Elon Musk", "PER") in spans
        if position == "after":
            assert ("Berlin", "ORG") in spans


def test_ties_go_to_the_move_listed_first():
    # columns hold moves 5, 2, 9: on a tie between the first two columns, move 2 (column 1) wins
    candidates = np.array([[1.0, 1.0, 0.0], [0.5, 2.0, 2.0], [3.0, -np.inf, 3.0]])
    assert _first_max_by_move_order(candidates, np.array([5, 2, 9])).tolist() == [1, 1, 0]


def test_move_table_is_read_by_name():
    moves = _parse_moves(["B-PER", "B-LOC", "I-PER", "I-LOC", "L-PER", "L-LOC", "U-PER", "U-LOC",
                          "U-", "O"])
    assert moves.labels == ("PER", "LOC")
    assert moves.begin.tolist() == [0, 1] and moves.unit.tolist() == [6, 7] and moves.out == 9
    with pytest.raises(ValueError):
        _parse_moves(["B-PER", "O"])  # no I/L/U for PER: not a BILUO table

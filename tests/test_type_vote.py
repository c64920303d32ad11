"""Corpus-level type vote: names the recogniser never saw take their entity's type, in the store too."""

from __future__ import annotations

from pathlib import Path

from storyline.config import Settings
from storyline.entities.ner import KNOWN_NAMES_FILE, known_names
from storyline.records import Document, Mention
from storyline.resolve.type_vote import vote_mention_types
from storyline.run import run_corpus_stages
from storyline.store import open_store


def _corpus(entries: dict[str, list[tuple[str, str, str]]]):
    """{document: [(text, type, entity)]} -> (read_mentions, assignment) as the resolve stage has them."""
    assignment = {(doc, i): entity for doc, rows in entries.items() for i, (_, _, entity) in enumerate(rows) if entity}

    def read_mentions():
        for doc, rows in entries.items():
            for text, type_, _ in rows:
                yield doc, Mention(0, len(text), text, type_)
    return read_mentions, assignment


def test_a_new_name_read_apart_takes_its_entitys_majority_type():
    read, assignment = _corpus({
        "pl-1": [("Asia Bibi", "PER", "e1")],
        "cs-1": [("Asia Bibi", "PER", "e1"), ("Bibi", "PER", "e1")],
        "ru-1": [("Азия Биби", "LOC", "e1"), ("Биби", "MISC", "e1")],
    })
    changed = vote_mention_types(read, assignment, known_names=frozenset())
    assert changed == {("ru-1", 0): "PER", ("ru-1", 1): "PER"}


def test_names_the_recogniser_was_trained_on_keep_their_reading():
    # the Ukrainian convention (the EU as a place) stays: the recogniser learnt it
    read, assignment = _corpus({
        "uk-1": [("ЄС", "LOC", "eu")],
        "pl-1": [("UE", "ORG", "eu"), ("Unia Europejska", "ORG", "eu")],
        "ru-1": [("ЕС", "ORG", "eu"), ("Евросоюзом", "LOC", "eu")],
    })
    changed = vote_mention_types(read, assignment, known_names=frozenset({"єс"}))
    assert changed == {("ru-1", 1): "ORG"}


def test_people_named_after_a_place_stay_people_and_a_tie_decides_nothing():
    read, assignment = _corpus({
        "cs-1": [("Británie", "LOC", "gb"), ("Británii", "LOC", "gb"), ("Britové", "PER", "gb")],
        "pl-1": [("Kowalczyk", "PER", "k"), ("Kowalczyka", "ORG", "k")],
        "pl-2": [("Nowakowski", "PER", None)],  # unresolved mentions are left alone
    })
    assert vote_mention_types(read, assignment, known_names=frozenset()) == {}


def _document(doc_id: str, language: str, text: str, names: list[tuple[str, str]]) -> Document:
    mentions = []
    for name, type_ in names:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, type_))
    return Document(id=doc_id, source=f"{doc_id}.txt", format="text", raw=text.encode(), text=text,
                    language=language, mentions=mentions)


def test_the_resolve_stage_stores_voted_types_and_votes_again_on_the_recognisers(tmp_path: Path):
    model = tmp_path / "model"
    model.mkdir()
    (model / KNOWN_NAMES_FILE).write_text("london\n", encoding="utf-8")
    known_names.cache_clear()
    settings = Settings(embed=False, db_path=tmp_path / "s.db", extra={"ner_model_dir": str(model)})
    docs = [
        _document("a", "en", "Zofia Quarnby spoke in London.", [("Zofia Quarnby", "PER"), ("London", "LOC")]),
        _document("b", "en", "Zofia Quarnby left.", [("Zofia Quarnby", "PER")]),
        _document("c", "en", "Zofia Quarnby met the mayor of London.", [("Zofia Quarnby", "LOC"), ("London", "ORG")]),
    ]
    with open_store(settings.db_path) as store:
        store.save_documents(docs, [], store.start_run({}))
        run_corpus_stages(store, settings)
        stored = store.mentions_of(["c"])["c"]
        assert [(m.text, m.type) for m in stored] == [("Zofia Quarnby", "PER"), ("London", "ORG")]  # London is known
        assert stored[0].entity is not None and stored[0].entity == store.mentions_of(["a"])["a"][0].entity
        recognised = {(doc, m.text): m.type for doc, m in store.iter_mentions(recognised=True)}
        assert recognised[("c", "Zofia Quarnby")] == "LOC"  # the recogniser's reading is kept
        run_corpus_stages(store, settings)  # a re-run votes on the recogniser's types again: same result
        assert [m.type for m in store.mentions_of(["c"])["c"]] == ["PER", "ORG"]
        # links rewritten by `replace_corpus_results` leave no vote made for the old ones behind
        links = {(doc, i): f"e-{doc}-{i}" for doc, m in [("a", 2), ("b", 1), ("c", 2)] for i in range(m)}
        store.replace_corpus_results(store.entities(), [], [], links)
        assert [m.type for m in store.mentions_of(["c"])["c"]] == ["LOC", "ORG"]
        run_corpus_stages(store, settings)
        assert [m.type for m in store.mentions_of(["c"])["c"]] == ["PER", "ORG"]
        (model / KNOWN_NAMES_FILE).unlink()  # a model without the list: nothing is voted, the vote undone
        known_names.cache_clear()
        run_corpus_stages(store, settings)
        assert [m.type for m in store.mentions_of(["c"])["c"]] == ["LOC", "ORG"]
    known_names.cache_clear()


def test_people_joined_to_a_place_do_not_outvote_the_place():
    # more "Britové" (people joined to Britain by resolution's demonym pass) than "Británie": the
    # majority of the mentions is PER, but the entity is a place, and its names stay places
    read, assignment = _corpus({
        "cs-1": [("Británie", "LOC", "LOC:britanie"), ("Britové", "PER", "LOC:britanie")],
        "cs-2": [("Britové", "PER", "LOC:britanie"), ("Britů", "PER", "LOC:britanie")],
        "cs-3": [("Británii", "LOC", "LOC:britanie")],
    })
    assert vote_mention_types(read, assignment, known_names=frozenset()) == {}  # the type read from the id
    assert vote_mention_types(read, assignment, frozenset(), entity_types={"LOC:britanie": "LOC"}) == {}
    # where the entity is the people's, the vote stands
    assert vote_mention_types(read, assignment, frozenset(), entity_types={"LOC:britanie": "PER"}) == {
        ("cs-1", 0): "PER", ("cs-3", 0): "PER"}


def test_the_demonym_case_end_to_end_through_resolution():
    from storyline.resolve import DocumentMentions, resolve_entities

    entries = {
        "cs-1": [("Británie", "LOC"), ("Britové", "PER")],
        "cs-2": [("Britové", "PER"), ("Britů", "PER")],
        "cs-3": [("Britové", "PER")],
        "cs-4": [("Británii", "LOC")],
    }
    mentions = {doc: [Mention(0, len(text), text, type_) for text, type_ in rows] for doc, rows in entries.items()}
    resolution = resolve_entities((DocumentMentions(doc, "cs", ms) for doc, ms in sorted(mentions.items())),
                                  translations=False)
    assert {resolution.assignment.get(("cs-1", 0)), resolution.assignment.get(("cs-2", 0))} == {"LOC:britanie"}

    def read():
        return ((doc, m) for doc, ms in sorted(mentions.items()) for m in ms)
    assert vote_mention_types(read, resolution.assignment, frozenset({"x"})) == {}
    assert vote_mention_types(read, resolution.assignment, frozenset({"x"}),
                              {e.id: e.type for e in resolution.entities}) == {}


def test_a_document_read_in_two_runs_is_refused_not_misaligned():
    read, assignment = _corpus({
        "a": [("Asia Bibi", "PER", "e1"), ("Bibi", "MISC", "e1")],
        "b": [("Asia Bibi", "PER", "e1")],
    })

    def interleaved():  # a's second mention after b's: its index would restart at 0
        rows = list(read())
        return iter([rows[0], rows[2], rows[1]])
    try:
        vote_mention_types(interleaved, assignment, frozenset())
    except ValueError as exc:
        assert "'a'" in str(exc)
    else:
        raise AssertionError("interleaved documents were voted on")
    assert vote_mention_types(read, assignment, frozenset()) == {("a", 1): "PER"}


def _vote_corpus() -> list[Document]:
    return [
        _document("a", "en", "Zofia Quarnby spoke in London.", [("Zofia Quarnby", "PER"), ("London", "LOC")]),
        _document("b", "en", "Nothing named here.", []),  # no mentions: indices of the others unaffected
        _document("c", "en", "London: Zofia Quarnby met the mayor.", [("London", "ORG"), ("Zofia Quarnby", "LOC")]),
        _document("d", "en", "Zofia Quarnby left London.", [("Zofia Quarnby", "PER"), ("London", "LOC")]),
    ]


def _vote_settings(tmp_path: Path, names: str) -> Settings:
    model = tmp_path / "model"
    model.mkdir(exist_ok=True)
    (model / KNOWN_NAMES_FILE).write_text(names, encoding="utf-8")
    known_names.cache_clear()
    return Settings(embed=False, db_path=tmp_path / "s.db", extra={"ner_model_dir": str(model)})


def test_a_known_name_keeps_its_reading_against_a_majority_and_reanalysis_keeps_the_votes(tmp_path: Path):
    settings = _vote_settings(tmp_path, "london\n")
    try:
        with open_store(settings.db_path) as store:
            store.save_documents(_vote_corpus(), [], store.start_run({}))
            run_corpus_stages(store, settings)
            # London is LOC in 2 of 3 mentions, but the recogniser was trained on it: c keeps ORG
            assert [(m.text, m.type) for m in store.mentions_of(["c"])["c"]] == [("London", "ORG"),
                                                                                  ("Zofia Quarnby", "PER")]
            # a document analysed again (its rows replaced) while the others keep their votes
            store.save_documents([_vote_corpus()[0]], [], store.start_run({}))
            assert [m.type for m in store.mentions_of(["c"])["c"]] == ["ORG", "PER"]
            assert {(doc, m.text): m.type for doc, m in store.iter_mentions(recognised=True)}[
                ("c", "Zofia Quarnby")] == "LOC"
            run_corpus_stages(store, settings)
            assert [m.type for m in store.mentions_of(["c"])["c"]] == ["ORG", "PER"]
            assert store.mentions_of(["c"])["c"][1].entity == store.mentions_of(["a"])["a"][0].entity
            # a model that never saw London: the majority decides for it too
            settings = _vote_settings(tmp_path, "somewhere else\n")
            run_corpus_stages(store, settings)
            assert [m.type for m in store.mentions_of(["c"])["c"]] == ["LOC", "PER"]
            assert [m.type for _, m in store.iter_mentions(recognised=True)] == ["PER", "LOC", "ORG", "LOC",
                                                                                  "PER", "LOC"]
    finally:
        known_names.cache_clear()


def test_the_corpus_stages_on_records_vote_as_the_store_does(tmp_path: Path):
    import importlib.util

    import pytest

    if importlib.util.find_spec("duckdb") is None or importlib.util.find_spec("pyarrow") is None:
        pytest.skip("pyarrow or duckdb not installed")
    from storyline.dataset.corpus import RecordsCorpus
    from storyline.dataset.files import RecordsWriter
    from storyline.export import TABLES, iter_records

    settings = _vote_settings(tmp_path, "somewhere else\n")
    try:
        records = str(tmp_path / "records")
        with RecordsWriter(records, part_rows=2) as writer:
            writer.write(_vote_corpus())
        with open_store(settings.db_path) as store:
            store.save_documents(_vote_corpus(), [], store.start_run({}))
            run_corpus_stages(store, settings)
            expected = [(t, r) for t, r in iter_records(store) if t in TABLES]
        with RecordsCorpus([records]) as corpus:
            run_corpus_stages(corpus, settings)
            got = [(t, r) for t, r in iter_records(corpus) if t in TABLES]
            assert [m.type for m in corpus.mentions_of(["c"])["c"]] == ["LOC", "PER"]
            assert [m.type for _, m in corpus.iter_mentions(recognised=True)][2:4] == ["ORG", "LOC"]
            run_corpus_stages(corpus, settings)  # again: the same votes
            assert [(t, r) for t, r in iter_records(corpus) if t in TABLES] == got
        voted = [(r["document"], r["index"], r["type"]) for t, r in expected if t == "mentions"]
        assert ("c", 0, "LOC") in voted and ("c", 1, "PER") in voted
        assert got == expected
    finally:
        known_names.cache_clear()


def test_eval_resolve_votes_on_documents_without_ids_and_says_when_it_cannot(tmp_path: Path, capsys):
    from types import SimpleNamespace

    from storyline.eval.ner import _after_type_vote

    texts = ["Zofia Quarnby spoke.", "Nothing here.", "Zofia Quarnby left.", "Zofia Quarnby came."]
    docs = [SimpleNamespace(text=t, lang="en", spans=[]) for t in texts]  # CoNLL-like: no ids
    pred = [[(0, 13, "PER")], [], [(0, 13, "LOC")], [(0, 13, "PER")]]
    model = tmp_path / "model"
    model.mkdir()
    recognizer = SimpleNamespace(model_dir=model)
    known_names.cache_clear()
    try:
        assert _after_type_vote(recognizer, docs, pred) == pred  # no list beside the model: nothing voted
        assert KNOWN_NAMES_FILE in capsys.readouterr().err
        (model / KNOWN_NAMES_FILE).write_text("london\n", encoding="utf-8")
        known_names.cache_clear()
        assert _after_type_vote(recognizer, docs, pred) == [[(0, 13, "PER")], [], [(0, 13, "PER")], [(0, 13, "PER")]]
    finally:
        known_names.cache_clear()

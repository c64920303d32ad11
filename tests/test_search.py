"""`storyline search`: full text in every script, cross-lingual meaning, safe query handling."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.cli import main
from storyline.search import search
from storyline.search.query import fts_expression
from storyline.store import open_store


def languages_of(hits) -> set[str]:
    return {h.language for h in hits}


def test_inflected_cyrillic_name_is_found_by_its_base_form(example_store):
    with open_store(example_store, readonly=True) as store:
        hits = search(store, "Путин", semantic=False)
    assert {"ru", "bg"} <= languages_of(hits)
    russian = next(h for h in hits if h.language == "ru")
    assert "[Путин" in russian.snippet  # the inflected form "Путиным" is marked


def test_english_query_finds_russian_and_bulgarian_articles(example_store):
    with open_store(example_store, readonly=True) as store:
        hits = search(store, "Russia wants to cooperate with the billionaire in space", limit=5)
    semantic = [h for h in hits if "semantic" in h.matched_by]
    assert {"ru", "bg"} <= languages_of(semantic)
    assert all(h.similarity is not None for h in semantic)


def test_query_syntax_cannot_break_the_search(example_store):
    with open_store(example_store, readonly=True) as store:
        for query in ['"', "NEAR(", "a AND OR", "*", "title:x", "'; DROP TABLE documents; --"]:
            search(store, query, semantic=False)  # no exception
        assert store.count("documents") == 5


def test_fts_expression_quotes_every_word():
    assert fts_expression('Musk" OR x') == '"Musk"* OR "OR" OR "x"'
    assert fts_expression("...") is None


def test_search_command_prints_json(example_store):
    result = CliRunner().invoke(main, ["search", "Kremlin", "--db", str(example_store), "--format", "json", "--text-only"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert hits and all("Kremlin" in h["snippet"] or "Kremlin" in (h["title"] or "") for h in hits)


def test_search_with_no_match_says_so(example_store):
    result = CliRunner().invoke(main, ["search", "zzyzx", "--db", str(example_store), "--text-only"])
    assert result.exit_code == 0 and "no documents match" in result.output


def _vector_document(id: str, vector: list[float]):
    import numpy as np

    from storyline.records import Document

    doc = Document(id=id, source=f"{id}.txt", format="text", raw=id.encode(), text=f"Text {id}.")
    doc.embedding = np.asarray(vector, dtype="<f4").tobytes()
    return doc


def test_document_vectors_are_reused_until_the_store_changes(tmp_path):
    from storyline.search.query import VectorCache

    cache = VectorCache(capacity=2)
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.save_documents([_vector_document("d1", [1, 0]), _vector_document("d2", [0, 1])])
    with open_store(db, readonly=True) as store:
        ids, first = cache.vectors(store)
    with open_store(db, readonly=True) as store:  # another connection (another request) to the same store
        assert cache.vectors(store)[1] is first  # not read again
        assert not first.flags.writeable
    with open_store(db) as store:
        store.save_documents([_vector_document("d3", [0.6, 0.8])])
    with open_store(db, readonly=True) as store:
        ids, matrix = cache.vectors(store)
    assert ids == ["d1", "d2", "d3"] and matrix.shape == (3, 2)


def test_the_vector_cache_holds_a_bounded_number_of_stores(tmp_path):
    from storyline.search.query import VectorCache

    cache = VectorCache(capacity=2)
    matrices = []
    for name in ("a", "b", "c"):
        with open_store(tmp_path / f"{name}.db") as store:
            store.save_documents([_vector_document(name, [1, 0])])
            matrices.append(cache.vectors(store)[1])
    with open_store(tmp_path / "a.db") as store:
        assert cache.vectors(store)[1] is not matrices[0]  # the oldest store was dropped
    with open_store(tmp_path / "c.db") as store:
        assert cache.vectors(store)[1] is matrices[2]

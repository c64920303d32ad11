"""`storyline search`: full text in every script, cross-lingual meaning, safe query handling."""

from __future__ import annotations

import json
from pathlib import Path

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

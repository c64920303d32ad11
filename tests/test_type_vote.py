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
        (model / KNOWN_NAMES_FILE).unlink()  # a model without the list: nothing is voted, the vote undone
        known_names.cache_clear()
        run_corpus_stages(store, settings)
        assert [m.type for m in store.mentions_of(["c"])["c"]] == ["LOC", "ORG"]
    known_names.cache_clear()

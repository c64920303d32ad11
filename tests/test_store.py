"""The store's schema upgrades: a store written by an older Storyline keeps working."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from importlib import resources

from storyline.store import SCHEMA_VERSION, open_store


def test_read_only_open_upgrades_an_old_store_and_keeps_its_documents(tmp_path):
    db = tmp_path / "old.db"
    first = (resources.files("storyline.store") / "migrations" / "0001_initial.sql").read_text(encoding="utf-8")
    with sqlite3.connect(db) as conn:
        conn.executescript(first + "\nPRAGMA user_version=1;")
        conn.execute(
            "INSERT INTO documents (id, source, format, text, raw, analyzed_at) VALUES ('d1', 'a.txt', 'text', 'Hi', x'00', 'now')"
        )
    with open_store(db, readonly=True) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [d.id for d in store.iter_documents()] == ["d1"]
        assert store.count("stories") == 0  # tables of later versions exist


def _migrations_up_to(version: int) -> str:
    folder = resources.files("storyline.store") / "migrations"
    scripts = sorted((int(p.name.split("_", 1)[0]), p.read_text(encoding="utf-8")) for p in folder.iterdir()
                     if p.name.endswith(".sql"))
    return "\n".join(script for v, script in scripts if v <= version) + f"\nPRAGMA user_version={version};"


def _event(id: str, participants: list[str], when: str | None, status: str = "single", sources: int = 1):
    from storyline.records import Event

    return Event(id, "meets", participants, when, [f"{id}-claim"], status, sources)


EVENTS = [
    _event("e1", ["a", "b"], "2022-10", "contested", 2),
    _event("e2", ["a", "c"], "~2021", "corroborated", 3),
    _event("e3", ["b", "a", "c"], None, "single", 1),
    _event("e4", ["c"], "2023-01-05", "contested", 1),
    _event("e5", ["a"], "2020-03/2020-05", "single", 5),
    _event("e6", ["a", "b"], "2024", "corroborated", 1),
]


def _time_order(events):
    return [e.id for e in sorted(events, key=lambda e: (e.when is None, (e.when or "").lstrip("~"), e.id))]


def _telling_order(events):
    rank = {"contested": 0, "corroborated": 1}
    recent_first = sorted(events, key=lambda e: (e.when is not None, (e.when or "").lstrip("~"), e.id), reverse=True)
    return [e.id for e in sorted(recent_first, key=lambda e: (rank.get(e.status, 2), -e.sources))]


def test_events_of_entities_are_listed_counted_and_ranked_like_a_scan_of_all_events(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.replace_events(EVENTS, [])
        for entities in (["a"], ["a", "b"], ["b", "a"], ["c"], ["a", "b", "c"], ["nobody"]):
            involved = [e for e in EVENTS if set(entities) <= set(e.participants)]
            rows = store.event_rows_involving(entities, 100)
            assert [r.id for r in rows] == _time_order(involved)
            assert [r.id for r in store.event_rows_involving(entities, 100, order="telling")] == _telling_order(involved)
            assert store.event_statuses_involving(entities) == Counter(e.status for e in involved)
            # pages are slices of the whole order
            assert [r.id for r in store.event_rows_involving(entities, 2, 1)] == _time_order(involved)[1:3]
        row = store.event_rows_involving(["c"], 1, order="telling")[0]
        assert (row.id, row.participants, row.when, row.status, row.sources, row.claim_count) == \
            ("e4", ["c"], "2023-01-05", "contested", 1, 1)
        events, total = store.events_page(10, 0, entities=["a"], status="corroborated")
        assert total == 2 and [e.id for e in events] == ["e2", "e6"] and events[0].claims == ["e2-claim"]


def test_replacing_events_replaces_their_index_by_entity(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.replace_events(EVENTS, [])
        store.replace_events(EVENTS[:1], [])
        assert [r.id for r in store.event_rows_involving(["a"], 10)] == ["e1"]
        assert store.event_statuses_involving(["c"]) == {}


def test_upgrading_a_version_4_store_indexes_the_events_it_holds(tmp_path):
    db = tmp_path / "v4.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(_migrations_up_to(4))
        conn.executemany(
            'INSERT INTO events (id, relation, participants, "when", claims, status, sources) VALUES (?,?,?,?,?,?,?)',
            [(e.id, e.relation, json.dumps(e.participants), e.when, json.dumps(e.claims), e.status, e.sources)
             for e in EVENTS])
    with open_store(db, readonly=True) as store:
        assert store.schema_version() == SCHEMA_VERSION
        involved = [e for e in EVENTS if {"a", "b"} <= set(e.participants)]
        assert [r.id for r in store.event_rows_involving(["b", "a"], 10)] == _time_order(involved)
        assert [r.id for r in store.event_rows_involving(["a"], 10, order="telling")] == \
            _telling_order([e for e in EVENTS if "a" in e.participants])


def test_embeddings_data_version_changes_with_every_vector_change(tmp_path):
    import numpy as np

    from storyline.records import Document

    def document(id: str, vector: list[float]) -> Document:
        doc = Document(id=id, source=f"{id}.txt", format="text", raw=id.encode(), text="Text.")
        doc.embedding = np.asarray(vector, dtype="<f4").tobytes()
        return doc

    with open_store(tmp_path / "s.db") as store:
        versions = [store.data_version("embeddings")]
        store.save_documents([document("d1", [1, 0]), document("d2", [0, 1])])
        versions.append(store.data_version("embeddings"))
        store.save_documents([document("d2", [0.6, 0.8])])  # the same document again, a new vector
        versions.append(store.data_version("embeddings"))
        store.conn.execute("DELETE FROM documents WHERE id = 'd1'")  # vectors go with their document
        store.conn.commit()
        versions.append(store.data_version("embeddings"))
        assert len(set(versions)) == len(versions)
        ids, matrix = store.embeddings()
        assert ids == ["d2"] and matrix.tolist() == [[np.float32(0.6), np.float32(0.8)]]
    with open_store(tmp_path / "other.db") as other:  # a new store never starts where another one is
        assert other.data_version("embeddings") not in versions

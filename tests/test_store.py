"""The store's schema upgrades: a store written by an older Storyline keeps working."""

from __future__ import annotations

import sqlite3
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

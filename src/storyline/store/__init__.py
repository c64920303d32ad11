"""The store behind one interface: SQLite today; a server database would be another class here."""

from pathlib import Path

from storyline.store.sqlite import SCHEMA_VERSION, SqliteStore, StoreError

Store = SqliteStore


def open_store(path: Path | str, *, readonly: bool = False) -> Store:
    return SqliteStore(path, readonly=readonly)


__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "open_store"]

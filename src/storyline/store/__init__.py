"""The store behind one interface: SQLite today; a server database would be another class here."""

from pathlib import Path

from storyline.store.sqlite import SCHEMA_VERSION, SqliteStore, StoreError

Store = SqliteStore


def open_store(path: Path | str, *, readonly: bool = False) -> Store:
    """Open a store; a read-only open of a store written by an older Storyline first upgrades its
    schema (a short writable open), so `serve`/`export` work on it without a new `analyze`."""
    if not readonly:
        return SqliteStore(path)
    store = SqliteStore(path, readonly=True, check_version=False)  # one open in the common case
    if store.schema_version() == SCHEMA_VERSION:
        return store
    outdated = store.schema_version() < SCHEMA_VERSION
    store.close()
    if outdated:
        SqliteStore(path).close()  # migrates
    return SqliteStore(path, readonly=True)  # a newer store is refused here, with a clear error


__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "open_store"]

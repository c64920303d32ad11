"""The store behind one interface: SQLite today; a server database would be another class here."""

from pathlib import Path

from storyline.store.sqlite import SCHEMA_VERSION, SqliteStore, StoreError

Store = SqliteStore


def open_store(path: Path | str, *, readonly: bool = False) -> Store:
    """Open a store; a read-only open of a store written by an older Storyline first upgrades its
    schema (a short writable open), so `serve`/`export` work on it without a new `analyze`."""
    if readonly and Path(path).exists():
        probe = SqliteStore(path, readonly=True, check_version=False)
        try:
            outdated = probe.schema_version() < SCHEMA_VERSION
        finally:
            probe.close()
        if outdated:
            SqliteStore(path).close()  # migrates
    return SqliteStore(path, readonly=readonly)


__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "open_store"]

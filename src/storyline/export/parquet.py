"""The export contract as a Parquet dataset: one `<table>.parquet` per export table in a directory.

Same tables and fields as the JSON export (`storyline.export.iter_records`), typed with an explicit
Arrow schema so empty tables still carry their columns and every run writes the same types. The
directory may be a local path or a URI pyarrow understands (s3://, gs://, hdfs://, file://) or, with
fsspec installed, any fsspec URI. Rows are written in row groups, so memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from storyline.dataset.files import import_pyarrow, open_filesystem
from storyline.export import TABLES, iter_records
from storyline.store import Store

ROW_GROUP = 10_000


def table_schemas():
    """Arrow schema of each export table (mirrors export/schema.json)."""
    pa, _ = import_pyarrow()
    s, i, b = pa.string(), pa.int64(), pa.bool_()
    strings, ints = pa.list_(s), pa.list_(i)
    alias = pa.struct([("text", s), ("language", s), ("count", i)])
    return {
        "documents": pa.schema([
            ("id", s), ("source", s), ("format", s), ("title", s), ("url", s), ("site", s), ("language", s),
            ("published", s), ("published_evidence", s), ("not_before", s), ("text", s),
        ]),
        "entities": pa.schema([
            ("id", s), ("name", s), ("type", s), ("aliases", pa.list_(alias)), ("mentions", i), ("documents", i),
        ]),
        "mentions": pa.schema([
            ("document", s), ("index", i), ("start", i), ("end", i), ("text", s), ("type", s), ("lemma", s),
            ("entity", s),
        ]),
        "claims": pa.schema([
            ("id", s), ("document", s), ("start", i), ("end", i), ("speaker", s), ("stance", s), ("relation", s),
            ("participants", strings), ("via", strings), ("when", s), ("when_text", s), ("cameo", s),
            ("summary", s), ("quote", b), ("trigger", s), ("speaker_mention", i),
            ("participant_mentions", ints), ("via_mentions", ints),
        ]),
        "events": pa.schema([
            ("id", s), ("relation", s), ("participants", strings), ("when", s), ("claims", strings),
            ("status", s), ("sources", i),
        ]),
        "contradictions": pa.schema([("event", s), ("for", strings), ("against", strings)]),
    }


def write_records_parquet(records: Iterable[tuple[str, dict]], directory: str | Path,
                          tables: tuple[str, ...] = TABLES) -> list[str]:
    """Write (table, record) pairs to `<directory>/<table>.parquet`; returns the files written.

    Every table in `tables` gets a file, empty or not, so consumers always find it."""
    pa, pq = import_pyarrow()
    schemas = table_schemas()
    filesystem, root = open_filesystem(str(directory), create=True)
    paths = {t: f"{root.rstrip('/')}/{t}.parquet" for t in tables}
    writers = {t: pq.ParquetWriter(paths[t], schemas[t], filesystem=filesystem, compression="zstd") for t in tables}
    pending: dict[str, list[dict]] = {t: [] for t in tables}

    def flush(table: str) -> None:
        if pending[table]:
            writers[table].write_table(pa.Table.from_pylist(pending[table], schema=schemas[table]))
            pending[table] = []

    try:
        for table, record in records:
            if table not in writers:
                raise ValueError(f"unknown export table {table!r}")
            pending[table].append(record)
            if len(pending[table]) >= ROW_GROUP:
                flush(table)
        for table in tables:
            flush(table)
    finally:
        for writer in writers.values():
            writer.close()
    return [paths[t] for t in tables]


def write_parquet(store: Store, directory: str | Path) -> list[str]:
    """The whole export of `store` as a Parquet dataset directory (local path or URI)."""
    return write_records_parquet(iter_records(store), directory)


def read_parquet(directory: str | Path) -> dict[str, list[dict]]:
    """The Parquet export back as {table: [record, ...]} (for tests and small stores)."""
    _, pq = import_pyarrow()
    filesystem, root = open_filesystem(str(directory))
    return {
        t: pq.read_table(f"{root.rstrip('/')}/{t}.parquet", filesystem=filesystem).to_pylist() for t in TABLES
    }

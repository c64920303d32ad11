"""Parquet files on local paths or object-store URIs: open, read in batches, write record parts.

Everything goes through pyarrow's filesystems (local, s3://, gs://, hdfs://; any other scheme
through fsspec when it is installed), so the same code reads a folder on a laptop and a bucket.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.dataset.rows import record_schema, result_row, row_result
from storyline.records import Document, ItemError

PYARROW_MISSING = "Parquet needs pyarrow: install it with `pip install 'storyline[parquet]'`"
PART_ROWS = 1_000  # rows per part file: a killed run loses at most one part's worth of work


def import_pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.dataset  # noqa: F401  (loads the submodule)
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError(PYARROW_MISSING) from exc
    return pa, pq


def open_filesystem(uri: str, *, create: bool = False):
    """(pyarrow filesystem, path inside it) for a local path or a URI."""
    import_pyarrow()
    from pyarrow import fs

    if "://" not in uri:
        path = Path(uri).expanduser().resolve()
        if create:
            path.mkdir(parents=True, exist_ok=True)
        return fs.LocalFileSystem(), path.as_posix()
    try:
        filesystem, path = fs.FileSystem.from_uri(uri)
    except Exception:  # not a scheme pyarrow knows natively: fall back to fsspec, if installed
        try:
            import fsspec
        except ImportError as exc:
            raise RuntimeError(f"cannot open {uri}: pyarrow does not know its scheme and fsspec is not installed") from exc
        fsspec_fs, path = fsspec.core.url_to_fs(uri)
        filesystem = fs.PyFileSystem(fs.FSSpecHandler(fsspec_fs))
    if create:
        filesystem.create_dir(path, recursive=True)
    return filesystem, path


def _dataset(uri: str, schema=None):
    import pyarrow.dataset as ds

    filesystem, path = open_filesystem(uri)
    return ds.dataset(path, filesystem=filesystem, format="parquet", schema=schema)


def iter_parquet_rows(uri: str, columns: Iterable[str] | None = None, batch_size: int = 256) -> Iterator[dict]:
    """Rows of a Parquet file or folder of files as dicts, streamed in batches (bounded memory).
    `columns`: the ones to read, where present (missing ones are simply absent from the rows)."""
    dataset = _dataset(uri)
    wanted = None if columns is None else [c for c in columns if c in dataset.schema.names]
    for batch in dataset.to_batches(columns=wanted, batch_size=batch_size):
        yield from batch.to_pylist()


# -- per-document record datasets --------------------------------------------------------------------
def read_records(uri: str, batch_size: int = 64) -> Iterator[list[Document | ItemError]]:
    """The results stored in a record dataset, in batches (skipped rows left out)."""
    for batch in _dataset(uri, record_schema()).to_batches(batch_size=batch_size):
        results = [row_result(row) for row in batch.to_pylist()]
        yield [r for r in results if r is not None]


def recorded_ids(uri: str) -> set[str]:
    """Ids of the documents already analysed into a record dataset (empty when there is none yet),
    so a killed run writing to it resumes where it stopped."""
    import pyarrow.compute as pc

    filesystem, path = open_filesystem(uri)
    from pyarrow import fs

    if filesystem.get_file_info(path).type == fs.FileType.NotFound:
        return set()
    table = _dataset(uri, record_schema()).to_table(columns=["id", "error"])
    analysed = table.filter(pc.is_null(table["error"]))
    return set(analysed["id"].to_pylist())


class RecordsWriter:
    """Appends results to a record dataset as `part-<run>-<n>.parquet` files of `PART_ROWS` rows.

    Each part is written whole (to a temporary name, then moved), so readers and a resumed run never
    see half a file. Use as a context manager; `close` writes the last, partial part."""

    def __init__(self, uri: str, part_rows: int = PART_ROWS):
        self.uri = uri
        self.part_rows = part_rows
        self.filesystem, self.root = open_filesystem(uri, create=True)
        self.run = uuid.uuid4().hex[:8]
        self.parts = 0
        self.rows = 0
        self._pending: list[dict] = []

    def write(self, results: Iterable[Document | ItemError]) -> None:
        for result in results:
            self._pending.append(result_row(result))
            if len(self._pending) >= self.part_rows:
                self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        pa, pq = import_pyarrow()
        name = f"part-{self.run}-{self.parts:05d}.parquet"
        final = f"{self.root.rstrip('/')}/{name}"
        temporary = f"{self.root.rstrip('/')}/.{name}.tmp"
        table = pa.Table.from_pylist(self._pending, schema=record_schema())
        pq.write_table(table, temporary, filesystem=self.filesystem, compression="zstd")
        self.filesystem.move(temporary, final)
        self.parts += 1
        self.rows += len(self._pending)
        self._pending = []

    def close(self) -> None:
        self._flush()

    def __enter__(self) -> "RecordsWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

"""The corpus-level stages straight from per-document record datasets, with DuckDB and Arrow.

`RecordsCorpus` is what the corpus stages (`pipeline.CORPUS_STAGES`) read and write, built on the
Parquet records that `analyze --records` (local pool or Ray) wrote instead of on the SQLite store:
the records are scanned once through pyarrow (local paths or object-store URIs) into a DuckDB
database in a temporary folder, mentions and claims are unnested and sorted there (out of core,
within `memory_limit`), and the stages stream them back in the store's order. What the stages write
(entities, mention links, claim summaries, events, stories) is kept and written as the export's
Parquet tables, so `storyline corpus RECORDS -o OUT` and `storyline load RECORDS` followed by
`storyline export --format parquet` give the same tables.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from storyline.dataset.rows import EMPTY_ROW, claim_from_row, row_result
from storyline.records import Claim, Contradiction, Document, Entity, Event, ItemError, Mention
from storyline.resolve.resolution import MentionAssignment

DUCKDB_MISSING = "the corpus stages on record datasets need DuckDB: install it with `pip install 'storyline[parquet]'`"
FETCH_ROWS = 2_048  # rows fetched from DuckDB at a time while streaming
LOAD_BATCH_ROWS = 1_024  # record rows copied into DuckDB per insert
DOCUMENT_PAGE_ROWS = 4_096  # documents (whole rows, texts included) sorted and read back at a time
RANGE_ROWS = 250_000  # mentions + claims per range of documents unnested, sorted and read at a time
RANGE_SAMPLE = 20_000  # documents sampled to place the ranges' bounds

# per-document record columns the corpus stages read (the raw input bytes are never read)
_DOCUMENT_COLUMNS = (
    "id, source, format, title, url, site, language, published, published_evidence, not_before, text, encoding, "
    "paragraphs, sentences, removed, stages_run, embedding, mentions, claims"
)


def import_duckdb():
    try:
        import duckdb
    except ImportError as exc:
        raise RuntimeError(DUCKDB_MISSING) from exc
    return duckdb


@dataclass
class CorpusSummary:
    documents: int = 0
    duplicates: int = 0  # rows of a document id seen in an earlier row (a resumed run, two datasets)
    errors: list[ItemError] = field(default_factory=list)  # per-item errors recorded in the datasets
    files: list[str] = field(default_factory=list)  # what was written
    elapsed: float = 0.0


class RecordsCorpus:
    """Record datasets as the store the corpus stages work on. Use as a context manager.

    Reads: `iter_documents`, `iter_mentions`, `iter_claims`, `mentions_of`, `mention_entities`,
    `document_languages`, `documents_by_id`, `embeddings`, `name_vectors`. Writes, kept in memory
    (they are the corpus stages' small results): `replace_entities`, `update_claim_summaries`,
    `replace_events`, `replace_stories`, `save_errors`, `save_name_vectors`.
    """

    def __init__(self, uris: list[str], *, memory_limit: str = "512MB", threads: int | None = None,
                 temp_dir: str | None = None):
        from storyline.dataset.files import import_pyarrow
        from storyline.dataset.rows import record_schema

        import_pyarrow()
        duckdb = import_duckdb()
        # the records are copied here (texts included): `temp_dir` when $TMPDIR is small or in memory
        self._folder = tempfile.TemporaryDirectory(prefix="storyline-corpus-", dir=temp_dir)
        self.conn = duckdb.connect(str(Path(self._folder.name) / "records.duckdb"))
        # bounded memory: DuckDB spills sorts and joins to its temporary folder beyond the limit
        self.memory_limit = memory_limit
        self.summary = CorpusSummary()
        try:
            try:
                self.conn.execute("SET memory_limit = ?", (memory_limit,))
            except duckdb.Error as exc:
                raise RuntimeError(f"invalid memory limit {memory_limit!r} (DuckDB: {exc})") from exc
            if threads:
                self.conn.execute(f"SET threads = {int(threads)}")
            self._load(uris, record_schema())
        except BaseException:
            self.close()
            raise
        self._entities: list[Entity] = []
        self._links = MentionAssignment()  # (document, mention index) -> entity
        self._types: dict[tuple[str, int], str] = {}  # (document, mention index) -> type the vote gave
        self._summaries: dict[str, str] = {}  # claim id -> summary re-rendered by the resolve stage
        self._events: list[Event] = []
        self._contradictions: list[Contradiction] = []
        self.stories: list = []
        self._name_vectors: dict[str, dict] = defaultdict(dict)

    def _load(self, uris: list[str], schema) -> None:
        """Every dataset's rows into one `records` table, then `documents` (one row per id: the
        first one, in the order the datasets were given), `mentions` and `claims`."""
        from storyline.dataset.files import _dataset as open_dataset, import_pyarrow

        pa, _ = import_pyarrow()
        self._ranges: list[tuple[str | None, str | None]] = [(None, None)]
        created, seq = False, 0
        columns = [c.strip() for c in _DOCUMENT_COLUMNS.split(",")] + ["error", "skipped"]
        for part, uri in enumerate(uris):
            try:
                dataset = open_dataset(uri, schema)
            except Exception as exc:  # a missing or unreadable dataset: say which, go on with the others
                self.summary.errors.append(ItemError(uri, f"cannot read records: {type(exc).__name__}: {exc}"))
                continue
            # copied one Arrow batch at a time: DuckDB keeps a whole insert's rows in memory to keep
            # their order (one insert of a 64k-document dataset ran out of memory under 128 MB), and
            # `seq` numbers the rows in the order the datasets were given (what "first" means below)
            first_seq = seq
            try:
                for batch in dataset.scanner(columns=columns, batch_size=LOAD_BATCH_ROWS).to_batches():
                    if not batch.num_rows:
                        continue
                    incoming = pa.Table.from_batches([batch]).append_column(
                        "seq", pa.array(range(seq, seq + batch.num_rows), type=pa.int64()))
                    seq += batch.num_rows
                    if seq // LOAD_BATCH_ROWS % 64 == 0:
                        # Arrow's allocator keeps the memory of batches already copied (~0.4 GB after
                        # loading 64k documents) unless asked to give it back
                        pa.default_memory_pool().release_unused()
                    self.conn.register("incoming", incoming)
                    try:
                        self.conn.execute(("INSERT INTO records " if created else "CREATE TABLE records AS ")
                                          + f"SELECT {part} AS part, seq, {_DOCUMENT_COLUMNS}, error, skipped FROM incoming")
                        created = True
                    finally:
                        self.conn.unregister("incoming")
            except Exception as exc:  # a dataset is taken whole or not at all
                if created:
                    self.conn.execute("DELETE FROM records WHERE part = ?", (part,))
                seq = first_seq
                self.summary.errors.append(ItemError(uri, f"cannot read records: {type(exc).__name__}: {exc}"))
        pa.default_memory_pool().release_unused()
        if not created:  # nothing readable: empty tables of the right shape
            self.conn.execute("CREATE TABLE documents (id VARCHAR, language VARCHAR)")
            self.conn.execute('CREATE TABLE mentions (document VARCHAR, idx BIGINT, start BIGINT, "end" BIGINT, '
                              "text VARCHAR, type VARCHAR, lemma VARCHAR)")
            self.conn.execute('CREATE TABLE claims (document VARCHAR, claim STRUCT("start" BIGINT, id VARCHAR))')
            self._empty = True
            return
        self._empty = False
        # `seq` follows the datasets as given, then each dataset's files and rows
        for source, reason in self.conn.execute("SELECT source, error FROM records WHERE error IS NOT NULL "
                                                "ORDER BY seq").fetchall():
            self.summary.errors.append(ItemError(source, reason))
        # one row per document id: its first row (an id is the hash of the input, so repeated rows
        # are the same input, analysed again by a --force run; `load` also keeps the first), chosen
        # on the narrow (id, seq) columns, so texts are not dragged through a sort
        self.conn.execute(
            """CREATE TEMP TABLE keep AS SELECT min(seq) AS row FROM records
               WHERE error IS NULL AND NOT coalesce(skipped, false) AND id IS NOT NULL GROUP BY id""")
        usable = self.conn.execute("SELECT count(*) FROM records WHERE error IS NULL AND NOT coalesce(skipped, false) "
                                   "AND id IS NOT NULL").fetchone()[0]
        # `pos`: the document's place in the store's order (dated first, by date, then id), sorted on
        # the narrow key columns only: a sort of whole rows (texts, paragraphs) would need them in
        # memory at once (it ran out of memory at 64k documents under a 128 MB limit)
        self.conn.execute(
            f"""CREATE TABLE documents AS
                SELECT {', '.join('r.' + c.strip() for c in _DOCUMENT_COLUMNS.split(','))}, o.pos FROM records r
                JOIN (SELECT seq, row_number() OVER (ORDER BY published IS NULL, published, id) - 1 AS pos
                      FROM records WHERE seq IN (SELECT row FROM keep)) o ON r.seq = o.seq""")
        self.conn.execute("DROP TABLE records")
        self.summary.documents = self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        self.summary.duplicates = usable - self.summary.documents
        # mentions and claims unnested and stored sorted by document, one range of document ids at a
        # time (a sort of all of them ran out of memory at 128k documents under 512 MB); reads go
        # range by range too, and a range reads only the row groups whose min/max cover it
        self._ranges = self._document_ranges()
        mentions_sql = """SELECT id AS document, idx - 1 AS idx, m.start AS start, m."end" AS "end", m.text AS text,
                                 m.type AS type, m.lemma AS lemma
                          FROM (SELECT id, generate_subscripts(mentions, 1) AS idx, unnest(mentions) AS m
                                FROM documents WHERE {where}) ORDER BY document, idx"""
        claims_sql = ("SELECT id AS document, claim FROM (SELECT id, unnest(claims) AS claim FROM documents "
                      "WHERE {where}) ORDER BY document, claim.start, claim.id")
        for table, sql in (("mentions", mentions_sql), ("claims", claims_sql)):
            self.conn.execute(f"CREATE TABLE {table} AS " + sql.format(where="false"))  # its columns
            for where, params in self._range_filters("id"):
                self.conn.execute(f"INSERT INTO {table} " + sql.format(where=where), params)
        self.conn.execute("DROP TABLE keep")
        # the tables are on disk now: give their cached pages back before the stages build their
        # own (Python) structures; later reads may grow the cache again up to the limit
        self.conn.execute("CHECKPOINT")
        self.conn.execute("SET memory_limit = '32MB'")
        self.conn.execute("SET memory_limit = ?", (self.memory_limit,))

    def _document_ranges(self) -> list[tuple[str | None, str | None]]:
        """Ranges of document ids [low, high) holding about `RANGE_ROWS` mentions and claims each
        (None: open-ended), split at ids drawn from a sample of the documents."""
        rows = self.conn.execute("SELECT coalesce(sum(len(mentions)), 0) + coalesce(sum(len(claims)), 0) "
                                 "FROM documents").fetchone()[0]
        parts = -(-int(rows) // RANGE_ROWS)
        if parts <= 1:
            return [(None, None)]
        sample = sorted(r[0] for r in self.conn.execute(
            f"SELECT id FROM documents USING SAMPLE reservoir({RANGE_SAMPLE} ROWS) REPEATABLE (7)").fetchall())
        bounds = sorted({sample[len(sample) * k // parts] for k in range(1, parts)})
        return list(zip([None, *bounds], [*bounds, None]))

    def _range_filters(self, column: str) -> Iterator[tuple[str, tuple]]:
        """(SQL condition, parameters) selecting each document range on `column`, in id order."""
        for low, high in self._ranges:
            conditions, params = [], []
            if low is not None:
                conditions.append(f"{column} >= ?")
                params.append(low)
            if high is not None:
                conditions.append(f"{column} < ?")
                params.append(high)
            yield " AND ".join(conditions) or "true", tuple(params)

    # -- reads ------------------------------------------------------------------------------------
    def _stream(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        cursor = self.conn.cursor()  # its own cursor: streams may interleave with other queries
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(FETCH_ROWS):
                yield from rows
        finally:  # also when the caller stops early
            cursor.close()

    def _wanted(self, ids: list[str]) -> None:
        """The ids a lookup asks for, as a table to join (a list parameter would be scanned for
        every row: quadratic for the stories stage, which asks for every document)."""
        self.conn.execute("CREATE OR REPLACE TEMP TABLE wanted AS SELECT unnest(?::VARCHAR[]) AS id", (ids,))

    def document_languages(self) -> dict[str, str | None]:
        return dict(self.conn.execute("SELECT id, language FROM documents").fetchall())

    def iter_documents(self, *, with_raw: bool = False) -> Iterator[Document]:
        """Documents in the store's order (dated first, by date, then id); never the raw bytes, and
        without mentions, claims or vector (as the store's `iter_documents`)."""
        if self._empty:
            return
        columns = ["id", "source", "format", "title", "url", "site", "language", "published", "published_evidence",
                   "not_before", "text", "encoding", "paragraphs", "sentences", "removed", "stages_run"]
        # a page of positions at a time (`pos`, set at load), so only a page of whole rows is ever
        # sorted; each page filters the narrow `pos` column of the table
        sql = f"SELECT {', '.join(columns)} FROM documents WHERE pos >= ? AND pos < ? ORDER BY pos"
        for start in range(0, self.summary.documents, DOCUMENT_PAGE_ROWS):
            for row in self._stream(sql, (start, start + DOCUMENT_PAGE_ROWS)):
                yield row_result({**EMPTY_ROW, **dict(zip(columns, row)), "skipped": False})

    def _mention(self, document: str, row: tuple, recognised: bool = False) -> Mention:
        idx, start, end, text, type_, lemma = row
        if not recognised:
            type_ = self._types.get((document, idx), type_)
        return Mention(start, end, text, type_, lemma, self._links.get((document, idx)))

    def iter_mentions(self, *, recognised: bool = False) -> Iterator[tuple[str, Mention]]:
        """(document, mention) ordered by document, then mention index, with resolved entities.
        `recognised`: the recogniser's own types, not those the corpus-level type vote gave."""
        if self._empty:
            return
        sql = 'SELECT document, idx, start, "end", text, type, lemma FROM mentions WHERE {} ORDER BY document, idx'
        for where, params in self._range_filters("document"):
            for row in self._stream(sql.format(where), params):
                yield row[0], self._mention(row[0], row[1:], recognised)

    def mentions_of(self, documents: Iterable[str]) -> dict[str, list[Mention]]:
        found: dict[str, list[Mention]] = {}
        wanted = list(dict.fromkeys(documents))
        if not wanted:
            return found
        self._wanted(wanted)
        # the range lets DuckDB skip the row groups outside it (callers ask for consecutive documents)
        sql = ('SELECT document, idx, start, "end", text, type, lemma FROM mentions '
               "WHERE document BETWEEN ? AND ? AND document IN (SELECT id FROM wanted) ORDER BY document, idx")
        for row in self.conn.execute(sql, (min(wanted), max(wanted))).fetchall():
            found.setdefault(row[0], []).append(self._mention(row[0], row[1:]))
        return found

    def mention_entities(self, document: str) -> dict[int, str | None]:
        return dict(self._links.of_document(document))

    def iter_claims(self) -> Iterator[tuple[str, Claim]]:
        """(document, claim) ordered by document, start, id (the store's order)."""
        if self._empty:
            return
        sql = "SELECT document, claim FROM claims WHERE {} ORDER BY document, claim.start, claim.id"
        for where, params in self._range_filters("document"):
            for document, row in self._stream(sql.format(where), params):
                claim = claim_from_row(row)
                claim.summary = self._summaries.get(claim.id, claim.summary)
                yield document, claim

    def documents_by_id(self, ids: list[str], *, text: bool = True) -> dict[str, dict]:
        columns = ["id", "title", "language", "published", "source", "site", "url"] + (["text"] if text else [])
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        self._wanted(wanted)
        rows = self.conn.execute(f"SELECT {', '.join(columns)} FROM documents WHERE id IN (SELECT id FROM wanted)"
                                 ).fetchall()
        return {row[0]: dict(zip(columns, row)) for row in rows}

    def embeddings(self):
        """(document ids, one L2-normalised row per document) for documents with a vector."""
        import numpy as np

        if self._empty:
            return [], np.zeros((0, 0), dtype=np.float32)
        where = "FROM documents WHERE embedding IS NOT NULL"
        count = self.conn.execute(f"SELECT count(*) {where}").fetchone()[0]
        # streamed into one preallocated matrix: the rows (a bytes object each) are never all held
        from storyline.semantic.encoder import matrix_from_rows

        return matrix_from_rows(self._stream(f"SELECT id, embedding {where} ORDER BY id"), count)

    def name_vectors(self, model: str, names: Iterable[str]) -> dict:
        cached = self._name_vectors[model]
        return {name: cached[name] for name in names if name in cached}

    def entities(self) -> list[Entity]:
        return sorted(self._entities, key=lambda e: e.id)

    def events(self) -> list[Event]:
        return sorted(self._events, key=lambda e: (e.when is None, e.when or "", e.id))

    def contradictions(self) -> list[Contradiction]:
        return sorted(self._contradictions, key=lambda c: c.event)

    # -- writes (the corpus stages' results) ------------------------------------------------------
    def save_name_vectors(self, model: str, vectors: dict) -> None:
        self._name_vectors[model].update(vectors)

    def replace_entities(self, entities: list[Entity], mention_entities: Mapping[tuple[str, int], str],
                         mention_types: Mapping[tuple[str, int], str] | None = None) -> None:
        self._entities = list(entities)
        self._types = dict(mention_types or {})  # the type vote's changes (few: new names read apart)
        # the resolve stage's own compact map is kept as it is (not copied: it covers every mention)
        self._links = (mention_entities if isinstance(mention_entities, MentionAssignment)
                       else MentionAssignment(mention_entities.items()))

    def update_claim_summaries(self, summaries: Iterable[tuple[str, str]]) -> None:
        self._summaries.update(summaries)

    def replace_events(self, events: list[Event], contradictions: list[Contradiction]) -> None:
        self._events, self._contradictions = list(events), list(contradictions)

    def replace_stories(self, stories: list) -> None:
        self.stories = list(stories)

    def save_errors(self, errors: list[ItemError], run: int | None = None) -> None:
        self.summary.errors.extend(errors)

    def close(self) -> None:
        self.conn.close()
        self._folder.cleanup()  # idempotent, like the connection's close

    def __enter__(self) -> "RecordsCorpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def story_rows(stories: list) -> Iterator[dict]:
    for s in sorted(stories, key=lambda s: (-len(s.documents), s.first_published or "", s.id)):
        yield {
            "id": s.id, "title": s.title, "documents": sorted(s.documents),
            "languages": json.dumps(s.languages, ensure_ascii=False),
            "top_entities": [{"entity": e, "documents": n} for e, n in s.top_entities],
            "first_published": s.first_published, "last_published": s.last_published,
        }


def run_corpus_on_records(uris: list[str], output: str, settings, *, memory_limit: str = "512MB",
                          temp_dir: str | None = None) -> CorpusSummary:
    """The corpus-level stages on record datasets; the export tables, `stories.parquet` and
    `errors.parquet` (the per-item errors the datasets recorded, and unreadable datasets) are
    written as Parquet to `output` (a folder or URI)."""
    import time

    from storyline.dataset.files import import_pyarrow, open_filesystem
    from storyline.export import iter_records
    from storyline.export.parquet import write_records_parquet
    from storyline.run import run_corpus_stages

    started = time.perf_counter()
    with RecordsCorpus(uris, memory_limit=memory_limit, threads=settings.corpus_thread_count(),
                       temp_dir=temp_dir) as corpus:
        run_corpus_stages(corpus, settings)
        summary = corpus.summary
        summary.files = write_records_parquet(iter_records(corpus), output)
        pa, pq = import_pyarrow()
        filesystem, root = open_filesystem(str(output), create=True)
        extra = {
            "stories": pa.Table.from_pylist(list(story_rows(corpus.stories)), schema=story_schema()),
            "errors": pa.Table.from_pylist([{"source": e.source, "reason": e.reason} for e in summary.errors],
                                           schema=pa.schema([("source", pa.string()), ("reason", pa.string())])),
        }
        for name, table in extra.items():
            path = f"{root.rstrip('/')}/{name}.parquet"
            with filesystem.open_output_stream(path) as sink:
                pq.write_table(table, sink)
            summary.files.append(path)
    summary.elapsed = time.perf_counter() - started
    return summary


def story_schema():
    import pyarrow as pa

    s, i = pa.string(), pa.int64()
    return pa.schema([
        ("id", s), ("title", s), ("documents", pa.list_(s)), ("languages", s),
        ("top_entities", pa.list_(pa.struct([("entity", s), ("documents", i)]))),
        ("first_published", s), ("last_published", s),
    ])

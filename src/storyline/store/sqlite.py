"""The SQLite store: with `store/lookups.py` (reads for interactive pages), the only code that knows SQL.

WAL mode so readers (the web app, `export`) never block a running `analyze`; a schema version in
`PRAGMA user_version` with ordered migration scripts; one transaction per batch of documents, so a
run killed at any moment leaves only whole documents behind and the next run finishes the rest.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from storyline.records import (
    Alias,
    Claim,
    Contradiction,
    Document,
    Entity,
    Event,
    ItemError,
    Mention,
    Paragraph,
    RemovedBlock,
    Span,
)
from storyline.store.lookups import PageLookups, claim_from_row


EMBEDDING_MODEL = "multilingual-e5-small-q4"


class StoreError(RuntimeError):
    """The store cannot be opened or written (read-only, disk full, locked, newer schema)."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("storyline.store") / "migrations"
    scripts = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            scripts.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(scripts)


SCHEMA_VERSION = max(v for v, _ in _migrations())


class SqliteStore(PageLookups):
    def __init__(self, path: Path | str, *, readonly: bool = False, timeout: float = 30.0, check_version: bool = True):
        self.path = Path(path)
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path} (run `storyline analyze` first)")
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=timeout)
            else:
                self.conn = sqlite3.connect(self.path, timeout=timeout)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.row_factory = sqlite3.Row
            if not readonly:
                self._migrate()
            elif check_version and self.schema_version() != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {self.schema_version()}, this Storyline reads {SCHEMA_VERSION}"
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer Storyline (schema {current} > {SCHEMA_VERSION})")
        for version, script in _migrations():
            if version <= current:
                continue
            # executescript commits first, so each migration runs in an explicit transaction of its own
            try:
                self.conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={version};\nCOMMIT;")
            except sqlite3.OperationalError:
                self.conn.rollback()
                if self.schema_version() >= version:
                    continue  # a concurrent run applied this migration between our check and our lock
                raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SqliteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------
    def _rows_in(self, sql: str, values: Iterable[str], params: tuple = ()) -> Iterator[sqlite3.Row]:
        """Rows of `sql`, whose `{in}` is filled with placeholders for `values`, queried in chunks
        (SQLite limits the number of parameters of one statement); `params` fill the `?`s before
        `{in}`."""
        values = list(values)
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            yield from self.conn.execute(sql.format(**{"in": ",".join("?" * len(chunk))}), (*params, *chunk))

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows_in("SELECT id FROM documents WHERE id IN ({in})", ids)}

    def save_documents(self, docs: list[Document], errors: list[ItemError] = (), run: int | None = None) -> None:
        """Write a batch of analysed documents (replacing earlier versions) in one transaction."""
        try:
            with self.conn:
                for doc in docs:
                    self.conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
                    self.conn.execute(
                        """INSERT INTO documents (id, source, format, title, url, site, language, published,
                           published_evidence, not_before, text, raw, encoding, paragraphs, sentences, removed,
                           stages, analyzed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                        (
                            doc.id, doc.source, doc.format, doc.title, doc.url, doc.site, doc.language,
                            doc.published, doc.published_evidence, doc.not_before, doc.text, doc.raw,
                            doc.encoding,
                            json.dumps([[p.start, p.end, p.language] for p in doc.paragraphs]),
                            json.dumps([[s.start, s.end] for s in doc.sentences]),
                            json.dumps([[r.text, r.reason] for r in doc.removed], ensure_ascii=False),
                            json.dumps(doc.stages_run), _now(),
                        ),
                    )
                    self.conn.executemany(
                        'INSERT INTO mentions (document, idx, start, "end", text, type, lemma, entity) VALUES (?,?,?,?,?,?,?,?)',
                        [(doc.id, i, m.start, m.end, m.text, m.type, m.lemma, m.entity) for i, m in enumerate(doc.mentions)],
                    )
                    self.conn.executemany(
                        """INSERT INTO claims (id, document, start, "end", speaker, stance, relation, participants,
                           via, "when", cameo, summary, when_text, quote, "trigger")
                           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                        [
                            (c.id, doc.id, c.start, c.end, c.speaker, c.stance, c.relation,
                             json.dumps(c.participants), json.dumps(c.via), c.when, c.cameo, c.summary,
                             c.when_text, int(c.quote), c.trigger)
                            for c in doc.claims
                        ],
                    )
                    if doc.embedding is not None:
                        self.conn.execute(
                            "INSERT OR REPLACE INTO embeddings (document, model, vector) VALUES (?,?,?)",
                            (doc.id, EMBEDDING_MODEL, doc.embedding),
                        )
                self._insert_errors(errors, run)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def _insert_errors(self, errors: Iterable[ItemError], run: int | None) -> None:
        self.conn.executemany(
            "INSERT INTO errors (run, source, reason, at) VALUES (?,?,?,?)",
            [(run, e.source, e.reason, _now()) for e in errors],
        )

    def save_errors(self, errors: list[ItemError], run: int | None = None) -> None:
        with self._writing():
            self._insert_errors(errors, run)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; a database error (read-only file, full disk, lock timeout) becomes a
        `StoreError` that names the store, and the transaction is rolled back."""
        try:
            with self.conn:
                yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def replace_corpus_results(
        self, entities: list[Entity], events: list[Event], contradictions: list[Contradiction],
        mention_entities: dict[tuple[str, int], str] | None = None,
    ) -> None:
        """Corpus-level stages rebuild their tables as a whole, atomically (new links undo the
        type vote of the old ones: see `replace_entities`)."""
        with self.conn:
            self._replace_entities(entities, mention_entities)
            if mention_entities is not None:
                self._undo_type_votes()
            self._replace_events(events, contradictions)

    def replace_entities(self, entities: list[Entity], mention_entities: Mapping[tuple[str, int], str],
                         mention_types: Mapping[tuple[str, int], str] | None = None) -> None:
        """The `resolve` stage's result: every entity, which entity each mention names, and the
        mentions whose type the corpus-level vote changed (`resolve/type_vote.py`)."""
        with self.conn:
            self._replace_entities(entities, mention_entities)
            self._undo_type_votes()  # each run votes on the recogniser's types
            self.conn.executemany(
                "UPDATE mentions SET ner_type = type, type = ? WHERE document = ? AND idx = ?",
                ((type_, document, index) for (document, index), type_ in (mention_types or {}).items()),
            )

    def update_claim_summaries(self, summaries: Iterable[tuple[str, str]]) -> None:
        """(claim id, summary) pairs: summaries re-rendered with resolved entity names."""
        with self.conn:
            # streamed: the summaries are made as the claims are read (`summary` is no index column
            # and `id` the key, so an update only touches a row already read)
            self.conn.executemany("UPDATE claims SET summary = ? WHERE id = ?", ((s, c) for c, s in summaries))

    def replace_events(self, events: list[Event], contradictions: list[Contradiction]) -> None:
        """The `events` stage's result."""
        with self.conn:
            self._replace_events(events, contradictions)

    def _undo_type_votes(self) -> None:
        self.conn.execute("UPDATE mentions SET type = ner_type, ner_type = NULL WHERE ner_type IS NOT NULL")

    def _replace_entities(self, entities: list[Entity], mention_entities: dict[tuple[str, int], str] | None) -> None:
        self.conn.execute("DELETE FROM entities")
        self.conn.executemany(
            "INSERT INTO entities (id, name, type, aliases, mentions, documents) VALUES (?,?,?,?,?,?)",
            [
                (e.id, e.name, e.type, json.dumps([[a.text, a.language, a.count] for a in e.aliases],
                 ensure_ascii=False), e.mentions, e.documents)
                for e in entities
            ],
        )
        if mention_entities is not None:
            self.conn.execute("UPDATE mentions SET entity = NULL")
            self.conn.executemany(
                "UPDATE mentions SET entity = ? WHERE document = ? AND idx = ?",
                ((entity, doc, idx) for (doc, idx), entity in mention_entities.items()),
            )

    def _replace_events(self, events: list[Event], contradictions: list[Contradiction]) -> None:
        self.conn.execute("DELETE FROM events")
        self.conn.execute("DELETE FROM contradictions")
        self.conn.execute("DELETE FROM event_participants")
        self.conn.executemany(
            'INSERT INTO events (id, relation, participants, "when", claims, status, sources) VALUES (?,?,?,?,?,?,?)',
            [
                (e.id, e.relation, json.dumps(e.participants), e.when, json.dumps(e.claims), e.status, e.sources)
                for e in events
            ],
        )
        # the index of events by entity (migration 0005), with the events' ordering keys
        self.conn.executemany(
            "INSERT OR IGNORE INTO event_participants (entity_id, event_id, time_key, status, sources) "
            "VALUES (?,?,?,?,?)",
            [
                (entity, e.id, e.when.lstrip("~") if e.when is not None else None, e.status, e.sources)
                for e in events for entity in e.participants
            ],
        )
        self.conn.executemany(
            "INSERT INTO contradictions (event, for_claims, against_claims) VALUES (?,?,?)",
            [(c.event, json.dumps(c.for_claims), json.dumps(c.against_claims)) for c in contradictions],
        )

    def start_run(self, arguments: dict) -> int:
        with self._writing():
            cur = self.conn.execute(
                "INSERT INTO runs (started_at, arguments) VALUES (?, ?)", (_now(), json.dumps(arguments, ensure_ascii=False))
            )
        return cur.lastrowid

    def finish_run(self, run: int, ingested: int, skipped: int, failed: int) -> None:
        with self._writing():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, ingested = ?, skipped = ?, failed = ? WHERE id = ?",
                (_now(), ingested, skipped, failed, run),
            )

    # -- reading --------------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {
            "documents", "mentions", "claims", "entities", "events", "contradictions", "errors", "runs", "embeddings",
            "stories",
        }:
            raise ValueError(table)
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def iter_documents(self, *, with_raw: bool = False) -> Iterator[Document]:
        raw_col = "raw" if with_raw else "x'' AS raw"
        rows = self.conn.execute(
            f"""SELECT id, source, format, title, url, site, language, published, published_evidence,
                not_before, text, {raw_col}, encoding, paragraphs, sentences, removed, stages
                FROM documents ORDER BY published IS NULL, published, id"""
        )
        for row in rows:
            yield Document(
                id=row["id"], source=row["source"], format=row["format"], raw=bytes(row["raw"]),
                text=row["text"], title=row["title"], url=row["url"], site=row["site"],
                language=row["language"], published=row["published"],
                published_evidence=row["published_evidence"], not_before=row["not_before"],
                encoding=row["encoding"],
                paragraphs=[Paragraph(*p) for p in json.loads(row["paragraphs"])],
                sentences=[Span(*s) for s in json.loads(row["sentences"])],
                removed=[RemovedBlock(*r) for r in json.loads(row["removed"])],
                stages_run=json.loads(row["stages"]),
            )

    def iter_mentions(self, *, recognised: bool = False) -> Iterator[tuple[str, Mention]]:
        """(document, mention) ordered by document, then index. `recognised`: with the recogniser's
        own types, not those the corpus-level type vote gave (what the `resolve` stage reads)."""
        type_ = "COALESCE(ner_type, type) AS type" if recognised else "type"
        for row in self.conn.execute(f'SELECT document, start, "end", text, {type_}, lemma, entity FROM mentions '
                                     "ORDER BY document, idx"):
            yield row["document"], Mention(row["start"], row["end"], row["text"], row["type"], row["lemma"], row["entity"])

    def embeddings(self) -> tuple[list[str], "np.ndarray"]:
        """All document vectors: (document ids, matrix with one L2-normalised row per document)."""
        import numpy as np

        from storyline.semantic.encoder import matrix_from_rows

        count = self.conn.execute("SELECT count(*) FROM embeddings").fetchone()[0]
        if not count:
            return [], np.zeros((0, 0), dtype=np.float32)
        # one preallocated matrix filled row by row: no per-row array objects, and the rows are
        # never all held (search and stories read every vector)
        return matrix_from_rows(self.conn.execute("SELECT document, vector FROM embeddings ORDER BY document"), count)

    def name_vectors(self, model: str, names: Iterable[str]) -> dict[str, "np.ndarray"]:
        """The stored vectors of those of `names` that have one (see `save_name_vectors`)."""
        import numpy as np

        rows = self._rows_in("SELECT name, vector FROM name_vectors WHERE model = ? AND name IN ({in})",
                             dict.fromkeys(names), params=(model,))
        return {name: np.frombuffer(blob, dtype="<f4") for name, blob in rows}

    def save_name_vectors(self, model: str, vectors: dict[str, "np.ndarray"]) -> None:
        """Keep entity-name vectors of encoder `model` for later runs (resolve/translations.py)."""
        import numpy as np

        if not vectors:
            return
        with self._writing():
            self.conn.executemany(
                "INSERT OR REPLACE INTO name_vectors (model, name, vector) VALUES (?, ?, ?)",
                [(model, name, np.asarray(v, dtype="<f4").tobytes()) for name, v in vectors.items()])

    def full_text_search(self, match: str, limit: int) -> list[sqlite3.Row]:
        """FTS5 hits for a MATCH expression, best first, with a highlighted snippet ([…] marks terms)."""
        return self.conn.execute(
            """SELECT d.id, d.title, d.language, d.published, d.source, bm25(documents_fts, 5.0, 1.0) AS score,
                      snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
               FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
               WHERE documents_fts MATCH ? ORDER BY score LIMIT ?""",
            (match, limit),
        ).fetchall()

    def documents_by_id(self, ids: list[str], *, text: bool = True) -> dict[str, sqlite3.Row]:
        """Document metadata by id; with `text=False` the clean body is not read (corpus stages
        that need only titles, languages and dates)."""
        columns = "id, title, language, published, source, site, url" + (", text" if text else "")
        return {r["id"]: r for r in self._rows_in(f"SELECT {columns} FROM documents WHERE id IN ({{in}})", ids)}

    def replace_stories(self, stories: list["Story"]) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM story_documents")
            self.conn.execute("DELETE FROM stories")
            self.conn.executemany(
                """INSERT INTO stories (id, title, size, languages, top_entities, first_published, last_published)
                   VALUES (?,?,?,?,?,?,?)""",
                [
                    (s.id, s.title, len(s.documents), json.dumps(s.languages), json.dumps(s.top_entities, ensure_ascii=False),
                     s.first_published, s.last_published)
                    for s in stories
                ],
            )
            self.conn.executemany(
                "INSERT INTO story_documents (story, document) VALUES (?,?)",
                [(s.id, d) for s in stories for d in s.documents],
            )

    def stories(self) -> list["Story"]:
        from storyline.stories.clusters import Story

        members: dict[str, list[str]] = {}
        for r in self.conn.execute("SELECT story, document FROM story_documents ORDER BY story, document"):
            members.setdefault(r["story"], []).append(r["document"])
        return [
            Story(r["id"], members.get(r["id"], []), r["title"], json.loads(r["languages"]),
                  [tuple(e) for e in json.loads(r["top_entities"])], r["first_published"], r["last_published"])
            for r in self.conn.execute("SELECT * FROM stories ORDER BY size DESC, first_published, id")
        ]

    def document_languages(self) -> dict[str, str | None]:
        """Document id -> language, for every stored document."""
        return dict(self.conn.execute("SELECT id, language FROM documents"))

    def mention_entities(self, document: str) -> dict[int, str | None]:
        """Mention index -> entity id (None until resolution ran) for one document."""
        rows = self.conn.execute("SELECT idx, entity FROM mentions WHERE document = ?", (document,))
        return {r["idx"]: r["entity"] for r in rows}

    def iter_claims(self) -> Iterator[tuple[str, Claim]]:
        for row in self.conn.execute('SELECT * FROM claims ORDER BY document, start, id'):
            yield row["document"], claim_from_row(row)

    def claims_by_id(self, ids: Iterable[str]) -> list[tuple[str, Claim]]:
        """(document id, claim) for the given claim ids that exist, in document and text order."""
        found = [(r["document"], claim_from_row(r)) for r in self._rows_in("SELECT * FROM claims WHERE id IN ({in})", ids)]
        return sorted(found, key=lambda dc: (dc[0], dc[1].start, dc[1].id))

    def mentions_of(self, documents: Iterable[str]) -> dict[str, list[Mention]]:
        """The mentions of the given documents, each list in mention-index order."""
        found: dict[str, list[Mention]] = {}
        rows = self._rows_in('SELECT document, start, "end", text, type, lemma, entity FROM mentions '
                             "WHERE document IN ({in}) ORDER BY document, idx", documents)
        for r in rows:
            found.setdefault(r["document"], []).append(
                Mention(r["start"], r["end"], r["text"], r["type"], r["lemma"], r["entity"]))
        return found

    def entities(self) -> list[Entity]:
        return [
            Entity(r["id"], r["name"], r["type"], [Alias(*a) for a in json.loads(r["aliases"])], r["mentions"], r["documents"])
            for r in self.conn.execute("SELECT * FROM entities ORDER BY id")
        ]

    def events(self) -> list[Event]:
        return [
            Event(r["id"], r["relation"], json.loads(r["participants"]), r["when"], json.loads(r["claims"]), r["status"], r["sources"])
            for r in self.conn.execute('SELECT * FROM events ORDER BY "when" IS NULL, "when", id')
        ]

    def contradictions(self) -> list[Contradiction]:
        return [
            Contradiction(r["event"], json.loads(r["for_claims"]), json.loads(r["against_claims"]))
            for r in self.conn.execute("SELECT * FROM contradictions ORDER BY event")
        ]

    def last_run_id(self) -> int | None:
        """The id of the most recent run (None before the first)."""
        return self.conn.execute("SELECT max(id) FROM runs").fetchone()[0]

    def errors(self, run: int | None = None) -> list[ItemError]:
        sql, args = "SELECT source, reason FROM errors", ()
        if run is not None:
            sql, args = sql + " WHERE run = ?", (run,)
        return [ItemError(r["source"], r["reason"]) for r in self.conn.execute(sql + " ORDER BY rowid", args)]

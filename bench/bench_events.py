"""Benchmark: the `events` corpus stage (and a timeline query) at growing corpus sizes.

    python bench/bench_events.py [--sizes 1000 4000 16000] [--claims-per-doc 4] [--texts DIR]

For each size N, builds a store of N documents (texts from SlavicNER's raw articles, replicated
with a marker line when N exceeds them, so replicas are near-duplicates as republished wire stories
are; synthetic text when the data is missing) with synthetic mentions and claims: entities drawn
Zipf-like from a pool of N/4 (so popular pairs pile up thousands of claims, the case that would
expose quadratic grouping), times in all formats (month, day, year, ~approximate, ranges, unknown).
Then times, separately: reading the facts from the store incl. near-duplicate detection
(`collect_facts`), grouping (`group_events`), and one `timeline` query for the most popular pair.
Growth is the time ratio between consecutive sizes: ~4.0 per 4x documents means linear. Times are
CPU seconds of this (single-threaded) process, which a shared machine disturbs far less than wall
time; wall time of the whole stage is shown too. Store building is not timed.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

from storyline.records import Alias, Claim, Document, Entity, Mention  # noqa: E402
from storyline.store.sqlite import SqliteStore  # noqa: E402
from storyline.stories.duplicates import near_duplicate_groups  # noqa: E402
from storyline.stories.events import collect_facts, group_events  # noqa: E402
from storyline.stories.timeline import timeline  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = REPO.parent / "shared" / "data" / "slavicner" / "raw"
RELATIONS = ("contact", "meet", "invite", "cooperate", "request", "criticize", "praise", "call")
WORDS = ("government minister said talks would continue despite the sanctions agreed by the council "
         "on tuesday while officials in the capital declined to comment on reports").split()


def load_texts(directory: Path, rng: random.Random) -> list[tuple[str, str]]:
    """(language, text) of every raw article; synthetic word salad if the data is missing."""
    texts = []
    if directory.is_dir():
        for path in sorted(directory.rglob("*.txt")):
            texts.append((path.parent.name, path.read_text(encoding="utf-8", errors="replace")))
    if not texts:
        texts = [("en", " ".join(rng.choice(WORDS) for _ in range(300))) for _ in range(2000)]
    rng.shuffle(texts)  # every size draws from the same mix of topics and lengths
    return texts


def random_time(rng: random.Random) -> str | None:
    year, month = rng.randint(2014, 2025), rng.randint(1, 12)
    kind = rng.random()
    if kind < 0.10:
        return None
    if kind < 0.20:
        return str(year)
    if kind < 0.35:
        return f"~{year}-{month:02d}"
    if kind < 0.45:
        end_month = min(12, month + rng.randint(1, 3))
        return f"{year}-{month:02d}/{year}-{end_month:02d}"
    if kind < 0.70:
        return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    return f"{year}-{month:02d}"


def build_store(path: Path, n_docs: int, claims_per_doc: int, texts: list[tuple[str, str]], seed: int) -> SqliteStore:
    rng = random.Random(seed)
    n_entities = max(200, n_docs // 4)
    weights = [1.0 / (rank + 1) for rank in range(n_entities)]
    entity_ids = [f"e{i}" for i in range(n_entities)]
    sites = [f"outlet{i}.example" for i in range(max(20, n_docs // 50))]
    store = SqliteStore(path)
    mention_entities: dict[tuple[str, int], str] = {}
    batch: list[Document] = []
    for d in range(n_docs):
        language, text = texts[d % len(texts)]
        if d >= len(texts):  # a replica: the same story again, lightly edited
            text = f"{text}\n(republished, copy {d // len(texts)})"
        doc_id = f"doc{d:07d}"
        chosen = list(dict.fromkeys(rng.choices(entity_ids, weights=weights, k=8)))
        mentions = []
        for i, entity in enumerate(chosen):
            mentions.append(Mention(0, 1, entity, "PER"))
            mention_entities[(doc_id, i)] = entity
        claims = []
        for c in range(claims_per_doc if len(chosen) >= 3 else 0):
            size = 3 if rng.random() < 0.1 and len(chosen) >= 4 else 2
            picked = rng.sample(range(len(chosen)), size + 1)
            stance = rng.choices(("asserts", "confirms", "denies"), weights=(70, 15, 15))[0]
            speaker = picked[-1] if rng.random() < 0.5 else None
            via = [picked[-1]] if speaker is None and rng.random() < 0.2 else []
            claims.append(Claim(id=f"{doc_id}:{c}", start=0, end=min(len(text), 200), stance=stance,
                                relation=rng.choice(RELATIONS), participants=picked[:size], speaker=speaker,
                                via=via, when=random_time(rng)))
        batch.append(Document(id=doc_id, source=f"{doc_id}.txt", format="text", raw=b"", text=text,
                              site=rng.choice(sites), language=language,
                              published=f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-01",
                              mentions=mentions, claims=claims))
        if len(batch) == 500:
            store.save_documents(batch)
            batch = []
    store.save_documents(batch)
    entities = [Entity(e, f"Person {e}", "PER", [Alias(f"Person {e}", "en")]) for e in entity_ids]
    store.replace_corpus_results(entities, [], [], mention_entities)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--claims-per-doc", type=int, default=4)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    texts = load_texts(args.texts, random.Random(args.seed))
    near_duplicate_groups([("warm-up", texts[0][1])])  # imports and one-off set-up, outside the timings
    print(f"texts: {len(texts)} from {args.texts if args.texts.is_dir() else 'synthetic'}; "
          f"{args.claims_per_doc} claims/doc; load avg {os.getloadavg()[0]:.1f}")
    print(f"{'docs':>7} {'claims':>7} {'events':>7} {'contested':>9} {'corrob.':>7} {'build s':>8} "
          f"{'facts s':>8} {'group s':>8} {'total s':>8} {'growth':>7} {'wall s':>7} {'timeline s':>10}")
    previous = None
    for n_docs in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            store = build_store(Path(tmp) / "bench.db", n_docs, args.claims_per_doc, texts, args.seed)
            built = time.perf_counter() - started

            wall = time.perf_counter()
            started = time.process_time()
            facts = collect_facts(store)
            read = time.process_time() - started
            started = time.process_time()
            events, contradictions = group_events(facts)
            grouped = time.process_time() - started
            wall = time.perf_counter() - wall
            store.replace_corpus_results(store.entities(), events, contradictions)

            pair = Counter(tuple(sorted(e.participants)) for e in events if len(e.participants) == 2).most_common(1)
            started = time.process_time()
            rows = timeline(store, [f"Person {p}" for p in pair[0][0]]) if pair else []
            queried = time.process_time() - started
            store.close()

        total = read + grouped
        growth = f"{total / previous:.2f}" if previous else "-"
        statuses = Counter(e.status for e in events)
        print(f"{n_docs:>7} {len(facts):>7} {len(events):>7} {statuses['contested']:>9} "
              f"{statuses['corroborated']:>7} {built:>8.1f} {read:>8.2f} {grouped:>8.2f} {total:>8.2f} "
              f"{growth:>7} {wall:>7.1f} {queried:>10.2f}  ({len(rows)} rows)", flush=True)
        previous = total


if __name__ == "__main__":
    main()

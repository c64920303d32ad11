"""Benchmark: the `resolve` corpus stage (entity resolution + claim summaries) at growing sizes.

    python bench/bench_resolve.py [--sizes 1000 4000 16000] [--rename-share 0.5] [--claims-per-doc 4]

Mentions are real per-document records: SlavicNER's gold spans with their gold lemmas (4,167
articles in bg/cs/pl/ru/sl/uk, ~26 mentions each, PER/ORG/LOC/MISC; read once and cached under
/tmp). Documents are replicated as N requires, and in every document (the first copy too, so all
sizes have the same make-up) a share (`--rename-share`) of the person and organisation entities is
renamed, consistently inside the document (full name, surname alone and first name alone follow),
to a synthetic but plausible name drawn Zipf-like from a pool that grows with N (N/2 people, N/4
organisations; surnames come from a smaller list, so namesakes occur), written in the document's
script (Cyrillic for bg/ru/uk, Latin for cs/pl/sl). So the number of distinct names grows with the
corpus, popular names pile up in thousands of documents, and a replica is never a free repeat of
names already resolved - without this the benchmark would be far too kind. Each document also
gets `--claims-per-doc` synthetic claims between its person/organisation mentions (this stage only
re-renders their summaries).

Times the stage exactly as the pipeline runs it (`storyline.pipeline._resolve_entities`), with
each step inside it measured by wrapping the functions it calls: reading the store, within-document
grouping (`group_document`), across-document clustering (`cluster_local_entities`), demonyms,
translation matching (`merge_translations`, which embeds the distinct names of frequent
non-person entities with e5 - its name cache is emptied before each size), writing the entities,
and the claim summaries (re-rendering + writing). "other" is the rest (building Entity records).
Growth is the time ratio between consecutive sizes: ~4.0 per 4x documents means linear. Times are
CPU seconds of this process (e5 runs single-threaded), which a shared machine disturbs far less
than wall time. Peak RSS is the process's maximum so far. Store building is not timed.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import functools  # noqa: E402
import pickle  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import storyline.pipeline as pipeline  # noqa: E402
import storyline.resolve.resolution as resolution  # noqa: E402
from storyline.config import Settings  # noqa: E402
from storyline.records import Claim, Document, Mention  # noqa: E402
from storyline.resolve.translations import _recent as embedded_names_cache  # noqa: E402
from storyline.resolve.translations import embed_names  # noqa: E402
from storyline.store.sqlite import SqliteStore  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "slavicner"
CACHE = Path(tempfile.gettempdir()) / "storyline-bench-resolve-slavicner-v2.pickle"
CYRILLIC = {"bg", "ru", "uk", "be", "mk", "sr"}
RELATIONS = ("contact", "meet", "invite", "cooperate", "request", "criticize", "praise", "call")
# Latin -> Cyrillic for the letters the synthetic names use (digraphs first)
TO_CYRILLIC = [("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"),
               ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("g", "г"), ("i", "и"), ("k", "к"),
               ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
               ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"), ("f", "ф"), ("h", "х")]
ONSETS = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr",
          "pr", "st", "tr", "sl", "zh", "sh", "ch", "h", "f")
VOWELS = ("a", "e", "i", "o", "u", "a", "o")
SURNAME_ENDINGS = ("ov", "ev", "in", "enko", "ski", "ak", "ek", "ich", "uk", "an", "er", "")
FIRST_ENDINGS = ("", "a", "o", "an", "ir", "ek", "ina", "ia")
ORG_KINDS = ("Bank", "Holding", "Group", "Media", "Energy", "Telecom", "Invest", "Agro")


@dataclass(slots=True)
class BaseDocument:
    id: str
    language: str
    text: str
    mentions: list[Mention]


def load_base(data: Path) -> list[BaseDocument]:
    """SlavicNER's articles with their gold mentions and lemmas (cached: reading takes seconds)."""
    if CACHE.exists():
        rows = pickle.loads(CACHE.read_bytes())
    else:
        from storyline.eval.corpora import read_slavicner

        rows = [(doc.id, doc.lang, doc.text, [(s.start, s.end, doc.text[s.start:s.end], s.label, s.lemma)
                                              for s in doc.spans])
                for doc in read_slavicner(data)]
        CACHE.write_bytes(pickle.dumps(rows))  # plain tuples: readable by any script importing this one
    return [BaseDocument(id_, language, text, [Mention(*m) for m in mentions])
            for id_, language, text, mentions in rows]


def _word(rng: random.Random, syllables: int, endings: tuple[str, ...]) -> str:
    stem = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
    return (stem + rng.choice(endings)).capitalize()


def cyrillic(text: str) -> str:
    out, i, lower = [], 0, text.lower()
    while i < len(lower):
        for latin, cyr in TO_CYRILLIC:
            if lower.startswith(latin, i):
                out.append(cyr.upper() if text[i].isupper() else cyr)
                i += len(latin)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


class NamePool:
    """Synthetic people (first name, surname) and organisations, drawn Zipf-like."""

    def __init__(self, n_docs: int, rng: random.Random):
        n_people, n_orgs = max(500, n_docs // 2), max(250, n_docs // 4)
        firsts = [_word(rng, rng.randint(1, 2), FIRST_ENDINGS) for _ in range(400)]
        surnames = [_word(rng, rng.randint(1, 3), SURNAME_ENDINGS) for _ in range(max(300, n_people // 3))]
        self.people = [(rng.choice(firsts), rng.choice(surnames)) for _ in range(n_people)]
        self.orgs = [f"{_word(rng, rng.randint(2, 3), ('', 'tek', 'com', 'on'))} {rng.choice(ORG_KINDS)}"
                     for _ in range(n_orgs)]
        self.people_weights = [1.0 / (rank + 1) for rank in range(n_people)]
        self.org_weights = [1.0 / (rank + 1) for rank in range(n_orgs)]

    def person(self, rng: random.Random) -> tuple[str, str]:
        return rng.choices(self.people, weights=self.people_weights)[0]

    def org(self, rng: random.Random) -> str:
        return rng.choices(self.orgs, weights=self.org_weights)[0]


def _localise(name: str, language: str) -> str:
    return cyrillic(name) if language in CYRILLIC else name


def renamed_mentions(doc: BaseDocument, pool: NamePool, share: float, rng: random.Random) -> list[Mention]:
    """The document's mentions with a share of its people and organisations renamed (consistently:
    every mention whose base form shares a word with the entity's name follows it)."""
    people: dict[str, tuple[str, str]] = {}  # old surname -> new (first, surname)
    firsts: dict[str, str] = {}  # old first name -> new first name
    orgs: dict[str, str] = {}
    for m in doc.mentions:
        words = (m.lemma or m.text).split()
        if m.type == "PER" and len(words) >= 2 and words[-1] not in people:
            if rng.random() < share:
                people[words[-1]] = pool.person(rng)
                firsts[words[0]] = people[words[-1]][0]
        elif m.type == "ORG" and (m.lemma or m.text) not in orgs and rng.random() < share:
            orgs[m.lemma or m.text] = pool.org(rng)
    out = []
    for m in doc.mentions:
        base = m.lemma or m.text
        words = base.split()
        new = None
        if m.type == "PER" and words and words[-1] in people:
            first, surname = people[words[-1]]
            new = (f"{first} {surname}" if len(words) >= 2 else surname)
        elif m.type == "PER" and len(words) == 1 and words[0] in firsts:
            new = firsts[words[0]]
        elif m.type == "ORG" and base in orgs:
            new = orgs[base]
        if new is None:
            out.append(m)
        else:
            new = _localise(new, doc.language)
            out.append(Mention(m.start, m.end, new, m.type, new))
    return out


def synthetic_claims(doc_id: str, mentions: list[Mention], per_doc: int, text_length: int,
                     rng: random.Random) -> list[Claim]:
    actors = [i for i, m in enumerate(mentions) if m.type in ("PER", "ORG")]
    if len(actors) < 3:
        return []
    claims = []
    for c in range(per_doc):
        picked = rng.sample(actors, 3)
        speaker = picked[2] if rng.random() < 0.5 else None
        claims.append(Claim(id=f"{doc_id}:{c}", start=0, end=min(text_length, 200),
                            stance=rng.choices(("asserts", "confirms", "denies"), weights=(70, 15, 15))[0],
                            relation=rng.choice(RELATIONS), participants=picked[:2], speaker=speaker,
                            when=f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}"))
    return claims


def build_store(path: Path, n_docs: int, base: list[BaseDocument], share: float, claims_per_doc: int,
                seed: int) -> tuple[SqliteStore, int]:
    rng = random.Random(seed)
    pool = NamePool(n_docs, rng)
    store = SqliteStore(path)
    batch: list[Document] = []
    n_mentions = 0
    for d in range(n_docs):
        source = base[d % len(base)]
        mentions = renamed_mentions(source, pool, share, rng)
        n_mentions += len(mentions)
        doc_id = f"doc{d:07d}"
        batch.append(Document(id=doc_id, source=f"{doc_id}.txt", format="text", raw=b"", text=source.text,
                              language=source.language, mentions=mentions,
                              claims=synthetic_claims(doc_id, mentions, claims_per_doc, len(source.text), rng)))
        if len(batch) == 500:
            store.save_documents(batch)
            batch = []
    store.save_documents(batch)
    return store, n_mentions


class StepTimer:
    """CPU seconds spent inside wrapped functions, by step name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, step: str, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[step] += time.process_time() - started
        return timed


STEPS = ("read", "within", "across", "demonyms", "translations", "write", "summaries", "other")


def time_resolve_stage(store: SqliteStore) -> tuple[dict[str, float], float, int]:
    """Run the pipeline's resolve stage on `store`, timing each step; (CPU s by step, wall s, entities)."""
    timer = StepTimer()
    patched = {  # (module, attribute) -> step
        (resolution, "group_document"): "within",
        (resolution, "cluster_local_entities"): "across",
        (resolution, "merge_demonyms"): "demonyms",
        (resolution, "merge_translations"): "translations",
        (pipeline, "_summaries_with_entity_names"): "summaries",
        (store, "update_claim_summaries"): "summaries",
        (store, "replace_entities"): "write",
        (store, "iter_mentions"): "read",  # a generator: its rows are read where it is consumed
        (store, "document_languages"): "read",
    }
    originals = {key: getattr(*key) for key in patched}
    for (owner, name), step in patched.items():
        setattr(owner, name, timer.wrap(step, originals[(owner, name)]))
    iter_mentions = originals[(store, "iter_mentions")]

    def timed_rows(**options):  # time spent producing each row counts as reading
        rows = iter_mentions(**options)
        while True:
            started = time.process_time()
            try:
                row = next(rows)
            except StopIteration:
                timer.seconds["read"] += time.process_time() - started
                return
            timer.seconds["read"] += time.process_time() - started
            yield row

    store.iter_mentions = timed_rows
    entities = []
    original_replace = originals[(store, "replace_entities")]

    def replace_entities(found, assignment, mention_types=None):
        entities.extend(found)
        return original_replace(found, assignment, mention_types)

    store.replace_entities = timer.wrap("write", replace_entities)
    try:
        wall = time.perf_counter()
        started = time.process_time()
        pipeline._resolve_entities(store, Settings(embed=False))
        total = time.process_time() - started
        wall = time.perf_counter() - wall
    finally:
        for (owner, name), function in originals.items():
            if owner is store:
                delattr(store, name)  # instance attributes shadowed the class's methods
            else:
                setattr(owner, name, function)
    seconds = dict(timer.seconds)
    seconds["other"] = total - sum(seconds.values())
    seconds["total"] = total
    return seconds, wall, len(entities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--rename-share", type=float, default=0.5)
    parser.add_argument("--claims-per-doc", type=int, default=4)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    if not (args.data / "raw").is_dir() and not CACHE.exists():
        raise SystemExit(f"SlavicNER not found at {args.data} (see ../shared/data/slavicner/README)")
    base = load_base(args.data)
    random.Random(args.seed).shuffle(base)  # every size draws from the same mix of languages/topics
    embed_names(["warm-up"])  # loads e5 outside the timings
    print(f"base: {len(base)} SlavicNER documents; rename share {args.rename_share}; "
          f"{args.claims_per_doc} claims/doc; load avg {os.getloadavg()[0]:.1f}")
    print(f"{'docs':>7} {'mentions':>9} {'entities':>8} {'build s':>7} "
          + " ".join(f"{s:>8}" for s in STEPS) + f" {'total':>8} {'growth':>6} {'wall s':>7} {'RSS MB':>7}")
    previous = None
    for n_docs in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            store, n_mentions = build_store(Path(tmp) / "bench.db", n_docs, base, args.rename_share,
                                            args.claims_per_doc, args.seed)
            built = time.perf_counter() - started
            embedded_names_cache.clear()  # each size embeds its own distinct names
            seconds, wall, n_entities = time_resolve_stage(store)
            store.close()
        growth = f"{seconds['total'] / previous:.2f}" if previous else "-"
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n_docs:>7} {n_mentions:>9} {n_entities:>8} {built:>7.0f} "
              + " ".join(f"{seconds.get(s, 0.0):>8.2f}" for s in STEPS)
              + f" {seconds['total']:>8.2f} {growth:>6} {wall:>7.1f} {rss:>7.0f}", flush=True)
        previous = seconds["total"]


if __name__ == "__main__":
    main()

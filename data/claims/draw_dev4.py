"""The reproducible draw of the `dev4` tuning documents (see README.md): implied-party claims.

SlavicNER documents of the topics brexit and nord_stream (the topics of the blind `test3`, whose
claims are mostly about parties named elsewhere in the article: "the negotiations will resume"),
stratified so that every language is represented: for each topic and each of bg, cs, pl, ru, sl, uk,
the eligible documents (raw text of at most 2,000 characters, not in dev.jsonl under any split, not
in test3.jsonl) are sorted by name and shuffled with ``random.Random(SEED)``, and the first
``PER_STRATUM`` are taken. 2 topics x 6 languages x 3 = 36 documents, printed topic by topic,
language by language, in draw order. Every drawn document was read and all its claims annotated
before the extractor was run on it; no document was skipped or chosen.

    python data/claims/draw_dev4.py [PER_STRATUM [DATA_ROOT]]          # the list
    python data/claims/draw_dev4.py --records [PER_STRATUM [DATA_ROOT]]  # dev.jsonl skeletons

``--records`` prints one dev.jsonl record per document without claims: ``source`` and
``text_sha256`` of the raw file (SlavicNER is stored by reference) and the corpus' own mentions
(EVT/PRO -> MISC, overlaps flattened, ``entity`` = its cross-lingual id), as in the other splits.
"""
import hashlib
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1].parent / "shared" / "data"
TOPICS = ("brexit", "nord_stream")
LANGUAGES = ("bg", "cs", "pl", "ru", "sl", "uk")
MAX_SLAVIC_CHARS = 2000
PER_STRATUM = 3
SEED = 17
SPLIT = "dev4"
SPLITS_BEFORE_THE_DRAW = ("dev", "test", "test2", "dev2", "dev3", "test3")


def _already_used() -> set[str]:
    """Raw file names of every SlavicNER document in the splits that existed when dev4 was drawn."""
    used = set()
    for path in (HERE / "dev.jsonl", HERE / "test3.jsonl"):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            # only what existed at the draw: it must not change once dev4 (or a later split) is appended
            if record["split"] in SPLITS_BEFORE_THE_DRAW:
                used.add(record["source"].rsplit("/", 1)[-1])
    return used


def draw(per_stratum: int = PER_STRATUM, data: Path = DEFAULT_DATA) -> list[tuple[str, str, str]]:
    """(topic, language, file name without .txt) of the drawn documents, stratum by stratum."""
    used = _already_used()
    root = Path(data) / "slavicner" / "raw"
    drawn = []
    for topic in TOPICS:
        for language in LANGUAGES:
            folder = root / topic / language
            stratum = [name for name in sorted(os.listdir(folder))
                       if name not in used and len((folder / name).read_text(encoding="utf-8")) <= MAX_SLAVIC_CHARS]
            random.Random(SEED).shuffle(stratum)
            drawn += [(topic, language, name[: -len(".txt")]) for name in stratum[:per_stratum]]
    return drawn


def skeleton(topic: str, language: str, name: str, data: Path = DEFAULT_DATA) -> dict:
    """A dev.jsonl record of one drawn document, without claims."""
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from storyline.eval.corpora import read_slavicner

    doc_id = f"slavicner/{topic}/{language}/{name}"
    doc = next(d for d in read_slavicner(Path(data) / "slavicner", topics=[topic], langs=[language]) if d.id == doc_id)
    raw = (Path(data) / "slavicner" / "raw" / topic / language / f"{name}.txt").read_text(encoding="utf-8")
    assert raw == doc.text
    mentions = [{"start": s.start, "end": s.end, "text": doc.text[s.start : s.end], "type": s.label,
                 "lemma": s.lemma, "entity": s.xid} for s in sorted(doc.spans, key=lambda s: (s.start, s.end))]
    return {"doc": doc_id, "source": f"slavicner/raw/{topic}/{language}/{name}.txt", "language": language,
            "published": None, "split": SPLIT, "mentions": mentions, "claims": [],
            "text_sha256": hashlib.sha256(raw.encode("utf-8")).hexdigest()}


def print_draw(draw, split: str, default_count: int, argv: list[str]) -> None:
    """The command line of a SlavicNER draw: ``[--records] [COUNT [DATA_ROOT]]`` prints the list, or with
    ``--records`` the skeleton records of ``split``; ``draw(count, data)`` gives (topic, language, name)."""
    records = "--records" in argv
    argv = [a for a in argv if a != "--records"]
    count = int(argv[0]) if argv else default_count
    data = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    for index, (topic, language, name) in enumerate(draw(count, data)):
        if records:
            print(json.dumps(dict(skeleton(topic, language, name, data), split=split), ensure_ascii=False))
        else:
            print("slavicner", index, topic, language, name)


def main(argv: list[str]) -> None:
    print_draw(draw, SPLIT, PER_STRATUM, argv)


if __name__ == "__main__":
    main(sys.argv[1:])

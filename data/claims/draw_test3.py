"""The reproducible draw of the blind `test3` documents (see README.md): prints two ordered lists.

1. SlavicNER documents of the topics brexit and nord_stream in bg, cs, pl, ru, sl, uk, raw text of at
   most 2,000 characters, not in dev.jsonl (splits dev, test, test2, dev2: all it held at the draw),
   shuffled with ``random.Random(11)``.
2. Article bodies (``articleBody``) from the second half of the sorted ``boilerplate/gold/*.json``
   files (indices 46..90 of 91; the first half was left to tuning work), body at most 4,000
   characters, shuffled with ``random.Random(11)``.

A prefix of each list was read and annotated in order, whether or not a document holds claims; no
document was skipped or chosen.

    python data/claims/draw_test3.py [SLAVIC_COUNT [BOILERPLATE_COUNT [DATA_ROOT]]]
    # defaults: 60, 15, ../shared/data
"""
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1].parent / "shared" / "data"
TOPICS = ("brexit", "nord_stream")  # the topics another helper does not tune on
LANGUAGES = ("bg", "cs", "pl", "ru", "sl", "uk")
MAX_SLAVIC_CHARS = 2000  # short enough that every claim in each document can be annotated
MAX_BODY_CHARS = 4000
FIRST_OWN_BOILERPLATE = 46  # files 0..45 of the sorted list belong to the tuning pool
SEED = 11
# the splits of dev.jsonl when the draw was made: documents added later (test3 itself, if it is merged
# there) must not change the draw
SPLITS_BEFORE_THE_DRAW = ("dev", "test", "test2", "dev2")


def slavicner_pool(data: Path = DEFAULT_DATA) -> list[tuple[str, str, str]]:
    """(topic, language, file name without .txt) of every eligible SlavicNER document, in draw order."""
    already = set()
    for line in open(HERE / "dev.jsonl", encoding="utf-8"):
        record = json.loads(line)
        if record["split"] in SPLITS_BEFORE_THE_DRAW:
            already.add(record["source"].rsplit("/", 1)[-1])
    root = Path(data) / "slavicner" / "raw"
    pool = []
    for topic in TOPICS:
        for language in LANGUAGES:
            folder = root / topic / language
            for name in sorted(os.listdir(folder)):
                if name in already:
                    continue
                if len((folder / name).read_text(encoding="utf-8")) <= MAX_SLAVIC_CHARS:
                    pool.append((topic, language, name[: -len(".txt")]))
    random.Random(SEED).shuffle(pool)
    return pool


def boilerplate_pool(data: Path = DEFAULT_DATA) -> list[tuple[str, int]]:
    """(gold file name, body length) of every eligible boilerplate article, in draw order."""
    gold = Path(data) / "boilerplate" / "gold"
    files = sorted(os.listdir(gold))[FIRST_OWN_BOILERPLATE:]
    pool = []
    for name in files:
        body = json.loads((gold / name).read_text(encoding="utf-8"))["articleBody"]
        if len(body) <= MAX_BODY_CHARS:
            pool.append((name, len(body)))
    random.Random(SEED).shuffle(pool)
    return pool


def main(argv: list[str]) -> None:
    slavic_count = int(argv[0]) if len(argv) > 0 else 60
    boilerplate_count = int(argv[1]) if len(argv) > 1 else 15
    data = Path(argv[2]) if len(argv) > 2 else DEFAULT_DATA
    for index, (topic, language, name) in enumerate(slavicner_pool(data)[:slavic_count]):
        print("slavicner", index, topic, language, name)
    for index, (name, length) in enumerate(boilerplate_pool(data)[:boilerplate_count]):
        print("boilerplate", index, name, length)


if __name__ == "__main__":
    main(sys.argv[1:])

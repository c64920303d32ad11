"""The reproducible draw of the blind `test4` documents (see README.md, session 15).

test3 turned out not to be fully blind: the real-text set whose extracted claims the tuning rounds
read from session 12 on held 42 of its 75 documents (texts and the extractor's claims were read, never
its gold). test4 is drawn from the SlavicNER documents no round has seen:

- all five topics (asia_bibi, brexit, covid-19, nord_stream, ryanair), languages bg, cs, pl, ru, sl, uk,
  raw text of at most 2,000 characters;
- not a document of dev.jsonl or test3.jsonl, nor one sharing two lines (40+ characters) with one of
  them (the corpus holds the same article under several names);
- not one listed in ``seen_by_rounds.txt`` (the same line test against the rounds' real-text set);
- shuffled with ``random.Random(24)``; a prefix is read and every claim annotated, in order, without
  running the extractor on it; no document is skipped or chosen.

    python data/claims/draw_test4.py [COUNT [DATA_ROOT]]             # the list (default 40)
    python data/claims/draw_test4.py --records [COUNT [DATA_ROOT]]   # test4.jsonl skeletons
"""
import json
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import draw_dev4  # noqa: E402
import draw_test3  # noqa: E402

SPLIT = "test4"
TOPICS = ("asia_bibi", "brexit", "covid-19", "nord_stream", "ryanair")
SEED = 24


def _line_keys(text: str) -> set[str]:
    return {" ".join(part.split()).lower() for part in re.split(r"[\n.!?]+", text) if len(part.strip()) >= 40}


def _annotated(data: Path) -> tuple[set[str], set[str]]:
    """Sources and text lines of every document of dev.jsonl and test3.jsonl (texts by reference are read
    from ``data``)."""
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from storyline.eval.claims import load_gold

    sources, lines = set(), set()
    for path in (HERE / "dev.jsonl", HERE / "test3.jsonl"):
        for gold in load_gold(path, data_root=data):
            sources.add(gold.source.partition("#")[0])
            lines |= _line_keys(gold.text)
    return sources, lines


def draw(count: int = 40, data: Path = draw_test3.DEFAULT_DATA) -> list[tuple[str, str, str]]:
    """(topic, language, name) of the drawn SlavicNER documents, in draw order."""
    seen = {line.strip() for line in open(HERE / "seen_by_rounds.txt", encoding="utf-8") if line.strip() and not line.startswith("#")}
    sources, lines = _annotated(Path(data))
    root = Path(data) / "slavicner" / "raw"
    pool = []
    for topic in TOPICS:
        for language in draw_test3.LANGUAGES:
            for name in sorted(os.listdir(root / topic / language)):
                if f"{topic}/{language}/{name}" in seen or f"slavicner/raw/{topic}/{language}/{name}" in sources:
                    continue
                text = (root / topic / language / name).read_text(encoding="utf-8")
                if len(text) <= draw_test3.MAX_SLAVIC_CHARS and len(_line_keys(text) & lines) < 2:
                    pool.append((topic, language, name[: -len(".txt")]))
    random.Random(SEED).shuffle(pool)
    return pool[:count]


def main(argv: list[str]) -> None:
    draw_dev4.print_draw(draw, SPLIT, 40, argv)


if __name__ == "__main__":
    main(sys.argv[1:])

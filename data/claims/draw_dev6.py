"""The reproducible draw of the `dev6` documents (see README.md): still more of test3's own draw.

It walks ``draw_test3.py``'s SlavicNER list (brexit and nord_stream, bg cs pl ru sl uk, at most 2,000
characters, seed 11) on past test3's 60 and dev5's 40, skipping every document of the splits that
existed at the draw, and takes the next ``SLAVIC_COUNT`` (the boilerplate list was used up by dev5).
Every drawn document was read and all its claims annotated, in order, before the extractor was run
on it; no document was skipped or chosen.

    python data/claims/draw_dev6.py [SLAVIC_COUNT [DATA_ROOT]]             # the list (default 45)
    python data/claims/draw_dev6.py --records [SLAVIC_COUNT [DATA_ROOT]]   # dev.jsonl skeletons
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import draw_dev4  # noqa: E402
import draw_dev5  # noqa: E402
import draw_test3  # noqa: E402

SPLIT = "dev6"
SPLITS_BEFORE_THE_DRAW = ("dev", "test", "test2", "dev2", "dev3", "dev4", "dev5", "test3")


def draw(slavic_count: int = 45, data: Path = draw_test3.DEFAULT_DATA) -> list[tuple[str, str, str]]:
    """(topic, language, name) of the drawn SlavicNER documents, in draw order."""
    used = draw_dev5.sources_of(SPLITS_BEFORE_THE_DRAW)
    pool = [(t, lang, n) for t, lang, n in draw_test3.slavicner_pool(data)
            if f"slavicner/raw/{t}/{lang}/{n}.txt" not in used]
    # (test3's and dev5's documents, and dev4's among them, are all used: removing every used
    # document continues the list exactly where dev5 stopped)
    return pool[:slavic_count]


def main(argv: list[str]) -> None:
    draw_dev4.print_draw(draw, SPLIT, 45, argv)


if __name__ == "__main__":
    main(sys.argv[1:])

"""`storyline eval linking --errors N`: what goes wrong, per topic - the gold entities split over
several predicted clusters and the predicted clusters mixing gold entities, largest first."""

from __future__ import annotations

from storyline.eval.linking import LabelledMention, merges, splits


def _m(gold, predicted, text="x", language="cs", type_="PER", document="d"):
    return LabelledMention(document, language, text, type_, gold, predicted)


def test_splits_and_merges_are_ranked_by_the_score_they_cost():
    labelled = (
        # the UK over three clusters, its group word typed PER in a cluster of its own
        [_m("GPE-UK", "LOC:uk", "Británie", type_="LOC")] * 6
        + [_m("GPE-UK", "PER:britove", "Britové")] * 3
        + [_m("GPE-UK", "LOC:wb", "Wielka Brytania", "pl", "LOC")]
        # two Trumps in one cluster; one small split of May
        + [_m("PER-Donald-Trump", "PER:trump", "Trump")] * 4 + [_m("PER-Melania-Trump", "PER:trump", "Trump")] * 2
        + [_m("PER-Theresa-May", "PER:may", "May")] * 5 + [_m("PER-Theresa-May", "PER:mayova", "Mayová")]
    )
    found = splits(labelled)
    assert [e.label for e in found] == ["GPE-UK", "PER-Theresa-May"]
    uk = found[0]
    assert [(label, len(ms)) for label, ms in uk.parts] == [("LOC:uk", 6), ("PER:britove", 3), ("LOC:wb", 1)]
    # recall lost: each mention loses the share of its entity outside its cluster
    assert abs(uk.lost - (6 * 0.4 + 3 * 0.7 + 1 * 0.9)) < 1e-9
    # counting PER mentions only: the Britons' split is what costs PER recall, and the UK comes first
    per = splits(labelled, "PER")
    assert per[0].label == "GPE-UK" and abs(per[0].lost - 3 * 0.7) < 1e-9
    assert splits(labelled, "people")[0].label == "PER-Theresa-May"  # groups are no individual people
    mixed = merges(labelled)
    assert [e.label for e in mixed] == ["PER:trump"]
    assert [label for label, _ in mixed[0].parts] == ["PER-Donald-Trump", "PER-Melania-Trump"]
    assert merges(labelled, "LOC") == []


def _corpus(root):
    """Two documents of one topic: the UK named two ways (no translation step: split), and two
    Trumps named alike (merged)."""
    docs = {
        "cs": [("Spojené království", "LOC", "GPE-Great-Britain"), ("Trump", "PER", "PER-Donald-Trump")],
        "pl": [("Wielka Brytania", "LOC", "GPE-Great-Britain"), ("Trump", "PER", "PER-Melania-Trump")],
    }
    for language, mentions in docs.items():
        (root / "raw" / "t" / language).mkdir(parents=True)
        (root / "ner" / "t" / language).mkdir(parents=True)
        text = " ".join(surface for surface, _, _ in mentions) + "."
        rows, pos = [], 0
        for surface, kind, xid in mentions:
            start = text.index(surface, pos)
            pos = start + len(surface)
            rows.append(f"{start}\t{pos}\t{surface}\t{surface}\t{kind}\t{xid}\n")
        (root / "raw" / "t" / language / "a.txt").write_text(text, encoding="utf-8")
        (root / "ner" / "t" / language / "a.tsv").write_text("".join(rows), encoding="utf-8")
    return root


def test_cli_prints_the_largest_splits_and_merges_per_topic(tmp_path, capsys):
    from storyline.eval import linking

    root = _corpus(tmp_path / "corpus")
    args = [str(root), "--lemmas", "gold", "--no-translations"]
    assert linking.main(args + ["--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "| **mean of topics** |" in out  # the score table still comes first
    report = out.split("## t: all types", 1)[1]
    splits_part, merges_part = report.split("largest merges", 1)
    assert "gold GPE-Great-Britain: 2 mentions in 2 clusters" in splits_part
    assert "Spojené království/cs" in splits_part and "Wielka Brytania/pl" in splits_part
    assert "PER-Donald-Trump" in merges_part and "PER-Melania-Trump" in merges_part
    # a type filter counts that type's mentions only: no PER split, no LOC merge
    assert linking.main(args + ["--errors", "3", "--errors-type", "LOC"]) == 0
    out = capsys.readouterr().out.split("## t: LOC", 1)[1]
    assert "GPE-Great-Britain" in out.split("largest merges")[0]
    assert out.split("largest merges")[1].strip().endswith("(none)")
    assert linking.main(args + ["--errors", "-1"]) == 2

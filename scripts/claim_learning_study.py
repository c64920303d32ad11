"""Feasibility study (issue 5, session 17): can a model trained on our annotated claims add what the rules miss,
or tell the rules' right claims from their wrong ones?

Two experiments, both over the rule extractor (`storyline.claims.extract`) run on gold mentions, scored as
`storyline eval claims` scores (`_match`, the combined fields speaker + stance + relation + participants), and
cross-validated leave-one-split-out over the annotated splits: data/claims/dev.jsonl (dev, test, test2, dev2 ... dev6),
dev7.jsonl and test3.jsonl. Only aggregate numbers are printed. data/claims/test4.jsonl is never opened.

``completion`` — a relation word the lexicon finds in a sentence where the rules made no claim of that relation
(about 700 such candidates, 172 with a gold claim of the relation) becomes a claim when a logistic regression over the
candidate (relation, the word, how many names the sentence has and where, the document's established sides,
attribution and stance found) says so, with the two parties a second logistic regression ranks highest among the
sentence's names and the document's most named ones (features: in the sentence or not, type, rank in the document,
before/after the word and how far, the word before the name, its ending, oblique or possessive, a side of the
document, the speaker). Speaker, via and stance come from the rules' attribution and stance for the word.

``confidence`` — a logistic regression over each rule claim's own features (relation, stance, quote, speaker and its
type, via, how many parties and how many named in the sentence, explicit or implied parties, anaphoric, negotiator
noun, headline, language, party types, trigger word, a cue) predicts whether it is fully right (combined); reported:
ROC AUC and precision when keeping the top 100 ... 50 % by score.

Usage (from the repository root; ~1 min each): python scripts/claim_learning_study.py completion|confidence
Findings: data/claims/README.md, "Tried: learned completion and a learned confidence (session 17)".
"""

from __future__ import annotations

import argparse
import collections
from bisect import bisect_left
from types import SimpleNamespace

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from storyline.claims import extract as X
from storyline.claims import implied
from storyline.claims.attribution import find_sources
from storyline.claims.participants import trigger_inside_name
from storyline.claims.stance import stance_of
from storyline.eval import claims as E
from storyline.records import Claim

FILES = ("data/claims/dev.jsonl", "data/claims/dev7.jsonl", "data/claims/test3.jsonl")
HELD_OUT = ("dev7", "dev5", "dev6", "test3")  # splits scored in turn, each by a model fit on all the others
GRID = ((0.5, 0.3), (0.5, 0.5), (0.6, 0.5), (0.7, 0.5), (0.7, 0.6), (0.8, 0.5))  # (claim, second party) thresholds


def _documents():
    for path in FILES:
        for gold in E.load_gold(path):
            if gold.split == "test4":
                continue
            doc = E.document_of(gold)
            lexicon = X.load_lexicon(X._document_language(doc))
            if lexicon is not None:
                extraction = X._Extraction(doc, lexicon)
                yield gold, doc, extraction, extraction.run()


def _distance_bucket(d: int) -> str:
    return "d0" if d <= 2 else "d1" if d <= 5 else "d2" if d <= 10 else "d3"


def _candidates(doc, extraction, rule_claims) -> list[dict]:
    """Relation words without a claim of their relation in their sentence, with their party candidates' features."""
    ctx = extraction.primary
    starts = ctx.may_start_positions(ctx.lexicon.relation_heads)
    counts = collections.Counter(ctx.name(i) for i in range(len(doc.mentions)))
    rank = {name: r for r, (name, _) in enumerate(counts.most_common())}
    units_with = collections.defaultdict(set)
    for unit in ctx.units:
        for m in ctx.mentions_in(unit.first, unit.stop):
            units_with[ctx.name(m)].add(unit.index)
    out = []
    for unit in ctx.units:
        if unit.first >= unit.stop:
            continue
        heads = [k - unit.first for k in starts[bisect_left(starts, unit.first): bisect_left(starts, unit.stop)]]
        found = [X.PhraseMatch(unit.first + t.first, unit.first + t.last, t.key, t.pattern)
                 for t in ctx.lexicon.find_relations(ctx.tokens[unit.first:unit.stop], heads)]
        found = [t for t in found if not trigger_inside_name(ctx, t)]
        have = {c.relation for c in rule_claims if c.start < unit.end and unit.start < c.end}
        sources = find_sources(ctx, unit.first, unit.stop, None, None)
        seen: set[str] = set()
        for trigger in found:
            if trigger.key in have or trigger.key in seen:
                continue
            seen.add(trigger.key)
            speaker, via = extraction._speaker_and_via(sources, trigger, extraction._frame_of(trigger.first))
            speaker_mention = speaker.mention if speaker else None
            stance, _ = stance_of(ctx, unit.first, unit.stop, trigger, skip=set())
            sides = implied._document_sides(ctx, extraction.explicit, unit.index) or ()
            side_names = {ctx.name(m) for m in sides}
            in_unit = ctx.mentions_in(unit.first, unit.stop)
            nearest: dict[str, tuple[int, int]] = {}
            for m in in_unit:
                first, last = ctx.mention_tokens[m]
                d = min(abs(first - trigger.last), abs(trigger.first - last))
                if ctx.name(m) not in nearest or d < nearest[ctx.name(m)][1]:
                    nearest[ctx.name(m)] = (m, d)
            outside = {name: None for name, _ in counts.most_common(4) if name not in nearest}
            outside.update({ctx.name(m): m for m in sides if ctx.name(m) not in nearest})
            lang, n = ctx.lexicon.language, min(len(nearest), 3)
            speaker_name = ctx.name(speaker_mention) if speaker_mention is not None else None
            claim_features = {
                f"rel={trigger.key}": 1, f"trig={lang}:{ctx.tokens[trigger.last].norm[:6]}": 1, f"nn={n}": 1,
                f"rel={trigger.key}&nn={n}": 1, "unit0": unit.index == 0, "has_sides": bool(sides),
                "speaker": speaker_mention is not None, f"stance={stance}": 1,
                "after": sum(ctx.mention_tokens[m][0] > trigger.last for m, _ in nearest.values()),
                "before": sum(ctx.mention_tokens[m][1] < trigger.first for m, _ in nearest.values())}
            parties = []
            for name, (m, d) in nearest.items():
                first, last = ctx.mention_tokens[m]
                kind = ctx.mention(m).type
                before = ctx.tokens[first - 1].norm if first > unit.first else "^"
                parties.append((name, m, {
                    "in_unit": 1, f"type={kind}": 1, f"rank={min(rank[name], 3)}": 1, "side": name in side_names,
                    "pos=after" if first > trigger.last else "pos=before": 1, f"dist={_distance_bucket(d)}": 1,
                    f"prev={lang}:{before}": 1, f"suf={lang}:{ctx.tokens[last].norm[-2:]}": 1,
                    "oblique": ctx.is_oblique(m), "possessive": ctx.is_possessive(m),
                    "is_speaker": speaker_name == name, f"rel={trigger.key}&type={kind}": 1,
                    f"rel={trigger.key}&in": 1, "first": ctx.name(in_unit[0]) == name, f"nn={n}&in": 1,
                    "units": min(len(units_with[name]), 5) / 5}))
            for name, m in outside.items():
                m = m if m is not None else next(i for i in range(len(doc.mentions)) if ctx.name(i) == name)
                kind = ctx.mention(m).type
                parties.append((name, m, {
                    "in_unit": 0, f"type={kind}": 1, f"rank={min(rank[name], 3)}": 1, "side": name in side_names,
                    f"rel={trigger.key}&type={kind}": 1, f"rel={trigger.key}&out": 1, f"nn={n}&out": 1,
                    "is_speaker": speaker_name == name, "units": min(len(units_with[name]), 5) / 5}))
            out.append(dict(unit=unit, relation=trigger.key, speaker=speaker_mention, stance=stance,
                            via=[s.mention for s in via if s.mention is not None], features=claim_features,
                            parties=parties))
    return out


def _score(documents: list[dict], extra: dict[str, list[Claim]]) -> collections.Counter:
    total: collections.Counter = collections.Counter()
    for d in documents:
        doc = SimpleNamespace(mentions=d["mentions"])
        claims = d["rule"] + extra.get(d["id"], [])
        pairs = E._match(doc, d["gold"].claims, claims)
        total["gold"] += len(d["gold"].claims)
        total["predicted"] += len(claims)
        for g, p in pairs:
            fields = E._fields(doc, d["gold"].claims[g], claims[p])
            total["combined"] += all(fields[n] for n in E.COMBINED)
            if p >= len(d["rule"]):
                total["new_matched"] += 1
                for name in E.COMBINED:
                    total[f"new_{name}"] += fields[name]
    return total


def completion() -> None:
    documents = []
    for gold, doc, extraction, rule in _documents():
        candidates = _candidates(doc, extraction, rule)
        for c in candidates:
            unit = c["unit"]
            c["gold"] = [set(g.participants) for g in gold.claims if g.relation == c["relation"]
                         and min(g.end, unit.end) > max(g.start, unit.start)]
        documents.append(dict(id=gold.doc, split=gold.split, gold=gold, rule=rule, mentions=doc.mentions,
                              candidates=candidates))
    n = sum(len(d["candidates"]) for d in documents)
    positive = sum(bool(c["gold"]) for d in documents for c in d["candidates"])
    print(f"{len(documents)} documents, {n} relation words without a claim of their relation, {positive} with a gold claim")

    def fit(train):
        xp, yp, xd, yd = [], [], [], []
        for d in train:
            for c in d["candidates"]:
                xd.append(c["features"])
                yd.append(bool(c["gold"]))
                if c["gold"]:
                    names = {name for name, _, _ in c["parties"]}
                    best = max(c["gold"], key=lambda g: len(names & g))
                    for name, _, features in c["parties"]:
                        xp.append(features)
                        yp.append(name in best)
        vp, vd = DictVectorizer(), DictVectorizer()
        party = LogisticRegression(max_iter=3000).fit(vp.fit_transform(xp), yp)
        claim = LogisticRegression(max_iter=3000, class_weight="balanced").fit(vd.fit_transform(xd), yd)
        return vp, party, vd, claim

    def predict(model, d, claim_threshold, party_threshold) -> list[Claim]:
        vp, party, vd, claim = model
        new = []
        for c in d["candidates"]:
            if len(c["parties"]) < 2 or claim.predict_proba(vd.transform([c["features"]]))[0, 1] < claim_threshold:
                continue
            p = party.predict_proba(vp.transform([f for _, _, f in c["parties"]]))[:, 1]
            order = np.argsort(-p)
            if p[order[1]] < party_threshold:
                continue
            parties = [c["parties"][i][1] for i in order[:2]]
            new.append(Claim(id="", start=c["unit"].start, end=c["unit"].end, stance=c["stance"], relation=c["relation"],
                             participants=parties, speaker=c["speaker"] if c["speaker"] not in parties else None,
                             via=[v for v in c["via"] if v not in parties]))
        return new

    pooled: dict = collections.defaultdict(collections.Counter)
    for held in HELD_OUT:
        train = [d for d in documents if d["split"] != held]
        test = [d for d in documents if d["split"] == held]
        model = fit(train)
        base = _score(test, {})
        pooled["rules"].update(base)
        line = [f"{held:6s} rules {base['combined'] / base['predicted']:.2f}/{base['combined'] / base['gold']:.2f}"]
        for thresholds in GRID:
            s = _score(test, {d["id"]: predict(model, d, *thresholds) for d in test})
            pooled[thresholds].update(s)
            line.append(f"{thresholds}: {s['combined'] / s['predicted']:.2f}/{s['combined'] / s['gold']:.2f} "
                        f"+{s['predicted'] - base['predicted']}")
        print("  ".join(line))
    rules = pooled["rules"]
    print(f"pooled, combined P/R: rules {rules['combined'] / rules['predicted']:.3f}/{rules['combined'] / rules['gold']:.3f}")
    for thresholds in GRID:
        s = pooled[thresholds]
        added = s["predicted"] - rules["predicted"]
        print(f"  + learned at {thresholds}: {s['combined'] / s['predicted']:.3f}/{s['combined'] / s['gold']:.3f}, "
              f"{added} claims added, {s['combined'] - rules['combined']} of them fully right; of the added, "
              f"{s['new_matched']} match a gold claim: " + ", ".join(f"{n} right {s['new_' + n]}" for n in E.COMBINED))


def confidence() -> None:
    rows = []
    for gold, doc, extraction, rule in _documents():
        ctx = extraction.primary
        pairs = {p: g for g, p in E._match(doc, gold.claims, rule)}
        explicit = {(e.unit, e.relation, tuple(e.participants)) for e in extraction.explicit}
        for i, (claim, u) in enumerate(zip(rule, extraction.claim_units)):
            unit = ctx.units[u]
            in_unit = {ctx.name(m) for m in ctx.mentions_in(unit.first, unit.stop)}
            named = sum(ctx.name(p) in in_unit for p in claim.participants)
            speaker_type = doc.mentions[claim.speaker].type if claim.speaker is not None else "-"
            features = {
                f"rel={claim.relation}": 1, f"stance={claim.stance}": 1, "quote": claim.quote,
                "speaker": claim.speaker is not None, f"sptype={speaker_type}": 1, "via": bool(claim.via),
                f"np={min(len(claim.participants), 4)}": 1, f"pin={min(named, 3)}": 1,
                f"pout={len(claim.participants) - named}": 1,
                "explicit": (u, claim.relation, tuple(claim.participants)) in explicit,
                "anaphoric": claim.id in extraction.anaphoric, "negotiator": claim.id in extraction.negotiator_claims,
                f"nn={min(len(in_unit), 5)}": 1, "head": u == 0, f"lang={gold.language}": 1, "when": claim.when is not None,
                f"ptypes={'+'.join(sorted(doc.mentions[p].type for p in claim.participants))}": 1,
                f"trig={gold.language}:{(claim.trigger or '').split(';')[0].lower()[:8]}": 1,
                "cue": ";" in (claim.trigger or ""), "len": min((unit.end - unit.start) / 300, 2)}
            right = i in pairs and all(E._fields(doc, gold.claims[pairs[i]], claim)[n] for n in E.COMBINED)
            rows.append((gold.split, features, right))
    print(f"{len(rows)} rule claims, {sum(r[2] for r in rows)} fully right")
    scores, labels = [], []
    for held in sorted({r[0] for r in rows}):
        train = [r for r in rows if r[0] != held]
        test = [r for r in rows if r[0] == held]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=0.5, max_iter=3000).fit(vectorizer.fit_transform([r[1] for r in train]),
                                                             [r[2] for r in train])
        scores += list(model.predict_proba(vectorizer.transform([r[1] for r in test]))[:, 1])
        labels += [r[2] for r in test]
    scores_a, labels_a = np.array(scores), np.array(labels)
    print(f"ROC AUC (leave-one-split-out, pooled): {roc_auc_score(labels_a, scores_a):.3f}")
    order = np.argsort(-scores_a)
    for share in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
        kept = labels_a[order[: int(len(order) * share)]]
        print(f"  keep the top {share:.0%}: combined precision {kept.mean():.3f}, "
              f"{kept.sum()} of {labels_a.sum()} right claims kept")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("experiment", choices=("completion", "confidence"))
    args = parser.parse_args()
    completion() if args.experiment == "completion" else confidence()


if __name__ == "__main__":
    main()

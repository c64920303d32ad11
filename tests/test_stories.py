"""Story clusters: the same story across languages lands together, different stories stay apart."""

from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner

from storyline.cli import main
from storyline.stories.clusters import (
    ClusterSettings,
    approximate_nearest_neighbours,
    cluster_documents,
    describe_stories,
    exact_nearest_neighbours,
    nearest_neighbours,
)


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def two_stories(n: int = 30, seed: int = 0) -> tuple[list[str], np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(2, 384)))
    rows = np.vstack([centres[i % 2] + 0.02 * rng.normal(size=384) for i in range(n)])
    return [f"d{i:02d}" for i in range(n)], unit(rows)


def test_nearest_neighbours_match_brute_force():
    ids, vectors = two_stories()
    indices, similarities = exact_nearest_neighbours(vectors, k=4, block=7)  # blocks smaller than the corpus
    full = vectors @ vectors.T
    np.fill_diagonal(full, -np.inf)
    expected = np.argsort(-full, axis=1)[:, :4]
    assert np.allclose(similarities, np.take_along_axis(full, expected, axis=1), atol=1e-6)
    assert (indices != np.arange(len(ids))[:, None]).all()


def many_stories(n: int, stories: int, seed: int = 0) -> tuple[list[str], np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(stories, 64)))
    rows = centres[rng.integers(0, stories, n)] + 0.05 * rng.normal(size=(n, 64))
    return [f"d{i:04d}" for i in range(n)], unit(rows)


def test_approximate_neighbours_find_nearly_all_exact_ones_and_never_the_row_itself():
    ids, vectors = many_stories(1500, 30)
    exact, exact_scores = exact_nearest_neighbours(vectors, 10)
    found, scores = approximate_nearest_neighbours(vectors, 10)
    recall = np.mean([len(set(found[i]) & set(exact[i])) / 10 for i in range(len(ids))])
    assert recall > 0.9
    assert (found != np.arange(len(ids))[:, None]).all()
    # reported similarities are the true cosines of the rows returned, best first
    valid = found >= 0
    true = np.einsum("ij,ikj->ik", vectors, vectors[np.where(valid, found, 0)])
    assert np.allclose(scores[valid], true[valid], atol=1e-4)
    assert (np.diff(np.where(valid, scores, -1), axis=1) <= 1e-6).all()


def test_approximate_neighbours_are_the_same_on_every_run_and_with_duplicates():
    _, vectors = many_stories(600, 10, seed=2)
    vectors = np.vstack([vectors, vectors[:50]])  # exact duplicates (a replicated wire story)
    first = approximate_nearest_neighbours(vectors, 5)
    second = approximate_nearest_neighbours(vectors, 5)
    assert (first[0] == second[0]).all() and np.array_equal(first[1], second[1])
    assert (first[0] != np.arange(len(vectors))[:, None]).all()
    assert first[0][600][0] == 0 and first[1][600][0] > 0.999  # its duplicate is found first


def test_exact_below_threshold_and_approximate_above_give_the_same_stories():
    ids, vectors = many_stories(1200, 12, seed=4)
    exact = cluster_documents(ids, vectors, settings=ClusterSettings(exact_below=10_000))
    approximate = cluster_documents(ids, vectors, settings=ClusterSettings(exact_below=0))
    assert sorted(map(sorted, exact)) == sorted(map(sorted, approximate))
    assert nearest_neighbours(vectors, 3, ClusterSettings(exact_below=10_000))[0].shape == (1200, 3)


def test_two_stories_are_recovered_and_an_outlier_stays_alone():
    ids, vectors = two_stories()
    outlier = unit(np.random.default_rng(9).normal(size=(1, 384)))
    groups = cluster_documents(ids + ["odd"], np.vstack([vectors, outlier]))
    assert sorted(len(g) for g in groups) == [1, 15, 15]
    assert ["odd"] in groups
    for group in groups[:2]:
        assert len({int(d[1:]) % 2 for d in group}) == 1


def test_story_description_has_dates_languages_and_top_entities():
    (story,) = describe_stories(
        [["a", "b", "c"]],
        titles={"a": None, "b": "Talks resume", "c": "Разговорите продължават"},
        languages={"a": "en", "b": "en", "c": "bg"},
        published={"a": "2024-10-25", "b": None, "c": "2025-03"},
        entities={"a": {"PER:x", "ORG:y"}, "b": {"PER:x"}, "c": {"PER:x"}},
    )
    assert story.title == "Talks resume"
    assert story.languages == {"en": 2, "bg": 1}
    assert (story.first_published, story.last_published) == ("2024-10-25", "2025-03")
    assert story.top_entities[0] == ("PER:x", 3)


def test_example_corpus_is_one_multilingual_story(example_store):
    result = CliRunner().invoke(main, ["stories", "--db", str(example_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    stories = json.loads(result.output)
    biggest = stories[0]
    assert {"en", "ru", "bg"} <= set(biggest["languages"])
    assert len(biggest["documents"]) >= 4


def test_stories_group_across_languages_not_by_language():
    # e5-like geometry: a direction every text shares, then story, then language, then noise
    rng = np.random.default_rng(3)
    common = unit(rng.normal(size=(1, 384)))[0]
    stories, languages = unit(rng.normal(size=(2, 384))), unit(rng.normal(size=(2, 384)))
    ids, rows, language_of = [], [], {}
    for i in range(200):
        story, language = i % 2, (i // 2) % 2
        ids.append(f"s{story}-l{language}-{i:03d}")
        rows.append(2 * common + stories[story] + languages[language] + 0.03 * rng.normal(size=384))
        language_of[ids[-1]] = ["bg", "pl"][language]
    vectors = unit(np.vstack(rows))
    assert len(cluster_documents(ids, vectors)) == 4  # without the correction: one group per language
    groups = cluster_documents(ids, vectors, languages=language_of)
    assert len(groups) == 2
    for group in groups:
        assert len({d[:2] for d in group}) == 1  # one story per group
        assert len({d[3:5] for d in group}) == 2  # in both languages


def test_same_event_pairs_need_rare_shared_people_or_organisations_across_languages():
    from storyline.eval.stories import same_event_pairs

    entities = {
        "bg1": {"PER-A", "ORG-B", "GPE-X"}, "pl1": {"PER-A", "ORG-B"},  # same event, two languages
        "bg2": {"PER-A", "ORG-B"},  # same language as bg1: not a cross-language pair with it
        "cs1": {"GPE-X", "GPE-Y"}, "ru1": {"GPE-X", "GPE-Y"},  # only places in common: not evidence
    }
    language = {"bg1": "bg", "pl1": "pl", "bg2": "bg", "cs1": "cs", "ru1": "ru"}
    assert sorted(same_event_pairs(entities, language)) == [("bg1", "pl1"), ("bg2", "pl1")]

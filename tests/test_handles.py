"""Social-media handles as mentions of the names they spell (entities/handles.py, resolution)."""

from storyline.entities.handles import with_handles
from storyline.records import Mention
from storyline.resolve import DocumentMentions, resolve_entities


def at(text: str, surface: str, label: str) -> tuple[int, int, str]:
    i = text.index(surface)
    return (i, i + len(surface), label)


def test_a_handle_spelling_a_name_of_the_document_is_a_mention_of_its_type():
    text = "„Ще летим ли заедно до Марс, @vernerhalk?“, попита Дмитриев. Вернер Халк не отговори. @WSJ и Wall Street Journal."
    spans = [at(text, "Дмитриев", "PER"), at(text, "Вернер Халк", "PER"), at(text, "Wall Street Journal", "ORG")]
    found = [(text[a:b], label) for a, b, label in with_handles(text, spans)]
    assert ("@vernerhalk", "PER") in found  # across scripts: the same consonants
    assert ("@WSJ", "ORG") in found  # an organisation's acronym


def test_a_handle_spelling_no_name_or_inside_an_address_stays_text():
    text = "Write to press@vernerhalk.com or follow @sx_news. Verner Halk said nothing."
    spans = [at(text, "Verner Halk", "PER")]
    assert with_handles(text, spans) == spans


def test_resolution_joins_the_handle_to_the_name_it_spells_and_shows_the_name():
    bg = "„Ще летим ли заедно, @vernerhalk?“ Вернер Халк мълчи."
    en = "Verner Halk met investors. Halk said nothing."
    docs = [
        DocumentMentions("bg", "bg", [Mention(*at(bg, "@vernerhalk", "PER")[:2], "@vernerhalk", "PER"),
                                      Mention(*at(bg, "Вернер Халк", "PER")[:2], "Вернер Халк", "PER")]),
        DocumentMentions("en", "en", [Mention(*at(en, "Verner Halk", "PER")[:2], "Verner Halk", "PER"),
                                      Mention(*at(en, "Halk", "PER")[:2], "Halk", "PER")]),
    ]
    resolution = resolve_entities(docs)
    assert len({resolution.assignment[(d, i)] for d, i in [("bg", 0), ("bg", 1), ("en", 0), ("en", 1)]}) == 1
    (person,) = [e for e in resolution.entities if e.type == "PER"]
    assert person.name == "Verner Halk"


def test_a_handle_survives_natashas_russian_people():
    from storyline.entities.natasha_ru import merge_in_ranges

    text = "Вернер Халк ответил @vernerhalk в понедельник."
    ours = [at(text, "Вернер Халк", "PER"), at(text, "@vernerhalk", "PER")]
    merged = merge_in_ranges(text, ours, [(0, len(text))])  # natasha's people replace ours here
    assert at(text, "@vernerhalk", "PER") in merged


def test_handles_key_the_name_as_one_word_and_skip_addresses():
    text = "Jan Novák spoke. @JanNovak wrote. Mail press@jannovak.cz or @jan.novak."
    found = [text[a:b] for a, b, _ in with_handles(text, [at(text, "Jan Novák", "PER")])]
    assert found == ["Jan Novák", "@JanNovak"]

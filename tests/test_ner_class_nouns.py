"""A class noun before a new name types it (entities/class_nouns.py)."""

from storyline.entities.class_nouns import organisation_nouns, typed_by_class_nouns


def spans_of(text: str, *named: tuple[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each (surface, type), found in order in `text`."""
    out, at = [], 0
    for surface, label in named:
        start = text.index(surface, at)
        out.append((start, start + len(surface), label))
        at = start + len(surface)
    return out


def types(text, spans):
    return [(text[a:b], label) for a, b, label in spans]


def test_a_new_name_after_a_company_noun_is_an_organisation_in_all_its_forms():
    text = "Власти закупили вакцину компании Zentavax. Поставки Zentavaxа начнутся весной, Zentavax обещает."
    spans = spans_of(text, ("Zentavax", "LOC"), ("Zentavaxа", "LOC"), ("Zentavax", "MISC"))
    assert types(text, typed_by_class_nouns(text, spans)) == [
        ("Zentavax", "ORG"), ("Zentavaxа", "ORG"), ("Zentavax", "ORG")]


def test_an_opening_quote_may_stand_between_noun_and_name():
    text = "Zástupci firmy „Norvalis“ dorazili. Norvalis je výrobce léků."
    spans = spans_of(text, ("Norvalis", "LOC"), ("Norvalis", "LOC"))
    assert [label for _, label in types(text, typed_by_class_nouns(text, spans))] == ["ORG", "ORG"]


def test_a_one_word_person_becomes_an_organisation_but_a_full_name_stays_a_person():
    # "Pfizer" read as a person after "the company"; an employee in a genitive chain stays one
    text = "Глава компании Альберт Бурлак заявил, что компания Quelltex начнёт поставки."
    spans = spans_of(text, ("Альберт Бурлак", "PER"), ("Quelltex", "PER"))
    assert types(text, typed_by_class_nouns(text, spans)) == [("Альберт Бурлак", "PER"), ("Quelltex", "ORG")]


def test_words_of_other_languages_and_line_breaks_are_no_organisation_nouns():
    text = "He is a firm Varnavi ally, firmly Ostrava based.\nVertreter der Firmen\nKarvin sagte nichts."
    spans = spans_of(text, ("Varnavi", "LOC"), ("Ostrava", "LOC"), ("Karvin", "LOC"))
    assert typed_by_class_nouns(text, spans) == spans


def test_names_the_model_knows_and_names_without_a_noun_keep_their_type():
    text = "Акции компании России упали. Вакцину Zentavax одобрили в Вене."
    spans = spans_of(text, ("России", "LOC"), ("Zentavax", "MISC"), ("Вене", "LOC"))
    kept = typed_by_class_nouns(text, spans, known={"россии"})
    assert kept == spans
    # without the list of known names, the genitive after the noun would have been retyped
    assert types(text, typed_by_class_nouns(text, spans))[0] == ("России", "ORG")


def test_a_noun_ending_a_sentence_or_cut_by_a_comma_types_nothing():
    text = "Tak powiedział przedstawiciel firmy. Warszawa odpowiedziała. Do firmy, Krakowa i Gdańska."
    spans = spans_of(text, ("Warszawa", "LOC"), ("Krakowa", "LOC"), ("Gdańska", "LOC"))
    assert typed_by_class_nouns(text, spans) == spans


def test_the_nouns_cover_every_language_with_a_claims_lexicon():
    words, stems = organisation_nouns()
    for word in ("company", "компании", "firmy", "společnosti", "podjetje", "компанії", "unternehmen",
                 "société", "empresa", "società"):
        assert word in words or word.startswith(stems), word
    assert "firm" not in words and not "firmado".startswith(stems)

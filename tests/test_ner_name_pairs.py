"""Two names joined by a hyphen are two mentions when the document uses each alone (entities/name_pairs.py)."""

from test_ner_acronyms import at, named

from storyline.entities.name_pairs import split_name_pairs


def test_a_pair_of_people_the_article_names_alone_becomes_two_people():
    text = "Kremlin discusses a Lindqvist-Orban meeting. Sven Lindqvist may meet Petra Orban soon."
    spans = [at(text, "Lindqvist-Orban", "PER"), at(text, "Sven Lindqvist", "PER"), at(text, "Petra Orban", "PER")]
    assert named(text, split_name_pairs(text, spans)) == [
        ("Lindqvist", "PER"), ("Orban", "PER"), ("Sven Lindqvist", "PER"), ("Petra Orban", "PER")]


def test_each_half_takes_the_type_of_the_name_it_repeats_inflected_forms_included():
    text = "Переговоры Молдавия-Евросоюз. Молдавии и Евросоюзу не удалось договориться."
    spans = [at(text, "Молдавия-Евросоюз", "MISC"), at(text, "Молдавии", "LOC"), at(text, "Евросоюзу", "ORG")]
    assert named(text, split_name_pairs(text, spans))[:2] == [("Молдавия", "LOC"), ("Евросоюз", "ORG")]


def test_double_barrelled_names_and_known_names_stay_whole():
    text = "Anna Kowal-Brenner spoke. Kowal-Brenner said the Pfizer-BioNTech vaccine works; Pfizer and BioNTech agree."
    spans = [at(text, "Anna Kowal-Brenner", "PER"), at(text, "Kowal-Brenner", "PER", 20),
             at(text, "Pfizer-BioNTech", "ORG"), at(text, "Pfizer", "ORG", 70), at(text, "BioNTech", "ORG", 80)]
    # "Brenner" never stands alone in the text: one person with a double-barrelled name
    assert split_name_pairs(text, spans) == spans[:2] + [(spans[2][0], spans[2][0] + 6, "ORG"),
                                                          (spans[2][0] + 7, spans[2][1], "ORG")] + spans[3:]
    # a pair the model was trained on as one name stays one
    assert split_name_pairs(text, spans, known=frozenset({"pfizer-biontech"})) == spans


def test_lower_case_halves_and_halves_named_nowhere_else_stay_whole():
    text = "The Jean-Pierre Moulin case. Anti-Brexit marchers met. Moulin spoke."
    spans = [at(text, "Jean-Pierre Moulin", "PER"), at(text, "Anti-Brexit", "MISC"), at(text, "Moulin", "PER", 30)]
    assert split_name_pairs(text, spans) == spans

"""Round 88 (issue 5): the fresh audit's speaker causes. Bulgarian "писа"/"писаха"/"пишеше" (the aorist and imperfect
of "writes") report like "пише" (``speech``, ``publish``): the outlet that wrote it is the source; a bare government
noun before a state in an oblique case ("власти Марони заявили", "vláda Maronie uvedla") has that state speak, and the
state stays free to be a party of what it says. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc


def _claims(text, language, mentions):
    """(relation, stance, parties, speaker) of each claim; ``mentions``: text -> (type, lemma)."""
    doc = make_doc(text, language, mentions)
    m = doc.mentions
    return [(c.relation, c.stance, sorted(m[p].text for p in c.participants),
             None if c.speaker is None else m[c.speaker].text) for c in extract_claims(doc)]


def test_a_paper_that_wrote_is_the_source_bg():
    text = 'Вестник "Зенко Таймс" писа в четвъртък, че Иван Петров се е срещнал с Мария Стоянова в София.'
    claims = _claims(text, "bg", {"Зенко Таймс": ("ORG", "Зенко Таймс"), "Иван Петров": ("PER", "Иван Петров"),
                                  "Мария Стоянова": ("PER", "Мария Стоянова"), "София": ("LOC", "София")})
    assert claims == [("meet", "asserts", ["Иван Петров", "Мария Стоянова"], "Зенко Таймс")]


def test_the_papers_that_wrote_are_the_source_bg():
    text = 'Изданието "Зенко Таймс" писаха, че Иван Петров се е срещнал с Мария Стоянова.'
    claims = _claims(text, "bg", {"Зенко Таймс": ("ORG", "Зенко Таймс"), "Иван Петров": ("PER", "Иван Петров"),
                                  "Мария Стоянова": ("PER", "Мария Стоянова")})
    assert [c[3] for c in claims] == ["Зенко Таймс"]


def test_a_states_authorities_speak_for_it_and_it_stays_a_party_ru():
    text = ("Недавно стало известно, что власти Марони заявили, что планируют отказаться перезаключать соглашение "
            'с компанией "Зенко" на поставку газа.')
    claims = _claims(text, "ru", {"Марони": ("LOC", "Марония"), "Зенко": ("ORG", "Зенко")})
    assert claims == [("negotiate", "denies", ["Зенко", "Марони"], "Марони")]


def test_a_state_named_in_the_base_form_after_the_noun_is_read_as_before_ru():
    # guard: the rule needs the state in an oblique case right after the government noun
    text = "Власти заявили, что Марония подписала соглашение с компанией Зенко."
    claims = _claims(text, "ru", {"Марония": ("LOC", "Марония"), "Зенко": ("ORG", "Зенко")})
    assert all(c[3] != "Марония" for c in claims)


def test_a_states_government_speaks_for_it_pl():
    text = "Rząd Maronii poinformował, że Jan Nowak spotkał się z Piotrem Kowalem."
    claims = _claims(text, "pl", {"Maronii": ("LOC", "Maronia"), "Jan Nowak": ("PER", "Jan Nowak"),
                                  "Piotrem Kowalem": ("PER", "Piotr Kowal")})
    assert claims == [("meet", "asserts", ["Jan Nowak", "Piotrem Kowalem"], "Maronii")]


def test_according_to_the_company_right_after_the_cue_is_the_documents_company_cs():
    text = ("Piloti společnosti Acme stávkují. Acme jednala s odbory Zenco ve středu. "
            "Jednání s odbory Zenco byla podle společnosti nejobtížnější.")
    claims = _claims(text, "cs", {"Acme": ("ORG", "Acme"), "Zenco": ("ORG", "Zenco")})
    assert claims[-1] == ("negotiate", "asserts", ["Acme", "Zenco"], "Acme")


def test_according_to_the_company_right_after_the_cue_is_the_documents_company_pl():
    text = ("Piloci spółki Acme strajkują. Acme rozmawiała ze związkiem Zenco w środę. "
            "Rozmowy ze związkiem Zenco były według spółki najtrudniejsze.")
    claims = _claims(text, "pl", {"Acme": ("ORG", "Acme"), "Zenco": ("ORG", "Zenco")})
    assert claims[-1] == ("contact", "asserts", ["Acme", "Zenco"], "Acme")

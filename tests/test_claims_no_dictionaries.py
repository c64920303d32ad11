"""The claims stage runs on its own lexicon forms and the mention lemmatizer, never on simplemma's
dictionaries: loading one costs a worker 2-6 s and ~400 MB per language the first time a document
needs it (measured: claims 6 -> 20-33 ms/doc and worker RSS 460 -> 1,035 MB on 500-word articles)."""

from __future__ import annotations

import pytest

from storyline.claims import extract_claims
from test_claims import make_doc


@pytest.fixture
def no_simplemma(monkeypatch):
    simplemma = pytest.importorskip("simplemma")

    def refuse(*args, **kwargs):
        raise AssertionError("simplemma.lemmatize called at run time")

    monkeypatch.setattr(simplemma, "lemmatize", refuse)
    from storyline.claims.lexicon import lemma_of

    lemma_of.cache_clear()  # an earlier test's cached answer would hide a call


CASES = [
    # first-person request verb inside a quote (lexicon forms tell the verb from a noun)
    ("cs", "„Žádám premiérku, aby jednala s Bruselem,“ řekl Jan Novák.",
     {"Jan Novák": ("PER", "Jan Novák"), "Bruselem": ("LOC", "Brusel")}),
    ("ru", "Олег Смирнов заявил, что Анна Волкова встречалась с Иваном Петровым.",
     {"Иваном Петровым": ("PER", None), "Олег Смирнов": ("PER", None), "Анна Волкова": ("PER", None)}),
    # a mention without a base form: whether it is inflected comes from the mention lemmatizer
    ("pl", "Rozmowa Tuska z Kowalskim odbyła się w środę, poinformował rzecznik.",
     {"Tuska": ("PER", None), "Kowalskim": ("PER", None)}),
    ("bg", "Иван Петров разговаря с Мария Иванова в понеделник.",
     {"Иван Петров": ("PER", None), "Мария Иванова": ("PER", None)}),
]


@pytest.mark.parametrize("language,text,names", CASES, ids=[c[0] for c in CASES])
def test_claims_never_load_simplemma_dictionaries(no_simplemma, language, text, names):
    doc = make_doc(text, language, names)
    claims = extract_claims(doc)
    assert claims, "each case is a claim the extractor finds"

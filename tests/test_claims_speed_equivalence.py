"""The indexed matching of claim lexicons (issue 8, throughput) finds what reading every pattern
finds: the longest phrase at a token, exclusions, the one-letter Latin look-alikes of tokenize, and
the time phrases of event times."""

from __future__ import annotations

import pytest

from storyline.claims.lexicon import PatternSet, Token, available_languages, load_lexicon, tokenize
from storyline.dates import event_time


def _naive_best(patterns: PatternSet, tokens: list[Token], i: int) -> tuple[int, str]:
    """Every pattern tried in order: the first longest match (0 when an exclude phrase covers ``i``)."""
    if any(p.matches_at(tokens, i) for p in patterns.exclude):
        return 0, ""
    for back in (1, 2):
        if i - back >= 0 and any(len(p.words) > back and p.matches_at(tokens, i - back) for p in patterns.exclude):
            return 0, ""
    best, source = 0, ""
    for p in patterns.patterns:
        n = p.matches_at(tokens, i)
        if n > best:
            best, source = n, p.source
    return best, source


def _pattern_sets(lexicon):
    sets = [value for value in (getattr(lexicon, name) for name in lexicon.__dataclass_fields__)
            if isinstance(value, PatternSet)]
    sets += [r.triggers for r in lexicon.relations]
    sets += list(lexicon.noun_heads.values())
    return sets


_TEXTS = {
    "en": "Putin's press secretary said on Monday that the talks with Musk, according to Reuters, were held "
          "in an interview with CNN; the ministry denied it, and the union did not meet the airline.",
    "ru": "Пресс-секретарь президента Дмитрий Песков заявил, что встреча с Маском не планируется, сообщает "
          "ТАСС. По его словам, переговоры c главой компании прошли в Кремле.",
    "pl": "Rzecznik rządu powiedział w rozmowie z agencją PAP, że premier spotkał się z prezydentem i "
          "nie prowadził rozmów o umowie.",
}


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_indexed_match_equals_reading_every_pattern(language):
    lexicon = load_lexicon(language)
    tokens = tokenize(_TEXTS[language])
    checked = found = 0
    for patterns in _pattern_sets(lexicon):
        for i in range(len(tokens)):
            expected = _naive_best(patterns, tokens, i)
            assert patterns._best(tokens, i) == expected, (patterns.key, i, tokens[i].text)
            assert patterns.match_at(tokens, i) == expected[0]
            assert patterns.may_start(tokens[i].norm) or expected[0] == 0
            checked += 1
            found += bool(expected[0])
        starts = patterns.starts_in(tokens)
        assert starts == [i for i in range(len(tokens)) if patterns.may_start(tokens[i].norm)]
    assert checked and found  # the texts do contain lexicon phrases


def test_every_packaged_lexicon_matches_its_own_phrases():
    """Each single-word trigger of each language is found at the token it is written as."""
    for language in available_languages():
        lexicon = load_lexicon(language)
        for relation in lexicon.relations:
            for pattern in relation.triggers.patterns:
                if len(pattern.words) != 1 or not pattern.words[0].isalpha():
                    continue
                tokens = tokenize(f"x {pattern.source} y")
                if len(tokens) != 3:
                    continue
                assert relation.triggers.match_at(tokens, 1) == _naive_best(relation.triggers, tokens, 1)[0]


def test_tokenize_reads_lone_latin_lookalikes_only_in_cyrillic_text():
    ru = tokenize("Встреча c главой компании")
    assert [t.norm for t in ru][1] == "с"  # a Latin "c" between Cyrillic words is the preposition
    en = tokenize("Talks with c and a partner")
    assert [t.norm for t in en] == ["talks", "with", "c", "and", "a", "partner"]
    mixed = tokenize("Пyтин")  # a Latin "y" inside a Cyrillic word
    assert mixed[0].norm == "путин" and mixed[0].text == "Пyтин"
    window = tokenize("ab Встреча c главой", 3)
    assert [t.text for t in window] == ["Встреча", "c", "главой"] and window[1].norm == "с"
    assert window[0].start == 3


def test_time_phrases_found_in_list_order():
    phrases = event_time._Phrases(["year* ago", "years", "last year", "yea*"])
    assert event_time._Phrases(["a"]).starting("b") == ()
    assert phrases.starting("years") == (("year*", "ago"), ("years",), ("yea*",))
    assert phrases.starting("last") == (("last", "year"),)
    groups = event_time._Groups([["jan*", "january"], ["ja"], ["janu*"]])
    assert groups.index("january") == 0 and groups.index("ja") == 1 and groups.index("feb") is None


@pytest.mark.parametrize("sentence, when", [
    ("The two leaders met 18 months ago in Berlin.", "~2021-09"),
    ("They spoke last year.", "2022"),
    ("The meeting took place on 15 March 2023.", "2023-03-15"),
    ("Nothing happened here.", None),
])
def test_event_times_unchanged_by_the_opener_filter(sentence, when):
    found = event_time.event_time(sentence, "en", "2023-03-20")
    assert (found.when if found else None) == when


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_document_start_positions_equal_a_token_by_token_reading(language):
    from storyline.claims.context import DocumentContext
    from storyline.records import Document

    text = _TEXTS[language] + " " + _TEXTS[language]  # (a document repeats its words)
    doc = Document(id="d", source="d", format="text", raw=text.encode(), text=text, language=language)
    lexicon = load_lexicon(language)
    ctx = DocumentContext.build(doc, lexicon, [])
    for patterns in _pattern_sets(lexicon):
        expected = [i for i, t in enumerate(ctx.tokens) if patterns.may_start(t.norm)]
        assert ctx.may_start_positions(patterns) == expected, patterns.key
        for i in range(-1, len(ctx.tokens) + 1):
            assert ctx.match(patterns, i) == (patterns.match_at(ctx.tokens, i) if 0 <= i < len(ctx.tokens) else 0)
    pair = (lexicon.complementizers, lexicon.interview)
    assert ctx.may_start_positions(*pair) == sorted(
        set(ctx.may_start_positions(pair[0])) | set(ctx.may_start_positions(pair[1])))


def _time_sentences(words: dict) -> list[str]:
    """Sentences made of every phrase of a time table, alone and after a number and a preposition."""
    phrases = []
    for key, value in words.items():
        items = value if isinstance(value, list) else list(value) if isinstance(value, dict) else []
        for item in items:
            for phrase in (item if isinstance(item, list) else [item]):
                if isinstance(phrase, str):
                    phrases.append(phrase.replace("*", ""))
    sentences = []
    for phrase in phrases:
        sentences += [f"It was {phrase} .", f"в 3 {phrase} 2021 .", f"на 15 {phrase} .", f"18 {phrase} ago ."]
    return sentences


@pytest.mark.parametrize("language", sorted(p.stem for p in __import__("pathlib").Path(
    event_time.__file__).parents[1].joinpath("claims", "lexicons").glob("*.toml")))
def test_opener_filter_skips_no_expression(language, monkeypatch):
    # the filter only skips tokens no reader could start at: with every token tried, the same times
    from storyline.claims.lexicon import tokenize

    words = load_lexicon(language).time
    sentences = _time_sentences(words)
    assert sentences
    filtered = [event_time.find_event_times(s, tokenize(s), words, "2023-03-20") for s in sentences]
    monkeypatch.setattr(event_time._Openers, "__call__", lambda self, norm: True)
    event_time._PREPARED.clear()
    every_token = [event_time.find_event_times(s, tokenize(s), words, "2023-03-20") for s in sentences]
    event_time._PREPARED.clear()
    assert filtered == every_token
    assert any(filtered)  # the sentences hold times the scanner finds

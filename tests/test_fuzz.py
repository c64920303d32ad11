"""Property-based tests (issue 9): readers, cleaner, date normaliser, event times and the claim
extractor never raise on arbitrary input, and every offset they return stays inside its text.

Example counts are kept small so the whole file runs in seconds; `fuzz/` has atheris harnesses for
long unattended runs of the same properties.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.config import Settings
from storyline.ingest.encoding import UndecodableInput, decode_bytes
from storyline.ingest.readers import read_path
from storyline.records import Document, ItemError, Mention, Paragraph, RawDocument, Span

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words that make the extractors do real work (reporting verbs, names, time words, quotes) mixed with
# arbitrary text, so examples reach past the first "nothing here" exit.
WORDS = [
    "said", "told", "met", "called", "denied", "Putin", "Musk", "Peskov", "Kremlin", "the", "on", "Friday",
    "last", "year", "ago", "in", "March", "2022", "заявил", "встретился", "Путин", "Маск", "в", "марте",
    "каза", "Песков", "«", "»", '"', ",", ".", ":", "\n", "\n\n", " ", "18", "months", "мес", "назад",
]
LANGUAGES = ["en", "ru", "bg", "uk", "pl", "de", "xx"]
text_with_words = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), text_with_words)
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# -- readers ----------------------------------------------------------------------------------------
@FAST
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a.warc.gz", "noext"]))
def test_readers_turn_any_bytes_into_documents_or_item_errors(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(read_path(path, Settings(max_bytes=2000)))
    assert items, "every input file gives at least one document or error"
    for item in items:
        assert isinstance(item, (RawDocument, ItemError))
        if isinstance(item, RawDocument):
            assert item.content.strip() and "\x00" not in item.content
        else:
            assert item.reason and item.source


@FAST
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(lambda t: t.encode("utf-8")),
                 st.text(alphabet="абвгдежзийклмнопрстуфхцчшщыэюяАБВ ,.", max_size=300).map(lambda t: t.encode("cp1251"))))
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    try:
        decoded = decode_bytes(data)
    except UndecodableInput as exc:
        assert str(exc)
        return
    assert isinstance(decoded.text, str) and decoded.encoding
    try:
        # valid UTF-8 is never reinterpreted; a leading byte-order mark is read as one ("utf-8-sig"),
        # as the decoder documents (hypothesis found b"\xef\xbb\xbf", which plain "utf-8" keeps as U+FEFF)
        assert decoded.text == data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass


# -- cleaner ----------------------------------------------------------------------------------------
@FAST
@given(any_text)
def test_repair_text_never_raises(text):
    from storyline.clean.repair import repair_text

    assert isinstance(repair_text(text), str)


@FAST
@given(any_text, st.sampled_from([None, "en", "ru", "xx"]))
def test_remove_boilerplate_never_raises_and_keeps_only_input_text(text, language):
    from storyline.clean.boilerplate import remove_boilerplate

    result = remove_boilerplate(text, language=language)
    assert isinstance(result.body, str)
    words_in = set(text.split())
    # cleaning removes and rejoins blocks; it never invents words
    assert set(result.body.split()) <= words_in
    assert result.title is None or set(result.title.split()) <= words_in


# -- dates ------------------------------------------------------------------------------------------
@FAST
@given(st.one_of(any_text, st.dates().map(str), st.datetimes().map(lambda d: d.isoformat()), st.integers(), st.none()))
def test_normalise_date_gives_a_valid_date_or_none(value):
    from storyline.dates.published import normalise_date

    result = normalise_date(value)
    if result is None:
        return
    match = DATE.match(result)
    assert match, result
    year, month, day = match.groups()
    dt.date(int(year), int(month or 1), int(day or 1))  # raises if not a real calendar date


@FAST
@given(any_text, st.sampled_from(LANGUAGES), st.one_of(st.none(), st.dates().map(str), st.sampled_from(["2024", "2024-02", "garbage"])))
def test_event_time_offsets_point_at_the_expression(text, language, published):
    from storyline.dates.event_time import event_time

    found = event_time(text, language, published)
    if found is None:
        return
    assert 0 <= found.start < found.end <= len(text)
    assert text[found.start : found.end] == found.text


# -- claims -----------------------------------------------------------------------------------------
@st.composite
def documents(draw) -> Document:
    text = draw(any_text)
    language = draw(st.sampled_from(LANGUAGES))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))) | {0, len(text)})
    sentences = [Span(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    points = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=12))))
    mentions = []
    for a, b in zip(points[::2], points[1::2]):
        # a valid mention names something: it holds at least one letter or digit (the NER contract)
        if b > a and any(c.isalnum() for c in text[a:b]):
            mentions.append(Mention(a, b, text[a:b], draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])),
                                    lemma=draw(st.one_of(st.none(), st.just(text[a:b])))))
    return Document(id="fuzz", source="fuzz", format="text", raw=b"", text=text, language=language,
                    published=draw(st.one_of(st.none(), st.dates().map(str))),
                    paragraphs=[Paragraph(0, len(text), language)] if text else [],
                    sentences=sentences, mentions=mentions)


@FAST
@given(documents())
def test_claims_stay_inside_the_text_and_point_at_real_mentions(doc):
    from storyline.claims.extract import extract_claims

    mentions_before = [(m.start, m.end, m.text) for m in doc.mentions]
    claims = extract_claims(doc)
    assert [(m.start, m.end, m.text) for m in doc.mentions] == mentions_before
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(doc.text)
        referenced = list(claim.participants) + list(claim.via) + ([claim.speaker] if claim.speaker is not None else [])
        assert all(0 <= i < len(doc.mentions) for i in referenced)

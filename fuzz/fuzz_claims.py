"""atheris harness: the claim extractor on arbitrary text with valid mention spans (each holds a
letter or digit, as NER mentions do): offsets stay inside the text, mention indices are valid."""

import sys

import atheris

with atheris.instrument_imports():
    from storyline.claims.extract import extract_claims
    from storyline.records import Document, Mention, Paragraph, Span

LANGUAGES = ["en", "ru", "bg", "uk", "pl"]
TYPES = ["PER", "ORG", "LOC", "MISC"]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[fdp.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    cuts = sorted({fdp.ConsumeIntInRange(0, 4000) for _ in range(fdp.ConsumeIntInRange(0, 16))})
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    sentences = [Span(a, b) for a, b in zip(points, points[1:]) if b > a]
    mentions = [Mention(a, b, text[a:b], TYPES[(a + b) % 4]) for a, b in zip(points[::2], points[1::2])
                if b > a and any(c.isalnum() for c in text[a:b])]
    doc = Document(id="fuzz", source="fuzz", format="text", raw=b"", text=text, language=language,
                   paragraphs=[Paragraph(0, len(text), language)] if text else [], sentences=sentences,
                   mentions=mentions)
    for claim in extract_claims(doc):
        assert 0 <= claim.start < claim.end <= len(text)
        refs = list(claim.participants) + list(claim.via) + ([claim.speaker] if claim.speaker is not None else [])
        assert all(0 <= i < len(mentions) for i in refs)
    assert all(text[m.start : m.end] == m.text for m in doc.mentions)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

"""atheris harness: the text cleaner (repair, boilerplate removal) never raises and never invents words."""

import sys

import atheris

with atheris.instrument_imports():
    from storyline.clean.boilerplate import remove_boilerplate
    from storyline.clean.repair import repair_text

LANGUAGES = [None, "en", "ru", "bg", "xx"]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[fdp.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    repaired = repair_text(text)
    assert isinstance(repaired, str)
    result = remove_boilerplate(repaired, language=language)
    assert set(result.body.split()) <= set(repaired.split())


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

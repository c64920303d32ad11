"""atheris harness: any bytes, under any name, read into documents or per-item errors, never an exception."""

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from storyline.config import Settings
    from storyline.ingest.encoding import UndecodableInput, decode_bytes
    from storyline.ingest.readers import read_path
    from storyline.records import ItemError, RawDocument

NAMES = ["a.txt", "a.html", "a.jsonl", "a.warc", "a.warc.gz", "noext"]
SETTINGS = Settings(max_bytes=1 << 20, max_decompressed_bytes=8 << 20)
TMP = Path(tempfile.mkdtemp(prefix="fuzz-readers-"))


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    path = TMP / NAMES[fdp.ConsumeIntInRange(0, len(NAMES) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        decode_bytes(body)
    except UndecodableInput:
        pass
    path.write_bytes(body)
    items = list(read_path(path, SETTINGS))
    assert items
    for item in items:
        assert isinstance(item, (RawDocument, ItemError))
        if isinstance(item, RawDocument):
            assert item.content.strip() and "\x00" not in item.content


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

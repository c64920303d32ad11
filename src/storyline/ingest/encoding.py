"""Turn input bytes into text: BOMs honoured, UTF-8 preferred, legacy encodings detected.

Detection is charset-normalizer's job; this module only decides the order of evidence.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableInput(ValueError):
    """The bytes are not text in any encoding we can recognise (binary data, most likely)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first KB: not text (unless a UTF-16/32 BOM says so)."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"invalid {encoding} after its byte-order mark: {exc.reason}") from exc
    if looks_binary(data):
        raise UndecodableInput("binary content (NUL or control bytes), not text")
    if b"\x00" in data:
        # NULs past the sniffed head: a text file with a few corrupted bytes (real binary data was
        # caught above); the NULs carry nothing, and downstream text tools mishandle them.
        data = data.replace(b"\x00", b"")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed_lines(data)
    if mixed is not None:
        return mixed
    best = _best_match(data)
    if best is None:
        # Mostly UTF-8 with a few broken bytes (e.g. mixed encodings in one file): keep what is
        # readable rather than drop the document; the replacement characters show where.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= max(8, len(text) // 100):
            return Decoded(text, "utf-8 (with replacements)")
        raise UndecodableInput("no text encoding fits these bytes")
    return Decoded(str(best), best.encoding)


def _decode_mixed_lines(data: bytes) -> Decoded | None:
    """A file that is UTF-8 except for some lines in a legacy encoding (feeds concatenated from
    several scrapers): keep the UTF-8 lines and decode the others with the encoding detected on
    those lines together. None when the file is not evidently UTF-8 (no valid multi-byte line)."""
    lines = data.splitlines(keepends=True)
    utf8_lines, other_lines = 0, []
    for line in lines:
        try:
            line.decode("utf-8")
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            other_lines.append(line)
    if not utf8_lines or not other_lines:
        return None
    best = _best_match(b"".join(other_lines))
    if best is None:
        return None
    legacy = best.encoding
    parts = []
    for line in lines:
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(line.decode(legacy, errors="replace"))
    return Decoded("".join(parts), f"utf-8+{legacy}")


# Legacy DOS/Mac code pages are rare in scraped news but often tie with the web's 8-bit encodings on
# short text; among equally plausible readings we prefer the encodings the web actually used.
_RARE_ENCODING = re.compile(r"^(cp(437|7\d\d|8\d\d)|mac_|ibm|hp_|ptcp|kz1048)")
_WEB_ORDER = ("cp1252", "cp1251", "koi8_r", "cp1250", "iso8859_1", "iso8859_2", "koi8_u", "iso8859_5")


def _best_match(data: bytes):
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= least_chaos + 0.01]
    common = [m for m in plausible if not _RARE_ENCODING.match(m.encoding)] or plausible

    def rank(match):
        order = _WEB_ORDER.index(match.encoding) if match.encoding in _WEB_ORDER else len(_WEB_ORDER)
        return (-round(match.coherence, 2), order)

    return min(common, key=rank)

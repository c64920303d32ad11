"""Expand the PATH arguments of `analyze` into a sorted list of input files."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from storyline.records import ItemError

_SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(slots=True)
class Discovery:
    files: list[Path]
    errors: list[ItemError]


def discover(paths: list[str]) -> Discovery:
    """Files as given, directories walked recursively (symlinked directories not followed, so a
    symlink loop cannot trap us), globs expanded. Hidden files inside directories are skipped."""
    files: list[Path] = []
    errors: list[ItemError] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve() if path.exists() else path
        if key not in seen:
            seen.add(key)
            files.append(path)

    for arg in paths:
        path = Path(arg)
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path, followlinks=False, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    Path(root) / n for n in names if not n.startswith(".") and n not in _SKIPPED_NAMES
                )
            for f in sorted(found):
                if f.is_file():
                    add(f)
                elif f.is_symlink():
                    errors.append(ItemError(str(f), "broken or looping symlink"))
        elif path.is_file():
            add(path)
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                errors.append(ItemError(arg, "pattern matches no file"))
            for m in matches:
                if Path(m).is_file():
                    add(Path(m))
        elif path.is_symlink():
            errors.append(ItemError(arg, "broken or looping symlink"))
        else:
            errors.append(ItemError(arg, "no such file or directory"))
    return Discovery(files, errors)

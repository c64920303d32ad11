"""Every command the README documents exists: `storyline CMD [SUB] -h` works for each row of its
command table (a command that silently disappeared from the CLI once went unnoticed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def documented_commands() -> list[list[str]]:
    commands = []
    for match in re.finditer(r"^\| `storyline ((?:[a-z]+ ?){1,2})", README.read_text(encoding="utf-8"), re.M):
        words = match.group(1).split()
        if words[-1].isupper():  # an argument placeholder, not a subcommand
            words = words[:-1]
        commands.append(words)
    return commands


def test_the_readme_documents_commands():
    names = {" ".join(c) for c in documented_commands()}
    assert {"analyze", "timeline", "load", "eval ner", "eval claims"} <= names


@pytest.mark.parametrize("command", documented_commands(), ids=" ".join)
def test_documented_command_exists(command):
    result = CliRunner().invoke(main, [*command, "-h"])
    assert result.exit_code == 0, f"storyline {' '.join(command)} -h: {result.output}"
    assert "No such command" not in result.output

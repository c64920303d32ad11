from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "musk-kremlin"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, examples) -> Path:
    """The example corpus analysed once by the whole pipeline (read-only for tests)."""
    from click.testing import CliRunner

    from storyline.cli import main

    db = tmp_path_factory.mktemp("store") / "examples.db"
    result = CliRunner().invoke(main, ["analyze", str(examples), "--db", str(db), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db

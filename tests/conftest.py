"""Shared fixtures: the seed article, its analysis, and the model (loaded once)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_3f95dd3d0e0f8142.txt"
PRACTICE = sorted((SEEDS / "practice").glob("[0-9][0-9]_*.*"))
PRACTICE = [p for p in PRACTICE if p.suffix in {".txt", ".md"}]


@pytest.fixture(scope="session")
def nlp():
    from kit.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    import kit

    return kit.analyze(SEED)


@pytest.fixture(scope="session")
def analyze_text(nlp):
    """Analyse a short text (a title line is added when missing)."""
    import kit

    def run(text: str):
        if "\n\n" not in text.strip():
            text = "Practice story\n\n" + text
        return kit.analyze(text)

    return run

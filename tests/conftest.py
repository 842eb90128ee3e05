"""Shared fixtures: the seed article, its analysis, and the model (loaded once)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_3f95dd3d0e0f8142.txt"
PRACTICE = sorted((SEEDS / "practice").glob("[0-9][0-9]_*.*"))
PRACTICE = [p for p in PRACTICE if p.suffix in {".txt", ".md"}]


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of ``kit/data`` that the kit reads instead, for one test.

    Yields ``change(name, edit)``: ``edit`` is a line to append to the copied file ``name``, or a
    function from its lines to new lines; ``change`` returns the number of the file's last line.
    The engines' cached tables (and :func:`kit.lexicon.read_rows`) are forgotten before and
    after, so the copy is read and the tests that follow read the real files again.
    """
    import shutil
    import sys

    import kit.lexicon

    def forget() -> None:
        kit.lexicon.read_rows.cache_clear()
        for name, module in list(sys.modules.items()):
            if name.split(".")[:2] in (["kit", "hedges"], ["kit", "tone"], ["kit", "sources"]):
                for value in vars(module).values():
                    if callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()

    for path in kit.lexicon.DATA.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(kit.lexicon, "DATA", tmp_path)
    forget()

    def change(name: str, edit) -> int:
        path = tmp_path / name
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [*lines, edit] if isinstance(edit, str) else edit(lines)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return len(lines)

    yield change
    monkeypatch.undo()
    forget()


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


@pytest.fixture(scope="session")
def sample_analysis(seed_analysis):
    """The seed with a few hand-made findings, for testing views before/independently of the engines.

    Offsets are found by searching the seed text, so the fixture stays right if the text changes.
    """
    from dataclasses import replace

    from kit import records as r

    text = seed_analysis.text

    def at(words: str, after: str = "") -> tuple[int, int]:
        start = text.index(words, text.index(after) if after else 0)
        return start, start + len(words)

    def sentence(start: int) -> int:
        return max(i for i, s in enumerate(seed_analysis.sentences) if s.start <= start)

    def paragraph(start: int) -> int:
        return seed_analysis.sentences[sentence(start)].paragraph

    def attribution(speaker, source_type, kind, cue, cue_after, content, content_after, quoted, mention=None):
        cue_start, cue_end = at(cue, cue_after)
        content_start, content_end = at(content, content_after)
        s_start, s_end = at(*mention) if mention else (None, None)
        return r.Attribution(
            speaker, s_start, s_end, source_type, kind, cue, cue_start, cue_end,
            content_start, content_end, sentence(content_start), quoted,
        )  # fmt: skip

    putin_quote = "We are expecting you, dear Mr Chairman, dear friend, we are expecting you next spring on a state visit to Moscow,"  # noqa: E501
    attributions = (
        attribution("Vladimir Putin", "named_person", "indirect", "said", "Vladimir Putin",
                    "he was expecting Chinese President Xi Jinping", "", 0, ("Vladimir Putin",)),
        attribution("Vladimir Putin", "named_person", "direct", "told", "Moscow,” Putin",
                    putin_quote, "", 21, ("Putin", "Moscow,”")),
        attribution("Xi Jinping", "named_person", "partial", "called", "Although Xi",
                    "Putin his “dear friend”", "Although Xi", 2, ("Xi", "Although")),
        attribution("Dmitry Peskov", "spokesperson", "indirect", "said", "Dmitry Peskov",
                    "no date had yet been set for Xi’s visit", "", 0, ("Kremlin spokesman Dmitry Peskov",)),
        attribution("the official translation into Russian", "document", "according_to", "according to",
                    "did not mention", "who did not mention a visit to Moscow", "", 0,
                    ("the official translation into Russian",)),
    )  # fmt: skip
    hedges = []
    for words, category, after in [
        ("appeared", "appearance", "However"),
        ("so far", "limitation", ""),
        ("could", "possibility", "so far"),
        ("around eight minutes", "approximation", ""),
        ("what it terms", "distancing", ""),
    ]:
        start, end = at(words, after)
        hedges.append(
            r.Hedge(start, end, words, category, f"'{words}' softens the claim.", False,
                    sentence(start), paragraph(start))
        )  # fmt: skip
    loaded = []
    for words, alternative in [
        ("flailing", "struggling"),
        ("effusive", "warm"),
        ("courting", "seeking ties with"),
    ]:
        start, end = at(words)
        loaded.append(
            r.LoadedWord(start, end, words, alternative, "An emotive word chosen by the outlet.",
                         sentence(start), paragraph(start))
        )  # fmt: skip
    framing_start, framing_end = at("far more restrained in tone")
    dear = at("dear friend")
    speakers = (
        r.Speaker(
            "Vladimir Putin", "named_person", (r.TextSpan(*at("Vladimir Putin")),), (0, 1), 21,
            "around eight minutes", reported_length_ratio=1.0,
            tone=r.Tone(0.4, "positive", (r.WordScore("dear", dear[0], dear[0] + 4, 0.3),)),
            warmth=(r.Marker("dear friend", dear[0], dear[1], "address"),),
            framing=(r.Framing("effusive", *at("effusive"), 1),),
        ),
        r.Speaker(
            "Xi Jinping", "named_person", (r.TextSpan(*at("Xi Jinping")),), (2,), 2,
            "around a quarter the length of Putin’s", reported_length_ratio=0.25,
            tone=r.Tone(0.0, "reserved", ()),
            framing=(
                r.Framing("far more restrained in tone", framing_start, framing_end, sentence(framing_start)),
            ),
        ),
        r.Speaker("Dmitry Peskov", "spokesperson", (r.TextSpan(*at("Dmitry Peskov")),), (3,), 0),
        r.Speaker("the official translation into Russian", "document", (), (4,), 0),
    )  # fmt: skip
    unattributed = (
        r.UnattributedClaim(
            *at("Since European countries cut links"),
            sentence(text.index("Since European")),
            "Since European countries cut links with Russia over the invasion, Russia has overtaken Saudi "
            "Arabia as China’s top crude supplier.",
        ),
    )
    terms = tuple(
        r.QuotedTerm(*at(term), term, owner, sentence(text.index(term)))
        for term, owner in [
            ("no limits", None),
            ("special military operation", "Russia"),
            ("unfriendly", None),
        ]
    )
    return replace(
        seed_analysis,
        attributions=attributions,
        hedges=tuple(hedges),
        loaded_words=tuple(loaded),
        speakers=speakers,
        unattributed=unattributed,
        quoted_terms=terms,
    )

"""The language pipeline: the model chain, lazy loading, and paragraph-aware parsing."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from kit import pipeline


def test_importing_kit_loads_neither_spacy_nor_altair():
    code = (
        "import sys, kit, kit.analysis, kit.article, kit.cli;"
        "print(sorted(m for m in ('spacy', 'altair', 'thinc') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_model_is_loaded_once(nlp):
    assert pipeline.load_pipeline() is nlp
    info = pipeline.pipeline_info(nlp)
    assert info.name in pipeline.MODEL_CHAIN and not info.degraded


#: the model's own special cases ("don't", "U.S.") next to the kit's (a title's full stop, a quote mark
#: typed without a space)
_TOKENS_TEXT = "Det. Supt. Ruth Ames said,“We don't know”Clinton's U.S. aides"
_TOKENS = ["Det.", "Supt.", "Ruth", "Ames", "said", ",", "“", "We", "do", "n't", "know", "”", "Clinton", "'s",
           "U.S.", "aides"]  # fmt: skip


def test_the_tokenizer_keeps_the_model_rules_and_adds_the_kit_ones(nlp):
    assert [t.text for t in nlp.tokenizer(_TOKENS_TEXT)] == _TOKENS


def test_blank_pipeline_with_a_visible_warning(monkeypatch):
    monkeypatch.setattr(pipeline, "MODEL_CHAIN", ("no_such_model_kit_test",))
    pipeline.load_pipeline.cache_clear()
    try:
        with pytest.warns(pipeline.DegradedPipelineWarning, match="who-said-what is degraded"):
            nlp = pipeline.load_pipeline()
        assert pipeline.pipeline_info(nlp).degraded
        import kit

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = kit.analyze("Title\n\nIt rained. The match was called off, officials said.")
        assert len(result.sentences) == 2
        assert any("attributions are unreliable" in w for w in result.warnings)
        assert [t.text for t in nlp(_TOKENS_TEXT)] == _TOKENS
    finally:
        pipeline.load_pipeline.cache_clear()


def test_doc_offsets_equal_the_article_text(seed_path, nlp):
    from kit.article import load_article

    article = load_article(seed_path)
    parsed = pipeline.parse(article)
    assert parsed.doc.text == article.text
    for token in parsed.doc:
        assert article.text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He said on Friday (30 December) he was ready. She agreed.", 2),
        ("Prices rose 3% in May. they fell in June.", 2),  # a real stop still ends a sentence
        ("Officials met. “We agree,” one said.", 2),
    ],
)
def test_sentence_boundaries(text, sentences, nlp):
    from kit.article import load_article

    parsed = pipeline.parse(load_article("Title\n\n" + text))
    assert len(parsed.sentences) == sentences


def test_every_paragraph_starts_a_sentence(nlp):
    from kit.article import load_article

    article = load_article("Title\n\nThe deal was signed by\n\nthe two leaders on Friday and\n\nHe left.")
    parsed = pipeline.parse(article)
    starts = {s.start for s in parsed.sentences}
    assert all(p.start in starts for p in article.paragraphs)


def test_sentence_span_is_the_tokens_sentence(seed_path, nlp):
    """The engines find a token's sentence through ``sentence_span`` (once per Doc, not a walk of
    the sentence at every call); it must be the very sentence spaCy gives, for every token."""
    from kit.article import load_article

    doc = pipeline.parse(load_article(seed_path)).doc
    assert all(
        (pipeline.sentence_span(t).start, pipeline.sentence_span(t).end) == (t.sent.start, t.sent.end)
        for t in doc
    )
    with doc.retokenize() as retokenizer:  # a Doc changed after the first look is read again
        retokenizer.merge(doc[0:2])
    assert all(pipeline.sentence_span(t).end == t.sent.end for t in doc)

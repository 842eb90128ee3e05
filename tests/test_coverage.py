"""compare_coverage: three outlets on one event, side by side, checked against the hand-made keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.errors import (
    ArticleCountError,
    KitError,
    MixedLanguagesError,
    NotEnglishError,
    SameArticleError,
)
from kit.keys import load_key, load_trace_key

ROOT = Path(__file__).resolve().parent.parent
TRACE_KEY = ROOT / "seeds" / "keys" / "coverage" / "sarn_dam_call.json"


@pytest.fixture(scope="module")
def event():
    return load_trace_key(TRACE_KEY)


@pytest.fixture(scope="module")
def comparison(nlp, event):
    import kit

    return kit.compare_coverage([ROOT / "seeds" / spec["article"] for spec in event.raw["outlets"].values()])


def _unnamed_share(key) -> float:
    attributions = key.attributions
    return sum(a.source_type in {"anonymous", "vague"} for a in attributions) / len(attributions)


def test_each_outlet_is_a_column_named_after_its_outlet(comparison, event):
    assert [o.outlet for o in comparison.outlets] == list(event.outlet_names.values())
    report = str(comparison)
    for name in event.outlet_names.values():
        assert name in report
    assert "Who is quoted" in report and "Hedges per 100 words" in report and "one outlet only" in report


def test_the_outlet_that_relies_most_on_unnamed_sources_is_the_one_the_keys_say(comparison, event):
    by_key = {event.outlet_names[n]: _unnamed_share(load_key(p)) for n, p in event.outlet_keys.items()}
    assert comparison.most("unnamed_share").outlet == max(by_key, key=by_key.get)
    ledger = comparison.most("unnamed_share")
    assert ledger.quoted_share_by_type["anonymous"] > 0
    assert all(o.quoted_share_by_type["anonymous"] == 0 for o in comparison.outlets if o is not ledger)


def test_sources_cited_by_one_outlet_only_are_listed_under_that_outlet(comparison, event):
    keys = {event.outlet_names[n]: load_key(p) for n, p in event.outlet_keys.items()}
    named = {
        outlet: {s["name"] for s in key.speakers if s["source_type"] in {"named_person", "spokesperson"}}
        for outlet, key in keys.items()
    }
    for outlet, names in named.items():
        elsewhere = set().union(*(v for k, v in named.items() if k != outlet))
        for name in names - elsewhere:
            assert name in comparison.outlet(outlet).only_here, f"{name} is cited by {outlet} only"
        for name in names & elsewhere:
            assert name not in comparison.outlet(outlet).only_here
    # both leaders are in every outlet: one row each, not one per spelling (a transcript released by her
    # office is a document of its own)
    assert sum("Morvan" in s and "’s " not in s for s in comparison.sources) == 1
    assert all(comparison.quoted_words("Alenka Morvan", o.outlet) > 0 for o in comparison.outlets)


def test_quoted_words_per_leader_are_those_of_the_hand_made_keys(comparison, event, nlp):
    from kit.grading.compile import quoted_words
    from kit.pipeline import parse

    for name, path in event.outlet_keys.items():
        key = load_key(path)
        sentences = parse(key.article).sentences
        outlet = event.outlet_names[name]
        for leader in ("Alenka Morvan", "Tomas Reyna"):
            by_key = quoted_words(key, sentences, leader)
            assert comparison.quoted_words(leader, outlet) == by_key, (outlet, leader)


def test_shares_add_up_and_hedges_are_per_100_words(comparison):
    for outlet in comparison.outlets:
        assert sum(s.quoted_words for s in outlet.sources) == outlet.quoted_words
        if outlet.quoted_words:
            assert abs(sum(outlet.quoted_share_by_type.values()) - 1) < 0.01
        assert 0 < outlet.own_voice_share < 1
        by_category = sum(outlet.hedges_per_100_words_by_category.values())
        assert abs(by_category - outlet.hedges_per_100_words) < 0.05
    ledger = comparison.outlet("The Daily Ledger")
    assert ledger.hedges_per_100_words_by_category["vague_source"] > 0
    assert any(w.text == "frosty" for w in ledger.loaded_words)


def test_json_round_trip_and_a_documented_kind(comparison):
    from kit.coverage import CoverageComparison

    data = json.loads(comparison.to_json())
    assert data["kind"] == "coverage_comparison" and data["schema_version"] == 1
    needed = {"outlet", "sources", "quoted_share_by_type", "unnamed_share", "own_voice_share", "only_here"}
    assert needed <= set(data["outlets"][0])
    assert "analyses" not in data
    back = CoverageComparison.from_dict(data)
    assert back == comparison and str(back) == str(comparison)


def test_analyses_can_be_given_instead_of_files(comparison):
    import kit

    again = kit.compare_coverage(list(comparison.analyses[:2]))
    assert [o.outlet for o in again.outlets] == [o.outlet for o in comparison.outlets[:2]]


# --- bad input: a typed error that says what to do ------------------------------------------


def test_one_article_only_is_refused_with_what_to_do(event, nlp):
    import kit

    article = ROOT / "seeds" / event.raw["outlets"]["a"]["article"]
    for given in (article, [article]):
        with pytest.raises(ArticleCountError, match="two to six articles") as caught:
            kit.compare_coverage(given)
        assert isinstance(caught.value, KitError) and caught.value.code == "KIT801"
    with pytest.raises(ArticleCountError, match="7 was given"):
        kit.compare_coverage([article] * 7)


def test_the_same_article_twice_is_refused(event, nlp):
    import kit

    article = ROOT / "seeds" / event.raw["outlets"]["a"]["article"]
    with pytest.raises(SameArticleError, match="same article"):
        kit.compare_coverage([article, str(article)])


SPANISH = (
    "El agua del Sarn\n\nLa presidenta Alenka Morvan ofreció el sábado liberar más agua de la presa del Sarn "
    "en los meses secos, pero solo si Lumora comparte los datos de sus estaciones de medición. Según la "
    "transcripción publicada por su oficina, la presidenta dijo que un acuerdo podría estar listo en verano. "
    "El primer ministro Tomas Reyna respondió que una visita en primavera es posible, pero no dio una fecha."
)


def test_articles_in_different_languages_are_refused_naming_the_odd_one(event, nlp):
    import kit

    english = ROOT / "seeds" / event.raw["outlets"]["b"]["article"]
    with pytest.raises(MixedLanguagesError, match=r"article 2 \(El agua del Sarn\): not English") as caught:
        kit.compare_coverage([english, SPANISH])
    assert caught.value.code == "KIT802" and "one language" in str(caught.value)


def test_a_meta_json_language_counts_too(event, tmp_path, nlp):
    import kit

    english = ROOT / "seeds" / event.raw["outlets"]["b"]["article"]
    copy = tmp_path / "translated.txt"
    copy.write_text((ROOT / "seeds" / event.raw["outlets"]["c"]["article"]).read_text(encoding="utf-8"))
    (tmp_path / "translated.meta.json").write_text('{"outlet": "Le Registre", "language": "fr"}')
    with pytest.raises(MixedLanguagesError, match=r"Le Registre.*'fr'"):
        kit.compare_coverage([english, copy])


def test_articles_all_in_another_language_get_the_usual_not_english_error(nlp):
    import kit

    with pytest.raises(NotEnglishError):
        kit.compare_coverage([SPANISH, SPANISH.replace("sábado", "domingo")])


def test_the_command_line_compares_and_traces_and_explains_bad_input_in_one_line(event, capsys, nlp):
    from kit.cli import main

    paths = [str(ROOT / "seeds" / spec["article"]) for spec in event.raw["outlets"].values()]
    assert main(["compare", *paths]) == 0
    assert "Same event, 3 outlets" in capsys.readouterr().out
    assert main(["compare", *paths[:2], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "coverage_comparison"
    assert main(["compare", paths[0]]) == 2
    assert capsys.readouterr().err.startswith("kit: Compare two to six articles")
    original = str(ROOT / "seeds" / event.raw["original"])
    assert main(["trace", paths[2], original, "--speaker", "Morvan", "--json"]) == 0
    assert {t["speaker"] for t in json.loads(capsys.readouterr().out)["traces"]} == {"Alenka Morvan"}
    unrelated = str(ROOT / "seeds" / "practice" / "03_nordbane_fjordline_talks.txt")
    assert main(["trace", paths[2], unrelated]) == 2
    assert capsys.readouterr().err.startswith("kit: None of the")

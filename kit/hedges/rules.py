"""The context rules by name: the table that the rule column of ``kit/data/hedges.tsv`` names.

A rule reads the parse around a match and accepts it (returning the span of the
hedge) or rejects it (``None``); :mod:`kit.hedges.context` says more. The rules
themselves live in :mod:`kit.hedges.rules_modal_time` (modal verbs, amounts,
time) and :mod:`kit.hedges.rules_source_doubt` (sources, seeming, doubt).

>>> from spacy.lang.en import English
>>> doc = English()("He talked about Taiwan for about an hour.")
>>> RULES["quantity"](doc, 2, 3), RULES["quantity"](doc, 5, 6)  # the hedge takes in "an hour"
(None, (5, 8))
"""

from __future__ import annotations

from .context import Rule
from .rules_modal_time import (
    rule_after_number,
    rule_after_quantity,
    rule_before_verb,
    rule_could,
    rule_degree,
    rule_may,
    rule_modal,
    rule_not_of,
    rule_quantity,
    rule_size_of,
    rule_so_far,
    rule_to_date,
    rule_up_to,
    rule_would,
    rule_yet,
)
from .rules_source_doubt import (
    rule_adverbial,
    rule_apparent,
    rule_appear,
    rule_attributive,
    rule_belief,
    rule_claim,
    rule_clause,
    rule_doubt,
    rule_evidence,
    rule_expect,
    rule_if_question,
    rule_it_that,
    rule_like_clause,
    rule_likely,
    rule_negated,
    rule_not_active,
    rule_not_idiom,
    rule_opinion,
    rule_passive_doubt,
    rule_passive_judgement,
    rule_plural_subject,
    rule_possible,
    rule_potential,
    rule_sentence_adverbial,
    rule_source_subject,
    rule_speculate,
    rule_suggest,
    rule_unknown,
    rule_unowned,
    rule_what_terms,
    rule_whether,
)

__all__ = ["RULES"]

RULES: dict[str, Rule] = {
    "modal": rule_modal,
    "may": rule_may,
    "could": rule_could,
    "would": rule_would,
    "quantity": rule_quantity,
    "size_of": rule_size_of,
    "degree": rule_degree,
    "after_quantity": rule_after_quantity,
    "yet": rule_yet,
    "so_far": rule_so_far,
    "to_date": rule_to_date,
    "up_to": rule_up_to,
    "not_of": rule_not_of,
    "appear": rule_appear,
    "apparent": rule_apparent,
    "attributive": rule_attributive,
    "possible": rule_possible,
    "potential": rule_potential,
    "likely": rule_likely,
    "negated": rule_negated,
    "clause": rule_clause,
    "evidence": rule_evidence,
    "expect": rule_expect,
    "suggest": rule_suggest,
    "claim": rule_claim,
    "whether": rule_whether,
    "speculate": rule_speculate,
    "if_question": rule_if_question,
    "not_idiom": rule_not_idiom,
    "unknown": rule_unknown,
    "doubt": rule_doubt,
    "adverbial": rule_adverbial,
    "source_subject": rule_source_subject,
    "passive_judgement": rule_passive_judgement,
    "before_verb": rule_before_verb,
    "after_number": rule_after_number,
    "what_terms": rule_what_terms,
    "opinion": rule_opinion,
    "it_that": rule_it_that,
    "like_clause": rule_like_clause,
    "sentence_adverbial": rule_sentence_adverbial,
    "plural_subject": rule_plural_subject,
    "passive_doubt": rule_passive_doubt,
    "belief": rule_belief,
    "not_active": rule_not_active,
    "unowned": rule_unowned,
}

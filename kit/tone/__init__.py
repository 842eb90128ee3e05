"""Tone and loaded words: how things are said, and how the outlet frames them (GUIDELINES §4).

Three questions a student can ask of any article:

* **Loaded words** (:func:`find_loaded_words`): which evaluative or emotive words
  does the outlet use in its own voice ("flailing invasion", "dramatic pivot"),
  and what neutral word could it have used instead? Words inside quotation
  marks and inside direct quotations belong to the speaker, not the outlet.
  Reported speech (indirect, partial) stays in the outlet's voice: its wording,
  including the reporting verb ("slammed"), is the outlet's choice.
* **Speaker profiles** (:func:`profile_speakers`): for every speaker, the
  statements credited to them, words quoted, the length the article reports
  ("around eight minutes", "a quarter the length of Putin's") and the ratio
  between speakers, an explainable tone score, and warmth and intensity markers.
* **Framing** (:func:`find_framing`): the outlet's own characterisation of a
  speaker's delivery ("effusive", "far more restrained in tone"), kept apart
  from the speaker's own words (it never counts towards their tone) so students
  can compare what was said with how it was framed. Evaluative delivery words
  ("effusive", "restrained") are also loaded words; plain ones ("brief",
  "far shorter statement") are framing only.

Every lexicon is a data file under ``kit/data/``: ``loaded_words.tsv``,
``tone_corrections.tsv`` (domain rules), ``tone_warmth.tsv``,
``tone_intensity.tsv`` and ``tone_delivery.tsv``.

How tone labels are computed is in :mod:`kit.tone.sentiment` ("Tone scores",
``positive``, ``negative``, ``mixed``, ``reserved``, ``neutral``); what the
``context`` column of ``loaded_words.tsv`` and ``tone_corrections.tsv`` may say
is in :mod:`kit.tone.context` ("Context conditions"). A line of a data file that
the kit cannot use raises :class:`~kit.errors.LexiconError` naming the file and
the line.

The package, each module with one job (imports run down this list only):

* ``__init__`` (this face): the names callers use;
* :mod:`~kit.tone.profiles`: :func:`profile_speakers`, and the lengths the
  outlet reports in its own voice;
* :mod:`~kit.tone.framing`: :func:`find_framing`, the outlet's characterisation
  of a speaker's delivery;
* :mod:`~kit.tone.loaded`: :func:`find_loaded_words` and ``loaded_words.tsv``;
* :mod:`~kit.tone.sentiment`: :func:`score_tone`, VADER with the domain
  corrections of ``tone_corrections.tsv``, and the tone labels;
* :mod:`~kit.tone.context`: the context conditions of those two files;
* :mod:`~kit.tone.markers`: :func:`find_warmth` and :func:`find_intensity`, the
  token patterns of ``tone_warmth.tsv`` and ``tone_intensity.tsv``;
* :mod:`~kit.tone.delivery`: the delivery words and word classes of
  ``tone_delivery.tsv``;
* :mod:`~kit.tone.spans`: the speakers' words (not the outlet's voice), overlap
  tests, the tokens of a stretch of text or of a lexicon's words;
* :mod:`~kit.tone.grammar`: parts of speech, dependency groups, word forms.

This package is an engine: it reads a parse and the findings of
:mod:`kit.sources` and returns records, importing only the layers below it;
the readable report of its findings is in :mod:`kit.summary`.

>>> import kit
>>> result = kit.analyze("Talks\\n\\nThe regime slammed the plan, officials said.")
>>> [(w.text, w.alternative) for w in result.loaded_words]
[('regime', 'government'), ('slammed', 'criticised')]
"""

from __future__ import annotations

from .delivery import DELIVERY_FILE
from .framing import find_framing
from .loaded import LOADED_FILE, find_loaded_words
from .markers import INTENSITY_FILE, WARMTH_FILE, find_intensity, find_warmth
from .profiles import profile_speakers
from .sentiment import CORRECTIONS_FILE, TONE_LABELS, score_tone

__all__ = [
    "CORRECTIONS_FILE",
    "DELIVERY_FILE",
    "INTENSITY_FILE",
    "LOADED_FILE",
    "TONE_LABELS",
    "WARMTH_FILE",
    "find_framing",
    "find_intensity",
    "find_loaded_words",
    "find_warmth",
    "profile_speakers",
    "score_tone",
]

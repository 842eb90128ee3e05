"""What every benchmark script shares: the corpus, the hold-out rule, and a timer."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3f95dd3d0e0f8142.txt"
KEYS = ROOT / "seeds" / "keys"
sys.path.insert(0, str(ROOT))

# The hold-out practice articles, by number: never tune on them. 09-11 were written for the first
# engine issues; 15-17 (an interview transcript, a wire story on anonymous officials, an opinion
# column) for issue 10, kept outside the repository until its final evaluation. 07-08 were the first
# hold-out and are development articles now, as are 12-14.
# 36-38 (session 23), 42-44 (session 24), 45-47 (session 25), 51-53 (session 26), 61-63
# (session 27), 69-71 (session 28), 84-86 (session 29), 99-101 (session 30), 111-113 (session 31),
# 134-136 (session 32), 164-166 (session 33), 206-208 (session 34), 230-232 (session 35),
# 275-277 (session 36), 308-310 (session 37), 347-349 (session 38), 404-406 (session 39), 443-445
# and 494-496 (session 40), 521-523 and 524-526 (session 41), 572-574 (session 42), 638-640 (session 43),
# 704-706 (session 44), 728-730 (session 45), 785-787 (session 46), 806-808 and 833-835 (session 47),
# 836-838 and 854-856 (session 48), 866-868 and 887-889 (session 49), 899-901 (session 50), 929-931
# and 950-952 (session 51), 980-982 and 995-997 (session 52), 1004-1006 (session 53), 1007-1009 (session
# 54) were written for issue 10 by helpers, unseen by the engine's developers.
HOLDOUT = frozenset(
    {9, 10, 11, 15, 16, 17, 21, 22, 23, 36, 37, 38, 42, 43, 44, 45, 46, 47, 51, 52, 53, 61, 62, 63}
    | {69, 70, 71, 84, 85, 86, 99, 100, 101, 111, 112, 113, 134, 135, 136, 164, 165, 166, 206, 207}
    | {208, 230, 231, 232, 275, 276, 277, 308, 309, 310, 347, 348, 349, 404, 405, 406}
    | {443, 444, 445, 494, 495, 496, 521, 522, 523, 524, 525, 526, 572, 573, 574, 638, 639, 640}
    | {704, 705, 706, 728, 729, 730, 785, 786, 787, 806, 807, 808, 833, 834, 835}
    | {836, 837, 838, 854, 855, 856, 866, 867, 868, 887, 888, 889, 899, 900, 901, 929, 930, 931}
    | {950, 951, 952, 980, 981, 982, 995, 996, 997, 1004, 1005, 1006, 1007, 1008, 1009}
)


def corpus_paths() -> list[Path]:
    """The seed and every practice article, in order."""
    return [SEED, *practice_paths()]


def practice_paths() -> list[Path]:
    """Every practice article ("09_…", "102_…"), in the order of their numbers."""
    found = [
        p for p in (ROOT / "seeds" / "practice").glob("[0-9][0-9]*_*") if p.suffix in {".txt", ".md"}
    ]
    return sorted(found, key=lambda p: (int(p.name.split("_", 1)[0]), p.name))


def is_holdout(path: Path) -> bool:
    """A practice article or key whose number is in ``HOLDOUT`` ("09_…"); the seed is dev."""
    number = path.name.split("_", 1)[0]
    return number.isdigit() and int(number) in HOLDOUT


def median_time(function: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)

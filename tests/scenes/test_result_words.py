"""Who won and how, in words: the versus headline, the story's decision and the campaign autoplay say it alike."""

from __future__ import annotations

import pytest

from game.result_words import result_words

NAMES = ("Vito", "Cole")


@pytest.mark.parametrize(("winner", "method", "kind", "long", "short"), [
    (0, "KO", "", "Vito beats Cole by KO in round 3", "Vito by KO in round 3"),
    (1, "TKO", "", "Cole beats Vito by TKO in round 3", "Cole by TKO in round 3"),
    (0, "decision", "split", "Vito beats Cole by split decision", "Vito by split decision"),
    (1, "decision", "", "Cole wins on the cards", "Cole on the cards"),
    (None, "draw", "majority", "A majority draw", "majority draw"),
    (None, "draw", "", "A draw", "draw"),
])
def test_result_words_long_and_short(winner: int | None, method: str, kind: str, long: str, short: str) -> None:
    assert result_words(winner, method, kind, 3, NAMES) == long
    assert result_words(winner, method, kind, 3, NAMES, short=True) == short

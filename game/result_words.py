"""Who won a fight and how, in words: the versus result's headline, the story's decision and the campaign
autoplay's report all say it with `result_words`."""

from __future__ import annotations


def result_words(winner: int | None, method: str, kind: str, round_: int, names: tuple[str, str],
                 short: bool = False) -> str:
    """"Vito beats Cole by KO in round 3", "Vito beats Cole by split decision", "A majority draw"; `short` leaves
    out the loser and the article: "Vito by KO in round 3", "Vito by split decision", "majority draw". A decision
    with no kind is won on the cards ("Vito wins on the cards", short "Vito on the cards")."""
    if winner is None:
        if short:
            return f"{kind} draw".strip()
        return f"A {kind} draw" if kind else "A draw"
    who = names[winner] if short else f"{names[winner]} beats {names[1 - winner]}"
    if method in ("KO", "TKO"):
        return f"{who} by {method} in round {round_}"
    if kind:
        return f"{who} by {kind} decision"
    return f"{names[winner]} on the cards" if short else f"{names[winner]} wins on the cards"

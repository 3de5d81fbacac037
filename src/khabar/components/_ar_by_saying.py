"""Arabic «اكتفى X بالقول …»: "X confined themself to saying …", a statement by X.

«واكتفت الوزارة بالقول إن …», «واكتفى المتحدث باسم الشرطة بالقول: …»: the finite verb reports
words only with «بالقول» after it; the words between the verb and «بالقول» are its subject
(none in «واكتفت بالقول»), the content follows «بالقول».
"""

from __future__ import annotations

from khabar.components._ar_lexicon import PUNCT_STOP, is_complementiser, lookup_cue
from khabar.components._draft import OPEN_QUOTES, Token

# «بالقول» must come within this many words of «اكتفى» (a long title fits)
MAX_SUBJECT = 12


def by_saying_after(toks: list[Token], i: int) -> int | None:
    """The index of the «بالقول» that completes the verb «اكتفى» at ``i``; None when the verb
    is not confined to saying («واكتفت البلدية ببيان مقتضب»).

    >>> from khabar.components._draft import tokenize
    >>> by_saying_after(tokenize("واكتفت الوزاره بالقول ان"), 0)
    2
    >>> by_saying_after(tokenize("واكتفت البلديه ببيان مقتضب"), 0) is None
    True
    """
    for k in range(i + 1, min(len(toks), i + 1 + MAX_SUBJECT)):
        t = toks[k].text
        if t == "بالقول":
            return k
        if t in PUNCT_STOP or t in OPEN_QUOTES or is_complementiser(toks, k):
            return None
        if lookup_cue(t) is not None:
            return None  # «واكتفى بتأكيد … ، وقال …»: another cue first
    return None

"""Arabic «وأشار X إلى + noun phrase»: "X pointed to …", an indirect statement whose content
is the noun phrase after «إلى» («وأشار الوزير إلى ارتفاع عدد المصابين إلى ٤٠»); «أشار إلى أن
…» keeps its complementiser (:func:`khabar.components._ar_lexicon.is_complementiser`).
"""

from __future__ import annotations

from khabar.components._ar_lexicon import PUNCT_STOP, is_complementiser
from khabar.components._draft import Token
from khabar.text import fold

# the past forms that report with «إلى» + a noun phrase (folded, without و/ف); the present
# «تشير الأرقام إلى …» is mostly said of things, not speakers
POINTING = frozenset(fold(w) for w in ("أشار", "أشارت", "أشاروا", "أشارا"))
TO = frozenset({"الي", "الى"})


def pointed_content(toks: list[Token], start: int, form: str) -> int | None:
    """Where the noun phrase after «إلى» at ``start`` begins when the cue ``form`` (folded, no
    «و/ف») points to it; None otherwise (no «إلى», «إلى أن», or nothing after it).

    >>> from khabar.components._draft import tokenize
    >>> pointed_content(tokenize("الي ارتفاع عدد المصابين"), 0, "اشار")
    1
    >>> pointed_content(tokenize("الي ان العدد ارتفع"), 0, "اشار") is None
    True
    """
    if form not in POINTING or start + 1 >= len(toks):
        return None
    if toks[start].text not in TO or is_complementiser(toks, start):
        return None
    if toks[start + 1].text in PUNCT_STOP:
        return None
    return start + 1

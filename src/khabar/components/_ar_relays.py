"""Arabic relayed statements: where the source («عن …») starts after the reporter's phrase.

«ونقلت صحيفة «الأفق» الناطقة بالفرنسية عن مسؤول …», «ونقلت الصحيفة ذاتها عن مهندس …»: an
adjective (with its complement) or «ذاته/نفسه» may stand between the reporter and «عن».
"""

from __future__ import annotations

from khabar.components._ar_lexicon import PUNCT_STOP, is_complementiser, is_definite
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Token

# «الوكالة ذاتها», «الصحيفة نفسها»: "the same" after a reporter (folded)
SAME = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها"})
# at most this many words between the reporter's phrase and «عن»
MAX_MODIFIER = 4


def relay_source_at(toks: list[Token], j: int, limit: int, prep: str) -> int:
    """The index of «عن» when only a definite adjective phrase or «ذاتها» stands between
    ``j`` (the end of the reporter's phrase) and it; else ``j`` unchanged.

    >>> from khabar.components._draft import tokenize
    >>> relay_source_at(tokenize("الناطقه بالفرنسيه عن مسؤول"), 0, 4, "عن")
    2
    >>> relay_source_at(tokenize("المرضي الي المستشفي"), 0, 3, "عن")
    0
    >>> relay_source_at(tokenize("موقع المتخصص في شوون الطاقه عن مسؤول"), 2, 7, "عن")
    5
    """
    if j >= limit or toks[j].text == prep:
        return j
    first = toks[j].text
    # «الناطقة بالفرنسية», «ذاتها», or the complement «بالفرنسية», «في أخبار النقل» of an
    # adjective that closed the reporter's phrase («الصحيفة الناطقة», «الموقع المتخصص»)
    complement = first.startswith("بال") or (
        first == "في" and j > 0 and is_definite(toks[j - 1].text)
    )
    if not (first in SAME or is_definite(first) or complement):
        return j
    for k in range(j + 1, min(limit, j + MAX_MODIFIER + 1)):
        t = toks[k].text
        if t == prep:
            return k
        if t in PUNCT_STOP or t in OPEN_QUOTES or t in CLOSE_QUOTES or is_complementiser(toks, k):
            return j
    return j

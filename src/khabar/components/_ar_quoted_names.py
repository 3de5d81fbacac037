"""Arabic quoted names: a short quotation right after a noun that takes a name.

«أعلنت الشركة توقف قطار «نجم الصحراء» عن العمل» quotes a train's name, not the speaker's
words: such a quotation does not make the statement ``mixed`` (SPEC §1: «a quoted name leaves
it indirect»). The nouns are data (``lang/ar/name_heads.tsv``).
"""

from __future__ import annotations

from functools import cache

from khabar.components._ar_lexicon import is_complementiser, is_definite, strip_conj
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Token
from khabar.lang import load_words

# a name is short: «نجم الصحراء», «جمعية أصدقاء البحر» (a longer quotation is speech)
NAME_MAX_WORDS = 4


@cache
def name_heads() -> frozenset[str]:
    """Folded nouns that take a quoted name after them («قطار», «حملة», «باسم» …)."""
    return load_words("ar", "name_heads")


def names_quote(toks: list[Token], k: int) -> bool:
    """The quotation opening at ``k`` follows a name-taking noun, directly or after one
    definite genitive: «قطار «…»», «قطار الركاب «…»», «وحملة «…»».

    >>> from khabar.components._draft import tokenize
    >>> toks = tokenize("تأخر قطار الركاب « نجم الصحراء » ساعتين")
    >>> names_quote(toks, 3), names_quote(tokenize("إن الأزمة « عابرة تمامًا »"), 2)
    (True, False)
    >>> names_quote(tokenize("ان قطار الركاب « لم يتوقف »"), 3)
    False
    """
    heads = name_heads()
    if k < 1:
        return False
    before = toks[k - 1].text
    if before in heads or strip_conj(before) in heads:
        return True
    if k < 2 or not is_definite(before) or toks[k - 2].text not in heads:
        return False
    # «إن شركة الطيران «لم تدفع شيئًا»»: after a complementiser the phrase is a subject and
    # the quotation its predicate
    return k < 3 or not is_complementiser(toks, k - 3)


def quoted_words_outside_names(
    toks: list[Token], start: int, end: int, punct: frozenset[str]
) -> tuple[int, int]:
    """(quotations, quoted words) in ``toks[start:end]``, leaving out short quoted names.

    >>> from khabar.components._draft import tokenize
    >>> quoted_words_outside_names(tokenize("تأخر ركاب في قطار « نجم الصحراء »"), 0, 8, frozenset())
    (0, 0)
    """
    spans = words = 0
    k = start
    while k < end:
        if toks[k].text not in OPEN_QUOTES:
            k += 1
            continue
        close = next((m for m in range(k + 1, end) if toks[m].text in CLOSE_QUOTES), end)
        inside = sum(1 for t in toks[k + 1 : close] if t.text not in punct)
        if not (inside <= NAME_MAX_WORDS and names_quote(toks, k)):
            spans, words = spans + 1, words + inside
        k = close + 1
    return spans, words

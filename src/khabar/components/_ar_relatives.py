"""Arabic relative clauses between a speaker and what they say.

«وقال المدير الذي يشرف على المشروع منذ انطلاقه إن …»: the clause «الذي …» describes the
speaker; it is neither part of the speaker's phrase nor the start of the content, which opens
at the complementiser after it.
"""

from __future__ import annotations

from khabar.components._ar_adjuncts import is_adjunct_noun
from khabar.components._ar_lexicon import PUNCT_STOP, is_complementiser, lookup_cue
from khabar.components._draft import OPEN_QUOTES, Token

# relative pronouns (folded) that open a clause about the noun before them
RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين"})
# an unpunctuated relative clause is at most this long before the speaker's words open
MAX_CLAUSE = 25


def before_relative(toks: list[Token], a: int, end: int) -> int:
    """Where the speaker phrase ``a:end`` stops: before an unpunctuated relative pronoun
    whose clause runs to the complementiser at ``end`` («المدير الذي يشرف على …», «الوزيرة
    التي زارت المخيم»); ``end`` when there is none.

    >>> from khabar.components._draft import tokenize
    >>> before_relative(tokenize("المدير الذي يشرف علي المشروع ان"), 0, 5)
    1
    >>> before_relative(tokenize("المدير العام ان"), 0, 2)
    2
    """
    for k in range(a + 1, end):
        if toks[k].text in RELATIVES:
            return k if relative_clause_end(toks, k, len(toks)) > k else end
    return end


def relative_clause_end(toks: list[Token], j: int, limit: int) -> int:
    """Past the relative clause at ``j`` to where the speaker's words open (a complementiser
    or «:» with no punctuation or other cue before it); ``j`` when there is no such clause."""
    if j >= limit or toks[j].text not in RELATIVES:
        return j
    for k in range(j + 2, min(limit, j + MAX_CLAUSE)):
        t = toks[k].text
        if is_complementiser(toks, k) or t == ":":
            return k
        if t in ("،", ",") and k + 1 < limit and is_complementiser(toks, k + 1):
            return k + 1  # «…، عضو اللجنة، التي سعت …، إن»: a clause set off by commas
        if t in ("،", ",") and k + 1 < limit and toks[k + 1].text in ("في", "خلال", "عبر"):
            return k  # «المراقب الذي رصد المخالفة، في اتصال مع …، إنه»: adjuncts follow
        if t in PUNCT_STOP or t in OPEN_QUOTES or lookup_cue(t) is not None:
            return j
    return j


def statement_noun_before(toks: list[Token], last: int) -> int | None:
    """The statement noun («تصريح», «بيان», «حديث» …) among the few words that end at
    ``last`` right before «، الذي قال …»: then the relative is about its maker, never the noun
    itself («في تصريح للمتحدث باسم الوزارة، الذي قال لها إن …»).

    >>> from khabar.components._draft import tokenize
    >>> statement_noun_before(tokenize("في تصريح للمتحدث باسم الوزاره"), 3)
    1
    >>> statement_noun_before(tokenize("التقي الوزير بالسفير"), 2) is None
    True
    """
    for k in range(last, max(-1, last - 6), -1):
        if toks[k].text in PUNCT_STOP:
            return None
        if is_adjunct_noun(toks[k].text):
            return k
    return None

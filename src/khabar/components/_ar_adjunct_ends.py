"""Where a statement adjunct («في بيان مقتضب», «في بيان أمس») ends before the verb's object.

«ونفت الوزارة في بيان مقتضب أي تقصير …»: «أي» + a noun is the object of «نفت», not more of
the adjunct; «وأعلنت الهيئة في بيان أمس زيادة المخزون …»: a time word closes the adjunct and
the noun after it opens the object (or, in «وأعلنت في بيان أمس الهيئة …», the subject). Without
these ends the adjunct runs on to the next comma and swallows the statement.
"""

from __future__ import annotations

from khabar.components._ar_lexicon import (
    PUNCT_STOP,
    cue_class,
    is_complementiser,
    is_definite,
    is_stop,
    is_time_word,
)
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Token

# «أي» (any), folded: it opens a noun phrase and never continues the one before it
ANY = frozenset({"اي", "ايه"})
# prepositions and clause words that continue an adjunct after its time word
# («في بيان صدر أمس عن الوزارة», «في مؤتمر أمس في مقر …»), folded
_GOES_ON = frozenset(
    {
        "في",
        "عن",
        "من",
        "علي",
        "الي",
        "مع",
        "عبر",
        "حول",
        "بشان",
        "لدي",
        "امام",
        "خلال",
        "عقب",
        "بعد",
        "قبل",
        "منذ",
        "حين",
        "عند",
        "و",
        "او",
        "ثم",
        "صدر",
        "نشر",
        "الصادر",
        "وزعه",
        "له",
        "لها",
    }
)


def any_object(toks: list[Token], j: int, start: int) -> bool:
    """«في بيان (مقتضب) أي تقصير»: «أي» after the adjunct's noun and at most two indefinite
    adjectives starts the object (``start`` is the adjunct's noun).

    >>> from khabar.components._draft import tokenize
    >>> any_object(tokenize("في بيان مقتضب اي تقصير"), 3, 1)
    True
    """
    if toks[j].text not in ANY or not 1 <= j - start <= 3 or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].text
    # «في اتصال هاتفي وجود أي تسرب»: a noun before «أي» takes it as its genitive; only
    # adjectives of the statement may stand between
    return (
        nxt.isalpha()
        and not is_definite(nxt)
        and all(_statement_adjective(t.text) for t in toks[start + 1 : j])
    )


# indefinite adjectives of a statement that are not nisba adjectives (folded)
STATEMENT_ADJECTIVES = frozenset(
    {"مقتضب", "مقتضبه", "منفصل", "منفصله", "مشترك", "مشتركه", "مكتوب", "مكتوبه", "مطول", "مطوله"}
    | {"عاجل", "عاجله", "موجز", "موجزه", "لاحق", "لاحقه", "جديد", "جديده", "قصير", "قصيره"}
)


def _statement_adjective(word: str) -> bool:
    """«مقتضب», «رسمي», «صحفية» (folded «صحفيه»): an adjective of «بيان/تصريح»; not «وجود».

    >>> [_statement_adjective(w) for w in ("مقتضب", "صحفيه", "وجود")]
    [True, True, False]
    """
    return word in STATEMENT_ADJECTIVES or (len(word) > 3 and word.endswith(("ي", "يه")))


def time_closes_adjunct(toks: list[Token], j: int, start: int, limit: int) -> bool:
    """«في بيان (مقتضب) أمس ارتفاع …»: the word at ``j`` follows the adjunct's time word(s)
    and is neither a time word nor a word that carries the adjunct on (a preposition, «صدر»,
    a delimiter, a complementiser, a cue): the adjunct ends before it.

    >>> from khabar.components._draft import tokenize
    >>> toks = tokenize("في بيان امس ارتفاع الحصيله")
    >>> time_closes_adjunct(toks, 3, 1, 5), time_closes_adjunct(tokenize("في بيان امس عن الوزاره"), 3, 1, 5)
    (True, False)
    """
    if j <= start + 1 or not is_time_word(toks[j - 1].text) or j >= limit:
        return False
    k = j - 1
    while k > start and is_time_word(toks[k].text):
        k -= 1
    if not all(_indefinite_adjective(t.text) for t in toks[start + 1 : k + 1]):
        return False  # only the noun and its indefinite adjectives before the time word
    t = toks[j].text
    # the object or subject after it is indefinite (a verbal noun or a noun in construct:
    # «ارتفاع الحصيلة», «وزارة الصحة»); a definite word goes on with the date («الأحد السادس»)
    return not (
        is_definite(t)
        or len(t) < 3
        or is_time_word(t)
        or t in _GOES_ON
        or t in PUNCT_STOP
        or t in OPEN_QUOTES
        or t in CLOSE_QUOTES
        or not t.isalpha()
        or is_stop(t)
        or t.startswith("ل")
        or is_complementiser(toks, j)
        or cue_class(t) is not None
    )


def _indefinite_adjective(word: str) -> bool:
    """«مقتضب», «رسمي», «رسمية» (folded «رسميه»), not «نشرته»/«عقده» (a verb with its object
    pronoun: a relative clause, «في بيان نشرته أمس وكالة …») nor «صدر» or a definite word.

    >>> [_indefinite_adjective(w) for w in ("مقتضب", "رسميه", "نشرته", "صدر", "الرسمي")]
    [True, True, False, False, False]
    """
    if not word.isalpha() or is_definite(word) or word in _GOES_ON:
        return False
    return word.endswith(("ي", "يه")) or not word.endswith(("ه", "ها", "هم"))

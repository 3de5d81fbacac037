"""«وقالت رئيسة الرابطة، سلمى بن زيد، إن …»: a name that no list knows, set off by commas
after a speaker who is only a title.

The given-name lists cannot hold every name; an apposition between commas right after a
title («رئيسة الرابطة», «مدير المرصد») names the title's holder when its words have the
shape of a name: a first word that is no article-bearing noun, particle, preposition, cue,
title or time word, then family-name words («القاضي») or words joined by «بن/أبو/آل».
"""

from __future__ import annotations

from khabar.components._ar_lexicon import (
    NAME_LINKS,
    is_complementiser,
    is_definite,
    is_time_word,
    lookup_cue,
    speaker_heads,
)
from khabar.components._draft import Token
from khabar.text import fold

MAX_WORDS = 4
# words that open an adjunct or aside, never a name («، حسب البيان،», «، نقلًا عن …»)
_NOT_NAMES = frozenset(
    fold(w)
    for w in (
        "حسب بحسب وفق وفقا وفقًا خلال عقب إثر اثر بعد قبل لدى عبر ضمن مثل عند منذ حول نحو"
        " في من على إلى الى عن مع أن إن ان قد لم لن لا ما هو هي وهو وهي الذي التي"
        " نقلا نقلًا بدوره بدورها بدوره كذلك أيضا أيضًا أمس اليوم غدا"
        " طلب رفض فضل اشترط مفضلا طالبا رافضا"
    ).split()
)


def bare_name_end(toks: list[Token], k: int, limit: int) -> int | None:
    """The index of the comma that closes a name-shaped apposition starting at ``k``.

    >>> toks = [Token(w, 0, 0) for w in "سلمى بن زيد ، إن".split()]
    >>> bare_name_end(toks, 0, len(toks))
    3
    >>> toks = [Token(w, 0, 0) for w in "حسب البيان ، إن".split()]
    >>> bare_name_end(toks, 0, len(toks)) is None
    True
    >>> bare_name_end([Token(w, 0, 0) for w in "كارلا مونتي ، نفي".split()], 0, 4)
    2
    """
    if k >= limit or not _first_name_shape(toks[k].text):
        return None
    linked = False
    for m in range(k + 1, min(limit, k + MAX_WORDS + 1)):
        word = toks[m].text
        if word in ("،", ","):
            return m if m - k >= 2 and not linked else None
        if word in NAME_LINKS:
            linked = True
        elif linked or is_definite(word):
            linked = False
        elif (
            m == k + 1
            and m + 1 < limit
            and toks[m + 1].text in ("،", ",")
            and (_first_name_shape(word))
        ):
            linked = False  # «، كارلا مونتي،», «، أيمن داوود،»: a family name with no «ال»
        else:
            return None
    return None


def name_shaped(toks: list[Token], k: int, end: int) -> bool:
    """Whether ``toks[k:end]`` has the shape of a name: a first word that is no noun with
    the article, particle or title, then family-name words or words joined by «بن/أبو».

    >>> name_shaped([Token(w, 0, 0) for w in "سلمى الدغيمات".split()], 0, 2)
    True
    >>> name_shaped([Token(w, 0, 0) for w in "في المدينة".split()], 0, 2)
    False
    """
    if not 2 <= end - k <= MAX_WORDS or not _first_name_shape(toks[k].text):
        return False
    linked = False
    for m in range(k + 1, end):
        word = toks[m].text
        if word in NAME_LINKS:
            linked = True
        elif linked or is_definite(word):
            linked = False
        else:
            return False
    return not linked


def _first_name_shape(word: str) -> bool:
    return (
        len(word) >= 2
        and word.isalpha()
        and not is_definite(word)
        and word not in _NOT_NAMES
        and word not in NAME_LINKS
        and speaker_heads().get(word) is None
        and not is_time_word(word)
        and lookup_cue(word) is None
    )


# a definite adjective after a title («المتحدث الرسمي») is no family name
_TITLE_ADJECTIVES = frozenset(
    fold(w) for w in "الرسمي الإعلامي الاعلامي التنفيذي الإقليمي الاقليمي الفني الطبي".split()
)


# what follows the holder's name in a statement: the content, an aside, the one declined,
# an addressee or an adjunct («… غيداء الزعتري الإدلاء», «… غيداء الزعتري، إن», «… لـ»)
_HOLDER_FOLLOWERS = frozenset(
    fold(w)
    for w in '، , : « " الإدلاء التعليق الكشف الرد الإجابة في خلال أمام عبر على إلى للصحفيين'.split()
)


def unnamed_holder_end(toks: list[Token], k: int, limit: int) -> int:
    """After a title that ends before ``k``, the end of an unlisted given name and a
    family name in «الـ…ي» («رفضت وكيلة الوزارة غيداء الزعتري الإدلاء …»); ``k`` when the
    words there have no such shape. An indefinite word cannot take a definite adjective, so
    a first word no list knows followed by a definite nisba names a person; the first
    word must not look like a plural noun (not «تصريحات الوزير»).

    >>> toks = [Token(w, 0, 0) for w in "غيداء الزعتري الادلاء".split()]
    >>> unnamed_holder_end(toks, 0, 3)
    2
    >>> unnamed_holder_end([Token(w, 0, 0) for w in "تصريحات الزعتري".split()], 0, 2)
    0
    """
    if k + 1 >= limit or not _first_name_shape(toks[k].text):
        return k
    first, family = toks[k].text, toks[k + 1].text
    if first.endswith(("ات", "ون", "ين", "يه")) or len(first) > 6:
        return k
    if not (is_definite(family) and family.endswith("ي") and len(family) >= 5):
        return k
    if family in _TITLE_ADJECTIVES or speaker_heads().get(family) is not None:
        return k
    after = toks[k + 2].text if k + 2 < limit else ""
    followed = after in _HOLDER_FOLLOWERS or is_time_word(after) or after.startswith("ل")
    if after and not (followed or is_complementiser(toks, k + 2)):
        return k  # «أعلن رئيس الاتحاد دعم الفرنسي ميشال …»: an object and its adjective
    return k + 2

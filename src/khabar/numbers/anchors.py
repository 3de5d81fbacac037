"""Where numbers can be: digits and number words, found with ``str.find`` instead of a scan.

Trying the number reader at every token of every statement is the slow part of quantity
finding; most tokens are not numbers. The anchors are found once per text (one trie regex for
the lexicon words, one for digits), and the reader only runs in windows around them.

>>> from khabar.text import fold
>>> text = fold("قال إن ثلاثة آلاف شخص و40 أسرة نزحوا")
>>> [text[a:b] for a, b in number_windows(text, number_anchors(text, 0, len(text), "ar"), 0, len(text))]
['قال ان ثلاثه الاف شخص و40 اسره نزحوا']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache

from khabar.numbers._lexicon import dual_nouns, number_lexicon
from khabar.numbers.wordfind import WordFinder, digit_starts
from khabar.text import fold

_BEFORE = 48  # «ما لا يقل عن», "as many as": the approximation words before a number
_AFTER = 64  # scale word, %, unit, «على الأقل» after it
_CLITICS = "وبلفك"
_FEMININE_DUAL_PAIR = re.compile(r"(?<!\S)(?!ال)\S{3,}(ت[يا]ن)\s+(?!ال)\S{3,}\1(?!\S)")


@cache
def _anchor_words(lang: str) -> tuple[str, ...]:
    lex = number_lexicon(lang)
    words = set(lex.words) | set(dual_nouns(lang))
    if lang == "ar":  # «الأيام العشرة»، «فوق الأربعين»: definite cardinals
        words |= {f"ال{w}" for w, e in lex.words.items() if e.kind in ("cardinal", "teen_head")}
        words |= {f"ال{w}" for w, e in lex.words.items() if e.kind == "hundred"}  # «قارب المئة»
    words |= {"$", "€", "£"}
    return tuple(sorted(words))


@cache
def _finder(lang: str) -> WordFinder:
    return WordFinder(_anchor_words(lang), _CLITICS)


def number_anchors(text: str, start: int, end: int, lang: str) -> list[int]:
    """Sorted positions in ``text[start:end]`` (normalised) where a number may begin."""
    hits = list(digit_starts(text, start, end))
    if lang == "ar":  # «توصيتين صريحتين»: a feminine dual and its adjective; «انفجارين»
        hits.extend(_feminine_dual_pairs(text, start, end))
        hits.extend(_words_ending(text, start, end, _MASCULINE_DUAL_ENDING, masculine_dual))
        hits.extend(_words_ending(text, start, end, _FEMININE_DUAL_WORD_END, feminine_dual))
    for i, word in _finder(lang).candidates(text, start, end):
        if _starts_word(text, i, word) and not _continues(text, i + len(word)):
            hits.append(i)
    return sorted(hits)


# folded verbal nouns of the derived verb forms, which have no sound masculine plural, so
# that their -ين is a dual: انفعال (انفجار)، افتعال (امتحان، اضطراب)، استفعال (استطلاع)،
# تفعيل (تقرير)، إفعال (إعلان)
_VERBAL_NOUN = re.compile(r"(?:ان\w\wا\w|ا\w[تطد]\wا\w|است\w\wا\w|ت\w\wي\w|ا\w\wا\w)")


def masculine_dual(word: str) -> str | None:
    """«انفجارين», «الامتحانين», «باستطلاعين»: a folded word that is a verbal noun of a
    derived verb form with the dual ending -ين; its lemma (those nouns have no sound
    masculine plural in -ين: «المهندسين», «الموظفين» are plurals and stay out).

    >>> masculine_dual("انفجارين"), masculine_dual("الامتحانين"), masculine_dual("وتقريرين")
    ('انفجار', 'امتحان', 'تقرير')
    >>> masculine_dual("المهندسين"), masculine_dual("الطيارين"), masculine_dual("التامين")
    (None, None, None)
    """
    if len(word) < 7 or not word.endswith("ين"):
        return None
    stem = word[:-2]
    bare = [stem, stem[1:]] if stem[:1] in _CLITICS else [stem]
    # the article is taken off, never read as the start of a noun (الطيارين is no «إفعال»)
    bare = [w[2:] if w.startswith("ال") else w for w in bare]
    if stem.startswith("لل"):
        bare = [stem[2:]]  # للامتحانين: ل + ال
    return next((w for w in bare if _VERBAL_NOUN.fullmatch(w)), None)


# the end of the first word of a feminine dual pair: «تين»/«تان» before a space
_DUAL_ENDING = re.compile(r"ت[يا]ن\s")


def _feminine_dual_pairs(text: str, start: int, end: int) -> list[int]:
    """The starts of ``_FEMININE_DUAL_PAIR.finditer(text, start, end)``, found quicker.

    The pattern can only match at the start of a word that ends in «تين»/«تان» before a space
    (its lookbehind sees the text before ``start``, so it never matches inside a word): the
    pattern is tried at just those word starts (found from the ending, which the regex engine
    scans for by its first letter), in order and skipping what a match took, as ``finditer``
    does. Trying it at every position of an article is slow.
    """
    out: list[int] = []
    resume = start
    for m in _DUAL_ENDING.finditer(text, start, end):
        word = m.start()
        while word > start and not text[word - 1].isspace():
            word -= 1
        if word < resume or (word == start and start > 0 and not text[start - 1].isspace()):
            continue
        found = _FEMININE_DUAL_PAIR.match(text, word, end)
        if found is not None:
            out.append(word)
            resume = found.end()
    return out


# feminine duals that need no adjective: definite («الطائرتين»، «الحالتان») or with a
# possessive («طائرتاها»، «سيارتيه»); not the words that end so without being duals
# (not «-تيه»/«-تاه»: folded, those are the nisba «التحتية» and «الفتاة»)
_FEMININE_DUAL_WORD = re.compile(
    r"(?:[وفبك]?(?:ال|لل)(\w{3,})ت(?:ين|ان)|[وفبلك]?(\w{3,})ت(?:اها|اهم|يها|يهم))"
)
_NOT_FEMININE_DUALS = frozenset(
    fold(w)
    for w in "الأرجنتين أرجنتين البروتين الكيراتين الاثنتين الاثنتان اللاتين البساتين".split()
)


def feminine_dual(word: str) -> str | None:
    """«الطائرتين», «والحالتان», «طائرتاها»: a folded word that is a feminine dual on its
    own (with the article or a possessive); its lemma (stem + ة).

    >>> feminine_dual("الطايرتين"), feminine_dual("طايرتاها"), feminine_dual("للرحلتين")
    ('طايرة', 'طايرة', 'رحلة')
    >>> feminine_dual("الارجنتين"), feminine_dual("الاثنتين"), feminine_dual("الثلاثين")
    (None, None, None)
    """
    if word in _NOT_FEMININE_DUALS or word[1:] in _NOT_FEMININE_DUALS:
        return None
    m = _FEMININE_DUAL_WORD.fullmatch(word)
    if m is None:
        return None
    return (m.group(1) or m.group(2)) + "ة"


_FEMININE_DUAL_WORD_END = re.compile(r"ت(?:ين|ان|اها|اهم|يها|يهم)(?!\w)")


def _words_ending(
    text: str, start: int, end: int, ending: re.Pattern[str], reads: Callable[[str], str | None]
) -> list[int]:
    """The starts of the words of ``text[start:end]`` that end in ``ending`` and that
    ``reads`` reads (a dual: :func:`feminine_dual`, :func:`masculine_dual`); the regex engine
    finds the endings, and only those words are read."""
    out = []
    for m in ending.finditer(text, start, end):
        word = m.start()
        while word > start and text[word - 1].isalnum():
            word -= 1
        if reads(text[word : m.end()]):
            out.append(word)
    return out


_MASCULINE_DUAL_ENDING = re.compile(r"ين(?!\w)")


def _starts_word(text: str, i: int, word: str) -> bool:
    if not word[0].isalnum() or i == 0 or not text[i - 1].isalnum():
        return True
    return text[i - 1] in _CLITICS and (i == 1 or not text[i - 2].isalnum())


def _continues(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalpha()


def number_windows(
    text: str, anchors: Sequence[int], start: int, end: int
) -> list[tuple[int, int]]:
    """Merged stretches of ``[start, end)`` around the anchors, cut at word boundaries."""
    out: list[tuple[int, int]] = []
    for i in anchors[bisect_left(anchors, start) :]:
        if i >= end:
            break
        a = _back_to_space(text, max(start, i - _BEFORE), start)
        b = _to_space(text, min(end, i + _AFTER), end)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _to_space(text: str, i: int, end: int) -> int:
    """The first space at or after ``i`` (or ``end``): a regex, not a loop over characters."""
    found = _NOT_SPACES.match(text, i, end)
    return i if found is None else found.end()


_NOT_SPACES = re.compile(r"\S*")  # «\S» is what str.isspace() is not


def _back_to_space(text: str, i: int, start: int) -> int:
    while i > start and not text[i - 1].isspace():
        i -= 1
    return i

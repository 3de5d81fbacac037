"""«اليوم» and "Today" as the last word of a name («بوابة النيل اليوم», "Egypt Today").

A day word ends a name, and is no date, when

* it closes a short quoted name: «مصر اليوم», "Egypt Today" (two to four words in quotes);
* it follows an outlet noun with a clitic and one name word: «لصحيفة المصري اليوم»,
  «عبر موقع النيل اليوم» — the outlet is who was spoken to or read, not the speaker;
* in English, it is capitalised inside a sentence after a capitalised word ("told Egypt Today").

>>> from khabar.text import normalise
>>> text = "قال لـ«بوابة النيل اليوم» إن الجلسة انتهت"
>>> norm = normalise(text)
>>> i = norm.text.index("اليوم")
>>> day_word_in_name(norm, i, i + len("اليوم"))
True
>>> text = "قال الوزير اليوم إن الجلسة انتهت"
>>> norm = normalise(text)
>>> i = norm.text.index("اليوم")
>>> day_word_in_name(norm, i, i + len("اليوم"))
False
"""

from __future__ import annotations

from khabar.text import NormalizedText

OPEN_QUOTES = '«“"'
CLOSE_QUOTES = '»”"'
_MAX_NAME_WORDS = 4

# Heads of an outlet or programme name, folded as the normalised text folds them (ة → ه).
OUTLET_HEADS = frozenset(
    {
        "بوابه",
        "صحيفه",
        "جريده",
        "موقع",
        "قناه",
        "وكاله",
        "مجله",
        "شبكه",
        "اذاعه",
        "تلفزيون",
        "برنامج",
        "منصه",
    }
)
# Words that describe an outlet rather than name it («وكالة الأنباء اليوم» is "today").
_GENERIC_OUTLET_WORDS = frozenset({"الانباء", "الرسميه", "المحليه", "الوطنيه", "الاخباري"})
_HEAD_CLITICS = ("ول", "وب", "ل", "ب")
_HEAD_PREPOSITIONS = frozenset({"عبر", "على", "في", "من", "الى"})


def day_word_in_name(norm: NormalizedText, start: int, end: int) -> bool:
    """The day word at ``norm.text[start:end]`` is the end of a name, not a date."""
    return (
        _closes_short_quote(norm.text, start, end)
        or _after_outlet_name(norm.text, start)
        or _capitalised_in_name(norm, start)
    )


def _closes_short_quote(text: str, start: int, end: int) -> bool:
    """«مصر اليوم»: a quote of a few words that ends with the day word, introduced as a name
    (after a clitic or an outlet noun: لـ«…», صحيفة «…») or read on by the sentence."""
    if end >= len(text) or text[end] not in CLOSE_QUOTES:
        return False
    line_start = max(text.rfind("\n", 0, start), text.rfind(".", 0, start)) + 1
    opening = max(text.rfind(q, line_start, start) for q in OPEN_QUOTES)
    if opening < 0 or not 2 <= len(text[opening + 1 : end].split()) <= _MAX_NAME_WORDS:
        return False
    before = text[line_start:opening].split()
    named = bool(before) and (before[-1] in ("ل", "ب") or _outlet_word(before[-1]))
    after = text[end + 1 :].lstrip()
    return named or (after[:1].isalnum())


def _after_outlet_name(text: str, start: int) -> bool:
    """«لصحيفة المصري اليوم»: an outlet noun with a clitic, one name word, the day word."""
    words = [w.strip(OPEN_QUOTES) for w in text[max(0, start - 60) : start].split()]
    if len(words) < 2 or words[-1] in _GENERIC_OUTLET_WORDS:
        return False
    head = words[-2]
    if head in OUTLET_HEADS:
        return len(words) > 2 and words[-3] in _HEAD_PREPOSITIONS
    return _outlet_word(head) and head not in OUTLET_HEADS


def _outlet_word(word: str) -> bool:
    """An outlet noun, bare or with a clitic: صحيفه، لصحيفه، وبقناه."""
    return word in OUTLET_HEADS or any(
        word.startswith(c) and word[len(c) :] in OUTLET_HEADS for c in _HEAD_CLITICS
    )


def _capitalised_in_name(norm: NormalizedText, start: int) -> bool:
    """ "told Egypt Today": "Today" capitalised mid-sentence after a capitalised word."""
    orig = norm.orig
    i = norm.to_orig(start)
    if i >= len(orig) or not orig[i].isupper() or not orig[i].isascii():
        return False
    before = orig[max(0, i - 40) : i].rstrip()
    if not before or before[-1] in ".!?:\n" + OPEN_QUOTES:
        return False
    previous = before.split()[-1]
    return previous[:1].isupper()

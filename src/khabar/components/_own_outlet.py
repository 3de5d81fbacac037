"""The article's own outlet, when a statement's speaker is the outlet speaking of itself.

«ولم يتسنَّ للوكالة التحقق من الرواية» — "the agency" is the outlet that wrote the article,
named in its dateline: «وادي الرمان – الياسمين: أعلنت وزارة …» or «تل الزيتون – «البيدر»: …».
The speaker keeps its own words as ``text``; its ``name`` becomes the outlet's name.
"""

from __future__ import annotations

import re

from khabar.components._ar_lexicon import given_names, speaker_heads
from khabar.model import Document
from khabar.text import fold

# «البلدة – «البيدر»:», «البلدة - الياسمين:» at the start of the first paragraphs
_DATELINE = re.compile(r"([^\n:«»–—-]{2,40}?)\s*[–—-]\s*(«[^\n:«»]{2,30}»|[^\n:«»]{2,30}?)\s*:")
# the outlet's words for itself: «الوكالة», «للصحيفة», «الموقع» …
_OWN_WORDS = frozenset(
    fold(w) for w in ("الوكالة", "الصحيفة", "الجريدة", "الموقع", "القناة", "الإذاعة", "المجلة")
)


def dateline_outlet(doc: Document) -> str | None:
    """The outlet a dateline names in one of the first two paragraphs after the headline.

    >>> dateline_outlet(Document("عنوان\\n\\nالبلدة – «البيدر»: أعلنت الوزارة …"))
    '«البيدر»'
    >>> dateline_outlet(Document("عنوان\\n\\nالبلدة - هالة العلي: أعلنت الوزارة …")) is None
    True
    """
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip()][1:3]
    for paragraph in paragraphs:
        m = _DATELINE.match(paragraph)
        if m is None:
            continue
        outlet = m.group(2).strip()
        first = fold(outlet.strip("«» ").split()[0]) if outlet.strip("«» ") else ""
        return None if first in given_names() else outlet  # a reporter's name, not an outlet
    return None


def is_own_outlet(text: str) -> bool:
    """Whether a speaker phrase is the outlet's word for itself («للوكالة», «وكالتنا»).

    >>> is_own_outlet("للوكالة"), is_own_outlet("لوكالة"), is_own_outlet("لوكالتنا")
    (True, True, True)
    >>> is_own_outlet("وكالة «الرصد»"), is_own_outlet("للمرصد")
    (False, False)
    """
    word = fold(text).strip("«» ")
    if " " in word:
        return False
    candidates = {word}
    if word.startswith("ل"):  # «لوكالتنا»; «لوكالة» is what is left of «للوكالة»
        candidates |= {word[1:], "ال" + word[1:], "ال" + word[2:]}
    heads = speaker_heads()
    return any(w in _OWN_WORDS or heads.get(w) == "self" for w in candidates)

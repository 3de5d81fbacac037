"""An admission that concedes what someone else said earlier is a confirmation.

SPEC §1: ``confirm`` is for a speaker who confirms a claim made by others. «أقرّ الوزير بأن
الرسالة وصلت» after a resident said the letter had been sent, or "the director admitted the
cameras were off" after a guard said so, concede that claim; «أقرّت الوزارة بأخطاء» with no
such claim before it is an assertion. The test is lexical: the admission shares at least
``SHARED`` content words (folded, first five letters) with an earlier statement of another
speaker in the same article.
"""

from __future__ import annotations

import re

from khabar.model import Document, Statement
from khabar.text import fold

# Arabic lemmas; English admissions share the lemma "say" and are told by the cue word
ADMISSIONS = frozenset(fold(w) for w in ("أقرّ", "اعترف"))
SHARED = 2
_ARTICLE = re.compile(r"^(?:و|ف|ب|ل)?(?:ال|لل)")
_EN_ADMISSION = re.compile(r"^(?:acknowledg|admit|conced)")
_STOP = frozenset(
    fold(w)
    for w in (
        "في من على إلى الى عن أن ان إن بأن لأن لا لم لن ما هذا هذه ذلك التي الذي قد كان كانت مع أو"
        " بعد قبل منذ كل أي هو هي the a an of to in on and or that was were is are be been"
        " had has have it its will would could not no he she they we for with by at as from"
    ).split()
)


def concedes_earlier_claim(doc: Document, k: int) -> bool:
    """Whether statement ``k`` is an admission that repeats another speaker's earlier claim.

    >>> import khabar
    >>> doc = khabar.extract("قال حارس إن المضخات كانت متوقفة منذ أسابيع. "
    ...                      "وأقرّت المديرة بأن المضخات كانت متوقفة.")
    >>> [st.stance for st in doc.statements]
    ['assert', 'confirm']
    """
    st = doc.statements[k]
    if not _admits(st):
        return False
    mine = _words(st.content.text)
    who = _speaker_key(st)
    return any(
        _speaker_key(earlier) != who and len(mine & _words(earlier.content.text)) >= SHARED
        for earlier in doc.statements[:k]
    )


def _admits(st: Statement) -> bool:
    lemma = fold(st.cue.lemma or "")
    word = st.cue.text.lower().split()[-1] if st.cue.text.split() else ""
    return lemma in ADMISSIONS or bool(_EN_ADMISSION.match(word))


def _speaker_key(st: Statement) -> str:
    sp = st.speaker
    return fold(sp.name or sp.text) if sp is not None else ""


def _words(text: str) -> frozenset[str]:
    """Folded content words without «و/ب/ل» and the article, cut to five letters.

    >>> sorted(_words("بأن المضخات كانت متوقفة"))
    ['متوقف', 'مضخات']
    """
    out = set()
    for word in re.findall(r"\w+", fold(text).lower()):
        if word in _STOP or len(word) < 3 or word.isdigit():
            continue
        if len(word) > 4:
            word = _ARTICLE.sub("", word)
        out.add(word[:5])
    return frozenset(out)

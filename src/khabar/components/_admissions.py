"""An admission is a confirmation.

SPEC §1: ``confirm`` is for a speaker who confirms a claim made by others. To admit
(«أقرّ الوزير بأن الرسالة وصلت», «اعترفت الشركة بأن …», "the director acknowledged / admitted
/ conceded that the cameras were off") is to concede what others have said — in this article
or in the reporting before it, which an extractor that reads one article cannot see. An
admission is therefore ``confirm`` whether or not the article quotes the claim it concedes;
a hedge or a condition in it still wins (those stances are decided first).

Our gold sets written after blind8 annotate every admission so (17 of them); blind2, blind3
and blind7, written earlier, annotate 8 as ``assert``.
"""

from __future__ import annotations

import re

from khabar.model import Statement
from khabar.text import fold

# Arabic lemmas; English admissions share the lemma "say" and are told by the cue word
ADMISSIONS = frozenset(fold(w) for w in ("أقرّ", "اعترف"))
_EN_ADMISSION = re.compile(r"^(?:acknowledg|admit|conced)")


def is_admission(st: Statement) -> bool:
    """Whether a statement's cue admits («أقرّ», «اعترف», "acknowledged", "admitted", "conceded").

    >>> import khabar
    >>> doc = khabar.extract("وأقرّت المديرة بأن المضخات كانت متوقفة منذ أسابيع.")
    >>> is_admission(doc.statements[0]), doc.statements[0].stance
    (True, 'confirm')
    """
    lemma = fold(st.cue.lemma or "")
    word = st.cue.text.lower().split()[-1] if st.cue.text.split() else ""
    return lemma in ADMISSIONS or bool(_EN_ADMISSION.match(word))

"""Arabic attribution rules: which cue words of a sentence open a statement.

A cue word is a hit when it stands outside a quotation, passes cheap plausibility checks
(«رفض» only with «التعليق» close by, «بيّن» only before «أن» …) and is not a verb inside
content already reported («… قوله إن التحقيقات تشير إلى أن …»). Pure functions over the
tokens of one sentence; :class:`khabar.components.attr_ar.ArabicRules` parses each hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress, count
from operator import itemgetter

from khabar.components._ar_adjuncts import is_adjunct_noun
from khabar.components._ar_by_saying import by_saying_after
from khabar.components._ar_lexicon import (
    BUT,
    CAPTION,
    CONFIRMATIONS,
    DECLINE_OBJECTS,
    NOT_STATEMENT_PARTICIPLES,
    PLATFORM,
    PLEAS,
    PUNCT_STOP,
    CueEntry,
    cue_surface_forms,
    given_names,
    head_of,
    is_complementiser,
    is_definite,
    is_handle,
    lookup_cue,
    rejected_claims,
    strip_conj,
)
from khabar.components._ar_relatives import RELATIVES
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Token
from khabar.numbers._lexicon import number_lexicon
from khabar.text import fold

# a hit: the token index, the cue form found and its lexicon entry
Hit = tuple[int, str, CueEntry]

# the marks inside_quotes counts
QUOTE_MARKS = frozenset('«“»”"')
# «قدّر X الخسائر بنحو …»: how an estimate is given
ESTIMATES = frozenset(
    fold(w)
    for w in "بنحو بحوالي بقرابة بما بأكثر بأقل".split()
    # vague amounts: «قدّر عدد المحتجين بالمئات», «بعشرات الآلاف»
    + "بالعشرات بالمئات بالآلاف بالألوف بالملايين بعشرات بمئات بآلاف بملايين".split()
)


def estimate_at(toks: list[Token], k: int) -> bool:
    """:func:`estimate_word` at ``toks[k]``, also when a quotation opens after «بـ»: «قدّرت
    الجمعية عددهم بـ«عشرات الآلاف»»."""
    if estimate_word(toks[k].text):
        return True
    return (
        toks[k].text == "ب"
        and k + 2 < len(toks)
        and toks[k + 1].text in OPEN_QUOTES
        and estimate_word("ب" + toks[k + 2].text)
    )


def estimate_word(word: str) -> bool:
    """«بنحو», «بحوالي», «بما يقارب», «ب15», «بالآلاف», «بألف»: how an estimate is given
    after «قدّر».

    >>> estimate_word("بنحو"), estimate_word("ب15"), estimate_word("بالمئة")
    (True, True, False)
    >>> estimate_word(fold("بالآلاف")), estimate_word(fold("بألف")), estimate_word(fold("بثلاثة"))
    (True, True, True)
    """
    if word in ESTIMATES or (word[:1] == "ب" and word[1:2].isdigit()):
        return True
    return word[:1] == "ب" and word[1:] in number_lexicon("ar").words


def statement_hits(toks: list[Token], is_cue: Callable[[Token], bool]) -> list[Hit]:
    """The hits of one sentence that open statements of their own, in order.

    ``is_cue`` tells a cue word from a name or noun that folds like one («روي», «رأي»).
    """
    hits = [
        h
        for n, h in enumerate(cue_hits(toks, is_cue))
        if plausible_hit(toks, h[0], h[2]) and (n == 0 or not embedded_hit(toks, h[0]))
    ]
    return [
        h
        for n, h in enumerate(hits)
        # «وأكد الوزير ما أفاد به مسؤول …»: "what X said" inside the first statement
        # «وحسب ما أفاد به مصدر …»: the source of «حسب», not a second report
        if not (
            n > 0 and h[0] > 0 and toks[h[0] - 1].text == "ما" and hits[0][2].cls in ("say", "acc")
        )
        # «… "لم تتجاوز 60 بالمائة" حسب معطيات الإدارة»: the source of a figure, not a new report
        and not (n > 0 and h[2].cls == "acc" and toks[h[0] - 1].text not in ("،", ",") and h[0] > 2)
        # «وأضاف X، بحسب ما نقلته الوكالة، أن …»: where the words were relayed, an aside
        and not (n > 0 and h[2].cls == "acc" and _relay_aside(toks, hits[n - 1][0], h[0]))
    ]


# «قبل/بعد أن …»: a complementiser that opens a time clause, not what was said
_TIME_CONJUNCTIONS = frozenset(fold(w) for w in "قبل بعد دون بدون منذ حتى".split())
# verbs whose object is the verbal noun that a cue form can also be: «أعادت نشر», «تمّ نشر»
VERBAL_NOUN_TAKERS = frozenset(
    fold(w) for w in "أعاد أعادت أعادوا يعيد تعيد يعيدون إعادة تم يتم سيتم".split()
)


def plausible_hit(toks: list[Token], i: int, entry: CueEntry) -> bool:
    """Cheap checks before parsing: «رفض» is a cue only with «التعليق» close by."""
    if i > 0 and toks[i - 1].text in RELATIVES and not _said_right_after(toks, i):
        return False  # «المراقب الذي رصد المخالفة»: the verb of a clause about someone
    if entry.cls == "relay":
        return any(t.text in ("عن", "من") for t in toks[i + 1 : i + 12])  # «ونقل الناخبين بحافلات»
    if strip_conj(toks[i].text) == "بين":  # «وبيّن (الوزير) أن», not «بين»
        for k in range(i + 1, min(len(toks), i + 8)):
            if is_complementiser(toks, k):
                return True
            if toks[k].text in PUNCT_STOP or toks[k].text in ("و", "الي"):
                break
        return _bayyana_with_asides(toks, i)
    if strip_conj(toks[i].text) == "دون":  # «دون أن», «دون جدوى»: without, not «دوّن»
        return any(is_handle(t.text) or t.text in PLATFORM for t in toks)
    if toks[i].text == "فحسب" and not (i + 1 < len(toks) and toks[i + 1].text == "ما"):
        return False  # «ليس … فحسب بل»: "only", not «حسب»
    if entry.lemma == "كذّب":  # «كذّب الوزير …», not «كذب» (a lie)
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        return is_definite(nxt) or head_of(nxt) is not None or nxt in given_names()
    if entry.lemma == "تساءل":  # «وتساءل النائب: «…»», not «تساءل عن سبب …» (asked about)
        return any(t.text == ":" or t.text in OPEN_QUOTES for t in toks[i + 1 : i + 14])
    if entry.lemma == "دفع":  # «دفع الدفاع ببطلان …», not «دفع ١٢ مليونًا» or «يدفع بتعزيزات»
        return any(t.text in PLEAS for t in toks[i + 1 : i + 14])
    if entry.lemma == "قدّر" and toks[i].text in ("قدرها", "قدروها"):
        # «، إذ قدّرها خبير … بنحو …» (estimated it), not «بزيادة قدرها …» (amounting to)
        if not (i > 0 and toks[i - 1].text in ("اذ", "حيث", "،", ",")):
            return False
    if entry.lemma == "قدّر" and entry.cls == "say":  # «قدّر X الخسائر بنحو …», not «بقدر»
        if i + 1 < len(toks) and estimate_word(toks[i + 1].text):
            return False  # «مبالغ قُدّرت بمليارات …»: the passive, nobody estimates
        return any(estimate_at(toks, k) for k in range(i + 1, min(len(toks), i + 20))) or (
            _opens_clause(toks, i) and _that_ahead(toks, i, 16)  # «وقدّرت الصحيفة … أن …»
        )
    if entry.lemma == "رأى" and strip_conj(toks[i].text).startswith("ر"):  # رأى/رأت, not يرى
        # «ورأى الوزير أن …», «رأى الأمير «…»», not «ثم رأى دخانًا يتصاعد» (saw)
        for k in range(i + 1, min(len(toks), i + 14)):
            if toks[k].text == ":" or toks[k].text in OPEN_QUOTES:
                return True  # «رأى الأمير «…»»
            if is_complementiser(toks, k):  # «ورأى الوزير أن …», not «… قبل أن يعلن»
                return toks[k - 1].text not in _TIME_CONJUNCTIONS
        return False
    if entry.lemma == "رجّح" and strip_conj(toks[i].text) in ("يرجح", "ترجح"):
        # «ويُرجَّح أن تكون الشفرة قد انكسرت»: the impersonal passive, nobody judges
        return not (i + 1 < len(toks) and is_complementiser(toks, i + 1))
    if entry.lemma == "طمأن":  # «طمأن الوزير المزارعين إلى أن …»
        return _that_ahead(toks, i, 14)
    if entry.lemma == "أصرّ":  # «أصرّ على أن …», not «أصرّ على البقاء» nor «أصر أن يسافر»
        return any(
            toks[k].text == "علي" and is_complementiser(toks, k + 1)
            for k in range(i + 1, min(len(toks) - 1, i + 10))
        )
    if entry.lemma == "تعهّد" and entry.cls == "part":  # «، متعهدًا بأن …», «، متعهدًا: «…»»
        if i + 1 < len(toks) and toks[i + 1].text.startswith("ب") and len(toks[i + 1].text) > 3:
            # «، متعهدًا بعدم رفع الأسعار «ما دمت …»»: a pledge whose words are quoted
            return any(t.text in OPEN_QUOTES for t in toks[i + 2 : i + 10])
        return any(
            is_complementiser(toks, k) or toks[k].text == ":" or toks[k].text in OPEN_QUOTES
            for k in range(i + 1, min(len(toks), i + 3))
        )
    if entry.lemma == "عدّ":  # «وعدّ الوزير أن …», not «عدّ الأصوات … قبل أن» (counted)
        that = next(
            (k for k in range(i + 2, min(len(toks), i + 10)) if is_complementiser(toks, k)), 0
        )
        return _opens_clause(toks, i) and that > 0 and toks[that - 1].text not in _TIME_CONJUNCTIONS
    if entry.lemma in ("تمسّك", "أوصى"):  # «وتمسّكت الشركة بأن …», not «تمسّك الفريق بالفوز»
        return any(t.text in ("بان", "بانه", "بانها", "بانهم") for t in toks[i + 1 : i + 8])
    if strip_conj(toks[i].text) in ("ليوكد", "لتوكد"):  # «وعاد X ليؤكد أن …», not «ليؤكد براءته»
        return i + 1 < len(toks) and (
            bool(is_complementiser(toks, i + 1)) or toks[i + 1].text == ":"
        )
    if entry.lemma == "دحض" and entry.cls == "say":  # «ودحض الوزير …», not «دحضُ الشائعات»
        return _opens_clause(toks, i) or toks[i - 1].text == "قد"
    if entry.lemma == "حمّل":  # «حمّل الوزير المقاول المسؤولية», not «حمل لافتات»
        return _blames(toks, i)
    if entry.lemma == "أعرب":  # «أعرب الوزير عن قلقه من أن …», not «أعرب عن تضامنه»
        return any(t.text == "عن" for t in toks[i + 1 : i + 8]) and _that_ahead(toks, i, 18)
    if entry.lemma == "عزا":  # «عزا/أرجع الوزير الأزمة إلى …»: a cause, with إلى
        return any(t.text in ("الي", "لي") for t in toks[i + 1 : i + 16])
    return _plausible_by_context(toks, i, entry)


_RESPONSIBILITY = frozenset(fold(w) for w in ("المسؤولية", "مسؤولية", "بالمسؤولية"))


def _relay_aside(toks: list[Token], cue: int, i: int) -> bool:
    """The «بحسب/وفق» at ``i`` opens an aside between commas right after the subject of the
    cue at ``cue`` («وأضاف X، بحسب الصحيفة، أن …»): the words after it are the cue's.

    >>> from khabar.components._draft import tokenize
    >>> _relay_aside(tokenize("واضاف الكردي ، بحسب الصحيفه ، ان الميناء سيغلق"), 0, 3)
    True
    >>> _relay_aside(tokenize("واضاف الكردي ان العدد ارتفع ، بحسب الصحيفه"), 0, 6)
    False
    """
    if i - cue > 8 or toks[i - 1].text not in ("،", ","):
        return False
    if any(is_complementiser(toks, k) or toks[k].text == ":" for k in range(cue + 1, i)):
        return False  # the cue's words came before: the «بحسب» is a source of its own
    for k in range(i + 1, min(len(toks) - 1, i + 14)):
        if toks[k].text in ("،", ","):
            return bool(is_complementiser(toks, k + 1))
        if toks[k].text in PUNCT_STOP:
            return False
    return False


def _calls_for_words(toks: list[Token], i: int) -> bool:
    """«، داعيًا إلى «…»» or «إلى أن …»: the participle of calling at ``i`` reports words
    (a statement of its own), where «داعيًا إلى الهدوء» only ends the content before it.

    >>> from khabar.components._draft import tokenize
    >>> _calls_for_words(tokenize("داعيا الي « حوار »"), 0), _calls_for_words(tokenize("داعيا الي الهدوء"), 0)
    (True, False)
    """
    return (
        i + 2 < len(toks)
        and toks[i + 1].text == "الي"
        and (toks[i + 2].text in OPEN_QUOTES or bool(is_complementiser(toks, i + 2)))
    )


def _blames(toks: list[Token], i: int) -> bool:
    """«المسؤولية» after an object of «حمّل» at ``i``, within twelve words of the clause:
    «وحمّلت النقابة الإدارة المسؤولية», «، محمّلًا الوزير «مسؤولية» التأخير» — not «حمل
    المتظاهرون لافتات» (carried), nor «حمل المسؤولية» with no one blamed.

    >>> from khabar.components._draft import tokenize
    >>> from khabar.text import fold
    >>> blames = lambda s: _blames(tokenize(fold(s)), 0)
    >>> blames("وحملت النقابة الإدارة المسؤولية عن التأخير"), blames("وحمل المتظاهرون لافتات")
    (True, False)
    >>> blames("محملة المسؤولية لشركة النقل"), blames("وحمل المسؤولية عن التأخير")
    (True, False)
    """
    if (
        i + 2 < len(toks)
        and toks[i + 1].text in _RESPONSIBILITY
        and (toks[i + 2].text in ("علي", "لـ") or toks[i + 2].text.startswith("ل"))
    ):
        return True  # «، محمّلةً المسؤولية لشركة …», «حمّل المسؤولية على …»: the party after it
    for k in range(i + 2, min(len(toks), i + 13)):
        if strip_conj(toks[k].text) in _RESPONSIBILITY:
            return True
        if toks[k].text in (".", "!", "?", "؟", "؛") or lookup_cue(toks[k].text) is not None:
            return False
    return False


def _said_right_after(toks: list[Token], i: int) -> bool:
    """Whether the cue at ``i``, inside a relative clause, opens what was said: إن/أن, «:»
    or a quotation within six words («التي قالت إن», «الذي نفى بدوره أن», «التي يقول كثيرون
    إنها»), and no object right after it («الذي رصد المخالفة، في اتصال …، إنه»: the clause
    names someone).
    """
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    subject_then_that = i + 2 < len(toks) and bool(is_complementiser(toks, i + 2))
    if is_definite(nxt) and head_of(nxt) is None and not subject_then_that:
        return False  # «التي قال القراصنة إنهم …» keeps its subject
    return any(
        is_complementiser(toks, k) or toks[k].text == ":" or toks[k].text in OPEN_QUOTES
        for k in range(i + 1, min(len(toks), i + 7))
    )


def _opens_clause(toks: list[Token], i: int) -> bool:
    """The cue at ``i`` starts its clause: first word, «و/ف» on it, or after punctuation."""
    return i == 0 or toks[i].text[0] in "وف" or toks[i - 1].text in PUNCT_STOP


def _that_ahead(toks: list[Token], i: int, span: int) -> bool:
    """إن/أن within ``span`` words after the cue at ``i``, with no other cue before it."""
    for k in range(i + 1, min(len(toks), i + span)):
        if is_complementiser(toks, k):
            return True
        if lookup_cue(toks[k].text) is not None or toks[k].text in (".", "!", "?", "؟", "؛"):
            return False
    return False


# what follows the rejected claim: «الاتهامات بأن …», «التقارير التي …», «الرواية الرسمية.»
CLAIM_FOLLOWERS = frozenset(
    fold(w) for w in "بأن بأنه بأنها التي الذي القائلة الواردة المتداولة حول عن".split()
)


def _bayyana_with_asides(toks: list[Token], i: int) -> bool:
    """«وبيّن مدير الإدارة سامر نمر، خلال لقاء مع الأهالي، أن …»: «بيّن» opening its clause,
    a speaker head right after it, and «أن» within 25 words past commas — not the
    preposition of «بين الوزارة والنقابة خلاف، وقال …» (a second party, another cue)."""
    if not _opens_clause(toks, i) or i + 2 >= len(toks):
        return False
    subject = toks[i + 1].text
    set_off = is_definite(subject) and toks[i + 2].text in ("،", ",")  # «وبيّن التقرير، الذي …، أن»
    if head_of(subject) is None and not set_off:
        return False
    for k in range(i + 2, min(len(toks), i + 26)):
        t = toks[k].text
        if is_complementiser(toks, k):
            return True
        if t in (".", "!", "?", "؟", ":", "؛") or lookup_cue(t) is not None:
            return False
        if t.startswith("وال") and (head_of(t[1:]) or head_of(t[3:])):
            return False  # «بين الوزارة والنقابة»: two parties, a preposition
    return False


def rejects_claim(toks: list[Token], i: int) -> bool:
    """«ورفضت الوزارة الاتهامات التي …»: a claim noun (rejected_claims.tsv) within the four
    words after «رفض», with no «التعليق/الكشف …» before it, followed by what the claim says
    or by the end of the clause (not «ترفض الأرقام القياسية», records)."""
    for k in range(i + 1, min(len(toks), i + 5)):
        t = toks[k].text
        if t in DECLINE_OBJECTS or t in PUNCT_STOP:
            return False
        if t in rejected_claims():
            nxt = toks[k + 1].text if k + 1 < len(toks) else "."
            return nxt in CLAIM_FOLLOWERS or nxt in PUNCT_STOP
    return False


def withholds_confirmation(toks: list[Token], i: int) -> int | None:
    """Where «تأكيد/نفي» stands when the refusal at ``i`` withholds a confirmation: «وامتنع
    المتحدث، العقيد X، عن تأكيد الرقم», «ورفضت الوزارة تأكيد …» (within twelve words of the
    clause, after «عن», or anywhere there after «رفض»); None otherwise.

    >>> from khabar.components._draft import tokenize
    >>> from khabar.text import fold
    >>> withholds_confirmation(tokenize(fold("وامتنع المتحدث عن تأكيد الرقم")), 0)
    3
    """
    for k in range(i + 2, min(len(toks), i + 13)):
        t = toks[k].text
        if t in CONFIRMATIONS:
            refused = strip_conj(toks[i].text).startswith("رفض")
            return k if refused or toks[k - 1].text == "عن" else None
        if t in (".", "!", "?", "؟", "؛", ":") or t in DECLINE_OBJECTS or lookup_cue(t):
            return None
    return None


# «اسمه», «هويتها»: one's own name or identity, what an anonymous source withholds (not
# «أسماء الرياضيين», the names a refusal is about)
_OWN_NAME = re.compile(r"^(?:اسم|هويت)(?:ه|ها|هم|هما|ي)$")


def _plausible_by_context(toks: list[Token], i: int, entry: CueEntry) -> bool:
    """The checks on the words around a hit: declining, verbal nouns, anonymity, posts."""
    if entry.cls == "decline":
        texts = [t.text for t in toks[i + 1 : i + 14]]
        if any(_OWN_NAME.match(w) for w in texts[:4]):
            return False  # «مسؤول رفض الكشف عن اسمه»: an anonymous source, not a refusal
        if rejects_claim(toks, i):
            return True  # «ورفضت الوزارة الاتهامات التي …»: a denial
        if withholds_confirmation(toks, i):
            return True  # «وامتنع المتحدث عن تأكيد الرقم»: cannot confirm
        return any(t.text in DECLINE_OBJECTS for t in toks[i + 1 : i + 26])
    if entry.cls == "part" and entry.stance == "declined_to_comment":
        # «، رافضًا التعليق على …» declines; «، رافضًا الاتهامات» rejects, no statement
        return any(t.text in DECLINE_OBJECTS for t in toks[i + 1 : i + 3])
    if i > 0 and toks[i - 1].text in ("عدم", "بعد", "قبل", "عند", "حين"):
        if not (toks[i - 1].text == "حين" and i > 1 and toks[i - 2].text == "في"):
            return False  # «طلب عدم نشر اسمه»: a verbal noun; «في حين قال» is a report
    if i > 0 and strip_conj(toks[i - 1].text) in VERBAL_NOUN_TAKERS:
        return False  # «الصفحات التي أعادت نشر الصور», «تمّ نشر»: a verbal noun
    if i + 1 < len(toks) and _OWN_NAME.match(toks[i + 1].text):
        return False  # «رفض ذكر اسمه»: an anonymous source's aside
    if i > 1 and toks[i - 1].text in ("ان", "أن") and toks[i - 2].text in ("دون", "بدون"):
        return False  # «غادر دون أن يعلن أي موقف»: what was not said
    if (
        i > 0
        and entry.cls in ("write", "say")
        and (is_adjunct_noun(toks[i - 1].text) or toks[i - 1].text in PLATFORM)
    ):
        # «في تغريدة نشرت مساء الأحد»: a relative clause about the post, unless what it says
        # follows «فيه/فيها» («ونشرت الشركة تغريدة قالت فيها إن …»)
        return (
            entry.cls == "say"
            and i + 1 < len(toks)
            and toks[i + 1].text in ("فيه", "فيها")
            and not (i > 1 and toks[i - 2].text in ("في", "عبر", "خلال"))  # «في بيان أعلن فيه»
        )
    return True


def embedded_hit(toks: list[Token], i: int) -> bool:
    """A cue inside reported content: «… قوله إن التحقيقات تشير إلى أن …».

    It follows a complementiser with no comma or quote in between, and is not a
    new clause («، وقال إن», «غير أن رئيس النقابة قال إن»).
    """
    if toks[i].text[0] in "وف" and lookup_cue(toks[i].text[1:]):
        return False  # «، وقال إن …»
    for k in range(i - 1, max(-1, i - 9), -1):
        t = toks[k].text
        if t in ("،", ",", "؛") or t in CLOSE_QUOTES:
            return False
        if is_complementiser(toks, k):
            before = toks[k - 1].text if k > 0 else ""
            return before not in BUT
    return False


def participle_position(toks: list[Token], i: int) -> bool:
    """A continuing participle follows a comma, a quote, «و» or starts the sentence — or,
    with no comma, opens the words it reports right away: «وغادر المسؤول القاعة مكتفيًا
    بالقول إن …», «… جاهزًا مشيرًا إلى أن …» (never so after «إصابة مؤكدة»)."""
    if i == 0 or (toks[i].text[0] == "و" and lookup_cue(toks[i].text[1:])):
        return True
    if toks[i - 1].text in ("،", ",", "؛", "و") or toks[i - 1].text in CLOSE_QUOTES:
        return True
    return i + 1 < len(toks) and (
        toks[i + 1].text == "بالقول" or is_complementiser(toks, i + 1) > 0
    )


def manner_of_cue(toks: list[Token], cue: int, i: int) -> bool:
    """The participle at ``i`` says how the cue verb at ``cue`` spoke when no comma stands
    before it and that verb has not opened its words yet: «وتابع الوزير قائلًا إن …»."""
    if toks[i - 1].text in ("،", ",", "؛") or toks[i - 1].text in CLOSE_QUOTES:
        return False
    if i + 1 < len(toks) and toks[i + 1].text == "بالقول":
        return False  # «ورفض المصدر إعطاء التفاصيل مكتفيًا بالقول إن …»: words of its own
    return not any(
        toks[k].text == ":" or toks[k].text in OPEN_QUOTES or is_complementiser(toks, k)
        for k in range(cue + 1, i)
    )


def cue_hits(toks: list[Token], is_cue: Callable[[Token], bool]) -> list[Hit]:
    """Cue words outside quotations: a set lookup per token, then checked one by one."""
    if not toks:
        return []
    forms = cue_surface_forms()
    # the indices of the tokens in ``forms``, found without a Python-level loop
    candidates = list(compress(count(), map(forms.__contains__, map(itemgetter(0), toks))))
    inside = inside_quotes(toks) if candidates else set()
    hits = []
    for i in candidates:
        t = toks[i]
        if i in inside:
            continue  # a verb inside a quotation is not a cue of this article
        if strip_conj(t.text) in NOT_STATEMENT_PARTICIPLES and not _calls_for_words(toks, i):
            hits.append((i, t.text, CueEntry("", "boundary", "assert")))
            continue  # «، داعيًا إلى الهدوء»: what the speaker urged ends the content
        if t.text in ("جاء", "ورد") and i + 1 < len(toks) and toks[i + 1].text in ("فيه", "فيها"):
            hits.append((i, "جاء فيه", CAPTION))  # «تدوينة … جاء فيها: "…"»
            continue
        found = lookup_cue(t.text)
        if found is None:
            continue
        form, entry = found
        if not is_cue(t):
            continue  # «روي ساليناس» (a name), «رأي» (an opinion): not «روى»/«رأى»
        finite_by_saying = form.startswith("اكتف")  # «فيما اكتفت X بالقول»: a finite verb
        if finite_by_saying and by_saying_after(toks, i) is None:
            continue  # «واكتفت الوزارة ببيان مقتضب»: only «اكتفى (X) بالقول إن …» reports words
        if entry.cls == "part" and not finite_by_saying and not participle_position(toks, i):
            continue  # «إصابة مؤكدة»: an adjective, not «، مؤكدًا أن…»
        if entry.cls == "part" and hits and manner_of_cue(toks, hits[-1][0], i):
            continue  # «وتابع قائلًا إن …», «فأكد مجددًا أنه …»: how the verb before spoke
        if entry.cls == "hedge" and not (i > 0 and toks[i - 1].text in ("لم", "ولم", "فلم")):
            continue
        if entry.cls == "acc" and form in ("حسب", "وفق", "وفقا", "طبقا"):
            if i > 0 and toks[i - 1].text in ("علي",):
                continue
        hits.append((i, form, entry))
    return hits


def inside_quotes(toks: list[Token]) -> set[int]:
    """Indices of the tokens that sit inside a quotation of this sentence."""
    texts = list(map(itemgetter(0), toks))
    marks = list(compress(count(), map(QUOTE_MARKS.__contains__, texts)))
    inside: set[int] = set()
    depth = 0
    straight = False
    after = 0  # the first token after the previous mark
    # only the marks change the state: the words between two marks share it
    for k in marks:
        if depth or straight:
            inside.update(range(after, k))
        c = texts[k]
        if c in ("«", "“"):
            depth += 1
        elif c in ("»", "”") and depth:
            depth -= 1
        elif c == '"':
            straight = not straight
        elif straight:  # a closing mark with no opening one, inside "…"
            inside.add(k)
        after = k + 1
    if depth or straight:
        inside.update(range(after, len(toks)))
    return inside

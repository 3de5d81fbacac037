"""Arabic attribution lexicon: cue verbs, speaker heads, given names and word classes.

The data lives in :mod:`khabar.lang` files; this module loads it once and answers
questions about single normalised tokens, e.g. ``head_of("الوزير")`` or
``lookup_cue("وقالت")``. :mod:`khabar.components.attr_ar` builds the rules on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from khabar.components._draft import Token
from khabar.lang import load_rows, load_words
from khabar.text import fold

# أن/إن/أنه/بأن/فإن/لأنها … (folded): a set lookup per token
COMPLEMENTISERS = frozenset(
    prefix + "ان" + suffix
    for prefix in ("", "ب", "ف", "ل")
    for suffix in ("", "ه", "ها", "هم", "هما", "نا", "ني", "هن")
)
QAWL = re.compile(r"^قول(?:ه|ها|هم|هما|هن)$")
HANDLE = re.compile(r"^@\w+$")
# «أبلغه», «أخبرني», «قالها»: a verb of telling with an object pronoun (a set lookup per
# token, where a regex ``^(?:ابلغ|…)(?:ه|…)$`` cost a call each)
INFORM_FORMS = frozenset(
    stem + suffix
    for stem in ("ابلغ", "اخبر", "ابلغت", "اخبرت", "قال", "قالت")
    for suffix in ("ه", "ها", "هم", "ني", "نا")
)
PLATFORM = frozenset(
    fold(w)
    for w in (
        "تغريدة تويتر إكس اكس فيسبوك فيس بوك تلغرام تيليغرام تلغرام إنستغرام منشور حسابه "
        "حسابها حسابهم صفحته صفحتها صفحتهم قناته قناتها منصة تدوينة"
    ).split()
)
MONTHS = frozenset(
    fold(w)
    for w in (
        "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر "
        "نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري "
        "أفريل ماي جوان جويلية أوت الثاني الأول"
    ).split()
)
ADJUNCT_NOUNS = frozenset(
    fold(w)
    for w in (
        "مؤتمر بيان تصريح تصريحات تغريدة منشور حديث مقابلة اتصال رسالة كلمة ختام أعقاب "
        "رد ردّ لقاء جلسة اجتماع ندوة خطاب تقرير حوار إفادة مداخلة تسجيل فيديو "
        "مذكرة بلاغ إحاطة مقال نشرة"
    ).split()
)
FIXED_ADJUNCTS = (
    ("في", "وقت", "لاحق"),
    ("في", "وقت", "سابق"),
    ("في", "الوقت", "نفسه"),
    # «من جانبه»، «من جهتها»: "for his/her part"
    *(("من", f"{w}{p}") for w in ("جانب", "جهت", "ناحيت") for p in ("ه", "ها", "هم", "هما")),
)
SUBJECT_STARTERS = frozenset(fold(w) for w in "لكن غير أن بينما فيما إلا حين كما إذ حيث".split())
AUXILIARIES = frozenset(fold(w) for w in "كان كانت كانوا قد وكان وكانت".split())
NOT_STATEMENT_PARTICIPLES = frozenset(fold(w) for w in "داعيا داعية داعين".split())
# cues whose content may be a plain object: «نفى وجود…», «أكد تسجيل…», «أعلنت تعليق…»
OBJECT_VERBS = frozenset(
    fold(w)
    for w in "نفى أنكر كذّب أكد أعلن كشف رفض نقل استبعد اتهم تعهد عزا وصف دفع قدّر دحض حمّل أعرب".split()
)
NAME_LINKS = frozenset(fold(w) for w in "بن ابن بنت أبو ابو أبي عبد آل ولد".split())
# «بنت/بن/ولد/ود» between a given name and a father's name: «فاطمة بنت أحمد», «سيدي ولد محمد»
FILIATION = frozenset(fold(w) for w in "بن بنت ولد ود".split())
# «غير أن», «إلا أن», «بيد أن»: "but" before «أن» (folded)
BUT = frozenset({"غير", "الا", "بيد"})
# «رفض التعليق / الإفصاح / الكشف / الإدلاء بتصريح …»: declining to comment
DECLINE_OBJECTS = frozenset(
    fold(w) for w in "التعليق الإفصاح الكشف الإدلاء الرد الخوض الإجابة".split()
)
# «وامتنع المتحدث عن تأكيد الرقم», «رفضت الوزارة تأكيد أو نفي …»: withholding a confirmation
CONFIRMATIONS = frozenset(fold(w) for w in "تأكيد نفي".split())
PUNCT_STOP = frozenset(":،,؛;.!?؟()")


@cache
def rejected_claims() -> frozenset[str]:
    """The claims «رفض» rejects as a denial: «ورفضت الوزارة الاتهامات التي …».

    >>> "الاتهامات" in rejected_claims(), "التعليق" in rejected_claims()
    (True, False)
    """
    return load_words("ar", "rejected_claims")


# «دفع المحامي ببطلان التقارير»: the pleas that make «دفع» a statement (not "paid", "pushed")
PLEAS = frozenset(
    fold(w) for w in "ببطلان بعدم بانتفاء بسقوط بانعدام بانقضاء ببراءة بأن بأنه بأنها".split()
)


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str
    cls: str
    stance: str


@cache
def cue_lexicon() -> dict[str, CueEntry]:
    """Folded surface form → cue entry, from ``lang/ar/cues.tsv``."""
    out: dict[str, CueEntry] = {}
    for forms, lemma, cls, stance in load_rows("ar", "cues"):
        for form in forms.split("|"):
            out.setdefault(fold(form), CueEntry(lemma, cls, stance))
    return out


@cache
def cue_surface_forms() -> frozenset[str]:
    """Every token that may be a cue: lexicon forms (one word) with and without و/ف, the
    boundary participles and the first word of «جاء فيه»."""
    base = {f for f in cue_lexicon() if " " not in f} | set(NOT_STATEMENT_PARTICIPLES)
    base |= {"جاء", "ورد"}
    return frozenset(base | {"و" + f for f in base} | {"ف" + f for f in base})


@cache
def speaker_heads() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in load_rows("ar", "speaker_heads")}


@cache
def honorifics() -> frozenset[str]:
    """«الدكتور», «الشيخ», «اللواء» …: the word after one is a name (``honorifics.tsv``)."""
    return load_words("ar", "honorifics")


NOT_GIVEN_NAMES = frozenset(fold(w) for w in "دون من لن أي هو هي بل إلى الآن".split())


@cache
def given_names() -> frozenset[str]:
    """Given names; words that NewsFANE tags as names but that news text uses as function
    words are left out: «دون» (Don: «دون أن»), «من» (Man), «لن», «أي», «هو», «هي», «بل»
    (Bill), «إلى», «الآن» (Alan). «علي» stays: folded, it is also «على», but Ali is too
    common a name to lose."""
    names = load_words("ar", "given_names_newsfane") | load_words("ar", "given_names")
    return names - NOT_GIVEN_NAMES


def _cue_with_object_pronoun(tok: str) -> bool:
    """«أكده», «أعلنته», «أفادت»: a cue verb, perhaps with an object pronoun."""
    return any(lookup_cue(t) for t in (tok, tok[:-1], tok[:-2]) if len(t) > 2)


def cue_class(tok: str) -> str | None:
    """The class of a cue word (say, part, acc …), None when it is not a cue."""
    found = lookup_cue(tok)
    return found[1].cls if found else None


def head_of(tok: str) -> str | None:
    """Type of a speaker head word, also with و/ف or a possessive suffix (مديرها، ورئيسه)."""
    heads = speaker_heads()
    for cand in (tok, strip_conj(tok)):
        if cand in heads:
            return heads[cand]
        for suffix in ("ها", "هم", "ه"):
            if cand.endswith(suffix) and cand[: -len(suffix)] in heads:
                return heads[cand[: -len(suffix)]]
        if len(cand) > 3 and cand.endswith("ا") and heads.get(cand[:-1]) in ("anon", "title"):
            return heads[cand[:-1]]  # the accusative «مصدراً», «حارساً» after «غير أن»
    return None


def lookup_cue(tok: str) -> tuple[str, CueEntry] | None:
    """(the cue form without a leading و/ف, entry) when ``tok`` is a cue word."""
    lex = cue_lexicon()
    if tok in lex:
        return tok, lex[tok]
    if len(tok) > 3 and tok[0] in "وف" and tok[1:] in lex:
        return tok[1:], lex[tok[1:]]
    return None


def strip_conj(tok: str) -> str:
    if len(tok) > 3 and tok[0] in "وف":
        return tok[1:]
    return tok


@cache
def _time_words() -> frozenset[str]:
    """``time_words.tsv`` and the month names: one set, looked up without arguments (this
    and :func:`is_stop` run for most tokens of a speaker phrase)."""
    return load_words("ar", "time_words") | MONTHS


@cache
def _stop_words() -> frozenset[str]:
    return load_words("ar", "stop_before_content")


def is_handle(tok: str) -> bool:
    """``HANDLE.match(tok)`` («@wizara_news»), the first character tested first: most
    tokens are not handles, and a regex call costs more than the test.

    >>> is_handle("@wizara_news"), is_handle("@"), is_handle("الوزير")
    (True, False, False)
    """
    return tok[:1] == "@" and HANDLE.match(tok) is not None


def is_time_word(tok: str) -> bool:
    return tok in _time_words() or tok[:1].isdigit()


def is_stop(tok: str) -> bool:
    return tok in _stop_words()


def is_complementiser(toks: list[Token], i: int) -> int:
    """Length in tokens of a complementiser at ``i`` (0 when there is none)."""
    t = toks[i].text
    if t in ("الي", "الى", "من") and i + 1 < len(toks) and toks[i + 1].text in COMPLEMENTISERS:
        return 2  # «إلى أن», «حذّر من أن»
    if t in COMPLEMENTISERS:
        return 1
    return 0


def is_definite(tok: str) -> bool:
    return tok.startswith(("ال", "لل")) and len(tok) > 3


CAPTION = CueEntry("جاء", "caption", "assert")


@cache
def folded_lemma(lemma: str) -> str:
    """A cue's lemma folded, once per lemma (it is looked up for every draft).

    >>> folded_lemma("أكّد")
    'اكد'
    """
    return fold(lemma)


def verb_gender(form: str, entry: CueEntry) -> str | None:
    """«قالت»، «وأضافت»، «مضيفةً» → "f"; «قال»، «مضيفًا» → "m" (None when it cannot tell)."""
    lemma = folded_lemma(entry.lemma)
    if entry.cls == "part":
        if form.endswith("ت"):
            return "f"  # «واكتفت بالقول»: a finite verb read as a participle
        return "f" if form.endswith("ه") else "m" if form.endswith("ا") else None
    if entry.cls == "acc":
        return None
    if form.endswith("ت") and not lemma.endswith("ت"):
        return "f"
    if form == lemma or form.endswith(("وا", "ون")):
        return "m" if form == lemma else None
    return None


def unknown_phrase_type(first: str) -> str:
    """A phrase with no known head: «الهلال الأحمر» (definite) is an organisation,
    «ناصر» or «ليند» a person, «رويترز» (a news outlet cited by name) an outlet."""
    if first in media_names():
        return "outlet"
    return "organisation" if is_definite(first) and first not in given_names() else "person"


@cache
def media_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Real news outlets cited without a head word (``media_names.tsv``): the first folded
    word of each name → the names that start with it, as word tuples, longest first.

    >>> media_names()["رويترز"], media_names()["بي"]
    ((('رويترز',),), (('بي', 'بي', 'سي'),))
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in load_rows("ar", "media_names"):
        words = tuple(fold(w) for w in row[0].split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def media_name_end(toks: list[Token], i: int) -> int | None:
    """The end of a news outlet's name (:func:`media_names`) at ``toks[i]``, whose first
    word may carry «لـ» (who a statement was made to); None when none starts there.

    >>> from khabar.components._draft import tokenize
    >>> media_name_end(tokenize("لبي بي سي ان"), 0), media_name_end(tokenize("لبي الدعوة"), 0)
    (3, None)
    >>> media_name_end(tokenize("لرويترز ان"), 0), media_name_end(tokenize("للاناضول"), 0)
    (1, 1)
    """
    for words in _media_names_of(toks[i].text):
        end = i + len(words)
        if end <= len(toks) and all(toks[i + k].text == w for k, w in enumerate(words[1:], 1)):
            return end
    return None


def _media_names_of(word: str) -> tuple[tuple[str, ...], ...]:
    """The outlet names whose first word is ``word``, bare or after «لـ» (لرويترز،
    للأناضول: ل + ال)."""
    table = media_names()
    if word[:1] != "ل":
        return table.get(word, ())
    return table.get(word, ()) or table.get(word[1:], ()) or table.get("ا" + word[1:], ())

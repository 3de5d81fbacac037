"""Arabic attribution rules: cues, speaker noun phrases, adjuncts and content, token by token.

Works on the normalised text (hamza/alef/yaa/taa-marbuta folded, diacritics removed), so
«وقالَت» and «وقالت» are the same token. The shapes handled:

* VSO — «وقالت المتحدثة باسم الهيئة ليلى منصور في مؤتمر صحفي: "…"»
* SVO — «غير أن رئيس النقابة عادل برهوم قال إن …»
* quote first — «"…"، قال الوزير»
* dropped subject — «وأضاف أن …» (the last speaker)
* participles — «…، مشيرًا إلى أن …» (the current speaker)
* according to — «وبحسب هيئة الموانئ، تراجع …»
* relayed — «ونقلت صحيفة "الصباح" عن مصدر في الوزارة قوله إن …» (speaker and via)
* embedded source — «قال فلان إن جاره أبلغه بأن …»
* stance phrases — «ولم يتسنَّ لوكالتنا التحقق…»، «ورفضت التعليق على…»، «ولم تستبعد…»
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token, quote_counts
from khabar.lang import load_rows, load_words
from khabar.text import NormalizedText, fold

COMPLEMENTISER = re.compile(r"^(?:ب|ف|ل)?ان(?:ه|ها|هم|هما|نا|ني|هن)?$")
QAWL = re.compile(r"^قول(?:ه|ها|هم|هما|هن)$")
INFORM = re.compile(r"^(?:ابلغ|اخبر|ابلغت|اخبرت|قال|قالت)(?:ه|ها|هم|ني|نا)$")
HANDLE = re.compile(r"^@\w+$")
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
        "رد ردّ لقاء جلسة اجتماع ندوة خطاب تقرير حوار إفادة مداخلة تسجيل فيديو"
    ).split()
)
FIXED_ADJUNCTS = (("في", "وقت", "لاحق"), ("في", "وقت", "سابق"), ("في", "الوقت", "نفسه"))
SUBJECT_STARTERS = frozenset(fold(w) for w in "لكن غير أن بينما فيما إلا حين كما".split())
AUXILIARIES = frozenset(fold(w) for w in "كان كانت كانوا قد وكان وكانت".split())
NOT_STATEMENT_PARTICIPLES = frozenset(fold(w) for w in "داعيا داعية داعين".split())
# cues whose content may be a plain object: «نفى وجود…», «أكد تسجيل…», «أعلنت تعليق…»
OBJECT_VERBS = frozenset(
    fold(w) for w in "نفى أنكر كذّب أكد أعلن كشف رفض نقل استبعد اتهم تعهد".split()
)
NAME_LINKS = frozenset(fold(w) for w in "بن ابن بنت أبو ابو أبي عبد آل ولد".split())
# «رفض التعليق / الإفصاح / الكشف / الإدلاء بتصريح …»: declining to comment
DECLINE_OBJECTS = frozenset(fold(w) for w in "التعليق الإفصاح الكشف الإدلاء الرد الخوض".split())
PUNCT_STOP = frozenset(":،,؛;.!?؟()")


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
def given_names() -> frozenset[str]:
    return load_words("ar", "given_names_newsfane") | load_words("ar", "given_names")


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


def is_time_word(tok: str) -> bool:
    return tok in load_words("ar", "time_words") or tok in MONTHS or tok[:1].isdigit()


def is_stop(tok: str) -> bool:
    return tok in load_words("ar", "stop_before_content")


def is_complementiser(toks: list[Token], i: int) -> int:
    """Length in tokens of a complementiser at ``i`` (0 when there is none)."""
    t = toks[i].text
    if t in ("الي", "الى", "من") and i + 1 < len(toks) and COMPLEMENTISER.match(toks[i + 1].text):
        return 2  # «إلى أن», «حذّر من أن»
    if COMPLEMENTISER.match(t):
        return 1
    return 0


def is_definite(tok: str) -> bool:
    return tok.startswith(("ال", "لل")) and len(tok) > 3


CAPTION = CueEntry("جاء", "caption", "assert")


class ArabicRules:
    """Find statement drafts in one sentence of normalised Arabic text."""

    def __init__(self, norm: str, original: NormalizedText | None = None) -> None:
        self.norm = norm
        self.original = original  # to tell «على» (on) from «علي» (Ali): folding merges them

    def is_ala(self, tok: Token) -> bool:
        """The preposition «على» (not the name «علي»), which folding writes alike."""
        if tok.text != "علي":
            return False
        if self.original is None:
            return True
        return self.original.orig[self.original.to_orig(tok.end - 1)] == "ى"

    # -- noun phrases -------------------------------------------------------------------

    def noun_phrase(
        self, toks: list[Token], i: int, limit: int, bounded: bool = False
    ) -> tuple[int, str, int | None]:
        """Parse a speaker noun phrase at ``i``: (end index, type, index where a name starts).

        ``bounded``: the phrase ends at ``limit`` (the verb of «وكان العطار قد كتب»), so a
        short unknown phrase there is the subject.
        """
        heads = speaker_heads()
        names = given_names()
        if (
            bounded
            and 0 < limit - i <= 3
            and not any(self._ends_np(toks, k, limit) for k in range(i, limit))
        ):
            first_type = heads.get(toks[i].text)
            kind = {"org": "organisation", "gov": "government", "outlet": "outlet"}.get(
                first_type or "", "person"
            )
            if first_type is None:
                return limit, unknown_phrase_type(toks[i].text), i
            # «الوزير جابر قال»: a title then a name
            return limit, kind, i + 1 if first_type == "title" and limit - i > 1 else None
        if i >= limit:
            return i, "unknown", None
        first = toks[i].text
        if first not in OPEN_QUOTES and self._ends_np(toks, i, limit):
            return i, "unknown", None
        if first in OPEN_QUOTES:  # a quoted name: «الظل الأحمر»
            j = self._quote_end(toks, i, limit)
            return j, "organisation", i
        head_type = head_of(first)
        j = i + 1
        name_at: int | None = None
        if head_type is None:
            if first in names or self._followed_by_delimiter(toks, i, limit):
                name_at = i
                j = self._name_tokens(toks, i + 1, limit, max_len=3)
                return j, "person" if first in names else unknown_phrase_type(first), name_at
            k = self._subject_boundary(toks, i, limit)
            if k > i:
                return k, "organisation", None
            return i, "unknown", None
        prev_indefinite = not is_definite(first)
        while j < limit and j - i < 9:
            t = toks[j].text
            if t in ("تطلق", "يطلق") and j + 3 < limit and toks[j + 1].text == "علي":
                k = j + 2
                while k < min(limit, j + 5) and toks[k].text != "اسم":
                    k += 1
                if k + 1 < limit and toks[k].text == "اسم":  # «تطلق على نفسها اسم "…"»
                    name_at = k + 1
                    j = (
                        self._quote_end(toks, k + 1, limit)
                        if toks[k + 1].text in OPEN_QUOTES
                        else k + 2
                    )
                    break
            if t == "باسم" and j + 1 < limit:
                j += 2
                prev_indefinite = False
                continue
            if t in OPEN_QUOTES and (
                head_type in ("org", "outlet", "gov")
                or heads.get(toks[j - 1].text) in ("org", "outlet", "gov")
            ):
                j = self._quote_end(toks, j, limit)
                name_at = name_at if name_at is not None else j - 1
                prev_indefinite = False
                continue
            if (
                t == "عن"
                and head_type == "title"
                and any(toks[m].text in names for m in range(j + 1, min(limit, j + 4)))
            ):
                j += 1  # «عضو مجلس الشورى عن ولاية العرقين موسى …», «النائب عن المنطقة فراس …»
                continue
            if t == "في" and head_type in ("anon", "title") and self._in_phrase_ok(toks, j, limit):
                j = self._skip_in_phrase(toks, j + 1, limit)
                continue
            if self._ends_np(toks, j, limit):
                break
            if t.startswith("ل") and not t.startswith("ال") and len(t) > 3 and t not in names:
                if self._is_addressee(t):
                    break
                j += 1
                prev_indefinite = False
                continue
            if is_definite(t):
                j += 1
                prev_indefinite = False
                continue
            if prev_indefinite and t not in names:
                j += 1  # construct chain: وزير (النقل) / رئيس نقابة عمال …
                continue
            if t in names or self._followed_by_delimiter(toks, j, limit):
                name_at = j
                j = self._name_tokens(toks, j + 1, limit, max_len=2)
            break
        kind = {
            "title": "person",
            "org": "organisation",
            "gov": "government",
            "outlet": "outlet",
            "self": "outlet",
            "anon": "anonymous",
        }[head_type]
        if head_type == "title" and name_at is None:
            kind = "person"
        if head_type == "anon" and name_at is not None:
            kind = "person"
        return j, kind, name_at

    def _name_tokens(self, toks: list[Token], j: int, limit: int, max_len: int) -> int:
        """The rest of a person's name: «(سامي) الحداد», «(طارق) بن سالم», «(رامي) سعد».

        A second word joins only when it is clearly part of the name (a definite family name,
        after بن/أبو/عبد, or right before a delimiter): «رامي سعد شكك» stops before the verb.
        """
        n = 0
        while j < limit and n < max_len and not self._ends_np(toks, j, limit):
            t = toks[j].text
            if speaker_heads().get(t) in ("title", "org", "gov", "outlet"):
                break
            if t in NAME_LINKS:
                j += 1  # «عبد الحميد», «بن سالم»: the link does not count as a word
                continue
            if n > 0:
                prev = toks[j - 1].text
                linked = prev in NAME_LINKS or is_definite(t)
                before_delimiter = j + 1 >= limit or (
                    self._strong_delimiter(toks, j + 1)
                    and not (toks[j + 1].text == "في" and not self._adjunct_after(toks, j + 1))
                )
                if not (linked or before_delimiter):
                    break
            j += 1
            n += 1
        return j

    @staticmethod
    def _adjunct_after(toks: list[Token], k: int) -> bool:
        """«في بيان», «في تصريح»: في opening a statement adjunct (not «شكك في الأرقام»)."""
        return k + 1 < len(toks) and toks[k + 1].text in ADJUNCT_NOUNS

    def _ends_np(self, toks: list[Token], j: int, limit: int) -> bool:
        t = toks[j].text
        if t == "." and j > 0 and len(toks[j - 1].text) == 1:
            return False  # «د. طارق»: an abbreviation inside the name
        return bool(
            t in PUNCT_STOP
            or t in OPEN_QUOTES
            or t in CLOSE_QUOTES
            or is_stop(t)
            or is_complementiser(toks, j)
            or lookup_cue(t)
            or is_time_word(t)
            or HANDLE.match(t)
            or QAWL.match(t)
            or t in DECLINE_OBJECTS
            or t in ("عن", "ل", "ب")
            or t in AUXILIARIES
        )

    def _is_addressee(self, tok: str) -> bool:
        """لموقعنا، للصحفيين، لوكالة، لـ«…»: who the statement was made to (an adjunct)."""
        rest = tok[1:]
        heads = speaker_heads()
        return heads.get(rest) in ("self", "outlet") or rest in ("لصحفيين", "لصحافيين", "صحفيين")

    def _followed_by_delimiter(self, toks: list[Token], j: int, limit: int) -> bool:
        """True when 1–3 tokens from ``j`` are followed by a delimiter (a name before «:», «إن»)."""
        for k in range(j, min(j + 3, limit)):
            if self._ends_np(toks, k, limit):
                return k > j and self._strong_delimiter(toks, k)
        return False

    def _subject_boundary(self, toks: list[Token], i: int, limit: int) -> int:
        """End of an unknown subject («إدارة مكتبة الإسكندرية») before «في بيان»/«، إن»/«إن».

        Only a complementiser or a statement adjunct (في بيان، في تصريح) counts as the
        boundary, so an object («كشف آفاق المدينة») is not taken for a subject.
        """
        for k in range(i + 1, min(limit, i + 7)):
            t = toks[k].text
            if is_complementiser(toks, k):
                return k
            if t == "في" and k + 1 < limit and toks[k + 1].text in ADJUNCT_NOUNS:
                return k
            if (
                t in ("،", ",")
                and k + 1 < limit
                and (is_complementiser(toks, k + 1) or toks[k + 1].text == "في")
            ):
                return k
            if t in PUNCT_STOP or t in OPEN_QUOTES or lookup_cue(t) or is_stop(t):
                return i
        return i

    def _boundary_subject(self, toks: list[Token], j: int, limit: int, object_verb: bool) -> int:
        """End of a long VSO subject: everything up to the adjunct, «:» or إن/أن (≤ 22 words).

        Titles in wire copy run long («وكيل وزارة الطاقة والثروة المعدنية لشؤون التعدين
        المهندس فهد آل زامل»); a verb that reports with إن/أن or «:» has its subject
        between the verb and that boundary. For verbs that may take a plain object
        (أكد، نفى), the boundary must lead to إن/أن or «:» for the span to count.
        """
        for k in range(j + 1, min(limit, j + 22)):
            t = toks[k].text
            boundary = (
                is_complementiser(toks, k)
                or t == ":"
                or t in ("،", ",")
                or (t in ("في", "خلال", "عقب", "امام") and self._adjunct_after(toks, k))
                or (t.startswith("ل") and len(t) > 1 and self._is_addressee(t))
                or (t == "ل" and k + 1 < limit and toks[k + 1].text in OPEN_QUOTES)
                or t in ("يوم", "امس", "اليوم", "عبر")
                or self.is_ala(toks[k])
                or t in DECLINE_OBJECTS
                or bool(HANDLE.match(t))
            )
            if boundary:
                if object_verb and not self._leads_to_content(toks, k, limit):
                    return j
                return k
            if t in PUNCT_STOP or t in OPEN_QUOTES or t in CLOSE_QUOTES or lookup_cue(t):
                return j
        return j

    def _leads_to_content(self, toks: list[Token], k: int, limit: int) -> bool:
        """From ``k``, adjuncts and asides lead to إن/أن or «:» (the content opener)."""
        if is_complementiser(toks, k) or toks[k].text == ":":
            return True
        m, _ = self.skip_adjuncts(toks, k, limit)
        m = self._aside(toks, m, limit) if m < limit and toks[m].text in ("،", ",") else m
        while m < limit and toks[m].text in ("،", ","):
            m += 1
        return m < limit and (bool(is_complementiser(toks, m)) or toks[m].text == ":")

    def _name_start(self, toks: list[Token], a: int, b: int) -> int | None:
        """Where the person's name starts in a long subject: the first given name after the
        last title word («… المهندس فهد بن مساعد آل زامل» → فهد), else right after it."""
        names = given_names()
        last_title = None
        for k in range(a, b):
            if head_of(toks[k].text) == "title":
                last_title = k
        first = (last_title + 1) if last_title is not None else a
        for k in range(first, b):
            if toks[k].text in names:
                return k
        return first if last_title is not None and first < b else None

    def _extend_to_delimiter(self, toks: list[Token], end: int, limit: int) -> int:
        """«صرح والي سيدي عامر عبد الحميد العياري للصحفيين بأن …»: a verb that needs
        إن/أن or «:» lets the subject run on to the adjunct or complementiser (≤ 3 words)."""
        for k in range(end, min(limit, end + 4)):
            t = toks[k].text
            if self._strong_delimiter(toks, k) or (t.startswith("ل") and self._is_addressee(t)):
                return k
            if (
                is_stop(t)
                or t in PUNCT_STOP
                or t in OPEN_QUOTES
                or t in CLOSE_QUOTES
                or HANDLE.match(t)
            ):
                return end
        return end

    def _strong_delimiter(self, toks: list[Token], k: int) -> bool:
        t = toks[k].text
        return bool(
            t
            in (
                ":",
                "،",
                ",",
                "في",
                "يوم",
                "التعليق",
                "الافصاح",
                "خلال",
                "عقب",
                "امام",
                "علي",
                "عبر",
                "بعد",
                "لدي",
            )
            or is_complementiser(toks, k)
            or lookup_cue(t)
            or is_time_word(t)
        )

    def _in_phrase_ok(self, toks: list[Token], j: int, limit: int) -> bool:
        """«مصدر في وزارة الصحة», «ممثلة المنظمة في البلاد»: a في-phrase inside the speaker."""
        return (
            j + 1 < limit
            and toks[j + 1].text not in ADJUNCT_NOUNS
            and not is_time_word(toks[j + 1].text)
            and toks[j + 1].text not in ("وقت", "الوقت")
        )

    def _skip_in_phrase(self, toks: list[Token], j: int, limit: int) -> int:
        n = 0
        while j < limit and n < 4 and not self._ends_np(toks, j, limit):
            j += 1
            n += 1
        return j

    def _quote_end(self, toks: list[Token], i: int, limit: int) -> int:
        for k in range(i + 1, min(limit, i + 12)):
            if toks[k].text in CLOSE_QUOTES:
                return k + 1
        return i + 1

    # -- adjuncts ---------------------------------------------------------------------

    def skip_adjuncts(self, toks: list[Token], j: int, limit: int) -> tuple[int, str | None]:
        """Skip time, place and addressee adjuncts; also returns a social handle if seen."""
        handle: str | None = None
        while j < limit:
            t = toks[j].text
            if t in ("،", ","):
                nxt = toks[j + 1].text if j + 1 < limit else ""
                if (
                    nxt in ("في", "يوم", "خلال", "عقب", "امام", "بعد")
                    or is_time_word(nxt)
                    or (nxt.startswith("ل") and self._is_addressee(nxt))
                ):
                    j += 1
                    continue
                if nxt in ("وهو", "وهي", "وهم", "التي", "الذي", "الذين", "اللذين"):
                    j = self._skip_to_comma(toks, j + 1, limit)
                    continue
                break
            if HANDLE.match(t):
                handle = toks[j].text
                j += 1
                continue
            if t in ("(", ")"):
                j += 1
                continue
            if is_time_word(t) or t in ("/", "صدر", "الصادر", "نشر", "هـ", "ه"):
                j += 1
                continue
            fixed = self._fixed_adjunct(toks, j, limit)
            if fixed:
                j += fixed
                continue
            if t in ("في", "علي", "عبر"):
                j, h = self._skip_prep_phrase(toks, j + 1, limit)
                handle = handle or h
                continue
            if t in ("خلال", "عقب", "امام", "بعد", "مع"):
                j, h = self._skip_prep_phrase(toks, j + 1, limit)
                handle = handle or h
                continue
            if t.startswith("ل") and self._is_addressee(t):
                j, h = self._skip_prep_phrase(toks, j + 1, limit)
                continue
            if t == "ل" and j + 1 < limit and toks[j + 1].text in OPEN_QUOTES:
                j = self._quote_end(toks, j + 1, limit)
                continue
            break
        return j, handle

    def _fixed_adjunct(self, toks: list[Token], j: int, limit: int) -> int:
        for phrase in FIXED_ADJUNCTS:
            n = len(phrase)
            if j + n <= limit and tuple(t.text for t in toks[j : j + n]) == phrase:
                return n
        return 0

    def _skip_prep_phrase(self, toks: list[Token], j: int, limit: int) -> tuple[int, str | None]:
        """Skip a prepositional adjunct up to a delimiter (at most 16 tokens)."""
        handle = None
        start = j
        while j < limit and j - start < 16:
            t = toks[j].text
            if HANDLE.match(t):
                handle = t
            if t in OPEN_QUOTES and j > start:
                close = self._short_quote_end(toks, j, limit)
                if close is not None:  # «في تصريح خصت به «المساء» إن», «على منصة "إكس"»
                    j = close
                    continue
            if t in (":", "،", ",") or t in OPEN_QUOTES or is_complementiser(toks, j):
                return j, handle
            after_noun = toks[j - 1].text in ADJUNCT_NOUNS or toks[j - 1].text in PLATFORM
            if (cue_class(t) not in (None, "part") and not after_noun) or t in DECLINE_OBJECTS:
                return j, handle
            j += 1
        # no delimiter close by: the phrase was probably just «في + noun (+ adjective)»
        j = min(start + 1, limit)
        if j + 1 < limit and not is_definite(toks[j].text) and is_stop(toks[j + 1].text):
            j += 1  # «في بيان منفصل ما …»
        return j, handle

    def _short_quote_end(self, toks: list[Token], j: int, limit: int) -> int | None:
        """After a short quoted name (≤ 4 words) that is followed by more frame, the index past it."""
        for k in range(j + 1, min(limit, j + 6)):
            if toks[k].text in CLOSE_QUOTES:
                nxt = k + 1
                if nxt >= limit:
                    return None
                t = toks[nxt].text
                if (
                    t in (":", "،", ",", "(", "@")
                    or HANDLE.match(t)
                    or is_complementiser(toks, nxt)
                ):
                    return nxt
                if t in (
                    "في",
                    "يوم",
                    "امس",
                    "علي",
                    "مع",
                    "عبر",
                    "حول",
                    "بشان",
                    "خلال",
                    "من",
                ) or is_time_word(t):
                    return nxt
                for m in range(nxt, min(limit, nxt + 4)):  # «تلقت «ضاد» نسخة منه، إنها …»
                    if toks[m].text in ("،", ",", ":") or is_complementiser(toks, m):
                        return nxt
                return None
        return None

    def _skip_to_comma(self, toks: list[Token], j: int, limit: int) -> int:
        while j < limit and toks[j].text not in ("،", ","):
            j += 1
        return j

    # -- content ----------------------------------------------------------------------

    def content_start(self, toks: list[Token], j: int, limit: int) -> tuple[int, str]:
        """Where the content begins after the frame, and how it is introduced.

        Returns (token index, opener) with opener one of complementiser | colon | quote | object.
        """
        if j < limit and toks[j].text in (":", "،", ","):
            if toks[j].text == ":":
                return j + 1, "colon"
            j += 1
        if j < limit:
            n = is_complementiser(toks, j)
            if n:  # the content starts with أن/إن (as in «نفى أن يكون …»), not with إلى
                return j + n - 1, "complementiser"
            if toks[j].text in OPEN_QUOTES:
                return j, "quote"
            if toks[j].text in ("بالقول", "قائلا", "قائله"):
                if j + 1 < limit and toks[j + 1].text == ":":
                    return j + 2, "colon"
                if j + 1 < limit and is_complementiser(toks, j + 1):
                    return j + 1, "complementiser"  # «مكتفيًا بالقول إن …»
                return j + 1, "colon"
        return j, "object"

    # -- statements -------------------------------------------------------------------

    def sentence_drafts(self, toks: list[Token]) -> list[Draft]:
        """Every statement draft of one sentence (tokens of that sentence only)."""
        drafts: list[Draft] = []
        limit = len(toks)
        self._sentence_subject: tuple[tuple[int, int], str, tuple[int, int] | None] | None = None
        hits = [
            h
            for n, h in enumerate(self._cue_hits(toks))
            if self._plausible_hit(toks, h[0], h[2])
            and (n == 0 or not self._embedded_hit(toks, h[0]))
        ]
        hits = [
            h
            for n, h in enumerate(hits)
            # «وأكد الخثلان ما أفاد به مسؤول …»: "what X said" inside the first statement
            if not (n > 0 and h[0] > 0 and toks[h[0] - 1].text == "ما" and hits[0][2].cls == "say")
            # «… "لم تتجاوز 60 بالمائة" حسب معطيات الإدارة»: the source of a figure, not a new report
            and not (
                n > 0 and h[2].cls == "acc" and toks[h[0] - 1].text not in ("،", ",") and h[0] > 2
            )
        ]
        for k, (i, form, entry) in enumerate(hits):
            next_cue = hits[k + 1][0] if k + 1 < len(hits) else limit
            draft = self._draft_at(toks, i, form, entry, next_cue, drafts)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(self._unverified(toks, drafts))
        return drafts

    @staticmethod
    def _plausible_hit(toks: list[Token], i: int, entry: CueEntry) -> bool:
        """Cheap checks before parsing: «رفض» is a cue only with «التعليق» close by."""
        if entry.cls == "relay":
            return any(
                t.text in ("عن", "من") for t in toks[i + 1 : i + 12]
            )  # «ونقل الناخبين بحافلات»
        if strip_conj(toks[i].text) == "بين":
            return i + 1 < len(toks) and bool(
                is_complementiser(toks, i + 1)
            )  # «وبيّن أن», not «بين»
        if entry.cls == "decline":
            texts = [t.text for t in toks[i + 1 : i + 14]]
            if any(w.startswith(("اسم", "هويت")) for w in texts[:4]):
                return False  # «مسؤول رفض الكشف عن اسمه»: an anonymous source, not a refusal
            return any(t.text in DECLINE_OBJECTS for t in toks[i + 1 : i + 26])
        if i > 0 and toks[i - 1].text in ("عدم", "بعد", "قبل", "عند", "حين"):
            return False  # «طلب عدم نشر اسمه»: a verbal noun, not a report
        if (
            i > 0
            and entry.cls in ("write", "say")
            and (toks[i - 1].text in ADJUNCT_NOUNS or toks[i - 1].text in PLATFORM)
        ):
            return False  # «في تغريدة نشرت ليلة السبت»: a relative clause about the post
        return True

    def _embedded_hit(self, toks: list[Token], i: int) -> bool:
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
                return before not in ("غير", "الا", "بيد")
        return False

    @staticmethod
    def _participle_position(toks: list[Token], i: int) -> bool:
        """A continuing participle follows a comma, a quote, «و» or starts the sentence."""
        if i == 0 or (toks[i].text[0] == "و" and lookup_cue(toks[i].text[1:])):
            return True
        return toks[i - 1].text in ("،", ",", "؛", "و") or toks[i - 1].text in CLOSE_QUOTES

    def _cue_hits(self, toks: list[Token]) -> list[tuple[int, str, CueEntry]]:
        """Cue words outside quotations: a set lookup per token, then checked one by one."""
        if not toks:
            return []
        forms = cue_surface_forms()
        candidates = [k for k, t in enumerate(toks) if t.text in forms]
        inside = self._inside_quotes(toks) if candidates else set()
        hits = []
        for i in candidates:
            t = toks[i]
            if i in inside:
                continue  # a verb inside a quotation is not a cue of this article
            if strip_conj(t.text) in NOT_STATEMENT_PARTICIPLES:
                hits.append((i, t.text, CueEntry("", "boundary", "assert")))
                continue
            if (
                t.text in ("جاء", "ورد")
                and i + 1 < len(toks)
                and toks[i + 1].text in ("فيه", "فيها")
            ):
                hits.append((i, "جاء فيه", CAPTION))  # «تدوينة … جاء فيها: "…"»
                continue
            found = lookup_cue(t.text)
            if found is None:
                continue
            form, entry = found
            if entry.cls == "part" and not self._participle_position(toks, i):
                continue  # «إصابة مؤكدة»: an adjective, not «، مؤكدًا أن…»
            if entry.cls == "hedge" and not (i > 0 and toks[i - 1].text in ("لم", "ولم", "فلم")):
                continue
            if entry.cls == "acc" and form in ("حسب", "وفق", "وفقا", "طبقا"):
                if i > 0 and toks[i - 1].text in ("علي",):
                    continue
            hits.append((i, form, entry))
        return hits

    @staticmethod
    def _inside_quotes(toks: list[Token]) -> set[int]:
        """Indices of the tokens that sit inside a quotation of this sentence."""
        inside: set[int] = set()
        depth = 0
        straight = False
        for k, t in enumerate(toks):
            c = t.text
            if c in ("«", "“"):
                depth += 1
            elif c in ("»", "”") and depth:
                depth -= 1
            elif c == '"':
                straight = not straight
            elif depth or straight:
                inside.add(k)
        return inside

    def _draft_at(
        self,
        toks: list[Token],
        i: int,
        form: str,
        entry: CueEntry,
        next_cue: int,
        previous: list[Draft],
    ) -> Draft | None:
        draft = self._draft_at_inner(toks, i, form, entry, next_cue, previous)
        if draft is not None:
            draft.gender = verb_gender(form, entry)
        return draft

    def _draft_at_inner(
        self,
        toks: list[Token],
        i: int,
        form: str,
        entry: CueEntry,
        next_cue: int,
        previous: list[Draft],
    ) -> Draft | None:
        limit = len(toks)
        if entry.cls == "boundary":
            return None
        if entry.cls == "acc":
            return self._according(toks, i, entry, next_cue)
        if entry.cls == "part":
            return self._participle(toks, i, entry, next_cue)
        if entry.cls == "caption":
            return self._caption(toks, i, entry, next_cue)
        cue_start = i - 1 if entry.cls == "hedge" else i
        draft = Draft(
            cue=(toks[cue_start].start, toks[i].end),
            lemma=entry.lemma,
            content=(0, 0),
            cls=entry.cls,
        )
        if entry.stance != "assert":
            draft.stance = entry.stance
        j = i + 1
        # quote first: «"…"، قال الوزير»
        quote_before = self._quote_before(toks, i)
        # the speaker: after the verb (VSO), before it (SVO) or dropped
        j, handle = self.skip_adjuncts(toks, j, limit)
        np_end, np_type, name_at = self.noun_phrase(toks, j, min(next_cue, limit))
        if np_end > j and fold(entry.lemma) not in OBJECT_VERBS:
            np_end = self._extend_to_delimiter(toks, np_end, min(next_cue, limit))
        if entry.cls not in ("relay", "decline") and (
            np_end > j or head_of(toks[j].text) if j < limit else False
        ):
            long_end = self._boundary_subject(
                toks, j, min(next_cue, limit), fold(entry.lemma) in OBJECT_VERBS
            )
            if (
                long_end > np_end
            ):  # «وأوضح مدير الدفاع المدني بمحافظة … العميد ركان بن عايض أبو شقرة، …»
                np_end = long_end
                name_at = self._name_start(toks, j, np_end)
                if np_type == "unknown":
                    np_type = "person" if name_at is not None else unknown_phrase_type(toks[j].text)
        if np_end > j and entry.cls != "cont":
            self._set_speaker(draft, toks, j, np_end, np_type, name_at)
            j = self._appositions(toks, np_end, limit, draft)
        elif np_end > j and entry.cls == "cont":
            self._set_speaker(draft, toks, j, np_end, np_type, name_at)
            j = np_end
        if entry.cls == "relay":
            prep = "من" if entry.lemma == "علم" else "عن"
            if draft.speaker is None:
                an = next((k for k in range(j, min(limit, j + 5)) if toks[k].text == prep), None)
                if an is not None and an > j:  # «ونقل برهوم عن …»: an unknown name
                    self._set_speaker(draft, toks, j, an, "person", j)
                    j = an
            if j >= limit or toks[j].text != prep:
                return None  # «نقل الحالات إلى المستشفى»: carried, not reported
            if draft.speaker is None and not toks[i].text.startswith(("و", "ف")):
                return None
            j = self._relay(toks, j, limit, draft, prep)
        j, handle2 = self.skip_adjuncts(toks, j, limit)
        handle = handle or handle2
        if draft.speaker is None:
            self._subject_before(toks, i, draft)
        if draft.speaker is None and entry.cls != "cont" and self._sentence_subject:
            draft.speaker, draft.speaker_type, draft.name = self._sentence_subject
        elif draft.speaker is None and self._sentence_subject is None and i > 2:
            # «رفضت المترشحة نوال الزياني النتائج، وقالت …», «رحب النقيب …، غير أنه اعتبر …»
            self._main_clause_subject(toks, i, draft)
        elif draft.speaker is not None and draft.via is None:
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
        if quote_before is not None:
            q_start, q_end = quote_before
            draft.content = (toks[q_start].end, toks[q_end].start)
            draft.kind = "direct"
            draft.frame = [(toks[q_end].end, toks[min(j, limit) - 1].end if j > 0 else toks[i].end)]
            return draft
        if entry.cls == "decline":
            return self._decline(toks, i, j, next_cue, draft)
        start, opener = self.content_start(toks, j, limit)
        if start >= limit:
            return None
        if opener == "object" and fold(entry.lemma) not in OBJECT_VERBS and entry.cls != "write":
            return None  # «رأت الممثلة النموذج»: seeing, not saying; most cues need إن/أن or ":"
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        if opener == "object" and entry.cls in ("cont",) and draft.speaker is None:
            pass
        draft.content = (toks[start].start, toks[end - 1].end)
        draft.frame = [(toks[cue_start].start, toks[start - 1].end if start > 0 else toks[i].end)]
        draft.kind = self._kind(toks, start, end, opener)
        self._embedded_source(toks, start, end, draft)
        if entry.cls == "write" and handle is None:
            # «نشرت على حسابها في «إكس» (@…) خريطة، وكتبت: «…»»: the post of the same sentence
            handle = next((t.text for t in toks[:i] if HANDLE.match(t.text)), None)
        if (entry.cls == "write" or handle) and (
            handle or self._mentions_platform(toks, 0 if entry.cls == "write" else i, start)
        ):
            draft.kind = "social_post"
            draft.handle = handle
        elif entry.lemma == "نشر":
            return None  # «نشر» reports only as a post (handle or platform)
        elif entry.cls == "write" and draft.kind != "direct":
            return None if entry.lemma == "نشر" and opener == "object" else draft
        return draft

    def _set_speaker(
        self, draft: Draft, toks: list[Token], a: int, b: int, kind: str, name_at: int | None
    ) -> None:
        draft.speaker = (toks[a].start, toks[b - 1].end)
        draft.speaker_type = kind
        if name_at is not None and name_at < b:
            first = name_at + (1 if toks[name_at].text in OPEN_QUOTES else 0)
            last = b - 1 - (1 if toks[b - 1].text in CLOSE_QUOTES else 0)
            if first <= last:
                draft.name = (toks[first].start, toks[last].end)

    def _appositions(self, toks: list[Token], j: int, limit: int, draft: Draft) -> int:
        """«محافظ الوادي، كريم العطار، …»: a name or title between commas joins the speaker."""
        if j + 2 >= limit or toks[j].text not in ("،", ","):
            return j
        k = j + 1
        if toks[k].text in ("في", "يوم", "وهو", "وهي") or is_time_word(toks[k].text):
            return j
        end, kind, name_at = self.noun_phrase(toks, k, limit)
        if end == k or end >= limit or toks[end].text not in ("،", ","):
            return self._aside(toks, j, limit)
        first_tok = toks[name_at if name_at is not None else k].text
        if speaker_heads().get(toks[k].text) != "title" and first_tok not in given_names():
            return end + 1  # «، طلب عدم نشر اسمه،»: an aside, not part of the speaker
        if draft.speaker is not None:
            draft.speaker = (draft.speaker[0], toks[end - 1].end)
            if draft.name is None or kind == "person":
                first = name_at if name_at is not None else k
                if speaker_heads().get(toks[first].text) is None:
                    draft.name = (toks[first].start, toks[end - 1].end)
                if draft.speaker_type in ("unknown", "anonymous"):
                    draft.speaker_type = kind
        return end + 1

    def _aside(self, toks: list[Token], j: int, limit: int) -> int:
        """«مصدر في الشركة، طلب عدم نشر اسمه، إن …»: skip a short aside between commas."""
        for c in range(j + 2, min(limit - 1, j + 22)):
            if toks[c].text in ("،", ","):
                nxt = c + 1
                if (
                    is_complementiser(toks, nxt)
                    or toks[nxt].text in ("في", ":")
                    or toks[nxt].text in DECLINE_OBJECTS
                ):
                    return nxt
                if c - j > 9:
                    return j
                continue
            if toks[c].text in OPEN_QUOTES:
                close = next(
                    (m for m in range(c + 1, min(limit, c + 6)) if toks[m].text in CLOSE_QUOTES),
                    None,
                )
                if close is None:
                    return j
                continue  # «تحدث لـ«فالكون» شريطة عدم …»: a short quoted name inside the aside
            if toks[c].text in PUNCT_STOP:
                return j
        return j

    def _subject_before(self, toks: list[Token], i: int, draft: Draft) -> None:
        """SVO: «… غير أن رئيس النقابة عادل برهوم قال إن …»; else a dropped subject."""
        if toks[i].text[0] in "وف" and lookup_cue(toks[i].text[1:]):
            return
        if i > 0 and toks[i - 1].text in ("لم", "ولم", "فلم"):
            if toks[i - 1].text != "لم":
                return
            i -= 1
        k = i - 1
        while k >= 0 and toks[k].text in AUXILIARIES:
            k -= 1
        if k > 0 and toks[k].text in ("،", ","):
            # «غير أن عاملًا في المنجم، طلب عدم ذكر اسمه، قال …»: the subject is before the aside
            opening = next(
                (m for m in range(k - 1, max(-1, k - 16), -1) if toks[m].text in ("،", ",")), None
            )
            if opening is not None and opening > 0:
                k = opening - 1
        end = k + 1
        start = end
        while start > 0 and end - start < 12:
            t = toks[start - 1].text
            if t in PUNCT_STOP or t in SUBJECT_STARTERS or is_complementiser(toks, start - 1):
                break
            if t in ("التي", "الذي", "الذين", "اللذين"):
                end = start - 1  # «مجموعة «الظل الأحمر» التي تبنت الهجوم قد نشرت»
            elif t in CLOSE_QUOTES:
                opener = next(
                    (
                        m
                        for m in range(start - 2, max(-1, start - 9), -1)
                        if toks[m].text in OPEN_QUOTES
                    ),
                    None,
                )
                if opener is None:
                    break
                start = opener + 1
            elif t in OPEN_QUOTES:
                break
            start -= 1
        while start < end and (toks[start].text in AUXILIARIES or toks[start].text in ("و", "ف")):
            start += 1
        if start >= end:
            return
        first = strip_conj(toks[start].text)
        if toks[start].text.startswith("وكان") or first in ("كان", "كانت"):
            start += 1
        if start >= end:
            return
        np_end, kind, name_at = self.noun_phrase(toks, start, end, bounded=True)
        if np_end >= end - 1 and np_end > start:
            self._set_speaker(draft, toks, start, np_end, kind, name_at)

    def _quote_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """(open, close) token indices of a quotation that ends right before the cue."""
        k = i - 1
        while k >= 0 and toks[k].text in ("،", ","):
            k -= 1
        if k < 1 or toks[k].text not in CLOSE_QUOTES:
            return None
        depth_mark = toks[k].text
        opener = {"»": "«", "”": "“", '"': '"'}.get(depth_mark, '"')
        for m in range(k - 1, -1, -1):
            if toks[m].text == opener:
                return (m, k) if m == 0 or toks[m - 1].text in PUNCT_STOP | {":"} else None
        return None

    def _relay(self, toks: list[Token], j: int, limit: int, draft: Draft, prep: str = "عن") -> int:
        """«نقلت صحيفة X عن مصدر … قوله إن»: X is ``via``, the source is the speaker."""
        if j >= limit or toks[j].text != prep:
            return j
        via, via_type = draft.speaker, draft.speaker_type
        draft.speaker = draft.name = None
        end, kind, name_at = self.noun_phrase(toks, j + 1, limit)
        qawl = next((k for k in range(j + 1, min(limit, j + 10)) if QAWL.match(toks[k].text)), None)
        if qawl is not None and qawl > end:  # «عن مسؤول أمني رفض الكشف عن اسمه قوله»
            end = qawl
        if end == j + 1:
            end = min(limit, j + 4)
            kind = "unknown"
        self._set_speaker(draft, toks, j + 1, end, kind, name_at)
        draft.via, draft.via_type = via, via_type
        if end < limit and QAWL.match(toks[end].text):
            end += 1
        return end

    def _according(self, toks: list[Token], i: int, entry: CueEntry, next_cue: int) -> Draft | None:
        """«وبحسب X، …» (content after) or «… بحسب X.» (content before)."""
        limit = len(toks)
        a = self._source_start(toks, i + 1, limit)
        b, kind, name_at = self.noun_phrase(toks, a, limit)
        if b == a:
            b = self._boundary_subject(toks, a, limit, object_verb=False) if a < limit else a
            kind, name_at = unknown_phrase_type(toks[a].text) if a < limit else "unknown", None
        if b == a:
            return None
        draft = Draft(
            cue=(toks[i].start, toks[i].end), lemma=entry.lemma, content=(0, 0), cls="acc"
        )
        self._set_speaker(draft, toks, a, b, kind, name_at)
        b = self._appositions(toks, b, limit, draft)
        if i <= 1:  # at the start: content after the comma
            start = b + 1 if b < limit and toks[b].text in ("،", ",") else b
            while start < limit and (
                toks[start].text in ("فان", "فإن") or is_complementiser(toks, start)
            ):
                start += 1
            end = self._content_end(toks, start, next_cue)
            if end <= start:
                return None
            draft.frame = [(toks[0].start, toks[start - 1].end)]
        else:
            start, end = 0, i
            while end > start and toks[end - 1].text in ("،", ","):
                end -= 1
            if end <= start:
                return None
            draft.frame = [(toks[i].start, toks[min(b, limit) - 1].end)]
        draft.content = (toks[start].start, toks[end - 1].end)
        draft.kind = self._kind(toks, start, end, "object")
        return draft

    def _source_start(self, toks: list[Token], a: int, limit: int) -> int:
        """Skip to the source in «بحسب ما أعلنته وزارة …», «بحسب أرقام نشرتها جمعية …»,
        «وفقا لتقديرات أولية من وزارة …», «بحسب آخر تقدير صادر عن الدفاع المدني»."""
        if (
            a < limit
            and toks[a].text == "ما"
            and a + 1 < limit
            and _cue_with_object_pronoun(toks[a + 1].text)
        ):
            a += 2
            if a < limit and toks[a].text in ("به", "بها", "عنه"):
                a += 1
            return a
        for k in range(a, min(limit, a + 5)):
            t = toks[k].text
            if t in ("عن", "من") or t.startswith(("نشرت", "اصدرت", "اعلنت")):
                if (
                    k > a and toks[k - 1].text in ("صادر", "صادره", "الصادر", "الصادره")
                ) or t not in ("عن", "من"):
                    return k + 1 if k + 1 < limit else a
                if t == "من" and k > a:
                    return k + 1 if k + 1 < limit else a
            if t in PUNCT_STOP:
                break
        return a

    def _participle(
        self, toks: list[Token], i: int, entry: CueEntry, next_cue: int
    ) -> Draft | None:
        """«…، مضيفًا أن …»: the same speaker goes on."""
        limit = len(toks)
        draft = Draft(
            cue=(toks[i].start, toks[i].end),
            lemma=entry.lemma,
            content=(0, 0),
            cls="part",
            continues=True,
            resolved_from="dropped_subject",
        )
        if entry.stance != "assert":
            draft.stance = entry.stance
        j = i + 1
        if entry.lemma == "اكتفى" and j < limit and toks[j].text == "بالقول":
            draft.cue = (toks[i].start, toks[j].end)
        elif j < limit and toks[j].text in ("في", "خلال", "عبر", "علي"):
            j, _ = self.skip_adjuncts(toks, j, limit)  # «مؤكدًا في تصريح لقناة محلية أن …»
        if self._sentence_subject is None:
            self._main_clause_subject(toks, i, draft)
        start, opener = self.content_start(toks, j, limit)
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        draft.content = (toks[start].start, toks[end - 1].end)
        draft.frame = [(toks[i].start, toks[start - 1].end)]
        draft.kind = self._kind(toks, start, end, opener)
        return draft

    def _caption(self, toks: list[Token], i: int, entry: CueEntry, next_cue: int) -> Draft | None:
        """«اكتفى بتدوينة على صفحته (@…) جاء فيها: "…"»: the post of the sentence's subject."""
        limit = len(toks)
        draft = Draft(
            cue=(toks[i].start, toks[i + 1].end),
            lemma=entry.lemma,
            content=(0, 0),
            cls="caption",
            continues=True,
            resolved_from="dropped_subject",
        )
        start, opener = self.content_start(toks, i + 2, limit)
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        self._main_clause_subject(toks, i, draft)
        draft.content = (toks[start].start, toks[end - 1].end)
        draft.frame = [(toks[0].start, toks[start - 1].end)]
        draft.kind = self._kind(toks, start, end, opener)
        handle = next((t.text for t in toks[:i] if HANDLE.match(t.text)), None)
        if handle or self._mentions_platform(toks, 0, i):
            draft.kind, draft.handle = "social_post", handle
        return draft

    def _main_clause_subject(self, toks: list[Token], i: int, draft: Draft) -> None:
        """«غير أن المحافظ كريم العطار شكك في الأرقام، مؤكدًا أن …»: the clause's subject.

        The participle continues the subject of its own sentence even when that sentence's
        verb is not a reporting verb; the subject is the first speaker-like noun phrase
        (a title, organisation or known given name) in the first words of the sentence.
        """
        heads = speaker_heads()
        for k in range(0, min(i, 6)):
            t = toks[k].text
            if heads.get(t) in ("title", "org", "gov", "outlet") or t in given_names():
                end, kind, name_at = self.noun_phrase(toks, k, i)
                if end > k:
                    self._set_speaker(draft, toks, k, end, kind, name_at)
                    draft.resolved_from = None
                    draft.continues = False
                return
            opens_clause = k > 0 and toks[k - 1].text in ("غير", "الا", "بيد")
            if (
                (t in ("،", ",") and k > 3)
                or (is_complementiser(toks, k) and not opens_clause)
                or t == ":"
                or t in OPEN_QUOTES
            ):
                return  # past the subject: the rest is content

    def _decline(
        self, toks: list[Token], i: int, j: int, next_cue: int, draft: Draft
    ) -> Draft | None:
        """«ورفضت الشركة التعليق على …»: content is the whole predicate from التعليق."""
        limit = len(toks)
        k = j
        while k < min(limit, j + 3) and toks[k].text not in DECLINE_OBJECTS:
            k += 1
        if k >= limit or toks[k].text not in DECLINE_OBJECTS:
            return None
        end = self._content_end(toks, k, next_cue)
        draft.content = (toks[k].start, toks[end - 1].end)
        draft.frame = [(toks[i].start, toks[k - 1].end)]
        draft.kind = "indirect"
        return draft

    def _unverified(self, toks: list[Token], drafts: list[Draft]) -> list[Draft]:
        """«ولم يتسنَّ لوكالتنا التحقق…», «لم تتمكن الوكالة من التحقق…»."""
        out: list[Draft] = []
        texts = [t.text for t in toks]
        for i, t in enumerate(texts):
            if t not in ("لم", "ولم", "فلم") or i + 1 >= len(toks):
                continue
            verb = texts[i + 1]
            if not re.match(
                r"^(?:يتسن|تتسن|يتسني|تتسني|يتمكن|تتمكن|نتمكن|يتح|تستطع|يستطع|نستطع)", verb
            ):
                continue
            k = i + 2
            speaker: tuple[int, int] | None = None
            while (
                k < len(toks)
                and k < i + 8
                and texts[k] not in ("التحقق", "التاكد", "تاكيد", "التثبت")
            ):
                k += 1
            if k >= len(toks) or k >= i + 8:
                continue
            if k > i + 2:
                a, b = i + 2, k
                if texts[a] == "ل" or texts[a] in OPEN_QUOTES:
                    a += 1
                while a < b and texts[a] in OPEN_QUOTES:
                    a += 1
                while b > a and texts[b - 1] in CLOSE_QUOTES | {"من"}:
                    b -= 1
                if b > a:
                    s0 = toks[a].start + (
                        1
                        if texts[a].startswith("ل") and len(texts[a]) > 3 and texts[a] != "لوكالة"
                        else 0
                    )
                    speaker = (s0, toks[b - 1].end)
            if any(d.content[0] <= toks[k].start < d.content[1] for d in drafts):
                continue
            end = len(toks)
            while end > k and toks[end - 1].text in (".", "،"):
                end -= 1
            d = Draft(
                cue=(toks[i].start, toks[i + 1].end),
                lemma="تحقق",
                content=(toks[k].start, toks[end - 1].end),
                speaker=speaker,
                speaker_type="outlet",
                stance="unverified",
                cls="unverified",
            )
            d.frame = [(toks[i].start, toks[k].start)]
            if speaker is None:
                d.resolved_from = None
            out.append(d)
        return out

    def _content_end(self, toks: list[Token], start: int, next_cue: int) -> int:
        """Content ends at the sentence end or before «، مضيفًا» / «، وقال» (the next cue),
        or before the outlet's own aside «، وهو ما لم يتسنَّ التحقق منه»."""
        end = min(len(toks), next_cue)
        for k in range(start + 1, end - 1):
            if (
                toks[k].text in ("،", ",")
                and toks[k + 1].text in ("وهو", "وهي", "وهذا")
                and (k + 2 < end and toks[k + 2].text == "ما")
            ):
                end = k
                break
        if end < len(toks):
            # back off the conjunction/comma that introduces the next cue
            while end > start and toks[end - 1].text in ("،", ",", "و", "؛"):
                end -= 1
        while end > start and toks[end - 1].text in (".", "،", ",", "؛", ":"):
            end -= 1
        return end

    def _kind(self, toks: list[Token], start: int, end: int, opener: str) -> str:
        """direct | indirect | mixed from how the content is introduced and its quotes."""
        quote_spans, quoted_words = quote_counts(toks, start, end, PUNCT_STOP)
        first = toks[start].text if start < end else ""
        if opener in ("colon", "quote") and first in OPEN_QUOTES:
            last = end - 1
            if toks[last].text in CLOSE_QUOTES and quote_spans == 1:
                return "direct"
            return "mixed" if quoted_words >= 2 else "direct"
        if opener == "colon":
            return "direct"
        if quote_spans and quoted_words >= 2:
            return "mixed"
        return "indirect"

    def _mentions_platform(self, toks: list[Token], i: int, start: int) -> bool:
        return any(t.text in PLATFORM or strip_conj(t.text) in PLATFORM for t in toks[i:start])

    def _embedded_source(self, toks: list[Token], start: int, end: int, draft: Draft) -> None:
        """«قال فلان إن جاره أبلغه بأن …»: the neighbour is the speaker, فلان the ``via``."""
        if start < end and is_complementiser(toks, start):
            start += 1
        for k in range(start + 1, min(end - 1, start + 8)):
            if INFORM.match(toks[k].text):
                after = k + 1
                n = is_complementiser(toks, after) if after < end else 0
                if not n:
                    return
                if draft.speaker is None:
                    return
                draft.via, draft.via_type = draft.speaker, draft.speaker_type
                np_end, kind, name_at = self.noun_phrase(toks, start, k)
                draft.speaker = draft.name = None
                self._set_speaker(
                    draft,
                    toks,
                    start,
                    max(np_end, k) if np_end > start else k,
                    "anonymous" if kind in ("unknown", "anonymous") else kind,
                    name_at,
                )
                draft.cue = (toks[k].start, toks[k].end)
                draft.lemma = "أبلغ"
                draft.content = (toks[after + n].start, draft.content[1])
                draft.resolved_from = None
                inner_end = end
                draft.kind = self._kind(toks, after + n, inner_end, "complementiser")
                return


def verb_gender(form: str, entry: CueEntry) -> str | None:
    """«قالت»، «وأضافت»، «مضيفةً» → "f"; «قال»، «مضيفًا» → "m" (None when it cannot tell)."""
    lemma = fold(entry.lemma)
    if entry.cls == "part":
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
    «برهوم» or «فيلدمان» a person."""
    return "organisation" if is_definite(first) and first not in given_names() else "person"

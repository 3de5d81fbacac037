"""Arabic attribution rules, first layer: token boundaries, delimiters, adjuncts and where content starts.

«قال الوزير في مؤتمر صحفي، أمس، إن …»: the adjuncts «في مؤتمر صحفي» and «أمس» are skipped
before the content opener «إن». :class:`ArabicAdjuncts` is the base of
:class:`khabar.components.attr_ar.ArabicRules`.
"""

from __future__ import annotations

from functools import cache

from khabar.components._ar_adjunct_ends import any_object, time_closes_adjunct
from khabar.components._ar_lexicon import (
    ADJUNCT_NOUNS,
    AUXILIARIES,
    DECLINE_OBJECTS,
    FIXED_ADJUNCTS,
    NAME_LINKS,
    PLATFORM,
    PUNCT_STOP,
    QAWL,
    _cue_with_object_pronoun,
    cue_class,
    given_names,
    head_of,
    honorifics,
    is_complementiser,
    is_definite,
    is_handle,
    is_stop,
    is_time_word,
    lookup_cue,
    media_name_end,
    speaker_heads,
    strip_conj,
)
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Token
from khabar.lang import load_words
from khabar.text import NormalizedText, fold

# «بقوله»، «بالقول»: "by saying" — the content follows (folded)
BY_SAYING = frozenset({"بالقول", "بقوله", "بقولها", "بقولهم", "بقولهما"})
# «بقوله تعالى»: scripture quoted, not the speaker's words
SACRED = frozenset({"تعالي", "سبحانه", "عز", "جل", "صلي", "عليه"})
# «قال فيه», «كتب تحته»: in or under the thing published right before the cue
IN_IT = frozenset(fold(w) for w in "فيه فيها تحته تحتها أسفله أسفلها".split())
# adverbs and pronoun adjuncts between a cue and its subject or content (folded)
ADVERBS = frozenset(
    {"ايضا", "كذلك", "خلاله", "خلالها", "بدوره", "بدورها", "بدورهم", "مؤخرا", "ومؤخرا", "حاليا"}
    # «بتغريدة … كتبت فيها صباح الأربعاء: «…»», «وكتب تحته: «…»»: in or under the post
    | IN_IT
    # «وكانت الوزيرة قد أكدت مرارًا أن …», «وقال الوزير مجددًا إن …»: repetition, not the speaker
    | {"مرارا", "وتكرارا", "مجددا"}
    # «ونفت الوزارة بشدة صحة التقارير»: how firmly, not what
    | {"بشده"}
)


# «قالت الطالبة … وهي تغالب دموعها»: a circumstantial clause after the speaker
CIRCUMSTANTIAL = frozenset({"وهو", "وهي", "وهم", "وهما"})


@cache
def np_enders() -> frozenset[str]:
    """The words and marks that end a speaker's noun phrase wherever they stand: punctuation,
    quotation marks, stop words, «التعليق», «عن», «كان», «أيضًا» … (one set lookup).

    >>> {"،", "«", "ايضا"} <= np_enders()
    True
    """
    fixed = {"عن", "ل", "ب"} | DECLINE_OBJECTS | AUXILIARIES | ADVERBS
    return PUNCT_STOP | OPEN_QUOTES | CLOSE_QUOTES | load_words("ar", "stop_before_content") | fixed


# «قال لها/لهم/لنا …»: to whom the words were said, a pronoun (folded)
TO_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لنا", "لكم"})


def _opens_words(toks: list[Token], k: int) -> bool:
    """A complementiser, «:» or a quotation mark at ``k``: the speaker's words open there."""
    return k < len(toks) and (
        bool(is_complementiser(toks, k)) or toks[k].text == ":" or toks[k].text in OPEN_QUOTES
    )


# demonstratives, folded: «هذه الاتهامات» (they stand before their noun)
DEMONSTRATIVES = frozenset({"هذا", "هذه", "هذان", "هاتان", "هذين", "هاتين", "هولاء", "ذلك", "تلك"})
# «في مقابلة مع هذه الصحيفة»: after a preposition the demonstrative is its object (folded)
_PREPOSITIONS = frozenset({"مع", "عن", "علي", "الي", "من", "في", "حول", "بشان", "لدي", "امام"})


def demonstrative_object(toks: list[Token], j: int, start: int, limit: int) -> bool:
    """«ونفت الشركة في بيان مقتضب هذه الادعاءات»: after «في» + a statement noun (بيان، تصريح …)
    + one or two indefinite adjectives, a demonstrative and a definite noun start the verb's
    object, not more of the adjunct (an indefinite noun closed by its adjective takes no
    genitive). Not right after the noun («في بيان هذه الحقائق», a verbal noun in construct)
    nor after a preposition («في حديث مع هذه الإذاعة»).
    """
    if toks[j].text not in DEMONSTRATIVES or not 2 <= j - start <= 3 or j + 1 >= limit:
        return False
    return (
        is_adjunct_noun(toks[start].text)
        and is_definite(toks[j + 1].text)
        and not any(is_definite(t.text) or t.text in _PREPOSITIONS for t in toks[start:j])
    )


def is_adjunct_noun(tok: str) -> bool:
    """«بيان», «تصريح», also with a possessive: «كلمته», «بيانها» (في كلمته: an adjunct).

    >>> is_adjunct_noun("كلمته"), is_adjunct_noun("الحكومه")
    (True, False)
    """
    if tok in ADJUNCT_NOUNS:
        return True
    for suffix in ("ه", "ها", "هم"):
        stem = tok[: -len(suffix)]
        if tok.endswith(suffix) and (
            stem in ADJUNCT_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in ADJUNCT_NOUNS)
        ):
            return True  # «كلمته» = «كلمة» + ه
    return False


# the people a statement is made to, after «لـ»: «قال … للمحتجين/للنواب/للأهالي إن …»
AUDIENCES = frozenset(
    fold(w)
    for w in (
        "المحتجين المتظاهرين المعتصمين الحاضرين المشاركين النواب السكان الأهالي "
        "المواطنين الجمهور الطلاب العمال المزارعين الزوار الحشود المراسلين"
    ).split()
)


def dotted_handle_end(toks: list[Token], j: int, limit: int) -> int:
    """Past the handle at ``j`` with the dotted parts the tokenizer cut off: «@mona.tahhan»
    is «@mona», «.», «tahhan» with no space between.

    >>> from khabar.components._draft import tokenize
    >>> toks = tokenize("(@mona.tahhan) مساء")
    >>> dotted_handle_end(toks, 1, len(toks)), dotted_handle_end(tokenize("@mona . كتبت"), 0, 3)
    (4, 1)
    """
    k = j + 1
    while (
        k + 1 < limit
        and toks[k].text in (".", "_")
        and toks[k].start == toks[k - 1].end
        and toks[k + 1].start == toks[k].end
        and toks[k + 1].text.isascii()
    ):
        k += 2
    return k


def published_thing(word: str) -> bool:
    """A statement noun, also in the accusative of an object: «تغريدة», «بيانا», «منشورا»,
    «تسجيلا», «مقطعا» (not with a possessive: «وتابع X حديثه قائلًا» is his talk).

    >>> published_thing("بيانا"), published_thing("تغريده"), published_thing("حديثه")
    (True, True, False)
    """
    return (
        word in ADJUNCT_NOUNS
        or (word.endswith("ا") and word[:-1] in ADJUNCT_NOUNS)
        or word in ("مقطع", "مقطعا")
    )


# verbs ending in «ى» whose «ي» spelling is another word: «روي» (Rui), «رأي» (an opinion)
YA_VERBS = frozenset({"روى", "رأى"})
FIXED_ADJUNCT_STARTS = frozenset(phrase[0] for phrase in FIXED_ADJUNCTS)


def by_saying(toks: list[Token], k: int) -> bool:
    """«بقوله»/«بالقول» at ``k`` opens the speaker's words (not «بقوله تعالى»)."""
    return toks[k].text in BY_SAYING and (k + 1 >= len(toks) or toks[k + 1].text not in SACRED)


# what opens an unpunctuated anonymity clause: «طلب عدم الكشف عن اسمه», «شريطة عدم ذكر اسمه»
ANONYMITY_VERBS = frozenset(
    fold(w)
    for w in "طلب رفض فضل اشترط مفضلا طالبا رافضا مشترطا مشترطة مفضلة طالبة رافضة شريطة بشرط".split()
)


def anonymity_clause_end(toks: list[Token], j: int, limit: int) -> int:
    """Past an anonymity clause at ``j`` («طلب عدم الكشف عن هويته», «شريطة عدم ذكر اسمه»);
    ``j`` when there is none.

    >>> from khabar.components._draft import tokenize
    >>> anonymity_clause_end(tokenize("شريطه عدم ذكر اسمه ، انه"), 0, 6)
    4
    >>> anonymity_clause_end(tokenize("طلب الوزير ان"), 0, 3)
    0
    """
    if j >= limit or strip_conj(toks[j].text) not in ANONYMITY_VERBS:
        return j
    for k in range(j + 1, min(limit, j + 5)):
        if toks[k].text.startswith(("اسم", "هويت")):
            return k + 1
        if toks[k].text in PUNCT_STOP:
            break
    return j


# «صحيفة «…» الناطقة بالإنجليزية»: the outlet's language, an adjective, not a spokeswoman
_SPEAKING = frozenset(fold(w) for w in "الناطق الناطقة الصادر الصادرة".split())


def _language_of_outlet_end(toks: list[Token], j: int, limit: int) -> int:
    """After a quoted outlet name ending before ``j``, past «الناطقة بالإنجليزية»."""
    if j + 1 < limit and toks[j].text in _SPEAKING and toks[j + 1].text.startswith("بال"):
        return j + 2
    return j


def _definite_place_end(toks: list[Token], start: int, end: int) -> int:
    """Where a prepositional phrase ``toks[start:end]`` that runs on to a quotation
    really ends: after its definite noun and definite adjectives when a bare word follows
    them, since a definite noun heads no construct («وأعلنت مديرية الصحة في المرج تعليق الدوام
    … «…»»: «تعليق الدوام» is the object, not part of «في المرج»); ``end`` otherwise."""
    k = start
    if k >= end or not is_definite(toks[k].text) or is_adjunct_noun(toks[k].text):
        return end
    while k + 1 < end and is_definite(toks[k + 1].text):
        k += 1
    nxt = toks[k + 1].text if k + 1 < end else ""
    if not nxt or is_stop(nxt) or is_time_word(nxt) or nxt in given_names() or head_of(nxt):
        return end
    if not nxt.isalpha() or cue_class(nxt) is not None or nxt.startswith(("ب", "ل", "ذات")):
        return end  # «في المدينة بمقاطعة …», «في الجلسة ذاتها»
    return k + 1


# «، في خطوة …», «، في إطار …», «، في حين …»: after a comma, a clause of the content goes on
CONTENT_GOES_ON = frozenset(fold(w) for w in "خطوة إطار سياق حين ظل وقت".split())


class ArabicAdjuncts:
    """Boundaries and adjuncts of one sentence of normalised Arabic text (base of the rules)."""

    # the current sentence's subject, set by ArabicRules.sentence_drafts
    _sentence_subject: tuple[tuple[int, int], str, tuple[int, int] | None] | None

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

    @staticmethod
    def _ordinal(toks: list[Token], j: int) -> bool:
        """«المتهم الأول», «النائب الثاني»: an ordinal adjective, not the month «كانون الأول»."""
        return toks[j].text in ("الاول", "الثاني") and (
            j == 0 or toks[j - 1].text not in ("كانون", "تشرين", "ربيع", "جمادي")
        )

    def is_cue(self, tok: Token) -> bool:
        """A cue word, except a name or noun that folds like one («روي ساليناس», «رأي»)."""
        found = lookup_cue(tok.text)
        return found is not None and not (found[1].lemma in YA_VERBS and self.written_with_ya(tok))

    def written_with_ya(self, tok: Token) -> bool:
        """The token ends in «ي» as written (folding also writes «ى» so): «روي» is a name,
        «روى» the verb."""
        if self.original is None or not tok.text.endswith("ي"):
            return False
        return self.original.orig[self.original.to_orig(tok.end - 1)] == "ي"

    @staticmethod
    def _adjunct_after(toks: list[Token], k: int) -> bool:
        """«في بيان», «في تصريح», «في كلمته»: في opening a statement adjunct (not «شكك في
        الأرقام»)."""
        if k + 1 >= len(toks):
            return False
        return is_adjunct_noun(toks[k + 1].text)

    def _ends_np(self, toks: list[Token], j: int, limit: int) -> bool:
        t = toks[j].text
        if t == "(" and j + 1 < limit and is_handle(toks[j + 1].text):
            return True  # «… الزيباري (@hevin) …»: the name ends at its handle
        if t == "." and j > 0 and len(toks[j - 1].text) == 1:
            return False  # «د. زياد»: an abbreviation inside the name
        return bool(
            t in np_enders()
            or is_complementiser(toks, j)
            or self.is_cue(toks[j])
            or (is_time_word(t) and not self._ordinal(toks, j))
            # the prefix first: most words are neither, and a regex call costs more
            or is_handle(t)
            or (t[:3] == "قول" and QAWL.match(t))
        )

    def _addressed(self, tok: str) -> bool:
        """«للصحفيين», «لوكالة»: an addressee word with its «لـ»."""
        return tok.startswith("ل") and len(tok) > 2 and self._is_addressee(tok)

    def _is_addressee(self, tok: str) -> bool:
        """لموقعنا، للصحفيين، لوكالة، لرويترز، لـ«…»: who the statement was made to (an
        adjunct)."""
        rest = tok[1:]
        heads = speaker_heads()
        if rest.startswith("ل") and heads.get("ا" + rest) in ("self", "outlet"):
            return True  # «للتلفزيون الرسمي», «للإذاعة»: ل + ال
        return (
            heads.get(rest) in ("self", "outlet")
            or rest in ("لصحفيين", "لصحافيين", "صحفيين")
            or (rest[:1] == "ل" and "ال" + rest[1:] in AUDIENCES)  # «للمحتجين», «للنواب»
            or media_name_end([Token(tok, 0, 0)], 0) is not None
        )

    def _addressed_at(self, toks: list[Token], k: int) -> bool:
        """:meth:`_addressed` of ``toks[k]``, or a news outlet of several words after «لـ»
        («شهود لبي بي سي»)."""
        t = toks[k].text
        return self._addressed(t) or (t[:1] == "ل" and media_name_end(toks, k) is not None)

    def _followed_by_delimiter(self, toks: list[Token], j: int, limit: int) -> bool:
        """True when 1–3 tokens from ``j`` are followed by a delimiter (a name before «:», «إن»);
        a link word does not count («ممدوح عبد الحفيظ،» is a name of three tokens and two words)."""
        return self._delimiter_after(toks, j, limit) is not None

    def _delimiter_after(self, toks: list[Token], j: int, limit: int) -> int | None:
        """Where the strong delimiter after 1–3 tokens from ``j`` stands (None: there is none)."""
        links = sum(1 for k in range(j, min(j + 3, limit)) if toks[k].text in NAME_LINKS)
        for k in range(j, min(j + 3 + links, limit)):
            if k > j and (toks[k].text in CIRCUMSTANTIAL or self._addressed_at(toks, k)):
                return k  # «قالت الطالبة ترانيم الخرابشة وهي تغالب …», «… شومر للصحافيين»
            if self._ends_np(toks, k, limit):
                return k if k > j and self._strong_delimiter(toks, k) else None
        return None

    def _subject_boundary(self, toks: list[Token], i: int, limit: int) -> int:
        """End of an unknown subject («إدارة مكتبة الإسكندرية») before «في بيان»/«، إن»/«إن».

        Only a complementiser or a statement adjunct (في بيان، في تصريح) counts as the
        boundary, so an object («كشف آفاق المدينة») is not taken for a subject.
        """
        for k in range(i + 1, min(limit, i + 7)):
            t = toks[k].text
            if is_complementiser(toks, k):
                return k
            if t == "في" and k + 1 < limit and is_adjunct_noun(toks[k + 1].text):
                return k
            if t.startswith("ل") and len(t) > 2 and self._addressed_at(toks, k):
                return k  # «وقالت المصادر لوكالة الأنباء …»: who it was said to
            if (
                t in ("،", ",")
                and k + 1 < limit
                and (
                    is_complementiser(toks, k + 1)
                    or toks[k + 1].text in ("في", "الذي", "التي", "الذين")
                )
            ):
                return k  # «وقال المسافر سالم نمر، الذي ينتظر منذ يومين: …»
            if t in PUNCT_STOP or t in OPEN_QUOTES or self.is_cue(toks[k]) or is_stop(t):
                return i
        return i

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
        if last_title is None or first >= b or toks[first].text in _PREPOSITIONS:
            return None  # «النائبة عن الدائرة»: the title's complement, no name
        return first

    def _extend_to_delimiter(self, toks: list[Token], end: int, limit: int) -> int:
        """«صرح والي سيدي عامر عبد الحميد العياري للصحفيين بأن …»: a verb that needs
        إن/أن or «:» lets the subject run on to the adjunct or complementiser (≤ 3 words)."""
        for k in range(end, min(limit, end + 4)):
            t = toks[k].text
            if self._strong_delimiter(toks, k) or self._addressed_at(toks, k):
                return k
            if (
                is_stop(t)
                or t in PUNCT_STOP
                or t in OPEN_QUOTES
                or t in CLOSE_QUOTES
                or is_handle(t)
                or published_thing(t)  # «ونشرت الشركة تغريدة قالت فيها …»: the object
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
            or self.is_cue(toks[k])
            or is_time_word(t)
            # «وقال الحلو لـ«صوت المدينة» …»: an addressee outlet in quotes
            or (t == "ل" and k + 1 < len(toks) and toks[k + 1].text in OPEN_QUOTES)
            # «كتبت هيفين الزيباري (@hevin) مساء أمس أن …»: the poster's handle in brackets
            or (t == "(" and k + 1 < len(toks) and is_handle(toks[k + 1].text))
            # «ونفى القيسي ما نقلته صحيفة …»: what others reported, the object of a denial
            or (
                t == "ما"
                and is_definite(toks[k - 1].text)  # not «أكد … صحة ما أفاد به …»
                and k + 1 < len(toks)
                and _cue_with_object_pronoun(toks[k + 1].text)
            )
        )

    def _in_phrase_ok(self, toks: list[Token], j: int, limit: int) -> bool:
        """«مصدر في وزارة الصحة», «ممثلة المفوضية في البلاد»: a في-phrase inside the speaker."""
        return (
            j + 1 < limit
            and not is_adjunct_noun(toks[j + 1].text)
            and toks[j + 1].text not in PLATFORM  # «في حسابها على …»: where it was posted
            and not is_time_word(toks[j + 1].text)
            and toks[j + 1].text not in ("وقت", "الوقت")
        )

    def _skip_in_phrase(self, toks: list[Token], j: int, limit: int) -> int:
        start, n = j, 0
        while (
            j < limit
            and n < 4
            and not self._ends_np(toks, j, limit)
            and toks[j].text not in honorifics()  # «… في الأمانة المهندس فهد …»: the name's turn
            and not self._given_name_after(toks, j, start)  # «… في قسم الصيانة رامي …»
            and not (j > start and self._addressed_at(toks, j))  # «موظف في العمادة للقناة»
        ):
            j += 1
            n += 1
        return j

    @staticmethod
    def _given_name_after(toks: list[Token], j: int, start: int) -> bool:
        """A known given name inside a title's «في» phrase opens the name (not after a link
        word: «… سيّاف بن عامر …» is one name)."""
        return j > start and toks[j].text in given_names() and toks[j - 1].text not in NAME_LINKS

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
                    or self._addressed(nxt)
                    or (nxt == "ل" and j + 2 < limit and toks[j + 2].text in OPEN_QUOTES)
                ):  # «…، الذي استقال الشهر الماضي، لـ«الرصد» إن …»
                    j += 1
                    continue
                if nxt in ("وهو", "وهي", "وهم", "التي", "الذي", "الذين", "اللذين"):
                    j = self._skip_to_comma(toks, j + 1, limit)
                    continue
                break
            if is_handle(t):
                handle = toks[j].text
                j = dotted_handle_end(toks, j, limit)
                continue
            if t in ("(", ")") or t in ADVERBS:  # «أكدت أيضًا دراسة …», «أكدا خلاله»
                j += 1
                continue
            if t in TO_PRONOUNS or (t == "لي" and _opens_words(toks, j + 1)):
                j += 1  # «قال لها إن …», «وقال لي إنه …» (not «لي» the name: «قال لي كه …»)
                continue
            if is_time_word(t) or t in ("/", "صدر", "الصادر", "نشر", "هـ", "ه"):
                j += 1
                continue
            if (
                t == "من"
                and toks[j - 1].text == "اول"
                and j + 1 < limit
                and toks[j + 1].text == "امس"
            ):
                j += 1  # «أول من أمس»: the day before yesterday
                continue
            if t == "من" and j > 0 and toks[j - 1].text in ("سابق", "لاحق") and j + 1 < limit:
                if is_time_word(toks[j + 1].text):
                    j += 1  # «في وقت لاحق من يوم الخميس»: the day the earlier time belongs to
                    continue
            if t in CIRCUMSTANTIAL and (past := self._circumstantial_end(toks, j, limit)) > j:
                j = past  # «وقال سامح القيسي وهو نائب رئيس النادي إن …»: a clause about the speaker
                continue
            if (past := anonymity_clause_end(toks, j, limit)) > j:
                j = past  # «، في اتصال مع «…» شريطة عدم ذكر اسمه، إنه …»
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
            if t[:1] == "ل" and (named := media_name_end(toks, j)) is not None:
                j = named  # «لرويترز», «لسي إن إن»: the outlet told, by its name alone
                continue
            if self._addressed(t):
                if j + 1 < limit and toks[j + 1].text in OPEN_QUOTES:  # «لصحيفة «الملاعب» إن»
                    j = self._short_quote_end(toks, j + 1, limit) or j + 1
                    j = _language_of_outlet_end(toks, j, limit)
                    continue
                j, h = self._skip_prep_phrase(toks, j + 1, limit)
                continue
            if t == "ل" and j + 1 < limit and toks[j + 1].text in OPEN_QUOTES:
                j = self._quote_end(toks, j + 1, limit)
                continue
            if t in OPEN_QUOTES and j > 0 and toks[j - 1].text == "ل":
                j = self._quote_end(toks, j, limit)  # «في حديث لـ«الراية»»: the outlet told
                continue
            break
        return j, handle

    def _circumstantial_end(self, toks: list[Token], j: int, limit: int) -> int:
        """Past a «وهو/وهي …» clause at ``j`` to the complementiser, «:» or comma after it
        (≤ 12 words, no cue or other punctuation inside); ``j`` when there is none."""
        for k in range(j + 1, min(limit, j + 12)):
            t = toks[k].text
            if is_complementiser(toks, k) or t in (":", "،", ","):
                return k
            if t in PUNCT_STOP or t in OPEN_QUOTES or self.is_cue(toks[k]):
                return j
        return j

    def _fixed_adjunct(self, toks: list[Token], j: int, limit: int) -> int:
        if j >= limit or toks[j].text not in FIXED_ADJUNCT_STARTS:
            return 0
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
            if is_handle(t):
                handle = t
            quoted_platform = (
                j == start and j + 2 < limit and toks[j + 1].text in PLATFORM
            )  # «كتبت على «فيسبوك» (@…)»
            if t in OPEN_QUOTES and (j > start or quoted_platform):
                close = self._short_quote_end(toks, j, limit)
                if close is None and toks[j - 1].text == "مع":
                    close = self._partner_end(toks, j, limit)  # «في اتصال مع «الراصد» صحة …»
                if close is not None:  # «في تصريح خصت به «المساء» إن», «على منصة "إكس"»
                    if toks[j - 1].text == "ل" and is_adjunct_noun(toks[start].text):
                        return close, handle  # «نفى في حديث لـ«الراية» صحة …»: the outlet told
                    j = close
                    continue
            if t in OPEN_QUOTES:
                return _definite_place_end(toks, start, j), handle
            if t in (":", "،", ",") or is_complementiser(toks, j):
                return j, handle
            if anonymity_clause_end(toks, j, limit) > j:
                return j, handle  # «في اتصال مع «…» شريطة عدم ذكر اسمه»: the condition is apart
            if t == "(" and j > start and toks[j - 1].text in PLATFORM:
                close = next(
                    (m for m in range(j + 1, min(limit, j + 4)) if toks[m].text == ")"), None
                )
                if close is not None:  # «في منصة إكس (@handle)»: the account ends the phrase
                    handle = handle or next(
                        (toks[m].text for m in range(j + 1, close) if is_handle(toks[m].text)), None
                    )
                    return close + 1, handle
            after_noun = is_adjunct_noun(toks[j - 1].text) or toks[j - 1].text in PLATFORM
            if (cue_class(t) not in (None, "part") and not after_noun) or t in DECLINE_OBJECTS:
                return j, handle
            if demonstrative_object(toks, j, start, limit):
                return j, handle
            if is_adjunct_noun(toks[start].text) and (
                any_object(toks, j, start) or time_closes_adjunct(toks, j, start, limit)
            ):
                return j, handle  # «في بيان مقتضب أي تقصير», «في بيان أمس ارتفاع …»
            j += 1
        # no delimiter close by: the phrase was probably just «في + noun (+ adjective)»
        j = min(start + 1, limit)
        if j < limit and is_adjunct_noun(toks[start].text):
            tail = self._adjunct_tail(toks, j, limit)  # «في اتصال هاتفي مع «الراصد»»
            if tail > j:
                return tail, handle
        if j + 1 < limit and not is_definite(toks[j].text) and is_stop(toks[j + 1].text):
            j += 1  # «في بيان منفصل ما …»
        return j, handle

    def _adjunct_tail(self, toks: list[Token], j: int, limit: int) -> int:
        """After «في اتصال» / «في بيان»: its indefinite nisba adjectives («هاتفي», «صحفي») and
        the partner «مع «الراصد»» / «مع الصحيفة» belong to the adjunct, not to the object
        («ونفى المدير في اتصال هاتفي مع «الراصد» وجود أي تسرب»)."""
        first = j
        while (
            j < limit
            and len(toks[j].text) > 3
            and not is_definite(toks[j].text)
            and toks[j].text.endswith(("ي", "يه"))
        ):
            j += 1
        if j < limit and j > first and toks[j].text.endswith(("ها", "ه")):
            return first  # «في كلمة توجيهية وجهها للشباب»: a clause on the noun goes on
        if j + 1 < limit and toks[j].text == "مع":
            partner = self._partner_end(toks, j + 1, limit)
            if partner is None:
                return j
            j = partner
            if j < limit and toks[j].text == "من":  # «… مع «الراصد» من مكتبه في المدينة، أمس:»
                for m in range(j + 1, min(limit, j + 12)):
                    if toks[m].text in (":", "،", ",") or is_complementiser(toks, m):
                        return m
                    if toks[m].text in PUNCT_STOP:
                        break
        return j

    @staticmethod
    def _partner_end(toks: list[Token], j: int, limit: int) -> int | None:
        """The end of the partner after «مع»: a quoted name of at most four words or one
        definite noun; None when neither follows."""
        if toks[j].text in OPEN_QUOTES:
            close = next(
                (m for m in range(j + 1, min(limit, j + 6)) if toks[m].text in CLOSE_QUOTES), None
            )
            return close + 1 if close is not None else None
        return j + 1 if is_definite(toks[j].text) else None

    def _short_quote_end(self, toks: list[Token], j: int, limit: int) -> int | None:
        """After a short quoted name (≤ 4 words) that is followed by more frame, the index past it."""
        for k in range(j + 1, min(limit, j + 6)):
            if toks[k].text in CLOSE_QUOTES:
                nxt = k + 1
                if nxt >= limit:
                    return None
                t = toks[nxt].text
                if t in (":", "،", ",", "(", "@") or is_handle(t) or is_complementiser(toks, nxt):
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
                if t in _SPEAKING:
                    return nxt  # «لصحيفة «…» الصادرة بالفرنسية يوم الأحد إن …»
                for m in range(nxt, min(limit, nxt + 4)):  # «تلقت «ضاد» نسخة منه، إنها …»
                    if toks[m].text in ("،", ",", ":") or is_complementiser(toks, m):
                        return nxt
                if self._colon_ahead(toks, nxt, limit):
                    return nxt  # «مع برنامج «المساء» المذاع على قناة …، مساء أمس: «…»»
                return None
        return None

    @staticmethod
    def _colon_ahead(toks: list[Token], k: int, limit: int) -> bool:
        """A «:» within a dozen words and before any إن/أن: the frame goes on to it."""
        for m in range(k, min(limit, k + 12)):
            t = toks[m].text
            if t == ":":
                return True
            if is_complementiser(toks, m) or t in ("؛", "."):
                return False
        return False

    def _skip_to_comma(self, toks: list[Token], j: int, limit: int) -> int:
        """To the comma closing a relative clause, or the «:» of a quote that follows it."""
        while j < limit and toks[j].text not in ("،", ",", ":"):
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
            if toks[j].text == "علي" and j + 1 < limit and is_complementiser(toks, j + 1):
                return j + 1, "complementiser"  # «وشدّدت العائلات، في بيان، على أن …»
            j = self._by_saying_ahead(toks, j, limit)
            # «قائلًا», and «متسائلًا» after a verb of ending («وختمت حديثها متسائلةً: …»)
            if toks[j].text in BY_SAYING or toks[j].text in (
                "قايلا",
                "قايله",
                "متسايلا",
                "متسايله",
            ):
                if j + 1 < limit and toks[j + 1].text == ":":
                    return j + 2, "colon"
                if (
                    j + 2 < limit
                    and toks[j + 1].text in ("،", ",")
                    and is_complementiser(toks, j + 2)
                ):
                    j += 1  # «بالقول، إن …»
                if j + 1 < limit and is_complementiser(toks, j + 1):
                    return j + 1, "complementiser"  # «مكتفيًا بالقول إن …»
                return j + 1, "colon"
        return j, "object"

    def adverb_before_that(self, toks: list[Token], j: int) -> bool:
        """An adverb right before إن/أن: an indefinite accusative word in «ـًا» («سابقًا»,
        «مؤخرًا», «رسميًا») or «صراحة» — not a pronoun on a preposition («عنها», «لها»).

        >>> from khabar.components._draft import tokenize
        >>> rules = ArabicAdjuncts("")
        >>> [rules.adverb_before_that(tokenize(s), 0) for s in ("سابقا ان", "عنها ان")]
        [True, False]
        """
        if j + 1 >= len(toks) or not is_complementiser(toks, j + 1):
            return False
        t = toks[j].text
        accusative = len(t) >= 4 and t.endswith("ا") and not t.endswith("ها")
        return (accusative or t == "صراحه") and not is_definite(t) and not self.is_cue(toks[j])

    def _by_saying_ahead(self, toks: list[Token], j: int, limit: int) -> int:
        """«ويصف الناشط … الأوضاع في المخيم بقوله «…»», «وعلّق على ذلك بالقول: …»: the
        content opens after «بقوله/بالقول» a few words on, past the verb's object; ``j``
        itself when there is none (or it quotes scripture: «بقوله تعالى»)."""
        for k in range(j, min(limit - 1, j + 10)):
            t = toks[k].text
            if t in BY_SAYING:
                return k if by_saying(toks, k) else j
            if t in PUNCT_STOP or t in (":", *OPEN_QUOTES) or is_complementiser(toks, k):
                break
            if self.is_cue(toks[k]):
                break
        return j

    def _aside(self, toks: list[Token], j: int, limit: int) -> int:
        """«مصدر في الوزارة، فضّل عدم ذكر اسمه، إن …»: skip a short aside between commas."""
        if j + 1 < limit and is_complementiser(toks, j + 1):
            return j  # «، أن يكون …»: the content itself, not an aside
        for c in range(j + 2, min(limit - 1, j + 22)):
            if (
                is_complementiser(toks, c)
                and toks[c - 1].text not in ("،", ",")
                and not toks[c].text.startswith("ل")  # «لأنه غير مخوّل»: a reason inside the aside
            ):
                return j  # a clause opens inside: this is content, not an aside
            if toks[c].text in ("،", ","):
                nxt = c + 1
                if (
                    is_complementiser(toks, nxt)
                    or toks[nxt].text == ":"
                    # «، في تصريح لـ…، إن»; not «، في خطوة تهدف إلى …» (content goes on)
                    or (
                        toks[nxt].text == "في"
                        and not (nxt + 1 < limit and toks[nxt + 1].text in CONTENT_GOES_ON)
                    )
                    or toks[nxt].text in DECLINE_OBJECTS
                    or (
                        toks[nxt].text == "عن"
                        and nxt + 1 < limit
                        and toks[nxt + 1].text in DECLINE_OBJECTS
                    )
                    or self._addressed(toks[nxt].text)
                ):  # «امتنعت الشركة، المتعاقدة مع الوزارة، عن التعليق»
                    return nxt  # «…، رفض الكشف عن هويته، لصحيفة «…» إن»
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
            if toks[c].text == ":" and c - j <= 12:
                if any(self.is_cue(t) for t in toks[j + 1 : c]):
                    return j  # «ونفى X، علم المصنع بأي بلاغ، مضيفًا: «…»»: the colon is the cue's
                return c  # «وقالت المتحدثة، متحدثةً من مخيم قرب الحدود: «…»»
            if toks[c].text in PUNCT_STOP:
                return j
        return j

"""Find the quantities of a stretch of text: digits, number words, vague amounts, ranges.

Works on the normalised text (``doc.norm``) and reports original offsets, so that
``text[q.start:q.end] == q.text``.

>>> from khabar.text import normalise
>>> text = "قال إن نحو ١٢ ألف عميل تضرروا، وإن ٨٠٪ من الأنظمة عادت"
>>> [(q.value, q.text, q.unit, q.approx) for q in find_quantities(normalise(text), 0, len(text), "ar")]
[(12000, '١٢ ألف', 'عميل', 'about'), (80, '٨٠٪', '%', None)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from khabar.model import Quantity
from khabar.numbers._lexicon import counted_predicates, dual_nouns, number_lexicon, unit_lexicon
from khabar.numbers.anchors import feminine_dual, masculine_dual, number_anchors, number_windows
from khabar.numbers.tokens import Token, digits_value, tokenize, word_end
from khabar.numbers.words import parse_words
from khabar.text import NormalizedText, fold

_AR_CLITICS = ("و", "ب", "ل", "ف", "ك")
_RANGE_LINKS = frozenset({"و", "الي", "حتي", "-", "–", "to", "and"})
_YEAR_CUES = frozenset(
    {"عام", "العام", "سنه", "السنه", "منذ", "مطلع", "اواخر", "اوائل", "in", "since", "year", "of"}
)
_AR_PRONOUN_FORMS = frozenset(
    "منهم منها منه منهن فيها فيهم فيه عليها عليهم عليه لها لهم له بينهم بينها بينه "
    "عنها عنهم عنه اليها اليهم اليه معهم معها معه".split()
)
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# words that are never the counted thing right after a number
_STOP = frozenset(
    "من في علي الي عن ان او ام و ما لا لم لن قد ثم حتي منذ خلال بعد قبل مع بين عند نحو "
    "هذا هذه تلك ذلك التي الذي الذين امس اليوم يوم مساء صباح فقط ايضا كما وفق حسب "
    "of the a an and or to in on at for from by with than that which who had have has was were "
    "is are be been will would could may might said says more less about over under into since "
    "per as after before this these those its their his her".split()
)


@dataclass(slots=True)
class _Found:
    """A quantity being built: token positions and the parts read so far."""

    first: int  # index of its first token
    last: int  # index after its last token
    value: int | float | None
    raw: int | float | None  # before the scale word
    scale: int
    vague: str | None = None
    unit: str | None = None
    approx: str | None = None
    lead: int = 0  # characters of a clitic to leave out at the start (بثلاثة)


def find_quantities(
    norm: NormalizedText,
    start: int,
    end: int,
    lang: str,
    exclude: Sequence[tuple[int, int]] = (),
    anchors: Sequence[int] | None = None,
) -> list[Quantity]:
    """Quantities in the original span ``[start, end)``; ``exclude`` holds original spans
    (dates, names) whose numbers are not quantities; ``anchors`` are the normalised positions
    where a number may begin (:func:`number_anchors` of the whole text, found once)."""
    lang = lang if lang in ("ar", "en") else "en"
    ns, ne = norm.to_norm(start), norm.to_norm(end)
    if anchors is None:
        anchors = number_anchors(norm.text, ns, ne, lang)
    blocked = [(norm.to_norm(a), norm.to_norm(b)) for a, b in exclude]
    out: list[Quantity] = []
    for wa, wb in number_windows(norm.text, anchors, ns, ne):
        toks = tokenize(norm.text, wa, wb)
        found = _read_all(toks, lang, blocked)
        _spread_ranges(toks, found)
        found = _join_sums(toks, found)
        for f in found:
            definite = f.first > 0 and toks[f.first - 1].text == "ال"  # الجنود الـ١٢
            if f.lead != -1 and (f.unit is None or _generic(f.unit) or definite):
                # «عدد النازحين … بلغ ٤٥٠٠ شخص» counts the displaced, not "persons"
                f.unit = _counted_thing(norm.text, ns, toks, f, lang)
        out.extend(_to_quantity(norm, toks, f) for f in found)
    return out


def _read_all(toks: list[Token], lang: str, blocked: list[tuple[int, int]]) -> list[_Found]:
    words = [text if kind != "sym" or text == "," else "|" for kind, text, _, _, _ in toks]
    found: list[_Found] = []
    resume = 0  # the tokens before it belong to the last number read
    for i in _reading_starts(toks, lang):
        if i < resume:
            continue
        hit = _read_at(toks, words, i, lang, blocked)
        if hit is None:
            continue
        if hit.value is not None or hit.vague is not None:
            found.append(hit)
        resume = max(hit.last, i + 1)
    return found


_CURRENCY_SIGNS = frozenset("$€£")


def _reading_starts(toks: list[Token], lang: str) -> list[int]:
    """The indices of the tokens where :func:`_read_at` can find something: digits, a currency
    sign, and the words of :func:`_word_starters` or :func:`_odd_starter` (most words of a
    window are none of these, and most symbols are no currency sign).

    >>> from khabar.numbers.tokens import tokenize
    >>> text = fold("قال إن ثلاثة من 40 (توصيتين صريحتين) و$5")
    >>> toks = tokenize(text, 0, len(text))
    >>> [t.text for t in toks]
    ['قال', 'ان', 'ثلاثه', 'من', '40', '(', 'توصيتين', 'صريحتين', ')', 'و', '$', '5']
    >>> _reading_starts(toks, "ar")
    [2, 4, 6, 7, 10, 11]
    """
    starters = _word_starters(lang)
    if lang == "ar":  # _odd_starter written out: it is asked of most words of a window
        return [
            i
            for i, (kind, text, _, _, _) in enumerate(toks)
            if (
                kind == "word"
                and (
                    text in starters
                    or text[-3:] in _FEMININE_DUAL_ENDINGS
                    or (text[-2:] == "ين" and masculine_dual(text))
                    or (text.endswith(_POSSESSED_DUAL_ENDINGS) and feminine_dual(text))
                )
            )
            or kind == "num"
            or (kind == "sym" and text in _CURRENCY_SIGNS)
        ]
    return [
        i
        for i, (kind, text, _, _, _) in enumerate(toks)
        if (kind == "word" and (text in starters or _odd_starter(text, lang)))
        or kind == "num"
        or (kind == "sym" and text in _CURRENCY_SIGNS)
    ]


@cache
def _word_starters(lang: str) -> frozenset[str]:
    """Every word at which :func:`_read_words` can find something: the number words, with
    one clitic (بثلاثة) or «ال» (الأربعة), and the Arabic duals of counted nouns (يومين).

    A word outside this set (and not :func:`_odd_starter`) gets None from :func:`_read_words`:
    each of its readers starts with a lexicon lookup of the word, of the word without its
    first letter, or without «ال».
    """
    words = set(number_lexicon(lang).words)
    out = words | set(dual_nouns(lang))
    if lang == "ar":
        out |= {prefix + w for prefix in (*_AR_CLITICS, "ال") for w in words}
    return frozenset(out)


def _odd_starter(word: str, lang: str) -> bool:
    """The words :func:`_read_words` reads without a lexicon entry for them: an Arabic feminine
    dual (توصيتين), English «a» (a few, a million) and hyphenated numbers (forty-five)."""
    if lang == "ar":
        return word[-3:] in _FEMININE_DUAL_ENDINGS
    return word == "a" or "-" in word


def _read_at(
    toks: list[Token], words: list[str], i: int, lang: str, blocked: list[tuple[int, int]]
) -> _Found | None:
    tok = toks[i]
    if blocked and any(a <= tok.start < b for a, b in blocked):
        return None
    if tok.kind == "num":
        hit = _read_digits(toks, i, lang)
    elif tok.kind == "word":
        hit = _read_words(toks, words, i, lang)
    elif (
        tok.kind == "sym" and tok.text in "$€£" and i + 1 < len(toks) and toks[i + 1].kind == "num"
    ):
        hit = _read_digits(toks, i + 1, lang)
        if hit is not None:
            hit.first = i
            hit.unit = unit_lexicon(lang).lemma(tok.text) or hit.unit
    else:
        return None
    if hit is None or (hit.value is None and hit.vague is None):
        return hit
    _read_unit(toks, hit, lang)
    _read_approx(toks, hit, lang)
    return hit


def _read_digits(toks: list[Token], i: int, lang: str) -> _Found | None:
    tok = toks[i]
    if _not_a_quantity(toks, i, lang):
        return _Found(i, i + 1, None, None, 1)
    j = i + 1
    scale = 1
    if (
        j + 1 < len(toks)
        and toks[j].text == "-"
        and _glued(tok, toks[j])
        and _glued(toks[j], toks[j + 1])
    ):
        j += 1  # «a 40-million-euro grant»: the scale after a hyphen
    nxt = toks[j] if j < len(toks) else None
    word = nxt.text.split("-")[0] if nxt and j > i + 1 else nxt.text if nxt else ""
    entry = number_lexicon(lang).words.get(word) if nxt and nxt.kind == "word" else None
    if entry and entry.kind.startswith("scale") and isinstance(entry.value, int):
        scale = entry.value * (2 if entry.kind == "scale_dual" else 1)
        j += 1
    elif j > i + 1:
        j = i + 1  # «52-year-old»: no scale after the hyphen
    # «1.500 مليون» is 1.5 million; with two marks («542.963,440 مليون») one is the decimal
    single_group = tok.grouped and tok.text[-4] in ".," and _marks(tok.text) == 1
    raw = digits_value(tok, decimal_group=scale > 1 and single_group)
    value = raw * scale
    return _Found(i, j, _whole(value), raw, scale)


def _marks(digits: str) -> int:
    """How many separator marks a number holds: «1.500» 1, «542.963,440» 2."""
    return digits.count(".") + digits.count(",")


def _whole(x: float) -> int | float:
    """An int when x is whole up to float noise (17.1 × 10⁹ is 17100000000, not …000002).

    >>> _whole(17.1 * 1_000_000_000), _whole(2.5), _whole(0.125)
    (17100000000, 2.5, 0.125)
    """
    nearest = round(x)
    if abs(x - nearest) <= 1e-9 * max(1.0, abs(x)):
        return int(nearest)
    return round(x, 6)


def _not_a_quantity(toks: list[Token], i: int, lang: str) -> bool:
    """Clock times, dates in digits, phone numbers, ordinals, years and numbers in names."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    if _glued(prev, tok) and prev is not None and prev.text in ":/+":
        return True
    if nxt and _glued(tok, nxt) and nxt.text in ":/+" and after and after.kind == "num":
        return True
    if prev and prev.kind == "word" and prev.text in ("ال", "رقم") and _glued(prev, tok):
        return not (prev.text == "ال" and _after_counted_plural(toks, i - 1))  # الـ50: ordinal
    if nxt and nxt.kind == "word" and nxt.text in _ORDINAL_SUFFIXES and _glued(tok, nxt):
        return True  # 1st, 21st
    if nxt and after and nxt.text == "-" and _glued(tok, nxt) and after.text.endswith("-old"):
        return True  # «a 52-year-old driver»: an age
    if tok.text.startswith("0") and len(tok.text) >= 4 and not tok.grouped:
        return tok.text[1:2] not in ".,٫"  # phone numbers, codes; not a decimal «0.48»
    if prev and prev.kind == "word" and _is_name_head(prev.text, lang):
        # «مجموعة العشرين» names a group; «بما مجموعه ٤٠ ألف سلة» is a total
        return not (i > 1 and toks[i - 2].text in ("ما", "بما"))
    return _is_year(toks, i)


def _glued(a: Token | None, b: Token) -> bool:
    return a is not None and a.end == b.start


def _is_name_head(word: str, lang: str) -> bool:
    heads = number_lexicon(lang).phrases.get("name_head", ())
    return word in heads or (word[:1] in _AR_CLITICS and word[1:] in heads)


def _is_year(toks: list[Token], i: int) -> bool:
    """A bare four-digit number from 1800 to 2100 is a year unless a counted noun follows."""
    tok = toks[i]
    if tok.grouped or not tok.text.isdigit() or not 1800 <= int(tok.text) <= 2100:
        return False
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.kind == "word" and prev.text in _YEAR_CUES:
        return True
    if nxt is None or nxt.kind != "word":
        return True
    return nxt.text in _STOP or nxt.text in ("ه", "م", "هـ", "ad", "bc")


def _read_words(toks: list[Token], words: list[str], i: int, lang: str) -> _Found | None:
    first = toks[i].text
    if lang == "ar" and (
        lemma := dual_nouns(lang).get(first)
        or (first[:1] in _AR_CLITICS and dual_nouns(lang).get(first[1:]))  # وامرأتان
        or _feminine_dual(toks, i)
        or _lone_feminine_dual(toks, i)
        or masculine_dual(first)
    ):
        return _dual(toks, i, lemma)  # يومين، قريتين، توصيتين صريحتين، انفجارين
    if lang == "ar" and first.startswith("ال") and (hit := _definite_number(toks, i)):
        return hit
    got = parse_words(words, i, lang)
    if got is None:
        return None
    if got.length == 1 and got.value == 1:  # واحد، "one": "one of", "in one day"
        return _one_after_noun(toks, i) if lang == "ar" else None
    hit = _Found(i, i + got.length, got.value, _raw(got.value, got.scale), got.scale, got.vague)
    lex = number_lexicon(lang)
    if lang == "ar" and first not in lex.words and first[:1] in _AR_CLITICS:
        hit.lead = 1  # بثلاثة: the number starts after the clitic
    return hit


# counted nouns that «واحد» after them makes a duration or a frequency, not a figure
_AR_NOT_COUNTED_BY_ONE = frozenset(map(fold, "ساعة دقيقة يوم أسبوع شهر سنة عام مرة".split()))


def _one_after_noun(toks: list[Token], i: int) -> _Found | None:
    """«قتيلاً واحداً», «إصابة واحدة»: «واحد» after an indefinite singular counted noun is its
    adjective, one of that noun (num2words has no word for it: Arabic says one and two after
    the noun); not after a time word («في يوم واحد»).

    >>> from khabar.numbers.tokens import tokenize
    >>> hit = _one_after_noun(tokenize("قتيلا واحدا وسته", 0, 16), 1)
    >>> hit.value, hit.unit, hit.first
    (1, 'قتيل', 0)
    """
    if i == 0 or toks[i - 1].kind != "word" or toks[i - 1].end + 1 != toks[i].start:
        return None
    word = toks[i - 1].text
    units = unit_lexicon("ar")
    for form in (word, word[:-1] if word.endswith("ا") else ""):  # قتيلاً: the accusative alef
        lemma = units.lemma(form)
        if lemma is not None and fold(lemma) == form and form not in _AR_NOT_COUNTED_BY_ONE:
            hit = _Found(i - 1, i + 1, 1, 1, 1, unit=lemma)
            hit.lead = -1  # the unit is the word before the number
            return hit
    return None


_AR_BOUNDS = frozenset({"فوق", "تحت", "دون", "عتبه", "حاجز", "سقف"})
# «عدد القتلى يتجاوز الثمانين», «قارب المئة»: verbs of reaching or passing a round number
_AR_BOUND_VERBS = frozenset(
    "يتجاوز تتجاوز تجاوز تجاوزت يفوق تفوق فاق فاقت قارب قاربت يقارب تقارب ناهز ناهزت يناهز تناهز".split()
)


def _definite_number(toks: list[Token], i: int) -> _Found | None:
    """A number word with «ال» counts when it follows a plural counted noun as its adjective
    («الأيام العشرة», «العمال الأربعة») or a bound word («فوق الأربعين درجة»); elsewhere it
    is an ordinal or part of a name («الدورة الأربعين», «مجموعة العشرين»).

    >>> from khabar.numbers.tokens import tokenize
    >>> toks = tokenize("خلال الايام العشره المقبله", 0, 26)
    >>> _definite_number(toks, 2).value, _definite_number(tokenize("الدوره العشرين", 0, 14), 1)
    (10, None)
    """
    entry = number_lexicon("ar").words.get(toks[i].text[2:])
    prev = toks[i - 1].text if i > 0 and toks[i - 1].kind == "word" else ""
    if entry is not None and entry.kind == "hundred" and prev in _AR_BOUND_VERBS:
        return _Found(i, i + 1, 100, 100, 1)  # «قارب المئة»
    if entry is not None and entry.kind == "teen_head" and isinstance(entry.value, int):
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if nxt in ("عشر", "عشره"):  # «الإحدى عشرة»: the ordinal is «الحادية عشرة»
            return _Found(i, i + 2, 10 + entry.value, 10 + entry.value, 1)
    if entry is None or entry.kind != "cardinal" or not isinstance(entry.value, int):
        return None
    if _is_name_head(prev, "ar"):
        return None  # «الدول الست»: a group's name
    tens = _definite_tens_after(toks, i) if entry.value < 10 else 0
    if tens:  # «حيواناتها الاثنين والثلاثين»: no ordinal is spelt so (الثاني والثلاثين)
        hit = _Found(i, i + 2, entry.value + tens, entry.value + tens, 1)
        hit.unit = _ar_noun(_noun_before_adjectives(toks, i), unit_lexicon("ar").lemma)
        return hit
    if entry.value == 2 and _after_dual(prev, toks[i].text) and _definite_noun_before(toks, i):
        # «الموظفين الاثنين», «الحارسان الاثنان»: after a dual, «الاثنين» is two, not Monday
        hit = _Found(i, i + 1, 2, 2, 1)
        hit.unit = _ar_noun(prev, unit_lexicon("ar").lemma)
        return hit
    if 3 <= entry.value <= 10 and _definite_noun_before(toks, i):
        # «الرهائن الستة», «العمال الثلاثة»: from three to ten a definite cardinal (الستة، الثلاث)
        # is spelt unlike the ordinal (السادس، الثالثة), so after a definite noun it counts it
        hit = _Found(i, i + 1, entry.value, entry.value, 1)
        hit.unit = _ar_noun(_noun_before_adjectives(toks, i), unit_lexicon("ar").lemma)
        return hit
    if entry.value >= 20 and (prev in _AR_BOUNDS or prev in _AR_BOUND_VERBS):
        return _Found(i, i + 1, entry.value, entry.value, 1)
    return None


def _after_dual(prev: str, two: str) -> bool:
    """``prev`` can be the dual that «الاثنين/الاثنان» (``two``) agrees with: «الاثنان» after
    any -ان/-ين word; «الاثنين», which also names Monday, only after a dual in -ين
    («الحارسين الاثنين»), never after a singular («رئيس البرلمان الاثنين»، «الدين»).

    >>> _after_dual("الحارسين", "الاثنين"), _after_dual("البرلمان", "الاثنين"), _after_dual("الحارسان", "الاثنان")
    (True, False, True)
    """
    if two == "الاثنين":
        return prev.endswith("ين") and len(prev) >= 7
    return prev.endswith(("ين", "ان"))


def _definite_tens_after(toks: list[Token], i: int) -> int:
    """The tens of «والثلاثين» after a definite unit number at ``i``, or 0.

    >>> from khabar.numbers.tokens import tokenize
    >>> _definite_tens_after(tokenize("الاثنين والثلاثين", 0, 17), 0)
    30
    """
    nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].kind == "word" else ""
    if not nxt.startswith("وال"):
        return 0
    entry = number_lexicon("ar").words.get(nxt[3:])
    if entry is None or entry.kind != "cardinal" or not isinstance(entry.value, int):
        return 0
    return entry.value if entry.value in range(20, 100, 10) else 0


def _definite_noun_before(toks: list[Token], i: int) -> bool:
    """``toks[i - 1]`` is a definite noun (الرهائن، والبحارة، للعمال), not a stop word or number.

    >>> from khabar.numbers.tokens import tokenize
    >>> _definite_noun_before(tokenize("الرهائن السته", 0, 13), 1)
    True
    >>> _definite_noun_before(tokenize("من السته", 0, 8), 1)
    False
    """
    if i == 0 or toks[i - 1].kind != "word":
        return False
    word = toks[i - 1].text
    bare = _bare(word, "ar")
    return bare != word and word not in _STOP and not _not_a_noun(bare)


def _noun_before_adjectives(toks: list[Token], i: int) -> str:
    """The definite noun before ``toks[i]``, past up to two definite nisba adjectives (-ي/-ية):
    «المحطات النووية الأربع» → «المحطات» (without a leading «و»).

    >>> from khabar.numbers.tokens import tokenize
    >>> _noun_before_adjectives(tokenize("والمحطات النوويه الاربع", 0, 23), 2)
    'المحطات'
    """
    k = i - 1
    while (
        k > 0
        and i - k <= 2
        and _bare(toks[k].text, "ar").endswith(("ي", "يه"))
        and toks[k - 1].kind == "word"
        and _bare(toks[k - 1].text, "ar") != toks[k - 1].text
    ):
        k -= 1
    word = toks[k].text
    return word[1:] if word.startswith("وال") else word


def _after_counted_plural(toks: list[Token], i: int) -> bool:
    """``toks[i - 1]`` is the definite plural of a counted noun (الأيام، العمال)."""
    if i == 0 or toks[i - 1].kind != "word" or not toks[i - 1].text.startswith("ال"):
        return False
    bare = _bare(toks[i - 1].text, "ar")
    lemma = unit_lexicon("ar").lemma(bare)
    return lemma is not None and fold(lemma) != bare


_TWO_FORMS = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})
_FEMININE_DUAL_ENDINGS = ("تين", "تان")
_POSSESSED_DUAL_ENDINGS = ("تاها", "تاهم", "تيها", "تيهم")  # طائرتاها، سيارتيها


def _dual(toks: list[Token], i: int, lemma: str) -> _Found:
    """Two of the noun ``toks[i]`` names; «عاملين اثنين» is one quantity with its «اثنين»."""
    hit = _Found(i, i + 1, 2, 2, 1)
    hit.unit = lemma
    hit.lead = -1  # the unit is the word itself
    if i + 1 < len(toks) and toks[i + 1].text in _TWO_FORMS:
        hit.last = i + 2
    return hit


def _lone_feminine_dual(toks: list[Token], i: int) -> str | None:
    """:func:`feminine_dual` of ``toks[i]``, unless it agrees with a dual before it (the
    adjective of «العربتين العسكريتين» counts nothing of its own)."""
    lemma = feminine_dual(toks[i].text)
    if lemma is None or (i > 0 and feminine_dual(toks[i - 1].text)):
        return None
    return lemma


def _feminine_dual(toks: list[Token], i: int) -> str | None:
    """«توصيتين صريحتين»: an indefinite -تين/-تان word with an adjective of the same ending is a
    feminine dual (a sound plural ends in -ات); its lemma ends in ة.

    >>> from khabar.numbers.tokens import tokenize
    >>> _feminine_dual(tokenize("توصيتين صريحتين", 0, 15), 0)
    'توصية'
    """
    word = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].kind == "word" else ""
    ending = word[-3:]
    if ending not in _FEMININE_DUAL_ENDINGS or len(word) < 6 or word.startswith("ال"):
        return None
    if not (nxt.endswith(ending) and len(nxt) >= 6 and not nxt.startswith("ال")):
        return None
    return word[:-3] + "ة"


def _raw(value: int | float | None, scale: int) -> int | float | None:
    if value is None or scale == 1 or value % scale:
        return value
    return _whole(value / scale)


def _read_unit(toks: list[Token], hit: _Found, lang: str) -> None:
    """The counted thing after the number (and %, currency), or None."""
    if hit.lead == -1 or hit.unit is not None:
        return
    units = unit_lexicon(lang)
    j = hit.last
    if j < len(toks) and toks[j].text in ("%", "٪"):
        hit.unit = "%"
        hit.last = j + 1
        return
    for span in (3, 2):  # في المئة، per cent
        phrase = " ".join(t.text for t in toks[j : j + span - 1])
        if units.kind(phrase) == "percent":
            hit.unit = "%"
            return
    hit.unit = _noun_after(toks, j, lang)


def _noun_after(toks: list[Token], j: int, lang: str) -> str | None:
    units = unit_lexicon(lang)
    quoted = j < len(toks) and toks[j].text in _CLOSING_QUOTES
    j += quoted  # «نحو أربعمئة» حالة: the quotation closes on the number
    if j < len(toks) and toks[j].text in ("من", "of") and lang == "ar":
        j += 1
    lookahead = 3 if lang == "en" else 1
    for k in range(j, min(j + lookahead, len(toks))):
        tok = toks[k]
        if tok.kind != "word" or tok.text in _STOP:
            break  # "17 miners had been …": the plural before the stop word still counts
        bare = _bare(tok.text, lang)
        if (lemma := units.lemma(tok.text) or units.lemma(bare)) is not None:
            return lemma
        if lang == "ar":
            clitic = quoted and tok.text[:1] in "بلكفو"  # ” 3 ” بمحافظة: a place, not a count
            return None if _not_a_noun(tok.text) or clitic else bare
    if lang == "en":  # "43 disputed ballot boxes": the first plural before a stop word
        for tok in toks[j : j + lookahead]:
            if tok.kind != "word" or tok.text in _STOP:
                break
            if tok.text.endswith("s"):
                return tok.text
    return None


# «عدد الإصابات …», "the number of children …": the counted thing follows these words
_AR_COUNT_HEADS = frozenset({"عدد", "حصيله", "اجمالي", "مجموع"})
_EN_COUNT_HEADS = frozenset({"number", "toll", "total", "tally", "count"})
# "cases stood at 900", «الإصابات بلغت ٨٥٠»: the subject of these verbs is the counted thing
_EN_LEVEL_VERBS = frozenset(
    "rose risen fell fallen stood reached climbed increased dropped jumped hit totalled "
    "totaled topped exceeded passed surpassed grew grown declined".split()
)
_EN_AUX = frozenset("had has have was were is are been now".split())
_AR_LEVEL_VERBS = frozenset(
    "ارتفع ارتفعت بلغ بلغت وصل وصلت تجاوز تجاوزت تخطي تخطت تراجع تراجعت انخفض انخفضت "
    "زاد زادت قفز قفزت".split()
)
_GENERIC_UNITS = frozenset(
    {"شخص", "اشخاص", "نسمه", "فرد", "افراد", "مواطن", "مواطنين", "مواطنون", "person", "people"}
)


@lru_cache(maxsize=1024)
def _generic(unit: str) -> bool:
    """«شخص», «مواطنين», "people": a unit that says nothing of what is counted (cached: the
    lexicon's lemmas come back in article after article).

    >>> _generic("أشخاص"), _generic("نازح")
    (True, False)
    """
    return fold(unit) in _GENERIC_UNITS


_AR_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})
_LOOK_BACK = 24  # tokens before a number searched for its counted thing
_BACK_CHARS = 220  # and characters
_QUOTE_MARKS = frozenset("\"«»“”'")  # «عدد المتضررين "تجاوز …"»: a quotation goes on
_SENTENCE_ENDS = frozenset(".!?؟;؛")
_CLOSING_QUOTES = frozenset({"»", "”"})


# auxiliaries and adverbs between a count and its verb: "40 were later released"
_AUX = frozenset("had has have been were was are is being since already now also later قد".split())


def _counted_thing(text: str, start: int, toks: list[Token], hit: _Found, lang: str) -> str | None:
    """What a count with no unit, or a generic one (شخص، مواطنين، people), counts: the
    first specific answer of the words before it and of the verb next to it."""
    before = _counted_before(text, start, toks[hit.first], lang)
    found = [before, _counted_by_verb(toks, hit, lang)]
    specific = next((u for u in found if u is not None and not _generic(u)), None)
    return specific or before or hit.unit


def _counted_by_verb(toks: list[Token], hit: _Found, lang: str) -> str | None:
    """The unit a verb next to a generic count gives it: «نزوح ١٥٠٠ شخص»، «١٥٠٠ شخص فرّوا»,
    "1,500 people had been forced from their homes" (``lang/*/counted_predicates.tsv``)."""
    verbs = counted_predicates(lang)
    after = hit.last + (1 if hit.unit is not None else 0)
    words = [t.text for t in toks[after : after + 4] if t.kind == "word"]
    while words and words[0] in _AUX:
        words.pop(0)
    before = [t.text for t in toks[max(0, hit.first - 3) : hit.first] if t.kind == "word"]
    for word in words[:1] + before[::-1]:
        for form in (word, word[1:] if word[:1] in _AR_CLITICS else word):
            if form in verbs:
                return verbs[form]
    return None


def _counted_before(text: str, start: int, number: Token, lang: str) -> str | None:
    """:func:`_unit_before` over the statement's words before ``number`` (from ``start``,
    at most ``_BACK_CHARS`` characters back)."""
    toks = tokenize(text, max(start, number.start - _BACK_CHARS), number.end)
    return (
        _unit_before(toks, len(toks) - 1, lang) if toks and toks[-1].start == number.start else None
    )


def _unit_before(toks: list[Token], first: int, lang: str) -> str | None:
    """The counted thing named before a number that has none after it: the noun after
    «عدد»/"number of" («عدد الإصابات قد تجاوز خمسمائة»), or the subject of a verb of level
    ("confirmed cases stood at about 900"), or the noun of a definite cardinal («العمال
    الـ١٧»); None when a sentence mark or another number comes first.

    >>> from khabar.text import normalise
    >>> text = "أن حصيلة القتلى ارتفعت إلى واحد وأربعين"
    >>> toks = tokenize(normalise(text).text, 0, len(text))
    >>> _unit_before(toks, 5, "ar")  # واحد
    'قتيل'
    """
    lo = first
    while lo > 0 and first - lo < _LOOK_BACK:
        tok = toks[lo - 1]
        if tok.kind == "num" or (tok.kind == "sym" and tok.text not in ("ـ", "-", *_QUOTE_MARKS)):
            break
        lo -= 1
    words = [t.text for t in toks[lo:first] if t.text not in _QUOTE_MARKS]
    if lang == "ar":
        if words and toks[first].text in _AR_TWO:  # مواطنَين اثنين: the dual noun before
            return _ar_noun(words[-1], unit_lexicon("ar").lemma)
        return _ar_unit_before(words)
    return _en_unit_before(words) or _en_total_of_clause(toks, first)


def _en_total_of_clause(toks: list[Token], first: int) -> str | None:
    """ "two more patients had died …, bringing the total to 19": a total with no "of"
    counts what the verb of its sentence counts."""
    before = [t.text for t in toks[max(0, first - 4) : first]]
    if not any(w in _EN_COUNT_HEADS for w in before):
        return None
    verbs = counted_predicates("en")
    lo = first
    while lo > 0 and first - lo < 2 * _LOOK_BACK and toks[lo - 1].text not in _SENTENCE_ENDS:
        lo -= 1
    said = [verbs[t.text] for t in toks[lo:first] if t.text in verbs]
    if said:
        return said[-1]
    # "40 homes were destroyed, bringing the total to 300": the thing of the count before
    earlier = [k for k in range(lo, first) if toks[k].kind == "num"]
    return _noun_after(toks, earlier[-1] + 1, "en") if earlier else None


def _ar_unit_before(words: list[str]) -> str | None:
    units = unit_lexicon("ar")
    if words and words[-1] == "ال" and len(words) > 1:  # العمال الـ١٧
        return _ar_noun(words[-2], units.lemma)
    for k, word in enumerate(words[:-1]):
        head = word[1:] if word[:1] in ("و", "ب", "ل") and word[1:] in _AR_COUNT_HEADS else word
        if head in _AR_COUNT_HEADS:
            return _ar_noun(words[k + 1], units.lemma)
    for k, word in enumerate(words[1:], start=1):
        if word in _AR_LEVEL_VERBS:
            bare = _bare(words[k - 1], "ar")
            return units.lemma(words[k - 1]) or units.lemma(bare)
    return None


def _ar_noun(word: str, lemma: Callable[[str], str | None]) -> str | None:
    if word in _STOP or _not_a_noun(word):
        return None
    bare = _bare(word, "ar")
    return lemma(word) or lemma(bare) or bare


def _en_unit_before(words: list[str]) -> str | None:
    units = unit_lexicon("en")
    if "toll" in words[-_LOOK_BACK:] and "of" not in words[words.index("toll") + 1 :][:1]:
        return units.lemma("killed")  # "the death toll … has risen to 47", "the toll is above 80"
    for k, word in enumerate(words[:-2]):
        if word in _EN_COUNT_HEADS and words[k + 1] == "of":
            return _en_noun(words[k + 2 :], units.lemma)

    for k, word in enumerate(words):
        if word in _EN_LEVEL_VERBS:
            j = k
            while j > 0 and words[j - 1] in _EN_AUX:
                j -= 1
            if j > 0:
                noun = words[j - 1]
                return units.lemma(noun) or (noun if _plural(noun) else None)
    return None


def _en_noun(words: list[str], lemma: Callable[[str], str | None]) -> str | None:
    for word in words[:3]:
        if word in _STOP:
            break
        if (unit := lemma(word)) is not None or _plural(word):
            return unit or word
    return None


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha()


def _not_a_noun(word: str) -> bool:
    """A word after a number that is not the counted thing: a new clause (و…), a pronoun
    form (منهم، بينها), or another number."""
    if word in _AR_PRONOUN_FORMS or word.startswith("و"):
        return True
    return parse_words([word], 0, "ar") is not None


def _bare(word: str, lang: str) -> str:
    """A word without «ال» and one clitic (والمصابين → مصابين)."""
    if lang != "ar":
        return word
    for prefix in ("وال", "بال", "لل", "فال", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


def _read_approx(toks: list[Token], hit: _Found, lang: str) -> None:
    """نحو، أكثر من، "about", "up to" before; تقريبًا، على الأقل after."""
    lex = number_lexicon(lang)
    before, after = lex.approx_before(), lex.approx_after()
    first = hit.first
    run = 0  # the words right before the number, up to four (a phrase holds no symbol)
    while run < 4 and run < first and toks[first - run - 1].kind == "word":
        run += 1
    words = [t.text for t in toks[first - run : first]]
    for n in range(run, 0, -1):  # the longest phrase first
        phrase = " ".join(words[run - n :])
        flag = before.get(phrase) or (
            before.get(phrase[1:]) if lang == "ar" and phrase[:1] in _AR_CLITICS else None
        )
        if flag:
            hit.approx = flag
            return
    tail = hit.last + (1 if hit.unit and hit.lead != -1 and hit.unit != "%" else 0)
    for n in (2, 1):
        phrase = " ".join(t.text for t in toks[tail : tail + n])
        if phrase in after:
            hit.approx = after[phrase]
            return


def _spread_ranges(toks: list[Token], found: list[_Found]) -> None:
    """بين 10 و12 ألفاً، "10 to 12 thousand": the first number takes the scale and unit."""
    for a, b in pairwise(found):
        if a.scale != 1 or a.raw is None or b.raw is None or a.value is None:
            continue
        between = [t.text for t in toks[a.last : b.first]]
        if not between and b.lead == 1 and toks[b.first].text.startswith("و"):
            between = ["و"]  # واثني عشر: the link clings to the second number
        if len(between) != 1 or between[0] not in _RANGE_LINKS:
            continue
        if b.scale > 1 and a.raw <= b.raw:
            a.value = _whole(a.raw * b.scale)
            a.scale = b.scale
        if a.unit is None or a.unit == b.unit:
            a.unit = b.unit
        if b.unit == "%" and a.unit is None:
            a.unit = "%"


def _join_sums(toks: list[Token], found: list[_Found]) -> list[_Found]:
    """«مليار و٢٠٠ مليون», «٢٢ ألفًا و٥٠٠»: an amount of one scale and a smaller one joined by
    «و» are one sum (not after بين/من, where they are the ends of a range)."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and f.value is not None:
            if _adds_to(toks, prev, f):
                prev.value = _whole(prev.value + f.value)
                prev.last, prev.unit = f.last, f.unit or prev.unit
                continue
        out.append(f)
    return out


def _adds_to(toks: list[Token], a: _Found, b: _Found) -> bool:
    assert a.value is not None and b.value is not None
    fraction = b.scale == a.scale and b.value < b.scale  # «مليون ونصف مليون»: 1,500,000
    remainder = b.scale == 1 and a.scale >= 1000  # «٢٢ ألفًا و٥٠٠»: 22,500
    if not (1 < b.scale < a.scale or fraction or remainder) or b.value >= a.scale:
        return False
    between = [t.text for t in toks[a.last : b.first]]
    clinging = not between and b.lead == 1 and toks[b.first].text.startswith("و")
    if between not in (["و"], ["and"]) and not clinging:
        return False
    before = toks[a.first - 1].text if a.first > 0 else ""
    return before not in ("بين", "من", "between", "from")


def _to_quantity(norm: NormalizedText, toks: list[Token], f: _Found) -> Quantity:
    ns = toks[f.first].start + max(f.lead, 0)
    ne = toks[f.last - 1].end
    start, end = norm.to_orig_span(ns, ne)
    end = word_end(norm.orig, end)
    return Quantity(
        value=f.value,
        text=norm.orig[start:end],
        start=start,
        end=end,
        unit=f.unit,
        vague=f.vague,
        approx=f.approx,
    )

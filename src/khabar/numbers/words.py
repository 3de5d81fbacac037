"""Read numbers written in words, Arabic and English, from folded tokens.

Arabic cardinals put units before tens and join the parts with و, which may stand alone
(num2words writes «مائة و عشرون») or cling to the next word (newspapers write «مئة وعشرين»).
A part joined by و must fit the number built so far; otherwise the number ends there, so that
«بين عشرة واثني عشر ألفاً» reads as two numbers, not 22,000.

>>> parse_words("الف و ميتي".split(), 0, "ar").value
1200
>>> parse_words("ثلاثه الاف وخمسمايه نازح".split(), 0, "ar")
WordNumber(value=3500, vague=None, length=3, scale=1000)
>>> parse_words("twelve million , three hundred and forty-five".split(), 0, "en").value
12000345
>>> parse_words("عشرات الالاف".split(), 0, "ar").vague
'tens_of_thousands'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from khabar.numbers._lexicon import NumberLexicon, NumberWord, number_lexicon

# one-letter clitics that may sit on the first number word: بثلاثة، لخمسة، وعشرة
_AR_CLITICS = ("و", "ب", "ل", "ف", "ك")
_TEN_FORMS = frozenset({"عشر", "عشره"})
_VAGUE_OF_SCALE = {100: "hundreds", 1000: "thousands", 10: "dozens"}


@dataclass(frozen=True, slots=True)
class WordNumber:
    """A number read from words: ``value`` (None when vague), tokens used, last scale word."""

    value: int | float | None
    vague: str | None
    length: int
    scale: int  # 1 when no scale word (ألف، million) was read


@dataclass(slots=True)
class _State:
    total: float = 0
    group: float = 0  # the part below the current scale
    last_scale: float = float("inf")
    last_was_unit: bool = False  # a unit 1-9 that «عشر» or «مئة» may follow
    scale: int = 1

    @property
    def value(self) -> float:
        return self.total + self.group


def _whole(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def fits_after_and(group: float, v: float) -> bool:
    """May ``v`` be added to ``group`` after «و»/"and"? (units before tens, hundreds first).

    >>> fits_after_and(100, 20), fits_after_and(5, 20), fits_after_and(10, 12)
    (True, True, False)
    """
    rest = group % 100
    if v < 10:
        return rest == 0
    if v < 20:
        return rest == 0
    if v < 100:
        return rest < 10
    return group == 0


def _lookup(lex: NumberLexicon, tok: str, first: bool, lang: str) -> tuple[NumberWord, bool]:
    """The entry of a token and whether it carried a «و» (and-connector) clitic."""
    hit = lex.words.get(tok)
    if hit is not None or lang != "ar" or len(tok) < 4:
        return (hit or NumberWord("", None)), False
    head, rest = tok[0], tok[1:]
    entry = lex.words.get(rest)
    if entry is None or head not in _AR_CLITICS:
        return NumberWord("", None), False
    if head == "و":
        return entry, True
    return (entry if first else NumberWord("", None)), False


def parse_words(tokens: Sequence[str], i: int, lang: str) -> WordNumber | None:
    """The longest number written in words at ``tokens[i]`` (folded tokens), or None.

    >>> parse_words(["خمسه", "عشر", "مليون", "دولار"], 0, "ar")
    WordNumber(value=15000000, vague=None, length=3, scale=1000000)
    >>> parse_words(["نصف", "مليون"], 0, "ar").value
    500000
    """
    lex = number_lexicon(lang)
    if lang == "en" and tokens[i] == "a" and i + 1 < len(tokens):
        head = lex.words.get(f"a {tokens[i + 1]}")
        if head and head.kind == "vague_head":  # a few hundred
            found = _vague(lex, tokens, i + 1, lang, head)
            return None if found is None else _longer(found, 1)
        nxt = lex.words.get(tokens[i + 1])
        if nxt and nxt.kind in ("scale", "hundred"):  # a million, a hundred
            found = _cardinal(lex, tokens, i + 1, lang)
            return None if found is None else _longer(found, 1)
    first, _ = _lookup(lex, tokens[i], True, lang)
    if lang == "en" and "-" in tokens[i]:
        first = _hyphenated(lex, tokens[i])[0]
    if first.kind in ("vague", "vague_head", "scale_plural") and (
        vague := _vague(lex, tokens, i, lang)
    ):
        return vague
    if first.kind == "fraction":
        return _fraction(lex, tokens, i, first)
    if first.kind not in ("cardinal", "teen_head", "hundred", "scale", "scale_acc", "scale_dual"):
        return None
    return _cardinal(lex, tokens, i, lang)


def _longer(found: WordNumber, extra: int) -> WordNumber:
    return WordNumber(found.value, found.vague, found.length + extra, found.scale)


def _cardinal(lex: NumberLexicon, tokens: Sequence[str], i: int, lang: str) -> WordNumber | None:
    st = _State()
    j = i
    used = i  # tokens up to here belong to the number
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        joined = False
        if tok in ("و", "and") or (tok == "," and lang == "en"):
            if used == i or j + 1 >= n or (tok == "," and st.group != 0):
                break
            joined = True
            j += 1
            tok = tokens[j]
        entry, clitic_and = _lookup(lex, tok, used == i, lang)
        joined = joined or clitic_and
        if lang == "en" and "-" in tok:
            entry, step = _hyphenated(lex, tok)
            if step is None:
                break
        step_ok = _step(st, entry, joined, used == i, tokens, j, lex)
        if not step_ok:
            break
        j += step_ok
        used = j
    if used == i:
        return None
    after_between = i > 0 and tokens[i - 1] in ("بين", "من")  # «بين مليون ونصف مليون»: a range
    if lang == "ar" and st.scale > 1 and st.group == 0 and not after_between:
        used += _half_after_scale(lex, tokens, used, st)  # «مليون ونصف»: 1,500,000
    return WordNumber(_whole(st.value), None, used - i, st.scale)


def _scale_word(lex: NumberLexicon, tok: str) -> NumberWord | None:
    """The entry of a number word, also with «ال» on a scale word («نصف المليون»)."""
    entry = lex.words.get(tok)
    if entry is None and tok.startswith("ال"):
        bare = lex.words.get(tok[2:])
        return bare if bare is not None and bare.kind == "scale" else None
    return entry


def _half_after_scale(lex: NumberLexicon, tokens: Sequence[str], j: int, st: _State) -> int:
    """A fraction joined by «و» after a number that ends on a scale word adds that part of the
    scale, with the scale word repeated or not: «مليون ونصف», «مليوناً ونصف المليون», «ثلاثة
    آلاف وربع» (num2words: 1,500,000; 1,500,000; 3,250). The tokens it used (0: none).

    >>> lex, st = number_lexicon("ar"), _State(total=1_000_000, scale=1_000_000)
    >>> _half_after_scale(lex, ["ونصف", "المليون", "دينار"], 0, st), st.value
    (2, 1500000.0)
    """
    k = j + 1 if j < len(tokens) and tokens[j] == "و" else j
    if k >= len(tokens):
        return 0
    tok = tokens[k] if k > j else tokens[k][1:] if tokens[k][:1] == "و" else ""
    entry = lex.words.get(tok)
    if entry is None or entry.kind != "fraction" or not isinstance(entry.value, float):
        return 0
    nxt = _scale_word(lex, tokens[k + 1]) if k + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "scale" and nxt.value != st.scale:
        return 0  # «مليون ونصف مليار»: half of another scale, a number of its own
    st.total += entry.value * st.scale
    return k + 1 - j + (nxt is not None and nxt.kind == "scale")


def _hyphenated(lex: NumberLexicon, tok: str) -> tuple[NumberWord, int | None]:
    """forty-five → one cardinal 45."""
    parts = [lex.words.get(p) for p in tok.split("-")]
    if len(parts) != 2 or None in parts:
        return NumberWord("", None), None
    tens, unit = parts
    assert tens is not None and unit is not None
    if tens.kind != "cardinal" or unit.kind != "cardinal":
        return NumberWord("", None), None
    tv, uv = tens.value, unit.value
    if not (isinstance(tv, int) and isinstance(uv, int) and tv % 10 == 0 and 20 <= tv and uv < 10):
        return NumberWord("", None), None
    return NumberWord("cardinal", tv + uv), 1


def _step(
    st: _State,
    entry: NumberWord,
    joined: bool,
    first: bool,
    tokens: Sequence[str],
    j: int,
    lex: NumberLexicon,
) -> int:
    """Apply one number word to the state; the number of tokens used (0: the number ends)."""
    kind, v = entry.kind, entry.value
    if not isinstance(v, int | float):
        return 0
    if kind == "teen_head":
        nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
        if nxt not in _TEN_FORMS or not (first or (joined and fits_after_and(st.group, 11))):
            return 0
        st.group += v + 10
        st.last_was_unit = False
        return 2
    if kind == "cardinal":
        return _add_cardinal(st, v, joined, first)
    if kind == "hundred":
        return _add_hundred(st, joined, first)
    if kind == "scale_acc" and first and _and_number_follows(tokens, j + 1, lex):
        kind = "scale"  # «ألفًا ومئتين»: the accusative of ألف, not the dual ألفا
    if kind.startswith("scale"):
        return _add_scale(st, kind, v, joined, first)
    return 0


def _and_number_follows(tokens: Sequence[str], j: int, lex: NumberLexicon) -> bool:
    """``tokens[j]`` is «و» and a number word, or a number word with «و» on it (ومئتين).

    >>> lex = number_lexicon("ar")
    >>> _and_number_follows(["وميتين"], 0, lex), _and_number_follows(["شخص"], 0, lex)
    (True, False)
    """
    if j >= len(tokens):
        return False
    if tokens[j] == "و":
        return j + 1 < len(tokens) and (tokens[j + 1] in lex.words or tokens[j + 1].isdigit())
    return tokens[j][:1] == "و" and tokens[j][1:] in lex.words


def _add_cardinal(st: _State, v: float, joined: bool, first: bool) -> int:
    if first or (joined and fits_after_and(st.group, v)):
        st.group += v
    elif not joined and v == 10 and st.last_was_unit:  # ثلاثة عشر
        st.group += 10
    elif not joined and _english_adjacent(st.group, v):  # twenty five, one hundred five
        st.group += v
    else:
        return 0
    st.last_was_unit = 0 < v < 10
    return 1


def _english_adjacent(group: float, v: float) -> bool:
    rest = group % 100
    if v < 10:
        return group >= 20 and rest % 10 == 0 and (rest >= 20 or rest == 0)
    return group >= 100 and rest == 0


def _add_hundred(st: _State, joined: bool, first: bool) -> int:
    if first or (joined and st.group == 0):
        st.group += 100
    elif not joined and 0 < st.group < 100:
        st.group *= 100  # ثلاث مئة، nine hundred
    else:
        return 0
    st.last_was_unit = False
    return 1


def _add_scale(st: _State, kind: str, s: float, joined: bool, first: bool) -> int:
    if s >= st.last_scale:
        return 0
    if kind == "scale_dual" or (kind == "scale_acc" and first):
        if not (first or (joined and st.group == 0)):
            return 0
        st.total += 2 * s
    elif first or (joined and st.group == 0):
        if kind != "scale":
            return 0
        st.total += s  # ألف ومئتان, مليون و…
    elif not joined and st.group > 0:
        st.total += st.group * s
        st.group = 0
    else:
        return 0
    st.last_scale = s
    st.scale = int(s)
    st.last_was_unit = False
    return 1


def _fraction(
    lex: NumberLexicon, tokens: Sequence[str], i: int, first: NumberWord
) -> WordNumber | None:
    """نصف مليون، half a million."""
    j = i + 1
    if j < len(tokens) and tokens[j] == "a":
        j += 1
    nxt = _scale_word(lex, tokens[j]) if j < len(tokens) else None
    if nxt is None or nxt.kind != "scale" or not isinstance(nxt.value, int):
        return None
    assert isinstance(first.value, float | int)
    return WordNumber(_whole(first.value * nxt.value), None, j + 1 - i, nxt.value)


def _vague(
    lex: NumberLexicon, tokens: Sequence[str], i: int, lang: str, head: NumberWord | None = None
) -> WordNumber | None:
    """عشرات، مئات، آلاف، عشرات الآلاف، بضعة آلاف; dozens, tens of thousands, several thousand.

    ``head``: the entry of ``tokens[i]`` when the caller read it from more tokens ("a few").

    >>> _vague(number_lexicon("en"), "several thousand farmers".split(), 0, "en").vague
    'thousands'
    """
    first = head or _lookup(lex, tokens[i], True, lang)[0]
    label = _vague_label(first)
    length = 1
    if first.kind == "vague_head":
        nxt = lex.words.get(tokens[i + 1]) if i + 1 < len(tokens) else None
        label = _vague_label(nxt) if nxt else None
        length = 2
        if label is None and lang == "en" and nxt and nxt.kind in ("hundred", "scale"):
            label = _VAGUE_OF_SCALE.get(int(nxt.value or 0))  # several hundred, a few thousand
            if label is None:  # several million: no label in the contract, and not 1,000,000
                return WordNumber(None, None, length, 1)
    if label is None:
        return None
    rest = list(tokens[i + length : i + length + 2])
    if label in ("dozens", "hundreds"):
        # عشرات الآلاف, tens of thousands; "hundreds of thousands" has no vague label in the
        # contract: it is skipped (value and label None) rather than given a wrong magnitude
        of_thousands = 2 if lang == "en" and rest == ["of", "thousands"] else 0
        if lang == "en" and first.kind == "vague_head" and rest[:1] == ["thousand"]:
            of_thousands = 1  # several hundred thousand
        nxt = lex.words.get(rest[0]) if rest and lang == "ar" else None
        if nxt and _vague_label(nxt) == "thousands":
            of_thousands = 1
        if of_thousands:
            vague = "tens_of_thousands" if label == "dozens" else None
            return WordNumber(None, vague, length + of_thousands, 1)
    return WordNumber(None, label, length, 1)


def _vague_label(entry: NumberWord | None) -> str | None:
    if entry is None:
        return None
    if entry.kind == "vague" and isinstance(entry.value, str):
        return entry.value
    if entry.kind == "scale_plural" and isinstance(entry.value, int):
        return _VAGUE_OF_SCALE.get(entry.value)
    return None

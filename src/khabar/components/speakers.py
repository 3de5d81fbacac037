"""Component: give every speaker the fullest name it has anywhere in the article.

* a surname alone («الزعبي», "Renner") → the longest earlier/later name ending with it
  («منى الزعبي»); different given names are never merged (سمير الزعبي ≠ منى الزعبي);
* a title alone («الوزير», "the minister") → the named person introduced with that title;
* a continued speaker (وأضاف، "He added") keeps the name of the statement it continues.

>>> import khabar
>>> doc = khabar.extract("قالت الوزيرة منى الزعبي إن الوضع مستقر. وقالت الزعبي إن الفرق تعمل.")
>>> [st.speaker.name for st in doc.statements]
['منى الزعبي', 'منى الزعبي']
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.components._ar_lexicon import FILIATION, given_names, speaker_heads
from khabar.components._own_outlet import dateline_outlet, is_own_outlet
from khabar.model import Document, Speaker
from khabar.text import fold

_ARTICLE = re.compile(r"^(?:ال|the\s+)", re.I)
ORGANISATIONS = frozenset({"organisation", "government", "outlet"})
# the first word of a two-word family name: "Al Zamil", "Abu Hamda", «آل سنان»
FAMILY_PARTICLES = frozenset(
    {"al", "el", "abu", "bin", "ibn", "ben", "ould", "wad", "آل", "ابو", "بن", "ولد", "ود"}
)


@lru_cache(maxsize=4096)
def _bare_words(text: str) -> tuple[str, ...]:
    """The folded words of a name or phrase without «ال»/"al-" (cached: names recur).

    >>> _bare_words("الوزير فهد الزعبي")
    ('وزير', 'فهد', 'زعبي')
    """
    return tuple(_bare(w) for w in re.findall(r"\w+", fold(text)))


def _bare(word: str) -> str:
    """«الزعبي» and «خطيب» compare equal; so do "al-Hassan" and "Hassan"."""
    w = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return w[3:] if w.startswith("al") and len(w) > 5 and w[2:3] != " " else w


class ResolveSpeakers:
    name = "speakers"
    requires = ("statements",)
    assigns = ("speaker_names",)

    def __call__(self, doc: Document) -> Document:
        if doc.lang == "en":
            for st in doc.statements:
                for sp in (st.speaker, st.via):
                    if sp is not None:
                        source = sp.name if sp.resolved_from and sp.name else sp.text
                        found = english_name(source)
                        if found and sp.type in ORGANISATIONS and _with_article(source, found):
                            found = source  # "the Civil Defence Directorate" keeps its article
                        if found and sp.type in ORGANISATIONS and _joined_by_and(source, found):
                            found = source  # "the Ministry of Labour and Social Affairs"
                        sp.name = found or sp.name
                        if found and sp.type == "anonymous":
                            sp.type = "person"  # «spokeswoman Nadia Karam» names her
        full_names = self._full_names(doc)
        surnames: dict[str, str | None] = {}
        for st in doc.statements:
            for sp in (st.speaker, st.via):
                if sp is not None:
                    before = sp.name
                    sp.name = self._fullest(sp, full_names, doc)
                    if sp.type in ORGANISATIONS and _surname_of(sp.text, sp.name):
                        sp.type = "person"  # «نفى الخثلان ما …»: a family name, not a body
                    if before is None and sp.resolved_from is None and sp.name != sp.text:
                        sp.resolved_from = "title"  # «الوزير» → the named minister
                    if (
                        doc.lang == "ar"
                        and sp.type == "person"
                        and sp.name
                        and " " not in sp.name.strip()
                    ):
                        if sp.name not in surnames:
                            surnames[sp.name] = _arabic_full_name(doc, sp.name)
                        sp.name = surnames[sp.name] or sp.name
        if doc.lang == "ar":
            _name_own_outlet(doc)
        return doc

    @staticmethod
    def _full_names(doc: Document) -> list[tuple[str, str]]:
        """(name, the speaker phrase it came with) for every named speaker of the article.

        In Arabic, «given name + next word» anywhere in the text also counts
        («وعيّنت الشركة نور الشامي …» names the «الشامي» who speaks later).
        """
        out = []
        for st in doc.statements:
            for sp in (st.speaker, st.via):
                if sp is not None and sp.type == "anonymous":
                    continue  # «A nurse, who asked not to be named»: no one to name later
                if sp is not None and sp.name and sp.resolved_from is None:
                    out.append((sp.name, sp.text))
                elif sp is not None and sp.name and sp.resolved_from == "pronoun":
                    out.append((sp.name, sp.name))  # «The deputy minister, Fahd Nour, …» then "he"
        return out

    @staticmethod
    def _fullest(sp: Speaker, names: list[tuple[str, str]], doc: Document) -> str:
        own = sp.name or sp.text
        own_words = _bare_words(own)
        if not own_words:
            return own
        best, best_len = own, 0
        for name, words, phrase in _candidates(tuple(names)):
            if not words or (best_len and len(words) <= best_len):
                continue
            if len(words) < 2 and not _titled_family_name(own_words, words, phrase):
                continue  # a one-word name is too often a stray word («المصادر نفسها»)
            # a surname alone: the last word matches, and no conflicting given name
            # ("Mr Al Zamil" → "Al Zamil": a family name with its particle counts as one)
            surname = not _head_word(own) and (
                len(own_words) == 1 or (len(own_words) == 2 and own_words[0] in FAMILY_PARTICLES)
            )  # «التقرير» is no surname of «… عرضه التقرير»
            if surname and len(words) >= 2 and words[-len(own_words) :] == own_words:
                best, best_len = name, len(words)
            # a title alone: it appears in the phrase that introduced the named person
            # («الوزارة» is not «المتحدث باسم وزارة الداخلية فهد نمر»: an organisation)
            elif sp.name is None and sp.type not in ORGANISATIONS and set(own_words) <= set(phrase):
                best, best_len = name, len(words)
            elif (
                sp.name is None
                and sp.type not in ORGANISATIONS
                and fold(own).startswith("ال")  # «الناطق …», not the construct «رئيس الوزراء»
                and _short_title_of(own_words, words, phrase)
            ):
                # «الناطق الإعلامي باسم هيئة الطيران المدني» named later as «الناطق، المقدم X»
                best, best_len = name, len(words)
        return best


@lru_cache(maxsize=64)
def _candidates(
    names: tuple[tuple[str, str], ...],
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(name, its bare words, the bare words of its phrase), once per article and name."""
    seen: set[str] = set()
    out = []
    for name, phrase in names:
        if name in seen:
            continue
        seen.add(name)
        out.append((name, _bare_words(name), _bare_words(phrase)))
    return out


# «المصدر نفسه»: a word after a head that names nobody
_REFLEXIVES = frozenset(fold(w) for w in "نفسه نفسها أنفسهم ذاته ذاتها".split())


def _titled_family_name(
    own: tuple[str, ...], name: tuple[str, ...], phrase: tuple[str, ...]
) -> bool:
    """A one-word name read from «وزير الزراعة زيدون الفرحاتي» (a given name no lexicon knows)
    still names «الوزير»: the title alone opens that phrase and the name closes it.

    >>> _titled_family_name(("وزير",), ("فرحاتي",), ("وزير", "زراعه", "زيدون", "فرحاتي"))
    True
    >>> _titled_family_name(("مصادر",), ("نفسها",), ("مصادر", "نفسها"))
    False
    """

    if len(own) != 1 or len(phrase) < 2 or phrase[0] != own[0] or phrase[-1] != name[0]:
        return False
    return name[0] not in _REFLEXIVES and (
        speaker_heads().get(own[0]) == "title" or own[0] in EN_TITLES
    )


def _short_title_of(own: tuple[str, ...], name: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """The phrase that named someone is only the head of ``own`` (and a rank) before the
    name, so it takes up the longer title said before: «الناطق الإعلامي باسم الشرطة» and then
    «الناطق، المقدم عدنان القحطاني».

    >>> _short_title_of(("ناطق", "اعلامي", "شرطه"), ("عدنان", "قحطاني"), ("ناطق", "مقدم", "عدنان", "قحطاني"))
    True
    >>> _short_title_of(("ناطق", "شرطه"), ("عدنان", "قحطاني"), ("ناطق", "وزاره", "عدنان", "قحطاني"))
    False
    """
    if len(own) < 2 or len(phrase) <= len(name) or phrase[-len(name) :] != name:
        return False
    title = [w for w in phrase[: -len(name)] if w not in _RANKS]
    return (
        title == [own[0]]
        and speaker_heads().get("ال" + own[0], speaker_heads().get(own[0])) == "title"
    )


# ranks between a short title and the name («الناطق، المقدم X»), bare of «ال»
_RANKS = frozenset(
    fold(w) for w in "مقدم عقيد عميد رائد نقيب لواء ملازم عميد دكتور مهندس شيخ استاذ".split()
)


EN_TITLES = frozenset(
    "minister president governor mayor chief executive spokesman spokeswoman spokesperson "
    "director secretary general commissioner councillor senator ambassador dr mr mrs ms prof "
    "sheikh colonel major captain chairman chairwoman ceo analyst leader member head "
    "coordinator representative official officer envoy king queen prince judge manager coach "
    "deputy vice acting interim senior assistant commander inspector superintendent "
    # ranks written short ("Lt-Col Wadih Rashwan")
    "lt lt-col col maj maj-gen capt gen lt-gen brig brig-gen sgt cpl adm cmdr".split()
)
_EN_NAME = re.compile(r"(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*|el-[A-Z][\w'’-]*|bin|ibn|de|van|von)")


def _name_own_outlet(doc: Document) -> None:
    """«ولم يتسنَّ للوكالة التحقق …» → the outlet of the article's dateline."""
    own = [
        sp
        for st in doc.statements
        for sp in (st.speaker, st.via)
        if sp is not None and sp.type == "outlet" and is_own_outlet(sp.text)
    ]
    outlet = dateline_outlet(doc) if own else None
    for sp in own if outlet else ():
        sp.name, sp.resolved_from = outlet, "title"


def _surname_of(text: str, name: str) -> bool:
    """Whether a one-word speaker is the family name of a longer person's ``name``.

    >>> _surname_of("الكساسبي", "حمزة الكساسبي"), _surname_of("المرسوم", "لنص المرسوم")
    (True, False)
    >>> _surname_of("الجابري", "ضياء بن مرداس الجابري")
    True
    """
    words, full = _bare_words(text), _bare_words(name)
    if len(words) != 1 or len(full) < 2 or full[-1] != words[0] or text.isascii():
        return False
    parts = [fold(w) for w in name.split()]
    # «عبدالإله بن …» or a name by filiation («هلال بن عامر …»), not «لنص المرسوم»
    return parts[0] in given_names() or any(p in FILIATION for p in parts[1:-1])


def _head_word(text: str) -> bool:
    """Whether a one-word speaker is a head word of ``speaker_heads.tsv`` («التقرير»،
    «الوزارة»): a title or a body, never a family name.

    >>> _head_word("التقرير"), _head_word("الدغيمات")
    (True, False)
    """
    return fold(text.strip()) in speaker_heads()


def _joined_by_and(phrase: str, name: str) -> bool:
    """Whether ``name`` is only what follows «and» in an organisation's ``phrase``.

    >>> _joined_by_and("The Ministry of Labour and Social Affairs", "Social Affairs")
    True
    """
    return phrase.endswith(f" and {name}")


def _with_article(phrase: str, name: str) -> bool:
    """Whether ``phrase`` is ``name`` with the article before it ("the Audit Office").

    >>> _with_article("the Audit Office", "Audit Office"), _with_article("Audit Office", "Audit Office")
    (True, False)
    """
    return phrase.lower() == f"the {name.lower()}"


def english_name(phrase: str) -> str | None:
    """The person's name in an English speaker phrase.

    >>> english_name("Water Resources Minister Fadi Jaber")
    'Fadi Jaber'
    >>> english_name("Northern province governor Nadim al-Hassan")
    'Nadim al-Hassan'
    >>> english_name("A nurse at Ain al-Ward General Hospital") is None
    True
    """
    head = phrase.split(",")[0].split()
    if not _ends_in_name(head):
        apposed = _apposed_name(phrase)
        if apposed is not None:  # «A transport consultant, Faris al-Omrani»
            return apposed
    run: list[str] = []
    for word in reversed(head):
        if _EN_NAME.fullmatch(word) and word.lower() not in EN_TITLES:
            run.insert(0, word)
        else:
            break
    if not run or (run == head and len(run) > 3):
        return None
    k = len(head) - len(run) - 1
    while k >= 0 and (head[k][:1].isupper() or head[k].startswith(("al-", "el-"))):
        k -= 1  # «… at Ain al-Ward General Hospital»: back to the lower-case word
    if k >= 0 and head[k] in ("at", "of", "for", "in", "from", "with"):
        return None  # «A nurse at Ain al-Ward General Hospital»: a place, not her name
    return " ".join(run) if run[0][:1].isupper() else None


def _ends_in_name(words: list[str]) -> bool:
    return bool(words) and bool(_EN_NAME.fullmatch(words[-1])) and words[-1][:1].isupper()


def _apposed_name(phrase: str) -> str | None:
    """The name between commas after a description: "the clinic's director, Hind Rashwan"
    → "Hind Rashwan"; None when no part after a comma is a name of two to five words.

    >>> _apposed_name("A transport consultant, Faris al-Omrani")
    'Faris al-Omrani'
    >>> _apposed_name("Its director general, Dr Wadih Rashwan")
    'Dr Wadih Rashwan'
    >>> _apposed_name("the mayor, who spoke at the site") is None
    True
    """
    for part in phrase.split(",")[1:]:
        words = part.split()
        k = 0
        while k < len(words) and words[k].lower().rstrip(".") in EN_TITLES:
            k += 1  # «, Dr Wadih Rashwan»: the title stays, as the article writes the name
        name = words[k:]
        if (
            2 <= len(name) <= 5
            and name[0][:1].isupper()
            and all(_EN_NAME.fullmatch(w) and w.lower() not in EN_TITLES for w in name)
        ):
            return " ".join(words)
    return None


def _arabic_full_name(doc: Document, surname: str) -> str | None:
    """«الشامي» alone → «نور الشامي» when a known given name precedes it in the text."""
    from khabar.components.attr_ar import given_names

    if doc.norm is None:
        return None
    word = fold(surname)
    if len(word) < 3:
        return None
    names = given_names()
    text = doc.norm.text
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _is_word_char(text, at - 1) or _is_word_char(text, end):
            at = text.find(word, at + 1)  # inside a longer word
            continue
        space = at - 1
        if space > 0 and text[space] == " ":
            first_start = space
            while first_start > 0 and _is_word_char(text, first_start - 1):
                first_start -= 1
            if text[first_start:space] in names:
                a, b = doc.norm.to_orig_span(first_start, end)
                return doc.text[a:b]
        at = text.find(word, end)
    return None


def _is_word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` exists and is a regex word character (``\\w``).

    >>> _is_word_char("قال: نعم", 3), _is_word_char("قال: نعم", 2), _is_word_char("قال", 3)
    (False, True, False)
    """
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")

"""Keys that let one speaker's names meet across spellings, scripts and titles.

* :func:`person_tokens` strips titles (الوزير، الدكتور، "Minister", "Dr") and the article
  (ال / al- / el-), folds Arabic variants (إبراهيم/ابراهيم, بيلوني/بيلونى, shadda, ڤ/ف);
* :func:`skeleton` writes a name token as a consonant skeleton shared by Arabic and its
  usual Latin transliterations (جميل / Jamil / Jameel → JML);
* :func:`org_concepts` turns an organisation name into a set of English concept words
  (الهيئة العامة للأرصاد الجوية / General Authority of Meteorology → the same set),
  with transliterated skeletons for words the lexicon does not know (قنديلة / Qandila).

>>> skeleton("الخيّاط") == skeleton("al-Khayyat") == "KT"
True
>>> skeleton("فرجيل") == skeleton("ڤيرجيل") == skeleton("Virgil")
True
>>> person_tokens("وزير الخارجية هاني النجار")
['هاني', 'نجار']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from khabar.components._ar_lexicon import given_names as extraction_given_names
from khabar.text import fold

_AR_SKELETON = str.maketrans(
    {
        "ب": "B", "پ": "B", "ت": "T", "ث": "T", "ج": "J", "چ": "J", "ح": "H", "خ": "K",
        "د": "D", "ذ": "D", "ر": "R", "ز": "Z", "س": "S", "ش": "X", "ص": "S", "ض": "D",
        "ط": "T", "ظ": "Z", "ع": "", "غ": "J", "ف": "F", "ق": "K", "ك": "K", "گ": "J",
        "ل": "L", "م": "M", "ن": "N", "ه": "H", "و": "", "ي": "", "ا": "", "ء": "",
    }
)  # fmt: skip
_LATIN_DIGRAPHS = (
    ("sch", "X"), ("sh", "X"), ("ch", "X"), ("kh", "K"), ("th", "T"), ("dh", "D"),
    ("gh", "J"), ("ph", "F"), ("ck", "K"), ("ou", ""), ("ee", ""), ("oo", ""),
)  # fmt: skip
_LATIN_SKELETON = str.maketrans(
    {
        "b": "B", "p": "B", "t": "T", "j": "J", "g": "J", "h": "H", "d": "D", "r": "R",
        "z": "Z", "s": "S", "c": "K", "k": "K", "q": "K", "x": "KS", "f": "F", "v": "F",
        "l": "L", "m": "M", "n": "N", "a": "", "e": "", "i": "", "o": "", "u": "", "y": "",
        "w": "", "'": "", "’": "", "-": "",
    }
)  # fmt: skip
_LATIN_ABD = re.compile(r"^abd[-\s']?(?:el|al|ul|ol)[-\s']?(?=\w)")
_SOFT_C = re.compile(r"c(?=[eiy])")
_AR_ARTICLE = re.compile(r"^(?:و|ف)?(?:ال|لل)(?=..)")
_AR_NAME_ARTICLE = re.compile(r"^(?:ال|لل)(?=..)")  # a name has no «و/ف» conjunction: فالدورو
# al-/el-/ul- with its hyphen, space or apostrophe: "Elias" and "Alan" keep their letters
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ul)[-\s'](?=\w{2})")
_DOUBLE = re.compile(r"(.)\1+")

_TITLES_FILE = Path(__file__).with_name("titles.tsv")
_ORG_WORDS_FILE = Path(__file__).with_name("org_words.tsv")


def is_arabic(text: str) -> bool:
    """True when ``text`` holds Arabic letters.

    >>> is_arabic("هاني"), is_arabic("Hani")
    (True, False)
    """
    return any("\u0600" <= c <= "\u06ff" for c in text)


def strip_article(token: str, conjunction: bool = True) -> str:
    """A name token without the Arabic article (ال، al-, el-), and without a conjunction
    before it (والتنمية) unless ``conjunction`` is False, as for a person's name, where
    «فال…» is a name's own letters (فالدورو, Valdoro).

    >>> strip_article("النجار"), strip_article("al-Khayyat"), strip_article("فالدورو", False)
    ('نجار', 'Khayyat', 'فالدورو')
    """
    if is_arabic(token):
        return (_AR_ARTICLE if conjunction else _AR_NAME_ARTICLE).sub("", token)
    return (
        _LATIN_ARTICLE.sub("", token, count=1) if token[:2].lower() in ("al", "el", "ul") else token
    )


def skeleton(token: str, th: str = "T", soft_c: str = "K", g: str = "J") -> str:
    """Consonant skeleton of one name token, the same for Arabic and Latin spellings.

    ``th``, ``soft_c`` and ``g`` choose how an ambiguous Latin spelling is read (see
    :func:`skeletons`); «عبد ال…» and Abdel-/Abdul- both keep only عبد.
    """
    word = strip_article(fold(token), conjunction=False)
    if is_arabic(word):
        key = word.translate(_AR_SKELETON)
    else:
        word = _LATIN_ABD.sub("abd", word.lower())
        word = word.replace("th", th)
        if soft_c == "S":
            word = _SOFT_C.sub("S", word)
        for digraph, sound in _LATIN_DIGRAPHS:
            word = word.replace(digraph, sound)  # upper case: untouched by the table below
        if g == "K":
            word = word.replace("g", "K")  # Guerfi / القرفي: a Maghrebi or Gulf «ق»
        key = word.translate(_LATIN_SKELETON)
    key = re.sub(r"[^A-Z]", "", key)
    key = _DOUBLE.sub(r"\1", key)
    # a final ة/-ah is a vowel in the other script: «لولوة» / Lulwa, «فاطمة» / Fatma
    return key[:-1] if len(key) >= 2 and key.endswith("H") else key


@lru_cache(maxsize=65536)
def skeletons(token: str) -> frozenset[str]:
    """Every skeleton a token may have: a Latin "th" is ث or ذ (Munther / منذر), a "c"
    before e/i/y is س (Moncef / منصف), a "g" is ج or ق (Guerfi / القرفي).

    >>> skeleton("منذر") in skeletons("Munther"), skeleton("منصف") in skeletons("Moncef")
    (True, True)
    >>> skeleton("القرفي") in skeletons("Guerfi"), skeleton("جواد") in skeletons("Gawad")
    (True, True)
    >>> skeleton(person_tokens("عبد الصبور")[0]) in skeletons("Abdel-Sabour")
    True
    """
    if is_arabic(token):
        return frozenset({skeleton(token)})
    return frozenset(
        skeleton(token, th, c, g) for th in ("T", "D") for c in ("K", "S") for g in ("J", "K")
    )


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    words: set[str] = set()
    for line in _TITLES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(fold(w).strip(".") for w in line.split("\t") if w.strip())
    return frozenset(words)


def is_title(token: str) -> bool:
    """True when a word is a title or role that comes before a name (الوزير، "spokesman").

    >>> is_title("الوزير"), is_title("النائبة"), is_title("جميل")
    (True, True, False)
    """
    word = fold(token).lower()
    titles = _titles()
    if word in titles or strip_article(word) in titles:
        return True
    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if _possessed_title(strip_article(word), titles) or _possessed_title(bare, titles):
        return True  # «مديرته», «ورئيسها»: a title with the pronoun of its organisation
    # a feminine title not listed as such (النائبة → النائب), unless it is a given name (أمينة)
    stem = word[:-1]
    feminine = word.endswith("ه") and (stem in titles or strip_article(stem) in titles)
    return feminine and word not in given_names()


def _possessed_title(word: str, titles: frozenset[str]) -> bool:
    """«مديرته» (its director), «رئيسها»: a listed title with a possessive pronoun.

    >>> _possessed_title("مديرته", _titles()), _possessed_title("رييسها", _titles())
    (True, True)
    """
    for suffix in ("تها", "تهم", "ته", "ها", "هم"):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and base in titles:
            return True
    return False


def person_tokens(name: str) -> list[str]:
    """Folded name tokens without titles, roles and articles (عبد/أبو/آل joined to the next).

    A Latin-script speaker is cut to its name (the longest run of capitalised words), an
    Arabic one loses what follows the name (للصحفيين) and what precedes its last title:

    >>> person_tokens("Fuming challenger Nour Tarawneh last night")
    ['nour', 'tarawneh']
    >>> person_tokens("Its acting chief executive, Samir Abu Ghosh")
    ['samir', 'abughosh']
    >>> person_tokens("قائد فرق الإنقاذ العميد ركان آل شمران للصحفيين")
    ['ركان', 'الشمران']

    A role that names a place before the name starts at the first given name, and a name
    in «… الله» is one word, as its transliteration is:

    >>> person_tokens("وزير الري في بلاد الرافدين جميل عطا الله")
    ['جميل', 'عطاالله']
    >>> person_tokens("الناطق باسمها حسان بوزيان خلال عرضه التقرير")
    ['حسان', 'بوزيان']
    """
    tokens = [t for t in re.findall(r"[\w'’-]+", fold(_name_run(name))) if t]
    titles = _titles()
    if is_arabic(name):
        end = next((k for k, t in enumerate(tokens) if k >= 2 and t in _AR_NAME_ENDS), None)
        tokens = tokens[:end]  # «… الجلاوي خلال عرضه التقرير»: a clause after the name
        while len(tokens) > 1 and tokens[-1].startswith("لل"):
            tokens.pop()  # … للصحفيين، للتلفزيون
        last_title = max((k for k, t in enumerate(tokens[:-2]) if is_title(t)), default=-1)
        construct = last_title >= 0 and not tokens[last_title].startswith("ال")
        tokens = _from_given_name(tokens[last_title + 1 :])
        if construct and len(tokens) >= 3 and tokens[0] not in given_names():
            tokens = tokens[1:]  # «محافظ الوادي رعد الحمداني»: the title's complement goes too
    # a title is dropped wherever it stands before the name (وزير الخارجية هاني …)
    while len(tokens) > 1 and (
        tokens[0] in titles or strip_article(tokens[0]) in titles or is_title(tokens[0])
    ):
        tokens.pop(0)
    # and so is the rest of a role phrase before a two-word name (النائب في البرلمان رياض كنعان)
    while len(tokens) > 2 and (
        tokens[0] in _STOP or is_org_word(tokens[0]) or tokens[0].startswith("باسم")
    ):
        tokens.pop(0)  # … «الناطق باسمها وسيم …»
    tokens = _join_allah([t for t in tokens if t not in {"بن", "bin", "ibn", "ben"}])
    tokens = [strip_article(t, conjunction=False) for t in tokens]
    # «عبدالجليل» written as one word is «عبد الجليل» (the article goes, as in Abdeljalil)
    tokens = [f"عبد{t[5:]}" if t.startswith("عبدال") and len(t) > 6 else t for t in tokens]
    joined: list[str] = []
    for tok in tokens:
        if joined and joined[-1] == "al":
            joined[-1] = f"al-{tok}"  # Al Zamil = آل زامل: the article is read off again
        elif joined and joined[-1] in _JOINS_NEXT:
            joined[-1] += tok  # «أبو النجا» / Abou el-Naga, «ود الريح» / Wad al-Rayah: one word
        else:
            joined.append(tok)
    return [t for t in joined if t]


def _from_given_name(tokens: list[str]) -> list[str]:
    """Arabic tokens from the first known given name on, when a role phrase with a
    preposition (a place: «… في نابار») stands before it and a family name follows it."""
    names = given_names()
    for k, tok in enumerate(tokens[:-1]):
        if tok in names or (tok.startswith("عبد") and len(tok) > 5):  # «عبدالجليل»
            # a preposition (a place), or only «ال» words (الرئيس التنفيذي) before the name
            role = (
                any(t in _STOP for t in tokens[:k])
                or all(t.startswith("ال") for t in tokens[:k])
                or any(is_org_word(t) for t in tokens[:k])  # «… لشركة فيروزة تامر …»
            )
            return tokens[k:] if role and tokens[k - 1] not in ("عبد", "ابو", "ال") else tokens
    return _unknown_given_name(tokens)


def _unknown_given_name(tokens: list[str]) -> list[str]:
    """A role phrase with a preposition whose name no list knows: the name is the last
    indefinite word after a definite one, with what follows it («الخبير المستقل في شؤون
    الطاقة ورد الكساب» → ورد الكساب); the tokens unchanged when that cannot be told.

    >>> _unknown_given_name("مستقل في شوون الطاقه ورد الكساب".split())
    ['ورد', 'الكساب']
    >>> _unknown_given_name("مدير في شركة الطيران".split())
    ['مدير', 'في', 'شركة', 'الطيران']
    >>> _unknown_given_name("تنفيذي لشركه نجمه للاسمنت ريان الحلو".split())
    ['ريان', 'الحلو']
    """
    org = max((k for k, t in enumerate(tokens[:-2]) if is_org_word(t)), default=-1)
    if org >= 0 and len(tokens) - org - 1 in (2, 3):
        # «… لشركة نجمة للإسمنت ريان الحلو»: the name follows the organisation
        return tokens[org + 1 :]
    if not any(t in _STOP for t in tokens[:-2]):
        return tokens
    for k in range(len(tokens) - 2, max(len(tokens) - 4, 0), -1):
        tok, before = tokens[k], tokens[k - 1]
        if before.startswith("ال") and not tok.startswith("ال") and tok not in _STOP:
            rest = tokens[k + 1 :]
            if rest and not is_org_word(tok) and not any(is_org_word(t) for t in rest):
                return tokens[k:]
    return tokens


def _join_allah(tokens: list[str]) -> list[str]:
    """«عوض الله» → «عوضالله» (Awadallah), before the article is taken off «الله»."""
    out: list[str] = []
    for tok in tokens:
        if tok == "الله" and out and out[-1] not in ("عبد",):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def given_names() -> frozenset[str]:
    """Folded Arabic given names (``lang/ar/given_names*.tsv``), the same list extraction
    reads (function words that NewsFANE tags as names left out)."""
    return extraction_given_names()


_PARTICLES = frozenset("al el bin ibn ben abu abd de da di van von".split())
# name words read together with the next one (a family name in two words is one token)
_JOINS_NEXT = frozenset("عبد ابو ود ولد ال abd abu abou abdel abdul wad ould".split())


def _name_run(name: str) -> str:
    """The name inside a Latin-script speaker phrase: the longest run of capitalised words
    (or name particles) in any comma-separated part, the last one on a tie."""
    if is_arabic(name):
        return name
    best: list[str] = []
    for part in name.split(","):
        run: list[str] = []
        for word in [*part.split(), "."]:
            particle = word.lower().split("-")[0] in _PARTICLES  # al, al-Khayyat
            if word[:1].isupper() or (run and particle):
                run.append(word)
                continue
            if run and len(run) >= len(best):
                best = run
            run = []
    return " ".join(best) if best else name


@lru_cache(maxsize=1)
def _org_words() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _ORG_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, *variants = line.split("\t")
        words = tuple(concept.split())
        for v in [concept, *variants]:
            table.setdefault(fold(v.strip()), words)
    return table


# words that say "an organisation" without saying which one (kept for acronyms only)
GENERIC_ORG_WORDS = frozenset({"organization", "company", "group", "manufacturer"})
_STOP = frozenset({"the", "of", "for", "and", "in", "on", "at", "في", "من", "على", "عن", "و"})
# words that end an Arabic name and start what follows it (folded)
_AR_NAME_ENDS = frozenset("خلال اثناء عقب لدي عند امام مساء صباح امس".split())


# kinds of organisation a bare head also names: "the company" of an article that quotes
# "Halden Dairies", "the group" of one that quotes "the Black Falcons Brigades"
HEAD_KINDS = {
    "company": frozenset(
        "shipping contracting construction investment trading services holding industries "
        "airlines telecom petroleum engineering dairy insurance mining pharmaceuticals factory "
        "cement steel textiles refinery motors logistics consulting hotels chemicals "
        "fertilizers plastics paper glass railways".split()
    ),
    "group": frozenset("brigades legion movement front".split()),
}


# concepts that make a name an organisation's (a colour or "national" alone does not)
HEAD_ORG_CONCEPTS = frozenset(
    (
        "organization company group ministry authority office council committee center union "
        "association institute university bank fund court army police forces government "
        "parliament program port agency contracting construction investment trading services "
        "holding industries airlines telecom news media directorate administration "
        "municipality governorate presidency embassy syndicate chamber network movement "
        "front party alliance monitor customs hospital railways club"
    ).split()
)


def is_org_word(token: str) -> bool:
    """True when a name word says "an organisation" (شركة، هيئة، "Authority", مقاولات).

    >>> is_org_word("للمقاولات"), is_org_word("Contracting"), is_org_word("الأحمر")
    (True, True, False)
    >>> is_org_word("Dairies"), is_org_word("للإسمنت")
    (True, True)
    """
    lexicon = _org_words()
    for form in _org_token_forms(fold(token)):
        if form in lexicon:
            return any(w in HEAD_ORG_CONCEPTS or w in HEAD_KINDS["company"] for w in lexicon[form])
    return False


def _org_token_forms(token: str) -> list[str]:
    forms = [token, strip_article(token)]
    if is_arabic(token):
        bare = forms[-1]
        if bare.startswith("ل") and len(bare) > 3:  # لإدارة → إدارة
            forms.append(bare[1:])
        # «لجنه» → «لجنة»'s row; not a given name («ناديه» is Nadia, not «نادي» a club)
        forms += [
            f[:-1] for f in list(forms) if f.endswith("ه") and len(f) > 3 and f not in given_names()
        ]
    else:
        forms += [token[:-1] for _ in [0] if token.endswith("s") and len(token) > 3]
    return forms


def org_concepts(name: str) -> frozenset[str]:
    """Concept words of an organisation name (proper-name words as ``~SKELETON``).

    >>> org_concepts("منظمة الأغذية والزراعة") == org_concepts("The Food and Agriculture Organization")
    True
    >>> sorted(org_concepts("شركة قنديلة للطيران"))
    ['airlines', 'company', '~KNDL']
    """
    lexicon = _org_words()
    concepts: set[str] = set()
    for token in re.findall(r"\w+", fold(name)):
        if token in _STOP:
            continue
        words = next((lexicon[f] for f in _org_token_forms(token) if f in lexicon), None)
        if words is not None:
            concepts.update(words)
        elif len(token) > 1:
            key = skeleton(token)
            if key:
                concepts.add("~" + key)
    return frozenset(concepts)


def specific(concepts: frozenset[str]) -> frozenset[str]:
    """The concepts that say *which* organisation (generic words like company dropped)."""
    return concepts - GENERIC_ORG_WORDS


def acronym_key(concepts: frozenset[str]) -> str | None:
    """Sorted initials of the concept words (FAO ↔ منظمة الأغذية والزراعة), None if too short.

    >>> acronym_key(org_concepts("منظمة الأغذية والزراعة"))
    'afo'
    """
    words = [w for c in concepts for w in c.split()]
    if len(words) < 2 or any(w.startswith("~") for w in words):
        return None
    return "".join(sorted(w[0] for w in words))


def acronym_of(name: str) -> str | None:
    """The key of a name written as an acronym (FAO, UNICEF, U.N.), else None.

    >>> acronym_of("FAO"), acronym_of("Hani")
    ('afo', None)
    """
    letters = name.replace(".", "").strip()
    if 2 <= len(letters) <= 7 and letters.isascii() and letters.isalpha() and letters.isupper():
        return "".join(sorted(letters.lower()))
    return None

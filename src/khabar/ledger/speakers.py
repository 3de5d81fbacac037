"""Speaker resolution across articles: one real-world speaker, many spellings.

Precision first: two names are one speaker only when given name *and* family name agree
(same script: equal after folding, or equal skeletons for long tokens; across scripts: equal
consonant skeletons), or, for organisations, when their concept sets agree or one is an
acronym of the other. هاني النجّار and ديما نجّار share a family name and stay apart.

Incremental: a new alias is compared only with aliases sharing a blocking key
(family-name skeleton, organisation concept, acronym). Anonymous sources are never linked
across articles. Human ``merge``/``split`` decisions live in ``speaker_overrides``.

>>> same_speaker(Alias("فرجيل بيلونى", "person"), Alias("Virgil Belloni", "person"))
True
>>> same_speaker(Alias("هاني النجّار", "person"), Alias("ديما نجّار", "person"))
False
>>> same_speaker(Alias("FAO", "organisation"), Alias("منظمة الأغذية والزراعة", "organisation"))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, Row, delete, insert, select, update

from khabar.ledger.names import (
    acronym_key,
    acronym_of,
    given_names,
    is_arabic,
    is_org_word,
    is_title,
    org_concepts,
    person_tokens,
    skeleton,
    skeletons,
    specific,
    strip_article,
)
from khabar.ledger.org_anaphora import bare_head
from khabar.store import _schema as t
from khabar.text import fold

ORG_TYPES = frozenset({"organisation", "government", "outlet"})
MAX_CANDIDATES = 300
_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[\w\u064b-\u0652\u0640]+")  # a word with its diacritics and tatweel


@dataclass(frozen=True, slots=True)
class Alias:
    """A speaker name as written, with its speaker type."""

    name: str
    type: str

    @property
    def group(self) -> str:
        """``person`` or ``org``, from the shape of the name as much as from its type.

        The extractor's type is a guess; the name decides when it is clear: a name that
        starts with an organisation word (شركة، هيئة) or ends with one ("… Contracting") is
        an organisation; two or more words that are all unknown to the organisation lexicon
        are a person's name.

        >>> Alias("Tallow Creek Contracting", "person").group
        'org'
        >>> Alias("Ingrid Holmberg", "organisation").group
        'person'
        >>> Alias("The water board in Tal Rumman", "person").group
        'org'
        >>> Alias("a spokesman for the water board", "person").group
        'person'
        """
        return _group(self.name, self.type)


@lru_cache(maxsize=65536)
def _group(name: str, kind: str) -> str:
    """:attr:`Alias.group` (cached: the linker asks it of every candidate alias)."""
    if kind not in ORG_TYPES | {"person"}:
        return kind
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in _ARTICLES]
    if kind != "outlet" and words:
        # "… Contracting" is a company; "a spokesman for the aviation authority" is a person
        last = is_org_word(words[-1]) and not is_title(words[0])
        if is_org_word(words[0]) or last or acronym_of(name) or _head_before_place(words):
            return "org"
        if len(words) >= 2 and all(c.startswith("~") for c in org_concepts(name)):
            return "person"
    return "person" if kind == "person" else "org"


_PLACE_PREPOSITIONS = frozenset({"in", "of", "for", "at", "في"})
# heads that name one institution of a country wherever they stand («الجيش», "the police")
NATIONAL_HEADS = frozenset({"army", "police", "government", "parliament", "presidency", "forces"})


def _head_before_place(words: list[str]) -> bool:
    """ "The water board in Tal Rumman", "The General Directorate of Prisons": an
    organisation word right before the first preposition ("a spokesman for …" is not)."""
    cut = next((k for k, w in enumerate(words) if w.lower() in _PLACE_PREPOSITIONS), 0)
    return cut > 0 and is_org_word(words[cut - 1])


def alias_key(alias: Alias, doc_id: int) -> str:
    """The lookup key of an alias; anonymous sources, and an organisation's head word that
    its article did not resolve ("the bank", «اللجنة»), are scoped to their document."""
    key = " ".join(fold(alias.name).split())
    head = bare_head(alias.name) if alias.group == "org" else None
    scoped = alias.type == "anonymous" or (head is not None and head not in NATIONAL_HEADS)
    return f"{key}@{doc_id}" if scoped else key


def blocks(alias: Alias) -> set[str]:
    """Blocking keys: only aliases sharing one of them are ever compared."""
    if alias.type == "anonymous":
        return set()
    if alias.group == "person":
        tokens = person_tokens(alias.name)
        return {"p:" + key for key in skeletons(tokens[-1]) if key} if tokens else set()
    if alias.group == "org":
        concepts = org_concepts(alias.name)
        keys = {"o:" + c for c in specific(concepts)}
        acro = acronym_of(alias.name) or acronym_key(concepts)
        return keys | ({"a:" + acro} if acro else set())
    return {"x:" + fold(alias.name)}


def _token_match(a: str, b: str) -> bool:
    if is_arabic(a) == is_arabic(b):
        if a == b or (not is_arabic(a) and _single(a) == _single(b)):
            return True  # Ammar = Amar: a doubled Latin letter is a spelling choice
        # short tokens must be equal (حسن ≠ حسين); long ones may differ by a vowel letter
        return min(len(a), len(b)) > 4 and skeleton(a) == skeleton(b) and fuzz.ratio(a, b) >= 75
    return bool((skeletons(a) & skeletons(b)) - {""})


_DOUBLED = re.compile(r"(\w)\1")


def _single(word: str) -> str:
    return _DOUBLED.sub(r"\1", word)


def same_person(a: str, b: str) -> bool:
    """Given and family names agree (titles, articles and spelling variants aside)."""
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        # a lone name only meets its transliteration, and only when it is distinctive
        return (
            len(ta) == len(tb) == 1
            and is_arabic(ta[0]) != is_arabic(tb[0])
            and len(skeleton(ta[0])) >= 3
            and _token_match(ta[0], tb[0])
        )
    return _token_match(ta[0], tb[0]) and _token_match(ta[-1], tb[-1])


def same_org(a: str, b: str) -> bool:
    """Same concept set, one contained in the other (if specific enough), or an acronym."""
    ca, cb = org_concepts(a), org_concepts(b)
    acro_a, acro_b = acronym_of(a), acronym_of(b)
    if acro_a or acro_b:
        if acro_a and acro_b:
            return acro_a == acro_b
        return (acro_a or acro_b) == acronym_key(cb if acro_a else ca)
    sa, sb = specific(ca), specific(cb)
    if not sa or not sb:
        return False
    small, large = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if not small <= large:
        return False
    return len(small) >= 2 or any(c.startswith("~") for c in small)


def same_speaker(a: Alias, b: Alias) -> bool:
    """True when two aliases name one real-world speaker (see the module docstring)."""
    if a.group != b.group or "anonymous" in (a.type, b.type):
        return False
    if a.group == "person":
        return same_person(a.name, b.name)
    if a.group == "org":
        return same_org(a.name, b.name)
    return fold(a.name) == fold(b.name)


def full_names(aliases: Sequence[Alias], text: str = "") -> dict[str, str]:
    """Family names used alone in one article, mapped to the one full name there they end.

    An article names «هالة أبو العزم» once and then writes «أبو العزم»; the short alias is
    that person. Precision first: no mapping when two full names end with it.

    >>> full_names([Alias("هالة أبو العزم", "person"), Alias("أبو العزم", "person")])
    {'أبو العزم': 'هالة أبو العزم'}
    >>> full_names([Alias("Fahd Al Zamil", "person"), Alias("Lubna Al Zamil", "person"),
    ...             Alias("Al Zamil", "person")])
    {}

    When no speaker of the article has the full name, its text may: an Arabic family name
    that follows one known given name wherever it stands there («أن الوزيرة جميلة الراوي
    ونظيرها …») is that name.

    >>> full_names([Alias("الراوي", "person")], "أعلنت الوزيرة جميلة الراوي أمس أن …")
    {'الراوي': 'جميلة الراوي'}
    """
    persons = {a.name: person_tokens(a.name) for a in aliases if a.name and _may_be_person(a)}
    out: dict[str, str] = {}
    for name, tokens in persons.items():
        if len(tokens) != 1:
            continue
        fuller = {n for n, other in persons.items() if len(other) >= 2 and other[-1] == tokens[0]}
        if not fuller and text and is_arabic(name):
            fuller = _named_in_text(tokens[0], text, _last_word(name))
        if len(fuller) == 1:
            out[name] = fuller.pop()
    return out


def _may_be_person(alias: Alias) -> bool:
    """A person's alias, or one word that no organisation word makes an organisation's
    (a family name alone that the extractor typed as an organisation: «قالت الحلوجى»)."""
    if alias.group == "person":
        return True
    words = _WORD.findall(alias.name)
    return (
        alias.type in ORG_TYPES - {"outlet"}
        and len(words) == 1
        and all(c.startswith("~") for c in org_concepts(alias.name))
    )


def titled_names(speakers: Sequence[tuple[Alias, str]]) -> dict[str, str]:
    """A title used alone in one article («الوزير», "the minister") mapped to the one
    person there whose speaker phrase carries that title («وزير المالية إلياس خنيصر»).

    ``speakers`` pairs each alias with its speaker phrase as written. Precision first: no
    mapping when two named people of the article carry the title.

    >>> said = [(Alias("إلياس خنيصر", "person"), "وزير المالية إلياس خنيصر"),
    ...         (Alias("الوزير", "person"), "الوزير")]
    >>> titled_names(said)
    {'الوزير': 'إلياس خنيصر'}
    >>> titled_names([*said, (Alias("لينا جبور", "person"), "وزيرة الاقتصاد لينا جبور")])
    {}

    A role written in full («الكاتب العام للنقابة») is the one person whose phrase starts
    with that role and goes on with a name:

    >>> titled_names([(Alias("حسان بوزيان", "person"), "الكاتب العام للنقابة حسان بوزيان"),
    ...               (Alias("الكاتب العام للنقابة", "person"), "الكاتب العام للنقابة")])
    {'الكاتب العام للنقابة': 'حسان بوزيان'}
    """
    named = [
        (alias.name, _title_stems(phrase))
        for alias, phrase in speakers
        if alias.group == "person"
        and not _title_only(alias)
        and len(person_tokens(alias.name)) >= 2
    ]
    phrases = [
        (alias.name, " ".join(fold(phrase).split()))
        for alias, phrase in speakers
        if alias.group == "person" and len(person_tokens(alias.name)) >= 2
    ]
    out: dict[str, str] = {}
    for alias, _ in speakers:
        if _title_only(alias):
            wanted = _title_stems(alias.name)
            found = {name for name, stems in named if wanted <= stems}
        elif _role(alias):
            role = " ".join(fold(alias.name).split()) + " "
            found = {name for name, phrase in phrases if phrase.startswith(role)}
        else:
            continue
        if len(found) == 1:
            out[alias.name] = found.pop()
    return out


def _role(alias: Alias) -> bool:
    """A speaker named by a role of several words that starts with a title."""
    words = [w for w in _WORD.findall(alias.name) if w.lower() not in _ARTICLES]
    return len(words) >= 2 and is_title(words[0])


_SOURCE_WORDS = frozenset({"source", "مصدر", "المصدر"})


def named_sources(aliases: Sequence[Alias]) -> dict[str, str]:
    """ "The source" / «المصدر» alone is the one anonymous source its article introduced
    ("a judicial source", «مصدر أمني»).

    >>> named_sources([Alias("a judicial source", "anonymous"), Alias("The source", "anonymous")])
    {'The source': 'a judicial source'}
    """

    def words(alias: Alias) -> list[str]:
        return [fold(w).lower() for w in _WORD.findall(alias.name) if w.lower() not in _ARTICLES]

    sources = [a for a in aliases if a.type == "anonymous"]
    out: dict[str, str] = {}
    for alias in sources:
        if words(alias) and set(words(alias)) <= _SOURCE_WORDS:
            found = {
                other.name
                for other in sources
                if len(words(other)) > 1 and set(words(other)) & _SOURCE_WORDS
            }
            if len(found) == 1:
                out[alias.name] = found.pop()
    return out


def _title_only(alias: Alias) -> bool:
    """A person's alias that is nothing but titles («الوزيرة», "the minister")."""
    words = [w for w in _WORD.findall(alias.name) if w.lower() not in _ARTICLES]
    return alias.group == "person" and bool(words) and all(is_title(w) for w in words)


def _title_stems(phrase: str) -> frozenset[str]:
    """The titles of a speaker phrase, article and feminine ending off (الوزيرة → وزير)."""
    out = set()
    for word in _WORD.findall(phrase):
        if is_title(word):
            stem = strip_article(fold(word).lower(), conjunction=False)
            out.add(stem[:-1] if stem.endswith("ه") and len(stem) > 3 else stem)
    return frozenset(out)


def _last_word(name: str) -> str:
    """The last word of a speaker phrase that ends with a family name (not «للصحفيين»)."""
    words = [w for w in _WORD.findall(name) if not fold(w).startswith("لل")]
    return words[-1] if words else name


def _named_in_text(family: str, text: str, surface: str) -> set[str]:
    """Every «GIVEN FAMILY» of the text where the family name is written ``surface`` (as the
    alias has it) and folds to ``family``, after one known given name."""
    found = set()
    for m in re.finditer(re.escape(surface), text):
        word = _WORD.match(text, m.start())
        if word is None or (m.start() > 0 and _WORD.match(text, m.start() - 1)):
            continue  # not the start of a word
        before = _WORD.findall(text, max(0, m.start() - 40), m.start())
        if not before or fold(before[-1]) not in given_names():
            continue
        if strip_article(fold(word.group()), conjunction=False) == family:
            found.add(f"{before[-1]} {word.group()}")
    return found


def resolve_alias(conn: Connection, alias: Alias, lang: str, doc_id: int) -> int:
    """The alias id for a speaker name (created, and linked to a speaker, when new)."""
    key = alias_key(alias, doc_id)
    row = conn.execute(
        select(t.speaker_aliases.c.id).where(
            t.speaker_aliases.c.folded == key, t.speaker_aliases.c.type == alias.type
        )
    ).first()
    if row is not None:
        conn.execute(
            update(t.speaker_aliases)
            .where(t.speaker_aliases.c.id == row.id)
            .values(mentions=t.speaker_aliases.c.mentions + 1)
        )
        return int(row.id)
    speaker_id = _forced_speaker(conn, key) or _linked_speaker(conn, alias, key)
    if speaker_id is None:
        speaker_id = conn.execute(
            insert(t.speakers).values(name=alias.name, type=alias.type).returning(t.speakers.c.id)
        ).scalar_one()
    alias_id = conn.execute(
        insert(t.speaker_aliases)
        .values(
            speaker_id=speaker_id,
            name=alias.name,
            folded=key,
            type=alias.type,
            lang=lang,
            mentions=1,
        )
        .returning(t.speaker_aliases.c.id)
    ).scalar_one()
    for block in blocks(alias):
        conn.execute(insert(t.speaker_blocks).values(alias_id=alias_id, block=block[:80]))
    return int(alias_id)


def _forced_speaker(conn: Connection, key: str) -> int | None:
    """A speaker a human merged this alias into (re-applied when the alias comes back)."""
    o = t.speaker_overrides
    other = conn.execute(
        select(o.c.alias_a).where(o.c.action == "merge", o.c.alias_b == key)
    ).scalar()
    if other is None:
        return None
    sid = conn.execute(
        select(t.speaker_aliases.c.speaker_id).where(t.speaker_aliases.c.folded == other)
    ).scalar()
    return int(sid) if sid is not None else None


def _split_keys(conn: Connection) -> set[str]:
    o = t.speaker_overrides
    return set(conn.execute(select(o.c.alias_a).where(o.c.action == "split")).scalars())


def _linked_speaker(conn: Connection, alias: Alias, key: str) -> int | None:
    keys = blocks(alias)
    if not keys:
        return None
    split = _split_keys(conn)
    if key in split:
        return None
    a = t.speaker_aliases
    rows = conn.execute(
        select(a.c.name, a.c.type, a.c.folded, a.c.speaker_id, a.c.mentions)
        .join(t.speaker_blocks, t.speaker_blocks.c.alias_id == a.c.id)
        .where(t.speaker_blocks.c.block.in_(sorted(k[:80] for k in keys)))
        .distinct()
        .limit(MAX_CANDIDATES)
    ).all()
    matches = [
        r for r in rows if r.folded not in split and same_speaker(alias, Alias(r.name, r.type))
    ]
    if not matches:
        if len(rows) >= MAX_CANDIDATES:
            return None  # the block was cut: "the one person who bears it" cannot be told
        return _family_name_owner(alias, [r for r in rows if r.folded not in split])
    best = max(matches, key=lambda r: (fuzz.ratio(fold(alias.name), r.folded), r.mentions))
    return int(best.speaker_id)


# words of a role phrase («مدير مؤسسة مياه تلعفرون», "head of …"): its last word is no family name
_NOT_IN_NAMES = frozenset({"في", "من", "على", "عن", "of", "for", "in", "the", "at"})


def _family_name_owner(alias: Alias, rows: Sequence[Row[Any, Any, Any, Any, Any]]) -> int | None:
    """A family name used alone («وقال الصرايرة», its article naming no one else so) is the
    one person of the store whose full name ends with it, in either script («الصرايرة» and
    "Bashir Sarayreh"); None when there is no such person or more than one (precision
    first: «الحربي» alone stays apart when two people bear it)."""
    tokens = person_tokens(alias.name)
    if len(tokens) != 1 or tokens[0] in given_names() or len(tokens[0]) < 4:
        return None
    if alias.group != "person" and not _lone_family_name(alias, tokens[0]):
        return None
    owners = {
        int(r.speaker_id)
        for r in rows
        if (theirs := person_tokens(r.name))
        and 2 <= len(theirs) <= 3
        and not any(is_org_word(w) or w in _NOT_IN_NAMES for w in fold(r.name).split())
        and Alias(r.name, r.type).group == "person"
        and _token_match(tokens[0], theirs[-1])
    }
    return owners.pop() if len(owners) == 1 else None


def _lone_family_name(alias: Alias, token: str) -> bool:
    """«الطرزي» alone, typed an organisation by its article (which names no one so): a
    definite word that no organisation lexicon knows may be a family name.

    >>> _lone_family_name(Alias("الطرزي", "organisation"), "الطرزي")
    True
    >>> _lone_family_name(Alias("الوزارة", "organisation"), "الوزاره")
    False
    """
    word = fold(alias.name).split()
    return (
        alias.type == "organisation"
        and len(word) == 1
        and word[0].startswith("ال")
        and not is_org_word(word[0])
        and not is_title(word[0])
    )


def merge_speakers(conn: Connection, keep: int, other: int) -> int:
    """Move every alias of ``other`` into ``keep`` and remember it (survives re-runs)."""
    a = t.speaker_aliases
    anchor = conn.execute(select(a.c.folded).where(a.c.speaker_id == keep).limit(1)).scalar()
    moved = conn.execute(select(a.c.folded).where(a.c.speaker_id == other)).scalars().all()
    if anchor is None or not moved:
        from khabar.errors import InputError

        raise InputError(f"speakers merge: sp{keep} or sp{other} does not exist")
    for key in moved:
        conn.execute(
            insert(t.speaker_overrides).values(action="merge", alias_a=anchor, alias_b=key)
        )
        conn.execute(
            delete(t.speaker_overrides).where(
                t.speaker_overrides.c.action == "split", t.speaker_overrides.c.alias_a == key
            )
        )
    conn.execute(update(a).where(a.c.speaker_id == other).values(speaker_id=keep))
    conn.execute(delete(t.speakers).where(t.speakers.c.id == other))
    return keep


def split_speaker(conn: Connection, speaker_id: int, alias_name: str) -> int:
    """Take one alias out of a speaker into a new speaker, and keep it apart from now on."""
    a = t.speaker_aliases
    row = conn.execute(
        select(a.c.id, a.c.folded, a.c.name, a.c.type).where(
            a.c.speaker_id == speaker_id, a.c.folded == " ".join(fold(alias_name).split())
        )
    ).first()
    if row is None:
        from khabar.errors import InputError

        raise InputError(f"speakers split: sp{speaker_id} has no alias {alias_name!r}")
    new_id = conn.execute(
        insert(t.speakers).values(name=row.name, type=row.type).returning(t.speakers.c.id)
    ).scalar_one()
    conn.execute(update(a).where(a.c.id == row.id).values(speaker_id=new_id))
    conn.execute(
        delete(t.speaker_overrides).where(
            t.speaker_overrides.c.action == "merge", t.speaker_overrides.c.alias_b == row.folded
        )
    )
    conn.execute(
        insert(t.speaker_overrides).values(action="split", alias_a=row.folded, alias_b="*")
    )
    return int(new_id)

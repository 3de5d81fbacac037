"""Claim clustering: statements that carry the same claim, across outlets and AR/EN.

A pair of statements is scored by a small logistic model (:data:`FEATURES`, weights in
``claim_pairs.tsv``, trained by ``scripts/train_claim_pairs.py`` on our own gold ledgers in
``eval/``; the shared dev set only measures it):

* the cosine of their language-centred e5 vectors (see :mod:`khabar.ledger.vectors`), apart
  for pairs in one language and across Arabic/English; what is embedded is the statement's
  paragraph (:func:`claim_context`), because a denial such as «نفى صحة هذه الأرقام» names
  its claim only through the sentences around it;
* the same ledger speaker;
* a shared telling figure (a value of 10 or more), or telling figures that all differ
  (two values for one counted thing are two claims);
* shared content words (folded Arabic, prefixes and the article off, first five letters;
  the words of a stance such as «التعليق» or "verify" left out) and, in any language, the
  shared concepts of frequent news words (:mod:`khabar.ledger.claim_words`);
* whether the pair crosses languages, or one side is a meta-statement (could not verify,
  declined to comment, cannot confirm, investigating);
* the cosine of the contents alone (:func:`claim_content`), which tells apart the
  statements of one paragraph that the paragraph vector joins, and how each side ranks
  the other among the statements of its document (:class:`Rivals`): a restatement is
  closer to what its speaker said before than to that speaker's other statements.

The score is the model's log-odds. A statement joins the claim of its best-scoring
candidate when the score passes ``THRESHOLD`` and — precision first — its mean score with
the claim's members passes ``COHESION`` (an average-link check, so a claim does not drift
by chaining). Candidates come from blocking in :mod:`khabar.ledger._link`: never the whole
store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from sqlalchemy import Connection, insert, select

from khabar.ledger.claim_words import concepts
from khabar.ledger.vectors import Vector
from khabar.store import _schema as t
from khabar.text import fold

# log-odds a pair must reach, and the mean log-odds with a claim's members
THRESHOLD = 2.0
COHESION = 1.5
TELLING_FIGURE = 10.0
CONTEXT_BEFORE = 200  # characters of the paragraph kept before the content
CONTEXT_CHARS = 420  # and at most this much in all
META_STANCES = frozenset({"unverified", "declined_to_comment", "cannot_confirm", "investigating"})
FEATURES = (
    "bias",
    "cosine_same_language",
    "cosine_across_languages",
    "same_speaker",
    "same_figure",
    "other_figure",
    "word_overlap",
    "concept_overlap",
    "across_languages",
    "meta_stance",
    "content_cosine_same_language",
    "content_cosine_across_languages",
    "content_best_both_ways",
    "content_margin",
)
_WEIGHTS = Path(__file__).with_name("claim_pairs.tsv")

_AR_PREFIX = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال|لل)")
_OPENER = re.compile(r"^(?:إن|أن|ان|بأن|that)\s+")
_QUOTES = "\"«»“”'"
_STOP = frozenset(
    (
        "the a an of to in on and or that was were is are be been had has have it its will "
        "would could may might for with by at as from this these those not no he she they we "
        "our their his her said says told about into than there also any"
        # the words of a stance, not of what it is about
        " comment comments verify verified independently confirm confirmed deny denied declined"
    ).split()
) | frozenset(
    fold(w)
    for w in (
        "في من على الى إلى عن أن ان إن لا لم لن ما هذا هذه ذلك تلك التي الذي الذين قد كان كانت"
        " مع او أو ثم كل أي اي هو هي هم نحن انه أنه بعد قبل حتى عند منذ غير"
        " أنها إنها بأن بأنه بأنها لأن"
        " تعليق التعليق صحة تأكيد نفي مستقل"
    ).split()
)


@dataclass(slots=True)
class Item:
    """One statement as the claim linker sees it (a new one, or a stored candidate)."""

    statement_id: int
    document_id: int
    vector: Vector  # language-centred, unit length
    lang: str
    speaker_id: int | None = None
    values: frozenset[float] = frozenset()
    words: frozenset[str] = frozenset()
    claim_id: int | None = None
    story_id: int | None = None
    stance: str = "assert"
    content: Vector | None = None  # language-centred vector of the content alone


@dataclass(slots=True)
class Rivals:
    """A statement's two best content cosines in each document it is compared with.

    Two statements of different documents carry one claim more often when each is the
    other's closest match in its document: a speaker's restatement is closer to the
    original than to that speaker's other statements of the same story.
    """

    top: dict[int, tuple[float, float]]  # document id -> (best, second best)

    def beside(self, document_id: int, cosine: float) -> float:
        """The best cosine in that document other than ``cosine`` itself; ``cosine`` when
        the document has no other statement (no rival: neither closer nor farther)."""
        best, second = self.top.get(document_id, (-1.0, -1.0))
        rival = second if cosine >= best else best
        return cosine if rival == -1.0 else rival


def rivals(item: Item, others: Iterable[Item]) -> Rivals:
    """Per document of ``others`` (``item`` left out), its two best content cosines with ``item``.

    >>> import numpy as np
    >>> u = lambda *v: np.array(v, dtype=np.float32) / np.linalg.norm(v)
    >>> a = Item(1, 1, u(1, 0), "ar", content=u(1, 0))
    >>> b, c = Item(2, 2, u(1, 0), "ar", content=u(1, 0)), Item(3, 2, u(0, 1), "ar", content=u(0, 1))
    >>> r = rivals(a, [a, b, c])
    >>> r.top[2], r.beside(2, 1.0), r.beside(2, 0.0), r.beside(5, 0.3)
    ((1.0, 0.0), 0.0, 1.0, 0.3)
    """
    top: dict[int, tuple[float, float]] = {}
    if item.content is None:
        return Rivals(top)
    for other in others:
        if other.statement_id == item.statement_id or other.content is None:
            continue
        cosine = float(item.content @ other.content)
        best, second = top.get(other.document_id, (-1.0, -1.0))
        if cosine > best:
            top[other.document_id] = (cosine, best)
        elif cosine > second:
            top[other.document_id] = (best, cosine)
    return Rivals(top)


def claim_content(content: str) -> str:
    """What is embedded for the content feature: the content without the complementiser
    that opens it and the quotation marks around it.

    >>> claim_content('أن "الشركة لم تدفع أي فدية"'), claim_content("that prices will rise")
    ('الشركة لم تدفع أي فدية', 'prices will rise')
    """
    text = _OPENER.sub("", content.strip(), count=1)
    return text.strip().strip(_QUOTES).strip() or content.strip()


def claim_context(text: str, start: int, end: int) -> str:
    """What is embedded for a statement: its paragraph, cut around the content.

    >>> claim_context("عنوان\\n\\nأعلنت الوزارة أرقامًا. ونفى المحافظ صحتها.\\n\\nخبر آخر", 36, 41)
    'أعلنت الوزارة أرقامًا. ونفى المحافظ صحتها.'
    """
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    lo = max(para_start, start - CONTEXT_BEFORE)
    hi = min(para_end, max(end, lo + CONTEXT_CHARS))
    return text[lo:hi].strip()


def content_words(text: str) -> frozenset[str]:
    """Folded content words cut to five letters (Arabic prefixes and article off), and
    the concepts they name in both languages (see :mod:`khabar.ledger.claim_words`).

    >>> sorted(content_words("والنازحين لا يتجاوز عددهم ألفي شخص"))
    ['=displaced', '=figure', 'الفي', 'شخص', 'عددهم', 'نازحي', 'يتجاو']
    """
    out: set[str] = set()
    for word in re.findall(r"\w+", fold(text).lower()):
        if word in _STOP:
            continue
        if "\u0600" <= word[0] <= "\u06ff":
            word = _AR_PREFIX.sub("", word) if len(word) > 4 else word
        if len(word) > 2 and not word.isdigit():
            out.add(word[:5])
    return frozenset(out) | concepts(text)


def _telling(values: frozenset[float]) -> frozenset[float]:
    return frozenset(v for v in values if abs(v) >= TELLING_FIGURE)


@lru_cache(maxsize=1)
def weights() -> Vector:
    """The model's weights in :data:`FEATURES` order, read from ``claim_pairs.tsv``."""
    table: dict[str, float] = {}
    for line in _WEIGHTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split("\t")
            table[name] = float(value)
    missing = [f for f in FEATURES if f not in table]
    if missing:
        raise ValueError(f"{_WEIGHTS}: no weight for {', '.join(missing)}")
    return np.array([table[f] for f in FEATURES], dtype=np.float64)


def pair_features(
    a: Item, b: Item, rivals_a: Rivals | None = None, rivals_b: Rivals | None = None
) -> Vector:
    """The features of a pair in :data:`FEATURES` order (symmetric in a and b).

    ``rivals_a`` are a's best content cosines in the documents it is compared with (b's
    among them), ``rivals_b`` b's in a's document; without them a pair has no rivals.

    >>> import numpy as np
    >>> v = np.ones(2, dtype=np.float32) / np.sqrt(2)
    >>> a = Item(1, 1, v, "ar", speaker_id=7, values=frozenset({12000.0}))
    >>> b = Item(2, 2, v, "en", speaker_id=7, values=frozenset({12000.0}))
    >>> dict(zip(FEATURES, pair_features(a, b).round(2).tolist()))["cosine_across_languages"]
    1.0
    """
    across = a.lang != b.lang
    cosine = float(a.vector @ b.vector)
    mine, theirs = _telling(a.values), _telling(b.values)
    words = 0.0 if across else _overlap(_plain(a.words), _plain(b.words))
    both = a.content is not None and b.content is not None
    said = float(a.content @ b.content) if a.content is not None and b.content is not None else 0.0
    rival_a = (rivals_a or Rivals({})).beside(b.document_id, said)
    rival_b = (rivals_b or Rivals({})).beside(a.document_id, said)
    best_both_ways = both and said >= rival_a and said >= rival_b
    return np.array(
        [
            1.0,
            0.0 if across else cosine,
            cosine if across else 0.0,
            float(a.speaker_id is not None and a.speaker_id == b.speaker_id),
            float(bool(mine & theirs)),
            float(bool(mine and theirs and not mine & theirs)),
            words,
            _overlap(_concepts(a.words), _concepts(b.words)),
            float(across),
            float(a.stance in META_STANCES or b.stance in META_STANCES),
            0.0 if across else said,
            said if across else 0.0,
            float(best_both_ways),
            (2 * said - rival_a - rival_b) / 2 if both else 0.0,
        ]
    )


def pair_score(
    a: Item, b: Item, rivals_a: Rivals | None = None, rivals_b: Rivals | None = None
) -> float:
    """The log-odds that two statements carry one claim (see the module docstring).

    >>> import numpy as np
    >>> v = np.ones(2, dtype=np.float32) / np.sqrt(2)
    >>> a = Item(1, 1, v, "ar", speaker_id=7, values=frozenset({12000.0}))
    >>> b = Item(2, 2, v, "en", speaker_id=7, values=frozenset({12000.0}))
    >>> pair_score(a, b) > THRESHOLD
    True
    """
    return float(pair_features(a, b, rivals_a, rivals_b) @ weights())


def _plain(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if not w.startswith("="))


def _concepts(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w.startswith("="))


def _overlap(mine: frozenset[str], theirs: frozenset[str]) -> float:
    return len(mine & theirs) / min(len(mine), len(theirs)) if mine and theirs else 0.0


def pool_rivals(pool: Sequence[Item], siblings: Sequence[Item]) -> list[Rivals]:
    """Each candidate's rivals among the statements of the new document (``siblings``):
    the same for every statement of that document, so computed once for it."""
    return [rivals(cand, siblings) for cand in pool]


def best_claim(
    item: Item, pool: list[Item], theirs: Sequence[Rivals] = ()
) -> tuple[Item, float] | None:
    """The candidate whose claim ``item`` should join, with its score; None when none fits.

    ``theirs`` are the candidates' rivals in ``item``'s own document
    (:func:`pool_rivals`; none when empty). Candidates are tried best first: one that
    passes ``THRESHOLD`` is taken when it has no claim yet, or when ``item`` scores at
    least ``COHESION`` on average with the members of its claim that are in the pool.
    """
    if not pool:
        return None
    mine = rivals(item, pool)
    others = list(theirs) or [Rivals({})] * len(pool)
    scores = [pair_score(item, c, mine, r) for c, r in zip(pool, others, strict=True)]
    for k in sorted(range(len(pool)), key=lambda k: (scores[k], k), reverse=True):
        if scores[k] < THRESHOLD:
            break
        cand = pool[k]
        if cand.claim_id is None or _cohesive(cand.claim_id, pool, scores):
            return cand, scores[k]
    return None


def _cohesive(claim_id: int, pool: list[Item], scores: list[float]) -> bool:
    mates = [score for p, score in zip(pool, scores, strict=True) if p.claim_id == claim_id]
    return sum(mates) / len(mates) >= COHESION


def join_claim(conn: Connection, item: Item, label: str, match: Item, score: float) -> int:
    """Put a statement in its match's claim (creating the claim when the match had none)."""
    claim_id = match.claim_id
    if claim_id is None:
        claim_id = conn.execute(
            insert(t.claims).values(label=label[:300]).returning(t.claims.c.id)
        ).scalar_one()
        conn.execute(
            insert(t.claim_members).values(
                claim_id=claim_id, statement_id=match.statement_id, score=score
            )
        )
        match.claim_id = claim_id
    conn.execute(
        insert(t.claim_members).values(
            claim_id=claim_id, statement_id=item.statement_id, score=score
        )
    )
    item.claim_id = int(claim_id)
    return int(claim_id)


def claims_of(conn: Connection, ids: Iterable[int]) -> dict[int, int]:
    """The claim of each statement that has one."""
    out: dict[int, int] = {}
    for chunk in _chunks(list(ids)):
        rows = conn.execute(
            select(t.claim_members.c.statement_id, t.claim_members.c.claim_id).where(
                t.claim_members.c.statement_id.in_(chunk)
            )
        )
        out.update({r.statement_id: r.claim_id for r in rows})
    return out


def values_of(conn: Connection, ids: Iterable[int]) -> dict[int, frozenset[float]]:
    """The numeric values each statement gives."""
    out: dict[int, set[float]] = {}
    for chunk in _chunks(list(ids)):
        rows = conn.execute(
            select(t.quantities.c.statement_id, t.quantities.c.value).where(
                t.quantities.c.statement_id.in_(chunk), t.quantities.c.value.is_not(None)
            )
        )
        for r in rows:
            out.setdefault(r.statement_id, set()).add(float(r.value))
    return {k: frozenset(v) for k, v in out.items()}


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]

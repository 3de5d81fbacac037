"""English attribution rules (subject before the verb is the rule, inversion after quotes).

Shapes handled, sentence by sentence:

* ``Transport Minister Nabil Qassem said on Tuesday that …`` (speaker, cue, adjuncts, content)
* ``"…," chief executive Victor Marini told reporters.`` / ``"…," said Marini.`` (quote first)
* ``The backlog has grown to 7,500, the company said on Wednesday.`` (content first)
* ``…, according to Mira Okafor, an analyst at …`` and ``According to X, …``
* ``He added that …`` (a pronoun: the last speaker)
* ``X could not independently verify …``, ``X declined to comment on …`` (stance cues)
* ``A doctor, Rana Khoury, said a nurse had told her that …`` (an embedded source)
"""

from __future__ import annotations

import re
from functools import cache

from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token, quote_counts
from khabar.lang import load_rows
from khabar.text import NormalizedText

PUNCT = frozenset(".,;:!?()")
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "—", "–"})
ADJUNCT_START = frozenset(
    "on in at to during after before late earlier yesterday today last this via from "
    "when while".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
PLATFORMS = frozenset(
    "x twitter facebook telegram instagram tiktok tweet post social media".split()
)
THAT = frozenset({"that", "whether", "how", "why"})
RELATIVE = frozenset({"which", "who", "whose", "where"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
INFORM = re.compile(r"^(?:told|informed|warned)$")
OBJ_PRONOUN = frozenset({"her", "him", "them", "me", "us"})
SINGLE_CUES = frozenset({"said", "says", "told", "added", "noted", "stated", "announced", "wrote"})
# verbs that report only with "that", ":" or a quotation (otherwise they mean something else)
WEAK_CUES = frozenset(
    "responded replied went on continued recalled observed remarked joked complained lamented "
    "boasted vowed pledged countered emphasized emphasised reiterated declared alleged added "
    "adds explained noted notes revealed disclosed reported stressed predicted estimated "
    "acknowledged admitted conceded argued insisted".split()
) | {"went on"}
SUBJECT_PRONOUNS = frozenset("he she they it we i there".split())
CLAUSE_OPENERS = frozenset(
    "that the a an it he she they there its his her their we i this these those as at more "
    "about up only no some many most all several".split()
)
SUBORDINATORS = frozenset({"as", "while", "after", "when", "amid", "despite", "because"})
SOURCE_DOCS = frozenset({"statement", "report", "post", "video", "letter", "document", "message"})


@cache
def cue_lexicon() -> dict[str, tuple[str, str, str]]:
    """Surface form → (lemma, class, stance) from ``lang/en/cues.tsv``."""
    out: dict[str, tuple[str, str, str]] = {}
    for forms, lemma, cls, stance in load_rows("en", "cues"):
        for form in forms.split("|"):
            out[form] = (lemma, cls, stance)
    return out


class EnglishRules:
    """Find statement drafts in one English sentence (lower-cased normalised tokens)."""

    def __init__(self, norm: str, original: NormalizedText | None = None) -> None:
        self.norm = norm
        self.original = original  # case is folded in ``norm``; «the United States Geological …»

    def _capitalised_inside(self, toks: list[Token], i: int) -> bool:
        """A capitalised cue word that does not start the sentence is part of a name."""
        if self.original is None or i == 0 or toks[i - 1].text in OPEN_QUOTES | {":", "(", "—"}:
            return False
        first = self.original.orig[self.original.to_orig(toks[i].start)]
        return first.isupper()

    def sentence_drafts(self, toks: list[Token]) -> list[Draft]:
        drafts: list[Draft] = []
        hits = self._without_embedded(toks, self._hits(toks))
        for k, (i, n, lemma, cls, stance) in enumerate(hits):
            nxt = hits[k + 1][0] if k + 1 < len(hits) else len(toks)
            d = self._draft(toks, i, n, lemma, cls, stance, nxt)
            if d is not None:
                drafts.append(d)
        return drafts

    def _without_embedded(
        self, toks: list[Token], hits: list[tuple[int, int, str, str, str]]
    ) -> list[tuple[int, int, str, str, str]]:
        """`A recount has confirmed X, the Commission said.`: cues before a tail attribution
        (", NP said" closing the sentence) are part of what was said; so is «according to»
        after another statement."""
        for i, _n, _lemma, cls, _st in reversed(hits):
            if cls not in ("say", "tell"):
                continue
            subject = self._subject_before(toks, i)
            rest = [t.text for t in toks[i + 1 :]]
            tail = len(rest) <= 6 or "," in rest[:6]
            if tail and subject is not None and self._content_before(toks, subject[0]) is not None:
                return [h for h in hits if h[0] >= subject[0]]
        kept: list[tuple[int, int, str, str, str]] = []
        for h in hits:
            if h[3] == "acc" and kept and h[0] > 0:
                continue
            if (
                kept
                and h[3] in ("say", "tell")
                and self._inside_that_clause(toks, kept[-1][0], h[0])
            ):
                continue  # «declined to comment on reports that miners had complained …»
            kept.append(h)
        return kept

    @staticmethod
    def _inside_that_clause(toks: list[Token], prev: int, i: int) -> bool:
        """A cue after "that"/"whether" opened by an earlier cue, with no new clause between."""
        if i > 0 and toks[i - 1].text in ("and", "but"):
            return False  # «denied that … and said …»: a second verb of the same subject
        for k in range(i - 1, prev, -1):
            t = toks[k].text
            if t in (",", ";", ":") or t in CLOSE_QUOTES:
                return False
            if t in ("that", "whether"):
                return True
        return False

    def _hits(self, toks: list[Token]) -> list[tuple[int, int, str, str, str]]:
        lex = cue_lexicon()
        texts = [t.text for t in toks]
        hits: list[tuple[int, int, str, str, str]] = []
        inside = False
        i = 0
        while i < len(toks):
            t = texts[i]
            if t in ('"', "“", "”"):
                inside = not inside if t == '"' else t == "“"
            if inside:
                i += 1
                continue
            for n in (4, 3, 2, 1):
                if i + n > len(texts):
                    continue
                phrase = " ".join(texts[i : i + n])
                if (
                    phrase in lex
                    and not self._not_a_cue(texts, i, n)
                    and not self._capitalised_inside(toks, i)
                ):
                    lemma, cls, stance = lex[phrase]
                    coordinated = i > 0 and texts[i - 1] in ("but", "and", "yet")
                    if (
                        cls == "unverified"
                        and not coordinated
                        and any(h[3] in ("say", "cont", "tell") for h in hits)
                    ):
                        break  # «She added that the UN could not confirm …»: stance of the content
                    hits.append((i, n, lemma, cls, stance))
                    i += n - 1
                    break
            i += 1
        return hits

    @staticmethod
    def _not_a_cue(texts: list[str], i: int, n: int) -> bool:
        """Passives («were warned»), embedded sources («had told her that»), nouns after «the»."""
        prev = texts[i - 1] if i > 0 else ""
        nxt = texts[i + n] if i + n < len(texts) else ""
        if prev in ("was", "were", "been", "be", "being", "is", "are", "the", "its", "their", "s"):
            return True
        if prev in (
            "no",
            "any",
            "all",
            "some",
            "many",
            "several",
            "a",
            "an",
            "widely",
            "unconfirmed",
        ):
            return True  # «There were no reported injuries»: an adjective
        if nxt == "by":
            return True  # «the 1,200 reported by the authority»: a passive participle
        if prev in ("who", "which") or (
            prev in ("had", "has", "have") and i > 1 and texts[i - 2] in ("who", "which")
        ):
            return True  # «Ziani, who had alleged tampering, told …»: a relative clause
        if texts[i] in ("claims", "claim") and prev.endswith("ing"):
            return True  # «probing claims that …»: a noun
        if texts[i] in ("claims", "claim", "says", "say") and nxt not in CLAUSE_OPENERS:
            return True  # «face claims of $40m», «the group's claims»: a noun
        if texts[i] in ("posted", "published", "released") and prev in SOURCE_DOCS:
            return True  # «a statement posted on its website»: a participle, not a cue
        if prev == "that" or (prev in SINGLE_CUES and texts[i] != "that"):
            return True  # «said confirmed cases stood at …»: an adjective after the cue
        return texts[i] in ("told", "informed") and nxt in OBJ_PRONOUN

    # -- one cue ----------------------------------------------------------------------

    def _draft(
        self, toks: list[Token], i: int, n: int, lemma: str, cls: str, stance: str, next_cue: int
    ) -> Draft | None:
        cue = (toks[i].start, toks[i + n - 1].end)
        d = Draft(cue=cue, lemma=lemma, content=(0, 0), cls=cls)
        if stance != "assert":
            d.stance = stance
        if cls == "part":
            return self._participle(toks, i, n, d, next_cue)
        if cls == "acc":
            if (
                i > 0
                and toks[i + n].text in ("a", "an", "the")
                and toks[i + n + 1].text in SOURCE_DOCS
            ):
                return None  # «…, according to a statement»: a source document, not a speaker
            return self._according(toks, i, n, d, next_cue)
        subject = self._subject_before(toks, i)
        quote = self._quote_before(toks, subject[0] if subject else i)
        j = i + n
        if subject is None and quote is not None:
            subject_after = self._subject_after(toks, j)
            if subject_after:
                subject = subject_after
                j = subject_after[1]
        if subject is not None:
            self._set_speaker(d, toks, *subject)
        if quote is not None:
            d.content = (toks[quote[0]].end, toks[quote[1]].start)
            d.kind = "direct"
            handle = next((t.text for t in toks[i:] if t.text.startswith("@")), None)
            platform = any(t.text in PLATFORMS for t in toks[i + n : i + n + 4])
            if cls == "write" and (handle or platform):
                d.kind, d.handle = "social_post", handle
            d.frame = [(toks[quote[1]].end, toks[min(len(toks) - 1, max(j, i + n) - 1)].end)]
            return d
        if cls in ("unverified", "decline"):
            if subject is None and i > 0 and toks[i - 1].text in ("but", "and", "yet"):
                d.continues = True  # «said it was investigating …, but could not confirm …»
            end = self._content_end(toks, i, next_cue)
            first = (
                0 if toks[0].text == "asked" and cls == "decline" else i
            )  # «Asked when …, X declined to comment»
            d.content = (toks[first].start, toks[end - 1].end)
            d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[i].start)]
            return d
        j = self._skip_adjuncts(toks, j, cls)
        start, opener = self._content_start(toks, j)
        before = self._content_before(toks, subject[0] if subject else i)
        participle_next = (
            j + 1 < len(toks)
            and toks[j].text == ","
            and cue_lexicon().get(toks[j + 1].text, ("", "", ""))[1] == "part"
        )
        subordinate = participle_next or (
            j < len(toks)
            and (
                (toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].text in SUBORDINATORS)
                or (toks[j].text in SUBORDINATORS and toks[j - 1].text == ",")
            )
        )
        if start >= len(toks) or toks[start].text in (".", "!", "?") or (subordinate and before):
            if before is None:
                return None
            a, b = before
            d.content = (toks[a].start, toks[b - 1].end)
            d.kind = self._kind(toks, a, b, "object")
            d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[-1].end)]
            return d
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        if opener == "object" and " ".join(t.text for t in toks[i : i + n]) in WEAK_CUES:
            return None  # «responded down the stretch», «went on to win»: not reporting
        d.content = (toks[start].start, toks[end - 1].end)
        d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[start - 1].end)]
        d.kind = self._kind(toks, start, end, opener)
        if cls == "write":
            handle = next((t.text for t in toks[i:start] if t.text.startswith("@")), None)
            platform = any(t.text in PLATFORMS for t in toks[i:start])
            if handle or d.kind == "direct":
                d.kind = "social_post"
                d.handle = handle
            elif opener == "object" and not platform:
                return None  # «she wrote her prices in pencil»: writing, not a post
        self._embedded(toks, start, end, d)
        return d

    def _set_speaker(self, d: Draft, toks: list[Token], a: int, b: int) -> None:
        d.speaker = (toks[a].start, toks[b - 1].end)
        words = [t.text for t in toks[a:b]]
        if words in (["it"], ["they"]):
            found = self._antecedent(toks[0].start)
            if found is not None:  # «The ministry pushed back online. "…," it wrote.»
                d.speaker, d.speaker_type, d.resolved_from = found, "organisation", "pronoun"
                return
        d.speaker_type = speaker_type(words)
        if len(words) == 1 and words[0] in PRONOUNS:
            d.resolved_from = "pronoun"
        d.gender = english_gender(words)

    def _antecedent(self, offset: int) -> tuple[int, int] | None:
        """An organisation that opens the previous sentence, for "it"/"they"."""
        begin = max(
            self.norm.rfind(". ", 0, max(0, offset - 2)),
            self.norm.rfind("\n", 0, max(0, offset - 2)),
        )
        start = begin + 1
        while start < offset and self.norm[start] in " \n":
            start += 1
        m = ORG_PHRASE.match(self.norm, start, offset)
        return (m.start(), m.end()) if m else None

    def _subject_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The noun phrase right before the cue, back to the clause start."""
        end = i
        while end > 0 and toks[end - 1].text in ("also", "has", "have", "had", "later", "then"):
            end -= 1
        if end > 0 and toks[end - 1].text in SUBJECT_PRONOUNS and toks[end - 1].text != "there":
            return (end - 1, end)  # «…, which he said would cost …»
        start = end
        while start > 0 and end - start < 14:
            t = toks[start - 1].text
            if t in CLAUSE_BREAK or t in OPEN_QUOTES or t in CLOSE_QUOTES or t in THAT:
                break
            if t in ("and", "but", "while", "as", "because", "although", "yet"):
                break
            start -= 1
        if start >= end:
            return self._apposed_subject(toks, end)
        # «The Red Shadow group, which claimed the attack, posted …»: skip the relative clause
        if toks[start].text in RELATIVE and start >= 2 and toks[start - 1].text == ",":
            inner = self._subject_before(toks, start - 1)
            return inner
        # «A doctor at the hospital, Rana Khoury, said …»: the name between commas
        return (start, end)

    def _apposed_subject(self, toks: list[Token], end: int) -> tuple[int, int] | None:
        """`Sara Feldmann, a spokeswoman for the UN office, said …`: name and apposition."""
        if end < 2 or toks[end - 1].text != ",":
            return None
        k = end - 2
        while (
            k >= 0
            and toks[k].text not in CLAUSE_BREAK | OPEN_QUOTES | CLOSE_QUOTES
            and end - k < 30
        ):
            k -= 1
        if k < 0 or toks[k].text != ",":
            return None
        if end - k > 14 and toks[k + 1].text not in RELATIVE | {"a", "an", "the"}:
            return (
                None  # only a relative clause («, who asked not to be named because …,») runs long
            )
        start = k
        while (
            start > 0
            and toks[start - 1].text not in CLAUSE_BREAK | OPEN_QUOTES | CLOSE_QUOTES
            and k - start < 7
        ):
            start -= 1
        if start > 0 and toks[start - 1].text not in CLAUSE_BREAK | CLOSE_QUOTES:
            return None
        if start >= k:
            return None
        return (start, end - 1)

    def _subject_after(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """`"…," said Marini.` / `"…," he added.` / `"…," Marini told reporters.`"""
        k = j
        while (
            k < len(toks)
            and k - j < 8
            and toks[k].text not in PUNCT
            and toks[k].text not in ("to", "on", "in", "at", "who", "which")
        ):
            k += 1
        return (j, k) if k > j else None

    def _quote_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        k = i - 1
        while k >= 0 and toks[k].text in (",",):
            k -= 1
        if k >= 0 and toks[k].text in CLOSE_QUOTES:
            close = k
        elif k >= 1 and toks[k].text == "," and toks[k - 1].text in CLOSE_QUOTES:
            close = k - 1
        else:
            return None
        for m in range(close - 1, -1, -1):
            if toks[m].text in OPEN_QUOTES:
                return (m, close)
        return None

    def _content_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """`The backlog has grown to 7,500, Bahhar said.`: the clause before ", X said"."""
        k = i - 1
        if k < 1 or toks[k].text != ",":
            return None
        start = 0
        for m in range(min(k, 16)):
            if toks[m].text in ("—", "–", "--"):
                start = m + 1  # «RAS AL-WADI, Feb 23 (CPS) — …»: a dateline
                break
        return (start, k) if k > start else None

    def _skip_adjuncts(self, toks: list[Token], j: int, cls: str) -> int:
        """Skip `on Tuesday`, `in a statement`, `to reporters`, the object of `told`."""
        limit = len(toks)
        while j < limit and (toks[j].text in WEEKDAYS or toks[j].text in ("yesterday", "today")):
            j += 1  # «Officials said Tuesday the toll …»
        if cls == "tell":
            start = j
            while (
                j < limit and toks[j].text not in THAT and toks[j].text not in PUNCT | OPEN_QUOTES
            ):
                if toks[j].text in ("on", "in", "at", "by") and j > 0:
                    break
                if j > start and toks[j].text in SUBJECT_PRONOUNS:
                    break  # «told CPS she would appeal»
                j += 1
        while j < limit and toks[j].text in ADJUNCT_START:
            if j + 1 < limit and toks[j + 1].text in ("least", "most", "all", "first", "once"):
                break  # «said at least 300 …»: a quantifier, not a place
            timed = self._time_adjunct_end(toks, j)
            if timed > j:  # «said on Wednesday it had raised …»
                j = timed + (1 if timed < limit and toks[timed].text == "," else 0)
                continue
            k = j + 1
            while (
                k < limit
                and k - j < 7
                and toks[k].text not in THAT
                and toks[k].text not in (PUNCT | OPEN_QUOTES)
            ):
                if toks[k].text in ADJUNCT_START and k > j + 1:
                    break
                k += 1
            if k >= limit or toks[k].text in (".", "!", "?"):
                return k
            if k < limit and (
                toks[k].text in THAT
                or toks[k].text in (",", ":")
                or toks[k].text in OPEN_QUOTES
                or toks[k].text in ADJUNCT_START
            ):
                j = k
                if toks[j].text == ",":
                    j += 1
                continue
            break
        return j

    @staticmethod
    def _time_adjunct_end(toks: list[Token], j: int) -> int:
        """End of «on Wednesday», «late on Monday», «on March 3», «last week», else ``j``."""
        k = j
        if k < len(toks) and toks[k].text in ("late", "early", "earlier"):
            k += 1
        if k < len(toks) and toks[k].text in ("last", "this", "next") and k + 1 < len(toks):
            if toks[k + 1].text in WEEKDAYS or toks[k + 1].text in (
                "week",
                "month",
                "year",
                "night",
                "weekend",
            ):
                return k + 2
        if k + 1 < len(toks) and toks[k].text == "on":
            if toks[k + 1].text in WEEKDAYS:
                return k + 2
            if toks[k + 1].text in MONTHS and k + 2 < len(toks) and toks[k + 2].text.isdigit():
                return k + 3
        return j

    def _content_start(self, toks: list[Token], j: int) -> tuple[int, str]:
        if j < len(toks) and toks[j].text == ":":
            return j + 1, "colon"
        if j < len(toks) and toks[j].text == ",":
            j += 1
        if j < len(toks) and toks[j].text == "that":
            return j + 1, "complementiser"
        if j < len(toks) and toks[j].text in OPEN_QUOTES:
            return j, "quote"
        return j, "object"

    def _content_end(self, toks: list[Token], start: int, next_cue: int) -> int:
        end = min(len(toks), next_cue)
        if end < len(toks):
            while end > start and toks[end - 1].text not in (",", ";", "and") and end > start + 1:
                end -= 1
                if toks[end - 1].text in (",", ";"):
                    break
        while end > start and toks[end - 1].text in PUNCT | {"and"}:
            end -= 1
        return end

    def _kind(self, toks: list[Token], start: int, end: int, opener: str) -> str:
        spans, quoted = quote_counts(toks, start, end, PUNCT)
        first = toks[start].text if start < end else ""
        if (
            opener in ("colon", "quote")
            and first in OPEN_QUOTES
            and spans == 1
            and toks[end - 1].text in CLOSE_QUOTES
        ):
            return "direct"
        if opener == "colon":
            return "direct"
        return "mixed" if quoted >= 2 else "indirect"

    def _participle(
        self, toks: list[Token], i: int, n: int, d: Draft, next_cue: int
    ) -> Draft | None:
        """`…," the minister insisted, adding that aid was on its way.`: the speaker goes on."""
        if i == 0 or toks[i - 1].text != ",":
            return None
        start, opener = self._content_start(toks, i + n)
        end = self._content_end(toks, start, next_cue)
        if end <= start or (opener == "object" and toks[start].text in ("the", "a", "an")):
            return None  # «saying the word» is not «saying that …»
        d.content = (toks[start].start, toks[end - 1].end)
        d.frame = [(toks[i].start, toks[start - 1].end)]
        d.kind = self._kind(toks, start, end, opener)
        d.continues = True
        return d

    def _according(
        self, toks: list[Token], i: int, n: int, d: Draft, next_cue: int
    ) -> Draft | None:
        a = i + n
        b = a
        while b < len(toks) and toks[b].text not in PUNCT and b - a < 8:
            b += 1
        if b == a:
            return None
        source_by = next(
            (
                k
                for k in range(a, min(b, a + 4))
                if toks[k].text in ("by", "from") and k > a and toks[k - 1].text in SOURCE_DOCS
            ),
            None,
        )
        if source_by is not None and source_by + 1 < b:
            a = source_by + 1  # «According to a report by the Rummana Centre, …»
        self._set_speaker(d, toks, a, b)
        if i == 0:
            start = b + 1 if b < len(toks) and toks[b].text == "," else b
            end = self._content_end(toks, start, next_cue)
            if end <= start:
                return None
            d.content = (toks[start].start, toks[end - 1].end)
        else:
            end = i
            while end > 0 and toks[end - 1].text in (",",):
                end -= 1
            if end == 0:
                return None
            d.content = (toks[0].start, toks[end - 1].end)
            d.frame = [(toks[i].start, toks[b - 1].end)]
        a0 = next(k for k, t in enumerate(toks) if t.start == d.content[0])
        b0 = next(k for k, t in enumerate(toks) if t.end == d.content[1]) + 1
        d.kind = self._kind(toks, a0, b0, "object")
        return d

    def _embedded(self, toks: list[Token], start: int, end: int, d: Draft) -> None:
        """`… said a nurse had told her that …`: the nurse speaks, via the first speaker."""
        for k in range(start + 1, min(end - 2, start + 14)):
            if (
                INFORM.match(toks[k].text)
                and toks[k + 1].text in OBJ_PRONOUN
                and toks[k + 2].text == "that"
            ):
                a = start
                b = k - 1 if toks[k - 1].text in ("had", "has", "have") else k
                if b <= a or d.speaker is None:
                    return
                d.via, d.via_type = d.speaker, d.speaker_type
                d.speaker = (toks[a].start, toks[b - 1].end)
                d.speaker_type = "anonymous"
                d.cue = (toks[b].start, toks[k + 1].end)
                d.lemma = "tell"
                d.content = (toks[k + 3].start, d.content[1])
                d.kind = self._kind(toks, k + 3, end, "complementiser")
                return


PERSON_NOUNS = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|director|chief|executive|analyst|doctor|nurse|"
    r"governor|mayor|president|official|officer|engineer|expert|lawyer|councillor|member|"
    r"leader|head|chairman|chairwoman|ambassador|envoy|commander|worker|resident|witness|"
    r"representative|researcher|professor|activist|journalist|farmer|driver|"
    r"he|she|who)\b"
)
ANONYMOUS = re.compile(
    r"\b(?:an? (?:senior |local |security |government |former )?(?:source|official|officer)|"
    r"sources|officials|who asked not|speaking on condition|not authori[sz]ed)\b"
)
ORG_WORDS = re.compile(
    r"\b(?:ministry|authority|agency|organi[sz]ation|company|group|council|office|committee|"
    r"shipping|government|army|police|union|bank|crescent|cross|un|nato|eu|unicef|"
    r"department|commission|institute|association|federation|party|movement|court|"
    r"contracting|corporation|inc|ltd|times|post|news|agency|network)\b"
)


ORG_PHRASE = re.compile(
    r"the (?:[a-z-]+ ){0,4}?(?:ministry|authority|agency|organi[sz]ation|company|group|council|"
    r"office|committee|government|army|police|union|bank|department|commission)\b"
)


def speaker_type(words: list[str]) -> str:
    """A rough type from the (lower-cased) words of an English speaker phrase.

    >>> speaker_type("a spokeswoman for the un humanitarian office".split())
    'person'
    >>> speaker_type("the health ministry".split())
    'organisation'
    >>> speaker_type("a senior official who asked not to be named".split())
    'anonymous'
    """
    text = " ".join(words)
    if ANONYMOUS.search(text):
        return "anonymous"
    person = PERSON_NOUNS.search(text)
    org = ORG_WORDS.search(text)
    if org and not (person and person.start() < org.start()):
        return "organisation"  # «the ministry», not «a spokeswoman for the ministry»
    return "person"


def english_gender(words: list[str]) -> str | None:
    """ "she", "spokeswoman", "Ms" → "f"; "he", "spokesman", "Mr" → "m"."""
    w = set(words)
    if w & {"she", "her", "spokeswoman", "woman", "ms", "mrs", "chairwoman", "businesswoman"}:
        return "f"
    if w & {"he", "him", "spokesman", "man", "mr", "chairman", "businessman"}:
        return "m"
    return None

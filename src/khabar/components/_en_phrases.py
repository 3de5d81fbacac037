"""English attribution rules, first layer: subjects, adjuncts, content bounds and special shapes.

``Trade Minister Omar Farid said on Tuesday that …``: the subject before the cue,
the adjunct ``on Tuesday`` skipped before the content; also quotes before the cue,
``according to …``, participles and embedded sources. :class:`EnglishPhrases` is the
base of :class:`khabar.components.attr_en.EnglishRules`.
"""

from __future__ import annotations

import re

from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token, quote_counts
from khabar.components._en_clauses import adverb_before_cue
from khabar.components._en_lexicon import (
    ADJUNCT_START,
    ANONYMITY_CLAUSE,
    AUXILIARIES,
    CLAUSE_BREAK,
    DETERMINERS,
    INFORM,
    MONTHS,
    OBJ_PRONOUN,
    ORG_PHRASE,
    PRONOUNS,
    PUNCT,
    RELATIVE,
    SOURCE_DOCS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THAT,
    WEEKDAYS,
    english_gender,
    speaker_type,
)
from khabar.text import NormalizedText


def clause_follows(words: list[str], start: int) -> bool:
    """A clause (not a plain object) starts at ``start``: a subject pronoun, or a short noun
    phrase with a finite auxiliary after it. Reporting verbs without "that" take such a clause.

    >>> clause_follows("the club would send receipts".split(), 0)
    True
    >>> clause_follows("the word twice".split(), 0)
    False
    >>> clause_follows('the delay " might push costs up "'.split(), 0)
    True
    >>> clause_follows('the depot " never stored fuel "'.split(), 0)
    True
    """
    if start >= len(words):
        return False
    first = words[start]
    if first in SUBJECT_PRONOUNS:
        return True
    if first not in DETERMINERS:
        return False
    for k, t in enumerate(words[start + 1 : start + 7], start + 1):
        if t in AUXILIARIES or t == "never":  # «the depot never stored …»: only a verb follows
            return True
        if t in OPEN_QUOTES and words[k + 1 : k + 2] and words[k + 1] in AUXILIARIES | {"never"}:
            return True  # «the delay "might push costs up"», «the site "never held …"»
        if t in PUNCT or t in OPEN_QUOTES or t in CLOSE_QUOTES:
            return False
    return False


# participles that report only before «that», a colon or a quotation: with a plain object
# they do something else («writing a letter», «estimating costs», «telling stories»)
OBJECT_PARTICIPLES = frozenset(("write", "estimate", "tell"))

# adverbs of time and repetition between a subject and its cue, or a cue and its "that"
REPEAT_ADVERBS = frozenset("again now repeatedly still".split())

# participles that close the source of «According to a report by X published on …»
PUBLISHED = frozenset("published released issued compiled seen obtained reviewed posted".split())
# «a report obtained by the Gazette»: whoever saw or obtained a document is not its author
READ_BY = frozenset("seen obtained reviewed".split())


def _passive_before(toks: list[Token], by: int) -> bool:
    """A passive verb shortly before the «by» at ``by`` («was announced on Tuesday by»)."""
    return any(t.text in ("was", "were", "been", "is", "are") for t in toks[max(0, by - 5) : by])


class EnglishPhrases:
    """Subjects, adjuncts and content of one English sentence (base of the rules)."""

    def __init__(self, norm: str, original: NormalizedText | None = None) -> None:
        self.norm = norm
        self.original = original  # case is folded in ``norm``; «the United States Geological …»
        # the handle of the last statement made in a post («… wrote on X (@ana_r) …»), for
        # a «"…," she wrote.» that quotes the same post; None after a statement without one
        self.post_handle: str | None = None

    def _capital(self, tok: Token) -> bool:
        """``tok`` is written with a capital in the original text (False without one)."""
        return (
            self.original is not None
            and self.original.orig[self.original.to_orig(tok.start)].isupper()
        )

    def _name_joined_by_and(self, toks: list[Token], k: int) -> bool:
        """«and» at ``k`` joins two capitalised words inside one name («Silos and Mills»),
        not a place and the next clause's subject («… in Watergate and Mr Woodward said»)."""
        if not (
            0 < k < len(toks) - 1 and self._capital(toks[k - 1]) and self._capital(toks[k + 1])
        ):
            return False
        m = k - 1
        while m > 0 and self._capital(toks[m - 1]):
            m -= 1
        return m == 0 or toks[m - 1].text not in _BEFORE_PLACES

    def _capitalised_inside(self, toks: list[Token], i: int) -> bool:
        """A capitalised cue word that does not start the sentence is part of a name."""
        if i == 0 or toks[i - 1].text in OPEN_QUOTES | {":", "(", "—"}:
            return False
        return self._capital(toks[i])

    def _adverb_before_cue(self, tok: Token) -> bool:
        """See :func:`adverb_before_cue` (the capital is read from the original text)."""
        return adverb_before_cue(tok.text, self._capital(tok))

    def _handle(self, toks: list[Token], a: int, b: int) -> str | None:
        """The first account handle in ``toks[a:b]``, whole when it has dots («@ana.rahal»)."""
        for k in range(a, b):
            if toks[k].text.startswith("@"):
                return (k > 0 and handle_text(self.norm, toks, k - 1)) or toks[k].text
        return None

    def _set_speaker(self, d: Draft, toks: list[Token], a: int, b: int) -> None:
        d.speaker = (toks[a].start, toks[b - 1].end)
        words = [t.text for t in toks[a:b]]
        if words in (["it"], ["they"]):
            found = self._antecedent(toks[0].start)
            if found is not None:  # «The ministry pushed back online. "…," it wrote.»
                d.speaker, d.speaker_type, d.resolved_from = found, "organisation", "pronoun"
                d.name = found  # so the statement keeps «resolved_from: pronoun»
                return
        d.speaker_type = speaker_type(words)
        clause = self._anonymity_clause(toks, a, b)
        if clause is not None:  # «A nurse, who asked not to be named,»: the name is «A nurse»
            d.name = (toks[a].start, toks[clause - 1].end)
        if len(words) == 1 and words[0] in PRONOUNS:
            d.resolved_from = "pronoun"
        d.gender = english_gender(words)

    @staticmethod
    def _anonymity_clause(toks: list[Token], a: int, b: int) -> int | None:
        """Where the name before an anonymity clause ends in the speaker tokens ``a:b``:
        «A nurse, who asked not to be named» → the index of the comma."""
        for c in range(a + 1, b):
            if ANONYMITY_CLAUSE.match(" ".join(t.text for t in toks[c:b])):
                return c - 1 if toks[c - 1].text == "," and c - 1 > a else c
        return None

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
        while end > 0 and toks[end - 1].text in REPEAT_ADVERBS:
            end -= 1  # «The union now says …», «The firm again denied …»: not part of the subject
        while end > 1 and self._adverb_before_cue(toks[end - 1]):
            end -= 1  # «Microsoft initially suggested …», «They did say …»
            while end > 1 and toks[end - 1].text in ("has", "have", "had"):
                end -= 1  # «The firm has just confirmed …»
        if end > 0 and toks[end - 1].text in SUBJECT_PRONOUNS and toks[end - 1].text != "there":
            return (end - 1, end)  # «…, which he said would cost …»
        end = _before_time_adjunct(toks, end)  # «Minister Rania Dweik on Thursday denied …»
        start = end
        if end > 2 and toks[end - 1].text == ")":
            # «the Northern Water Board (NWB) said»: an acronym in brackets after the name
            start = next(
                (m for m in range(end - 2, max(0, end - 5), -1) if toks[m].text == "("), end
            )
        while start > 0 and end - start < 14:
            t = toks[start - 1].text
            if t in CLAUSE_BREAK or t in OPEN_QUOTES or t in CLOSE_QUOTES or t in THAT:
                break
            if t == "and" and self._name_joined_by_and(toks, start - 1):
                start -= 1  # «Harran Cement and Lime», «the Ministry of Labour and Social Affairs»
                continue
            if t in ("and", "but", "while", "as", "because", "although", "though", "yet"):
                break
            if t in ("after", "before", "since", "until", "unless", "when", "where"):
                break  # «…, a day after Nabar accused it of …»: the subject of that clause only
            if t == "by" and _passive_before(toks, start - 1):
                break  # «… was announced on Tuesday by the audit court, which said …»
            start -= 1
        if start >= end:
            return self._apposed_subject(toks, end)
        # «The Black Star group, which claimed the attack, posted …»: skip the relative clause
        if toks[start].text in RELATIVE and start >= 2 and toks[start - 1].text == ",":
            return self._before_relative(toks, start - 1)
        # «A doctor at the hospital, Dina Saleh, said …»: the name between commas
        return (start, end)

    @staticmethod
    def _cited_source(toks: list[Token], i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """«A bulletin by Radio Kessa, citing a police source, said …»: the cited source
        speaks (its token range first), via the report's author (the range after «by», or
        the whole noun phrase before the aside)."""
        m = i - 1
        if m < 4 or toks[m].text != ",":
            return None
        c = next(
            (k for k in range(m - 1, max(-1, m - 14), -1) if toks[k].text in CLAUSE_BREAK), None
        )
        if c is None or toks[c].text != "," or toks[c + 1].text != "citing" or c + 2 >= m:
            return None
        a = c
        while a > 0 and c - a < 16 and toks[a - 1].text not in CLAUSE_BREAK | OPEN_QUOTES:
            a -= 1
        if a >= c or (a > 0 and toks[a - 1].text not in CLAUSE_BREAK):
            return None
        by = next((k for k in range(a, c) if toks[k].text == "by"), None)
        via = (by + 1, c) if by is not None and by + 1 < c else (a, c)
        return (c + 2, m), via

    def _apposed_subject(self, toks: list[Token], end: int) -> tuple[int, int] | None:
        """`Ana Lind, a spokeswoman for the UN office, said …`: name and apposition."""
        if end < 2 or toks[end - 1].text != ",":
            return None
        k = end - 2
        while k >= 0 and end - k < 30:
            if toks[k].text == ")":  # «…, chief executive of Tarsh Mining (TMG), said»
                k = next((m for m in range(k - 1, max(-1, k - 5), -1) if toks[m].text == "("), k)
            elif toks[k].text in CLAUSE_BREAK | OPEN_QUOTES | CLOSE_QUOTES:
                break
            k -= 1
        if k < 0 or toks[k].text != ",":
            return None
        aside = toks[k + 1].text
        if aside in RELATIVE and k >= 1:
            # «A nurse at the city hospital, who asked not to be named, said …»: the clause
            # stays in the speaker's text (its name leaves it out)
            inner = self._before_relative(toks, k)
            if inner is not None and self._anonymity_clause(toks, k, end - 1) is not None:
                return (inner[0], end - 1)
            return inner
        if (
            end - k > 14
            and aside not in RELATIVE | {"a", "an", "the"}
            and not aside.endswith("ing")
        ):
            return (
                None  # only a relative clause («, who asked not to be named because …,») runs long
            )
        start = k
        while (
            start > 0
            and toks[start - 1].text not in CLAUSE_BREAK | OPEN_QUOTES | CLOSE_QUOTES
            and _words(toks, start, k) < 7  # «Dr Yamen al-Tal»: a hyphen is no word of its own
        ):
            start -= 1
        if (
            start > 0
            and toks[start - 1].text not in CLAUSE_BREAK | CLOSE_QUOTES
            and not (start == 1 and toks[0].text in ("but", "and", "yet"))  # «But the head of …»
        ):
            return None
        if start == 0 and k > 1 and toks[0].text in ("but", "and", "yet"):
            start = 1  # the conjunction is no part of the speaker
        if start >= k:
            return None
        if toks[start].text in RELATIVE and start >= 2 and toks[start - 1].text == ",":
            # «Omar Tabbal, who heads the Rights Monitor, a local group, said …»
            return self._subject_before(toks, start - 1)
        if end - k == 3 and toks[k + 1].text in ("however", "though", "too", "meanwhile"):
            return (start, k)  # «The union, however, said …»
        return (start, end - 1)

    def _before_relative(self, toks: list[Token], comma: int) -> tuple[int, int] | None:
        """The antecedent of a relative clause opening after ``comma``, with the name before
        it when it is an apposition: «Tamer Odeh, chief executive of Selwan Builders, which
        repaired the bridge, said …», «…, according to Rana Bawab, a professor …, who
        said …»."""
        inner = self._subject_before(toks, comma)
        if inner is None or inner[0] < 2 or toks[inner[0] - 1].text != ",":
            return inner
        apposed = self._apposed_subject(toks, comma + 1)
        if (
            apposed is None
            or apposed[0] >= inner[0]
            or any(
                t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in toks[apposed[0] : inner[0]]
            )
        ):
            return inner
        start = apposed[0]
        if [t.text for t in toks[start : start + 2]] == ["according", "to"]:
            start += 2
        return (start, apposed[1]) if start < inner[0] - 1 else inner

    def _subject_after(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """`"…," said Renner.` / `"…," he added.` / `"…," Renner told reporters.`"""
        k = j
        while (
            k < len(toks)
            and k - j < 8
            and toks[k].text not in PUNCT
            and toks[k].text not in ("to", "on", "in", "at", "who", "which")
        ):
            k += 1
        if k > j and toks[j].text in ("a", "an", "the"):
            k = _place_of_noun_end(toks, k)  # «"…," said a baker in the market.»
        if k > j and k < len(toks) and toks[k].text == ",":
            k = self._named_apposition_end(
                toks, k
            )  # «"…," said the clinic's director, Hind Rashwan.»
        if k > j and k < len(toks) and toks[k].text == ",":
            k = _anonymity_clause_end(toks, k)  # «…, who did not wish to be identified.»
        return (j, k) if k > j else None

    def _named_apposition_end(self, toks: list[Token], comma: int) -> int:
        """After the comma at ``comma``, the end of a capitalised name of two to five words
        (hyphens and «al»/«bin» inside it) that closes the sentence («, Hind al-Rashwan.»):
        where the speaker ends; ``comma`` when there is none."""
        k, words = comma + 1, 0
        while k < len(toks) and k - comma <= 8:
            t = toks[k].text
            if t == "-" or t in _NAME_PARTICLES:
                k += 1
            elif t.isalpha() and self._capital(toks[k]):
                k, words = k + 1, words + 1
            else:
                break
        if words < 2 or (k < len(toks) and toks[k].text not in (".", "!", "?")):
            return comma
        return k

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
        """`The backlog has grown to 7,500, the company said.`: the clause before ", X said"."""
        k = i - 1
        if k < 1 or toks[k].text != ",":
            return None
        start = 0
        for m in range(min(k, 16)):
            if toks[m].text in ("—", "–", "--") or self._spaced_hyphen(toks[m]):
                start = m + 1  # «RAS AL-WADI, Feb 23 (CPS) — …»: a dateline
                break
        return (start, k) if k > start else None

    def _spaced_hyphen(self, tok: Token) -> bool:
        """A hyphen with a space on both sides: the dash of «QASR, April 2 (Wire) - …»."""
        a, b = tok.start, tok.end
        return (
            tok.text == "-"
            and 0 < a
            and b < len(self.norm)
            and self.norm[a - 1] == self.norm[b] == " "
        )

    @staticmethod
    def _clause_follows(toks: list[Token], start: int) -> bool:
        """A clause (not a plain object) starts at ``start``: «insisted it had offered …»."""
        return clause_follows([t.text for t in toks[start : start + 7]], 0)

    def _skip_adjuncts(self, toks: list[Token], j: int, cls: str) -> int:
        """Skip `on Tuesday`, `in a statement`, `to reporters`, the object of `told`."""
        limit = len(toks)
        if j < limit and toks[j].text in REPEAT_ADVERBS:
            j += 1  # «insisted again that …»
        j = manner_adjunct_end(toks, j)
        while (
            j < limit
            and (toks[j].text in WEEKDAYS or toks[j].text in ("yesterday", "today"))
            and not (j + 1 < limit and toks[j + 1].text in ("'", "’"))  # «say Monday's storm»
        ):
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
                if j > start and self._clause_follows(toks, j):
                    break  # «told reporters the cuts would affect …»
                if j > start and toks[j].text == "of" and toks[start - 1].text.startswith("accus"):
                    return j + 1  # «accused the club of "tapping up" …»
                j += 1
        while j < limit and toks[j].text in ADJUNCT_START:
            if toks[j].text in SUBORDINATORS and toks[j - 1].text == ",":
                break  # «…, the union said on Monday, after talks broke up»: a new clause
            if j + 1 < limit and toks[j + 1].text in ("least", "most", "all", "first", "once"):
                break  # «said at least 300 …»: a quantifier, not a place
            timed = self._time_adjunct_end(toks, j)
            if timed > j:  # «said on Wednesday it had raised …»
                timed = handle_end(toks, timed) or timed  # «wrote on Tuesday (@ana_r) that …»
                j = timed + (1 if timed < limit and toks[timed].text == "," else 0)
                continue
            k = j + 1
            while (
                k < limit
                and k - j < 7
                and toks[k].text not in THAT
                and (toks[k].text not in (PUNCT | OPEN_QUOTES) or handle_end(toks, k))
            ):
                if toks[k].text in ADJUNCT_START and k > j + 1:
                    break
                k = handle_end(toks, k) or k + 1  # «wrote on Mastodon (@ana) on …»
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
                parts = ("morning", "afternoon", "evening", "night")  # «on Friday evening»
                return k + 3 if k + 2 < len(toks) and toks[k + 2].text in parts else k + 2
            if toks[k + 1].text in MONTHS and k + 2 < len(toks) and toks[k + 2].text.isdigit():
                return k + 3
        return j

    def _content_start(self, toks: list[Token], j: int) -> tuple[int, str]:
        if (
            j + 2 < len(toks)
            and toks[j].text == ","
            and toks[j + 1].text in ("however", "though", "too", "also", "nonetheless")
            and toks[j + 2].text == ","
        ):
            j += 2  # «He conceded, however, that …»
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
        if start < end - 1 < len(toks) - 1 and toks[end - 1].text in ("but", "and", "yet"):
            end -= 1  # «said the team had seen … but could not confirm …»: a second verb
        elif end < len(toks):
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
            # «accused Zulmar of "playing with …"»: a quoted fragment after a preposition
            and not (start > 0 and toks[start - 1].text in ("of", "as", "for", "about"))
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
        j = i + n
        if d.lemma == "tell":  # «…, telling a panel that week that …»: past the addressee
            j = self._skip_adjuncts(toks, j, "tell")
        start, opener = self._content_start(toks, j)
        end = self._content_end(toks, start, next_cue)
        if end <= start or (
            opener == "object"
            and toks[start].text in ("the", "a", "an")
            and not self._clause_follows(toks, start)
        ):
            return None  # «saying the word» is not «saying that …»
        if (
            d.lemma in OBJECT_PARTICIPLES
            and opener == "object"
            and not (d.lemma == "tell" and self._clause_follows(toks, start))
        ):
            return None  # «…, writing versions of the same words», «telling stories»
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
        # sentence-initial «According to …,» runs to its comma (a long name, "published on …")
        longest = 18 if i == 0 or (a + 1 < len(toks) and toks[a + 1].text in SOURCE_DOCS) else 8
        while b < len(toks) and toks[b].text not in PUNCT and b - a < longest:
            b += 1
        if b - a > 8 and (b >= len(toks) or toks[b].text != ","):
            b = a + 8
        b = _relative_anonymity_end(toks, a, b)  # «… close to the bargaining who requested …»
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
        # «… by the Harbour Institute published on Wednesday,»: the source ends before it
        name_end = next((k for k in range(a + 1, b) if toks[k].text in PUBLISHED), b)
        if name_end < b and toks[name_end].text in READ_BY:
            pass  # «according to a draft report obtained by the Gazette»: the report is the source
        elif name_end + 2 < b and toks[name_end + 1].text == "by":
            a, name_end = name_end + 2, b  # «figures compiled by the aviation authority»
        elif name_end < b and i > 0:
            by = next((k for k in range(name_end + 1, b - 1) if toks[k].text == "by"), None)
            if by is not None:  # «…, according to a statement posted online on Monday by X»
                a, name_end = by + 1, b
        self._set_speaker(d, toks, a, name_end)
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


# words before a name that is a place or an event, not a speaker («after Watergate and …»)
_BEFORE_PLACES = frozenset("in at from to on by with after before since during".split())
_TIME_TAIL = re.compile(
    r"(?:\s(?:on|late|early)(?:\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"\d{1,2}(?:st|nd|rd|th)?|morning|afternoon|evening|night))+"
    r"|\s(?:yesterday|today|earlier|later|last\s(?:week|month|night|year)|this\s(?:week|month)))$",
    re.IGNORECASE,
)


def _before_time_adjunct(toks: list[Token], end: int) -> int:
    """Where a subject ends before a time adjunct that stands between it and its verb.

    >>> from khabar.components._draft import tokenize
    >>> toks = tokenize("Minister Rania Dweik on Thursday denied")
    >>> _before_time_adjunct(toks, 5)
    3
    >>> _before_time_adjunct(tokenize("The minister yesterday said"), 3)
    2
    >>> _before_time_adjunct(tokenize("The Monday Club said"), 3)
    3
    """
    a = max(0, end - 4)
    tail = " " + " ".join(t.text for t in toks[a:end])
    m = _TIME_TAIL.search(tail)
    if m is None or m.start() == 0:
        return end
    words = len(tail[m.start() :].split())
    return end - words if end - words > 0 else end


_NAME_PARTICLES = frozenset("al el bin ibn abu bint de van von".split())
# nouns of the occasion of a remark, not of a place («said the minister at a press conference»)
_OCCASIONS = SOURCE_DOCS | frozenset(
    "interview speech briefing conference meeting hearing call email note session rally".split()
)


def _place_of_noun_end(toks: list[Token], k: int) -> int:
    """Past «in the district», «at the port» after a common noun ending at ``k`` (a speaker
    known by where they are, after a quotation), not «in a statement», «at a briefing».

    >>> from khabar.components._draft import tokenize
    >>> _place_of_noun_end(tokenize("in the harbour, who"), 0)
    3
    >>> _place_of_noun_end(tokenize("in a statement."), 0), _place_of_noun_end(tokenize("in 2020"), 0)
    (0, 0)
    """
    if not (
        k + 2 < len(toks)
        and toks[k].text in ("in", "at", "from")
        and toks[k + 1].text in ("the", "a", "an")
    ):
        return k
    m = k + 2
    while m < len(toks) and m - k < 6 and toks[m].text.isalpha():
        if toks[m].text in _OCCASIONS or toks[m].text in ("on", "in", "at", "to", "who", "which"):
            return k
        m += 1
    return m if m < len(toks) and toks[m].text in (",", ".") else k


def _relative_anonymity_end(toks: list[Token], a: int, b: int) -> int:
    """The end of a source ``toks[a:b]`` cut short inside its anonymity clause, which opens
    with «who» without a comma («a man close to the bargaining who requested anonymity»):
    the punctuation after the clause; ``b`` when there is none."""
    m = a
    while m < len(toks) and m - a < 24 and toks[m].text not in PUNCT:
        m += 1
    if m <= b:
        return b
    for w in range(a + 1, b):
        if toks[w].text == "who" and ANONYMITY_CLAUSE.match(" ".join(t.text for t in toks[w:m])):
            return m
    return b


def _anonymity_clause_end(toks: list[Token], comma: int) -> int:
    """After ``comma``, the end of a clause that keeps the speaker anonymous («, who did not
    wish to be identified»), closing the sentence or followed by a comma; ``comma`` otherwise."""
    m = comma + 1
    while m < len(toks) and toks[m].text not in PUNCT:
        m += 1
    if m == comma + 1 or not ANONYMITY_CLAUSE.match(" ".join(t.text for t in toks[comma + 1 : m])):
        return comma
    return m


def _words(toks: list[Token], a: int, b: int) -> int:
    """The words of ``toks[a:b]``, not counting the hyphens and apostrophes inside names."""
    return sum(1 for t in toks[a:b] if t.text not in ("-", "'", "’"))


def manner_adjunct_end(toks: list[Token], j: int) -> int:
    """Past «for the first time» or «publicly» right after a cue («conceded for the first
    time that …», «admitted publicly that …»), else ``j``.

    >>> from khabar.components._draft import tokenize
    >>> manner_adjunct_end(tokenize("for the first time that"), 0)
    4
    """
    if [t.text for t in toks[j : j + 4]] == ["for", "the", "first", "time"]:
        j += 4
    if j < len(toks) and toks[j].text in ("publicly", "privately", "openly"):
        j += 1
    return j


def handle_end(toks: list[Token], k: int) -> int | None:
    """«(@harbour_news)» starts at ``k``: an account's handle in brackets, part of the adjunct
    that names where a post went up («wrote on Telegram (@harbour_news) on Monday that …»);
    the index after its closing bracket (a handle may hold dots: «@ana.rahal»), else None.

    >>> from khabar.components._draft import tokenize
    >>> handle_end(tokenize("on X ( @ana_r ) that"), 2), handle_end(tokenize("on X (2019)"), 2)
    (5, None)
    >>> handle_end(tokenize("on Instagram (@ana.rahal.tv) on"), 2)
    9
    """
    if not (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.startswith("@")):
        return None
    m = k + 2
    while m + 1 < len(toks) and toks[m].text == "." and toks[m + 1].text.isalnum():
        m += 2  # «@ana . rahal»: the tokens of a dotted handle
    return m + 1 if m < len(toks) and toks[m].text == ")" else None


def handle_text(norm: str, toks: list[Token], k: int) -> str | None:
    """The handle of the bracket at ``k`` as written in ``norm`` («@ana.rahal»), else None."""
    end = handle_end(toks, k)
    return norm[toks[k + 1].start : toks[end - 2].end] if end is not None else None

"""Arabic attribution rules, third layer: the special statement shapes.

According to («وبحسب هيئة الطيران، …»), participles («…، مشيرًا إلى أن …»), captions
(«جاء فيها»), declining to comment («ورفضت التعليق»), unverified reports («ولم يتسنَّ
التحقق»، «…، وإنها لا تستطيع تأكيد …») and embedded sources («قال فلان إن جاره أبلغه
بأن …»), plus where content ends and what kind it is.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from khabar.components._ar_adjuncts import is_adjunct_noun
from khabar.components._ar_by_saying import by_saying_after
from khabar.components._ar_hits import inside_quotes
from khabar.components._ar_lexicon import (
    CONFIRMATIONS,
    DECLINE_OBJECTS,
    INFORM_FORMS,
    PLATFORM,
    PUNCT_STOP,
    CueEntry,
    _cue_with_object_pronoun,
    given_names,
    head_of,
    is_complementiser,
    is_handle,
    is_time_word,
    lookup_cue,
    rejected_claims,
    strip_conj,
    unknown_phrase_type,
)
from khabar.components._ar_phrases import PRONOUN_PARTICLE, ArabicPhrases
from khabar.components._ar_quoted_names import quoted_words_outside_names
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token, quote_counts
from khabar.text import fold

COMMAS = frozenset({"،", ","})
# «لم» that may open «لم يتسنَّ التحقق»
NEGATIONS = frozenset({"لم", "ولم", "فلم"})
# «تعذّر على X التحقق»: it was impossible for X to verify (folded, with و/ف)
IMPOSSIBLE = frozenset({"تعذر", "وتعذر", "يتعذر", "ويتعذر", "فتعذر"})
# «…، وإنها لا تستطيع تأكيد …»: a second complement clause that cannot confirm (folded)
SECOND_THAT = frozenset({"وانها", "وانه", "وانهم", "وانهن", "وان"})
ABLE = frozenset(
    "تستطيع يستطيع نستطيع يستطيعون تستطع يستطع نستطع يمكن يمكنها يمكنه يمكنهم تتمكن يتمكن".split()
)
CHECKING = frozenset({"تاكيد", "التاكد", "التحقق", "الجزم"})


# the speaker type of a head word's class (speaker_heads.tsv)
PHRASE_TYPES = {"org": "organisation", "gov": "government", "outlet": "outlet"}
# «… صدر مساء أمس», «الصادر عن …»: a statement's issuing, after its source's name
ISSUED = frozenset({"صدر", "صادر", "الصادر", "صادره", "الصادره"})


def _after_as(toks: list[Token], a: int) -> bool:
    """Whether the word before ``a`` is «حسبما/وفقما» (as …: a verb and its subject follow)."""
    return a > 0 and strip_conj(toks[a - 1].text) in ("حسبما", "بحسبما", "وفقما")


def _issuer(word: str) -> bool:
    """«لخفر», «لوزارة»: the «لـ» of a statement's issuer (not «للـ», not a pronoun)."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 3


# «أصدرته», «نشرها», «وزّعته»: a verb of issuing with the document as its object pronoun
ISSUED_BY_IT = re.compile(r"^(?:اصدر|نشر|وزع|بث|اذاع)(?:ت|وا|تا)?(?:ه|ها)$")


def _continue_relayed(relayed: Draft, draft: Draft) -> None:
    """«ونقلت صحيفة «…» عن الوزير قوله إن …، مشددًا على أن …»: a participle after a relayed
    statement continues its source, relayed by the same outlet (not the outlet's own words)."""
    if relayed.via is not None and relayed.speaker is not None:
        draft.speaker, draft.speaker_type, draft.name = (
            relayed.speaker,
            relayed.speaker_type,
            relayed.name,
        )
        draft.via, draft.via_type = relayed.via, relayed.via_type


# «حصيلة أعلنها X», «بيان أصدرته X»: a verb of issuing with the document as its pronoun
ISSUED_BY = frozenset(
    fold(stem + suffix)
    for stem in ("أعلن", "أعلنت", "نشر", "نشرت", "أصدر", "أصدرت", "أورد", "أوردت", "ذكر", "ذكرت")
    for suffix in ("ها", "ه")
)
# «، وهو ادعاء/رقم …»: the narrator's word for what was just said opens an aside
ASIDE_NOUNS = frozenset(
    fold(w) for w in "ادعاء رواية زعم اتهام رقم تقدير أمر كلام تصريح تأكيد نفي".split()
)


class ArabicSpecial(ArabicPhrases):
    """The special statement shapes on top of :class:`ArabicPhrases`."""

    @staticmethod
    def _source_to_end(toks: list[Token], a: int, limit: int) -> int:
        """A source that closes the sentence: up to six words before the full stop."""
        b = a
        opened = False
        while b < limit and b - a < 8 and toks[b].text not in (".", "،", ",", "؛"):
            if toks[b].text in OPEN_QUOTES and toks[b].text != '"':
                opened = True
            elif toks[b].text in CLOSE_QUOTES and toks[b].text != '"' and not opened:
                return a  # «… التبعية لتدريبهم» بحسب»: the end of a quotation, not a source
            b += 1
        return b if 0 < b - a <= 8 and (b >= limit or toks[b].text == ".") else a

    def _according(self, toks: list[Token], i: int, entry: CueEntry, next_cue: int) -> Draft | None:
        """«وبحسب X، …» (content after) or «… بحسب X.» (content before)."""
        limit = len(toks)
        if i + 1 < limit and toks[i + 1].text in ("ورد", "جاء", "يرد"):
            return None  # «حسبما ورد في التقرير»: as it was mentioned, no source named
        own = self._own_document(toks, i, entry, next_cue)
        if own is not None:  # «رفعت الوزارة الحصيلة …، بحسب بيان نشرته ظهر اليوم»
            return own
        a = self._source_start(toks, i + 1, limit)
        b, kind, name_at = self.noun_phrase(toks, a, limit)
        if b == a:
            b = self._boundary_subject(toks, a, limit, object_verb=False) if a < limit else a
            kind, name_at = unknown_phrase_type(toks[a].text) if a < limit else "unknown", None
        if b == a and i > 1:
            b = self._source_to_end(toks, a, limit)  # «…، بحسب بيانات منصة «صرّاف».»
            kind, name_at = "organisation", None
        if b == a:
            return None
        issued = next((k for k in range(a + 1, b - 1) if toks[k].text in ISSUED_BY), None)
        if issued is not None:  # «بحسب حصيلة نشرتها هيئة الإسعاف …»: who issued it
            end, kind2, name2 = self.noun_phrase(toks, issued + 1, limit)
            if end <= issued + 1:  # no head word known: up to the time or place after it
                end = next(
                    (
                        k
                        for k in range(issued + 2, b)
                        if is_time_word(toks[k].text) or toks[k].text in ("عند", "في", "،", ",")
                    ),
                    b,
                )
                kind2, name2 = unknown_phrase_type(toks[issued + 1].text), None
            a, b, kind, name_at = issued + 1, end, kind2, name2
        b = next((k for k in range(a + 1, b) if toks[k].text in ISSUED), b)  # «… صدر مساء أمس»
        draft = Draft(
            cue=(toks[i].start, toks[i].end), lemma=entry.lemma, content=(0, 0), cls="acc"
        )
        first = toks[a].text
        prefixed = _issuer(first) and first not in given_names()  # not «بحسب هالة …»
        if prefixed and i <= 1:  # «وفقًا لحسابات الشركة، …»: the source runs to the comma
            b = next((k for k in range(b, min(limit, a + 6)) if toks[k].text in ("،", ",")), b)
        if prefixed and kind in ("unknown", "person") and name_at in (None, a):
            kind = PHRASE_TYPES.get(head_of(first[1:]) or "", kind)  # «لوزارة الصحة»
        self._set_speaker(draft, toks, a, b, kind, name_at)
        if draft.speaker and prefixed:
            draft.speaker = (toks[a].start + 1, draft.speaker[1])
            if draft.name is not None and draft.name[0] == toks[a].start:
                draft.name = (toks[a].start + 1, draft.name[1])
        b = self._appositions(toks, b, limit, draft)
        if i <= 1:  # at the start: content after the comma
            k = b
            while k < limit and is_time_word(toks[k].text):
                k += 1
            if k > b and k < limit and toks[k].text in ("،", ","):
                b = k  # «وبحسب حصيلة أعلنتها الوزارة أمس، …»: when it was given
            start = b + 1 if b < limit and toks[b].text in ("،", ",") else b
            while start < limit and (
                toks[start].text in ("فان", "فإن", "فقد") or is_complementiser(toks, start)
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

    def _own_document(
        self, toks: list[Token], i: int, entry: CueEntry, next_cue: int
    ) -> Draft | None:
        """«… بحسب بيان نشرته ظهر اليوم»: a document that the sentence's own subject issued
        (the verb carries it as a pronoun); that subject speaks the clause before «بحسب»."""
        limit = len(toks)
        if i < 3 or i + 2 >= limit or not is_adjunct_noun(toks[i + 1].text):
            return None
        if not ISSUED_BY_IT.match(toks[i + 2].text):
            return None
        draft = Draft(
            cue=(toks[i].start, toks[i].end), lemma=entry.lemma, content=(0, 0), cls="acc"
        )
        k = next(
            (k for k in range(min(i, 6)) if head_of(toks[k].text) in ("org", "gov", "title")), None
        )
        if k is None:
            return None
        b, kind, name_at = self.noun_phrase(toks, k, i)
        if b <= k:
            return None
        self._set_speaker(draft, toks, k, b, kind, name_at)
        if draft.speaker is not None:  # «…، ونفت فيه …»: the same subject goes on
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
        end = i
        while end > 0 and toks[end - 1].text in ("،", ","):
            end -= 1
        draft.content = (toks[0].start, toks[end - 1].end)
        draft.kind = self._kind(toks, 0, end, "object")
        draft.frame = [(toks[i].start, toks[i + 2].end)]
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
        if (
            a < limit
            and _after_as(toks, a)
            and (lookup_cue(toks[a].text) is not None or _cue_with_object_pronoun(toks[a].text))
        ):
            return a + 1  # «حسبما أعلنت/أوردته المديرية العامة …»: the verb, then its subject
        if a + 1 < limit and is_adjunct_noun(toks[a].text) and _issuer(toks[a + 1].text):
            return a + 1  # «بحسب بيان لخفر السواحل صدر مساء أمس»: the statement's issuer
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
        self, toks: list[Token], i: int, entry: CueEntry, next_cue: int, previous: list[Draft]
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
        said = by_saying_after(toks, i) if entry.lemma == "اكتفى" else None
        if said is not None and said > j:
            j = self._confined_subject(toks, j, said, draft)  # «واكتفت الوزارة بالقول …»
        elif said is not None:
            draft.cue = (toks[i].start, toks[j].end)
        elif j < limit and toks[j].text in ("في", "خلال", "عبر", "علي", "امام", "عقب"):
            j, _ = self.skip_adjuncts(toks, j, limit)  # «مؤكدًا في تصريح لقناة محلية أن …»
        if draft.speaker is None and previous:
            _continue_relayed(previous[-1], draft)
        if self._sentence_subject is None and draft.speaker is None:
            self._main_clause_subject(toks, i, draft)
        found = self._with_content(toks, i, j, limit, next_cue, draft)
        if found is not None and previous and previous[-1].kind == "social_post":
            # «كتب X على صفحته (@…) أن …، مضيفًا أن …»: the post goes on
            found.kind, found.handle = "social_post", previous[-1].handle
        return found

    def _confined_subject(self, toks: list[Token], a: int, said: int, draft: Draft) -> int:
        """«واكتفى المتحدث باسم الشرطة بالقول: …»: the words from ``a`` to «بالقول» (at
        ``said``) are the speaker (its noun phrase, past an adjunct after it); returns ``said``."""
        end, kind, name_at = self.noun_phrase(toks, a, said)
        if end == a:  # «واكتفى سليم بالقول»: a name no list knows
            end, kind, name_at = self.noun_phrase(toks, a, said, bounded=True)
        if end > a:
            self._set_speaker(draft, toks, a, end, kind, name_at)
            draft.continues, draft.resolved_from = False, None
        return said

    def _with_content(
        self, toks: list[Token], i: int, j: int, limit: int, next_cue: int, draft: Draft
    ) -> Draft | None:
        """``draft`` completed with its content (from ``j`` on, after its opener), its frame
        (from the cue at ``i`` to the content) and its kind; None when no content follows."""
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
        handle = next((t.text for t in toks[:i] if is_handle(t.text)), None)
        if handle or self._mentions_platform(toks, 0, i):
            draft.kind, draft.handle = "social_post", handle
        return draft

    def _decline(
        self, toks: list[Token], i: int, j: int, next_cue: int, draft: Draft
    ) -> Draft | None:
        """«ورفضت الشركة التعليق على …»: content is the whole predicate from التعليق."""
        limit = len(toks)
        objects = DECLINE_OBJECTS | rejected_claims() | CONFIRMATIONS
        k = j
        while k < min(limit, j + 3) and toks[k].text not in objects:
            k += 1
        if k >= limit or toks[k].text not in objects:
            return None
        if toks[k].text in CONFIRMATIONS:
            draft.stance = "cannot_confirm"  # «وامتنع المتحدث عن تأكيد الرقم»
        elif toks[k].text not in DECLINE_OBJECTS:
            draft.stance = "deny"  # «ورفضت الوزارة الاتهامات التي …»: the claim it rejects
        end = self._content_end(toks, k, next_cue)
        if end == k + 1 and all(t.text == "عن" for t in toks[i + 1 : k]):
            # «غير أنه امتنع عن التعليق.»: a bare refusal right after the cue is the whole
            # predicate, cue included (SPEC §1, as "declined to comment")
            conj = 1 if toks[i].text != strip_conj(toks[i].text) else 0  # not the «و» of «ورفض»
            draft.content = (toks[i].start + conj, toks[end - 1].end)
            draft.frame = []
        else:
            draft.content = (toks[k].start, toks[end - 1].end)
            draft.frame = [(toks[i].start, toks[k - 1].end)]
        draft.kind = "indirect"
        return draft

    def _unverified(self, toks: list[Token], drafts: list[Draft]) -> list[Draft]:
        """«ولم يتسنَّ لوكالتنا التحقق…», «لم تتمكن الوكالة من التحقق…»."""
        out: list[Draft] = []
        texts = list(map(itemgetter(0), toks))
        if NEGATIONS.isdisjoint(texts) and IMPOSSIBLE.isdisjoint(texts):
            return out  # no «لم» and no «تعذّر» in the sentence
        for i, t in enumerate(texts):
            if i + 1 >= len(toks):
                continue
            if t in IMPOSSIBLE and texts[i + 1] == "علي":
                pass  # «وتعذّر على «الياسمين» التحقق من …»
            elif t not in NEGATIONS or not re.match(
                r"^(?:يتسن|تتسن|يتسني|تتسني|يتمكن|تتمكن|نتمكن|يتح|تستطع|يستطع|نستطع)",
                texts[i + 1],
            ):
                continue
            k = i + 2
            speaker: tuple[int, int] | None = None
            speaker_type = "outlet"
            while (
                k < len(toks)
                and k < i + 11
                # «ولم يتسنَّ لـ«…» الاطلاع على الوثائق»: seeing the evidence is checking it
                and texts[k] not in ("التحقق", "التاكد", "تاكيد", "التثبت", "الاطلاع")
            ):
                k += 1
            if k >= len(toks) or k >= i + 11:  # «ولم يتسنَّ لـ«بوابة النيل اليوم» التحقق»
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
                    head = head_of(texts[a][1:] if s0 > toks[a].start else texts[a])
                    quoted = OPEN_QUOTES.intersection(texts[i + 2 : a + 1])  # «لـ«الراية»»
                    if head in PHRASE_TYPES:
                        speaker_type = PHRASE_TYPES[head]
                    elif head is None and not quoted and s0 == toks[a].start:
                        speaker_type = unknown_phrase_type(texts[a])  # «الدفاع المدني»
            if any(d.content[0] <= toks[k].start < d.content[1] for d in drafts):
                continue
            # «…، فيما امتنع المصنع عن التعليق»: up to the next statement's cue
            cues = {d.cue[0] for d in drafts}
            nxt = next((m for m in range(k + 1, len(toks)) if toks[m].start in cues), len(toks))
            end = self._content_end(toks, k, nxt)
            first = k - 1 if texts[k - 1] == "من" else k  # «لم تتمكن X من التحقق …»: the «من» too
            d = Draft(
                cue=(toks[i].start, toks[i + 1].end),
                lemma="تحقق",
                content=(toks[first].start, toks[end - 1].end),
                speaker=speaker,
                speaker_type=speaker_type,
                # «ولم تستطع البلدية تأكيد …»: a party that cannot confirm (SPEC §1); an
                # outlet that could not confirm or verify reports it unverified
                stance="cannot_confirm"
                if texts[k] == "تاكيد" and speaker_type not in ("outlet", "self")
                else "unverified",
                cls="unverified",
            )
            d.frame = [(toks[i].start, toks[first].start)]
            if speaker is None:
                d.resolved_from = None
            out.append(d)
        return out

    def _second_clause_cannot_confirm(self, toks: list[Token], drafts: list[Draft]) -> list[Draft]:
        """«قالت النقابة إن الإضراب مستمر، وإنها لا تستطيع تأكيد ما إذا …»: the second
        «وإنها» clause with its own «لا تستطيع تأكيد» is a statement of its own (the same
        speaker and cue verb), as «said …, but could not confirm …» is in English."""
        out: list[Draft] = []
        for d in drafts:
            out.append(d)
            if d.speaker is None or d.cls not in ("say", "cont"):
                continue
            found = _cannot_confirm_clause(toks, d)
            if found is None:
                continue
            m, c = found
            second = Draft(
                cue=(toks[m + 2].start, toks[c].end),
                lemma="أكد",
                content=(toks[c + 1].start, d.content[1]),
                speaker=d.speaker,
                speaker_type=d.speaker_type,
                name=d.name,
                resolved_from=d.resolved_from,
                stance="unverified" if toks[c].text == "التحقق" else "cannot_confirm",
                cls="unverified",
                gender=d.gender,
            )
            second.frame = [(toks[m + 1].start, toks[c].end)]
            d.content = (d.content[0], toks[m - 1].end)
            first = next(k for k, t in enumerate(toks) if t.start >= d.content[0])
            d.kind = self._kind(toks, first, m, "complementiser")
            out.append(second)
        return out

    def _aside_noun(self, toks: list[Token], k: int) -> bool:
        """«ادعاء وصفته الشركة …», «رقم لم يتسنَّ …»: the narrator's word for what was just
        said, with a cue or a negation right after it (not «أمر طبيعي», the speaker's)."""
        if toks[k].text not in ASIDE_NOUNS:
            return False
        after = toks[k + 1 : k + 5]
        return any(t.text in ("لم", "لا") or self.is_cue(t) for t in after)

    def _content_end(self, toks: list[Token], start: int, next_cue: int) -> int:
        """Content ends at the sentence end or before «، مضيفًا» / «، وقال» (the next cue),
        or before the outlet's own aside «، وهو ما لم يتسنَّ التحقق منه», «، وهو ادعاء …»."""
        end = min(len(toks), next_cue)
        middle = map(itemgetter(0), toks[start + 1 : max(start + 1, end - 1)])
        # the commas of toks[start + 1 : end - 1]: only a comma can open the aside
        for k in compress(count(start + 1), map(COMMAS.__contains__, middle)):
            if (
                toks[k].text in ("،", ",")
                and toks[k + 1].text in ("وهو", "وهي", "وهذا")
                and k + 2 < end
                and (toks[k + 2].text == "ما" or self._aside_noun(toks, k + 2))
            ):  # «، وهو ما لم يتسنَّ …», «، وهو ادعاء وصفته الشركة بأنه …»
                end = k
                break
            if (
                toks[k + 1].text == "وذلك"
                and k + 2 < end
                and toks[k + 2].text in ("في", "خلال", "عبر", "ضمن", "اثناء")
            ):
                end = k  # «…، وذلك في تقريرها الأولي»: where it was said, not what
                break
            if toks[k].text in ("،", ",") and toks[k + 1].text in NEXT_ACTIONS:
                end = k  # «فتح تحقيق في …، وأمر بإغلاق الطريق»: the subject's next act
                break
            if toks[k].text in ("،", ",") and _without_clause(toks, k + 1, end):
                end = k  # «…»، من دون أن تذكر اسم المصنع»: the narrator's remark, not the content
                break
            if toks[k].text in ("،", ",") and toks[k + 1].text == "فيما" and k + 2 < end:
                # «، فيما لم يتسنَّ لـ«…» التحقق …», «، فيما امتنع المصنع عن التعليق»
                if toks[k + 2].text in ("لم", "لا") or self.is_cue(toks[k + 2]):
                    end = k
                    break
            if (
                toks[k].text in ("،", ",")
                and _conjoined_cue(toks[k + 1].text)
                and k not in inside_quotes(toks)
            ):
                end = k  # «…، واكتفى مسؤول في الهيئة بالقول …»: a new report, not this content
                break
        if end < len(toks):
            # back off the conjunction/comma that introduces the next cue
            # «…، حيث قال …»، «…، إذ أكد …»، «…، كما أوضح …»: the subordinator opens the next
            while end > start and (
                PRONOUN_PARTICLE.match(toks[end - 1].text)  # «…، لكنه أصرّ على أن …»
                or toks[end - 1].text
                in (
                    "،",
                    ",",
                    "و",
                    "؛",
                    "فيما",
                    "بينما",
                    "حيث",
                    "اذ",
                    "كما",
                )
            ):
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
        # «… قطار «سهم الشمال» …»: a quoted name is not the speaker's words
        quote_spans, quoted_words = quoted_words_outside_names(toks, start, end, PUNCT_STOP)
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
            if toks[k].text in INFORM_FORMS:
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


# «، وأمر …», «، ودعا …»: a coordinated verb of action after a comma opens the subject's next
# clause (what they did, not what they said); cue verbs («، وأكد») end a content already
NEXT_ACTIONS = frozenset(
    fold("و" + w)
    for w in "أمر أمرت دعا دعت طالب طالبت قرر قررت حث حثت ناشد ناشدت أوعز أوعزت كلف كلفت".split()
)


def _without_clause(toks: list[Token], k: int, end: int) -> bool:
    """«من دون أن …», «دون أن …», «بدون أن …» at ``k``: "without (naming …)", a remark on how
    the speaker spoke."""
    if k < end and toks[k].text == "من":
        k += 1
    return k + 1 < end and toks[k].text in ("دون", "بدون") and toks[k + 1].text == "ان"


def _cannot_confirm_clause(toks: list[Token], d: Draft) -> tuple[int, int] | None:
    """In the content of ``d``, the comma ``m`` before «، وإنها لا تستطيع تأكيد …» and the
    checking word ``c`` («تأكيد», «التحقق») of the first such clause; None when there is none."""
    for m in range(len(toks) - 4):
        if not (d.content[0] < toks[m].start and toks[m + 1].end <= d.content[1]):
            continue
        if toks[m].text not in ("،", ",") or toks[m + 1].text not in SECOND_THAT:
            continue
        if toks[m + 2].text not in ("لا", "لم") or toks[m + 3].text not in ABLE:
            continue
        c = next(
            (k for k in range(m + 4, min(len(toks), m + 7)) if toks[k].text in CHECKING),
            None,
        )
        if c is None or c + 1 >= len(toks) or toks[c + 1].end > d.content[1]:
            continue
        return m, c
    return None


# the finite cues that, after «، و», always open a new report (not «، ودفع بالكثير …», a
# coordinated verb of the content)
NEW_REPORT_LEMMAS = frozenset({"قال", "أضاف", "تابع", "اكتفى", "رفض", "امتنع"})


def _conjoined_cue(word: str) -> bool:
    """«واكتفى», «وقال»: «و» on a finite cue verb opens a new report after a comma."""
    found = lookup_cue(word[1:]) if word[:1] == "و" else None
    return found is not None and found[1].lemma in NEW_REPORT_LEMMAS

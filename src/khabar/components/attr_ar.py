"""Arabic attribution rules: cues, speaker noun phrases, adjuncts and content, token by token.

Works on the normalised text (hamza/alef/yaa/taa-marbuta folded, diacritics removed), so
«وقالَت» and «وقالت» are the same token. The shapes handled:

* VSO — «وقالت المتحدثة باسم الهيئة هالة يوسف في مؤتمر صحفي: "…"»
* SVO — «غير أن رئيس النقابة رامي ناصر قال إن …»
* quote first — «"…"، قال الوزير»
* dropped subject — «وأضاف أن …» (the last speaker)
* participles — «…، مشيرًا إلى أن …» (the current speaker)
* according to — «وبحسب هيئة الطيران، تراجع …»
* relayed — «ونقلت صحيفة "الأفق" عن مصدر في الوزارة قوله إن …» (speaker and via)
* embedded source — «قال فلان إن جاره أبلغه بأن …»
* stance phrases — «ولم يتسنَّ لوكالتنا التحقق…»، «ورفضت التعليق على…»، «ولم تستبعد…»
"""

from __future__ import annotations

from itertools import compress, count
from operator import itemgetter

from khabar.components._ar_adjuncts import is_adjunct_noun
from khabar.components._ar_lexicon import (
    CAPTION,
    COMPLEMENTISERS,
    DECLINE_OBJECTS,
    HANDLE,
    NOT_STATEMENT_PARTICIPLES,
    OBJECT_VERBS,
    PLATFORM,
    PLEAS,
    PUNCT_STOP,
    CueEntry,
    cue_surface_forms,
    folded_lemma,
    given_names,
    head_of,
    is_complementiser,
    is_definite,
    lookup_cue,
    strip_conj,
    unknown_phrase_type,
    verb_gender,
)
from khabar.components._ar_special import ArabicSpecial
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token
from khabar.text import fold

__all__ = ["ArabicRules", "given_names"]

# the marks _inside_quotes counts
QUOTE_MARKS = frozenset('«“»”"')
# «وصف … بأن»: the verb whose object comes before the content
DESCRIBE = fold("وصف")
# «عزا/أرجع X الأمر إلى …»: the plain forms, with the thing explained after the subject
CAUSE = fold("عزا")
ESTIMATE = fold("قدّر")
ESTIMATES = frozenset(fold(w) for w in "بنحو بحوالي بقرابة بما بأكثر بأقل".split())
CAUSE_PLAIN = frozenset(fold(w) for w in "عزا عزت عزوا أرجع أرجعت أرجعوا".split())
DESCRIBE_PLAIN = frozenset(fold(w) for w in "وصف وصفت وصفوا".split())  # no object pronoun
# adjectives that follow a definite speaker head («المتحدث الرسمي», «الوزير السابق»)
SUBJECT_ADJECTIVES = frozenset(
    fold(w) for w in "الرسمي الرسمية السابق السابقة العام العامة الأول الأولى المكلف".split()
)


def _estimate_word(word: str) -> bool:
    """«بنحو», «بحوالي», «بما يقارب», «ب15»: how an estimate is given after «قدّر».

    >>> _estimate_word("بنحو"), _estimate_word("ب15"), _estimate_word("بالمئة")
    (True, True, False)
    """
    return word in ESTIMATES or (word[:1] == "ب" and word[1:2].isdigit())


# «…، وإنها لا تستطيع تأكيد …»: a second complement clause that cannot confirm (folded)
SECOND_THAT = frozenset({"وانها", "وانه", "وانهم", "وانهن", "وان"})
ABLE = frozenset(
    "تستطيع يستطيع نستطيع يستطيعون تستطع يستطع نستطع يمكن يمكنها يمكنه يمكنهم تتمكن يتمكن".split()
)
CHECKING = frozenset({"تاكيد", "التاكد", "التحقق", "الجزم"})


class ArabicRules(ArabicSpecial):
    """Find statement drafts in one sentence of normalised Arabic text."""

    # -- statements -------------------------------------------------------------------

    def sentence_drafts(self, toks: list[Token]) -> list[Draft]:
        """Every statement draft of one sentence (tokens of that sentence only)."""
        drafts: list[Draft] = []
        limit = len(toks)
        self._sentence_subject: tuple[tuple[int, int], str, tuple[int, int] | None] | None = None
        hits = [
            h
            for n, h in enumerate(self._cue_hits(toks))
            if self._plausible_hit(toks, h[0], h[2])
            and (n == 0 or not self._embedded_hit(toks, h[0]))
        ]
        hits = [
            h
            for n, h in enumerate(hits)
            # «وأكد الوزير ما أفاد به مسؤول …»: "what X said" inside the first statement
            # «وحسب ما أفاد به مصدر …»: the source of «حسب», not a second report
            if not (
                n > 0
                and h[0] > 0
                and toks[h[0] - 1].text == "ما"
                and hits[0][2].cls in ("say", "acc")
            )
            # «… "لم تتجاوز 60 بالمائة" حسب معطيات الإدارة»: the source of a figure, not a new report
            and not (
                n > 0 and h[2].cls == "acc" and toks[h[0] - 1].text not in ("،", ",") and h[0] > 2
            )
        ]
        for k, (i, form, entry) in enumerate(hits):
            next_cue = hits[k + 1][0] if k + 1 < len(hits) else limit
            draft = self._draft_at(toks, i, form, entry, next_cue, drafts)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(self._unverified(toks, drafts))
        if SECOND_THAT.intersection(map(itemgetter(0), toks)):
            drafts = self._second_clause_cannot_confirm(toks, drafts)
        return drafts

    def _second_clause_cannot_confirm(self, toks: list[Token], drafts: list[Draft]) -> list[Draft]:
        """«قالت النقابة إن الإضراب مستمر، وإنها لا تستطيع تأكيد ما إذا …»: the second
        «وإنها» clause with its own «لا تستطيع تأكيد» is a statement of its own (the same
        speaker and cue verb), as «said …, but could not confirm …» is in English."""
        out: list[Draft] = []
        for d in drafts:
            out.append(d)
            if d.speaker is None or d.cls not in ("say", "cont"):
                continue
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
                break
        return out

    def _described(
        self, toks: list[Token], i: int, next_cue: int, draft: Draft, pronoun: bool
    ) -> Draft | None:
        """«ووصف الوزير التقارير بأنها كاذبة», «ووصفت أرقام المجلس بأنها "مضخمة"»: an
        optional subject, the thing described, then بأن and the description (the content).

        The subject is there only when the words after the verb start with a speaker head
        or a given name; the last word before بأن is then the thing described, unless the
        verb carries it as a pronoun (``pronoun``: «في خطوة وصفها مسؤولو النادي بأنها …»).
        """
        limit = min(len(toks), next_cue)
        k = i + 1
        while k < min(limit, i + 12) and not (
            toks[k].text.startswith("ب") and toks[k].text in COMPLEMENTISERS
        ):
            if toks[k].text in PUNCT_STOP or toks[k].text in OPEN_QUOTES:
                return None  # «وصف الطبيب الدواء، …»: no بأن, not a statement
            k += 1
        if k >= min(limit, i + 12):
            return None
        first = toks[i + 1].text
        if pronoun and k > i + 1:
            # «وصفها نواب المعارضة بأنها …»: the words before بأن are all the subject
            end, kind, name_at = self.noun_phrase(toks, i + 1, k)
            kind = unknown_phrase_type(first) if kind == "unknown" or end < k else kind
            self._set_speaker(draft, toks, i + 1, k, kind, name_at)
        elif k - i > 2 and (head_of(first) is not None or first in given_names()):
            end, kind, name_at = self.noun_phrase(toks, i + 1, k)
            end = min(end, k - 1)  # leave the thing described
            if end > i + 1:
                self._set_speaker(draft, toks, i + 1, end, kind, name_at)
        if draft.speaker is None and self._sentence_subject:
            draft.speaker, draft.speaker_type, draft.name = self._sentence_subject
        elif draft.speaker is None and i > 2:
            self._main_clause_subject(toks, i, draft)
        return self._with_content(toks, i, k, limit, next_cue, draft)

    def _definite_run_subject(self, toks: list[Token], a: int, limit: int, draft: Draft) -> int:
        """«وأكد المختبر الوطني للصحة العامة وجود …»: two or more definite words that no
        lexicon knows, then an indefinite object (a verbal noun in construct), are the subject;
        so is one definite word before «ما + a cue» («وأكد الخثلان ما أفاد به …»).
        Returns where the content starts (``a`` when there is no such subject)."""
        k = a
        while k < limit and k - a < 6 and is_definite(toks[k].text):
            k += 1
        if k - a == 1 and k + 1 < limit and toks[k].text == "ما" and lookup_cue(toks[k + 1].text):
            # «وأكد الخثلان ما أفاد به مسؤول …»: a family name, then "what X said"
            self._set_speaker(draft, toks, a, k, "person", a)
            return k
        if k - a < 2 or k >= limit:
            return a
        nxt = toks[k].text
        if (
            nxt in PUNCT_STOP
            or nxt in OPEN_QUOTES
            or nxt in ("في", "عن", "من", "علي", "الي", "مع", "بين")
            or nxt.startswith(("بال", "كال"))
            or is_complementiser(toks, k)
        ):
            return a
        self._set_speaker(draft, toks, a, k, unknown_phrase_type(toks[a].text), None)
        return k

    def _content_is_empty(self, toks: list[Token], start: int, next_cue: int) -> bool:
        return start >= len(toks) or self._content_end(toks, start, next_cue) <= start

    @staticmethod
    def _definite_subject_end(toks: list[Token], a: int, b: int) -> int:
        """The end of a definite subject («الشركة», «المتحدث الرسمي») inside ``toks[a:b]``,
        leaving the rest for the object; ``b`` when the phrase is not a definite noun."""
        if not (a < b - 1 and is_definite(toks[a].text)):
            return b
        k = a + 1
        while k < b - 1 and toks[k].text in SUBJECT_ADJECTIVES:
            k += 1
        return k

    def _speaker_after_quote(self, toks: list[Token], j: int, limit: int, draft: Draft) -> int:
        """«"…"، يقول الحاج مفلح نمر، وهو مزارع …»: after a quotation the cue's subject runs
        to the next delimiter even with words no lexicon knows."""
        k = j
        while k < limit and k - j < 6 and not self._ends_np(toks, k, limit):
            k += 1
        if k == j or (k < limit and toks[k].text not in PUNCT_STOP):
            return j
        first = toks[j].text
        kind = "person" if head_of(first) in (None, "title") else unknown_phrase_type(first)
        self._set_speaker(draft, toks, j, k, kind, self._name_start(toks, j, k))
        return k

    @staticmethod
    def _parenthesised_alias(toks: list[Token], end: int, limit: int) -> int:
        """«الاتحاد الدولي لكرة القدم (فيفا)»: a short alias in brackets joins the speaker."""
        if end + 2 >= limit or toks[end].text != "(":
            return end
        close = next((k for k in range(end + 2, min(limit, end + 5)) if toks[k].text == ")"), None)
        if close is None or any(
            HANDLE.match(t.text) or t.text[0].isdigit() for t in toks[end:close]
        ):
            return end
        return close + 1

    @staticmethod
    def _plausible_hit(toks: list[Token], i: int, entry: CueEntry) -> bool:
        """Cheap checks before parsing: «رفض» is a cue only with «التعليق» close by."""
        if entry.cls == "relay":
            return any(
                t.text in ("عن", "من") for t in toks[i + 1 : i + 12]
            )  # «ونقل الناخبين بحافلات»
        if strip_conj(toks[i].text) == "بين":  # «وبيّن (الوزير) أن», not «بين»
            for k in range(i + 1, min(len(toks), i + 8)):
                if is_complementiser(toks, k):
                    return True
                if toks[k].text in PUNCT_STOP or toks[k].text in ("و", "الي"):
                    return False
            return False
        if strip_conj(toks[i].text) == "دون":  # «دون أن», «دون جدوى»: without, not «دوّن»
            return any(HANDLE.match(t.text) or t.text in PLATFORM for t in toks)
        if toks[i].text == "فحسب" and not (i + 1 < len(toks) and toks[i + 1].text == "ما"):
            return False  # «ليس … فحسب بل»: "only", not «حسب»
        if entry.lemma == "كذّب":  # «كذّب الوزير …», not «كذب» (a lie)
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            return is_definite(nxt) or head_of(nxt) is not None or nxt in given_names()
        if entry.lemma == "تساءل":  # «وتساءل النائب: «…»», not «تساءل عن سبب …» (asked about)
            return any(t.text == ":" or t.text in OPEN_QUOTES for t in toks[i + 1 : i + 14])
        if entry.lemma == "دفع":  # «دفع الدفاع ببطلان …», not «دفع ١٢ مليونًا» or «يدفع بتعزيزات»
            return any(t.text in PLEAS for t in toks[i + 1 : i + 14])
        if entry.lemma == "قدّر" and entry.cls == "say":  # «قدّر X الخسائر بنحو …», not «بقدر»
            return any(_estimate_word(t.text) for t in toks[i + 1 : i + 20])
        if entry.lemma == "عزا":  # «عزا/أرجع الوزير الأزمة إلى …»: a cause, with إلى
            return any(t.text in ("الي", "لي") for t in toks[i + 1 : i + 16])
        if entry.cls == "decline":
            texts = [t.text for t in toks[i + 1 : i + 14]]
            if any(w.startswith(("اسم", "هويت")) for w in texts[:4]):
                return False  # «مسؤول رفض الكشف عن اسمه»: an anonymous source, not a refusal
            return any(t.text in DECLINE_OBJECTS for t in toks[i + 1 : i + 26])
        if entry.cls == "part" and entry.stance == "declined_to_comment":
            # «، رافضًا التعليق على …» declines; «، رافضًا الاتهامات» rejects, no statement
            return any(t.text in DECLINE_OBJECTS for t in toks[i + 1 : i + 3])
        if i > 0 and toks[i - 1].text in ("عدم", "بعد", "قبل", "عند", "حين"):
            if not (toks[i - 1].text == "حين" and i > 1 and toks[i - 2].text == "في"):
                return False  # «طلب عدم نشر اسمه»: a verbal noun; «في حين قال» is a report
        if i + 1 < len(toks) and toks[i + 1].text.startswith(("اسم", "هويت")):
            return False  # «رفض ذكر اسمه»: an anonymous source's aside
        if (
            i > 0
            and entry.cls in ("write", "say")
            and (is_adjunct_noun(toks[i - 1].text) or toks[i - 1].text in PLATFORM)
        ):
            return False  # «في تغريدة نشرت ليلة السبت»: a relative clause about the post
        return True

    def _embedded_hit(self, toks: list[Token], i: int) -> bool:
        """A cue inside reported content: «… قوله إن التحقيقات تشير إلى أن …».

        It follows a complementiser with no comma or quote in between, and is not a
        new clause («، وقال إن», «غير أن رئيس النقابة قال إن»).
        """
        if toks[i].text[0] in "وف" and lookup_cue(toks[i].text[1:]):
            return False  # «، وقال إن …»
        for k in range(i - 1, max(-1, i - 9), -1):
            t = toks[k].text
            if t in ("،", ",", "؛") or t in CLOSE_QUOTES:
                return False
            if is_complementiser(toks, k):
                before = toks[k - 1].text if k > 0 else ""
                return before not in ("غير", "الا", "بيد")
        return False

    @staticmethod
    def _participle_position(toks: list[Token], i: int) -> bool:
        """A continuing participle follows a comma, a quote, «و» or starts the sentence."""
        if i == 0 or (toks[i].text[0] == "و" and lookup_cue(toks[i].text[1:])):
            return True
        return toks[i - 1].text in ("،", ",", "؛", "و") or toks[i - 1].text in CLOSE_QUOTES

    def _cue_hits(self, toks: list[Token]) -> list[tuple[int, str, CueEntry]]:
        """Cue words outside quotations: a set lookup per token, then checked one by one."""
        if not toks:
            return []
        forms = cue_surface_forms()
        # the indices of the tokens in ``forms``, found without a Python-level loop
        candidates = list(compress(count(), map(forms.__contains__, map(itemgetter(0), toks))))
        inside = self._inside_quotes(toks) if candidates else set()
        hits = []
        for i in candidates:
            t = toks[i]
            if i in inside:
                continue  # a verb inside a quotation is not a cue of this article
            if strip_conj(t.text) in NOT_STATEMENT_PARTICIPLES:
                hits.append((i, t.text, CueEntry("", "boundary", "assert")))
                continue
            if (
                t.text in ("جاء", "ورد")
                and i + 1 < len(toks)
                and toks[i + 1].text in ("فيه", "فيها")
            ):
                hits.append((i, "جاء فيه", CAPTION))  # «تدوينة … جاء فيها: "…"»
                continue
            found = lookup_cue(t.text)
            if found is None:
                continue
            form, entry = found
            if not self.is_cue(t):
                continue  # «روي منديش» (a name), «رأي» (an opinion): not «روى»/«رأى»
            if entry.cls == "part" and not self._participle_position(toks, i):
                continue  # «إصابة مؤكدة»: an adjective, not «، مؤكدًا أن…»
            if entry.cls == "hedge" and not (i > 0 and toks[i - 1].text in ("لم", "ولم", "فلم")):
                continue
            if entry.cls == "acc" and form in ("حسب", "وفق", "وفقا", "طبقا"):
                if i > 0 and toks[i - 1].text in ("علي",):
                    continue
            hits.append((i, form, entry))
        return hits

    @staticmethod
    def _inside_quotes(toks: list[Token]) -> set[int]:
        """Indices of the tokens that sit inside a quotation of this sentence."""
        texts = list(map(itemgetter(0), toks))
        marks = list(compress(count(), map(QUOTE_MARKS.__contains__, texts)))
        inside: set[int] = set()
        depth = 0
        straight = False
        after = 0  # the first token after the previous mark
        # only the marks change the state: the words between two marks share it
        for k in marks:
            if depth or straight:
                inside.update(range(after, k))
            c = texts[k]
            if c in ("«", "“"):
                depth += 1
            elif c in ("»", "”") and depth:
                depth -= 1
            elif c == '"':
                straight = not straight
            elif straight:  # a closing mark with no opening one, inside "…"
                inside.add(k)
            after = k + 1
        if depth or straight:
            inside.update(range(after, len(toks)))
        return inside

    def _draft_at(
        self,
        toks: list[Token],
        i: int,
        form: str,
        entry: CueEntry,
        next_cue: int,
        previous: list[Draft],
    ) -> Draft | None:
        draft = self._draft_at_inner(toks, i, form, entry, next_cue, previous)
        if draft is not None:
            draft.gender = verb_gender(form, entry)
        return draft

    def _draft_at_inner(
        self,
        toks: list[Token],
        i: int,
        form: str,
        entry: CueEntry,
        next_cue: int,
        previous: list[Draft],
    ) -> Draft | None:
        limit = len(toks)
        if entry.cls == "boundary":
            return None
        if entry.cls == "acc":
            return self._according(toks, i, entry, next_cue)
        if entry.cls == "part":
            return self._participle(toks, i, entry, next_cue)
        if entry.cls == "caption":
            return self._caption(toks, i, entry, next_cue)
        cue_start = i - 1 if entry.cls == "hedge" else i
        draft = Draft(
            cue=(toks[cue_start].start, toks[i].end),
            lemma=entry.lemma,
            content=(0, 0),
            cls=entry.cls,
        )
        if entry.stance != "assert":
            draft.stance = entry.stance
        if folded_lemma(entry.lemma) == DESCRIBE:
            return self._described(toks, i, next_cue, draft, form not in DESCRIBE_PLAIN)
        j = i + 1
        # quote first: «"…"، قال الوزير»
        quote_before = self._quote_before(toks, i)
        # the speaker: after the verb (VSO), before it (SVO) or dropped
        j, handle = self.skip_adjuncts(toks, j, limit)
        np_start = j
        np_end, np_type, name_at = self.noun_phrase(toks, j, min(next_cue, limit))
        if j < limit and toks[j].text in ("اي", "ايه"):
            np_end = j  # «لكنه نفى مجددًا أي استهداف»: "any …" is an object, never a speaker
        # «وأفاد مصدر في الشرطة طلب عدم نشر اسمه بأن …»: the anonymity clause is no part of
        # the speaker (it is skipped after it)
        np_end = next(
            (k for k in range(j + 1, np_end) if self._anonymity_clause(toks, k, limit) > k), np_end
        )
        if (
            np_end > j
            and folded_lemma(entry.lemma) not in OBJECT_VERBS
            and self._anonymity_clause(toks, np_end, limit) == np_end
        ):
            np_end = self._extend_to_delimiter(toks, np_end, min(next_cue, limit))
        if entry.cls not in ("relay", "decline") and (
            np_end > j or head_of(toks[j].text) if j < limit else False
        ):
            long_end = self._boundary_subject(
                toks, j, min(next_cue, limit), folded_lemma(entry.lemma) in OBJECT_VERBS
            )
            if (
                long_end > np_end
            ):  # «وأوضح مدير الدفاع المدني بمحافظة … العميد ركان بن عايض أبو شقرة، …»
                np_end = long_end
                name_at = self._name_start(toks, j, np_end)
                if np_type == "unknown":
                    np_type = "person" if name_at is not None else unknown_phrase_type(toks[j].text)
        if entry.cls == "hedge" and toks[i - 1].text == "لم" and i > 1:
            if toks[i - 2].text not in PUNCT_STOP:
                np_end = j  # «الوزير لم يستبعد فرضية الحريق»: the subject came first; an object
        if np_end > j and entry.cls != "cont":
            np_end = self._parenthesised_alias(toks, np_end, limit)
            self._set_speaker(draft, toks, j, np_end, np_type, name_at)
            j = self._appositions(toks, np_end, limit, draft)
            j = self._anonymity_clause(toks, j, limit)
        elif np_end > j and entry.cls == "cont":
            self._set_speaker(draft, toks, j, np_end, np_type, name_at)
            j = np_end
        elif quote_before is not None and entry.cls == "say":
            j = self._speaker_after_quote(toks, j, limit, draft)
        if entry.cls == "relay":
            prep = "من" if entry.lemma == "علم" else "عن"
            if draft.speaker is None:
                an = next((k for k in range(j, min(limit, j + 5)) if toks[k].text == prep), None)
                if an is not None and an > j:  # «ونقل ناصر عن …»: an unknown name
                    self._set_speaker(draft, toks, j, an, "person", j)
                    j = an
            if j >= limit or toks[j].text != prep:
                return None  # «نقل الحالات إلى المستشفى»: carried, not reported
            if draft.speaker is None and not toks[i].text.startswith(("و", "ف")):
                return None
            j = self._relay(toks, j, limit, draft, prep)
        j, handle2 = self.skip_adjuncts(toks, j, limit)
        handle = handle or handle2
        if j < limit and toks[j].text in ("،", ",") and draft.speaker is not None:
            # «مصدر مطلع على المفاوضات، طلب عدم الكشف عن اسمه، بأن …»: an aside after the adjunct
            j = self._aside(toks, j, limit)
        if draft.speaker is None:
            self._subject_before(toks, i, draft)
        if draft.speaker is None and entry.cls != "cont" and self._sentence_subject:
            draft.speaker, draft.speaker_type, draft.name = self._sentence_subject
        elif draft.speaker is None and self._sentence_subject is None and i > 2:
            # «رفضت المترشحة نوال الزياني النتائج، وقالت …», «رحب النقيب …، غير أنه اعتبر …»
            self._main_clause_subject(toks, i, draft)
        elif draft.speaker is not None and draft.via is None:
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
        if quote_before is not None:
            q_start, q_end = quote_before
            draft.content = (toks[q_start].end, toks[q_end].start)
            draft.kind = "direct"
            draft.frame = [(toks[q_end].end, toks[min(j, limit) - 1].end if j > 0 else toks[i].end)]
            return draft
        if entry.cls == "decline":
            return self._decline(toks, i, j, next_cue, draft)
        start, opener = self.content_start(toks, j, limit)
        object_verb = folded_lemma(entry.lemma) in OBJECT_VERBS
        if (
            object_verb
            and draft.via is None
            # nothing (or a comma before the next cue) between the subject and the empty content
            and (start == np_end or (start == np_end + 1 and toks[np_end].text in ("،", ",")))
            and self._content_is_empty(toks, start, next_cue)
        ):
            # «ونفت الشركة الاتهامات»: the definite subject swallowed the definite object
            start = self._definite_subject_end(toks, np_start, start)
            if draft.speaker is not None and np_start < start:
                draft.name = None
                self._set_speaker(draft, toks, np_start, start, draft.speaker_type, None)
                # «ونفت البلدية صحة التقارير، وقالت …»: the next cue's subject is the short one
                self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
            opener = "object"
        if object_verb and opener == "object" and draft.speaker is None and start == np_start:
            start = self._definite_run_subject(toks, start, limit, draft)
        if form in CAUSE_PLAIN and draft.speaker is None and start == np_start:
            # «وأرجع المصرف الانخفاض إلى …»: an unknown subject, then the thing explained
            to = next(
                (m for m in range(start, min(limit, start + 7)) if toks[m].text == "الي"), None
            )
            if (
                to is not None
                and to - start >= 2
                and all(is_definite(toks[m].text) for m in range(start, to))
            ):
                self._set_speaker(
                    draft, toks, start, to - 1, unknown_phrase_type(toks[start].text), None
                )
                start = to - 1
        if (
            form in CAUSE_PLAIN  # not «عزاه X إلى …», whose object is the pronoun
            and draft.speaker is not None
            and start == np_end
            and np_end - np_start >= 2
            and start < limit
            and toks[start].text in ("الي", "لي")
            and is_definite(toks[np_end - 1].text)
        ):
            # «وأرجع البنك التراجع إلى …»: the last definite word is the thing explained
            draft.name = None
            _, _, name_at = self.noun_phrase(toks, np_start, np_end - 1, bounded=True)
            self._set_speaker(draft, toks, np_start, np_end - 1, draft.speaker_type, name_at)
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
            start = np_end - 1  # the content is what was explained and its cause
        elif (
            folded_lemma(entry.lemma) == ESTIMATE
            and draft.speaker is not None
            and start == np_end
            and np_end - np_start >= 2
            and start < limit
            and toks[start].text in ("التي", "الذي", "الذين")
            and is_definite(toks[np_end - 1].text)
        ):
            # «قدّرت الهيئة الإقليمية المساحات التي عولجت بنحو …»: the estimated thing
            draft.name = None
            self._set_speaker(draft, toks, np_start, np_end - 1, draft.speaker_type, None)
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
            start = np_end - 1
        elif folded_lemma(entry.lemma) == CAUSE and draft.speaker is not None and np_end > np_start:
            # «وهو ما عزاه متعاملون في سوق الصرف إلى …»: the subject runs to «إلى»
            to = next(
                (
                    m
                    for m in range(np_end, min(limit, np_end + 10))
                    if toks[m].text in ("الي", "لي")
                ),
                None,
            )
            if to is not None and not any(toks[m].text in PUNCT_STOP for m in range(np_end, to)):
                draft.name = None
                self._set_speaker(draft, toks, np_start, to, draft.speaker_type, None)
                start = to
        if start >= limit:
            return None
        if opener == "object" and not object_verb and entry.cls != "write":
            return None  # «رأت الممثلة النموذج»: seeing, not saying; most cues need إن/أن or ":"
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        if opener == "object" and entry.cls in ("cont",) and draft.speaker is None:
            pass
        draft.content = (toks[start].start, toks[end - 1].end)
        draft.frame = [(toks[cue_start].start, toks[start - 1].end if start > 0 else toks[i].end)]
        draft.kind = self._kind(toks, start, end, opener)
        self._embedded_source(toks, start, end, draft)
        if entry.cls == "write" and handle is None:
            # «نشرت على حسابها في «إكس» (@…) خريطة، وكتبت: «…»»: the post of the same sentence
            handle = next((t.text for t in toks[:i] if HANDLE.match(t.text)), None)
        if (entry.cls == "write" or handle) and (
            handle or self._mentions_platform(toks, 0 if entry.cls == "write" else i, start)
        ):
            draft.kind = "social_post"
            draft.handle = handle
        elif entry.lemma == "نشر":
            return None  # «نشر» reports only as a post (handle or platform)
        elif entry.cls == "write" and draft.kind != "direct":
            return None if entry.lemma == "نشر" and opener == "object" else draft
        return draft

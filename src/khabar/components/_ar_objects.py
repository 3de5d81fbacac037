"""Arabic attribution rules: cue verbs whose object stands between the speaker and content.

* described — «ووصف الوزير التقارير بأنها كاذبة» (the thing described, then بأن)
* accusations — «واتهم النائب الوزارة بالتستر على الفساد» (the accused, then بـ + the charge)
* denied or confirmed objects — «ونفت الشركة الاتهامات», «وأكد المختبر الوطني وجود …»
* explained causes — «وأرجع البنك التراجع إلى …», «وهو ما عزاه متعاملون … إلى …»
* estimates — «قدّرت الهيئة المساحات التي عولجت بنحو …»

Each finds where the subject ends and the object (or content) starts.
"""

from __future__ import annotations

from khabar.components._ar_adjuncts import by_saying
from khabar.components._ar_bare_names import unnamed_holder_end
from khabar.components._ar_hits import estimate_at
from khabar.components._ar_lexicon import (
    COMPLEMENTISERS,
    PUNCT_STOP,
    CueEntry,
    folded_lemma,
    given_names,
    head_of,
    is_complementiser,
    is_definite,
    lookup_cue,
    speaker_heads,
    unknown_phrase_type,
)
from khabar.components._ar_special import ArabicSpecial
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token
from khabar.text import fold

# «وصف … بأن»: the verb whose object comes before the content
DESCRIBE = fold("وصف")
# «عزا/أرجع X الأمر إلى …»: the plain forms, with the thing explained after the subject
CAUSE = fold("عزا")
ESTIMATE = fold("قدّر")
EXPRESS = fold("أعرب")
CAUSE_PLAIN = frozenset(fold(w) for w in "عزا عزت عزوا أرجع أرجعت أرجعوا".split())
DESCRIBE_PLAIN = frozenset(
    fold(w) for w in "وصف وصفت وصفوا يصف تصف يصفون".split()
)  # no object pronoun
# «واتهم النائب الوزارة بالتستر …»: the plain forms, subject and accused before «بـ»
ACCUSE_PLAIN = frozenset(fold(w) for w in "اتهم اتهمت اتهموا".split())
# words in «ب» that are no charge: between, after, because of, about, according to …
NOT_CHARGES = frozenset(
    fold(w)
    for w in "بين بعد بسبب بشأن بحسب بينما بدون بل به بها بهم بنحو بحوالي بنفسه".split()
    # nouns that begin with ب: «بعض السياسيين», «بيان», «بلدية» … are accused, not charges
    + "بعض بيان بلدية بنك بلاد برلمان بيت بحر".split()
)
# «قدّر X عدد/حجم/كلفة … بنحو …»: the words that open the thing estimated
MEASURE_WORDS = frozenset(
    fold(w)
    for w in "عدد حجم قيمة كلفة تكلفة تكاليف نسبة مساحة المساحة المساحات الخسائر الأضرار"
    " العجز عجز الفجوة المبلغ مبلغ الكمية كمية".split()
)
# adjectives that follow a definite speaker head («المتحدث الرسمي», «الوزير السابق»)
SUBJECT_ADJECTIVES = frozenset(
    fold(w) for w in "الرسمي الرسمية السابق السابقة العام العامة الأول الأولى المكلف".split()
)


def _past_quoted_name(toks: list[Token], k: int, limit: int) -> int:
    """After the closing mark of a quotation of at most four words that opens at ``k``
    (a quoted name); ``k`` when none opens there."""
    if toks[k].text not in OPEN_QUOTES:
        return k
    close = next((m for m in range(k + 1, min(limit, k + 6)) if toks[m].text in CLOSE_QUOTES), k)
    return close + 1 if close > k + 1 else k


def _charge(word: str) -> bool:
    """«بالتستر», «ببدء», «بـ» (before a quoted charge), «بأنه»: how «اتهم» gives its charge."""
    return word.startswith("ب") and word not in NOT_CHARGES


class ArabicObjects(ArabicSpecial):
    """Subjects and objects of the object-taking cue verbs, on top of :class:`ArabicSpecial`."""

    def _described(
        self, toks: list[Token], i: int, next_cue: int, draft: Draft, pronoun: bool
    ) -> Draft | None:
        """«ووصف الوزير التقارير بأنها كاذبة», «ووصفت أرقام المجلس بأنها "مضخمة"»: an
        optional subject, the thing described, then بأن (or «بقوله») and the description (the
        content).

        The subject is there only when the words after the verb start with a speaker head
        or a given name; the last word before بأن is then the thing described, unless the
        verb carries it as a pronoun (``pronoun``: «في خطوة وصفها مسؤولو النادي بأنها …»).
        """
        limit = min(len(toks), next_cue)
        first = toks[i + 1].text if i + 1 < limit else ""
        k, reach, described = i + 1, i + 12, i + 1
        while k < min(limit, reach) and not (
            (toks[k].text.startswith("ب") and toks[k].text in COMPLEMENTISERS)
            or by_saying(toks, k)  # «… الأوضاع بقوله «…»»
        ):
            after = self._described_apposition(toks, i, k, limit, draft, pronoun)
            if after > k:  # «ووصفت رئيسة الرابطة، غيداء الزعتري، ما جرى بأنه …»
                k, reach, described = after, after + 8, after
                continue
            closed = _past_quoted_name(toks, k, limit)
            if closed > k:  # «رئيسة رابطة «نماء» للمستأجرين»: a quoted name is passed
                k = closed
                continue
            if toks[k].text in PUNCT_STOP or toks[k].text in OPEN_QUOTES:
                return None  # «وصف الطبيب الدواء، …»: no بأن, not a statement
            k += 1
        if k >= min(limit, reach):
            return None
        if described > i + 1:
            pass  # the subject and its apposition are set: the rest is the thing described
        elif pronoun and k > i + 1:
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

    def _estimated_thing(self, toks: list[Token], a: int, b: int, draft: Draft) -> int | None:
        """«وقدّر مسؤول في البلدية عدد المتضررين بالمئات»: the words after «قدّر» up to
        ``b`` hold the subject and then the thing estimated, which opens with a word of
        measure (عدد، حجم، كلفة …); the subject is cut there and the content starts at it.
        None when no such word follows a subject."""
        m = next((k for k in range(a + 1, b) if toks[k].text in MEASURE_WORDS), None)
        if m is None or any(
            toks[k].text in PUNCT_STOP or estimate_at(toks, k) for k in range(a, m)
        ):
            return None
        end, kind, name_at = self.noun_phrase(toks, a, m, bounded=True)
        if name_at is None and a < end < m and unnamed_holder_end(toks, end, m) == m:
            kind, name_at = "person", end  # «وقدّرت مديرة الغابات غيداء الزعتري المساحة …»
        kind = unknown_phrase_type(toks[a].text) if kind == "unknown" else kind
        draft.name = None
        self._set_speaker(draft, toks, a, m, kind, name_at)
        speaker = (toks[a].start, toks[m - 1].end)
        self._sentence_subject = (speaker, draft.speaker_type, draft.name)
        return m

    def _described_apposition(
        self, toks: list[Token], i: int, k: int, limit: int, draft: Draft, pronoun: bool
    ) -> int:
        """Where the thing described begins when the subject of «وصف» at ``i`` ends at the
        comma ``k`` before a name or title between commas («ووصفت رئيسة الرابطة، غيداء
        الزعتري، ما جرى بأنه …»); ``k`` when it does not."""
        if pronoun or draft.speaker is not None or toks[k].text not in ("،", ","):
            return k
        first = toks[i + 1].text
        if k < i + 2 or (head_of(first) is None and first not in given_names()):
            return k
        end, kind, name_at = self.noun_phrase(toks, i + 1, k)
        if end != k:
            return k
        self._set_speaker(draft, toks, i + 1, k, kind, name_at)
        after = self._appositions(toks, k, limit, draft)
        if after <= k + 1 or toks[after - 1].text not in ("،", ","):
            draft.speaker, draft.speaker_type, draft.name = None, "unknown", None
            return k
        return after

    def _accusation(
        self, toks: list[Token], i: int, entry: CueEntry, next_cue: int, draft: Draft | None
    ) -> Draft | None:
        """«واتهم النائب الوزارة بالتستر على الفساد»: the subject, the accused and «بـ» + the
        charge; the content is the accused and the charge (as «اتهم X Y بـ"…"» elsewhere).

        The plain reading (``draft``) stands unless its speaker ran on to the charge (the
        accused read as part of the subject) or it found no statement; then the subject is cut
        before the accused where that can be told (see :meth:`_accuser_end`).
        """
        if draft is None:
            fresh = Draft(cue=(toks[i].start, toks[i].end), lemma=entry.lemma, content=(0, 0))
            fresh.cls = entry.cls
            return self._accused(toks, i, next_cue, fresh)
        if draft.speaker is None or draft.via is not None:
            return draft
        a = next((m for m in range(i + 1, len(toks)) if toks[m].start == draft.speaker[0]), None)
        c = next((m for m in range(i + 1, len(toks)) if toks[m].start == draft.content[0]), None)
        if a is None or c is None or c - a < 2 or toks[c - 1].end != draft.speaker[1]:
            return draft
        if not _charge(toks[c].text):
            return draft
        end = self._accuser_end(toks, a, c)
        if end >= c:
            return draft
        draft.name = None
        self._set_speaker(draft, toks, a, end, draft.speaker_type, None)
        draft.content = (toks[end].start, draft.content[1])
        draft.frame = [(toks[i].start, toks[end - 1].end)]
        return draft

    def _accused(self, toks: list[Token], i: int, next_cue: int, draft: Draft) -> Draft | None:
        """«واتهم النائب الوزارة بالتستر …» when the plain reading found nothing: the subject
        ends where its noun phrase does, or at :meth:`_accuser_end`."""
        limit = min(len(toks), next_cue)
        a = i + 1
        k = a
        while k < min(limit, i + 16) and not _charge(toks[k].text):
            if toks[k].text in PUNCT_STOP or toks[k].text in OPEN_QUOTES:
                return None
            k += 1
        if k >= min(limit, i + 16) or k - a < 2:
            return None
        end, kind, name_at = self.noun_phrase(toks, a, k)
        if end >= k or end <= a or toks[end].text in ("في", "من", "علي", "التي", "الذي"):
            end, name_at = self._accuser_end(toks, a, k), None
        if not a < end < k:
            return None
        if kind == "unknown":
            kind = unknown_phrase_type(toks[a].text)
        self._set_speaker(draft, toks, a, end, kind, name_at)
        assert draft.speaker is not None
        self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
        return self._with_content(toks, i, end, limit, next_cue, draft)

    @staticmethod
    def _accuser_end(toks: list[Token], a: int, k: int) -> int:
        """Where the accuser of «اتهم» ends inside ``toks[a:k]``: a definite head («النائب»)
        or an indefinite construct chain closed by its first definite word («نقابة المعلمين»),
        with its adjectives (nisba «الوطنية», «الرسمي» …) and «لل» complements, before a
        definite noun in «ال» that starts the accused. ``k`` when it cannot tell.

        >>> from khabar.components._draft import Token
        >>> def end(words: str) -> int:
        ...     toks = [Token(w, 0, 0) for w in words.split()]
        ...     return ArabicObjects._accuser_end(toks, 0, len(toks))
        >>> end("النايب الوزاره"), end("نقابه المعلمين الاداره"), end("المؤسسه الوطنيه للنفط")
        (1, 2, 3)
        """
        m = a + 1
        if not is_definite(toks[a].text):  # «نقابة المعلمين الوزارة»: the chain closes
            while m < k and not is_definite(toks[m].text):
                m += 1
            m += 1
        while m < k and (
            toks[m].text in SUBJECT_ADJECTIVES
            or toks[m].text.startswith("لل")
            or (is_definite(toks[m].text) and toks[m].text.endswith(("يه", "ي")))
        ):
            m += 1
        if m < k and toks[m].text.startswith("ال"):
            return m
        # «رابطة سكان حي الورود مصنع الطوب …» with an unknown place name closing the chain:
        # the accused starts at the next organisation's head noun
        return next(
            (
                n
                for n in range(a + 2, k - 1)
                if speaker_heads().get(toks[n].text) in ("org", "gov")
                and not is_definite(toks[n - 1].text)
            ),
            k,
        )

    def _definite_run_subject(self, toks: list[Token], a: int, limit: int, draft: Draft) -> int:
        """«وأكد المعهد الوطني للبحوث الزراعية وجود …»: two or more definite words that no
        lexicon knows, then an indefinite object (a verbal noun in construct), are the subject;
        so is one definite word before «ما + a cue» («وأكد الطحان ما أفاد به …»).
        Returns where the content starts (``a`` when there is no such subject)."""
        k = a
        while k < limit and k - a < 6 and is_definite(toks[k].text):
            k += 1
        if k - a == 1 and k + 1 < limit and toks[k].text == "ما" and lookup_cue(toks[k + 1].text):
            # «وأكد الطحان ما أفاد به مسؤول …»: a family name, then "what X said"
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

    @staticmethod
    def _named_subject_end(toks: list[Token], a: int, b: int) -> int:
        """The end of an organisation named by a proper noun without «ال» («شركة ميرال»,
        «شركة ميرال للأسمدة») inside ``toks[a:b]`` when the last two words are an object in
        construct (an indefinite noun, then a definite one: «رواية الجمعية»); ``b`` otherwise.

        >>> from khabar.components._draft import Token
        >>> def end(words: str) -> int:
        ...     toks = [Token(w, 0, 0) for w in words.split()]
        ...     return ArabicObjects._named_subject_end(toks, 0, len(toks))
        >>> end("شركه ميرال روايه الجمعيه"), end("وزاره الصحه"), end("شركه ميرال")
        (2, 2, 2)
        """
        m = b - 2
        if (
            m < a + 2
            or speaker_heads().get(toks[a].text) not in ("org", "gov")
            or is_definite(toks[a].text)
            or toks[a + 1].text in speaker_heads()
            or is_definite(toks[m].text)
            or not is_definite(toks[b - 1].text)
            or toks[m].text in speaker_heads()
        ):
            return b
        # the name: words without «ال» (no chain closed by a definite genitive), «لل» complements
        if not all(
            not is_definite(toks[n].text) or toks[n].text.startswith("لل") for n in range(a + 1, m)
        ):
            return b
        if toks[a + 1].text.startswith("لل"):
            return b
        return m

    def _object_subject(
        self,
        toks: list[Token],
        subject: tuple[int, int],
        start: int,
        opener: str,
        next_cue: int,
        draft: Draft,
    ) -> tuple[int, str]:
        """After an object verb («نفى», «أكد», «أعلن» …) whose content came out empty or is a
        plain object: where the subject ends and the object starts, and the opener."""
        np_start, np_end = subject
        if (
            draft.via is None
            # nothing (or a comma before the next cue) between the subject and the empty content
            and (start == np_end or (start == np_end + 1 and toks[np_end].text in ("،", ",")))
            and self._content_is_empty(toks, start, next_cue)
        ):
            # «ونفت الشركة الاتهامات»: the definite subject swallowed the definite object
            start = self._definite_subject_end(toks, np_start, start)
            if start > np_end - 1:
                # «ونفت شركة ميرال رواية الجمعية»: a named organisation, then the object
                start = min(start, self._named_subject_end(toks, np_start, np_end))
            if draft.speaker is not None and np_start < start:
                draft.name = None
                self._set_speaker(draft, toks, np_start, start, draft.speaker_type, None)
                # «ونفت البلدية صحة التقارير، وقالت …»: the next cue's subject is the short one
                self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
            opener = "object"
        elif (
            draft.via is None
            and draft.speaker is not None
            and start == np_end
            and np_end - np_start >= 2
            and is_definite(toks[start].text)
            and self._content_end(toks, start, next_cue) == start + 1
            and is_definite(toks[np_end - 2].text)
            and not is_definite(toks[np_end - 1].text)
            and toks[np_end - 1].text not in given_names()
            and toks[np_end - 1].text not in speaker_heads()
        ):
            # «ونفت الشركة رواية الجمعية، وقال …»: an indefinite noun after a definite word
            # is no part of the subject but the object's head, in construct with the next word
            start = np_end - 1
            draft.name = None
            self._set_speaker(draft, toks, np_start, start, draft.speaker_type, None)
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
        if opener == "object" and draft.speaker is None and start == np_start:
            start = self._definite_run_subject(toks, start, len(toks), draft)
        return start, opener

    def _expressed_subject(
        self, toks: list[Token], entry: CueEntry, subject: tuple[int, int], start: int, draft: Draft
    ) -> int:
        """«وأعرب رئيس الجمعية عن قلقه من أن …»: the subject ends before «عن»; what is voiced
        («عن قلقه من أن …») opens the content. Returns where the content starts."""
        np_start, np_end = subject
        if folded_lemma(entry.lemma) != EXPRESS or draft.speaker is None:
            return start
        at = next((m for m in range(np_start + 1, np_end) if toks[m].text == "عن"), None)
        if at is None:
            return start
        draft.name = None
        _, _, name_at = self.noun_phrase(toks, np_start, at, bounded=True)
        self._set_speaker(draft, toks, np_start, at, draft.speaker_type, name_at)
        self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)
        return at

    def _explained_subject(
        self,
        toks: list[Token],
        form: str,
        entry: CueEntry,
        subject: tuple[int, int],
        start: int,
        draft: Draft,
    ) -> int:
        """«وأرجع البنك التراجع إلى …», «قدّرت الهيئة المساحات التي …», «عزاه متعاملون … إلى»:
        the subject of a cause or an estimate, without the thing explained or estimated.
        Returns where the content starts."""
        limit = len(toks)
        np_start, np_end = subject
        if folded_lemma(entry.lemma) == ESTIMATE:
            measured = self._estimated_thing(toks, np_start, min(limit, np_start + 10), draft)
            if measured is not None:
                return measured
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
            # «وهو ما عزاه تجار في سوق الذهب إلى …»: the subject runs to «إلى»
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
        return start

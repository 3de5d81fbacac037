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

The layers, each a module: boundaries and adjuncts (:mod:`._ar_adjuncts`), speaker noun
phrases (:mod:`._ar_phrases`), the special shapes (:mod:`._ar_special`), object-taking verbs
(:mod:`._ar_objects`) and which cue words open a statement (:mod:`._ar_hits`); this module
parses a verb cue's subject and content on top of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

from khabar.components._admissions import ADMISSIONS
from khabar.components._ar_adjunct_ends import ANY
from khabar.components._ar_adjuncts import CIRCUMSTANTIAL, IN_IT, TO_PRONOUNS, published_thing
from khabar.components._ar_bare_names import unnamed_holder_end
from khabar.components._ar_hits import estimate_at, statement_hits
from khabar.components._ar_lexicon import (
    BUT,
    DECLINE_OBJECTS,
    NAME_LINKS,
    OBJECT_VERBS,
    PLATFORM,
    PUNCT_STOP,
    CueEntry,
    folded_lemma,
    given_names,
    head_of,
    is_complementiser,
    is_definite,
    is_handle,
    is_stop,
    is_time_word,
    lookup_cue,
    rejected_claims,
    strip_conj,
    unknown_phrase_type,
    verb_gender,
)
from khabar.components._ar_objects import ACCUSE_PLAIN, DESCRIBE, DESCRIBE_PLAIN, ArabicObjects
from khabar.components._ar_pointing import pointed_content
from khabar.components._ar_relatives import (
    RELATIVES,
    before_relative,
    relative_clause_end,
    statement_noun_before,
)
from khabar.components._ar_relays import relay_source_at
from khabar.components._ar_special import SECOND_THAT
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token
from khabar.text import fold

__all__ = ["ArabicRules", "given_names"]

# verbs of telling whose addressee follows the subject: «طمأن/أبلغ/حذّر X المزارعين (إلى/من) أن»
ADDRESSEE_VERBS = frozenset(folded_lemma(w) for w in ("طمأن", "أبلغ", "حذّر"))
# what a post may carry without saying anything: «نشرت الجمعية صورة لـ…» is no statement
MEDIA_OBJECTS = frozenset(fold(w) for w in "صورة صورا صورتين مقطع مقطعا فيديو تسجيلا رابطا".split())
# verbs of informing whose object may be the outlet told: «أفاد «الراصد» بأن …»
TELLING_VERBS = frozenset(folded_lemma(w) for w in ("أفاد", "أبلغ"))
# «حمّل X المسؤولية»: blaming, whose object may be a quotation right after the verb
BLAME = folded_lemma("حمّل")
# «كان» opening a clause whose subject comes before «قد + verb»
KANA = frozenset({"كان", "كانت", "كانوا"})
# a speaker's noun phrase: where it ends, its type and where its name starts
Subject = tuple[int, str, int | None]


def _speaking_for(toks: list[Token], k: int) -> bool:
    """«متحدثًا/متحدثةً باسم …» at ``k``: speaking on someone's behalf (an adjunct)."""
    return toks[k].text in ("متحدثا", "متحدثه") and k + 1 < len(toks) and toks[k + 1].text == "باسم"


def _past_speaking_for(toks: list[Token], k: int) -> int | None:
    """Where «متحدثًا باسم العائلات» at ``k`` ends (at the punctuation, quotation or
    complementiser after it, within six words); None when ``k`` opens no such adjunct."""
    if not _speaking_for(toks, k):
        return None
    end = k + 2
    while end < min(len(toks), k + 8):
        t = toks[end].text
        if t in PUNCT_STOP or t in OPEN_QUOTES or is_complementiser(toks, end):
            return end
        end += 1
    return None


def _told_outlet_end(toks: list[Token], k: int) -> int:
    """Past a short quotation at ``k`` that a complementiser follows («أفاد «الراصد» بأن …»):
    the outlet told; ``k`` when there is none.

    >>> from khabar.components._draft import tokenize
    >>> _told_outlet_end(tokenize("« الراصد » بان الانقطاع"), 0), _told_outlet_end(tokenize("« نعم »"), 0)
    (3, 0)
    """
    if k >= len(toks) or toks[k].text not in OPEN_QUOTES:
        return k
    close = next(
        (m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].text in CLOSE_QUOTES), None
    )
    if close is None or close + 1 >= len(toks) or not is_complementiser(toks, close + 1):
        return k
    return close + 1


def _published_then_said(toks: list[Token], start: int, next_cue: int) -> bool:
    """The object at ``start`` is a thing published («منشورًا», «بيانًا»), and the next cue
    follows it within three words with «فيه/تحته»: what it says is that cue's.

    >>> from khabar.components._draft import tokenize
    >>> _published_then_said(tokenize("منشورا قال فيه ان"), 0, 1)
    True
    >>> _published_then_said(tokenize("حديثه قائلا :"), 0, 1)
    False
    """
    return (
        published_thing(toks[start].text)
        and next_cue - start <= 3
        and next_cue + 1 < len(toks)
        and toks[next_cue + 1].text in IN_IT
    )


def _in_published(
    toks: list[Token], i: int, said_in_it: Callable[[list[Token], int], bool]
) -> bool:
    """The cue at ``i`` speaks in or of the thing published right before it («… مقطعًا قال
    فيه …», «… مقطعًا قالت إنه …»)."""
    return said_in_it(toks, i) or (i > 0 and published_thing(toks[i - 1].text))


# «بوجود», «بوقوع», «بتقصير», «بعدم»: what an admission's «بـ» takes (folded); not «ببلدية»,
# «بأغلبية» or «بإصدار» («أقرّ المجلس … بإصدار بطاقة»: approved, no admission)
ADMITTED = re.compile(r"^ب(?:وجود|وقوع|حدوث|فشل|خطا|عدم|صعوب\S*|ارتكاب|ت[^ا]\S{2,}[^ه])$")


def _admits_by(entry: CueEntry, word: str) -> bool:
    """«أقرّ/اعترف بوجود …»: an admission whose object is a verbal noun after «بـ».

    >>> from khabar.components._ar_lexicon import lookup_cue
    >>> _admits_by(lookup_cue("اقرت")[1], "بوجود"), _admits_by(lookup_cue("قال")[1], "بوجود")
    (True, False)
    """
    return folded_lemma(entry.lemma) in ADMISSIONS and ADMITTED.match(word) is not None


def _subject_opened_before(toks: list[Token], i: int) -> bool:
    """«لكن/بينما/غير أن» then one to four words, then the cue at ``i``: the subject stands
    before the verb (SVO), so a noun after it is its object, not a second subject.

    >>> from khabar.components._draft import tokenize
    >>> _subject_opened_before(tokenize("لكن العتيبي اتهمت الشرطة"), 2)
    True
    >>> _subject_opened_before(tokenize("واتهمت العتيبي الشرطة"), 0)
    False
    """
    for k in range(i - 1, max(-1, i - 6), -1):
        t = toks[k].text
        if t in ("لكن", "ولكن", "بينما", "فيما") or (
            t == "ان" and k > 0 and toks[k - 1].text in BUT
        ):
            first = toks[k + 1].text
            named = is_definite(first) or first in given_names() or head_of(first) is not None
            return i - k >= 2 and named
        if not t.isalpha() or lookup_cue(t) is not None or t in _NOT_IN_SUBJECT:
            return False
    return False


# «قد», «كان», negations: a verb phrase, not a subject, before the cue («فيما لم تؤكد …»)
_NOT_IN_SUBJECT = frozenset({"قد", "كان", "كانت", "لم", "لا", "لن", "ما"})


def _subject_before_qad(toks: list[Token], i: int) -> bool:
    """«وكان مهندس في المصنع قد أبلغ …»: the verb at ``i`` after «قد» with «كان» opening the
    clause a few words before it — its subject stands between them.

    >>> from khabar.components._draft import tokenize
    >>> _subject_before_qad(tokenize("وكان مهندس قد ابلغ الصحيفه"), 3)
    True
    >>> _subject_before_qad(tokenize("وقد ابلغ المهندس الصحيفه"), 2)
    False
    """
    if i < 3 or toks[i - 1].text != "قد":
        return False
    return any(strip_conj(toks[k].text) in KANA for k in range(max(0, i - 16), i - 2))


class ArabicRules(ArabicObjects):
    """Find statement drafts in one sentence of normalised Arabic text."""

    # -- statements -------------------------------------------------------------------

    def sentence_drafts(self, toks: list[Token]) -> list[Draft]:
        """Every statement draft of one sentence (tokens of that sentence only)."""
        drafts: list[Draft] = []
        limit = len(toks)
        self._sentence_subject: tuple[tuple[int, int], str, tuple[int, int] | None] | None = None
        hits = statement_hits(toks, self.is_cue)
        for k, (i, form, entry) in enumerate(hits):
            next_cue = hits[k + 1][0] if k + 1 < len(hits) else limit
            draft = self._draft_at(toks, i, form, entry, next_cue, drafts)
            if draft is not None:
                drafts.append(draft)
        drafts = _relayed_tails(drafts)
        drafts.extend(self._unverified(toks, drafts))
        if SECOND_THAT.intersection(map(itemgetter(0), toks)):
            drafts = self._second_clause_cannot_confirm(toks, drafts)
        return drafts

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
        if form in ACCUSE_PLAIN:
            draft = self._accusation(toks, i, entry, next_cue, draft)
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
            return self._participle(toks, i, entry, next_cue, previous)
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
        # quote first: «"…"، قال الوزير»
        quote_before = self._quote_before(toks, i)
        # the speaker: after the verb (VSO), before it (SVO) or dropped
        np_start, handle = self.skip_adjuncts(toks, i + 1, limit)
        addressed = folded_lemma(entry.lemma) in ADDRESSEE_VERBS and _subject_before_qad(toks, i)
        telling = folded_lemma(entry.lemma) in TELLING_VERBS
        # «غير أن موظفًا …، طلب عدم ذكر اسمه، أفاد «الراصد» بأن …»: after an anonymity aside
        # the quoted outlet right after the verb is told (not «وأفادت «الراصد» بأن»: it reported)
        told_first = telling and i > 0 and toks[i - 1].text in ("،", ",")
        told_first = told_first and any(t.text == "عدم" for t in toks[max(0, i - 8) : i])
        told_first = told_first and _told_outlet_end(toks, np_start) > np_start
        addressed = addressed or told_first
        if addressed or _subject_opened_before(toks, i):
            # «وكان مهندس … قد أبلغ صحيفة «…» أن»: the noun after the verb is told;
            # «لكن العتيبي اتهمت الشرطة …»: the subject came first, the noun is the object
            subject: Subject = (np_start, "unknown", None)
        else:
            subject = self._verb_subject(toks, i, np_start, entry, next_cue)
        np_end = subject[0]
        j = self._attach_subject(toks, np_start, subject, entry, quote_before is not None, draft)
        j = relative_clause_end(toks, j, next_cue) if draft.speaker is not None else j
        if entry.cls == "relay":
            relayed = self._relayed(toks, i, j, entry, draft)
            if relayed is None:
                return None
            j = relayed
        j, handle2 = self.skip_adjuncts(toks, j, limit)
        handle = handle or handle2
        if draft.speaker is not None and j + 1 < limit:
            past = _past_speaking_for(toks, j + 1 if toks[j].text in ("،", ",") else j)
            if past is not None:  # «وقال X، والد أحد المصابين، متحدثًا باسم الأهالي: «…»»
                j, _ = self.skip_adjuncts(toks, past, limit)
        if telling and (draft.speaker is not None or told_first):
            j = _told_outlet_end(toks, j)  # «وأفاد مصدر «الراصد» بأن …»: who was told
        if j < limit and toks[j].text in ("،", ",") and draft.speaker is not None:
            # «مصدر مطلع على المفاوضات، طلب عدم الكشف عن اسمه، بأن …»: an aside after the adjunct
            j = self._aside(toks, j, limit)
        self._dropped_subject(toks, i, entry, draft, previous)
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
        if object_verb:
            start, opener = self._object_subject(
                toks, (np_start, np_end), start, opener, next_cue, draft
            )
        start = self._explained_subject(toks, form, entry, (np_start, np_end), start, draft)
        start = self._expressed_subject(toks, entry, (np_start, np_end), start, draft)
        if addressed and opener == "object" and start < limit:
            told, _, _ = self.noun_phrase(toks, start, limit)  # «… قد أبلغ صحيفة «…» أن»
            after = self.content_start(toks, max(told, start + 1), limit)
            if after[1] != "object":
                start, opener = after
        if (
            opener == "object"
            and folded_lemma(entry.lemma) in ADDRESSEE_VERBS
            and start < limit
            and is_definite(toks[start].text)  # not «يحذر من «…»», a preposition
        ):
            # «وطمأن الوزير المزارعين إلى أن …», «أبلغ المسؤول الصحافيين: «…»»: the one
            # addressed, then the content
            after = self.content_start(toks, start + 1, limit)
            if after[1] != "object":
                start, opener = after
        if (
            opener == "object"
            and start == np_start == np_end
            and self.adverb_before_that(toks, start)
        ):
            # «قائد الحرس قال صراحة إن …», «أشارت سابقًا إلى أن …»: an adverb, then the content
            start, opener = start + is_complementiser(toks, start + 1), "complementiser"
        if start >= limit:
            return None
        pointed = pointed_content(toks, start, form) if opener == "object" else None
        if pointed is not None:
            start = pointed  # «وأشار الوزير إلى ارتفاع عدد المصابين»: what it points to
        elif opener == "object" and _published_then_said(toks, start, next_cue):
            return None  # «وكتب X منشورًا قال فيه إن …»: the words come with «قال فيه»
        elif opener == "object" and _admits_by(entry, toks[start].text):
            pass  # «وأقرّت الشركة بوجود خلل …»: what is admitted, a verbal noun after «بـ»
        elif opener == "object" and not object_verb and entry.cls != "write":
            return None  # «رأت الممثلة النموذج»: seeing, not saying; most cues need إن/أن or ":"
        elif opener == "object" and toks[start].text in MEDIA_OBJECTS:
            captioned = self._caption_of_media(toks, start, next_cue)
            if captioned is None:
                return None  # «نشرت المبادرة على حسابها صورة لقطعة …»: a picture, not words
            start, opener = captioned
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        draft.content = (toks[start].start, toks[end - 1].end)
        draft.frame = [(toks[cue_start].start, toks[start - 1].end if start > 0 else toks[i].end)]
        draft.kind = self._kind(toks, start, end, opener)
        self._embedded_source(toks, start, end, draft)
        return self._posted(toks, i, start, entry, handle, draft)

    def _caption_of_media(
        self, toks: list[Token], start: int, next_cue: int
    ) -> tuple[int, str] | None:
        """Where the words of a post that carries a picture or a clip begin: after the colon
        of its caption («صورة … مرفقة بتعليق: "…"»), or at the picture itself when a «جاء
        فيه» caption follows (that caption needs the post); None when there are no words
        («… صورة لقطعة، وكتبت: "…"»: the words are the next statement's)."""
        limit = len(toks)
        colon = next((k for k in range(start, min(limit, start + 16)) if toks[k].text == ":"), None)
        if colon is None:
            return None
        if colon < next_cue:
            return self.content_start(toks, colon, limit)
        return (start, "object") if self._caption_at(toks, next_cue) else None

    @staticmethod
    def _caption_at(toks: list[Token], k: int) -> bool:
        """Whether the cue at ``k`` is a caption's («جاء فيه», «ورد فيها»)."""
        return (
            k + 1 < len(toks)
            and strip_conj(toks[k].text) in ("جاء", "ورد")
            and toks[k + 1].text.startswith("في")
        )

    # -- the speaker of a verb cue ------------------------------------------------------

    def _poster(self, toks: list[Token], j: int, limit: int) -> Subject:
        """«وكتب المسعف ماهر دغمان على صفحته في …»: the words between a posting verb and «على
        صفحته/حسابه» are who posted, when no lexicon knows them; (``j``, "unknown", None)
        when no such place follows within six words."""
        first = toks[j].text if j < limit else ""
        if not first or is_stop(first) or is_time_word(first) or first in ("عند", "في", "من"):
            return j, "unknown", None  # «وكان الحساب قد بثّ عند الظهر … على صفحته»
        for k in range(j + 1, min(limit - 1, j + 7)):
            t = toks[k].text
            if is_time_word(t) or t in ("عند", "في", "من"):
                break  # a time or place adjunct, not a name
            if t == "علي" and toks[k + 1].text in PLATFORM:
                names = given_names()
                name_at = next((m for m in range(j, k) if toks[m].text in names), None)
                return (
                    k,
                    "person" if name_at is not None else unknown_phrase_type(toks[j].text),
                    name_at,
                )
            if t in PUNCT_STOP or t in OPEN_QUOTES or is_complementiser(toks, k):
                break
        return j, "unknown", None

    def _verb_subject(
        self, toks: list[Token], i: int, j: int, entry: CueEntry, next_cue: int
    ) -> Subject:
        """The speaker's noun phrase after the cue at ``i``, from ``j`` on (VSO):
        «وأوضح مدير الدفاع المدني بمحافظة … العميد ركان بن عايض، …»; it ends at ``j`` when
        the cue has no subject after it («الوزير لم يستبعد فرضية الحريق»)."""
        limit = len(toks)
        np_end, np_type, name_at = self.noun_phrase(toks, j, min(next_cue, limit))
        # «لكنه نفى مجددًا أي استهداف», «ونفت الوزارة أي تقصير»: "any …" opens the object,
        # it is never (part of) a speaker
        np_end = next((k for k in range(j, np_end) if toks[k].text in ANY), np_end)
        if folded_lemma(entry.lemma) == BLAME and j < limit and toks[j].text in OPEN_QUOTES:
            np_end = j  # «وحمّلت «عطلًا في المولدات» المسؤولية»: the quotation is who is blamed
        if entry.cls == "write" and np_end == j:
            np_end, np_type, name_at = self._poster(toks, j, min(next_cue, limit))
        if (
            entry.cls == "decline"
            and np_end == j
            and j + 1 < limit
            and toks[j + 1].text in DECLINE_OBJECTS
            and toks[j].text.isalpha()
            and not is_stop(toks[j].text)
        ):
            np_end, np_type, name_at = j + 1, "person", j  # «رفض بوخنوفه الإجابة …»: a family name
        if entry.cls == "decline" or entry.stance == "deny":
            # «ورفضت/نفت الشرطة التقارير التي …»: the claim is the object, not the subject
            np_end = next(
                (k for k in range(j, np_end) if toks[k].text in rejected_claims()), np_end
            )
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
        # «تقول له وداعًا …»: after «له/لها» only a known noun phrase is a subject
        after_pronoun = j > 0 and toks[j - 1].text in TO_PRONOUNS
        if after_pronoun and j < limit and not self._known_head(toks[j].text):
            np_end = j
        if (
            entry.cls not in ("relay", "decline")
            and not after_pronoun
            and (np_end > j or head_of(toks[j].text) if j < limit else False)
        ):
            long_end = self._boundary_subject(
                toks, j, min(next_cue, limit), folded_lemma(entry.lemma) in OBJECT_VERBS
            )
            if np_end > j and pointed_content(toks, np_end, strip_conj(toks[i].text)) is not None:
                long_end = np_end  # «وأشار مدير الدفاع المدني إلى تضرر …»: the subject ends
            if (
                long_end > np_end
            ):  # «وأوضح مدير الدفاع المدني بمحافظة … العميد ركان بن عايض أبو شقرة، …»
                np_end = long_end
                name_at = self._name_start(toks, j, np_end)
                if np_type == "unknown":
                    np_type = "person" if name_at is not None else unknown_phrase_type(toks[j].text)
        if name_at is None and np_end > j and head_of(toks[j].text) == "title":
            holder = unnamed_holder_end(toks, np_end, min(next_cue, limit))
            if holder > np_end:  # «رفضت وكيلة الوزارة غيداء الزعتري الإدلاء …»
                np_end, np_type, name_at = holder, "person", np_end
        cut = before_relative(toks, j, np_end)  # «وقال المدير الذي يشرف على … إن»
        if cut < np_end:  # the name, if any, is inside the phrase before the clause
            _, short_type, name_at = self.noun_phrase(toks, j, cut)
            np_end, np_type = cut, np_type if short_type == "unknown" else short_type
        if entry.cls == "hedge" and toks[i - 1].text == "لم" and i > 1:
            if toks[i - 2].text not in PUNCT_STOP:
                np_end = j  # «الوزير لم يستبعد فرضية الحريق»: the subject came first; an object
        if np_end > j and self._unknown_after_known_subject(toks, i, j, entry):
            np_end = j  # «مديرية الصحة أعلنت أمس العثور على …»: «العثور» is the object
        if np_end > j and folded_lemma(entry.lemma) in ADDRESSEE_VERBS:
            np_end = _before_addressee(toks, j, np_end)
        # «وقال X متحدثًا باسم العائلات إن …»: on whose behalf the speaker talks is no part of it
        np_end = next((k for k in range(j + 1, np_end) if _speaking_for(toks, k)), np_end)
        # «واعترف الوزير بصعوبة الوضع», «إذ قدّرها خبير في الميناء بنحو …»: what is admitted or
        # estimated is no part of the speaker
        np_end = next((k for k in range(j + 1, np_end) if _admits_by(entry, toks[k].text)), np_end)
        if entry.lemma == "قدّر":
            np_end = next((k for k in range(j + 1, np_end) if estimate_at(toks, k)), np_end)
        return np_end, np_type, name_at

    def _unknown_after_known_subject(
        self, toks: list[Token], i: int, j: int, entry: CueEntry
    ) -> bool:
        """SVO: a known speaker (a title, institution or given name) stands right before the
        cue at ``i``, so the unknown word at ``j`` after it is no subject but the start of the
        object or content: «مديرية الصحة العامة أعلنت أمس الخميس العثور على …»."""
        first = toks[j].text
        if self._known_head(first) or first in OPEN_QUOTES:
            return False
        if i == 0 or toks[i - 1].text in PUNCT_STOP:
            return False
        before = Draft(cue=(toks[i].start, toks[i].end), lemma=entry.lemma, content=(0, 0))
        self._subject_before(toks, i, before)
        if before.speaker is None:
            return False
        start = next(k for k in range(i) if toks[k].start == before.speaker[0])
        word = toks[start].text
        return head_of(word) in ("title", "org", "gov", "outlet", "anon") or word in given_names()

    def _attach_subject(
        self,
        toks: list[Token],
        j: int,
        subject: Subject,
        entry: CueEntry,
        quote_before: bool,
        draft: Draft,
    ) -> int:
        """Set the speaker from the noun phrase at ``j`` (with its alias, appositions and
        anonymity clause), or from the words after a quotation; returns where it ends."""
        limit = len(toks)
        np_end, np_type, name_at = subject
        if np_end > j and entry.cls != "cont":
            np_end = self._parenthesised_alias(toks, np_end, limit)
            self._set_speaker(draft, toks, j, np_end, np_type, name_at)
            j = self._appositions(toks, np_end, limit, draft)
            j = self._anonymity_clause(toks, j, limit)
            self._keep_anonymity_clause(toks, limit, draft)
        elif np_end > j and entry.cls == "cont":
            self._set_speaker(draft, toks, j, np_end, np_type, name_at)
            j = self._appositions(toks, np_end, limit, draft)  # «وأضاف الناطق، سامح …، أن»
        elif quote_before and entry.cls == "say":
            j = self._speaker_after_quote(toks, j, limit, draft)
        return j

    def _relayed(
        self, toks: list[Token], i: int, j: int, entry: CueEntry, draft: Draft
    ) -> int | None:
        """«ونقلت صحيفة "الأفق" عن مصدر …»: the source after «عن» (or «من» after «علم») is the
        speaker and the reporter the ``via``; None when the verb does not relay a statement."""
        limit = len(toks)
        prep = "من" if entry.lemma == "علم" else "عن"
        if draft.speaker is None:
            an = next((k for k in range(j, min(limit, j + 5)) if toks[k].text == prep), None)
            if an is not None and an > j:  # «ونقل ناصر عن …»: an unknown name
                self._set_speaker(draft, toks, j, an, "person", j)
                j = an
            when = next(
                (k for k in range(j + 1, min(limit, j + 5)) if is_time_word(toks[k].text)), 0
            )
            after = self._prep_after_time(toks, when, prep) if when else None
            if an is None and after is not None:
                # «ونقلت وسائل إعلام محلية أمس السبت عن X قوله»: a time adjunct before «عن»
                _, kind, name_at = self.noun_phrase(toks, j, when)
                self._set_speaker(draft, toks, j, when, kind, name_at)
                j = after
        if draft.speaker is not None:
            j = relay_source_at(toks, j, limit, prep)  # «ونقلت صحيفة «…» الناطقة بـ… عن …»
            if j < limit and toks[j].text != prep and is_time_word(toks[j].text):
                j = self._prep_after_time(toks, j, prep) or j  # «… محلية أمس السبت عن X …»
        if j >= limit or toks[j].text != prep:
            return None  # «نقل الحالات إلى المستشفى»: carried, not reported
        if draft.speaker is None and not toks[i].text.startswith(("و", "ف")):
            if not (i > 0 and toks[i - 1].text == "قد"):
                return None
            self._subject_before(toks, i, draft)  # «وكانت «الراصد» قد نقلت عن …»
        return self._relay(toks, j, limit, draft, prep)

    def _prep_after_time(self, toks: list[Token], when: int, prep: str) -> int | None:
        """Where «عن» (``prep``) stands right after the time adjunct at ``when``, if it does."""
        after, _ = self.skip_adjuncts(toks, when, len(toks))
        return after if after < len(toks) and toks[after].text == prep else None

    def _dropped_subject(
        self, toks: list[Token], i: int, entry: CueEntry, draft: Draft, previous: list[Draft]
    ) -> None:
        """No subject after the cue: the one before it (SVO), the sentence's subject or the
        main clause's («رفضت المرشحة سعاد الساعدي النتائج، وقالت …»); a subject found is
        remembered as the sentence's."""
        if draft.speaker is None:
            self._relative_antecedent(toks, i, draft, previous)
        if draft.speaker is None:
            self._subject_before(toks, i, draft)
        if draft.speaker is None and entry.cls != "cont" and self._sentence_subject:
            draft.speaker, draft.speaker_type, draft.name = self._sentence_subject
        elif draft.speaker is None and self._sentence_subject is None and i > 2:
            # «رفضت المرشحة سعاد الساعدي النتائج، وقالت …», «رحب النقيب …، غير أنه اعتبر …»
            self._main_clause_subject(toks, i, draft)
        elif draft.speaker is not None and draft.via is None:
            self._sentence_subject = (draft.speaker, draft.speaker_type, draft.name)

    def _relative_antecedent(
        self, toks: list[Token], i: int, draft: Draft, previous: list[Draft]
    ) -> None:
        """«…، وفق ما ذكرته مديرية الزراعة في البلدة، التي قالت إن …»: a cue that opens a
        relative clause («، التي/الذي/الذين + cue») has the noun it describes as its subject —
        the speaker of this sentence's earlier statement that ends right before the comma, else
        the speaker-like noun right before the relative (:meth:`_antecedent_phrase`)."""
        if i < 2 or toks[i - 1].text not in RELATIVES:
            return
        if toks[i - 2].text in ("،", ","):
            before = toks[i - 3].end if i > 2 else -1  # the last word before the comma
            for d in reversed(previous):
                if d.speaker is not None and d.via is None and d.speaker[1] == before:
                    draft.speaker, draft.speaker_type, draft.name = (
                        d.speaker,
                        d.speaker_type,
                        d.name,
                    )
                    return
        last = i - 2 if toks[i - 2].text not in ("،", ",") else i - 3
        noun = statement_noun_before(toks, last)
        if noun is not None and (noun == last or toks[noun + 1].text.startswith("ل")):
            self._statement_maker(toks, noun + 1, last, draft)
            return  # «تصريحات وزير الخارجية X الذي قال …» (a construct) names X below
        self._antecedent_phrase(toks, last, draft)

    def _statement_maker(self, toks: list[Token], a: int, last: int, draft: Draft) -> None:
        """«في تصريح للمتحدث باسم الوزارة، الذي قال …»: the one the statement is «لـ» (not an
        outlet it was made to: «في حديث للصحيفة، الذي …» leaves the speaker to be found)."""
        word = toks[a].text if a <= last else ""
        if not word.startswith("ل") or len(word) < 4 or self._is_addressee(word):
            return
        bare = "ال" + word[2:] if word.startswith("لل") else word[1:]
        if head_of(bare) in (None, "outlet", "self") and bare not in given_names():
            return  # «في حديث للصحيفة، الذي …»: made to an outlet, its maker is elsewhere
        cut = 2 if word.startswith("لل") else 1
        shifted = [*toks[:a], Token(bare, toks[a].start, toks[a].end), *toks[a + 1 :]]
        end, kind, name_at = self.noun_phrase(shifted, a, last + 1)
        self._set_speaker(draft, toks, a, max(end, a + 1), kind, name_at)
        if draft.speaker is not None:
            draft.speaker = (toks[a].start + cut, draft.speaker[1])

    def _antecedent_phrase(self, toks: list[Token], last: int, draft: Draft) -> None:
        """«والتقى الوزير بالسفير الذي أكد أن …»: the speaker-like noun right before the
        relative — a title, an institution or a known given name opening a run of at most
        four «ال» words or name words (the clitic «بـ» of «بالسفير» left out)."""
        for first in range(last, max(last - 4, 0) - 1, -1):
            word = toks[first].text
            if not word.isalpha() or self.is_ala(toks[first]):
                return  # «… على الاتفاق الذين يقولون»: a preposition, not a name («علي»)
            if first < last and not self._name_or_definite(word):
                return
            cut = 1 if word.startswith("بال") else 0
            bare = word[cut:]
            kind = head_of(bare)
            if kind in ("title", "org", "gov", "anon") or bare in given_names():
                draft.speaker = (toks[first].start + cut, toks[last].end)
                draft.speaker_type = "person" if kind in ("title", None) else "organisation"
                draft.name = None
                return

    @staticmethod
    def _known_head(word: str) -> bool:
        """A title, institution or known given name: «قال له الوزير …», not «تقول له وداعًا»."""
        return head_of(word) is not None or word in given_names()

    @staticmethod
    def _name_or_definite(word: str) -> bool:
        return word.startswith("ال") or word in given_names() or word in NAME_LINKS

    def _speaker_after_quote(self, toks: list[Token], j: int, limit: int, draft: Draft) -> int:
        """«"…"، يقول الحاج مفلح نمر، وهو مزارع …»: after a quotation the cue's subject runs
        to the next delimiter even with words no lexicon knows."""
        k = j
        while (
            k < limit
            and k - j < 6
            and not self._ends_np(toks, k, limit)
            and toks[k].text not in CIRCUMSTANTIAL  # «… قالت سلمى نمر وهي تغالب دموعها»
        ):
            k += 1
        if k == j or (k < limit and toks[k].text not in PUNCT_STOP | CIRCUMSTANTIAL):
            return j
        first = toks[j].text
        kind = "person" if head_of(first) in (None, "title") else unknown_phrase_type(first)
        self._set_speaker(draft, toks, j, k, kind, self._name_start(toks, j, k))
        return k

    @staticmethod
    def _parenthesised_alias(toks: list[Token], end: int, limit: int) -> int:
        """«الاتحاد الدولي للسباحة (فينا)»: a short alias in brackets joins the speaker."""
        if end + 2 >= limit or toks[end].text != "(":
            return end
        close = next((k for k in range(end + 2, min(limit, end + 5)) if toks[k].text == ")"), None)
        if close is None or any(is_handle(t.text) or t.text[0].isdigit() for t in toks[end:close]):
            return end
        return close + 1

    # -- posts ----------------------------------------------------------------------------

    def _of_earlier_post(self, toks: list[Token], i: int, entry: CueEntry) -> bool:
        """Whether the cue at ``i`` speaks the post whose handle stands earlier in the sentence:
        «نشرت على حسابها في «إكس» (@…) خريطة، وكتبت: «…»» (a writing verb), «وفي منشور على
        حسابها (@…) ليل الأحد، قالت الشركة إن …» (the first cue of the sentence), «نشر على
        حسابه (@…) مقطعًا قال فيه إن …» (said in or of the post named right before)."""
        if entry.cls == "write":
            return True
        return entry.cls == "say" and (
            not any(map(self.is_cue, toks[:i])) or _in_published(toks, i, self._said_in_it)
        )

    def _posted(
        self,
        toks: list[Token],
        i: int,
        start: int,
        entry: CueEntry,
        handle: str | None,
        draft: Draft,
    ) -> Draft | None:
        """A statement with a handle or a platform is a social post: «نشرت على حسابها في «إكس»
        (@…) خريطة، وكتبت: «…»». «نشر» reports only as a post."""
        if handle is None and self._of_earlier_post(toks, i, entry):
            handle = next((t.text for t in toks[:i] if is_handle(t.text)), None)
        if (entry.cls == "write" or handle) and (
            handle or self._mentions_platform(toks, 0 if entry.cls == "write" else i, start)
        ):
            draft.kind = "social_post"
            draft.handle = handle
        elif entry.lemma == "نشر":
            return None  # «نشر» reports only as a post (handle or platform)
        return draft


def _before_addressee(toks: list[Token], j: int, end: int) -> int:
    """Where the subject ``j:end`` of a verb of telling ends when its last word is the
    addressee: «الجميع», or a definite plural in «ـين» (accusative, so not the subject's own
    adjective, which would be «ـون») after a definite word, a name or the verb itself —
    «وزير الزراعة سامح الخرابشة المزارعين» → «وزير الزراعة سامح الخرابشة»; not the genitive of a
    construct («رئيس مجلس المحافظين»).

    >>> from khabar.components._draft import tokenize
    >>> _before_addressee(tokenize("طمان الوزير المزارعين الي ان"), 1, 3)
    2
    >>> _before_addressee(tokenize("قال رئيس مجلس المحافظين"), 1, 4)
    4
    """
    last = end - 1
    word = toks[last].text
    plural = is_definite(word) and word.endswith("ين") and head_of(word) is None
    if word != "الجميع" and not plural:
        return end
    prev = toks[last - 1].text
    if last == j or is_definite(prev) or prev in given_names():
        return last
    return end


def _relayed_tails(drafts: list[Draft]) -> list[Draft]:
    """«وتوقّع المدير أن …، بحسب ما نقلته عنه صحيفة «الأفق»»: an «according to» at the end of a
    sentence whose clause already holds a statement with its own cue and speaker names the
    one who relayed that statement (its ``via``); it is no statement of its own."""
    out: list[Draft] = []
    for d in drafts:
        told = None
        if d.cls == "acc" and d.speaker is not None:
            told = next(
                (
                    e
                    for e in out
                    if e.cls != "acc"
                    and e.speaker is not None
                    and d.content[0] <= e.cue[0] < d.content[1]
                ),
                None,
            )
        if told is None:
            out.append(d)
        elif told.via is None:
            told.via, told.via_type = d.speaker, d.speaker_type
    return out

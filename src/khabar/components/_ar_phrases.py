"""Arabic attribution rules, second layer: speaker noun phrases, names, appositions and subjects.

«وقالت المتحدثة باسم الهيئة هالة يوسف …»: the speaker phrase, its name «هالة يوسف» and
the subject found before the cue in SVO sentences.
"""

from __future__ import annotations

import re

from khabar.components._ar_adjunct_ends import ANY
from khabar.components._ar_adjuncts import (
    ADVERBS,
    CIRCUMSTANTIAL,
    IN_IT,
    TO_PRONOUNS,
    ArabicAdjuncts,
    anonymity_clause_end,
    published_thing,
)
from khabar.components._ar_bare_names import bare_name_end, name_shaped
from khabar.components._ar_lexicon import (
    AUXILIARIES,
    BUT,
    DECLINE_OBJECTS,
    FILIATION,
    NAME_LINKS,
    NOT_GIVEN_NAMES,
    PUNCT_STOP,
    QAWL,
    SUBJECT_STARTERS,
    given_names,
    head_of,
    honorifics,
    is_complementiser,
    is_definite,
    is_handle,
    is_stop,
    is_time_word,
    lookup_cue,
    media_name_end,
    speaker_heads,
    strip_conj,
    unknown_phrase_type,
)
from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token
from khabar.text import fold

# «طلب/رفض/فضّل/اشترط عدم ذكر اسمه»: the verbs of an anonymous source's condition
# «لكنه»، «ولكنها»: a particle carrying the subject pronoun before a cue (a dropped subject)
# «المشرف العام على …»: titles whose complement is «على»
# words whose «على» belongs to the speaker phrase: a supervisor's title («المشرف العام على
# …») and the verb of a clause about an unnamed source («حارس يعمل على بوابة …»)
ALA_IN_PHRASE = frozenset(
    fold(w)
    for w in (
        *("المشرف", "مشرف", "المشرفة", "مشرفة"),
        *("يعمل", "تعمل", "يعملون", "يشرف", "تشرف", "يشرفون", "يتولى", "تتولى", "اطلع", "اطلعت"),
    )
)
PRONOUN_PARTICLE = re.compile(r"^[وف]?لكن(?:ه|ها|هم|هما)$")


def _holder_after(toks: list[Token], start: int, np_end: int, end: int) -> int | None:
    """Where the name starts when a title's «عن/في» complement runs to a name right before
    the verb at ``end`` («النائبة عن دائرة الشمال غيداء الزعتري كتبت»); None otherwise."""
    if head_of(toks[start].text) != "title" or toks[np_end].text not in ("عن", "في"):
        return None
    for m in range(np_end + 2, end - 1):
        if toks[m].text in PUNCT_STOP or lookup_cue(toks[m].text):
            return None
        if name_shaped(toks, m, end) and (
            toks[m].text in given_names() or (m + 2 == end and toks[m + 1].text.endswith("ي"))
        ):
            return m  # a listed given name, or an unlisted one with a family name in «الـ…ي»
    return None


class ArabicPhrases(ArabicAdjuncts):
    """Speaker noun phrases on top of :class:`ArabicAdjuncts`."""

    # -- noun phrases -------------------------------------------------------------------

    def noun_phrase(
        self, toks: list[Token], i: int, limit: int, bounded: bool = False
    ) -> tuple[int, str, int | None]:
        """Parse a speaker noun phrase at ``i``: (end index, type, index where a name starts).

        ``bounded``: the phrase ends at ``limit`` (the verb of «وكان سليم قد كتب»), so a
        short unknown phrase there is the subject.
        """
        heads = speaker_heads()
        names = given_names()
        if (
            bounded
            and 0 < limit - i <= 3
            and not any(self._ends_np(toks, k, limit) for k in range(i, limit))
        ):
            first_type = heads.get(toks[i].text)
            kind = {"org": "organisation", "gov": "government", "outlet": "outlet"}.get(
                first_type or "", "person"
            )
            if first_type is None:
                return limit, unknown_phrase_type(toks[i].text), i
            # «الوزير جابر قال»: a title then a name (not «وزيرة البيئة قالت»: a construct)
            second = toks[i + 1].text if limit - i > 1 else ""
            named = first_type == "title" and (
                second in names
                or (bool(second) and not is_definite(second) and second not in heads)
            )
            return limit, kind, i + 1 if named else None
        if i >= limit:
            return i, "unknown", None
        first = toks[i].text
        if first not in OPEN_QUOTES and self._ends_np(toks, i, limit):
            return i, "unknown", None
        if first in OPEN_QUOTES:  # a quoted name: «النجم الأسود»
            j = self._quote_end(toks, i, limit)
            if j == i + 1 or j - i > 7 or (i + 1 < limit and toks[i + 1].text in ANY):
                # «وأضاف «إنه أمر محزن …»», «ونفت «أي تقصير»»: a quotation, not a name
                return i, "unknown", None
            return j, "organisation", i
        head_type = head_of(first)
        j = i + 1
        name_at: int | None = None
        if head_type is None:
            if _role_then_given_name(toks, i, limit, names):
                # «وقال اللاعب سامر الكردي، …»: a role no list knows, then a known given name
                j = self._name_tokens(toks, i + 2, limit, max_len=2)
                return j, "person", i + 1
            if first in names or self._followed_by_delimiter(toks, i, limit):
                name_at = i
                j = self._name_tokens(toks, i + 1, limit, max_len=3)
                return j, "person" if first in names else unknown_phrase_type(first), name_at
            k = self._subject_boundary(toks, i, limit)
            if k > i:
                return k, "organisation", None
            return i, "unknown", None
        prev_indefinite = not is_definite(first)
        while j < limit and j - i < 9:
            t = toks[j].text
            if t in ("تطلق", "يطلق") and j + 3 < limit and toks[j + 1].text == "علي":
                k = j + 2
                while k < min(limit, j + 5) and toks[k].text != "اسم":
                    k += 1
                if k + 1 < limit and toks[k].text == "اسم":  # «تطلق على نفسها اسم "…"»
                    name_at = k + 1
                    j = (
                        self._quote_end(toks, k + 1, limit)
                        if toks[k + 1].text in OPEN_QUOTES
                        else k + 2
                    )
                    break
            if (
                t in ("ب", "ل")
                and name_at is None
                and head_type == "title"
                and j + 1 < limit
                and toks[j + 1].text in OPEN_QUOTES
            ):
                close = self._quote_end(toks, j + 1, limit)
                addressee = t == "ل" and not (close < limit and toks[close].text in names)
                if close - j <= 6 and not addressee:  # «مدير الطوارئ بـ«صحة المدينة» سعيد نمر»
                    j = close
                    prev_indefinite = False
                    continue
            if t == "باسم" and j + 1 < limit:
                quoted = toks[j + 1].text in OPEN_QUOTES  # «متحدث باسم «صدف»»: the whole name
                j = self._quote_end(toks, j + 1, limit) if quoted else j + 2
                prev_indefinite = False
                continue
            if t in ("باسمه", "باسمها", "باسمهم"):
                j += 1  # «الناطق باسمها إياد …»: the pronoun closes the title, a name may follow
                prev_indefinite = False
                continue
            # «ونفت الشركة «أي تقصير»»: a quoted name follows «شركة», not «الشركة»
            if t in OPEN_QUOTES and j == i + 1 and head_type in ("org", "outlet", "gov"):
                if is_definite(first):
                    break
            if t in OPEN_QUOTES and (
                head_type in ("org", "outlet", "gov")
                or self._names_an_org(toks[j - 1].text)
                or (head_type == "title" and self._quoted_org_then_name(toks, j, limit))
                or (head_type == "title" and j == i + 1 and self._quoted_outlet(toks, j, limit))
            ):
                j = self._quote_end(toks, j, limit)
                name_at = name_at if name_at is not None else j - 1
                prev_indefinite = False
                continue
            if (
                t == "عن"
                and head_type == "title"
                and any(
                    toks[m].text in names and not self.is_ala(toks[m])
                    for m in range(j + 1, min(limit, j + 4))
                )
            ):
                j += 1  # «عضو المجلس عن الولاية الشمالية حسن …», «النائب عن المنطقة وليد …»
                prev_indefinite = True  # «… عن ولاية العرقين موسى …»: a construct may follow
                continue
            if t == "في" and head_type in ("anon", "title") and self._in_phrase_ok(toks, j, limit):
                j = self._skip_in_phrase(toks, j + 1, limit)
                continue
            if (
                t == "في"
                and head_type in ("org", "gov")
                and self._in_phrase_ok(toks, j, limit)
                and self._followed_by_delimiter(toks, j + 1, limit)
            ):
                j = self._skip_in_phrase(toks, j + 1, limit)  # «وزارة الخارجية في سرمدان، …»
                continue
            if self._supervises(toks, j):
                j += 1  # «المشرف العام على برنامج التشجير المهندس …»: «على» inside the title
                prev_indefinite = True
                continue
            if self._ends_np(toks, j, limit) or self._anonymity_clause(toks, j, limit) > j:
                break  # «مصدر أمني طلب عدم الكشف عن هويته»: the condition is not the name
            if t[:1] == "ل" and media_name_end(toks, j) is not None:
                break  # «شهود عيان لبي بي سي»: the outlet told ends the phrase
            if t.startswith("ل") and not t.startswith("ال") and len(t) > 3 and t not in names:
                if self._is_addressee(t):
                    break
                j += 1
                # «الأمانة العامة لهيئة كبار العلماء»: an institution's head after «لـ» opens a
                # construct chain («لـهيئة كبار …»); not a name («… باسم الشرطة لينا هالة»)
                prev_indefinite = heads.get(t[1:]) in ("org", "gov", "outlet")
                continue
            if t in honorifics():  # «… في أمن المعلومات د. طارق …»: the name comes next
                j += 2 if j + 1 < limit and toks[j + 1].text == "." else 1
                prev_indefinite = False
                continue
            if is_definite(t) and head_type == "title" and j + 2 < limit:
                if toks[j + 1].text in FILIATION and t not in heads:
                    # «الدكتور الصادق ود حامد»: a given name with «الـ», then a filiation
                    name_at = j
                    j = self._name_tokens(toks, j + 1, limit, max_len=3)
                    break
            if is_definite(t):
                if (
                    j > i + 1
                    and is_definite(toks[j - 1].text)
                    and heads.get(t) in ("org", "gov")
                    and not t.endswith("يه")  # «الانتخابات البلدية»: a nisba adjective
                ):
                    break  # «ودعا اتحاد المزارعين الحكومة إلى …»: a second phrase, the object
                if j == i + 1 and _unagreeing_object(first, t, head_type):
                    break  # «وغادر المسؤول القاعة»: a feminine noun is no masculine title's adjective
                j += 1
                prev_indefinite = False
                continue
            if t.startswith("وال") and len(t) > 5 and is_definite(toks[j - 1].text):
                j += 1  # «وزير الزراعة والموارد المائية»: a title of two portfolios
                continue
            if (
                head_type in ("org", "gov")
                and j > i + 2
                and heads.get(t) in ("org", "gov")
                and not is_definite(toks[j - 1].text)
                and toks[j - 1].text not in heads
            ):
                break  # «واتهمت جمعية حماية وادي الريم مصنع شركة …»: a second body, the object
            if prev_indefinite and t not in names:
                j += 1  # construct chain: وزير (النقل) / رئيس نقابة عمال …
                continue
            # a definite institution («الوزارة», «الشركة») has no unknown name after it:
            # «وأعلنت الوزارة تعليق الرحلات، …» is its object
            may_guess = head_type in ("title", "anon") or not is_definite(first)
            if (
                t in names
                or (may_guess and self._guessed_name(toks, j, limit))
                # «النائب عثمان ود حمد»: a name by filiation after a title
                or (head_type == "title" and j + 2 < limit and toks[j + 1].text in FILIATION)
                or (bounded and head_type == "title" and name_shaped(toks, j, limit))
                or self._after_honorific(toks, j)
            ):
                # an institution named after a person («حملة المرشح سليم …», «مؤسسة محمد
                # بن …») is named by the whole phrase, not by the person
                name_at = j if head_type not in ("org", "gov", "outlet") else name_at
                j = self._name_tokens(toks, j + 1, limit, max_len=2)
            break
        quoted_org = name_at is not None and toks[name_at].text in CLOSE_QUOTES
        if head_type == "title" and (name_at is None or quoted_org) and j - i >= 9:
            if j < limit and toks[j].text in names and not is_stop(toks[j].text):
                name_at = j  # a long title at the length cap: «رئيس بعثة منظمة «…» في البلد حسن …»
                j = self._name_tokens(toks, j + 1, limit, max_len=2)
        if name_at is None and j < limit and self._after_honorific(toks, j):
            name_at = j  # a long title ends on «الشيخ» at the length cap: its name follows
            j = self._name_tokens(toks, j + 1, limit, max_len=2)
        kind = {
            "title": "person",
            "org": "organisation",
            "gov": "government",
            "outlet": "outlet",
            "self": "outlet",
            "anon": "anonymous",
        }[head_type]
        if head_type == "title" and name_at is None:
            kind = "person"
        if head_type == "anon" and name_at is not None:
            kind = "person"
        return j, kind, name_at

    def _guessed_name(self, toks: list[Token], j: int, limit: int) -> bool:
        """1–3 words after a speaker head that no lexicon knows are a name when a delimiter of
        the statement follows them: «وقال الوزير جوليان مارتان، …», «… مارتان في باريس إن …»,
        «… في مؤتمر صحفي», «… في ٢٤ أيار».

        A «في» after them that opens no statement adjunct or date and leads to no content
        (إن/أن, «:») makes them the verb's object instead — a verbal noun and its complement:
        «وأعلن الوزير فتح تحقيق في الحادث، وأمر …», «وأعلن المحافظ تعليق الدراسة في المدارس».
        """
        if published_thing(toks[j].text):
            return False  # «ونشرت الشركة تغريدة قالت فيها …»: what was published, not a name
        k = self._delimiter_after(toks, j, limit)
        if k is None:
            return False
        if toks[k].text != "في" or k + 1 >= limit:
            return True  # «،», «:», إن/أن, a cue, a time word, an addressee
        if self._adjunct_after(toks, k) or is_time_word(toks[k + 1].text):
            return True  # «… في مؤتمر صحفي», «… في ٢٤ أيار»
        return self._leads_to_content(toks, k, limit)

    def _quoted_org_then_name(self, toks: list[Token], j: int, limit: int) -> bool:
        """«المدير التنفيذي لمبادرة «دروب الخير» سامر القحطاني، أن …»: a short quoted name
        after a «لـ» complement of a title, with a person's name after it, belongs to the title
        (whatever the complement's head word)."""
        prev = toks[j - 1].text
        if not (prev[:1] in "لب" and not prev.startswith("ال") and len(prev) > 2):
            return False
        close = self._quote_end(toks, j, limit)
        if close - j > 7 or close >= limit:
            return False
        name = toks[close].text
        return name in given_names() or self._guessed_name(toks, close, limit)

    def _supervises(self, toks: list[Token], j: int) -> bool:
        """«على» after «المشرف (العام)» or «يعمل»: part of the speaker phrase, not an adjunct."""
        if not self.is_ala(toks[j]) or j == 0:
            return False
        k = j - 2 if toks[j - 1].text == "العام" and j > 1 else j - 1
        return toks[k].text in ALA_IN_PHRASE

    def _after_honorific(self, toks: list[Token], j: int) -> bool:
        """A word no list knows right after an honorific or rank is a given name: «… للهيئة
        العامة للسياحة الشيخ راشد الفارس عن أمله …» (not an adjective such as «المستشار
        القانوني», nor a head, a cue or a preposition)."""
        t = toks[j].text
        k = j - 2 if j > 1 and toks[j - 1].text == "." else j - 1  # «د. طارق»
        return (
            k >= 0
            and toks[k].text in honorifics()
            and len(t) > 1
            and t.isalpha()
            and not is_definite(t)
            and speaker_heads().get(t) is None
            and not self._ends_np(toks, j, len(toks))
            and not self.is_ala(toks[j])
        )

    @staticmethod
    def _names_an_org(word: str) -> bool:
        """An organisation head, also after ل/ب: «المدير العام لشركة «سنابل» باسل …»."""
        heads = speaker_heads()
        if heads.get(word) in ("org", "outlet", "gov"):
            return True
        return word[:1] in "لب" and heads.get(word[1:]) == "org"

    def _name_tokens(self, toks: list[Token], j: int, limit: int, max_len: int) -> int:
        """The rest of a person's name: «(سمير) الزعبي», «(زياد) بن خالد», «(رامي) سعد».

        A second word joins only when it is clearly part of the name (a definite family name,
        after بن/أبو/عبد, or right before a delimiter): «رامي سعد شكك» stops before the verb.
        """
        n = 0
        while j < limit and n < max_len and not self._ends_np(toks, j, limit):
            t = toks[j].text
            if speaker_heads().get(t) in ("title", "org", "gov", "outlet"):
                break
            if published_thing(t):
                break  # «وكتب الناشط سامر نمر منشورًا قال فيه …»: the post, not the name
            if t in ("فقد", "فانه", "فانها") or t in CIRCUMSTANTIAL or self._addressed_at(toks, j):
                break  # «أما … سليم بن عاشور فقد اكتفى بالقول», «… شور وهي أمينة …»: no name
            if t in NAME_LINKS:
                j += 1  # «عبد الحميد», «بن خالد»: the link does not count as a word
                continue
            if n > 0:
                prev = toks[j - 1].text
                # a second «ال» word after a family name is the verb's object unless a
                # delimiter follows: «ويصف يوسف الكناني الأوضاع …» (not «محمد علي الحسن»)
                linked = (
                    prev in NAME_LINKS
                    or (is_definite(t) and not is_definite(prev))
                    or (is_definite(t) and toks[j - 2].text in NAME_LINKS)  # «عبد الفتاح السيسي»
                )
                before_delimiter = j + 1 >= limit or (
                    self._strong_delimiter(toks, j + 1)
                    and not (toks[j + 1].text == "في" and not self._adjunct_after(toks, j + 1))
                )
                if not (linked or before_delimiter):
                    break
            j += 1
            n += 1
        return j

    def _boundary_subject(self, toks: list[Token], j: int, limit: int, object_verb: bool) -> int:
        """End of a long VSO subject: everything up to the adjunct, «:» or إن/أن (≤ 22 words).

        Titles in wire copy run long («وكيل وزارة الطاقة والثروة المعدنية لشؤون التعدين
        المهندس فهد آل زامل»); a verb that reports with إن/أن or «:» has its subject
        between the verb and that boundary. For verbs that may take a plain object
        (أكد، نفى), the boundary must lead to إن/أن or «:» for the span to count.
        """
        for k in range(j + 1, min(limit, j + 22)):
            t = toks[k].text
            boundary = (
                is_complementiser(toks, k)
                or t == ":"
                or t in ("،", ",")
                or (t in ("في", "خلال", "عقب", "امام") and self._adjunct_after(toks, k))
                or self._addressed_at(toks, k)
                or t in TO_PRONOUNS  # «وقال الوزير لها إن …»
                # «وقالت الشركة في إعلان لها …», «في تغريدات له»: the adjunct, not the speaker
                or (t == "في" and any(x.text in TO_PRONOUNS for x in toks[k + 1 : k + 4]))
                or (t == "ل" and k + 1 < limit and toks[k + 1].text in OPEN_QUOTES)
                or t in ("يوم", "امس", "اليوم", "عبر")
                or self._fixed_adjunct(toks, k, limit) > 0  # «… الأحمد من جانبه أن …»
                or (self.is_ala(toks[k]) and not self._supervises(toks, k))
                or t in DECLINE_OBJECTS
                or is_handle(t)
                or t in CIRCUMSTANTIAL  # «وقال سامح القيسي وهو نائب رئيس النادي إن …»
            )
            if self._anonymity_clause(toks, k, limit) > k:
                return k  # «مصدر أمني طلب عدم الكشف عن هويته …»
            if boundary:
                if object_verb and not self._leads_to_content(toks, k, limit):
                    return j
                return k
            if t in PUNCT_STOP or t in OPEN_QUOTES or t in CLOSE_QUOTES or self.is_cue(toks[k]):
                return j
        return j

    def _leads_to_content(self, toks: list[Token], k: int, limit: int) -> bool:
        """From ``k``, adjuncts and asides lead to إن/أن or «:» (the content opener)."""
        if is_complementiser(toks, k) or toks[k].text == ":":
            return True
        m, _ = self.skip_adjuncts(toks, k, limit)
        m = self._aside(toks, m, limit) if m < limit and toks[m].text in ("،", ",") else m
        while m < limit and toks[m].text in ("،", ","):
            m += 1
        return m < limit and (bool(is_complementiser(toks, m)) or toks[m].text == ":")

    def _set_speaker(
        self, draft: Draft, toks: list[Token], a: int, b: int, kind: str, name_at: int | None
    ) -> None:
        while b - 1 > a and toks[b - 1].text in ADVERBS:
            b -= 1  # «وأعلن العمري أيضًا أن …»: the adverb is no part of the speaker
        draft.speaker = (toks[a].start, toks[b - 1].end)
        draft.speaker_type = kind
        if name_at is not None and name_at < b:
            first = name_at + (1 if toks[name_at].text in OPEN_QUOTES else 0)
            if toks[first].text in CLOSE_QUOTES:
                first = a  # «شبكة «نبراس» لمراقبة …»: the quoted name is inside the whole phrase
            opened = any(toks[m].text in OPEN_QUOTES for m in range(first, b - 1))
            last = b - 1 - (1 if toks[b - 1].text in CLOSE_QUOTES and not opened else 0)
            if first <= last:  # «مبادرة «الذاكرة»» keeps its closing mark, «"الظل"» loses both
                draft.name = (toks[first].start, toks[last].end)

    def _quoted_outlet(self, toks: list[Token], j: int, limit: int) -> bool:
        """A short quoted name right after a title head, then the end of the subject:
        «وقال مراسل «الأفق» إن …», «بحسب مراسل «الأفق»، …» (the title's outlet or body)."""
        close = self._quote_end(toks, j, limit)
        if not 3 <= close - j <= 6:
            return False
        if close >= limit:
            return True
        nxt = toks[close].text
        return (
            nxt in ("،", ",", ":", "من", "في")
            or bool(is_complementiser(toks, close))
            or self._addressed(nxt)
            or is_time_word(nxt)
        )

    def _appositions(self, toks: list[Token], j: int, limit: int, draft: Draft) -> int:
        """«محافظ الإقليم، نادر سليم، …»: a name or title between commas joins the speaker."""
        if j + 2 >= limit or toks[j].text not in ("،", ","):
            return j
        k = j + 1
        if toks[k].text in ("في", "يوم", "وهو", "وهي") or is_time_word(toks[k].text):
            return j
        bare = bare_name_end(toks, k, limit) if _title_only(toks, j, draft) else None
        if bare is not None and draft.speaker is not None:  # «رئيسة الرابطة، سلمى بن زيد،»
            draft.speaker = (draft.speaker[0], toks[bare - 1].end)
            draft.name, draft.speaker_type = (toks[k].start, toks[bare - 1].end), "person"
            return bare + 1
        end, kind, name_at = self.noun_phrase(toks, k, limit)
        if end == k or end >= limit or toks[end].text not in ("،", ","):
            return self._aside(toks, j, limit)
        first_tok = toks[name_at if name_at is not None else k].text
        if speaker_heads().get(toks[k].text) != "title" and first_tok not in given_names():
            return end + 1  # «، طلب عدم نشر اسمه،»: an aside, not part of the speaker
        if draft.speaker is not None:
            draft.speaker = (draft.speaker[0], toks[end - 1].end)
            if draft.name is None or (kind == "person" and _names_someone(toks, name_at)):
                first = name_at if name_at is not None else k
                if speaker_heads().get(toks[first].text) is None:
                    draft.name = (toks[first].start, toks[end - 1].end)
                if draft.speaker_type in ("unknown", "anonymous"):
                    draft.speaker_type = kind
        return end + 1

    def _contacted_party(self, toks: list[Token], i: int, draft: Draft) -> bool:
        """«وحاولت «X» الاتصال بمدير الشركة سامر نمر، غير أنه امتنع عن التعليق»: the one the
        outlet tried to reach is «أنه»; True when such a party was found and set."""
        for k in range(max(0, i - 24), i - 2):
            if strip_conj(toks[k].text) not in CONTACTING:
                continue
            nxt = toks[k + 1].text
            if nxt == "مع":
                start, words = k + 2, toks
            elif nxt.startswith("ب") and len(nxt) > 3:
                start = k + 1  # «بمدير»: the preposition is written on the noun
                words = [*toks[:start], Token(nxt[1:], toks[start].start + 1, toks[start].end)]
                words += toks[start + 1 :]
            else:
                continue
            stop = next((m for m in range(start, i) if words[m].text in PUNCT_STOP), i)
            end, kind, name_at = self.noun_phrase(words, start, stop)
            if end > start and kind != "unknown":
                self._set_speaker(draft, words, start, end, kind, name_at)
                return True
        return False

    def _subject_before(self, toks: list[Token], i: int, draft: Draft) -> None:
        """SVO: «… غير أن رئيس النقابة رامي ناصر قال إن …»; else a dropped subject."""
        if self._topic_subject(toks, i, draft):
            return
        if self._said_in_it(toks, i):
            # «وكان الربان X قد نشر … مقطعًا قال فيه …»: the subject of «قد نشر»; else the
            # main clause's («وأصدرت الوزارة بيانًا قالت فيه …»)
            qad = next((k for k in range(i - 2, 0, -1) if toks[k].text == "قد"), None)
            if qad is not None:
                self._subject_before(toks, qad + 1, draft)
            if draft.speaker is None:
                self._main_clause_subject(toks, i, draft)
            return
        if toks[i].text[0] in "وف" and lookup_cue(toks[i].text[1:]):
            return
        if i > 0 and PRONOUN_PARTICLE.match(toks[i - 1].text):
            if not self._contacted_party(toks, i, draft):
                draft.continues = True  # «…، لكنه أشار إلى أن …»: the same speaker goes on
            return
        but_he = i > 1 and toks[i - 1].text in ("انه", "انها") and toks[i - 2].text in BUT
        if but_he and self._contacted_party(toks, i, draft):
            return  # «…، غير أنه امتنع عن التعليق»: the one the outlet tried to reach
        if i > 0 and toks[i - 1].text in ("لم", "ولم", "فلم"):
            if toks[i - 1].text != "لم":
                return
            i -= 1
        k = i - 1
        while k >= 0 and toks[k].text in AUXILIARIES:
            k -= 1
        apposition: tuple[int, int] | None = None
        if k > 0 and toks[k].text in ("،", ","):
            # «غير أن عاملًا في المنجم، طلب عدم ذكر اسمه، قال …»: the subject is before the aside
            opening = next(
                (m for m in range(k - 1, max(-1, k - 16), -1) if toks[m].text in ("،", ",")), None
            )
            if opening is not None and bare_name_end(toks, opening + 1, k + 1) == k:
                apposition = (opening + 1, k)  # «وكان والد أحد المصابين، سامح القيسي، قد كتب»
            if opening is not None and opening > 0:
                k = opening - 1
        end = k + 1
        start = end
        while start > 0 and end - start < 12:
            t = toks[start - 1].text
            if (
                t in PUNCT_STOP
                or t in SUBJECT_STARTERS
                or t in ADVERBS
                or is_complementiser(toks, start - 1)
            ):
                break  # «ومؤخرًا أعلن …»: an adverb is not the subject
            if t in ("التي", "الذي", "الذين", "اللذين"):
                end = start - 1  # «مجموعة «النجم الأسود» التي تبنت الهجوم قد نشرت»
            elif t in CLOSE_QUOTES:
                opener = next(
                    (
                        m
                        for m in range(start - 2, max(-1, start - 9), -1)
                        if toks[m].text in OPEN_QUOTES
                    ),
                    None,
                )
                if opener is None:
                    break
                start = opener + 1
            elif t in OPEN_QUOTES:
                break
            start -= 1
        while start < end and (toks[start].text in AUXILIARIES or toks[start].text in ("و", "ف")):
            start += 1
        if start >= end:
            return
        first = strip_conj(toks[start].text)
        if first in PLACE_PREPOSITIONS:
            return  # «وفوق الصورة كتبت …»: where it was written, not who wrote it
        if toks[start].text.startswith("وكان") or first in ("كان", "كانت"):
            start += 1
        if start >= end:
            return
        np_end, kind, name_at = self.noun_phrase(toks, start, end, bounded=True)
        tail = np_end < end - 1 and self._source_complement(toks, start, np_end, end)
        holder = None if tail or np_end >= end - 1 else _holder_after(toks, start, np_end, end)
        if np_end > start and (np_end >= end - 1 or tail or holder is not None):
            self._set_speaker(
                draft, toks, start, np_end if np_end >= end - 1 else end, kind, name_at
            )
            if tail:  # «لكن مصدرًا مطلعًا على ملف الشركة قال …»: the name stops before «على»
                draft.name = (toks[start].start, toks[np_end - 1].end)
                draft.speaker_type = "anonymous"
            elif holder is not None:  # «غير أن النائبة عن دائرة الشمال غيداء الزعتري كتبت»
                draft.name, draft.speaker_type = (toks[holder].start, toks[end - 1].end), "person"
            if apposition is not None and kind == "person":
                a, b = apposition  # the title's holder, named between commas
                draft.speaker = (toks[start].start, toks[b - 1].end)
                draft.name = (toks[a].start, toks[b - 1].end)

    @staticmethod
    def _source_complement(toks: list[Token], start: int, np_end: int, end: int) -> bool:
        """``toks[np_end:end]`` is a short «على/في …» phrase that describes the unnamed
        source ``toks[start:np_end]`` («مصدرًا مطلعًا على ملف الشركة», «مسؤولًا في الوزارة»)."""
        if head_of(toks[start].text) != "anon" or is_definite(toks[start].text):
            return False
        if toks[np_end].text not in ("علي", "في") or end - np_end > 6:
            return False
        return not any(
            t.text in PUNCT_STOP or t.text in OPEN_QUOTES or lookup_cue(t.text)
            for t in toks[np_end:end]
        )

    @staticmethod
    def _anonymity_clause(toks: list[Token], j: int, limit: int) -> int:
        """«مصدر أمني طلب عدم الكشف عن هويته لوكالة …»: an unpunctuated anonymity clause
        after the speaker is skipped like an aside."""
        return anonymity_clause_end(toks, j, limit)

    def _keep_anonymity_clause(self, toks: list[Token], limit: int, draft: Draft) -> None:
        """«وقال مصدر مطلع، طلب عدم الكشف عن اسمه، إن …»: the anonymity clause right after
        the speaker joins its text; the name stays «مصدر مطلع»."""
        if draft.speaker is None:
            return
        a = next((k for k, t in enumerate(toks) if t.start == draft.speaker[0]), None)
        e = next((k for k, t in enumerate(toks) if t.start >= draft.speaker[1]), limit)
        if a is None:
            return
        c0 = e + 1 if e < limit and toks[e].text in ("،", ",") else e
        c = self._anonymity_clause(toks, c0, limit)
        if c > c0:
            draft.speaker = (draft.speaker[0], toks[c - 1].end)
        self._anonymous_name(toks, a, max(c, e), draft)

    def _anonymous_name(self, toks: list[Token], a: int, b: int, draft: Draft) -> None:
        """The name of a speaker phrase ``a:b`` with an anonymity clause in it: the words
        before the clause («مسؤول أمني رفض الكشف عن اسمه» → «مسؤول أمني»)."""
        for k in range(a + 1, b):
            if self._anonymity_clause(toks, k, b) > k:
                last = k - 2 if toks[k - 1].text in ("،", ",") else k - 1
                if last >= a:
                    draft.name = (toks[a].start, toks[last].end)
                    draft.speaker_type = "anonymous"
                return

    @staticmethod
    def _said_in_it(toks: list[Token], i: int) -> bool:
        """«… بيانًا قالت فيه إن …», «… مقطعًا قصيرًا كتب تحته إن …»: the cue at ``i`` opens
        a clause about the thing published right before it (an indefinite noun, no «ال»),
        whose maker is the sentence's subject, never that noun.

        >>> from khabar.components._draft import tokenize
        >>> ArabicPhrases._said_in_it(tokenize("واصدرت الوزاره بيانا قالت فيه ان"), 3)
        True
        >>> ArabicPhrases._said_in_it(tokenize("واصدرت الوزاره البيان قالت فيه ان"), 3)
        False
        >>> ArabicPhrases._said_in_it(tokenize("ونشر مقطعا من داخل المصنع قال فيه ان"), 5)
        True
        """
        if i < 2 or i + 1 >= len(toks) or toks[i + 1].text not in IN_IT:
            return False
        after = toks[i + 2].text if i + 2 < len(toks) else ""
        if (
            (is_definite(after) and not is_time_word(after))
            or head_of(after)
            or after in given_names()
        ):
            return False  # «بيان مشترك أكد فيه الطرفان …»: the subject follows
        before = toks[i - 1].text
        if before.isalpha() and not is_definite(before) and head_of(before) is None:
            return True
        # «… مقطعًا قصيرًا من داخل المصنع قال فيه …»: the thing published a few words back
        for k in range(i - 1, max(-1, i - 7), -1):
            if not toks[k].text.isalpha():
                return False
            if published_thing(toks[k].text):
                return True
        return False

    def _topic_subject(self, toks: list[Token], i: int, draft: Draft) -> bool:
        """«أما رئيس اللجنة فراس نمر، فقد أرجع …»: the topic after «أما» is the subject."""
        if i < 2 or toks[0].text != "اما":
            return False
        if toks[i - 1].text in ("فقد", "فانه", "فانها"):
            comma = i - 1  # «أما الوزيرة هدى سالم فقد قالت …»: the topic ends at «فقد»
        elif toks[i].text.startswith("ف") and lookup_cue(toks[i].text[1:]):
            comma = i  # «أما الوزير فقال …»
        elif toks[i - 1].text.startswith("ف"):
            comma = i - 1
        else:
            return False
        if toks[comma - 1].text in ("،", ","):
            comma -= 1
        elif any(toks[k].text in ("،", ",") for k in range(2, comma)):
            return False  # a comma inside the topic: not a plain «أما X فـ»
        if comma < 2:
            return False
        end, kind, name_at = self.noun_phrase(toks, 1, comma, bounded=comma - 1 <= 3)
        if end <= 1:
            return False
        if name_at is None and end < comma and name_shaped(toks, end, comma):
            end, kind, name_at = comma, "person", end  # «أما رئيسة اللجنة غيداء الزعتري، فـ»
        self._set_speaker(draft, toks, 1, end, kind, name_at)
        if end < comma and toks[end].text in ("،", ","):
            self._appositions(toks, end, comma + 1, draft)  # «أما رئيس البلدية، المهندس X، فقال»
        return True

    def _quote_before(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """(open, close) token indices of a quotation that ends right before the cue."""
        k = i - 1
        while k >= 0 and toks[k].text in ("،", ","):
            k -= 1
        if k < 1 or toks[k].text not in CLOSE_QUOTES:
            return None
        depth_mark = toks[k].text
        opener = {"»": "«", "”": "“", '"': '"'}.get(depth_mark, '"')
        for m in range(k - 1, -1, -1):
            if toks[m].text == opener:
                return (m, k) if m == 0 or toks[m - 1].text in PUNCT_STOP | {":"} else None
        return None

    def _relay(self, toks: list[Token], j: int, limit: int, draft: Draft, prep: str = "عن") -> int:
        """«نقلت صحيفة X عن مصدر … قوله إن»: X is ``via``, the source is the speaker."""
        if j >= limit or toks[j].text != prep:
            return j
        via, via_type = draft.speaker, draft.speaker_type
        draft.speaker = draft.name = None
        end, kind, name_at = self.noun_phrase(toks, j + 1, limit)
        # «عن موظف في قسم …، طلب عدم الكشف عن اسمه خشية …، قوله»: a long anonymity aside
        qawl = next((k for k in range(j + 1, min(limit, j + 22)) if QAWL.match(toks[k].text)), None)
        named = False
        if qawl is not None and qawl > end and toks[end].text in ("،", ","):
            self._set_speaker(draft, toks, j + 1, end, kind, name_at)
            after = self._appositions(toks, end, limit, draft)  # «عن منسق المنظمة، رامي نمر، قوله»
            named = after == qawl
            if named:
                end = after
        if qawl is not None and qawl > end and not named:
            comma = toks[end].text in ("،", ",") and toks[qawl - 1].text in ("،", ",")
            if end > j + 1 and comma and self._anonymity_clause(toks, end + 1, limit) > end + 1:
                # «عن موظف في القسم، طلب عدم الكشف عن اسمه، قوله»: the aside joins the
                # source's text, not its name
                self._set_speaker(draft, toks, j + 1, end, kind, name_at)
                self._keep_anonymity_clause(toks, limit, draft)
                named = True
            end = qawl  # «عن مسؤول أمني رفض الكشف عن اسمه قوله»
        if end == j + 1:
            end = min(limit, j + 4)
            kind = "unknown"
        if not named:
            last = end
            while last > j + 2 and toks[last - 1].text in ("،", ","):
                last -= 1  # «عن الشاب، الذي …، قوله»: no comma at the end of the speaker
            self._set_speaker(draft, toks, j + 1, last, kind, name_at)
            self._anonymous_name(toks, j + 1, last, draft)
        draft.via, draft.via_type = via, via_type
        if end < limit and QAWL.match(toks[end].text):
            end += 1
        return end

    def _main_clause_subject(self, toks: list[Token], i: int, draft: Draft) -> None:
        """«غير أن المحافظ نادر سليم شكك في الأرقام، مؤكدًا أن …»: the clause's subject.

        The participle continues the subject of its own sentence even when that sentence's
        verb is not a reporting verb; the subject is the first speaker-like noun phrase
        (a title, organisation or known given name) in the first words of the sentence.
        """
        heads = speaker_heads()
        if i > 3 and _family_name_after_verb(toks, heads):
            # «ورفض الكردي هذه المطالب، وقال: «…»»: a family name alone, after the verb
            self._set_speaker(draft, toks, 1, 2, "person", 1)
            draft.resolved_from = None
            draft.continues = False
            return
        for k in range(0, min(i, 6)):
            t = toks[k].text
            if k > 0 and t in NOT_GIVEN_NAMES:
                return  # «وأعلنت X تحويل القضية إلى المحكمة، مضيفةً»: past the subject
            # the possessive predicate opens its clause: «غير أن لـX …», «لكن لـX …»
            possessor = possessor_head(t, heads) and (
                k == 0 or toks[k - 1].text in ("ان", "لكن", "ولكن")
            )
            if possessor:
                # «غير أن لنقابة الخبازين رأيًا آخر، إذ قالت …»: the one who "has" the view
                toks = [*toks[:k], Token(t[1:], toks[k].start + 1, toks[k].end), *toks[k + 1 :]]
                t = t[1:]
            if (
                k + 2 < i
                and toks[k + 1].text in FILIATION
                and t not in heads
                and t not in given_names()
            ):
                # «رفضت الغالية بنت سيدي مغادرة …، ونفت …»: a name by filiation, no list needed
                end = k + 3
                while end < i and toks[end].text.startswith("ال") and toks[end].text.endswith("ي"):
                    end += 1  # a family name in «الـ…ي» («… بنت احمدو الحسني»)
                self._set_speaker(draft, toks, k, end, "person", k)
                draft.resolved_from = None
                draft.continues = False
                return
            if (
                t in given_names()
                and (k == 0 or toks[k - 1].text in ("،", ","))
                and k + 1 < i
                and heads.get(toks[k + 1].text) is not None
            ):
                continue  # «من جانبها، طالب الوزير …»: a clause-opening verb that spells a name
            if heads.get(t) in ("title", "org", "gov", "outlet") or t in given_names():
                end, kind, name_at = self.noun_phrase(toks, k, i)
                if possessor:
                    cut = _before_possessed(toks, k, end)
                    if cut >= end:
                        return  # no thing possessed after it: not «لـX رأي آخر»
                    end, name_at = cut, name_at if name_at is not None and name_at < cut else None
                if end > k:
                    self._set_speaker(draft, toks, k, end, kind, name_at)
                    if end < i and toks[end].text in ("،", ","):
                        self._appositions(toks[:i], end, i, draft)  # «…، الدكتورة X Y، …»
                    draft.resolved_from = None
                    draft.continues = False
                return
            opens_clause = k > 0 and toks[k - 1].text in BUT
            if (
                (t in ("،", ",") and k > 3)
                or (is_complementiser(toks, k) and not opens_clause)
                or t == ":"
                or t in OPEN_QUOTES
            ):
                return  # past the subject: the rest is content


# «وفوق الصورة كتبت …», «وتحت الصورة …»: a place before the verb opens no subject
PLACE_PREPOSITIONS = frozenset(
    fold(w) for w in "فوق تحت أمام خلف داخل خارج حول عند أسفل بجانب".split()
)
# trying to reach someone: «حاولت الصحيفة الاتصال بـ…/التواصل مع …»
CONTACTING = frozenset(fold(w) for w in "الاتصال التواصل بالاتصال بالتواصل".split())
# feminine-looking words that qualify a man: «الشيخ العلامة», «الداعية»
MASCULINE_IN_TAA = frozenset(fold(w) for w in "العلامة الداعية الخليفة الرحالة".split())


def _role_then_given_name(toks: list[Token], i: int, limit: int, names: frozenset[str]) -> bool:
    """A definite word that no list knows, then a known given name: the word is the person's
    role («اللاعب سامر …», «الروائية هند …»), not an institution.

    >>> from khabar.components._draft import tokenize
    >>> from khabar.components._ar_lexicon import given_names
    >>> _role_then_given_name(tokenize("اللاعب سامر الكردي"), 0, 3, given_names())
    True
    >>> _role_then_given_name(tokenize("الاتفاق سامر"), 0, 1, given_names())
    False
    """
    if i + 1 >= limit:
        return False
    first, second = toks[i].text, toks[i + 1].text
    return (
        is_definite(first)
        and first.isalpha()
        and first not in names
        and second in names
        and not is_stop(second)
        and second not in NOT_GIVEN_NAMES
    )


def _family_name_after_verb(toks: list[Token], heads: dict[str, str]) -> bool:
    """The sentence opens «وفعل الـ…ي»: a verb with «و», then a family name in «الـ…ي» that
    is no head word nor given name, then a word without «ال» (its object: «هذه المطالب»).

    >>> from khabar.components._draft import tokenize
    >>> from khabar.components._ar_lexicon import speaker_heads
    >>> _family_name_after_verb(tokenize("ورفض الكردي هذه المطالب"), speaker_heads())
    True
    >>> _family_name_after_verb(tokenize("ورفض الوزير هذه المطالب"), speaker_heads())
    False
    """
    if len(toks) < 3 or not toks[0].text.startswith("و") or not 4 <= len(toks[0].text) <= 6:
        return False
    if is_definite(toks[0].text[1:]) or head_of(toks[0].text[1:]) is not None:
        return False
    name, nxt = toks[1].text, toks[2].text
    return (
        name.startswith("ال")
        and name.endswith("ي")
        and len(name) >= 5
        and name not in heads
        and name not in given_names()
        and not is_definite(nxt)
    )


def _unagreeing_object(head: str, word: str, head_type: str) -> bool:
    """A definite masculine title («المسؤول», «المدير») followed by a definite feminine
    noun («القاعة»): the noun cannot be its adjective, so it is the verb's object.

    >>> _unagreeing_object("المسوول", "القاعه", "title"), _unagreeing_object("المدير", "العام", "title")
    (True, False)
    """
    return (
        head_type == "title"
        and is_definite(head)
        and not head.endswith(("ه", "ات", "ون", "ين"))
        and word.endswith("ه")
        and word not in MASCULINE_IN_TAA
        and word not in honorifics()
    )


def possessor_head(word: str, heads: dict[str, str]) -> bool:
    """«لنقابة» in «غير أن لنقابة الخبازين رأيًا آخر»: لـ + an indefinite speaker head (the
    possessive predicate "X has …"); not «للنقابة», whose article the preposition swallowed.

    >>> possessor_head("لنقابه", {"نقابه": "org"}), possessor_head("للنقابه", {"النقابه": "org"})
    (True, False)
    """
    return (
        word.startswith("ل")
        and not word.startswith("لل")
        and heads.get(word[1:]) in ("title", "org", "gov", "outlet")
    )


def _before_possessed(toks: list[Token], k: int, end: int) -> int:
    """Where the possessor «نقابة الخبازين» of «لنقابة الخبازين رأيًا آخر» ends: its construct
    chain closes at its first definite word (or quoted name) and the definite adjectives after
    it; the first indefinite word after that is the thing possessed."""
    m, closed = k + 1, False
    while m < end:
        t = toks[m].text
        if t in OPEN_QUOTES:
            m = next((c for c in range(m + 1, end) if toks[c].text in CLOSE_QUOTES), end - 1)
            closed = True
        elif is_definite(t):
            closed = True
        elif closed:
            return m
        m += 1
    return end


def _title_only(toks: list[Token], j: int, draft: Draft) -> bool:
    """The speaker before the comma at ``j`` is a title with no name («رئيسة الرابطة»)."""
    if draft.speaker is None or draft.name not in (None, draft.speaker):
        return False
    first = next((m for m in range(j - 1, -1, -1) if toks[m].start <= draft.speaker[0]), j)
    return speaker_heads().get(toks[first].text) == "title"


def _names_someone(toks: list[Token], name_at: int | None) -> bool:
    """An apposition after a named speaker renames them only when it holds a given name:
    «فادي سمعان، الرئيس التنفيذي لشركة "ميناء" للشحن،» keeps «فادي سمعان»."""
    return name_at is not None and toks[name_at].text in given_names()

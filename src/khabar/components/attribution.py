"""Component: find attributed statements (cue, speaker, content, kind, via) sentence by sentence.

The language rules (:mod:`attr_ar`, :mod:`attr_en`) return drafts in normalised offsets; this
component maps them back to the original text, numbers the statements and gives a dropped
subject («وأضاف»، "He added") the speaker of the statement it continues.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Protocol

from khabar.components._draft import Draft, Token, tokenize
from khabar.model import Cue, Document, Span, Speaker, Statement
from khabar.text import NormalizedText

NON_PERSON_TYPES = frozenset({"organisation", "government", "outlet"})
PRONOUN_SPEAKERS = frozenset(
    {"he", "she", "they", "it", "we", "هو", "هي", "هم"}
    # honorifics that stand for a person already named: «وقال سموه», «وأكدت معاليها»
    | {"سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سعادته", "سعادتها", "دولته"}
)


class Rules(Protocol):
    def sentence_drafts(self, toks: list[Token]) -> list[Draft]: ...


def rules_for(lang: str, norm: str, original: NormalizedText | None = None) -> Rules:
    if lang == "en":
        from khabar.components.attr_en import EnglishRules

        return EnglishRules(norm, original)
    from khabar.components.attr_ar import ArabicRules

    return ArabicRules(norm, original)


@cache
def cue_trigger(lang: str) -> re.Pattern[str]:
    """One regex that finds any cue word: sentences without a match are skipped."""
    from khabar.lang import load_rows
    from khabar.text import fold
    from khabar.text.trie import trie_pattern

    forms = {fold(f) for row in load_rows(lang, "cues") for f in row[0].split("|")}
    if lang == "ar":
        forms |= {"بحسب", "جاء فيه", "جاء فيها", "ورد فيه", "ورد فيها", "تعذر", "يتعذر"}
        # «لم يتسنَّ/لم تتمكن … التحقق»: only these «لم» open a statement
        could_not = r"لم\s+(?:يتسن|تتسن|يتمكن|تتمكن|نتمكن|يتح|تستطع|يستطع|نستطع)"
        return re.compile(rf"(?<!\w)[وف]?(?:{trie_pattern(forms)}|{could_not})(?!\w)")
    return re.compile(rf"\b{trie_pattern(forms)}\b")


class Attribute:
    name = "attribute"
    requires = ("norm", "sentences", "quotes")
    assigns = ("statements",)

    def __call__(self, doc: Document) -> Document:
        assert doc.norm is not None
        norm = doc.norm
        rules = rules_for(doc.lang, norm.text, norm)
        trigger = cue_trigger(doc.lang)
        recent = _RecentSpeakers()
        skip_next = False
        # «… إلى ٢١٢.. والمختبر يؤكد السالمونيلا»: a headline may hold two sentences
        headline_end = doc.paragraphs[0].end if _is_headline(doc) else -1
        paragraph_starts = [p.start for p in doc.paragraphs]
        for index, sentence in enumerate(doc.sentences):
            if sentence.end <= headline_end or skip_next:
                skip_next = False
                continue
            a, b = norm.to_norm(sentence.start), norm.to_norm(sentence.end)
            if _quote_follows_colon(doc, index):
                # «وكتب الوزير على منصة إكس:» and the post in the next paragraph
                b = norm.to_norm(doc.sentences[index + 1].end)
                skip_next = True
            if not trigger.search(norm.text, a, b):
                _no_cue_sentence(doc, sentence, index, recent)
                continue  # no cue word at all: most sentences of an article
            toks = tokenize(norm.text, a, b)
            if not toks:
                continue
            drafts = rules.sentence_drafts(toks)
            if not drafts:
                _no_cue_sentence(doc, sentence, index, recent)
                continue
            for draft in drafts:
                st = self._statement(doc, norm, draft, index, len(doc.statements) + 1)
                if st is None:
                    continue
                paragraph = _paragraph_start(paragraph_starts, sentence.start)
                self._resolve_continuation(st, draft, recent, paragraph)
                if doc.lang == "ar":
                    _possessive_title(st, recent)
                _replace_continuation(doc, st)
                doc.statements.append(st)
                if doc.lang == "en":
                    _remember_person_in_content(st, recent)
                if st.speaker is not None and draft.cls != "unverified":
                    # «ونقلت الوكالة عن الوزير قوله …»: the verb's gender is the reporter's
                    recent.add(st.speaker, st.id, draft.gender if draft.via is None else None)
        return doc

    @staticmethod
    def _resolve_continuation(
        st: Statement, draft: Draft, recent: _RecentSpeakers, paragraph: int = 0
    ) -> None:
        """Dropped subjects and pronouns take the last speaker of the same gender; "he"/"she"
        also a newer speaker of unknown gender named in their paragraph (from ``paragraph``)."""
        pronoun = st.speaker is not None and _bare_pronoun(st.speaker.text) in PRONOUN_SPEAKERS
        if st.speaker is None and (draft.cls != "unverified" or draft.continues):
            found = recent.pick(draft.gender)
            if found is not None:
                st.speaker = _continued(found[0], draft)
                st.hints["continues"] = found[1] or None
        elif pronoun:
            assert st.speaker is not None
            word = _bare_pronoun(st.speaker.text)
            people = word in ("he", "she", "هو", "هي")
            near = paragraph if people else None
            found = recent.pick(draft.gender, persons=people, things=word == "it", near=near)
            if found is not None:
                st.speaker = _continued(found[0], draft, "pronoun", st.speaker)
                st.hints["continues"] = found[1] or None
        elif draft.continues:
            found = recent.pick(draft.gender)
            if found is not None:
                st.hints["continues"] = found[1] or None

    def _statement(
        self, doc: Document, norm: NormalizedText, d: Draft, sentence: int, number: int
    ) -> Statement | None:
        content = _span(doc, norm, d.content)
        if not content.text.strip():
            return None
        cue_span = _span(doc, norm, d.cue)
        st = Statement(
            id=f"s{number}",
            cue=Cue(cue_span.text, cue_span.start, cue_span.end, d.lemma),
            content=content,
            kind=d.kind,
            stance=d.stance or "assert",
            handle=_original_handle(doc.text, d.handle),
            sentence=sentence,
        )
        if d.speaker is not None:
            st.speaker = _speaker(doc, norm, d.speaker, d.speaker_type, d.name, d.resolved_from)
        if d.via is not None:
            st.via = _speaker(doc, norm, d.via, d.via_type, None, None)
        st.hints["frame"] = [norm.to_orig_span(*f) for f in d.frame]
        st.hints["cls"] = d.cls
        if d.stance:
            st.hints["cue_stance"] = d.stance
        return st


class _RecentSpeakers:
    """The speakers met so far, newest last, with the grammatical gender seen for each."""

    def __init__(self) -> None:
        self.items: list[tuple[Speaker, str, str | None]] = []
        # the gender last seen for each speaker key (speakers are not changed while the
        # article is read, so a key looked up here is the one a walk back through the
        # items would find)
        self._genders: dict[str, str] = {}
        # people an organisation's statement named as its subject («Omar Nadim left the cabinet …,
        # his office said»): the "he" of a later quote when no person has spoken
        self.mentioned: list[Speaker] = []

    def add(self, sp: Speaker, sid: str, gender: str | None) -> None:
        key = (sp.name or sp.text).lower()
        gender = gender or self._genders.get(key)
        self.items.append((sp, sid, gender))
        if gender:
            self._genders[key] = gender

    def pick(
        self,
        gender: str | None,
        persons: bool = False,
        things: bool = False,
        near: int | None = None,
    ) -> tuple[Speaker, str] | None:
        """The newest speaker of that gender (or of unknown gender), else the newest one.

        ``persons``: only people can be "he"/"she"; ``things``: only organisations "it".
        ``near``: where the pronoun's paragraph starts — a speaker of unknown gender named
        there after the last marked feminine one is the nearer "she" (see :meth:`_nearer`).
        """
        if not self.items:
            return None
        if persons or things:
            wanted = [
                (sp, sid, g)
                for sp, sid, g in self.items
                if (sp.type in NON_PERSON_TYPES) == things and not (persons and _plural(sp))
            ]
            if not wanted and persons and self.mentioned:
                return self.mentioned[-1], ""  # no person spoke yet: the one a statement named
            if not wanted:
                return None if things else self.pick(gender)
            sub = _RecentSpeakers()
            sub.items = wanted
            return sub.pick(gender, near=near)
        recent = self.items[-6:]
        if gender == "f":  # feminine is marked (she, spokeswoman, قالت): trust it first …
            marked = next((k for k in reversed(range(len(recent))) if recent[k][2] == "f"), None)
            if marked is not None:
                sp, sid, _ = recent[self._nearer(recent, marked, near)]
                return sp, sid
        if gender:  # the newest speaker whose known gender does not conflict
            for sp, sid, g in reversed(recent):
                if g is None or g == gender:
                    return sp, sid
        sp, sid, _ = self.items[-1]
        return sp, sid

    @staticmethod
    def _nearer(
        recent: list[tuple[Speaker, str, str | None]], marked: int, near: int | None
    ) -> int:
        """… unless it was named before the pronoun's paragraph and a speaker of unknown
        gender was named in that paragraph: «The spokeswoman … said …. ¶ Tuva Brekke, an
        engineer, said …. A seal "could have cracked", she said.» — "she" is Brekke, the
        newest compatible mention (in one paragraph the marked one stays first)."""
        start = recent[marked][0].start
        if near is None or start is None or start >= near:
            return marked
        for k in reversed(range(marked + 1, len(recent))):
            sp, _, g = recent[k]
            if g is None and sp.start is not None and sp.start >= near:
                return k
        return marked


def _paragraph_start(starts: list[int], offset: int) -> int:
    """Where the paragraph holding ``offset`` starts, of the paragraphs' ``starts``.

    >>> _paragraph_start([0, 40, 95], 60), _paragraph_start([5], 2)
    (40, 2)
    """
    k = bisect_right(starts, offset) - 1
    return starts[k] if k >= 0 else offset


def _possessive_title(st: Statement, recent: _RecentSpeakers) -> None:
    """«ورفض محاميه التعليق»: «his lawyer» is the speaker introduced earlier with that title
    («محامي المتهم الأول، ممدوح نمر»), when there is one among the recent speakers."""
    sp = st.speaker
    if sp is None or sp.resolved_from is not None or " " in sp.text.strip():
        return  # most statements: checked before the imports, which cost a call each
    from khabar.components._ar_lexicon import speaker_heads
    from khabar.text import fold

    word = fold(sp.text)
    for suffix in ("ها", "ه"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and speaker_heads().get(stem) == "title":
            break
    else:
        return
    for earlier, sid, _ in reversed(recent.items[-6:]):
        if fold(earlier.text).split()[:1] == [stem]:
            st.speaker = _continued(earlier, Draft((0, 0), "", (0, 0)), "title", sp)
            st.hints["continues"] = sid or None
            return


def _bare_pronoun(text: str) -> str:
    """Lower case, without Arabic diacritics: «سموّه» → «سموه».

    >>> _bare_pronoun("سموّه"), _bare_pronoun("He")
    ('سموه', 'he')
    """
    return re.sub(r"[\u064b-\u0652\u0670]", "", text).lower()


_PLURAL_PEOPLE = re.compile(
    r"(?i)^(?:[a-z-]+ ){0,2}(?:[a-z-]+(?:ors|ers|erts|ysts|ists|ants|ents|ials|ians|ives|ats)|people|sources)$"
)


def _plural(sp: Speaker) -> bool:
    """«Prosecutors», «Several analysts», «Legal experts»: a group, never "he" or "she".

    >>> _plural(Speaker("Several analysts", 0, 16, None))
    True
    >>> _plural(Speaker("Legal experts", 0, 13, None))
    True
    >>> _plural(Speaker("Rui Mendes", 0, 10, "Rui Mendes"))
    False
    """
    return bool(_PLURAL_PEOPLE.match(sp.text))


def _span(doc: Document, norm: NormalizedText, rng: tuple[int, int]) -> Span:
    a, b = norm.to_orig_span(*rng)
    while b < len(doc.text) and doc.text[b] in _ARABIC_MARKS:
        b += 1  # «وشيكاً»: the diacritics after the last letter belong to the word
    return doc.span(a, b)


# [\u064b-\u0652\u0670] as a set: one lookup per end of a span, not a regex call
_ARABIC_MARKS = frozenset(map(chr, [*range(0x064B, 0x0653), 0x0670]))


def _speaker(
    doc: Document,
    norm: NormalizedText,
    rng: tuple[int, int],
    kind: str,
    name: tuple[int, int] | None,
    resolved_from: str | None,
) -> Speaker:
    s = _span(doc, norm, rng)
    name_text = _span(doc, norm, name).text if name else None
    return Speaker(s.text, s.start, s.end, name_text, kind, resolved_from if name_text else None)


def _continued(
    last: Speaker, d: Draft, how: str = "dropped_subject", mention: Speaker | None = None
) -> Speaker:
    """The previous speaker, marked as resolved (the pronoun's own span when there is one)."""
    if mention is not None:
        return Speaker(
            mention.text, mention.start, mention.end, last.name or last.text, last.type, how
        )
    return Speaker(last.text, last.start, last.end, last.name or last.text, last.type, how)


def _original_handle(text: str, handle: str | None) -> str | None:
    """The handle as written in the article (the rules saw it lower-cased), with the dotted
    parts the tokenizer cut off («@samer.haddad»).

    >>> _original_handle("كتب على حسابه (@Samer.Marouf) أن", "@samer")
    '@Samer.Marouf'
    """
    if not handle:
        return None
    m = re.search(re.escape(handle) + r"(?:\.\w+)*(?!\w)", text, re.IGNORECASE)
    return m.group() if m else handle


def _is_headline(doc: Document) -> bool:
    """The first line is a headline when it stands alone and has no final full stop."""
    if len(doc.paragraphs) < 2 or not doc.sentences:
        return False
    first = doc.paragraphs[0]
    text = first.text.strip()
    return (
        doc.sentences[0].end <= first.end
        and len(text) < 250
        and not text.endswith((".", "؟", "?", "!", '"', "»", "”", ":"))
    )


def _no_cue_sentence(doc: Document, sentence: Span, index: int, recent: _RecentSpeakers) -> None:
    """A sentence without a statement of its own: a quote going on, or a person to remember."""
    follow = _quote_continuation(doc, sentence, index)
    for cont in follow:
        cont.id = f"s{len(doc.statements) + 1}"
        doc.statements.append(cont)
    if not follow and doc.lang == "en":
        _remember_narrative_person(sentence, recent)


def _quote_continuation(doc: Document, sentence: Span, index: int) -> list[Statement]:
    """A sentence that is only a quotation, right after a direct quote, goes on with it.

    «"…," she told reporters. "The numbers will keep climbing."» — the second quote has the
    same speaker and cue. A quotation that runs over paragraphs gives one statement per
    paragraph, as newsroom annotators count them.
    """
    if not doc.statements:
        return []
    prev = doc.statements[-1]
    text = sentence.text
    if prev.sentence != index - 1 or prev.kind not in ("direct", "mixed") or prev.speaker is None:
        return []
    if not text or text[0] not in '"“«' or text.rstrip(".").rstrip()[-1:] not in '"”»':
        return []
    inner_end = sentence.start + len(text.rstrip(".").rstrip()) - 1
    content = doc.span(sentence.start + 1, inner_end)
    inner = re.sub(r"\n\s*[\"“«]", "\n", content.text)  # re-opening marks of later paragraphs
    if not content.text.strip() or any(q in inner for q in '"“”«»'):
        return []
    out = []
    for m in re.finditer(r"[^\n]+", content.text):
        piece = m.group().lstrip('"“« ')
        if not piece.strip():
            continue
        start = content.start + m.end() - len(piece)
        out.append(_continued_quote(doc, prev, doc.span(start, content.start + m.end()), index))
    return out


def _continued_quote(doc: Document, prev: Statement, content: Span, index: int) -> Statement:
    sp = prev.speaker
    assert sp is not None
    st = Statement(
        id=f"s{len(doc.statements) + 1}",
        cue=prev.cue,
        content=content,
        speaker=Speaker(sp.text, sp.start, sp.end, sp.name, sp.type, sp.resolved_from),
        kind="direct",
        sentence=index,
    )
    st.hints["continues"] = prev.id
    st.hints["frame"] = []
    st.hints["cls"] = "quote_continuation"
    return st


def _replace_continuation(doc: Document, st: Statement) -> None:
    """«"…," X said. ¶ "…" ¶ She said.»: a bare attribution whose content is the quotation the
    previous statement went on with replaces that continuation (and takes its id)."""
    last = doc.statements[-1] if doc.statements else None
    if (
        last is not None
        and last.hints.get("cls") == "quote_continuation"
        and (last.content.start, last.content.end) == (st.content.start, st.content.end)
    ):
        doc.statements.pop()
        st.id = last.id


def _quote_follows_colon(doc: Document, index: int) -> bool:
    """The sentence ends with «:» and the next one is a quotation (a post, a long quote)."""
    if index + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[index + 1].text
    return doc.sentences[index].text.rstrip().endswith(":") and nxt[:1] in '"“«„'


_EN_WORD = r"[A-Z][\w'’-]+"
_EN_NAME = r"[A-Z][\w'’-]+(?: (?:al-|el-|bin |ibn |Abu |Al |de |van )?[A-Z][\w'’-]+){1,3}"
_EN_ROLE = (
    r"(?:minister|spokesman|spokeswoman|spokesperson|chief|executive|director|official|"
    r"leader|president|governor|mayor|analyst|economist|expert|head|chairman|chairwoman|"
    r"lawyer|doctor|engineer|mother|father|widow|resident|farmer|owner|worker)"
)
_NARRATIVE_PERSON = (
    # «The deputy energy minister, Yusuf Karam, has been more cautious.», «Nabar's water minister, …»
    re.compile(
        rf"^(?:But |And |Meanwhile, )?(?:[Tt]he|[A-Z][\w-]+['’]s) [a-z -]{{0,40}}?{_EN_ROLE}, (?P<name>{_EN_NAME}),"
    ),
    # «Umm Khaled, a mother of three, …»
    re.compile(rf"^(?:But |And |Meanwhile, )?(?P<name>{_EN_NAME}), (?:a|an|the) "),
    # «Deputy Energy Minister Yusuf Karam has …», «But incumbent Ghassan Aziz hit back.»
    re.compile(
        rf"^(?:But |And |Meanwhile, )?(?:[A-Za-z-]+ ){{0,4}}?(?P<name>{_EN_NAME}) (?:has|had|was|is|hit|went|took|struck|appeared|seemed|looked|remained|[a-z]{{3,}}ed)\b"
    ),
    # «Omar Brik, who has been held since May, pleaded not guilty.», «Brik, for his part, …»
    re.compile(rf"^(?P<name>{_EN_WORD}(?: {_EN_WORD}){{0,3}}), who [^,.]{{1,90}}, [a-z]"),
    re.compile(rf"^(?P<name>{_EN_WORD}(?: {_EN_WORD}){{0,3}}), for (?:his|her) part,"),
    # «That account was contradicted by Sheikh Amin Marouf, the mediator …»: a passive's agent
    re.compile(
        rf"^[A-Z][^.]{{0,60}}? (?:was|were|has been|have been|had been) [a-z]{{3,}}ed by (?P<name>{_EN_NAME})[,.]"
    ),
)


_CONTENT_PERSON = re.compile(
    rf"^(?P<name>{_EN_NAME}) (?:has|had|was|is|would|will|left|quit|took|fled|lost|won|met|[a-z]{{3,}}ed)\b"
)


def _remember_person_in_content(st: Statement, recent: _RecentSpeakers) -> None:
    """«Omar Nadim left the cabinet on Friday, his office said. Speaking to reporters, he said …»: the
    person that «his office» belongs to is the next "he"; the person an organisation's
    statement opens with is the "he" when no person has spoken."""
    if st.speaker is None:
        return
    owner = st.speaker.text.lower().split()[:1]
    if st.speaker.type not in NON_PERSON_TYPES and owner not in (["his"], ["her"]):
        return
    m = _CONTENT_PERSON.match(st.content.text)
    if m:
        a, b = m.span("name")
        text = st.content.text[a:b]
        start = st.content.start + a
        person = Speaker(text, start, start + len(text), text, "person", None)
        if owner in (["his"], ["her"]):  # «X left the cabinet, his office said»: «his» is X
            recent.add(person, "", "m" if owner == ["his"] else "f")
        else:
            recent.mentioned.append(person)


def _remember_narrative_person(sentence: Span, recent: _RecentSpeakers) -> None:
    """A person introduced in narration can be the "he"/"she" of a later quote.

    «The deputy minister, Yusuf Karam, has been more cautious. Asked …, he said …»
    """
    for pattern in _NARRATIVE_PERSON:
        m = pattern.match(sentence.text)
        if m:
            a, b = m.span("name")
            text = sentence.text[a:b]
            sp = Speaker(text, sentence.start + a, sentence.start + b, text, "person", None)
            low = sentence.text.lower()
            gender = (
                "f"
                if re.search(r"\b(?:she|her|woman|mother|widow|spokeswoman|mrs|ms)\b", low)
                else None
            )
            recent.add(sp, "", gender)
            return

"""English attribution rules (subject before the verb is the rule, inversion after quotes).

Shapes handled, sentence by sentence:

* ``Trade Minister Omar Farid said on Tuesday that …`` (speaker, cue, adjuncts, content)
* ``"…," chief executive Paul Renner told reporters.`` / ``"…," said Renner.`` (quote first)
* ``The backlog has grown to 7,500, the company said on Wednesday.`` (content first)
* ``…, according to Ines Varga, an analyst at …`` and ``According to X, …``
* ``He added that …`` (a pronoun: the last speaker)
* ``X could not independently verify …``, ``X declined to comment on …`` (stance cues)
* ``A doctor, Dina Saleh, said a nurse had told her that …`` (an embedded source)
"""

from __future__ import annotations

from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Draft, Token
from khabar.components._en_clauses import (
    NAMED_CLAUSE_CUES,
    date_label,
    named_clause,
    says_at_clause_end,
)
from khabar.components._en_gaps import (
    OPEN_ENDS,
    appended_comparison,
    apposition_end,
    gapped_relative_cue,
    infinitive_content,
    only_next_subject,
    passive_agent,
    quote_ends_clause,
    rejecting,
    relative_antecedent,
    said_inside_relative,
    self_given_name,
    tail_remark,
    take_speaker,
)
from khabar.components._en_lexicon import (
    ADJUNCT_START,
    AUXILIARIES,
    CLAUSE_BREAK,
    CLAUSE_OPENERS,
    DETERMINERS,
    IRREGULAR_PAST,
    OBJ_PRONOUN,
    PERSON_NOUNS,
    PLATFORMS,
    PUNCT,
    SINGLE_CUES,
    SOURCE_DOCS,
    SUBORDINATORS,
    WEAK_CUES,
    cue_lexicon,
    speaker_type,
)
from khabar.components._en_objects import blames_with_object, puts_figure_at
from khabar.components._en_phrases import (
    REPEAT_ADVERBS,
    EnglishPhrases,
    clause_follows,
    manner_adjunct_end,
)
from khabar.components._en_quotes import leading_quote, quotation_before

__all__ = ["EnglishRules"]

NAME_JOINERS = frozenset({"-", "'", "’", "s", "al", "el", "bin", "ibn", "abu", "de", "van"})
TITLE_WORDS = frozenset("vice deputy prime acting former general secretary senior".split())
THAT_WORDS = frozenset({"that", "whether", "it", "he", "she", "they", "there"})
# base forms that report only after a plural subject («Critics argue that …»)
BASE_FORMS = frozenset(
    "deny argue insist warn claim maintain contend acknowledge admit allege estimate".split()
)
NOT_A_SUBJECT = frozenset(
    "nor or not to could can would will may might must should cannot did does do n't".split()
)
# a participle cue after one of these and one more word is a noun: «any written warning»
_NOUN_DETERMINERS = DETERMINERS | {"any", "every"}
# participles that name what the speaker called something, before a quote
NAMING_PARTICIPLES = frozenset("calling describing branding labelling labeling".split())
# «…, two days after …», «…, a week before …»: a time clause after the attribution
INTERVALS = frozenset("hour hours day days week weeks month months year years".split())
NUMBER_WORDS = frozenset("a an two three four five six seven eight nine ten several few".split())
# cues that report from inside a relative clause: «X, which says …, insisted …»
RELATIVE_CUES = frozenset("says said claims insists maintains argues".split())


def finite_verb_ahead(words: list[str], start: int) -> bool:
    """A finite auxiliary within ten words, before any punctuation: a clause follows.

    >>> finite_verb_ahead("at least 300 farms were flooded , called".split(), 0)
    True
    >>> finite_verb_ahead("damages of $5m , called".split(), 0)
    False
    """
    for w in words[start : start + 10]:  # «two clerks from the tax office … had»
        if w in PUNCT or w in ('"', "“", "”"):
            return False
        if w in AUXILIARIES:
            return True
    return False


def _participle_word(word: str) -> bool:
    """A present participle («revising», «bringing»), not «nothing», «during», «morning».

    >>> _participle_word("revising"), _participle_word("nothing"), _participle_word("sing")
    (True, False, False)
    """
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.isalpha()
        and word not in ("nothing", "something", "anything", "everything", "during", "morning")
        and word not in ("evening", "building", "ceiling", "according")
    )


def _quote_soon(words: list[str], j: int, reach: int = 7) -> bool:
    """A quotation opens within ``reach`` - 1 words of ``j``, with no punctuation before it.

    >>> _quote_soon('the plan " a gamble "'.split(), 0), _quote_soon("went unanswered .".split(), 0)
    (True, False)
    """
    for w in words[j : j + reach]:
        if w in ('"', "“", "«"):
            return True
        if w in PUNCT:
            return False
    return False


def _with_before(words: list[str], i: int) -> bool:
    """«with» opens the clause of the participle at ``i`` («…, with the league confirming …»).

    >>> _with_before("talks ended , with the union warning of".split(), 5)
    True
    >>> _with_before("the road lacked warning signs".split(), 3)
    False
    """
    for k in range(i - 1, max(-1, i - 9), -1):
        if words[k] in CLAUSE_BREAK:
            return False
        if words[k] == "with":
            return True
    return False


def _told_that(words: list[str], j: int) -> bool:
    """An addressee of up to eight words, then «that», from ``j`` (after «told»).

    >>> _told_that("the evening courier on friday that about".split(), 0)
    True
    >>> _told_that("him , that".split(), 0)
    False
    """
    for w in words[j : j + 9]:
        if w == "that":
            return True
        if w in PUNCT or w in OPEN_QUOTES or w in OBJ_PRONOUN:
            return False
    return False


class EnglishRules(EnglishPhrases):
    """Find statement drafts in one English sentence (lower-cased normalised tokens)."""

    def sentence_drafts(self, toks: list[Token]) -> list[Draft]:
        cut = self._after_quoted_full_stop(toks)
        if cut is not None:  # «… would reopen "when the audit ends." She has denied …»
            return self._clause_drafts(toks[:cut]) + self.sentence_drafts(toks[cut:])
        return self._clause_drafts(toks)

    def _after_quoted_full_stop(self, toks: list[Token]) -> int | None:
        """Where a new sentence starts after a quotation that closes its own sentence
        («… "nothing was hidden." Officials said …»), which the segmenter keeps in one piece
        (its full stop is inside the quote); None when there is none, or when the quotation
        opens the sentence («"…." She said …»: the quotation is what she said)."""
        for k in range(3, len(toks)):
            if not (
                toks[k - 1].text in CLOSE_QUOTES
                and toks[k - 2].text in (".", "!", "?")
                and toks[k].text.isalpha()
                and self._capital(toks[k])
            ):
                continue
            opened = next((m for m in range(k - 3, -1, -1) if toks[m].text in OPEN_QUOTES), None)
            if opened is not None and opened > 0:
                return k
        return None

    def _clause_drafts(self, toks: list[Token]) -> list[Draft]:
        drafts: list[Draft] = []
        outer: Draft | None = None  # «The company said it rejected …»: whose «it» comes next
        hits = self._without_embedded(toks, self._hits(toks))
        hits = [h for h in hits if not self._idle_weak_cue(toks, h[0], h[1])]
        for k, (i, n, lemma, cls, stance) in enumerate(hits):
            nxt = hits[k + 1][0] if k + 1 < len(hits) else len(toks)
            d = self._draft(toks, i, n, lemma, cls, stance, nxt)
            coordinated = i > 0 and toks[i - 1].text in ("but", "and", "yet")
            if (
                d is not None
                and (d.cls == "part" or coordinated)
                and d.speaker is None
                and not drafts
            ):
                # «…, saying …», «X welcomed the deal but warned that …»: the clause's subject
                self._clause_subject(toks, i, d)
            if d is not None and d.cls == "part" and d.speaker is None and k > 0 and not drafts:
                # «The account @x, which …, posted again on Sunday, writing that …»: the
                # subject of the cue before, which said nothing of its own
                self._previous_subject(toks, hits[k - 1], d)
            if d is not None and d.own_quote is not None:
                drafts.append(self._quote_of_its_own(toks, d, d.own_quote))
            if outer is not None and d is not None:
                take_speaker(d, outer)
            elif outer is not None:
                drafts.append(outer)  # the next cue made no statement: keep this one
            outer = None
            if d is not None and k + 1 < len(hits) and only_next_subject(toks, d, nxt):
                outer = d
            elif d is not None:
                drafts.append(d)
        if outer is not None:
            drafts.append(outer)
        return drafts

    @staticmethod
    def _quote_of_its_own(toks: list[Token], d: Draft, quote: tuple[int, int]) -> Draft:
        """«"They went there to help." She said the work was on hold.»: the quoted sentence
        before the subject is a statement of its own, with the speaker and cue of ``d`` (which
        took the clause after the cue as its content)."""
        open_at, close_at = quote
        return Draft(
            cue=d.cue,
            lemma=d.lemma,
            content=(toks[open_at].end, toks[close_at].start),
            speaker=d.speaker,
            speaker_type=d.speaker_type,
            name=d.name,
            resolved_from=d.resolved_from,
            kind="direct",
            stance=d.stance,
            frame=[(toks[close_at].end, d.cue[1])],
            cls=d.cls,
            gender=d.gender,
        )

    def _previous_subject(
        self, toks: list[Token], hit: tuple[int, int, str, str, str], d: Draft
    ) -> None:
        """Give the participle draft ``d`` the subject of the cue ``hit`` before it, when
        that cue made no statement; after a posting verb whose subject holds a handle
        («The account @grey_lantern … posted …, writing that …») it is a post."""
        i, _n, _lemma, cls, _stance = hit
        if cls not in ("say", "write", "cont"):
            return
        subject = self._subject_before(toks, i)
        if subject is None or toks[subject[0]].text in ADJUNCT_START:
            return  # «…, on Monday (Jan 5) wrote a letter, saying …»: no subject before the cue
        self._set_speaker(d, toks, *subject)
        d.continues = False
        handle = self._handle(toks, subject[0], subject[1])
        if cls == "write" and handle is not None:
            d.kind, d.handle = "social_post", handle

    def _clause_subject(self, toks: list[Token], i: int, d: Draft) -> None:
        """«Club vice-president Hani Arfaj called the claims "baseless", saying …»: a participle
        after a clause whose verb reports nothing speaks for that clause's subject (a name
        and its title, read from the capitals of the original text)."""
        if self.original is None:
            return
        k = 0
        while k < min(i, 12):
            t = toks[k].text
            capital = self._capital(toks[k])
            if capital or t in NAME_JOINERS or PERSON_NOUNS.fullmatch(t) or t in TITLE_WORDS:
                k += 1
                continue
            if k > 0 and t.isalpha() and not self._finite_verb(t) and self._role_ahead(toks, k, i):
                k += 1  # «Nabar's water minister Marwan …»: a word of the title
                continue
            break
        if k == 1 and toks[0].text in ("the", "a", "an"):
            # «The airline cancelled all flights, saying …»: a determiner and a common noun
            while k < min(i, 3) and toks[k].text.isalpha() and not self._finite_verb(toks[k].text):
                k += 1
        end = k
        aside = apposition_end([t.text for t in toks[:i]], k)
        if aside is not None:
            k = aside  # «Hala Dunmore, director of the Tenants' Forum, welcomed … but said …»
        verb = toks[k].text if k < i else ""
        if end == 0 or not self._finite_verb(verb):
            return
        if verb in ("was", "is") and k + 1 < i and self._finite_verb(toks[k + 1].text):
            return  # «The decision was welcomed by X, saying …»: a passive's subject says nothing
        self._set_speaker(d, toks, 0, k - 1 if aside is not None else k)
        d.continues = False
        d.resolved_from = d.resolved_from if d.resolved_from == "pronoun" else None

    @staticmethod
    def _finite_verb(word: str) -> bool:
        """A past-tense verb or a finite auxiliary: where a clause's subject ends.

        >>> EnglishRules._finite_verb("welcomed"), EnglishRules._finite_verb("water")
        (True, False)
        >>> EnglishRules._finite_verb("cut")
        True
        """
        return (
            (len(word) > 3 and word.endswith("ed"))
            or word in ("has", "had", "was", "is")
            or word in IRREGULAR_PAST
        )

    def _role_ahead(self, toks: list[Token], k: int, i: int) -> bool:
        """A role noun or a capitalised word follows within two words (before ``i``)."""
        for m in range(k + 1, min(i, k + 3)):
            if PERSON_NOUNS.fullmatch(toks[m].text):
                return True
            if self._capital(toks[m]):
                return True
        return False

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
            if subject is not None and any(subject[0] <= h[0] < i for h in hits):
                continue  # «said his members had warned …»: a cue is no part of a subject
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
            if (
                kept
                and kept[-1][3] in ("say", "tell")
                and h[3] in ("say", "tell")
                and toks[h[0] - 1].text == "had"
                and not any(t.text in PUNCT for t in toks[kept[-1][0] : h[0]])
            ):
                continue  # «said his members had warned the ministry …»: what was said
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
            for n in (5, 4, 3, 2, 1):  # «has not been able to verify»: five words
                if i + n > len(texts):
                    continue
                phrase = " ".join(texts[i : i + n])
                if (
                    phrase in lex
                    and (
                        not self._not_a_cue(texts, i, n)
                        or says_at_clause_end(texts, i, n)
                        or self._named_clause(toks, i, n)
                    )
                    and not self._capitalised_inside(toks, i)
                ):
                    lemma, cls, stance = lex[phrase]
                    coordinated = i > 0 and texts[i - 1] in ("but", "and", "yet")
                    if (
                        cls == "unverified"
                        and not coordinated
                        and not self._concessive_subject(toks, i)
                        and any(h[3] in ("say", "cont", "tell") for h in hits)
                    ):
                        break  # «He added that the agency could not confirm …»: stance of the content
                    if lemma == "rule out" and not coordinated and hits:
                        break  # «said he would not rule out casting …»: what was said
                    hits.append((i, n, lemma, cls, stance))
                    i += n - 1
                    break
            i += 1
        return hits

    def _concessive_subject(self, toks: list[Token], i: int) -> bool:
        """«X said a fisherman was injured, though the Gazette could not verify the report»:
        a named subject after «, though/although/but» is a clause of its own, whose stance
        cue speaks for that subject, not a part of what X said."""
        for k in range(i - 1, max(0, i - 8), -1):
            t = toks[k].text
            if t in ("though", "although", "but") and toks[k - 1].text == ",":
                return k + 1 < i and self._capital(
                    toks[k + 1 if toks[k + 1].text != "the" else k + 2]
                )
            if not t.isalpha():
                return False
        return False

    @staticmethod
    def _not_a_cue(texts: list[str], i: int, n: int) -> bool:
        """Passives («were warned»), embedded sources («had told her that»), nouns after «the»."""
        prev = texts[i - 1] if i > 0 else ""
        nxt = texts[i + n] if i + n < len(texts) else ""
        if gapped_relative_cue(texts, i, n):
            return True  # «…, far more than the 300 the utility first reported.»
        if said_inside_relative(texts, i):
            return True  # «the bridge, which she had said on Tuesday was safe, had …»
        if date_label(texts, i, n):
            return True  # «Posted: 03/14/2013 06:37 AM»: a page's date line
        part = n == 1 and cue_lexicon().get(texts[i], ("", "", ""))[1] == "part"
        after_comma = (
            prev == ","
            or (prev in CLOSE_QUOTES | {"'"} and texts[i - 2 : i - 1] == [","])
            or (prev == "while" and texts[i - 2 : i - 1] == [","])  # «…, while repeating that»
        )
        if part and not after_comma and not _with_before(texts, i):
            return True  # «lacked warning signs», «the saying goes»: no participle of a speaker
        if (
            prev[:1].isdigit()
            and texts[i].endswith("ed")
            and texts[i] != "said"
            and nxt in (".", ",", ";", "on", "in", "by", "last", "earlier", "this")
        ):
            return True  # «up from 85 reported on Monday»: a participle after a figure
        if texts[i] in ("put", "puts"):
            return not puts_figure_at(texts, i)  # «put the toll at 40», not «put it on hold»
        if texts[i] in ("blamed", "blames") and not blames_with_object(texts, i):
            return True  # «blamed the operator for …»; not «she blamed herself»
        if n == 1 and cue_lexicon().get(texts[i], ("", "", ""))[1] == "call":
            # «called the plan "a gamble"»: a short object, then a quotation; not «emergency
            # calls went unanswered», «called a meeting»
            if not _quote_soon(texts, i + 1):
                return True
        if texts[i] in NAMING_PARTICIPLES:
            # «…, calling them "pure fabrications"», «…, calling the board's 9% levy "far too timid"»;
            # not «calling for talks», «calling on …»
            return nxt in ("for", "on", "upon") or not _quote_soon(texts, i + 1, 11)
        if prev in ("was", "were", "been", "be", "being", "is", "are", "the", "its", "their", "s"):
            return passive_agent(texts, i, n) is None  # «… was announced by X»: X reports
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
        if texts[i].endswith("ing") and i > 1 and texts[i - 2] in _NOUN_DETERMINERS:
            return prev.isalpha()  # «any written warning», «a final warning»: a noun
        after = texts[i + n + 1] if i + n + 1 < len(texts) else ""
        if nxt == "by" and after not in ("phone", "telephone", "email", "text", "video", "letter"):
            return True  # «the 1,200 reported by the authority»: a passive participle
        if prev in ("who", "which") and texts[i] in RELATIVE_CUES:
            # «The airline, which says the strike costs it …, insisted …»: a statement
            return (
                nxt != "that"
                and not clause_follows(texts, i + 1)
                and not finite_verb_ahead(texts, i + 1)  # «which says at least 300 … were»
            )
        if prev in ("has", "have") and i > 1 and texts[i - 2] in ("who", "which") and nxt == "that":
            return False  # «The authority, which has denied that any cargo was lost, said …»
        if prev in ("who", "which") and texts[i] in ("told", "tells") and _told_that(texts, i + 1):
            return False  # «… the weather office, which told the Courier on Friday that …»
        if prev in ("who", "which") or (
            prev in ("had", "has", "have") and i > 1 and texts[i - 2] in ("who", "which")
        ):
            return True  # «Ziani, who had alleged tampering, told …»: a relative clause
        if texts[i] in ("claims", "claim") and (prev.endswith("ing") or rejecting(texts, i)):
            return True  # «probing claims that …», «rejects "claims" that …»: a noun
        if (
            texts[i]
            in ("claims", "claim", "says", "say", "states", "notes", "estimates", "estimate")
            and nxt not in CLAUSE_OPENERS
            and prev not in ("now", "still", "also")  # «The union now says six …»: a verb
        ):
            return True  # «face claims of $40m», «the group's claims», «twice its earlier estimates»: a noun
        if texts[i] in ("posted", "published", "released") and prev in SOURCE_DOCS:
            return True  # «a statement posted on its website»: a participle, not a cue
        if prev == "that" or (prev in SINGLE_CUES and texts[i] != "that"):
            return True  # «said confirmed cases stood at …»: an adjective after the cue
        if texts[i] in BASE_FORMS and prev in NOT_A_SUBJECT:
            return True  # «could neither confirm nor deny», «refused to claim»: not a report
        if texts[i] == "confirming" and prev == "," and nxt != "that":
            return True  # «…, confirming for the first time the claims»: the stance of the clause
        if texts[i] in ("accused", "accuses") and nxt == "of":
            return True  # «15 people accused of selling …»: a participle, not «X accused Y of»
        return texts[i] in ("told", "informed") and nxt in OBJ_PRONOUN

    # -- one cue ----------------------------------------------------------------------

    def _draft(
        self, toks: list[Token], i: int, n: int, lemma: str, cls: str, stance: str, next_cue: int
    ) -> Draft | None:
        cue = (toks[i].start, toks[i + n - 1].end)
        d = Draft(cue=cue, lemma=lemma, content=(0, 0), cls=cls)
        if stance != "assert":
            d.stance = stance
        if i > 1 and toks[i - 1].text in ("was", "were"):  # «… was announced by X»
            agent = passive_agent([t.text for t in toks], i, n)
            if agent is not None:
                return self._passive_report(toks, i, n, d, agent)
        if cls == "part":
            after_while = i > 1 and toks[i - 1].text == "while" and toks[i - 2].text == ","
            if i > 0 and toks[i - 1].text != "," and not after_while:
                return self._absolute_participle(toks, i, n, d, next_cue)
            if lemma == "call":  # «…, describing the deal as "late but welcome"»
                described = self._called(toks, i, n, d)
                if described is not None and described.speaker is None:
                    described.continues = True
                return described
            return self._participle(
                toks, i - 1 if after_while else i, n + 1 if after_while else n, d, next_cue
            )
        if cls == "decline" and toks[i].text.endswith("ing"):
            return self._declining(toks, i, next_cue, d)
        if cls == "passive":
            return self._passive(toks, i, n, d, next_cue)
        if cls == "call":
            return self._called(toks, i, n, d)
        if cls == "acc":
            if (
                i > 0
                and toks[i + n].text
                in ("a", "an")  # «according to the report»: the one named before
                and toks[i + n + 1].text in SOURCE_DOCS
                and not self._document_by(toks, i + n + 2)
            ):
                return None  # «…, according to a statement»: a source document, not a speaker
            return self._according(toks, i, n, d, next_cue)
        inverted = self._inverted_tail(toks, i, n)
        if inverted is not None:  # «… died in prison, said prison spokesman Al Qasim.»
            self._set_speaker(d, toks, inverted[0], inverted[1])
            d.content = (toks[inverted[2]].start, toks[i - 2].end)
            d.kind = self._kind(toks, inverted[2], i - 1, "object")
            d.frame = [(toks[i].start, toks[inverted[1] - 1].end)]
            return d
        subject = self._subject_before(toks, i)
        if cls == "tell" and i > 2 and toks[i - 1].text in ("who", "which"):
            subject = relative_antecedent([t.text for t in toks], i - 2) or subject
        cited = self._cited_source(toks, i)
        if cited is not None:  # «A bulletin by Radio Kessa, citing a police source, said …»
            subject = cited[0]
        quote = self._quote_before(toks, subject[0] if subject else i)
        if (
            quote is not None
            and subject is not None
            and leading_quote(toks, subject[0]) == quote
            and self._starts_sentence(toks, subject[0])
            and self._content_follows(toks, i + n, cls)
        ):
            d.own_quote, quote = quote, None  # «"…." She said the work was on hold.»
        j = i + n
        if subject is None and quote is not None:
            subject_after = self._subject_after(toks, j)
            if subject_after:
                subject = subject_after
                j = subject_after[1]
        if subject is not None:
            self._set_speaker(d, toks, *subject)
            if cited is not None:
                d.via = (toks[cited[1][0]].start, toks[cited[1][1] - 1].end)
                d.via_type = speaker_type([t.text for t in toks[cited[1][0] : cited[1][1]]])
            named = self_given_name([t.text for t in toks], subject[1], i)
            if named is not None:  # «The group, which calls itself Grey Heron, …»
                d.name = (toks[named[0]].start, toks[named[1] - 1].end)
        if quote is not None:
            d.content = (toks[quote[0]].end, toks[quote[1]].start)
            d.kind = "direct"
            handle = self._handle(toks, i, len(toks))
            platform = any(t.text in PLATFORMS for t in toks[i + n : i + n + 4])
            pronoun = subject is not None and subject[1] - subject[0] == 1 and d.resolved_from
            if cls == "write" and not (handle or platform) and pronoun and self.post_handle:
                handle = self.post_handle  # «"…," she wrote.» right after her post: the post
            if cls != "write":
                self.post_handle = None  # another statement between: no longer the post
            if cls == "write" and (handle or platform):
                d.kind, d.handle = "social_post", handle
                self.post_handle = handle
            elif quote_ends_clause([t.text for t in toks], quote[0]):
                # «Rumours that she might step down were "pure fiction", she said.»
                d.content = (toks[0].start, toks[quote[1]].end)
                d.kind = self._kind(toks, 0, quote[1] + 1, "object")
            d.frame = [(toks[quote[1]].end, toks[min(len(toks) - 1, max(j, i + n) - 1)].end)]
            return d
        if cls in ("unverified", "decline"):
            if subject is None and i > 0 and toks[i - 1].text in ("but", "and", "yet"):
                d.continues = True  # «said it was investigating …, but could not confirm …»
            end = self._content_end(toks, i, next_cue)
            first = (
                0 if toks[0].text == "asked" and cls == "decline" else i
            )  # «Asked when …, X declined to comment»
            if cls == "decline" and n == 5 and toks[i + 1].text == "on":
                first = i + 3  # «declined on Tuesday to comment …»: the day dates it, outside
            d.content = (toks[first].start, toks[end - 1].end)
            d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[i].start)]
            return d
        if infinitive_content([t.text for t in toks], i, n):
            start, opener = j, "object"  # «has claimed to hold 40,000 files»
        else:
            j = self._skip_adjuncts(toks, j, cls)
            start, opener = self._content_start(toks, j)
        before = self._content_before(toks, subject[0] if subject else i)
        participle_next = (
            j + 1 < len(toks)
            and toks[j].text == ","
            and cue_lexicon().get(toks[j + 1].text, ("", "", ""))[1] == "part"
        ) or (
            0 < j < len(toks)
            and toks[j - 1].text == ","
            and cue_lexicon().get(toks[j].text, ("", "", ""))[1] == "part"
        )
        subordinate = participle_next or (
            j < len(toks)
            and (
                (toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].text in SUBORDINATORS)
                or (toks[j].text in SUBORDINATORS and toks[j - 1].text == ",")
            )
        )
        subordinate = subordinate or self._interval_clause(toks, j)  # «…, two days after …»
        # «…, the firm said on Monday, raising its forecast»: a participle's remark
        remark = self._time_adjunct_end(toks, i + n)  # the comma after «said (on Friday)»
        subordinate = subordinate or (
            remark + 1 < len(toks)
            and toks[remark].text == ","
            and _participle_word(toks[remark + 1].text)
            and before is not None
            and toks[before[1] - 1].text not in OPEN_ENDS  # «… after, police say, pointing …»
        )
        # «…, the agency said, far more than the 300 first reported»: a remark on the content
        subordinate = subordinate or appended_comparison([t.text for t in toks[: j + 5]], j)
        # «The toll has climbed to 34, the board said on Friday, in the clearest sign yet …»:
        # a whole clause before the attribution is what was said; the words after its comma
        # remark on it
        subordinate = subordinate or (
            before is not None
            and remark < len(toks)
            and toks[remark].text == ","
            and tail_remark([t.text for t in toks], before, remark)
        )
        if start >= len(toks) or toks[start].text in (".", "!", "?") or (subordinate and before):
            if before is None:
                return self._bare_attribution(toks, subject, start, d)
            a, b = before
            d.content = (toks[a].start, toks[b - 1].end)
            d.kind = self._kind(toks, a, b, "object")
            d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[-1].end)]
            handle = self._handle(toks, i, len(toks))
            if handle is not None and cls in ("write", "say"):
                d.kind, d.handle = "social_post", handle  # «…, X wrote on X (@x) on Sunday.»
                self.post_handle = handle
            return d
        parenthetical = self._parenthetical(toks, subject, i + n)
        if parenthetical is not None:  # «Farmers, he argued, had lost their herds.»
            start, opener = 0, "object"
        end = self._content_end(toks, start, next_cue)
        if i > 0 and (
            toks[i - 1].text in ("who", "which")
            or (i > 1 and toks[i - 2].text in ("who", "which"))
            or (subject is not None and subject[0] > 0 and toks[subject[0] - 1].text == "where")
        ):
            # «Nadia Saleh, who says she was never paid, left …»: the clause ends at its comma
            end = next((k for k in range(start, end) if toks[k].text == ","), end)
        if end <= start:
            return None
        if cls == "write" and opener == "object":
            caption = self._caption_quote(toks, start, end)
            if caption is not None:  # «posted a photo (@…) with the caption: "…"»
                start, end, opener = caption[0], caption[1], "colon"
        weak = " ".join(t.text for t in toks[i : i + n]) in WEAK_CUES
        if (
            opener == "object"
            and weak
            and parenthetical is None
            and not self._clause_follows(toks, start)
            and not self._named_clause(toks, i, n)
        ):
            return None  # «responded down the stretch», «went on to win»: not reporting
        d.content = (toks[start].start, toks[end - 1].end)
        if parenthetical is not None:
            d.frame = [(toks[parenthetical[0]].start, toks[parenthetical[1] - 1].end)]
        else:
            d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[start - 1].end)]
        d.kind = self._kind(toks, start, end, opener)
        if d.gender is None and toks[start].text in ("she", "he"):
            d.gender = "f" if toks[start].text == "she" else "m"  # «X said she was …»
        handle = self._handle(toks, i, start)
        self.post_handle = handle if cls in ("write", "say") else self.post_handle
        if cls == "write":
            platform = any(t.text in PLATFORMS for t in toks[i:start])
            if handle or d.kind == "direct":
                d.kind = "social_post"
                d.handle = handle
            elif opener == "object" and not platform:
                return None  # «she wrote her prices in pencil»: writing, not a post
        elif cls == "say" and handle is not None:
            d.kind, d.handle = "social_post", handle  # «said in a post on X (@port_ops) that …»
        self._embedded(toks, start, end, d)
        return d

    def _declining(self, toks: list[Token], i: int, next_cue: int, d: Draft) -> Draft | None:
        """«…, declining to say whether the payout could change»: after a comma, the speaker
        of the clause goes on; the content is the whole predicate, cue included."""
        if i == 0 or toks[i - 1].text != ",":
            return None
        end = self._content_end(toks, i, next_cue)
        if end <= i:
            return None
        d.content = (toks[i].start, toks[end - 1].end)
        d.frame = [(toks[i].start, toks[i].start)]
        d.continues = True
        return d

    def _content_follows(self, toks: list[Token], j: int, cls: str) -> bool:
        """Words of content right after the cue ending at ``j`` (past its adjuncts and object);
        not after a comma («…," she said, tapping a ledger»: a participle, not content)."""
        j = self._skip_adjuncts(toks, j, cls)
        if j >= len(toks) or toks[j].text == ",":
            return False
        start, _ = self._content_start(toks, j)
        return start < len(toks) and toks[start].text not in PUNCT

    def _starts_sentence(self, toks: list[Token], k: int) -> bool:
        """``toks[k]`` is written with a capital (a new sentence after «…."», not «…?" she»)."""
        if self.original is None:
            return True
        return self._capital(toks[k])

    def _bare_attribution(
        self, toks: list[Token], subject: tuple[int, int] | None, start: int, d: Draft
    ) -> Draft | None:
        """«She said.» alone after a quotation (a paragraph of its own, or the sentence before):
        the quotation is its content."""
        if subject is None or subject[0] != 0 or any(t.text not in PUNCT for t in toks[start:]):
            return None
        found = quotation_before(self.norm, toks[0].start)
        if found is None:
            return None
        d.content = found
        d.kind = "direct"
        d.frame = [(toks[0].start, toks[-1].end)]
        return d

    @staticmethod
    def _document_by(toks: list[Token], k: int) -> bool:
        """«a statement posted online on Monday by its spokesman»: the document names its author."""
        for m in range(k, min(len(toks), k + 8)):
            if toks[m].text in PUNCT:
                return False
            if toks[m].text == "by" and toks[m - 1].text not in ("posted", "released"):
                return True
        return False

    @staticmethod
    def _interval_clause(toks: list[Token], j: int) -> bool:
        """«…, the utility said on Monday, three days after a pipe burst»: a time clause.

        >>> EnglishRules._interval_clause([Token(w, 0, 0) for w in ", two days after a".split()], 0)
        True
        >>> EnglishRules._interval_clause([Token(w, 0, 0) for w in ", hours before the".split()], 0)
        True
        """
        words = [t.text for t in toks[j : j + 4]]
        if words[:1] == [","]:
            words = words[1:]
        if len(words) >= 2 and words[0] in INTERVALS and words[1] in ("after", "before"):
            return True  # «…, days after …», «…, hours before …»
        if len(words) < 3 or words[1] not in INTERVALS or words[2] not in ("after", "before"):
            return False
        return words[0].isdigit() or words[0] in NUMBER_WORDS

    def _inverted_tail(self, toks: list[Token], i: int, n: int) -> tuple[int, int, int] | None:
        """«The man died in prison, said prison spokesman Al Qasim.»: (speaker start, speaker
        end, content start) when a short noun phrase after «, said» closes the sentence."""
        if i < 3 or toks[i - 1].text != "," or toks[i].text not in ("said", "says"):
            return None
        if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in toks[:i]):
            return None  # «"…," X, a spokeswoman, said …»: a quotation first
        end = i + n
        while end < len(toks) and toks[end].text not in (".", "!", "?", ",") and end - i <= 8:
            t = toks[end].text
            if t in THAT_WORDS or t == ":" or t in OPEN_QUOTES:
                return None
            end += 1
        closing = end >= len(toks) or toks[end].text in (".", "!", "?")
        relative = not closing and self._relative_to_the_end(toks, end)
        closing = closing or relative  # «…, said Dr Lina Marouf, who runs the clinic.»
        participle = (
            end + 1 < len(toks)
            and toks[end].text == ","
            and cue_lexicon().get(toks[end + 1].text, ("", "", ""))[1] == "part"
        )
        if end == i + n or end - i > 8 or not (closing or participle):
            return None
        named = any(self._capital(t) for t in toks[i + n : end])
        if not named and toks[i + n].text not in ("the", "a", "an"):
            return None  # a name, a titled person or «the report», not «…, said earlier»
        if any(
            t.text.endswith("ed") or t.text in AUXILIARIES or t.text in IRREGULAR_PAST
            for t in toks[i + n : end]
        ):  # «…, said the depot held 40 tonnes»: a clause
            return None  # «X, a spokeswoman, said the agency stood by …»: a clause, not a speaker
        if not relative and self._apposed_subject(toks, i) is not None:
            return None  # (a name and its relative clause close the sentence: no subject before)
        before = self._content_before(toks, i)
        return (i + n, end, before[0]) if before is not None else None

    @staticmethod
    def _relative_to_the_end(toks: list[Token], comma: int) -> bool:
        """«, who heads the clinic.» after ``comma`` closes the sentence (no other comma)."""
        if comma + 2 >= len(toks) or toks[comma].text != "," or toks[comma + 1].text != "who":
            return False
        rest = [t.text for t in toks[comma + 2 :]]
        return rest[-1:] == ["."] and not any(w in PUNCT | OPEN_QUOTES for w in rest[:-1])

    def _idle_weak_cue(self, toks: list[Token], i: int, n: int) -> bool:
        """«… if the walkout continued beyond the weekend»: a weak cue that reports nothing
        (no "that", ":", quote or clause after it) does not cut the statement before it."""
        phrase = " ".join(t.text for t in toks[i : i + n])
        if phrase not in WEAK_CUES or i + n >= len(toks):
            return False
        if self._quote_before(toks, self._short_subject_start(toks, i)) is not None:
            return False  # «"…," he added near the gate.»: the quotation is what he added
        after = i + n + (1 if toks[i + n].text in REPEAT_ADVERBS else 0)  # «insisted again that»
        after = manner_adjunct_end(toks, after)  # «admitted for the first time that»
        nxt = toks[after].text if after < len(toks) else "."
        if nxt in (".", ",", ":", "that") or nxt in OPEN_QUOTES or nxt in CLOSE_QUOTES:
            return False
        if self._named_clause(toks, i, n):
            return False  # «Prosecutors allege Brannagh hid …»
        return not self._clause_follows(toks, after) and nxt not in ("on", "in", "to")

    @staticmethod
    def _short_subject_start(toks: list[Token], i: int) -> int:
        """Where the words before the cue at ``i`` start: back over up to five words to a
        punctuation mark (the subject of «"…," he added …»)."""
        k = i
        while k > 0 and i - k < 5 and toks[k - 1].text not in PUNCT | CLOSE_QUOTES:
            k -= 1
        return k

    def _named_clause(self, toks: list[Token], i: int, n: int) -> bool:
        """«Witnesses say 59-year-old Tamsin Ard was …»: see :func:`named_clause`."""
        if self.original is None or toks[i].text not in NAMED_CLAUSE_CUES:
            return False
        window = toks[: i + n + 12]
        caps = [self._capital(t) for t in window]
        return named_clause([t.text for t in window], caps, i, n)

    @staticmethod
    def _parenthetical(
        toks: list[Token], subject: tuple[int, int] | None, after: int
    ) -> tuple[int, int] | None:
        """«Farmers, he argued, had lost …»: a short subject and cue between commas, inside
        the content; returns the (start, end) of the aside."""
        if subject is None or after >= len(toks) or toks[after].text != ",":
            return None
        a = subject[0]
        if not (1 < a and toks[a - 1].text == "," and subject[1] - a <= 3):
            return None
        if any(t.text in CLOSE_QUOTES or t.text == '"' for t in toks[: a - 1]):
            return None  # «"…," he said, …»: a quote, handled as direct speech
        return (a - 1, after + 1)

    @staticmethod
    def _caption_quote(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
        """The quotation after «:» later in a post's frame («… with the caption: "…"»)."""
        for k in range(start, end - 1):
            if toks[k].text == ":" and toks[k + 1].text in ('"', "“", "«"):
                return k + 1, end
        return None

    def _absolute_participle(
        self, toks: list[Token], i: int, n: int, d: Draft, next_cue: int
    ) -> Draft | None:
        """«…, with the governing body confirming on Wednesday that …»: the noun phrase after
        «with» is the speaker of the participle."""
        w = next((k for k in range(i - 1, max(-1, i - 9), -1) if toks[k].text == "with"), None)
        if w is None or w + 1 >= i or any(t.text in CLAUSE_BREAK for t in toks[w:i]):
            return None
        self._set_speaker(d, toks, w + 1, i)
        j = self._skip_adjuncts(toks, i + n, "say")
        start, opener = self._content_start(toks, j)
        if opener != "complementiser":
            return None
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        d.content = (toks[start].start, toks[end - 1].end)
        d.frame = [(toks[w].start, toks[start - 1].end)]
        d.kind = self._kind(toks, start, end, opener)
        return d

    def _called(self, toks: list[Token], i: int, n: int, d: Draft) -> Draft | None:
        """«called those claims "baseless"», «described the offer as "an insult"»: a short
        object and then a short quotation; anything else («called a meeting») reports nothing."""
        j = i + n
        # «…, calling the board's 9% levy "timid, slow and short of any real plan"»: a participle's
        # object and quotation run longer than a verb's («called it "a gamble"»)
        reach = 12 if toks[i].text in NAMING_PARTICIPLES else 7
        q = next(
            (k for k in range(j + 1, min(len(toks), j + reach)) if toks[k].text in OPEN_QUOTES),
            None,
        )
        if q is None or any(t.text in PUNCT for t in toks[j:q]):
            return None
        close = next(
            (k for k in range(q + 1, min(len(toks), q + reach)) if toks[k].text in CLOSE_QUOTES),
            None,
        )
        if close is None:
            return None
        subject = self._subject_before(toks, i)
        if subject is not None:
            self._set_speaker(d, toks, *subject)
        d.content = (toks[j].start, toks[close].end)
        d.frame = [(toks[subject[0]].start if subject else toks[i].start, toks[i + n - 1].end)]
        d.kind = self._kind(toks, j, close + 1, "object")
        return d

    def _passive_report(
        self, toks: list[Token], i: int, n: int, d: Draft, agent: tuple[int, int]
    ) -> Draft | None:
        """«A review was announced on Tuesday by the audit court»: the agent speaks;
        what it announced is the subject before «was»."""
        start = 1 if toks[0].text in ("but", "and") else 0
        if i - 1 <= start:
            return None
        self._set_speaker(d, toks, *agent)
        d.cue = (toks[i - 1].start, d.cue[1])
        d.content = (toks[start].start, toks[i - 2].end)
        d.frame = [(toks[i - 1].start, toks[agent[1] - 1].end)]
        d.kind = "indirect"
        return d

    def _passive(self, toks: list[Token], i: int, n: int, d: Draft, next_cue: int) -> Draft | None:
        """«It was reported by local media that …»: the agent speaks, hedged."""
        a = b = i + n
        while b < len(toks) and b - a < 8 and toks[b].text != "that":
            if toks[b].text in (",", ".", ";", ":") or toks[b].text in CLOSE_QUOTES:
                return None
            b += 1
        if b == a or b >= len(toks) or toks[b].text != "that":
            return None
        self._set_speaker(d, toks, a, b)
        if i > 0 and toks[i - 1].text == "it":
            d.cue = (toks[i - 1].start, d.cue[1])  # «It was reported by …»
        start = b + 1
        end = self._content_end(toks, start, next_cue)
        if end <= start:
            return None
        d.content = (toks[start].start, toks[end - 1].end)
        d.frame = [(toks[i].start, toks[b].end)]
        d.kind = self._kind(toks, start, end, "complementiser")
        return d

"""English clause shapes around a cue that the plain subject-verb-content reading gets wrong.

* ``…, the agency said, far more than the 300 the utility first reported.`` — a cue inside a
  contact relative clause (a counted noun phrase, then «the utility reported» with its object
  gapped) reports nothing of its own; the comparison after the attribution («, far more than
  …», «, up from 40») is a remark on the content, not the content; so is a place in events
  or an interval after a whole clause («…, the board said on Friday, in the clearest sign yet …»).
* ``The group has claimed to hold the archive.`` — «claimed/vowed/pledged to» + a verb: the
  infinitive is the content, not an adjunct like «said to reporters».
* ``The group, which calls itself Grey Heron, said …`` — the name a speaker gives itself.
* ``Hala Dunmore, director of the forum, welcomed the review but said …`` — the name before
  its apposition is the subject of both verbs.
* ``Rumours that she might step down were "pure fiction", she said.`` — a quotation that ends an
  unquoted clause: the whole clause is the content.
* ``A review was announced on Tuesday by the audit court`` — a passive report: its agent speaks.
* ``The bakery said it rejected claims that …`` — «claims» after a rejecting verb is its object,
  and the «said» whose content is only the next cue's «it» gives way to that statement.

Pure functions over the lower-cased words (or tokens and drafts) of one sentence.
"""

from __future__ import annotations

import re

from khabar.components._draft import Draft, Token
from khabar.components._en_phrases import clause_follows

# adverbs and auxiliaries between a relative clause's subject and its verb
RELATIVE_ADVERBS = frozenset(
    "first initially originally earlier previously had has have already also".split()
)
DETERMINERS = frozenset("the a an its their his her this that".split())
NUMBER = re.compile(r"^\d[\d,.]*$|^(?:hundred|thousand|million|billion|dozen)s?$")
FUNCTION_WORDS = frozenset(
    "of for to in on at by with from about into over under and or but as than".split()
)
# «The next day the minister said, "…"»: a time phrase before a subject, not a gapped object
TIME_NOUNS = frozenset(
    "day days week weeks month months year years morning afternoon evening night time "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def said_inside_relative(texts: list[str], i: int) -> bool:
    """The cue at ``i`` is the verb of a pronoun inside a relative clause whose gap is the
    subject of what follows: «the bridge, which she had said on Tuesday was safe, had …».

    >>> said_inside_relative("the bridge , which she had said was safe , had cracked .".split(), 6)
    True
    >>> said_inside_relative("a grant , which he said would cost millions .".split(), 5)
    False
    >>> said_inside_relative("the mayor , who said the bridge was safe".split(), 4)
    False
    """
    k = i - 1
    while k >= 0 and texts[k] in ("had", "has", "have"):
        k -= 1
    if not (
        k >= 2
        and texts[k] in ("he", "she", "they", "we", "i", "it")
        and texts[k - 1] in ("which", "that", "who")
        and texts[k - 2] == ","
    ):
        return False
    # the clause is closed by a comma and the main clause goes on («…, had also been …»);
    # at the end of the sentence it is a statement of its own («…, which he said would cost …»)
    rest = texts[i + 1 :]
    stop = next((m for m, w in enumerate(rest) if w in (".", "!", "?", ";")), len(rest))
    return "," in rest[:stop] and stop - rest[:stop].index(",") > 2


def gapped_relative_cue(texts: list[str], i: int, n: int) -> bool:
    """The cue at ``texts[i:i+n]`` ends a contact relative clause: a noun phrase (the thing
    reported, a number or a determiner's noun) right before the clause's own subject is its
    gapped object, so nothing follows the cue: «the 300 the utility first reported.», «the
    authenticity of a video the group posted.».

    >>> gapped_relative_cue("far more than the 300 the utility first reported .".split(), 8, 1)
    True
    >>> gapped_relative_cue("a copy of the letter the mayor wrote .".split(), 7, 1)
    True
    >>> gapped_relative_cue("power was cut , the utility reported .".split(), 6, 1)
    False
    >>> gapped_relative_cue("the next day the minister said .".split(), 5, 1)
    False
    """
    after = texts[i + n] if i + n < len(texts) else "."
    if after not in (".", "!", "?", ";", ","):
        return False
    if after == "," and any(w in ('"', "“", "«") for w in texts[i + n + 1 : i + n + 3]):
        return False  # «…, the minister said, "…"»
    k = i - 1
    while k >= 0 and (texts[k] in RELATIVE_ADVERBS or texts[k].endswith("ly")):
        k -= 1
    # the relative clause's subject: a short noun phrase opened by a determiner
    det = next((m for m in range(k, max(-1, k - 4), -1) if texts[m] in DETERMINERS), None)
    if det is None or det == k or not all(w.isalpha() for w in texts[det + 1 : k + 1]):
        return False
    head = det - 1
    if head >= 0 and texts[head] in ("that", "which"):
        head -= 1  # «the 300 that the utility reported»
    if head < 0:
        return False
    if NUMBER.match(texts[head]):
        return True
    # «… a video the group posted»: a determiner's noun right before the subject
    if not texts[head].isalpha() or texts[head] in TIME_NOUNS | DETERMINERS | FUNCTION_WORDS:
        return False  # «a spokesman for the governor declined …»: a preposition's object
    # not a fronted adjunct at the sentence start («In a statement the ministry said.»)
    return any(
        texts[m] in DETERMINERS and not FUNCTION_WORDS & set(texts[m + 1 : head])
        for m in range(max(2, head - 2), head)
    )


INTENSIFIERS = frozenset("far much well nearly almost about roughly slightly still".split())
COMPARATIVES = {
    "than": frozenset("more fewer less higher lower greater larger bigger smaller".split()),
    "from": frozenset(("up", "down")),
    "with": frozenset(("compared",)),
    "to": frozenset(("compared",)),
}


def appended_comparison(words: list[str], j: int) -> bool:
    """``words[j:]`` (at or right after the comma that closes an attribution) open a
    comparison that comments on the content before the attribution: «…, the agency said, far
    more than the 300 …», «…, up from 40 last year», «…, compared with 12 in May». Not the
    content itself.

    >>> appended_comparison(", far more than the 300 the utility reported".split(), 0)
    True
    >>> appended_comparison("said , up from 40 a year earlier".split(), 2)
    True
    >>> appended_comparison("said more than 300 homes had lost power".split(), 1)
    False
    """
    if j < len(words) and words[j] == ",":
        j += 1
    elif not (0 < j <= len(words) and words[j - 1] == ","):
        return False
    if j < len(words) and words[j] in INTENSIFIERS:
        j += 1
    if j + 1 >= len(words):
        return False
    return words[j] in COMPARATIVES.get(words[j + 1], frozenset())


# words that leave the clause before an attribution open («… after, police say, …»)
OPEN_ENDS = frozenset("after before by of to for with and or but that the a an while when".split())
# a clause that opens with one of these is an adjunct, its main clause after the attribution
ADJUNCT_OPENERS = frozenset(
    "after before by in at on during when while as if although though since until once "
    "despite with without because for from".split()
)
# the first words of a remark on what was said: a place in events («in a further sign»,
# «amid …»), a comparison or an interval («nearly double …», «two weeks after …»)
REMARK_OPENERS = frozenset(
    "in as amid with after before despite following nearly almost about roughly around close "
    "more less far well just only up down double triple twice half two three four five six "
    "seven eight nine ten days weeks months hours".split()
)


def tail_remark(words: list[str], before: tuple[int, int], comma: int) -> bool:
    """The clause ``words[before[0]:before[1]]`` before a tail attribution is what was said,
    and the words after the attribution's closing ``comma`` remark on it: «The toll has
    climbed to 34, the board said on Friday, in the clearest sign yet that …».

    Not when the clause is a short adjunct («In Oakridge, the mayor said, roads …»), ends
    open, or a complementiser or a quotation follows the comma (the content after it).

    >>> w = "the toll has climbed to 34 , the board said , in a sign of strain .".split()
    >>> tail_remark(w, (0, 6), 10)
    True
    >>> tail_remark("in oakridge , the mayor said , roads were shut .".split(), (0, 2), 6)
    False
    """
    a, b = before
    if b - a < 4 or words[b - 1] in OPEN_ENDS or words[a] in ADJUNCT_OPENERS:
        return False  # «After a survey of the site, X said, the main worry was …»
    if comma + 1 >= len(words):
        return False
    after = words[comma + 1]
    if after in ("a", "an", "the"):
        return not clause_follows(words, comma + 1)  # «…, the talks would resume»: content
    return after in REMARK_OPENERS or after[:1].isdigit()


BREAKS = frozenset(',;:.!?()"“”«»—–')
# words that end the noun phrase a relative clause hangs on («the count of | the office, which …»)
ANTECEDENT_STOPS = frozenset(
    "of by than from to for with at in on as is was are were has had have be been "
    "and or but that".split()
)


def relative_antecedent(words: list[str], comma: int) -> tuple[int, int] | None:
    """The noun phrase that ends before ``comma`` («, which told …»): back to a preposition, a
    verb or a clause break, at most eight words; None when there is none.

    >>> w = "the tally is above the count of the weather office , which told".split()
    >>> relative_antecedent(w, 10)
    (7, 10)
    >>> relative_antecedent("was represented by a solicitor , marek olsen , who told".split(), 8)
    (6, 8)
    >>> relative_antecedent("by her lawyer , dana al - amin , who told".split(), 8)
    (4, 8)
    """
    if comma < 1 or words[comma] != ",":
        return None
    start = comma
    while start > 0 and comma - start < 8:
        w = words[start - 1]
        if w in BREAKS or w in ANTECEDENT_STOPS or (len(w) > 3 and w.endswith("ed")):
            break
        start -= 1
    return (start, comma) if start < comma else None


# report verbs whose content can be an infinitive: «claimed to hold», «vowed to rebuild»
INFINITIVE_CUES = frozenset("claimed claims claim vowed vows vow pledged pledges pledge".split())
ADDRESSEE_WORDS = frozenset("reporters journalists supporters parliament lawmakers".split())


def infinitive_content(words: list[str], i: int, n: int) -> bool:
    """The cue ``words[i:i+n]`` reports an infinitive clause: «has claimed to hold 40,000
    files», «vowed to rebuild the bridge»; not «vowed to reporters that …» (an addressee).

    >>> infinitive_content("the group has claimed to hold the archive .".split(), 3, 1)
    True
    >>> infinitive_content("he vowed to the crowd that he would stay .".split(), 1, 1)
    False
    """
    j = i + n
    if n != 1 or words[i] not in INFINITIVE_CUES or j + 1 >= len(words) or words[j] != "to":
        return False
    nxt = words[j + 1]
    if nxt in DETERMINERS or nxt in ADDRESSEE_WORDS or not nxt.isalpha():
        return False
    return "that" not in words[j + 1 : j + 5]


REFLEXIVES = frozenset("itself himself herself themselves".split())


def self_given_name(words: list[str], end: int, cue: int) -> tuple[int, int] | None:
    """The name a speaker gives itself in a relative clause between the subject (ending at
    ``end``) and the cue: «The group, which calls itself Red Lantern, has claimed …» → the
    words of «Red Lantern».

    >>> words = "the group , which calls itself red lantern , has claimed to".split()
    >>> self_given_name(words, 2, 10)
    (6, 8)
    """
    if end + 4 >= cue or words[end] != "," or words[end + 1] not in ("which", "who"):
        return None
    if words[end + 2] not in ("calls", "called") or words[end + 3] not in REFLEXIVES:
        return None
    stop = next((k for k in range(end + 4, cue) if words[k] == ","), None)
    if stop is None or not 0 < stop - (end + 4) <= 4:
        return None
    return (end + 4, stop)


def apposition_end(words: list[str], k: int) -> int | None:
    """After a name ending at ``words[k]`` (a comma), the index right after the apposition
    that the comma opens and a second comma closes: «hala dunmore , director of the forum ,
    welcomed …» → the index of «welcomed». None when no short apposition closes there.

    >>> apposition_end("hala dunmore , director of the forum , welcomed it".split(), 2)
    8
    >>> apposition_end("hala dunmore , however".split(), 2) is None
    True
    """
    if k == 0 or k >= len(words) or words[k] != ",":
        return None
    close = next((m for m in range(k + 1, min(len(words), k + 12)) if words[m] == ","), None)
    if close is None or close == k + 1 or close + 1 >= len(words):
        return None
    if any(w in ('"', "“", "”", ";", ":") for w in words[k + 1 : close]):
        return None
    return close + 1


def quote_ends_clause(words: list[str], open_at: int) -> bool:
    """The quotation opened at ``words[open_at]`` (before «, he said») ends a clause that
    starts the sentence unquoted: «rumours that she might step down were " pure fiction " ,
    she said .» — the whole clause is what was said, not only the quoted words.

    >>> quote_ends_clause('rumours that she might step down were " pure fiction " , she said .'.split(), 7)
    True
    >>> quote_ends_clause('" we will stay , " he said .'.split(), 0)
    False
    >>> quote_ends_clause('asked about it , " no comment , " he said .'.split(), 4)
    False
    """
    if open_at < 2:
        return False
    before = words[:open_at]
    return not any(w in PUNCT_MARKS for w in before)


PUNCT_MARKS = frozenset(',;:.!?()"“”«»—–-')


PASSIVE_REPORTS = frozenset("announced confirmed reported disclosed revealed".split())
_AGENT_ENDS = frozenset({",", ".", ";", ":", "which", "who", "that", "and", "after", "before"})


def passive_agent(words: list[str], i: int, n: int) -> tuple[int, int] | None:
    """The agent (word span) of a passive report: «A review of the tender was announced on
    Tuesday by the audit court, which said …» — the court announced the review, and the
    subject before «was» is what it announced.

    >>> w = "a review was announced on tuesday by the audit court , which".split()
    >>> passive_agent(w, 3, 1)
    (7, 10)
    >>> passive_agent("the 300 were reported by the utility".split(), 3, 1) is None
    False
    >>> passive_agent("the road was reported closed".split(), 3, 1) is None
    True
    """
    if n != 1 or i < 2 or words[i] not in PASSIVE_REPORTS or words[i - 1] not in ("was", "were"):
        return None
    by = next((k for k in range(i + 1, min(len(words), i + 6)) if words[k] == "by"), None)
    if by is None or any(w in _AGENT_ENDS for w in words[i + 1 : by]):
        return None
    end = by + 1
    while end < len(words) and words[end] not in _AGENT_ENDS and end - by <= 8:
        end += 1
    return (by + 1, end) if end > by + 1 else None


REJECTING = frozenset(
    "reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed "
    "refute refutes refuted dispute disputes disputed contest contests contested".split()
)


def rejecting(words: list[str], i: int) -> bool:
    """«rejects claims that …», «"firmly rejects" claims that …»: the object of a
    denial, not a cue.

    >>> rejecting('it " firmly rejects " claims that'.split(), 5)
    True
    """
    k = i - 1
    while k >= 0 and words[k] in ('"', "“", "”", "the", "all", "any", "these", "those"):
        k -= 1
    return k >= 0 and words[k] in REJECTING


def only_next_subject(toks: list[Token], d: Draft, nxt: int) -> bool:
    """«The company said it rejected claims that …»: the content of «said» is only «it»,
    the subject of the next cue, which carries the statement (and takes the speaker)."""
    if nxt >= len(toks) or d.content[1] != toks[nxt - 1].end:
        return False
    return d.content[0] == toks[nxt - 1].start and toks[nxt - 1].text in ("it", "he", "she", "they")


def take_speaker(d: Draft, outer: Draft) -> None:
    """The pronoun subject of ``d`` is the speaker of the ``outer`` cue it stands after."""
    d.speaker, d.speaker_type, d.name = outer.speaker, outer.speaker_type, outer.name
    d.resolved_from, d.gender = outer.resolved_from, d.gender or outer.gender
    d.frame = outer.frame + d.frame

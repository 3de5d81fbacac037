"""English reported clauses that open with a name or a number, without «that».

* ``"We are fine," says Kemal Ostry.``, ``"We are fine," Ostry says.``, ``That is the plan,
  the mayor says.``: «says» before a name after a quotation, or closing its clause, is a cue
  (not the noun «his says»).
* ``Witnesses say 59-year-old Tamsin Ard was crossing the road.`` and ``Prosecutors allege
  Brannagh hid the ledger.``: «say/says/allege» before a capitalised name or a number whose
  clause reaches a finite verb is a cue, not the noun «a say», «his says» or an idle weak cue.

* ``Microsoft initially suggested …``, ``They did say …``: an adverb or «did» between the
  subject and the cue is no part of the speaker.
* ``Posted: 03/14/2013 06:37 AM``: a page's date label, not a post.

Pure functions over the lower-cased words of one sentence and, where it matters, which of
them are written with a capital in the original text.
"""

from __future__ import annotations

from khabar.components._en_lexicon import AUXILIARIES, IRREGULAR_PAST, PUNCT

# cues that take a clause opened by a name or a number: «Police say Brannagh had …»
NAMED_CLAUSE_CUES = frozenset("say says allege alleges".split())
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred hundreds thousand thousands dozens".split()
)
# words before the cue that cannot end its subject («refused to say», «did not say», «who says»)
NOT_A_SUBJECT_END = AUXILIARIES | frozenset(
    "to not n't never a an the its their his her which who that and or but".split()
)
# adverbs after which a present-tense verb may follow a name («Ard still runs the port»)
VERB_ADVERBS = frozenset("still also now never already only again".split())
# more irregular past tenses that end a name's clause («Brannagh hid the ledger»)
CLAUSE_PAST = IRREGULAR_PAST | frozenset(
    "hid shot stole ran fled told knew saw drove threw wrote spoke broke fought swore".split()
)
# how far the clause's finite verb may be from the cue (a name with an apposition between)
REACH = 12


CLOSING_QUOTES = frozenset('"”»’')
PLURAL_PRONOUNS = frozenset("they we you people police".split())


def says_at_clause_end(words: list[str], i: int, n: int) -> bool:
    """«say/says» right after a quotation (an inverted speaker follows) or right before the
    end of its clause (the speaker is before it).

    >>> says_at_clause_end('" we are fine , " says kemal ostry .'.split(), 6, 1)
    True
    >>> says_at_clause_end("that is the plan , the mayor says .".split(), 7, 1)
    True
    >>> says_at_clause_end("i want to say , frankly".split(), 3, 1)
    False
    >>> says_at_clause_end("the president has the final say , he said".split(), 5, 1)
    False
    """
    if n != 1 or words[i] not in ("say", "says") or i == 0:
        return False
    prev = words[i - 1]
    nxt = words[i + 1] if i + 1 < len(words) else "."
    if prev in CLOSING_QUOTES or (prev == "," and i > 1 and words[i - 2] in CLOSING_QUOTES):
        return True
    if nxt not in (".", "!", "?", ",") or not prev.isalpha() or prev in NOT_A_SUBJECT_END:
        return False
    # «says» is a verb there; «say» only after a plural subject («officials say.»), not «the
    # final say,» or «heard someone say,»
    return words[i] == "says" or prev.endswith("s") or prev in PLURAL_PRONOUNS


def finite_after_name(words: list[str], caps: list[bool], k: int) -> bool:
    """``words[k]`` is a finite verb of a clause whose subject is a name: an auxiliary, a past
    tense, or a present tense right after the name or an adverb.

    >>> finite_after_name("ard still runs".split(), [True, False, False], 2)
    True
    >>> finite_after_name("ard bus".split(), [True, False], 1)
    False
    """
    w = words[k]
    if caps[k] or not w.isalpha():
        return False
    if w in AUXILIARIES or w in CLAUSE_PAST or (len(w) > 3 and w.endswith("ed")):
        return True
    prev = words[k - 1] if k > 0 else ""
    return len(w) > 3 and w.endswith("s") and (caps[k - 1] or prev in VERB_ADVERBS)


def named_clause(words: list[str], caps: list[bool], i: int, n: int) -> bool:
    """The cue ``words[i:i+n]`` reports a clause that opens with a capitalised name or a
    number and reaches a finite verb before the sentence ends.

    >>> words = "witnesses say 59 - year - old tamsin ard was crossing".split()
    >>> named_clause(words, [w in ("tamsin", "ard") for w in words], 1, 1)
    True
    >>> words = "he had no say kemal".split()
    >>> named_clause(words, [w == "kemal" for w in words], 3, 1)
    False
    """
    j = i + n
    if n != 1 or words[i] not in NAMED_CLAUSE_CUES or i == 0 or j >= len(words):
        return False
    prev = words[i - 1]
    if not prev.isalpha() or prev in NOT_A_SUBJECT_END or prev.endswith(("ed", "ing")):
        return False
    if not (caps[j] or words[j][:1].isdigit() or words[j] in NUMBER_WORDS):
        return False  # «Parents say four papers were leaked»: a number word opens it too
    for k in range(j + 1, min(len(words), j + REACH)):
        if words[k] in PUNCT and words[k] != ",":
            return False
        if finite_after_name(words, caps, k):
            return True
    return False


# «Posted: 05/02/07, 9:00 PM», «Published: 14 March»: the date line of a web page
DATE_LABELS = frozenset("posted published updated".split())


def date_label(words: list[str], i: int, n: int) -> bool:
    """The cue opens the sentence as a page's date label: «posted : 03 / 14 / 2013».

    >>> date_label("posted : 03 / 14 / 2013 06 : 37 am".split(), 0, 1)
    True
    >>> date_label("posted : “ we are open ”".split(), 0, 1)
    False
    """
    if i != 0 or n != 1 or words[0] not in DATE_LABELS or words[1:2] != [":"]:
        return False
    return any(w[:1].isdigit() for w in words[2:6])


# «They did say that …», «They just confirmed …»: words between a subject and its cue
BEFORE_CUE = frozenset("did does do just".split())


def adverb_before_cue(word: str, capitalised: bool) -> bool:
    """An adverb (or «did») between a subject and its cue: «initially», «steadfastly», «just»;
    not a name that ends in -ly («Kelly», written with a capital).

    >>> adverb_before_cue("initially", False), adverb_before_cue("kelly", True)
    (True, False)
    >>> adverb_before_cue("family", False)
    False
    """
    if capitalised:
        return False
    return word in BEFORE_CUE or (len(word) > 5 and word.endswith("ly") and word not in LY_NOUNS)


# nouns and adjectives in -ly that can end a subject («the family», «the assembly said»)
LY_NOUNS = frozenset("family assembly supply ally rally monopoly anomaly daily weekly".split())

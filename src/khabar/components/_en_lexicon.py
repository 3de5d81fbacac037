"""English attribution lexicon: cue verbs (``lang/en/cues.tsv``) and word patterns.

Punctuation and clause-break sets, the patterns that tell a person from an organisation
(``speaker_type(["transport", "minister", "nabil", "qassem"])``) and the speaker's gender.
:mod:`khabar.components.attr_en` builds the rules on top.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.lang import load_rows

PUNCT = frozenset(".,;:!?()")
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "—", "–"})
ADJUNCT_START = frozenset(
    "on in at to during after before late earlier yesterday today last this via from "
    "when while".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
PLATFORMS = frozenset(
    "x twitter facebook telegram instagram tiktok tweet post social media".split()
)
THAT = frozenset({"that", "whether", "how", "why"})
RELATIVE = frozenset({"which", "who", "whose", "where"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
INFORM = re.compile(r"^(?:told|informed|warned)$")
OBJ_PRONOUN = frozenset({"her", "him", "them", "me", "us"})
SINGLE_CUES = frozenset({"said", "says", "told", "added", "noted", "stated", "announced", "wrote"})
# verbs that report only with "that", ":" or a quotation (otherwise they mean something else)
WEAK_CUES = frozenset(
    "responded replied went on continued recalled observed remarked joked complained lamented "
    "boasted vowed pledged countered emphasized emphasised reiterated repeated declared alleged added "
    "adds explained noted notes revealed disclosed reported stressed predicted estimated estimates estimate "
    "acknowledged admitted conceded argued insisted insists concedes acknowledges argues "
    "alleges allege maintains argue insist warn claim maintain contend acknowledge admit concluded concludes".split()
) | {"went on"}
SUBJECT_PRONOUNS = frozenset("he she they it we i there".split())
CLAUSE_OPENERS = frozenset(
    "that the a an it he she they there its his her their we i this these those as at more "
    "about up only no some many most all several".split()
)
# irregular past tenses that end a clause's subject («Ratings agency X cut the rating, saying …»)
IRREGULAR_PAST = frozenset(
    "cut hit put set shut sent kept held made took gave lost left sold paid froze won met led "
    "began brought bought built struck withdrew spent found became rose fell chose drew".split()
)
# «…, X said, without naming any suspects»: "without" opens a remark on how it was said
SUBORDINATORS = frozenset({"as", "while", "after", "when", "amid", "despite", "because", "without"})
SOURCE_DOCS = frozenset({"statement", "report", "post", "video", "letter", "document", "message"})
# a finite verb close after the first words: «insisted it had offered …», «saying the club would …»
AUXILIARIES = frozenset(
    "would will had has have was were is are could can should might may must did does do".split()
)
DETERMINERS = frozenset(
    "the a an its his her their this these those some no all most many our".split()
)


@cache
def cue_lexicon() -> dict[str, tuple[str, str, str]]:
    """Surface form → (lemma, class, stance) from ``lang/en/cues.tsv``."""
    out: dict[str, tuple[str, str, str]] = {}
    for forms, lemma, cls, stance in load_rows("en", "cues"):
        for form in forms.split("|"):
            out[form] = (lemma, cls, stance)
    return out


PERSON_NOUNS = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|director|chief|executive|analyst|doctor|nurse|"
    r"governor|mayor|president|official|officer|engineer|expert|lawyer|councillor|member|"
    r"leader|head|chairman|chairwoman|ambassador|envoy|commander|worker|resident|witness|"
    r"representative|researcher|professor|activist|journalist|farmer|driver|"
    r"secretary|coordinator|manager|founder|owner|captain|headman|economist|coach|judge|"
    r"prosecutor|inspector|deputy|lawmaker|diplomat|surgeon|pilot|teacher|trader|shopkeeper|"
    r"veteran|"
    r"he|she|who)\b"
)
ANONYMOUS = re.compile(
    r"\b(?:an? (?:senior |local |security |government |former )?(?:official|officer)|"
    r"an? (?:[a-z]+(?: ?- ?[a-z]+)? ){0,2}?source|"  # «a judicial source», «a source», «a senior diplomatic source»
    r"sources|officials|who asked not|speaking on condition|not authori[sz]ed|"
    r"(?:people|persons?) familiar with|^(?:one|two|three|some|several|both|each) of them)\b"
)
# the clause that keeps a source anonymous («, who asked not to be named,»): it stays in the
# speaker's text, but the speaker's name is the noun phrase before it
ANONYMITY_CLAUSE = re.compile(
    r"^(?:who|speaking|talking) (?:\w+ ){0,3}?(?:asked not to be|requested anonymity|"
    r"declined to (?:be named|be identified|give (?:his|her|their) names?)|not (?:want|wish) to be (?:named|identified)|"
    r"on condition of anonymity|not authori[sz]ed to)"
)
ORG_WORDS = re.compile(
    r"\b(?:ministry|authority|agency|organi[sz]ation|company|group|council|office|committee|"
    r"shipping|government|army|police|union|bank|crescent|cross|un|nato|eu|unicef|"
    r"department|commission|institute|association|federation|party|movement|court|"
    r"contracting|corporation|inc|ltd|times|post|news|agency|network|"
    r"indictment|report|study|survey|inquiry|investigation|panel|figures|data|documents|filings?|records|"
    r"airline|carrier|club|firm|operator|league|"
    r"dairies|dairy|foods|industries|holdings|airways|pharmaceuticals|laboratory|hospital|"
    r"directorate|foundation|observatory|society|coalition|alliance|syndicate|bureau|"
    r"administration|inspectorate|regulator|municipality|parliament|assembly|secretariat|"
    r"centre|center|forum|trust|charity|consortium|mission|brigades?|front|civil defen[cs]e|"
    r"service|coast ?guard|board|fund)\b"
)


ORG_PHRASE = re.compile(
    r"the (?:[a-z-]+ ){0,4}?(?:ministry|authority|agency|organi[sz]ation|company|group|council|"
    r"office|committee|government|army|police|union|bank|department|commission|service|"
    r"coast ?guard|board|regulator|fund)\b"
)


@cache
def media_names() -> frozenset[str]:
    """Real news outlets cited by name alone ("Reuters reported"), lower-cased
    (``lang/en/media_names.tsv``)."""
    return frozenset(r[0].lower() for r in load_rows("en", "media_names"))


def speaker_type(words: list[str]) -> str:
    """A rough type from the (lower-cased) words of an English speaker phrase.

    >>> speaker_type("a spokeswoman for the un refugee agency".split())
    'person'
    >>> speaker_type("the health ministry".split())
    'organisation'
    >>> speaker_type("a ministry spokeswoman".split())
    'person'
    >>> speaker_type("a senior official who asked not to be named".split())
    'anonymous'
    >>> speaker_type("the nordvik institute ' s karlsen".split())
    'person'
    >>> speaker_type("one of them".split())
    'anonymous'
    >>> speaker_type(["reuters"])
    'outlet'
    >>> speaker_type("the chief inspector ' s office".split())
    'organisation'
    >>> speaker_type("a clerk for the chief inspector ' s office".split())
    'person'
    """
    text = " ".join(words)
    if text.removeprefix("the ") in media_names():
        return "outlet"
    if ANONYMOUS.search(text) or any(
        ANONYMITY_CLAUSE.match(" ".join(words[k:])) for k, w in enumerate(words) if w == "who"
    ):
        return "anonymous"
    org = ORG_WORDS.search(text)
    owned = " ".join(_after_possessor(words))
    if org is None or ORG_WORDS.search(owned) is None:
        return "person"  # no organisation word, or none after «'s»: «the Hastings Center's Murray»
    possessor = words[: len(words) - len(owned.split())]
    if owned != text and not {",", "of", "for", "at", "from", "with", "in"} & set(possessor):
        # «the chief inspector's office»: what follows «'s» is the head (not in «X, an aide
        # of the senate's budget panel»)
        text = owned
        org = ORG_WORDS.search(text)
        assert org is not None
    people = PERSON_NOUNS.finditer(text)
    if any(m.group() != "who" or m.start() < org.start() for m in people):
        return "person"  # «a ministry spokeswoman», «Suhail Nour, who heads the union»
    return "organisation"  # «the ministry», «the group, which …»


def _after_possessor(words: list[str]) -> list[str]:
    """The words after the last possessive «'s» («iran's seismologic center» → «seismologic
    center»); all of them when there is none, or nothing after it."""
    marks = [k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    marks += [
        k + 1 for k, w in enumerate(words[:-1]) if w in ("'", "\u2019") and words[k + 1] == "s"
    ]
    return words[max(marks, default=-1) + 1 :] or words


def english_gender(words: list[str]) -> str | None:
    """ "she", "spokeswoman", "Ms" → "f"; "he", "spokesman", "Mr" → "m"."""
    w = set(words)
    if w & {"she", "her", "spokeswoman", "woman", "ms", "mrs", "chairwoman", "businesswoman"}:
        return "f"
    if w & {"he", "him", "spokesman", "man", "mr", "chairman", "businessman"}:
        return "m"
    return None

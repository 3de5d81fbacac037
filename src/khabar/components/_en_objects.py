"""English cues whose content is an object phrase, not a clause.

* ``The observatory put the number of people arrested at 57.`` — «put/puts» reports a figure
  only before «the number/toll/total … of …» and «at» with an amount; elsewhere («put the
  plan on hold») it reports nothing.
* ``The union blamed the operator for the delays.``, ``… blamed the fire on a faulty cable`` —
  «blamed» reports with an object and «for/on» (the content is the object and what follows).

Pure functions over the lower-cased words of one sentence.
"""

from __future__ import annotations

import re

# the head nouns of a counted figure («the death toll», «the number of people detained»)
FIGURE_NOUNS = frozenset(
    "number numbers toll total quantity amount figure count cost losses damage tally "
    "settlement payout bill value shortfall deficit".split()
)
OPENERS = frozenset("the its their his her our a an".split())
AMOUNT = re.compile(
    r"^(?:\d[\d,.]*|about|around|nearly|almost|roughly|some|somewhere|between|close|less|under|"
    r"more|over|at|up|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|dozens?|tens|several|[$£€])$"
)
STOPS = frozenset(".;:!?")
QUOTES = frozenset('"“')


def puts_figure_at(words: list[str], i: int) -> bool:
    """«put/puts» at ``i`` gives a figure: «put the number of X at N».

    >>> puts_figure_at("the group put the number of people detained at 57 .".split(), 2)
    True
    >>> puts_figure_at("aid groups put the death toll at more than 40 .".split(), 2)
    True
    >>> puts_figure_at('a trader put the bill at " close to $ 9 million " .'.split(), 2)
    True
    >>> puts_figure_at("the council put the plan on hold at its meeting .".split(), 2)
    False
    >>> puts_figure_at("she put the figures in a drawer .".split(), 1)
    False
    >>> puts_figure_at("it put cash holdings at roughly $ 7.5 billion .".split(), 1)
    True
    """
    k = i + 1
    if words[k : k + 1] == ["on"]:
        k += 2  # «put on Wednesday the quantity …»: a time adjunct before the object
    if k < len(words) and _object_at_amount(words, k):
        return True  # «put cash holdings at roughly $7.5 billion»
    if k >= len(words) or words[k] not in OPENERS:
        return False
    head = next((m for m in range(k + 1, min(len(words), k + 5)) if words[m] in FIGURE_NOUNS), None)
    if head is None:
        return False
    for m in range(head + 1, min(len(words) - 1, head + 16)):
        if words[m] in STOPS:
            return False
        after = m + 2 if words[m + 1] in QUOTES and m + 2 < len(words) else m + 1
        if words[m] == "at" and AMOUNT.match(words[after]):
            return True  # «at 57», «at "close to $9 million"»
    return False


PARTICLES = frozenset("out up off down on in away back forward together through".split())
# what opens a precise amount after «at»: a digit, a currency, an approximation
EXACT_AMOUNT = re.compile(r"^(?:\d[\d,.]*|[$£€]|about|around|nearly|almost|roughly|between)$")


def _object_at_amount(words: list[str], k: int) -> bool:
    """An object of up to seven words from ``k`` (no punctuation), then «at» and an amount
    («cash holdings at roughly $7.5 billion», «the town's grain stock at 900 tonnes»).

    >>> _object_at_amount("cash holdings at roughly $ 7.5 billion".split(), 0)
    True
    >>> _object_at_amount("the boxes at some point".split(), 0)
    False
    >>> _object_at_amount("out a message at 1100 hours".split(), 0)
    False
    """
    if words[k] in PARTICLES:
        return False  # «put out a message at 1100 hours»: a phrasal verb
    for m in range(k + 1, min(len(words) - 1, k + 8)):
        if words[m] in STOPS or words[m] in (",", '"', "“"):
            return False
        if words[m] == "at":
            return bool(EXACT_AMOUNT.match(words[m + 1]))
    return False


def blames_with_object(words: list[str], i: int) -> bool:
    """«blamed» at ``i`` has an object and then «for» or «on» («blamed X for Y»).

    >>> blames_with_object("the union blamed the operator for the delays .".split(), 2)
    True
    >>> blames_with_object("police blamed the crash on a burst tyre .".split(), 1)
    True
    >>> blames_with_object("she blamed herself .".split(), 1)
    False
    """
    for m in range(i + 2, min(len(words), i + 10)):
        if words[m] in STOPS or words[m] == ",":
            return False
        if words[m] in ("for", "on"):
            return True
    return False

"""Numbers in news text: number words (Arabic, English) and the quantities of a statement."""

from khabar.numbers.find import find_quantities
from khabar.numbers.words import WordNumber, parse_words

__all__ = ["WordNumber", "find_quantities", "parse_words"]

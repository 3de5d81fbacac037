"""tokenize: runs of letters made into words without the regex give exactly the regex's tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.numbers.tokens import regex_tokens, tokenize

PIECES = [
    *"قتل ثلاثه الاف شخص ten people al".split(),
    *["10", "000", "1,5", "2.500", "٣", "²", "_", "-", "'", "%", "،", ".", ",", "«", "»", "$"],
    *[" ", " ", "  ", "\n", "\u00a0", "\u202f", "\u2009", "\u0651", "ـ"],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_tokens_are_those_of_the_regex(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tokenize(text, start, end) == regex_tokens(text, start, end)


def test_a_number_with_spaces_is_one_token() -> None:
    text = "نحو 10 000 شخص"
    assert [(t.kind, t.text, t.grouped) for t in tokenize(text, 0, len(text))] == [
        ("word", "نحو", False),
        ("num", "10 000", True),
        ("word", "شخص", False),
    ]

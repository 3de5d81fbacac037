"""Substitutions by ``str.replace`` give exactly the one-``translate`` result, at any length."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text import fold, normalise
from khabar.text.normalise import _SUBST_FROM, _SUBST_TO, substitute

TABLE = str.maketrans(_SUBST_FROM, _SUBST_TO)
# the substituted characters, their targets, deleted marks, and ordinary letters and spaces
ALPHABET = _SUBST_FROM + _SUBST_TO + "قالوزير \n\u064e\u0651\u0640\u200fAbİ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_substitute_equals_translate(text: str) -> None:
    assert substitute(text) == text.translate(TABLE)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_fold_of_a_text_is_its_normalised_text(text: str) -> None:
    assert fold(text) == normalise(text).text


def test_long_arabic_text_is_folded_in_every_place() -> None:
    text = "أعلنت الوزارة إصابة ٢٥ شخصًا في مدينة آمنة، وقالت إنّ الحالة مستقرة. " * 3
    out = substitute(text)
    assert len(text) > 100
    assert not set(out) & set(_SUBST_FROM)
    assert out.count("25") == 3
    assert out.startswith("اعلنت الوزاره اصابه 25 شخصًا في مدينه امنه")

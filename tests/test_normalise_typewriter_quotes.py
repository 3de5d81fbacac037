"""Penn Treebank quotation marks («``…''», as in corpora tokenised for NLP) read as quotes,
with every offset still pointing at the original characters."""

from __future__ import annotations

import khabar
from khabar.text.normalise import normalise


def test_normalise_typewriter_quotes_become_curly_quotes_with_offsets_kept() -> None:
    text = "``We will rebuild,'' said the mayor."
    norm = normalise(text)
    assert norm.text == "“we will rebuild,” said the mayor."
    start = norm.text.index("we")
    assert text[norm.to_orig(start) :].startswith("We will")
    assert text[norm.to_orig(norm.text.index("said")) :].startswith("said")


def test_normalise_two_apostrophes_after_a_digit_stay_a_height() -> None:
    assert normalise("``Tall,'' he said of the 6'2'' guard.").text.endswith("6'2'' guard.")


def test_normalise_text_without_backticks_is_unchanged() -> None:
    assert normalise("It's a ''term'' here.").text == "it's a ''term'' here."


def test_attribution_english_typewriter_quote_then_inverted_speaker() -> None:
    text = "`` The bridge will reopen in May , '' said Orla Fenwick , the harbour engineer ."
    [st] = khabar.extract(text, lang="en").statements
    assert st.speaker is not None and st.speaker.name == "Orla Fenwick"
    assert st.kind == "direct"
    assert st.content.text.strip(" ,") == "The bridge will reopen in May"
    assert text[st.content.start : st.content.end] == st.content.text


def test_attribution_english_typewriter_quote_then_pronoun() -> None:
    text = "Dessa Pellam said the sea was calm. ``We sail at dawn,'' she said."
    _, st = khabar.extract(text, lang="en").statements
    assert st.speaker is not None and st.speaker.name == "Dessa Pellam"
    assert st.content.text.strip(" ,") == "We sail at dawn"


def test_attribution_english_typewriter_quote_inside_content_keeps_both_marks() -> None:
    text = "Kai Oduya said the levy was ``a stopgap measure'' for now."
    [st] = khabar.extract(text, lang="en").statements
    assert st.content.text == "the levy was ``a stopgap measure'' for now"
    assert st.kind == "mixed"

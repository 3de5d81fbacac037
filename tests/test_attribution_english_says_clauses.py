"""«say/says/allege» without «that»: a clause opened by a name or a number, a speaker after a
quotation, a speaker closing the sentence (invented sentences)."""

from __future__ import annotations

import khabar


def only(text: str) -> khabar.Statement:
    [st] = khabar.extract(text, lang="en").statements
    return st


def test_attribution_english_say_before_a_name_and_its_verb() -> None:
    st = only("Harbour observers say Kemal Ostry still runs the port.")
    assert st.speaker is not None and st.speaker.text == "Harbour observers"
    assert st.content.text == "Kemal Ostry still runs the port"


def test_attribution_english_say_before_an_age() -> None:
    st = only("Witnesses say 59-year-old Tamsin Ard was crossing Mill Road when the van hit her.")
    assert st.content.text.startswith("59-year-old Tamsin Ard was crossing")


def test_attribution_english_says_before_a_possessive_name_and_apposition() -> None:
    st = only("The network says Ostry's lawyer, Dessa Pellam, made the arrangements.")
    assert st.speaker is not None and st.speaker.text == "The network"
    assert st.content.text == "Ostry's lawyer, Dessa Pellam, made the arrangements"


def test_attribution_english_allege_before_a_name() -> None:
    st = only("Prosecutors allege Brannagh hid the ledger before the audit.")
    assert st.speaker is not None and st.speaker.text == "Prosecutors"
    assert st.content.text == "Brannagh hid the ledger before the audit"


def test_attribution_english_say_before_a_weekday_possessive() -> None:
    st = only("Officials at the port say Monday's storm caused damage.")
    assert st.content.text == "Monday's storm caused damage"


def test_attribution_english_says_after_a_quotation() -> None:
    st = only('"We are fine," says Kemal Ostry, who runs the port.')
    assert st.speaker is not None and st.speaker.name == "Kemal Ostry"
    assert st.kind == "direct"
    st = only('"We are fine," Ostry says.')
    assert st.speaker is not None and st.speaker.text == "Ostry"


def test_attribution_english_says_closing_the_sentence() -> None:
    st = only("That is the plan, the mayor says.")
    assert st.speaker is not None and st.speaker.text == "the mayor"
    assert st.content.text == "That is the plan"


def test_attribution_english_a_say_is_no_cue() -> None:
    assert khabar.extract("He had no say in the matter.", lang="en").statements == []
    assert khabar.extract("Residents want a say Monday.", lang="en").statements == []
    assert khabar.extract("I want to say, frankly, it was fun.", lang="en").statements == []


def test_attribution_english_say_as_a_noun_or_infinitive_before_a_comma() -> None:
    text = "The council has the final say, Ostry said."
    [st] = khabar.extract(text, lang="en").statements
    assert st.cue.text == "said"
    text = 'Pellam said she heard someone say, "Run."'
    [st] = khabar.extract(text, lang="en").statements
    assert st.cue.text == "said"

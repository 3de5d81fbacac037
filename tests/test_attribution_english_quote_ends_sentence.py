"""English attribution: a quotation whose own full stop ends a sentence in the middle of a
segment («… "nothing was hidden." She added …») starts a new statement after it (own
sentences, invented names)."""

from __future__ import annotations

import khabar


def test_quote_ends_sentence_then_pronoun_statement() -> None:
    sts = khabar.extract(
        "Engineer Pavel Rusu said the dam had been inspected in April, "
        '"every bolt of it." He warned, however, that the spillway gates were rusting.',
        lang="en",
    ).statements
    assert [s.cue.text for s in sts] == ["said", "warned"]
    assert sts[0].content.text.endswith('"every bolt of it."')
    assert sts[0].kind == "mixed"
    assert sts[1].content.text == "the spillway gates were rusting"
    assert sts[1].speaker is not None and sts[1].speaker.name == "Engineer Pavel Rusu"


def test_quote_ends_sentence_then_has_denied() -> None:
    sts = khabar.extract(
        'The landlord Ivo Maric wrote on Facebook that the building was "perfectly safe." '
        "He has denied any fault.",
        lang="en",
    ).statements
    assert [s.cue.text for s in sts] == ["wrote", "denied"]
    assert sts[1].content.text == "any fault"
    assert sts[1].stance == "deny"


def test_quote_opening_the_sentence_stays_its_own_statement() -> None:
    sts = khabar.extract(
        '"The pumps are running again." She said the district would have water by noon.',
        lang="en",
    ).statements
    assert [s.content.text for s in sts] == [
        "The pumps are running again.",
        "the district would have water by noon",
    ]

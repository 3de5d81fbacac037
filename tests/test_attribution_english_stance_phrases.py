"""English stance from set phrases in the content (own sentences, invented names): an idiom
of resolve is no condition, a policy of silence declines, a review at work investigates."""

from __future__ import annotations

import khabar


def stance_of(text: str) -> str:
    (st,) = khabar.extract(text, lang="en").statements
    return st.stance


def test_as_long_as_it_takes_is_no_condition() -> None:
    text = 'Mayor Tessa Hartwell said divers would keep looking "for as long as it takes".'
    assert stance_of(text) == "assert"


def test_as_long_as_a_clause_is_still_a_condition() -> None:
    text = "The bakery said it would stay open as long as the council pays its bills."
    assert stance_of(text) == "conditional"


def test_neither_confirms_nor_denies_cannot_confirm() -> None:
    text = (
        'A spokeswoman, Rhea Doss, said the bureau "neither confirms nor denies" the leaked list.'
    )
    assert stance_of(text) == "cannot_confirm"


def test_does_not_comment_on_is_declining() -> None:
    text = 'Ivo Marren said the lender "does not comment on individual accounts".'
    assert stance_of(text) == "declined_to_comment"


def test_a_review_at_work_late_in_the_content_investigates() -> None:
    text = (
        "Tomas Brek said an audit commissioned by the harbour board was examining "
        "camera footage from the pier."
    )
    assert stance_of(text) == "investigating"


def test_being_looked_at_investigates() -> None:
    text = 'Pia Lund said the complaint is "being examined by the right people".'
    assert stance_of(text) == "investigating"


def test_a_review_named_in_passing_does_not_investigate() -> None:
    text = "Tomas Brek said the review had found no fault with the pier."
    assert stance_of(text) == "assert"

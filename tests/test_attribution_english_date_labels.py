"""A web page's date line («Posted: …», «Updated: …») is no social post (invented text)."""

from __future__ import annotations

import khabar


def test_attribution_english_posted_date_line_is_no_statement() -> None:
    text = "Ferry service resumes\nPosted: 03/14/2013 06:37 AM\nThe ferry to Tolland sailed again."
    assert khabar.extract(text, lang="en").statements == []


def test_attribution_english_posted_by_a_person_is_still_a_post() -> None:
    text = 'The mayor posted on X: "The ferry to Tolland sails again."'
    [st] = khabar.extract(text, lang="en").statements
    assert st.kind == "social_post"

"""English attribution: remarks after a tail attribution, reports inside relative clauses,
participles that start a new statement, and typing of speakers (own sentences, invented
names)."""

from __future__ import annotations

import khabar


def statements(text: str, published: str | None = None) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en", published=published).statements


def only(text: str) -> khabar.Statement:
    (st,) = statements(text)
    return st


def speaker(st: khabar.Statement) -> str:
    assert st.speaker is not None
    return st.speaker.text


def test_a_remark_after_the_tail_attribution_is_not_the_content() -> None:
    st = only(
        "The count of patients admitted with burns has climbed to 34, the regional health "
        "board said late on Friday, in a further sign that the crisis is not contained."
    )
    assert st.content.text == "The count of patients admitted with burns has climbed to 34"
    assert speaker(st) == "the regional health board"


def test_a_comparison_after_the_tail_attribution_is_not_the_content() -> None:
    st = only(
        "A meter fault at Greystone Water overcharged roughly 12,000 customers in the valley, "
        "the water regulator said on Tuesday, nearly triple the number the firm gave."
    )
    assert st.content.text.startswith("A meter fault at Greystone Water")


def test_a_clause_after_a_parenthetical_attribution_stays_content() -> None:
    st = only("The family's savings, the lawyers said, flowed mostly from two farms.")
    assert "flowed mostly from two farms" in st.content.text


def test_told_inside_a_relative_clause_reports_for_its_antecedent() -> None:
    st = only(
        "The mayor's tally sits well above the count of the regional weather office, which told "
        "the Morrow Gazette on Friday that about 2,300 homes had been flooded."
    )
    assert speaker(st) == "the regional weather office"
    assert st.content.text == "about 2,300 homes had been flooded"


def test_told_inside_a_relative_clause_after_a_named_apposition() -> None:
    st = only(
        "The tenant was represented by a solicitor, Marek Olsen, who told the Morrow Gazette "
        "that her rent had never once been late."
    )
    assert speaker(st) == "Marek Olsen"


def test_the_subject_after_where_is_the_speaker() -> None:
    sts = statements(
        "In Oakbury, where farmers say several barns were flattened, the council leader Aurel "
        "Varga said on Tuesday that crews had cleared the roads."
    )
    assert [speaker(s) for s in sts] == ["farmers", "the council leader Aurel Varga"]
    assert sts[0].content.text == "several barns were flattened"


def test_a_speaker_after_a_quote_keeps_its_place_and_anonymity() -> None:
    st = only(
        '"We were promised a bridge that never came," said a fisherman at the quay, who did '
        "not wish to be identified."
    )
    assert speaker(st).startswith("a fisherman at the quay")
    assert st.speaker is not None and st.speaker.type == "anonymous"


def test_an_occasion_after_the_speaker_is_no_part_of_it() -> None:
    st = only('"It is over," said the minister in a statement.')
    assert speaker(st) == "the minister"


def test_telling_after_a_dismissal_starts_a_new_statement() -> None:
    sts = statements(
        'The bureau dismissed the survey as "an old snapshot", telling a senate panel on '
        'Tuesday that stocks stood at 9,000 tonnes "and are growing".',
        published="2030-03-08",
    )
    assert [s.cue.text for s in sts] == ["dismissed", "telling"]
    assert sts[0].content.text == 'the survey as "an old snapshot"'
    assert sts[1].content.text == 'stocks stood at 9,000 tonnes "and are growing"'
    assert speaker(sts[1]) == "The bureau" and str(sts[1].date) == "2030-03-05"


def test_participles_with_a_plain_object_report_nothing() -> None:
    sts = statements("The crews worked all night, writing reports on every house.")
    assert sts == []
    (st,) = statements("The council rejected the bid, telling stories about the old mill.")
    assert st.cue.text == "rejected"


def test_writing_after_a_post_without_content_is_the_account_s_post() -> None:
    st = only(
        "The anonymous account @grey_lantern, which claimed the breach, posted again on Sunday, "
        "writing that the group kept the passwords of hundreds of staff."
    )
    assert st.kind == "social_post" and st.handle == "@grey_lantern"
    assert speaker(st).endswith("@grey_lantern")


def test_estimating_after_a_quote_goes_on_with_the_speaker() -> None:
    sts = statements(
        '"Our margins are gone," said Petra Holm of the growers\' cooperative, estimating that a '
        "third of the cooperative's 800 farms could close."
    )
    assert [s.cue.text for s in sts] == ["said", "estimating"]
    assert sts[1].content.text.startswith("a third of")


def test_calling_with_a_long_object_after_a_said_clause() -> None:
    sts = statements(
        "Brightwell Credit reported on Saturday it had cut the city's bond rating by two steps, "
        'calling the council\'s 12% tax rise "too small and far too slow".'
    )
    assert [s.cue.text for s in sts] == ["reported", "calling"]
    assert sts[0].content.text == "it had cut the city's bond rating by two steps"


def test_put_an_object_at_an_amount_and_it_is_the_organisation_before() -> None:
    sts = statements(
        "In a memo for clients, the firm said it expected prices to climb 9% this year. It put "
        "the city's cash buffer at roughly $2.4 billion."
    )
    assert sts[1].cue.text == "put"
    assert sts[1].speaker is not None and sts[1].speaker.name == "the firm"


def test_put_out_is_no_figure() -> None:
    (st,) = statements("The ministry said the trawler put out a call at 1100 hours.")
    assert st.cue.text == "said"


def test_it_after_a_service_resolves_to_that_service() -> None:
    sts = statements(
        "The regional fire service said on Monday a pair of trucks were missing. It warned, "
        "however, that crews had lost contact with them."
    )
    assert sts[1].speaker is not None and sts[1].speaker.name == "The regional fire service"


def test_she_after_a_secretary_general_of_an_alliance() -> None:
    sts = statements(
        "A Dorvan diplomat, who declined to be identified, called the border calm.\n\n"
        "Karla Mendt, secretary-general at the Northern Rail Alliance, told a radio station "
        'her members "cannot confirm" the figures. She said both firms must publish '
        "clear numbers."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Karla Mendt"


def test_he_added_after_a_quote_with_a_place_after_the_cue() -> None:
    sts = statements(
        'Tomas Reed denied on Monday that any ransom had been paid. "Nobody has agreed to '
        'anything," he added near the gate of the depot in Port Lemm.'
    )
    assert sts[1].kind == "direct" and sts[1].speaker is not None
    assert sts[1].speaker.name == "Tomas Reed"


def test_did_not_rule_out_is_a_hedged_report() -> None:
    st = only(
        "A port official, who declined to be identified, did not rule out suspending the permit."
    )
    assert st.stance == "hedged" and st.content.text == "suspending the permit"
    assert st.speaker is not None and st.speaker.type == "anonymous"


def test_would_not_rule_out_inside_what_was_said() -> None:
    st = only("The director said he would not rule out hiring an older actor.")
    assert st.cue.text == "said"


def test_according_to_a_source_whose_anonymity_clause_has_no_comma() -> None:
    st = only(
        "The grain convoy reached the border on Thursday night, according to a man close to "
        "the bargaining who requested anonymity."
    )
    assert speaker(st) == "a man close to the bargaining who requested anonymity"
    assert st.speaker is not None and st.speaker.type == "anonymous"


def test_following_a_matter_closely_is_investigating() -> None:
    st = only("The ports authority said it is watching the dispute closely.")
    assert st.stance == "investigating"


def test_the_office_after_a_possessive_is_an_organisation() -> None:
    st = only("The chief inspector's office reported that two clerks were summoned.")
    assert st.speaker is not None and st.speaker.type == "organisation"
    st = only("A spokeswoman at the chief inspector's office reported that two clerks were held.")
    assert st.speaker is not None and st.speaker.type == "person"

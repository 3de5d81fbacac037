"""The article text is cut at statement offsets without losing or moving a character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar.model import statement_to_dict
from khabar.web._highlight import cut_into_pieces
from web_ledger import EN_1, fixture_articles


def _marked(pieces: list, sid: str, role: str) -> str:
    return "".join(p.text for p in pieces if (sid, role) in p.roles)


def test_highlight_pieces_rebuild_the_text_and_each_marked_span() -> None:
    for _, doc in fixture_articles():
        statements = [statement_to_dict(s) for s in doc.statements]
        pieces = cut_into_pieces(doc.text, statements)
        assert "".join(p.text for p in pieces) == doc.text
        for s in statements:
            for role in ("speaker", "cue", "content"):
                assert _marked(pieces, s["id"], role) == s[role]["text"]


def test_highlight_overlapping_cue_inside_content_keeps_both_roles() -> None:
    doc = fixture_articles()[2][1]
    pieces = cut_into_pieces(EN_1, [statement_to_dict(s) for s in doc.statements])
    both = [p for p in pieces if ("s2", "cue") in p.roles and ("s2", "content") in p.roles]
    assert "".join(p.text for p in both) == "could not independently verify"
    assert all(p.stance == "unverified" for p in both)


def test_highlight_each_statement_has_one_anchor_at_its_first_character() -> None:
    doc = fixture_articles()[0][1]
    pieces = cut_into_pieces(doc.text, [statement_to_dict(s) for s in doc.statements])
    anchors = {sid: p.start for p in pieces for sid in p.starts}
    assert anchors == {"s1": 0, "s2": doc.text.index("ونفت")}


def test_highlight_ignores_spans_outside_the_text_and_missing_speakers() -> None:
    text = "قال مصدر إن الوضع هادئ."
    st_ = {
        "id": "s1",
        "stance": "assert",
        "speaker": None,
        "cue": {"start": 0, "end": 3},
        "content": {"start": 12, "end": 500},
        "quantities": [],
    }
    pieces = cut_into_pieces(text, [st_])
    assert "".join(p.text for p in pieces) == text
    assert _marked(pieces, "s1", "content") == text[12:]


@given(
    text=st.text(alphabet="ab قال،«»\n", max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
)
def test_highlight_never_loses_characters_for_any_spans(text: str, spans: list) -> None:
    statements = [
        {
            "id": f"s{i}",
            "stance": "assert",
            "cue": {"start": a, "end": b},
            "content": {"start": b, "end": a + b},
            "quantities": [],
        }
        for i, (a, b) in enumerate(spans)
    ]
    pieces = cut_into_pieces(text, statements)
    assert "".join(p.text for p in pieces) == text
    assert all(p.start < p.end for p in pieces)

"""English quotations next to a pronoun or name attribution with a sentence of its own.

* ``"We checked every crane." She said the cranes would be tested again.`` — the quoted
  sentence and the ``She said …`` clause are two statements (same speaker and cue): the
  clause after the cue is the content of ``said``, not the quotation before it.
* ``"We checked every crane. Nothing was damaged."`` ¶ ``She said.`` — a bare attribution
  standing alone after a quotation: the quotation is its content.

Pure functions over the tokens of one sentence or the normalised text.
"""

from __future__ import annotations

from khabar.components._draft import CLOSE_QUOTES, OPEN_QUOTES, Token

# the mark that opens a quotation closed by each closing mark
OPENING = {'"': '"', "”": "“", "»": "«"}
SENTENCE_ENDS = frozenset(".!?")
# how far back a quotation before a bare attribution may open (characters)
QUOTE_REACH = 2000


def leading_quote(toks: list[Token], subject_start: int) -> tuple[int, int] | None:
    """The quotation (open and close mark indices) that opens the sentence and ends with its
    own full stop right before the subject at ``subject_start``: «"…." She said …».

    >>> from khabar.components._draft import tokenize
    >>> leading_quote(tokenize('"we are safe." she said the port was open.'), 6)
    (0, 5)
    >>> leading_quote(tokenize('"we are safe," she said.'), 6) is None
    True
    """
    close = subject_start - 1
    if close < 2 or toks[close].text not in CLOSE_QUOTES or toks[0].text not in OPEN_QUOTES:
        return None
    if toks[close - 1].text not in SENTENCE_ENDS:
        return None
    if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in toks[1:close]):
        return None  # two quotations, not one quoted sentence
    return 0, close


def quotation_before(norm: str, offset: int) -> tuple[int, int] | None:
    """The inside (start, end) of a whole quotation that ends right before ``offset`` (only
    spaces and line breaks between) with a full stop or comma of its own, opened at a line
    or sentence start: the content of a bare «She said.» that follows it.

    >>> text = 'The port reopened.\\n\\n"Nothing was damaged."\\n\\nshe said.'
    >>> a, b = quotation_before(text, text.index("she"))
    >>> text[a:b]
    'Nothing was damaged.'
    """
    k = offset
    while k > 0 and norm[k - 1] in " \n":
        k -= 1
    if k < 3 or norm[k - 1] not in OPENING or norm[k - 2] not in SENTENCE_ENDS | {","}:
        return None
    close = k - 1
    opening = norm.rfind(OPENING[norm[close]], max(0, close - QUOTE_REACH), close)
    if opening < 0 or any(c in norm[opening + 1 : close] for c in '"“”«»'):
        return None
    before = norm[max(0, opening - 2) : opening]
    if opening > 0 and not (before.endswith("\n") or before in (". ", "! ", "? ")):
        return None  # «… the "safe" …»: a quoted phrase inside a sentence
    return opening + 1, close

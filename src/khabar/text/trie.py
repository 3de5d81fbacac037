"""Regular expressions for large word lists, factored as a prefix tree.

Python's ``re`` tries each alternative of ``a|b|c`` in turn at every position; factoring
the common prefixes (``قال|قالت|قالوا`` → ``قال(?:ت|وا)?``) makes a lexicon of hundreds
of cue words cheap to scan for.

>>> import re
>>> pattern = trie_pattern(["قال", "قالت", "قالوا", "أكد"])
>>> pattern
'(?:أكد|قال(?:ت|وا)?)'
>>> [m.group() for m in re.finditer(pattern, "قالت إنها أكدت")]
['قالت', 'أكد']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex that matches exactly the given words (longest first)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _node_pattern(trie) or "(?!)"


def _node_pattern(node: dict) -> str:  # type: ignore[type-arg]
    ends_here = _END in node
    branches = [
        re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and not ends_here:
        return body
    return body + ("?" if ends_here else "")

"""Small synthetic corpora for the batch tests, written into a temp dir by each test.

Every article has a distinct text (its number is in it), so content hashes are distinct and
"every document exactly once" can be checked by id.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

SPEAKERS = ["وزير الخارجية هاني النجار", "المتحدث باسم الجيش", "رئيس الوزراء", "مصدر مطلع"]
CUES = ["قال", "أكد", "أعلن", "أوضح"]


def article_text(n: int, paragraphs: int = 3) -> str:
    """An Arabic news article numbered ``n`` with a few attributed statements."""
    lines = [f"الرياض - خبر رقم {n}"]
    for k in range(paragraphs):
        speaker = SPEAKERS[(n + k) % len(SPEAKERS)]
        cue = CUES[(n * 3 + k) % len(CUES)]
        lines.append(
            f"{cue} {speaker} يوم الخميس إن المحادثات رقم {n}-{k} مستمرة، "
            f"وإن الوفد سيعود بعد {k + 2} أيام. وأضاف: «لن نتراجع عن مواقفنا في الجولة {n}»."
        )
    return "\n\n".join(lines)


def record(n: int, paragraphs: int = 3) -> dict[str, Any]:
    return {
        "id": f"art-{n:05d}",
        "text": article_text(n, paragraphs),
        "published": "2015-08-02",
        "url": f"https://news.example/{n}",
        "outlet": ["okaz", "alriyadh", "aawsat"][n % 3],
        "lang": "ar",
    }


def write_jsonl(path: Path, numbers: range, paragraphs: int = 3) -> list[str]:
    """Write one record per number; returns their ids."""
    with path.open("w", encoding="utf-8") as fh:
        for n in numbers:
            fh.write(json.dumps(record(n, paragraphs), ensure_ascii=False) + "\n")
    return [f"art-{n:05d}" for n in numbers]


def shard_ids(out: Path) -> Counter[str]:
    """How often each document id occurs across the JSONL shards of an --out folder."""
    seen: Counter[str] = Counter()
    for shard in sorted(out.glob("part-*.jsonl")):
        with shard.open(encoding="utf-8") as fh:
            seen.update(json.loads(line)["id"] for line in fh)
    return seen


def manifest_lines(state: Path) -> int:
    path = state / "manifest.jsonl"
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


def failures(state: Path) -> list[dict[str, str]]:
    path = state / "failures.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

"""Test fixtures for the web tests: hand-written articles and a small in-memory ledger.

The articles are written for these tests (fictional people and outlets). Statements are
built by hand (offsets found with ``str.find``), so the web tests do not depend on the
extractor's current quality. ``FixtureLedger`` implements the web layer's LedgerSource
over them; speakers, claims and figure series are declared, not computed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from khabar.model import Cue, Document, Quantity, Span, Speaker, Statement, statement_to_dict
from khabar.text.normalise import fold
from khabar.web import Query

Row = dict[str, Any]


def _span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start, start + len(piece), piece)


def statement(
    text: str,
    sid: str,
    speaker: str,
    cue: str,
    content: str,
    *,
    name: str | None = None,
    stance: str = "assert",
    when: date | None = None,
    numbers: tuple[tuple[str, float, str], ...] = (),
) -> Statement:
    """A statement whose spans are the first occurrences of the given strings."""
    sp, cu, co = _span(text, speaker), _span(text, cue), _span(text, content)
    quantities = []
    for q_text, value, unit in numbers:
        q = _span(text, q_text, co.start)
        quantities.append(Quantity(value, q.text, q.start, q.end, unit))
    return Statement(
        id=sid,
        speaker=Speaker(sp.text, sp.start, sp.end, name or sp.text, "person"),
        cue=Cue(cu.text, cu.start, cu.end, cu.text),
        content=co,
        stance=stance,
        date=when,
        quantities=quantities,
    )


AR_1 = (
    "قال الجنرال فيرجيل بيلوني يوم الخميس إن نحو 10 آلاف جندي انتشروا على الحدود.\n"
    "ونفت وزارة الدفاع أن تكون القوات قد عبرت النهر."
)
AR_2 = "وأكد فرجيل بيلونى في مؤتمر صحفي أن عدد الجنود بلغ 12 ألف جندي، وأضاف أن الوضع هادئ."
EN_1 = (
    'Virgil Belloni told reporters that 12,000 troops were at the border. "We are ready," '
    "he said. Kestrel could not independently verify the figure."
)
HOSTILE = (
    "The mayor said that <script>window.__pwned = 1</script> was pasted in a comment, and "
    'an official said <img src=x onerror="window.__pwned = 2"> appeared too.'
)


def fixture_articles() -> list[tuple[Row, Document]]:
    """(metadata, document) pairs: two Arabic articles, one English, one hostile."""
    d17, d18, d19 = date(2024, 10, 17), date(2024, 10, 18), date(2024, 10, 19)
    ar1 = Document(AR_1, "ar", d19)
    ar1.statements = [
        statement(
            AR_1,
            "s1",
            "الجنرال فيرجيل بيلوني",
            "قال",
            "نحو 10 آلاف جندي انتشروا على الحدود",
            name="فيرجيل بيلوني",
            when=d17,
            numbers=(("10 آلاف", 10000, "جندي"),),
        ),
        statement(
            AR_1, "s2", "وزارة الدفاع", "ونفت", "تكون القوات قد عبرت النهر", stance="deny", when=d19
        ),
    ]
    ar2 = Document(AR_2, "ar", d19)
    ar2.statements = [
        statement(
            AR_2,
            "s1",
            "فرجيل بيلونى",
            "وأكد",
            "عدد الجنود بلغ 12 ألف جندي",
            stance="confirm",
            when=d18,
            numbers=(("12 ألف", 12000, "جندي"),),
        ),
    ]
    en1 = Document(EN_1, "en", d19)
    en1.statements = [
        statement(
            EN_1,
            "s1",
            "Virgil Belloni",
            "told",
            "12,000 troops were at the border",
            when=d19,
            numbers=(("12,000", 12000, "troops"),),
        ),
        statement(
            EN_1,
            "s2",
            "Kestrel",
            "could not independently verify",
            "could not independently verify the figure",
            stance="unverified",
            when=d19,
        ),
    ]
    hostile = Document(HOSTILE, "en", d19)
    hostile.statements = [
        statement(HOSTILE, "s1", "The mayor", "said", "<script>window.__pwned = 1</script>"),
        statement(HOSTILE, "s2", "an official", "said", '<img src=x onerror="window.__pwned = 2">'),
    ]
    return [
        ({"id": "ar-border-1", "outlet": "الشرق", "title": "انتشار على الحدود"}, ar1),
        ({"id": "ar-border-2", "outlet": "النهار", "title": None}, ar2),
        ({"id": "en-border-1", "outlet": "Daily Ledger", "title": "Troops at the border"}, en1),
        ({"id": "hostile", "outlet": "<b>Evil</b>", "title": "<script>alert(1)</script>"}, hostile),
    ]


# which (doc, statement) belongs to which speaker, claim and figure series
SPEAKERS = {
    "sp1": ("فيرجيل بيلوني", [("ar-border-1", "s1"), ("ar-border-2", "s1"), ("en-border-1", "s1")]),
    "sp2": ("وزارة الدفاع", [("ar-border-1", "s2")]),
    "sp3": ("Kestrel", [("en-border-1", "s2")]),
}
CLAIMS = {"c1": [("ar-border-2", "s1"), ("en-border-1", "s1"), ("en-border-1", "s2")]}
FIGURES = {"f1": ("troops", [("ar-border-1", "s1"), ("ar-border-2", "s1"), ("en-border-1", "s1")])}


@dataclass
class FixtureLedger:
    """A LedgerSource over :func:`fixture_articles` (and whatever ``add_document`` adds)."""

    docs: dict[str, Row] = field(default_factory=dict)
    added: list[Row] = field(default_factory=list)

    @classmethod
    def build(cls) -> FixtureLedger:
        ledger = cls()
        for meta, doc in fixture_articles():
            ledger._store(meta, doc)
        return ledger

    def _store(self, meta: Row, doc: Document) -> None:
        speaker_of = {ref: sp for sp, (_, refs) in SPEAKERS.items() for ref in refs}
        claims_of: dict[tuple[str, str], list[str]] = {}
        for cid, refs in CLAIMS.items():
            for ref in refs:
                claims_of.setdefault(ref, []).append(cid)
        statements = []
        for st in doc.statements:
            row = statement_to_dict(st)
            ref = (meta["id"], st.id)
            row.update(
                doc=meta["id"],
                outlet=meta["outlet"],
                url=None,
                lang=doc.lang,
                published=doc.published.isoformat() if doc.published else None,
                speaker_id=speaker_of.get(ref),
                claim_ids=claims_of.get(ref, []),
            )
            statements.append(row)
        self.docs[meta["id"]] = {
            "id": meta["id"],
            "title": meta["title"],
            "lang": doc.lang,
            "outlet": meta["outlet"],
            "published": doc.published,
            "url": None,
            "sha256": doc.sha256,
            "chars": len(doc.text),
            "statement_count": len(statements),
            "text": doc.text,
            "statements": statements,
        }

    def _statement(self, ref: tuple[str, str]) -> Row:
        return next(s for s in self.docs[ref[0]]["statements"] if s["id"] == ref[1])

    def counts(self) -> dict[str, int]:
        n = sum(len(d["statements"]) for d in self.docs.values())
        return {"documents": len(self.docs), "statements": n, "speakers": len(SPEAKERS)}

    def list_documents(self, query: Query) -> tuple[list[Row], int]:
        rows = [
            {k: v for k, v in d.items() if k not in ("text", "statements")}
            for d in self.docs.values()
        ]
        return rows[query.offset : query.offset + query.limit], len(rows)

    def get_document(self, doc_id: str) -> Row | None:
        return self.docs.get(doc_id)

    def list_statements(self, query: Query) -> tuple[list[Row], int]:
        rows = [s for d in self.docs.values() for s in d["statements"]]
        if query.text:
            needle = fold(query.text)
            rows = [s for s in rows if needle in fold(s["content"]["text"] + s["speaker"]["name"])]
        if query.stance:
            rows = [s for s in rows if s["stance"] == query.stance]
        return rows[query.offset : query.offset + query.limit], len(rows)

    def _speaker(self, sid: str) -> Row:
        name, refs = SPEAKERS[sid]
        sts = [self._statement(r) for r in refs]
        return {
            "id": sid,
            "name": name,
            "type": "person",
            "statement_count": len(sts),
            "aliases": sorted({s["speaker"]["text"] for s in sts}),
            "outlets": sorted({s["outlet"] for s in sts}),
            "langs": sorted({s["lang"] for s in sts}),
            "statements": sts,
        }

    def list_speakers(self, query: Query) -> tuple[list[Row], int]:
        rows = [self._speaker(s) for s in SPEAKERS]
        return rows[query.offset : query.offset + query.limit], len(rows)

    def get_speaker(self, speaker_id: str) -> Row | None:
        return self._speaker(speaker_id) if speaker_id in SPEAKERS else None

    def _claim(self, cid: str) -> Row:
        sts = [self._statement(r) for r in CLAIMS[cid]]
        stances: dict[str, int] = {}
        for s in sts:
            stances[s["stance"]] = stances.get(s["stance"], 0) + 1
        days = sorted(s["date"] for s in sts if s["date"])
        return {
            "id": cid,
            "text": sts[0]["content"]["text"],
            "first_seen": days[0],
            "last_seen": days[-1],
            "statement_count": len(sts),
            "stances": stances,
            "speakers": [],
            "outlets": [],
            "statements": sts,
        }

    def list_claims(self, query: Query) -> tuple[list[Row], int]:
        return [self._claim(c) for c in CLAIMS], len(CLAIMS)

    def get_claim(self, claim_id: str) -> Row | None:
        return self._claim(claim_id) if claim_id in CLAIMS else None

    def _figure(self, fid: str) -> Row:
        subject, refs = FIGURES[fid]
        points, seen = [], set()
        for ref in refs:
            s = self._statement(ref)
            value = s["quantities"][0]["value"]
            points.append(
                {
                    "doc": ref[0],
                    "statement": ref[1],
                    "value": value,
                    "vague": None,
                    "date": s["date"],
                    "speaker_id": s["speaker_id"],
                    "speaker": s["speaker"]["name"],
                    "outlet": s["outlet"],
                    "stance": s["stance"],
                    "first": value not in seen,
                }
            )
            seen.add(value)
        return {"id": fid, "unit": "جندي", "subject": subject, "points": points}

    def list_figures(self, query: Query) -> tuple[list[Row], int]:
        return [self._figure(f) for f in FIGURES], len(FIGURES)

    def get_figure(self, series_id: str) -> Row | None:
        return self._figure(series_id) if series_id in FIGURES else None

    def export_statements(self, query: Query) -> Iterator[Row]:
        rows, _ = self.list_statements(replace(query, limit=1_000_000, offset=0))
        return iter(rows)

    def export_claims(self, query: Query) -> list[Row]:
        """Declared clusters in the shape of :func:`khabar.export.claim_clusters`."""
        keep = {(s["doc"], s["id"]) for s in self.export_statements(query)}
        out = []
        for cid, refs in CLAIMS.items():
            members = [self._claim_member(ref) for ref in refs if ref in keep]
            if members:
                out.append({"id": cid, "label": members[0]["content"], "statements": members})
        return out

    def _claim_member(self, ref: tuple[str, str]) -> Row:
        """A statement as ``claim_clusters`` lists it inside a cluster."""
        s = self._statement(ref)
        doc = self.docs[ref[0]]
        speaker_id = s["speaker_id"]
        name = SPEAKERS[speaker_id][0] if speaker_id else s["speaker"]["name"]
        aliases = sorted({s["speaker"]["text"]} - {name})
        return {
            "doc": ref[0],
            "statement": ref[1],
            "content": s["content"]["text"],
            "stance": s["stance"],
            "date": s["date"],
            "speaker": {"id": speaker_id, "name": name, "type": "person", "aliases": aliases},
            "document": {
                "id": ref[0],
                "url": doc["url"],
                "published": s["published"],
                "outlet": doc["outlet"],
                "lang": doc["lang"],
                "title": doc["title"],
            },
        }

    def add_document(self, record: Row) -> tuple[str, bool, int]:
        self.added.append(record)
        return record.get("id") or f"added-{len(self.added)}", True, 0


def fixture_store(url: str) -> Any:
    """A real ledger store at ``url`` holding :func:`fixture_articles`, linked."""
    from khabar.ingest.record import ArticleRecord
    from khabar.store import Store

    store = Store.open(url)
    for meta, doc in fixture_articles():
        record = ArticleRecord(
            meta["id"], doc.text, doc.published, None, meta["outlet"], doc.lang, meta["title"]
        )
        store.add_document(record, doc)
    store.link_new()
    return store

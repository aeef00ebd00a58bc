"""ArticleFacts as JSON-ready dicts and as a plain-text table (for `simpul extract`)."""
from __future__ import annotations

import dataclasses
from datetime import date

from .records import ArticleFacts


def _plain(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def facts_to_json(facts: ArticleFacts) -> dict:
    """Everything extracted, article text left out (it can be long; the evidence carries the sentences)."""
    d = _plain(facts)
    d["article"].pop("text", None)
    return d


def _table(headers: list[str], rows: list[list[str]]) -> str:
    rows = [[("" if c is None else str(c)).replace("\n", " ")[:70] for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def facts_table(facts: ArticleFacts) -> str:
    a = facts.article
    parts = [f"# {a.id}: {a.title or ''} ({a.published or 'no date'})"]
    parts.append("holds\n" + _table(["person", "role", "org", "qualifier", "evidence"],
                                    [[h.person, h.role, h.org, h.qualifier, h.evidence.sentence] for h in facts.holds]))
    parts.append("directives\n" + _table(["issuer", "speaker", "text", "date"],
                                         [[d.issuer, d.speaker, d.text, d.date] for d in facts.directives]))
    return "\n\n".join(parts)

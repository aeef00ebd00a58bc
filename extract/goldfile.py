"""Gold files in the GUIDELINE format: with `text`, with `file` (relative to the gold folder's parent), or by
corpus reference (`corpus` + `line`, offsets instead of copied text, resolved against the shared folder)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .ingest import article_from_text
from .records import Article


def _corpus_line(shared: Path, corpus: str, line: int) -> str:
    with (shared / corpus).open(encoding="utf-8") as fh:
        for n, text in enumerate(fh, start=1):
            if n == line:
                return text.rstrip("\n")
    raise ValueError(f"{corpus} has no line {line}")


def _span(text: str, span) -> str:
    return text[span[0]:span[1]]


def resolve(gold: dict, gold_dir: Path, shared: Path) -> dict:
    """One gold record with `text` filled in and every span turned into its string."""
    g = dict(gold)
    if "text" not in g and "file" in g:
        g["text"] = (gold_dir.parent / g["file"]).read_text(encoding="utf-8")
        g["raw"] = True  # scraped text: boilerplate still in
    elif "text" not in g and "corpus" in g:
        line = _corpus_line(shared, g["corpus"], int(g["line"]))
        g["text"] = line
        if "title_span" in g:
            g["title"] = _span(line, g["title_span"])
        g["holds"] = [{**h, "evidence": h.get("evidence") or _span(line, h["evidence_span"])} for h in g.get("holds", [])]
        g["directives"] = [{**d, "text": d.get("text") or _span(line, d["text_span"]),
                            "evidence": d.get("evidence") or _span(line, d["evidence_span"])}
                           for d in g.get("directives", [])]
        g.setdefault("id", f"L{int(g['line']):04d}")
    return g


def load_gold(gold_dir: Path, shared: Path) -> list[dict]:
    """Every *.json gold record under ``gold_dir`` (sorted), resolved."""
    return [resolve(json.loads(p.read_text(encoding="utf-8")), gold_dir, shared)
            for p in sorted(Path(gold_dir).glob("*.json"))]


def gold_article(g: dict) -> Article:
    """The article a gold record describes, through the same ingest as real input."""
    pub = date.fromisoformat(g["published"]) if g.get("published") else None
    text = g["text"]
    title = g.get("title")
    if g.get("corpus") and title and text.startswith(title):
        text = text[len(title):].lstrip(" .")  # corpus lines are "title . body"
    return article_from_text(text, str(g["id"]), g.get("file") or g.get("corpus"), title=title, published=pub)

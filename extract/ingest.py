"""Read articles from .txt, .html and .jsonl files or folders; bad input becomes an IngestError, never an exception."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .boilerplate import clean_lines, read_byline
from .dates import find_dates, find_publication_date, parse_date
from .records import Article, IngestError

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_BYTES = 20_000_000
_DATE_ONLY = re.compile(r"^[\W\d\s]*$")


def _is_title(line: str) -> bool:
    return 8 <= len(line) <= 160 and not line.endswith((".", "?\"", ".\"", "”")) and not re.match(r"^[A-Z .]{3,}\s[–-]\s", line)


def _date_line(line: str) -> bool:
    spans = find_dates(line)
    rest = line
    for s, e, _ in reversed(spans):
        rest = rest[:s] + rest[e:]
    rest = re.sub(r"\b(WIB|WITA|WIT|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b", "", rest)
    return bool(spans) and bool(_DATE_ONLY.match(rest))


def article_from_text(raw: str, id: str, source: str | None = None, title: str | None = None,
                      published: date | str | None = None, url: str | None = None, **metadata) -> Article:
    """Clean scraped text; headline, byline and date come from metadata when given, else from the text."""
    lines = clean_lines(raw)
    pub = published if isinstance(published, date) else parse_date(published) if published else None
    pub = pub or find_publication_date(raw)
    lines = [l for l in lines if not _date_line(l)]
    if title is None and lines and _is_title(lines[0]):
        title = lines[0]
    elif title and lines and re.sub(r"\W+", "", lines[0].lower()) == re.sub(r"\W+", "", title.lower()):
        pass  # headline already first
    elif title:
        lines.insert(0, title)
    return Article(id=id, text="\n\n".join(lines), title=title, published=pub, url=url, source=source,
                   byline=read_byline(raw.splitlines()[:30], raw[-300:]), metadata=metadata)


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise ValueError("binary file (NUL bytes)")
    for enc in ("utf-8-sig", "utf-8"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError as exc:
            err = exc
    raise ValueError(f"not UTF-8 text ({err.reason} at byte {err.start})")


def _read_html(path: Path, text: str) -> Article:
    import trafilatura

    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body:
        raise ValueError("no article text found in the HTML")
    meta = trafilatura.extract_metadata(text)
    title = meta.title if meta and meta.title else None
    pub = parse_date(meta.date) if meta and meta.date else None
    return article_from_text(body, path.stem, str(path), title=title, published=pub,
                             url=meta.url if meta else None)


def _read_jsonl(path: Path, text: str) -> Iterator[Article | IngestError]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(str(path), f"broken JSON: {exc.msg} at column {exc.colno}", n)
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield IngestError(str(path), "record has no non-empty 'text'", n)
            continue
        if not rec.get("id"):
            yield IngestError(str(path), "record has no 'id'", n)
            continue
        meta = {k: v for k, v in rec.items() if k not in ("id", "text", "title", "published", "url")}
        yield article_from_text(rec["text"], str(rec["id"]), f"{path}:{n}", title=rec.get("title"),
                                published=rec.get("published"), url=rec.get("url"), **meta)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Articles of one file; every problem is yielded as an IngestError with its reason."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield IngestError(str(path), f"unsupported file type '{suffix}' (use .txt, .html or .jsonl)")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestError(str(path), f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)")
            return
        text = _decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        yield IngestError(str(path), str(exc))
        return
    if not text.strip():
        yield IngestError(str(path), "empty file")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, text)
        return
    try:
        art = _read_html(path, text) if suffix in (".html", ".htm") else article_from_text(text, path.stem, str(path))
    except Exception as exc:  # a parser failure on one file must not stop the build
        yield IngestError(str(path), f"unreadable: {exc}")
        return
    yield art if art.text.strip() else IngestError(str(path), "no article text left after removing boilerplate")


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def read_inputs(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Every article in the given files and folders (folders recursively, sorted); duplicate ids are reported."""
    seen: dict[str, str] = {}
    for f in _files(paths):
        if not f.exists():
            yield IngestError(str(f), "no such file or folder")
            continue
        for item in read_file(f, max_bytes):
            if isinstance(item, Article):
                if item.id in seen:
                    yield IngestError(item.source or str(f), f"duplicate article id '{item.id}' (first in {seen[item.id]})")
                    continue
                seen[item.id] = item.source or str(f)
            yield item

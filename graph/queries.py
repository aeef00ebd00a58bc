"""Ready-made SPARQL queries in graph/queries/*.rq: listing, safe parameters, running and formatting."""
from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources

_PARAM = re.compile(r"\{\{(\w+)\}\}")


def _files():
    return resources.files("simpul.graph").joinpath("queries")


def list_queries() -> list[str]:
    return sorted(p.name[:-3] for p in _files().iterdir() if p.name.endswith(".rq"))


def header(name: str) -> dict[str, str]:
    """The query's header comment: name, description, params (with defaults)."""
    out: dict[str, str] = {}
    key = None
    for line in raw_query(name).splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*(\w+):\s*(.*)", line)
        if m:
            key, out[m.group(1)] = m.group(1), m.group(2).strip()
        elif key:
            out[key] += " " + line.lstrip("# ").strip()
    return out


def defaults(name: str) -> dict[str, str]:
    return dict(re.findall(r"(\w+)=([^\s,]+)", header(name).get("params", "")))


def raw_query(name: str) -> str:
    f = _files().joinpath(f"{name}.rq")
    if not f.is_file():
        raise KeyError(f"no ready-made query '{name}' (have: {', '.join(list_queries())})")
    return f.read_text(encoding="utf-8")


def _escape(value: str) -> str:
    """Escape for the inside of a SPARQL double-quoted string."""
    return (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))


TOPICS = {  # the words a topic name stands for in directives-by-topic
    "bansos": "bansos|bantuan sosial|pkh|sembako|bantuan",
    "netralitas": "netral|asn|kampanye|pns",
    "pilkada": "pilkada|pemilu|pemilihan|tps|kpu|bawaslu|kampanye|paslon",
}


def load_query(name: str, params: dict[str, str] | None = None) -> str:
    """The query text with ``{{param}}`` filled (escaped) from ``params`` or the header defaults."""
    values = {**defaults(name), **(params or {})}
    text = raw_query(name)
    missing = sorted(set(_PARAM.findall(text)) - set(values))
    if missing:
        raise KeyError(f"query '{name}' needs --param {', '.join(m + '=...' for m in missing)}")
    if "topic" in values:
        values["topic"] = TOPICS.get(values["topic"].lower(), values["topic"])
    return _PARAM.sub(lambda m: _escape(str(values[m.group(1)])), text)


def sort_rows(rows: list[dict]) -> list[dict]:
    """Rows in column order (None first): the big queries leave sorting to the client, where it is cheap."""
    return sorted(rows, key=lambda r: tuple((v is not None, v or "") for v in r.values()))


def format_rows(rows: list[dict], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    cols = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    if not rows:
        return "(no rows)"
    cells = [[("" if r[c] is None else str(r[c])).replace("\n", " ") for c in cols] for r in rows]
    width = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    fit = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"  # noqa: E731
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, width)), "  ".join("-" * w for w in width)]
    lines += ["  ".join(fit(v, w).ljust(w) for v, w in zip(row, width)) for row in cells]
    return "\n".join(lines + [f"({len(rows)} rows)"])

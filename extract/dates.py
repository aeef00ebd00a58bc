"""Indonesian (and English) date expressions in news: "Senin (14/10/2024)", "Selasa (1/3)", "15 Oktober 2024", "Mar 2, 2022"."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12, "dec": 12, "december": 12,
}
DAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))

PATTERNS = [
    # 2024-10-14
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    # 14/10/2024, 3/10/24, (1/3) after a day name
    ("dmy", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
    ("dm", re.compile(rf"{DAYS}\s*,?\s*\((\d{{1,2}})/(\d{{1,2}})\)", re.I)),
    # 15 Oktober 2024, 14 Okt 2024, 15 Oktober (year from ref)
    ("d_month_y", re.compile(rf"\b(\d{{1,2}})\s+({_MON})\.?(?:\s+(\d{{4}}))?\b", re.I)),
    # Mar 2, 2022 / March 2 2022
    ("month_d_y", re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)),
]


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(y: str) -> int:
    n = int(y)
    return 2000 + n if n < 100 else n


def _resolve_yearless(d: int, m: int, ref: date | None) -> date | None:
    if ref is None:
        return None
    got = _mk(ref.year, m, d)
    if got and got > ref:  # "Selasa (1/3)" in an article of 2 Mar 2022 is 1 Mar 2022, never a future date
        got = _mk(ref.year - 1, m, d)
    return got


def find_dates(text: str, ref: date | None = None) -> list[tuple[int, int, date]]:
    """Every date expression in ``text`` as (start, end, date), in order, overlaps removed."""
    found: list[tuple[int, int, date]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            g = m.groups()
            if kind == "iso":
                dt = _mk(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "dmy":
                dt = _mk(_year(g[2]), int(g[1]), int(g[0]))
            elif kind == "dm":
                dt = _resolve_yearless(int(g[0]), int(g[1]), ref)
            elif kind == "d_month_y":
                mon = MONTHS[g[1].lower()]
                dt = _mk(int(g[2]), mon, int(g[0])) if g[2] else _resolve_yearless(int(g[0]), mon, ref)
            else:
                dt = _mk(int(g[2]), MONTHS[g[0].lower()], int(g[1]))
            if dt and not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), dt))
    return sorted(found)


def parse_date(s: str, ref: date | None = None) -> date | None:
    """The first date in ``s`` (see ``find_dates``), or None."""
    got = find_dates(s, ref)
    return got[0][2] if got else None


_DAY_BEFORE = re.compile(rf"{DAYS}\s*[,(]?\s*\(?$", re.I)


def find_publication_date(text: str, head_chars: int = 1500) -> date | None:
    """The reporting date: the first full date led by a day name ("Selasa 15 Oktober 2024", "Senin (14/10/2024)"),
    as news attributes statements that way; else the first full date in the article's head."""
    dates = find_dates(text)
    for s, _, d in dates:
        if _DAY_BEFORE.search(text[max(0, s - 12):s]):
            return d
    for s, _, d in dates:
        if s < head_chars:
            return d
    return None

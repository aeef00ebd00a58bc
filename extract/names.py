"""Person names: strip honorifics, degrees and ranks; normalise case; link short mentions to full names."""
from __future__ import annotations

import re

from .lexicon import honorifics, rank_phrases

_SPLIT = re.compile(r"[\s,]+")


def _low(w: str) -> str:
    return w.lower().strip(",;")


def is_pre(w: str) -> bool:
    h = honorifics()
    lw = _low(w)
    return any(x in h["pre"] or x in h["rank"] for x in (lw, lw.rstrip(".")))


def rank_len(words: list[str], k: int) -> int:
    """How many of the lower-case ``words`` from ``k`` on are a rank: written out ("Inspektur Jenderal", "Laksamana
    Madya") or one rank word, with a corps after it ("Irjen Pol", "Kombes Pol.", "Jenderal TNI"); 0 if none."""
    n = next((len(p) for p in rank_phrases() if tuple(words[k:k + len(p)]) == p), 0)
    if not n and k < len(words) and words[k].rstrip(".") in honorifics()["rank"]:
        n = 1
    while n and k + n < len(words) and words[k + n].rstrip(".") in {"pol", "polisi", "tni"}:
        n += 1
    return n


def is_post(w: str) -> bool:
    h = honorifics()
    lw = _low(w)
    return lw in h["post"] or lw in h["corps"] or lw.rstrip(".") in h["post"]


def normalize_name(raw: str) -> str:
    """"Drs. H. Ahmad wiryawan, S.Sos., M.Si" -> "Ahmad Wiryawan"; ranks and corps ("AKBP", "Letkol Inf.") go too."""
    words = [w for w in _SPLIT.split(raw.strip()) if w]
    while words and (is_pre(words[0]) or is_post(words[0])):
        words.pop(0)
    while words and is_post(words[-1]):
        words.pop()
    out = []
    for w in words:
        w = re.sub(r"(?<=[a-z])\d{1,2}$", "", w.strip(".,;:()\"'“”"))  # "Lahadalia2": a list's footnote number
        if not w:
            continue
        keep = w in ("bin", "binti") and 0 < len(out)  # "Mohammed bin Zayed": the particle stays lower-case
        out.append(w[:1].upper() + w[1:] if w.islower() and not keep else w)
    return " ".join(out)


def name_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", normalize_name(name).lower())


def link_short(mention: str, full_names: list[str]) -> str | None:
    """The one full name a short mention ("Haris", "Zonny") belongs to, or None if none or ambiguous."""
    m = normalize_name(mention).lower().split()
    if not m:
        return None
    hits = [f for f in full_names if m != f.lower().split() and _contains(f.lower().split(), m)]
    uniq = sorted(set(hits))
    if len(uniq) > 1:  # "Prabowo" with "Prabowo Subianto" and "Listyo Sigit Prabowo": news shortens to the first name
        uniq = [f for f in uniq if f.lower().split()[:len(m)] == m]
    return uniq[0] if len(uniq) == 1 else None


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


MUHAMMAD = {"muhammad", "mohammad", "mohamad", "muhamad", "mochammad", "mochamad", "moch", "moh", "m"}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def same_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: the same words but for a form of Muhammad, a doubled letter ("Affifudin"/"Afifudin")
    or one letter in one word of four letters or more ("Dermawan"/"Darmawan"; six in a one-word name: "Harmianto"/
    "Harminto")."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb) or not wa:
        return False
    squash = lambda w: re.sub(r"(.)\1", r"\1", w)  # noqa: E731
    diff = [(x, y) for x, y in zip(wa, wb) if x != y and squash(x) != squash(y)
            and not (x in MUHAMMAD and y in MUHAMMAD)]
    return len(diff) == 0 or len(diff) == 1 and min(map(len, diff[0])) >= (4 if len(wa) >= 2 else 6) \
        and _one_edit(*diff[0])

"""Hand-reviewed lexicon in extract/data: roles, status qualifiers, honorifics, bodies, directive cues."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class RoleEntry:
    surface: str  # lower-case words
    role: str  # canonical Indonesian title
    scope: str  # kabupaten|kota|provinsi|region|ministry|body or a fixed org name
    takes_unit: bool  # "Kepala Dinas" + unit name


def _rows(name: str) -> list[list[str]]:
    text = resources.files("simpul.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def roles() -> dict[tuple[str, ...], RoleEntry]:
    """Role surface forms as word tuples (lower-case) -> entry."""
    out = {}
    for surface, role, scope, unit in _rows("roles.tsv"):
        out[tuple(surface.split())] = RoleEntry(surface, role, scope, unit == "yes")
    return out


@cache
def role_max_len() -> int:
    return max(len(k) for k in roles())


@cache
def qualifiers() -> dict[tuple[str, ...], str]:
    return {tuple(s.split()): q for s, q in _rows("qualifiers.tsv")}


@cache
def honorifics() -> dict[str, frozenset[str]]:
    """{"pre": .., "post": .., "rank": .., "corps": ..} lower-case forms (with and without final dot)."""
    text = resources.files("simpul.extract").joinpath("data", "honorifics.txt").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        for w in line.split():
            out.setdefault(section, set()).update({w, w.rstrip(".")})
    return {k: frozenset(v) for k, v in out.items()}


@cache
def bodies() -> dict[str, tuple[str, bool]]:
    """Short form (as written) -> (full name, regional)."""
    return {s: (full, reg == "yes") for s, full, reg in _rows("bodies.tsv")}


@cache
def cues() -> dict[tuple[str, ...], str]:
    return {tuple(c.split()): kind for c, kind in _rows("cues.tsv")}


@cache
def region_aliases() -> dict[str, str]:
    return {alias.lower(): code for alias, code in _rows("region_aliases.tsv")}


def is_role_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return any(w == k[0] for k in roles()) or (w,) in qualifiers() or w + "." in {k[0] for k in qualifiers()}


@cache
def unit_acronyms() -> dict[str, tuple[str, str | None]]:
    """"DLH" -> ("Lingkungan Hidup", "Dinas"): the unit an acronym names; head None when it is not certain."""
    return {short: (full, None if head == "-" else head) for short, full, head in _rows("unit_acronyms.tsv")}

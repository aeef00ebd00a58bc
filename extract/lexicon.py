"""Hand-reviewed lexicon in extract/data: roles, status qualifiers, honorifics, bodies, directive cues."""
from __future__ import annotations

import re
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
    for row in ministry_rows():
        tail = row.full.removeprefix("Kementerian ")
        for form in row.ministers:  # "menlu" -> Menteri Luar Negeri; "wamenlu" -> its deputy
            out[tuple(form.split())] = RoleEntry(form, f"Menteri {tail}", row.full, False)
            if form.startswith("men") and not form.startswith("menko"):
                deputy = "wa" + form
                out[tuple(deputy.split())] = RoleEntry(deputy, f"Wakil Menteri {tail}", row.full, False)
    for surface, role, scope, unit in _rows("roles.tsv"):
        out[tuple(surface.split())] = RoleEntry(surface, role, scope, unit == "yes")
    return out


@dataclass(frozen=True)
class MinistryRow:
    full: str  # "Kementerian Luar Negeri"
    ministers: tuple[str, ...]  # the minister's short forms, lower-case: ("menlu",)
    shorts: tuple[str, ...]  # the ministry's short forms as written: ("Kemlu", "Kemenlu")


@cache
def ministry_rows() -> tuple[MinistryRow, ...]:
    """The ministries of extract/data/ministries.tsv, current and earlier cabinets."""
    def split(cell: str) -> tuple[str, ...]:
        return tuple(c.strip() for c in cell.split(",") if c.strip())
    return tuple(MinistryRow(row[0], split(row[1]), split(row[2])) for row in _rows("ministries.tsv"))


@cache
def role_max_len() -> int:
    return max(len(k) for k in roles())


@cache
def qualifiers() -> dict[tuple[str, ...], str]:
    return {tuple(s.split()): q for s, q in _rows("qualifiers.tsv")}


def _sections(name: str) -> dict[str, list[str]]:
    """The lines of a ``[section]`` file in extract/data, by section; comments and blank lines left out."""
    text = resources.files("simpul.extract").joinpath("data", name).read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        out.setdefault(section, []).append(line)
    return out


@cache
def honorifics() -> dict[str, frozenset[str]]:
    """{"pre": .., "post": .., "rank": .., "corps": ..} lower-case forms (with and without final dot)."""
    return {k: frozenset(f for line in lines for w in line.split() for f in (w, w.rstrip(".")))
            for k, lines in _sections("honorifics.txt").items() if k != "rank phrase"}


@cache
def rank_phrases() -> tuple[tuple[str, ...], ...]:
    """Ranks written out in words, lower-case word tuples, longest first: ("ajun", "komisaris", "besar"), ..."""
    return tuple(sorted((tuple(line.split()) for line in _sections("honorifics.txt")["rank phrase"]), key=len, reverse=True))


@cache
def name_prefixes() -> dict[str, frozenset[tuple[str, ...]]]:
    """{"head": .., "head-name-only": .., "head-before-middle": .., "head-after-word": .., "middle": ..}: Balinese and Sasak name parts
    before a given name, each a tuple of words in their case ("Anak", "Agung")."""
    return {k: frozenset(tuple(line.split()) for line in lines) for k, lines in _sections("name_prefixes.txt").items()}


@cache
def bodies() -> dict[str, tuple[str, bool]]:
    """Short form (as written) -> (full name, regional); every ministry under its full name and short forms."""
    out = {m: (row.full, False) for row in ministry_rows()
           for m in (row.full, row.full.replace(", dan ", " dan "), *row.shorts)}
    out.update({s: (full, reg == "yes") for s, full, reg in _rows("bodies.tsv")})
    return out


@cache
def countries() -> dict[str, str]:
    """Foreign countries as written ("AS", "Tiongkok", "Latvia") -> the name the graph uses ("Amerika Serikat")."""
    return {written: name for written, name in _rows("countries.tsv")}


@cache
def cues() -> dict[tuple[str, ...], str]:
    return {tuple(c.split()): kind for c, kind in _rows("cues.tsv")}


@cache
def region_aliases() -> dict[str, str]:
    return {alias.lower(): code for alias, code in _rows("region_aliases.tsv")}


# political parties' short names, and the boards of their national, provincial and local branches
PARTIES = frozenset({"NasDem", "Nasdem", "Golkar", "Gerindra", "PDIP", "PDI", "PKB", "PKS", "PAN", "Demokrat", "PPP",
                     "Perindo", "PSI", "Hanura", "Partai"})
PARTY_BOARDS = frozenset({"DPP", "DPW", "DPD", "DPC"})
PARTY_ORGANS = frozenset({("dewan", "pembina"), ("dewan", "kehormatan"), ("dewan", "pakar"), ("dewan", "penasihat"),
                          ("dewan", "syura"), ("majelis", "tinggi")})


def is_party(org: str) -> bool:
    """"Golkar", "Partai Buruh", "DPP PDIP", "Dewan Pembina Partai Demokrat": a party, one of its boards or organs."""
    w = org.split()
    k = 1 if w and w[0] in PARTY_BOARDS else 2 if tuple(x.lower() for x in w[:2]) in PARTY_ORGANS else 0
    if k == 1 and len(w) > 1 and w[1] in ("I", "II"):
        k = 2  # "DPD II Golkar Makassar"
    return len(w) > k and w[k] in PARTIES


def is_role_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return any(w == k[0] for k in roles()) or (w,) in qualifiers() or w + "." in {k[0] for k in qualifiers()}


@cache
def unit_acronyms() -> dict[str, tuple[str, str | None]]:
    """"DLH" -> ("Lingkungan Hidup", "Dinas"): the unit an acronym names; head None when it is not certain."""
    return {short: (full, None if head == "-" else head) for short, full, head in _rows("unit_acronyms.tsv")}


@cache
def directorates() -> dict[tuple[str, ...], tuple[str, str]]:
    """"bea dan cukai" -> ("Bea dan Cukai", "Kementerian Keuangan"): a directorate general and its ministry."""
    return {tuple(name.lower().split()): (name, ministry) for name, ministry in _rows("directorates.tsv")}


@cache
def body_forms() -> dict[str, tuple[str, ...]]:
    """Full name -> the short forms the lexicon writes it with ("Kejaksaan Agung" -> ("Kejagung",))."""
    out: dict[str, list[str]] = {}
    for short, (full, _) in bodies().items():
        out.setdefault(full, []).append(short)
    return {full: tuple(shorts) for full, shorts in out.items()}


@cache
def body_tokens() -> dict[tuple[str, ...], str]:
    """A body's short form or full name as the tokeniser splits it ("Desa", ",", "Pembangunan" ...) -> as bodies() keys it."""
    return {tuple(re.sub(r",", " , ", short).split()): short for short in bodies()}


@cache
def body_token_max() -> int:
    return max(len(t) for t in body_tokens())


def _unit_key(name: str) -> tuple[str, ...]:
    """A unit name as the lower-case words of tokenised text: "Desa, Pembangunan" -> ("desa", ",", "pembangunan")."""
    return tuple(re.sub(r",", " , ", name).lower().split())


@cache
def ministry_units() -> dict[tuple[str, ...], str]:
    """What follows "Menteri" in the text -> the ministry's name without "Kementerian": every known ministry's name,
    also without its last comma ("Desa, Pembangunan Daerah Tertinggal dan Transmigrasi") or, for a coordinating
    ministry, without "Bidang"; and the "Kementerian ..." short forms ("Hukum dan HAM", "PUPR")."""
    out: dict[tuple[str, ...], str] = {}
    for short, (full, _) in bodies().items():
        if not (short.startswith("Kementerian ") and full.startswith("Kementerian ")):
            continue
        tail, written = full.removeprefix("Kementerian "), short.removeprefix("Kementerian ")
        for v in {w.replace(", dan ", " dan ") for w in (written, written.replace("Koordinator Bidang ", "Koordinator "))} \
                | {written, written.replace("Koordinator Bidang ", "Koordinator ")}:
            out.setdefault(_unit_key(v), tail)
    return out


@cache
def ministries() -> frozenset[str]:
    """Every ministry's full name the lexicon knows: as a body, as a unit acronym's ministry, as a directorate's."""
    return frozenset({full for full, _ in bodies().values() if full.startswith("Kementerian ")}
                     | {f"Kementerian {full}" for full, head in unit_acronyms().values() if head == "Kementerian"}
                     | {ministry for _, ministry in directorates().values()})

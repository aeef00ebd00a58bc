"""Reading the bodies and offices written after a post: regional offices with their region ("Polres Bengkalis",
"Kejari Jember"), known bodies with or without a region ("KPU Kabupaten Jember"), a section's parent body, schools,
party boards, firms, the tagger's organisations and associations.

``BodyReader`` is the part of ``SentenceMentions`` (``mentions.py``) that reads them; it uses the sentence's
``toks``, ``words``, ``per`` and ``prefer`` and the mention reader's ``_region_at``, ``_unit_parts``,
``_is_name_tok`` and ``_rank_before_name``."""
from __future__ import annotations

import re

from .lexicon import (PARTIES, PARTY_BOARDS, PARTY_ORGANS, bodies, body_token_max, body_tokens, is_party,
                      is_role_word, ministries)
from .names import is_pre, rank_len
from .records import Token
from .regions import Region, candidates, resolve_region

SCHOOL_TYPES = {"SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "MI", "MIN", "MTs", "MTsN", "MTS", "MTSN", "MA",
                "MAN", "SLB",
                "SLBN", "TK"}
# words that open the name of an association, whose officers the news names ("Ketua Forum HRD X")
ASSOCIATIONS = {"forum", "ikatan", "persatuan", "asosiasi", "himpunan", "paguyuban", "yayasan", "perkumpulan",
                "gabungan", "serikat", "aliansi", "komunitas", "koperasi", "gerakan", "keluarga", "perhimpunan",
                "presidium"}
# words that open a campus's or faculty's name, never a person's
ACADEMIC_HEADS = frozenset({"fakultas", "universitas", "institut", "politeknik"})
# the heads of a regional body's name that a section head names after his section ("Dinas Bina Marga Kabupaten X")
SECTION_PARENTS = {"dinas": "Dinas", "badan": "Badan", "sudin": "Suku Dinas", "kantor": "Kantor"}
FIRMS = ("PT", "CV", "Perum")  # words that open a firm's name: "PT Pertamina", "Perum Bulog"
# a party board written out before its short form: "Dewan Pimpinan Wilayah (DPW) PPP Jateng"
SPELLED_BOARDS = {"pusat": "DPP", "wilayah": "DPW", "daerah": "DPD", "cabang": "DPC"}
COMPASS = {"Pusat", "Utara", "Selatan", "Barat", "Timur"}
# regional offices of the police, the army and the prosecution: each takes the region written after it
OFFICES = ("Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Kodim", "Korem", "Kodam", "Koramil",
           "Kejaksaan Negeri", "Kejaksaan Tinggi")
OFFICE_SHORT = {"Kejari": "Kejaksaan Negeri", "Kejati": "Kejaksaan Tinggi"}
# the same offices written out, as unit heads' offices are ("Kasat Reskrim Kepolisian Resor Bengkalis")
OFFICE_WRITTEN = {("kejaksaan", "negeri"): "Kejaksaan Negeri", ("kejaksaan", "tinggi"): "Kejaksaan Tinggi",
                  ("kepolisian", "daerah"): "Polda", ("kepolisian", "resor"): "Polres", ("kepolisian", "resort"): "Polres",
                  ("kepolisian", "resor", "kota"): "Polresta", ("kepolisian", "resor", "kota", "besar"): "Polrestabes",
                  ("kepolisian", "sektor"): "Polsek", ("komando", "distrik", "militer"): "Kodim",
                  ("komando", "resor", "militer"): "Korem", ("komando", "daerah", "militer"): "Kodam",
                  ("komando", "rayon", "militer"): "Koramil"}
# central-government offices in a region, named with the region's bare name (GUIDELINE: the office itself)
OFFICE_BODIES = ("Kejaksaan", "KPP", "Pengadilan")


def _longest(words: list[str], i: int, table: dict, maxlen: int):
    for n in range(min(maxlen, len(words) - i), 0, -1):
        hit = table.get(tuple(words[i:i + n]))
        if hit is not None:
            return hit, i + n
    return None, i


def _paren_close(toks: list[Token], k: int, limit: int) -> int | None:
    """Index of the ")" closing a "(" at ``k`` within ``limit`` tokens, or None."""
    if k < len(toks) and toks[k].text == "(":
        return next((m for m in range(k + 1, min(len(toks), k + limit + 1)) if toks[m].text == ")"), None)
    return None


def _skip_paren(toks: list[Token], k: int, limit: int = 5) -> int:
    close = _paren_close(toks, k, limit)
    return k if close is None else close + 1


def is_ministry(name: str) -> bool:
    """A ministry the lexicon knows by this full name ("Kementerian Desa dan Pembangunan Daerah Tertinggal")."""
    return name in ministries()


def _cap(t: str) -> bool:
    return t[:1].isupper()


class BodyReader:
    """The body and office readers of ``SentenceMentions``."""

    def _office(self, scope: str, k: int) -> tuple[str, Region | None, int]:
        """A regional office and its region, the region written at ``k``: "Polres" + "Bengkalis", "Kodim" + "0303"."""
        toks = self.toks
        parts = []
        while k < len(toks) and re.fullmatch(r"\d+", toks[k].text):  # "Dandim 0303", "Kodim 0207/Simalungun"
            parts.append(toks[k].text)
            k += 1
            if k + 1 < len(toks) and toks[k].text == "/" and _cap(toks[k + 1].text):
                parts[-1] += "/" + toks[k + 1].text
                k += 2
                j = k  # "Korem 042/Garuda Putih Kolonel Inf Nama": a command's name of two words, up to the rank
                while j < len(toks) and j - k < 2 and _cap(toks[j].text) and not rank_len(self.words, j):
                    j += 1
                if j > k and rank_len(self.words, j):
                    parts[-1] += " " + " ".join(t.text for t in toks[k:j])
                    k = j
        if k < len(toks) and toks[k].text == "Metro":  # "Polda Metro Jaya", "Polres Metro Depok": the capital's police
            parts.append("Metro")
            k += 1
            if k < len(toks) and toks[k].text == "Jaya":
                return f"{scope} Metro Jaya", None, k + 1
            if k + 1 < len(toks) and toks[k].text == "Jakarta" and toks[k + 1].text in COMPASS:
                return f"{scope} Metro Jakarta {toks[k + 1].text}", None, k + 2
        if scope == "Kodam" and k < len(toks) and re.fullmatch(r"[IVX]+", toks[k].text):
            j = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "/" else k + 1
            named = j < len(toks) and _cap(toks[j].text) and j not in self.per and not is_pre(toks[j].text)
            # "Pangdam V Brawijaya", "Kodam IV/Diponegoro": the command's number and name
            return f"Kodam {toks[k].text}" + (f" {toks[j].text}" if named else ""), None, j + 1 if named else k + 1
        for name in ("Iskandar Muda", "Jayakarta", "Jaya"):  # the two commands named without a number
            n = len(name.split())
            if scope == "Kodam" and " ".join(t.text for t in toks[k:k + n]) == name:
                return f"Kodam {name}", None, k + n
        if scope in ("Polsek", "Koramil"):  # a sector's or rayon's office, named after its district
            local = self._local_office_name(k, scope)
            if local:
                return local
        city = self._city_office_at(k)
        reg, k2 = city or self._region_at(k, None)
        if reg:  # the region's own spelling: "Polda Jabar" and "Polda Jawa Barat" are one office
            parts.append(reg.bare + (" Kota" if city else ""))
            k = k2
        else:  # "Polresta Bandung": a name that regency and city share still names the office, not a person
            for n in (3, 2, 1):
                seg = toks[k:k + n]
                if len(seg) == n and all(_cap(t.text) for t in seg) and candidates(" ".join(t.text for t in seg)):
                    parts.append(" ".join(t.text for t in seg))
                    k += n
                    break
        return (" ".join([scope] + parts)), reg, k  # the region is the office's jurisdiction

    def _local_office_name(self, k: int, scope: str) -> tuple[str, Region | None, int] | None:
        """"Polsek Denpasar Barat", "Polsek Sukajadi": a sector office is named after its district, which is no region
        of the code list; its words run to a rank, a title or the next person."""
        toks = self.toks
        j = k
        while j < len(toks) and j - k < 3 and _cap(toks[j].text) and not is_pre(toks[j].text) \
                and not is_role_word(toks[j].text) and (j == k or j not in self.per or toks[j].text in COMPASS):
            j += 1
        reg, k2 = self._region_at(k, None)
        if j == k or (reg and k2 == j):
            return None  # "Polsek Bengkalis": the region's own path
        if not (j < len(toks) and (toks[j].text == "," or is_pre(toks[j].text) or j in self.per)):
            return None  # "Kapolsek Darmono tidak ...": no holder after the words, so they are the holder
        return f"{scope} " + " ".join(t.text for t in toks[k:j]), None, j

    def _office_name_at(self, k: int) -> tuple[str, int] | None:
        """The office named at ``k`` ("Polda", "Kejari", "Kepolisian Resor") and the index after its name."""
        if k >= len(self.toks):
            return None
        t = self.toks[k].text
        if OFFICE_SHORT.get(t, t) in OFFICES:
            return OFFICE_SHORT.get(t, t), k + 1
        if not _cap(t):
            return None
        scope, j = _longest(self.words, k, OFFICE_WRITTEN, 4)
        return (scope, j) if scope else None

    def body_spanning(self, s: int, e: int) -> tuple[str, Region | None] | None:
        """The government body tokens s..e-1 name, exactly: an office with its region ("Polda Jatim"), a known body
        with its region ("KPU Kabupaten Jember"), or a ministry written out ("Kementerian Keuangan")."""
        hit = self._office_at(s) or self._body_with_region(s)
        if hit and hit[2] == e and not is_party(hit[0]):
            return hit[0], hit[1]
        name = " ".join(t.text for t in self.toks[s:e])
        return (name, None) if is_ministry(name) else None

    def _office_at(self, k: int) -> tuple[str, Region | None, int] | None:
        """An office written out at ``k`` ("Polda Sumut", "Kejari Jember", "Kepolisian Resor Bengkalis"): where a unit
        head sits, "Kabid Humas Polda Sumut"."""
        hit = self._office_name_at(k)
        return self._office(*hit) if hit else None

    def _city_office_at(self, k: int) -> tuple[Region, int] | None:
        """"Polres Tasikmalaya Kota", "Kapolres Sukabumi Kota": a regional office named after a city with "Kota"
        behind the name (the regency's office has the bare name)."""
        toks = self.toks
        if k + 1 < len(toks) and _cap(toks[k].text) and toks[k + 1].text == "Kota":
            city = resolve_region(toks[k].text, "kota", self.prefer)
            if city and city.level == "kota":
                return city, k + 2
        return None

    def _body_at(self, k: int) -> tuple[str, bool, int] | None:
        """The longest body short form or full name written at ``k`` ("DPRD", "Dewan Perwakilan Daerah (DPD) RI")."""
        hit = self._body_span(k)
        if hit is None:
            return None
        full, regional = bodies()[hit[0]]
        j = _skip_paren(self.toks, hit[1])
        if j < len(self.toks) and self.toks[j].text == "RI":
            j += 1
        return full, regional, j

    def _body_span(self, k: int) -> tuple[str, int] | None:
        """The longest body short form or full name that the tokens from ``k`` spell, as bodies() keys it, and the
        index after it ("Kementerian Desa , Pembangunan Daerah Tertinggal , dan Transmigrasi")."""
        known = body_tokens()
        for n in range(min(body_token_max(), len(self.toks) - k), 0, -1):
            short = known.get(tuple(t.text for t in self.toks[k:k + n]))
            if short is not None:
                return short, k + n
        return None

    def _body_with_region(self, k: int) -> tuple[str, Region | None, int] | None:
        """A known body written at ``k``, with the region after it when the body has regional offices: "KPU Kabupaten
        Simalungun", "Kejaksaan Tinggi Sumatera Selatan", "KPP Pratama Klaten", each as officially named."""
        hit = self._body_at(k)
        if not hit:
            return None
        full, regional, j = hit
        # "Badan Penanggulangan Bencana Daerah (BPBD) Jember": the short form in brackets before the region
        reg, j2 = self._region_at(_skip_paren(self.toks, j), None) if regional else (None, j)
        if not reg and regional and full.startswith(OFFICE_BODIES):
            # "Kejari Semarang", "PN Semarang": a name that regency and city share still names the office
            j0 = _skip_paren(self.toks, j)
            for n in (3, 2, 1):
                seg = self.toks[j0:j0 + n]
                if len(seg) == n and all(_cap(t.text) for t in seg) and candidates(" ".join(t.text for t in seg)):
                    return f"{full} {' '.join(t.text for t in seg)}", None, j0 + n
        if not reg:
            return full, None, j
        return f"{full} {reg.bare if full.startswith(OFFICE_BODIES) else reg.name}", reg, j2

    def _section_parent(self, k: int) -> tuple[str, Region | None, int] | None:
        """The Dinas, Badan, Suku Dinas or Kecamatan a section sits in, written after the section ("Dinas Bina Marga
        Kabupaten Jember", "Sudin Bina Marga Jakarta Utara", "Kecamatan Sumbersari"), with the index after it."""
        toks, words = self.toks, self.words
        j = k + 1 if k < len(toks) and toks[k].text == "," else k
        if j < len(toks) and words[j] in ("kecamatan", "kelurahan") and j + 1 < len(toks) and _cap(toks[j + 1].text) \
                and j + 1 not in self.per:
            return f"{toks[j].text.capitalize()} {toks[j + 1].text}", None, j + 2
        if j + 1 < len(toks) and words[j:j + 2] == ["suku", "dinas"]:
            head, j = "Suku Dinas", j + 2
        elif j < len(toks) and words[j] in SECTION_PARENTS and _cap(toks[j].text):
            head, j = SECTION_PARENTS[words[j]], j + 1
        else:
            return None
        parts, j = self._unit_parts(j)
        if not parts:
            return None
        j2 = j + 1 if j + 1 < len(toks) and toks[j].text == "," else _skip_paren(toks, j)  # ", Jakarta Utara," "(Distan)"
        reg, j3 = self._region_at(j2, None)
        name = f"{head} {' '.join(parts)}".rstrip(",")
        return (f"{name} {reg.name}", reg, j3) if reg else (name, None, j)

    def _school_at(self, k: int) -> tuple[str, Region | None, int] | None:
        """"SMA Negeri 16 Palembang", "Sekolah SMPN 33", "SDN 2 Sukamaju": a school, with its town when one is written."""
        toks = self.toks
        if self.words[k:k + 1] == ["sekolah"]:
            k += 1
        if k >= len(toks) or toks[k].text not in SCHOOL_TYPES:
            return None
        j = k + 1
        if j < len(toks) and toks[j].text in ("Negeri", "Swasta"):
            j += 1
        if j < len(toks) and re.fullmatch(r"\d{1,3}", toks[j].text):
            j += 1
        elif j < len(toks) and toks[j].text not in ("Negeri", "Swasta"):
            start = j  # a named school: "SMKN Restorasi Pulau Komodo", "SDN Gadis Cisaat"
            while j < len(toks) and j - start < 4 and _cap(toks[j].text) and j not in self.per \
                    and not is_role_word(toks[j].text):
                j += 1
            return " ".join(t.text for t in toks[k:j]), None, j
        reg, j2 = self._region_at(j, None)
        if reg and j not in self.per:  # a town, unless the tagger reads it as the head's name
            j = j2
        elif j < len(toks) and j not in self.per and _cap(toks[j].text) and candidates(toks[j].text):
            j += 1  # "SMAN 11 Semarang": a town whose level is not said
        else:  # "SMAN 1 Sukorejo": a place the region list lacks, inside the tagger's name of the school
            end = max((e.end for e in self.sent.entities if e.type != "PER" and e.start == toks[k].start), default=0)
            while j < len(toks) and toks[j].end <= end and j not in self.per and _cap(toks[j].text):
                j += 1
        return " ".join(t.text for t in toks[k:j]), reg, j

    def _party_board(self, k: int) -> tuple[str, Region | None, int] | None:
        """"DPP PDIP", "DPW Partai NasDem Jawa Timur", "DPC Partai Buruh Jember": a party board, with its region below
        the national one. "DPD" alone stays the Dewan Perwakilan Daerah."""
        toks = self.toks
        spelled = SPELLED_BOARDS
        board = toks[k].text if k < len(toks) else ""
        lead = 1  # tokens of the board's name
        if self.words[k:k + 2] == ["dewan", "pimpinan"] and k + 5 < len(toks) and self.words[k + 2] in spelled \
                and [t.text for t in toks[k + 3:k + 6]] == ["(", spelled[self.words[k + 2]], ")"]:
            board, lead = toks[k + 4].text, 6  # "Dewan Pimpinan Wilayah (DPW) PPP Jateng": the board as abbreviated
        organ = lead == 1 and tuple(self.words[k:k + 2]) in PARTY_ORGANS  # "Dewan Pembina Partai Gerindra"
        if k + 1 >= len(toks) or not (board in PARTY_BOARDS or organ):
            return None
        j = k + 2 if organ else k + lead
        if not organ and j + 1 < len(toks) and toks[j].text in ("I", "II"):
            j += 1  # "DPD II Golkar Makassar": Golkar numbers its province (I) and regency (II) boards
        if j >= len(toks):
            return None
        if toks[j].text == "PDI" and j + 1 < len(toks) and toks[j + 1].text == "Perjuangan":
            j += 2  # "DPP PDI Perjuangan": the party's name in two words
        elif toks[j].text in PARTIES and toks[j].text != "Partai":
            j += 1
        elif toks[j].text == "Partai" and j + 1 < len(toks) and toks[j + 1].text in PARTIES:
            j += 2  # "Partai Demokrat": the party's own word ends it
        elif toks[j].text == "Partai":
            j += 1
            while j < len(toks) and j - k < 5 and _cap(toks[j].text) and j not in self.per \
                    and not is_role_word(toks[j].text) and not self._region_at(j, None)[0]:
                j += 1
            if toks[j - 1].text == "Partai":
                return None
        else:
            return None
        words = [board] + [t.text for t in toks[k + lead:j]]
        if words[-2:] == ["PDI", "Perjuangan"]:
            words[-2:] = ["PDI Perjuangan"]
        full = bodies().get(words[-1], (None,))[0]
        if full and full.startswith("Partai "):  # "DPW PKB" -> "DPW Partai Kebangkitan Bangsa" (GUIDELINE: full form)
            words[-2 if words[-2:-1] == ["Partai"] else -1:] = [full]
        org = " ".join(words)
        j = _skip_paren(toks, j)
        if board != "DPP" and not organ:
            reg, j2 = self._region_at(j, None)
            if reg:
                place = reg.name
                if j2 < len(toks) and toks[j2].text in COMPASS:  # "Jakarta Timur": a city the region list lacks
                    place, j2 = " ".join(t.text for t in toks[j:j2 + 1]), j2 + 1
                return f"{org} {place}", reg, j2
        return org, None, j

    def _company(self, k: int) -> tuple[str, None, int] | None:
        """"PT Pertamina (Persero)", "Perum Bulog", "CV Maju": a firm written after the post is its org."""
        toks = self.toks
        if k >= len(toks) or toks[k].text not in FIRMS:
            return None
        j = k + 1
        while j < len(toks) and j - k <= 5 and j not in self.per and (_cap(toks[j].text) or toks[j].text == "&") \
                and not is_role_word(toks[j].text):
            j += 1
        if j == k + 1:
            return None
        return " ".join(t.text for t in toks[k:j]), None, _skip_paren(toks, j)

    def _ner_org(self, k: int) -> tuple[str, None, int] | None:
        """An organisation the NER marks right after the title ("Ketua Umum Ikatan Keluarga Minang")."""
        if k >= len(self.toks) or self._rank_before_name(k):
            return None  # "Kasat Reskrim AKBP Nama": the tagger's organisation is the holder's rank
        start = self.toks[k].start
        for e in self.sent.entities:
            if e.type == "ORG" and e.start == start:
                j = k
                while j < len(self.toks) and self.toks[j].end <= e.end and not (
                        j > k and self.words[j - 1] != "direktorat" and self._rank_before_name(j)):
                    j += 1  # "Kementerian Pertahanan Laksamana Madya Nama": the rank is no part of the body (but
                    # "Direktorat Jenderal Pajak" is no "Jenderal Pajak")
                if self.toks[j - 1].end < e.end:
                    return " ".join(t.text for t in self.toks[k:j]), None, j
                return e.text, None, _skip_paren(self.toks, j)
        return None

    def _association(self, k: int) -> tuple[str, None, int] | None:
        """"Ketua Forum HRD Serang Barat, Nama": an association the tagger did not mark, named up to the comma or the
        tagged person after it."""
        if k >= len(self.toks) or self.words[k] not in ASSOCIATIONS | ACADEMIC_HEADS:
            return None  # (also a faculty or campus the tagger left out: "Dekan Fakultas Hukum Universitas X Nama")
        j = k + 1
        while j < len(self.toks) and j - k < 7 and j not in self.per and not self._honorific_before_name(j) \
                and (_cap(self.toks[j].text) or self.words[j] == "dan" or self.toks[j].text.isdigit()):
            j += 1  # "Presidium Alumni 212": a number is part of the name
        if j == k + 1 or self.words[j - 1] == "dan":
            return None
        return " ".join(t.text for t in self.toks[k:j]), None, _skip_paren(self.toks, j)

    def _honorific_before_name(self, j: int) -> bool:
        """"Asosiasi Travel Nusantara H. M. Nama": an honorific before the tagged person or another honorific ends the
        body ("Ikatan Persaudaraan Haji Indonesia" keeps its "Haji")."""
        return is_pre(self.toks[j].text) and j + 1 < len(self.toks) \
            and (j + 1 in self.per or is_pre(self.toks[j + 1].text))

    def _known_body(self, k: int) -> tuple[str, None, int] | None:
        """A body written out in full ("Kementerian Dalam Negeri"), matched exactly so a following name stays out."""
        hit = self._body_span(k)
        full = bodies()[hit[0]][0] if hit else ""
        return (full, None, hit[1]) if full.startswith("Kementerian") else None

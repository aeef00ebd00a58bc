"""Role mentions in a sentence: [qualifier] ROLE [unit] [(abbr)] [org] [,] [honorifics] [NAME] [degrees], or NAME before it.

Works on our tokens with the NER entities as a helpful signal: PER spans confirm names (and let a lower-cased
surname in, "Hadi sasmito"), LOC spans confirm regions. Role words and ranks never enter a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .bodyreader import (ASSOCIATIONS, FIRMS, OFFICES, BodyReader, _cap, _longest, _paren_close, _skip_paren,
                         is_ministry)
from .lexicon import (PARTY_BOARDS, RoleEntry, bodies, body_forms, countries, directorates, is_party, is_role_word,
                      ministry_units, qualifiers, role_max_len, roles, unit_acronyms)
from .names import is_post, is_pre, normalize_name, rank_len
from .records import Sentence, Token
from .regions import LEVEL_WORDS, Region, candidates, resolve_region

NOT_HOLDER_BEFORE = {"para", "setiap", "seluruh", "sejumlah", "semua", "kantor", "rumah", "gedung", "pendopo",
                     "jabatan", "posisi", "kursi", "sosok", "wakil", "menjadi", "peraturan", "keputusan", "instruksi",
                     "surat", "istana", "mobil",
                     # "Staf Khusus Presiden Nama", "Sekretariat / Sekretaris Militer / Ajudan Presiden Nama": the
                     # holder serves the post, he does not hold it
                     "khusus", "sekretariat", "militer", "ajudan", "utusan", "pengamanan", "staf", "ahli", "bicara",
                     "jubir", "stafsus"}
NOT_HOLDER_AFTER2 = {("rumah", "dinas"), ("mobil", "dinas"), ("kantor", "dinas")}  # "Rumah Dinas Bupati Agam"
CANDIDATE_WORDS = {"calon", "cabup", "cawabup", "cawalkot", "cagub", "cawagub", "paslon", "kandidat", "bakal", "bacalon"}
SAID = {"kata", "ujar", "ucap", "jelas", "tutur", "ungkap", "sebut", "imbuh", "tegas", "terang", "papar", "menurut"}
PLACE_ROLES = {"Camat", "Lurah", "Kepala Desa", "Pangulu"}
VILLAGE_WORDS = {"desa", "kelurahan", "kecamatan", "kampung", "dusun", "nagari", "gampong"}
UNIT_HEADS = ("Kepala Dinas", "Kepala Badan", "Kepala Pelaksana", "Kepala")  # posts an OPD acronym completes
STOP_NAME = {"dalam", "yang", "di", "dan", "ini", "itu", "para", "seluruh", "juga", "saat", "pada", "untuk", "dengan",
             "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "foto", "rakor", "rapat", "pilkada", "asn",
             "opd", "kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemprov", "kementerian", "pemerintah", "republik",
             "indonesia", "ri", "setda", "sekretariat", "bapak", "ibu", "menurut", "sementara", "selain", "sedangkan",
             "nomor", "no", "no.", "dpp", "dpw", "dpc", "partai", "fraksi", "dewan", "tahun", "pasal", "ayat",
             "kanwil", "dapil", "pantauan", "komisi", "panitia", "majelis", "bidang", "koordinator", "kuasa", "terpilih",
             "angket", "rp", "terkait",
             # pious interjections open quotes ("Alhamdulillah, Pak Wali ..."), and the NER sometimes calls them PER
             "alhamdulillah", "insyaallah", "insya", "masyaallah", "subhanallah", "astagfirullah", "astaghfirullah",
             "bismillah", "assalamualaikum", "waalaikumsalam"}
FAITHS = {"islam", "kristen", "katolik", "protestan", "hindu", "buddha", "budha", "konghucu"}  # not "Muslim", a name too
# organs of the DPR, MPR and DPRD, whose chairs and members the news names with the house after them
HOUSE_ORGANS = {("banggar",): "Badan Anggaran", ("badan", "anggaran"): "Badan Anggaran",
                ("baleg",): "Badan Legislasi", ("badan", "legislasi"): "Badan Legislasi",
                ("mkd",): "Mahkamah Kehormatan Dewan", ("mahkamah", "kehormatan", "dewan"): "Mahkamah Kehormatan Dewan",
                ("bk",): "Badan Kehormatan", ("badan", "kehormatan"): "Badan Kehormatan",
                ("bamus",): "Badan Musyawarah", ("badan", "musyawarah"): "Badan Musyawarah",
                ("burt",): "Badan Urusan Rumah Tangga", ("badan", "urusan", "rumah", "tangga"): "Badan Urusan Rumah Tangga",
                ("bksap",): "Badan Kerja Sama Antar-Parlemen", ("badan", "kerja", "sama", "antar-parlemen"):
                    "Badan Kerja Sama Antar-Parlemen", ("badan", "kerja", "sama", "antar", "parlemen"):
                    "Badan Kerja Sama Antar-Parlemen",
                ("bakn",): "Badan Akuntabilitas Keuangan Negara", ("badan", "akuntabilitas", "keuangan", "negara"):
                    "Badan Akuntabilitas Keuangan Negara",
                # the MPR's own bodies
                ("badan", "penganggaran"): "Badan Penganggaran", ("badan", "pengkajian"): "Badan Pengkajian",
                ("badan", "sosialisasi"): "Badan Sosialisasi",
                ("bapemperda",): "Badan Pembentukan Peraturan Daerah"}
HEADS_OF_STATE = {"Presiden", "Wakil Presiden", "Perdana Menteri", "Wakil Perdana Menteri", "Raja", "Kanselir"}
# foreign countries, keyed by their lower-case words: "Presiden AS Nama", "Menteri Pertahanan Latvia Nama"
FOREIGN = {tuple(k.lower().split()): v for k, v in countries().items()}
PREDECESSOR = {"pendahulu", "pendahulunya"}
PAST_ERA = {"era", "masa", "zaman", "jaman", "eks"} | PREDECESSOR
# of the association words (bodyreader.ASSOCIATIONS), those never part of a person's name ("Serikat" is: "Amerika Serikat")
ASSOCIATION_HEADS = {"yayasan", "asosiasi", "himpunan", "perhimpunan", "paguyuban", "perkumpulan", "koperasi", "ikatan",
                     "presidium", "pengurus"}
# words that close an organisation's name, never a person's ("Setara Institute", "Indonesia Corruption Watch")
ORG_TAILS = {"institute", "institut", "foundation", "center", "centre", "watch", "society", "association", "council",
             "initiative", "network", "corporation", "group", "club", "ventures", "capital", "holding", "holdings",
             "partners", "logistics"}
ORG_HEADS = {"kementerian", "kemendagri", "badan", "dinas", "sudin", "sekretariat", "setda", "kantor", "direktorat",
             "kecamatan", "kelurahan", "fakultas", "universitas"}
# posts of a section inside a Dinas, Badan or Kecamatan, whose org is that body (GUIDELINE)
SECTION_HEADS = {"Kepala Seksi", "Kepala Bidang", "Kepala Bagian", "Kepala Subbagian", "Kepala Sub Bagian",
                 "Kepala Subbidang", "Kepala Sub Bidang"}
# the first word of a central body's office named without its body ("Kantor Imigrasi", "Kantor Pertanahan"); another
# "Kantor" in a region is that region's own office ("Kantor Kesatuan Bangsa dan Politik")
CENTRAL_OFFICES = {"wilayah", "imigrasi", "pertanahan", "pertanahanan", "pelayanan", "perwakilan", "cabang", "otoritas",
                   "kesehatan", "pencarian", "sar", "bea", "syahbandar", "kementerian", "urusan", "kejaksaan"}
ROMAN = {"I", "II", "III", "IV", "V"}
# relatives named by a holder's post: "putri Presiden Soeharto, Titiek Soeharto"
KIN = {"putri", "putra", "anak", "istri", "suami", "adik", "kakak", "ayah", "ibunda", "ayahanda", "menantu", "cucu",
       "keponakan", "mertua"}
BIRTH_ORDER = {"sulung", "bungsu", "tertua", "termuda", "pertama", "kedua", "ketiga", "tunggal"}
ORDINAL_WORDS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
                 "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}
# words that open sentences and never a name ("Lalu" and "Raja" can: "Lalu M Faozal", "Raja Farooq Haider")
OPENERS = {"Diketahui", "Terkait", "Posisi", "Ternyata", "Adapun", "Bahkan", "Kini", "Akhirnya", "Selanjutnya",
           "Kemudian", "Padahal", "Sebelumnya"}
# words that open a team's or unit's name, never an untagged person's ("Tim Ahli KLHS", "Satgas Pangan")
TEAM_WORDS = {"Tim", "Satgas", "Satuan", "Kelompok", "Pokja", "Unit", "Seksi", "Subbagian", "Bagian"}
# a board read without its organisation: "Ketua Umum Dewan Pengurus Pusat (DPP) X, Nama"
PARTY_BOARD_NAMES = {"DPP", "Dewan Pengurus Pusat", "Dewan Pimpinan Pusat"}
# short forms too ambiguous for bodies.tsv ("MA" is also a Madrasah Aliyah) that are certain after a post of that body
SHORT_AFTER_POST = {"Mahkamah Agung": ("MA",)}
# posts of firms, whose unit ends where the tagger's organisation begins ("Vice President Public Relations KAI")
CORPORATE_POSTS = {"Direktur", "Vice President", "Senior Vice President", "Executive Vice President", "Head of",
                   "General Manager"}
QUOTE_MARKS = {"'", "\"", "\u2018", "\u2019", "\u201c", "\u201d", "`"}
SECTIONS = {"Pidsus": "Pidana Khusus", "Pidum": "Pidana Umum", "Intel": "Intelijen",
            "Datun": "Perdata dan Tata Usaha Negara", "BB": "Barang Bukti"}
# the police's directorates, written out in a Kasubdit's post ("Kasubdit I Dittipidsiber Bareskrim Polri")
POLICE_DIRECTORATES = {"Dittipidsiber": "Direktorat Tindak Pidana Siber", "Dittipidum": "Direktorat Tindak Pidana Umum",
                       "Dittipidkor": "Direktorat Tindak Pidana Korupsi", "Dittipikor": "Direktorat Tindak Pidana Korupsi",
                       "Dirtipikor": "Direktorat Tindak Pidana Korupsi", "Dittipidter": "Direktorat Tindak Pidana Tertentu",
                       "Dittipideksus": "Direktorat Tindak Pidana Ekonomi Khusus",
                       "Dittipidnarkoba": "Direktorat Tindak Pidana Narkoba",
                       "Ditreskrimum": "Direktorat Reserse Kriminal Umum", "Ditreskrimsus": "Direktorat Reserse Kriminal Khusus",
                       "Ditresnarkoba": "Direktorat Reserse Narkoba", "Ditlantas": "Direktorat Lalu Lintas"}
# short words inside a unit's name, written out as the GUIDELINE writes roles ("Kabid Humas" -> "Kepala Bidang Hubungan
# Masyarakat")
UNIT_WORDS = {"Humas": "Hubungan Masyarakat"}
BARE_UNIT_HEADS = {"Kepala Seksi", "Kepala Satuan", "Kepala Subdirektorat"}
# posts the news also names as a function ("jaksa penuntut umum KPK", "..., JPU mendakwa"): a holder only after them
FUNCTION_POSTS = {"Jaksa Penuntut Umum"}
# posts that serve another post: "Juru Bicara Presiden Nama" holds "Juru Bicara Presiden", not "Presiden"
RETINUE = {"Juru Bicara", "Staf Khusus", "Koordinator Staf Khusus"}
CASE_PARTIES = {"teradu", "pengadu", "terlapor", "pelapor", "tersangka", "terdakwa", "saksi", "korban", "pemohon",
                "termohon", "penggugat", "tergugat"}
# whose adviser a Staf Ahli is: "Staf Ahli Bupati Jember Bidang Ekonomi"
ADVISED = {("bupati",): "Bupati", ("gubernur",): "Gubernur", ("wali", "kota"): "Wali Kota", ("walikota",): "Wali Kota"}


@dataclass
class RoleMention:
    sentence: Sentence
    start: int  # token index where the mention starts (qualifier included)
    end: int  # token index after role + unit + org
    entry: RoleEntry
    role: str  # canonical role with its unit: "Kepala Dinas Sosial"
    qualifier: str | None
    org: str | None
    region: Region | None
    person: str | None = None
    person_span: tuple[int, int] | None = None  # token indexes
    ordinal: int | None = None  # "Presiden ke-7": the holder's place in the line of holders
    by_reference: bool = False  # the person is the one the article is talking about ("Wakil Ketua DPR ini"), not named
    held_until: int | None = None  # "periode 2010-2015 Nama": the last year the text says the post was held

    @property
    def char_span(self) -> tuple[int, int]:
        toks = self.sentence.tokens
        s = min(self.start, self.person_span[0]) if self.person_span else self.start
        e = max(self.end, self.person_span[1]) if self.person_span else self.end
        return toks[s].start, toks[e - 1].end


def _words(toks: list[Token]) -> list[str]:
    return [t.text.lower() for t in toks]


@cache
def _single_role_words() -> frozenset[str]:
    return frozenset(key[0] for key in roles() if len(key) == 1)


@cache
def _role_first_words() -> frozenset[str]:
    return frozenset(key[0] for key in roles())





def _per_tokens(sent: Sentence) -> set[int]:
    idx = set()
    for e in sent.entities:
        if e.type == "PER":
            idx |= {i for i, t in enumerate(sent.tokens) if t.start >= e.start and t.end <= e.end}
    return idx


NAME_PARTICLES = {"bin", "binti", "al", "el", "van", "von", "de", "der"}


def _initials(acronym: str, words: list[str]) -> bool:
    """"AHY" for "Agus Harimurti Yudhoyono", "HNW" for "M Hidayat Nur Wahid": a person's initials, not a body's."""
    firsts = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    core = [w for w in words if w[:1].isalpha() and w.lower() not in NAME_PARTICLES]  # "Mohammed bin Zayed Al Nahyan"
    it = iter(firsts)
    return len(acronym) >= 2 and min(len(firsts), len(core)) - len(acronym) <= 1 and all(c in it for c in acronym)




class SentenceMentions(BodyReader):
    """Finds the role mentions of one sentence."""

    def __init__(self, sent: Sentence, prefer_code: str | None = None, headline: bool = False):
        self.headline = headline
        self.sent = sent
        self.toks = sent.tokens
        self.words = _words(sent.tokens)
        self.per = _per_tokens(sent)
        self.prefer = prefer_code

    def find(self) -> list[RoleMention]:
        out: list[RoleMention] = []
        self.claimed: set[int] = set()
        self.resume = 0  # set by _at past a title that is no holder's, so its inner words open no post of their own
        i = 0
        while i < len(self.toks):
            m = self._at(i)
            if m:
                out.append(m)
                if m.person_span:
                    self.claimed |= set(range(*m.person_span))
                i = max(m.end, m.person_span[1] if m.person_span and m.person_span[1] > m.end else m.end)
            else:
                i = max(i + 1, self.resume)
        for a, b in zip(out, out[1:]):
            if not a.person and b.person and b.start == a.end + 1 and self.words[a.end] in ("sekaligus", "merangkap", "/"):
                a.person, a.person_span = b.person, b.person_span  # "Ketua MPR sekaligus Ketua Dewan Pembina X Nama",
                # "Menteri Lingkungan Hidup/Kepala Badan Pengendalian Lingkungan Hidup, Nama"
            self._respectively(a, b)
        return out

    def _respectively(self, a: RoleMention, b: RoleMention) -> None:
        """"Wakil Ketua 1 dan Ketua DPRD Nama1 dan Nama2", "Bupati dan Wakil Bupati Jember Nama1 dan Nama2": two posts at
        one body and two names, in the same order."""
        k = a.end + 1 if a.end < b.start and re.fullmatch(r"\d|[IVX]+", self.toks[a.end].text) else a.end
        if a.person or a.org or not b.person_span or k != b.start - 1 or self.words[k] != "dan":
            return
        s = b.person_span[1] + 1
        e = s
        while e < len(self.toks) and e in self.per:
            e += 1
        if s >= len(self.toks) or self.words[s - 1] != "dan" or e == s or not set(range(*b.person_span)) <= self.per:
            return
        a.person, a.person_span, a.org, a.region = b.person, b.person_span, b.org, b.region
        b.person, b.person_span = normalize_name(" ".join(t.text for t in self.toks[s:e])), (s, e)

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        q, j = _longest(self.words, i, qualifiers(), 2)
        if q is None:
            return None, i
        return q, _skip_paren(self.toks, j, 3)  # "Penjabat (Pj)"

    def _at(self, i: int, serving: bool = False) -> RoleMention | None:
        """The role mention starting at token ``i``; ``serving``: the post a retinue post before ``i`` serves."""
        q, j = self._qualifier(i)
        entry, k = _longest(self.words, j, roles(), role_max_len())
        if entry is None:
            return None
        if rank_len(self.words, i) >= 2 and self._rank_before_name(i):
            return None  # "Inspektur Jenderal Nama", "Brigadir Polisi Nama": a rank before a name, not the post Inspektur
        if i >= 2 and self.toks[i - 1].text == "-" and self.words[i - 2] == self.words[i] \
                or self.words[i + 1:i + 3] == ["-", self.words[i]]:
            return None  # "asisten - asisten pribadi presiden": a plural, nobody's post
        at = self.toks[i].start
        if any(e.type == "LOC" and e.start < at < e.end for e in self.sent.entities):
            return None  # "di Wisma Dirjen X": a post inside the name of a place
        if entry.role == "Kepala Badan" and (body := self._body_at(j + 1)) and not self._ministry_at(body[2]):
            # "Kepala Badan Gizi Nasional (BGN)": the head of a known body; with its ministry written after it, a unit
            # of that ministry ("Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian PU Nama", GUIDELINE)
            entry, k = roles()[("kepala",)], j + 1
        # "kata jubir KPK, Budi Prasetyo", "X selaku ketua Bawaslu", "jubir KPK, Budi": a lower-case title names a post
        # after a speech verb or "selaku", or with a name when a body's acronym follows it
        by_body = k < len(self.toks) and self.toks[k].text.isupper() and self.toks[k].text in bodies() \
            or self.words[k:k + 1] == ["komisi"] and k + 1 < len(self.toks) \
            and re.fullmatch(r"[IVX]+", self.toks[k + 1].text) is not None  # "anggota Komisi VII DPR RI, Nama"
        # ... but "jaksa penuntut umum KPK" in the lower case is the body's prosecution at work, not one prosecutor's post
        by_body = by_body and entry.role not in FUNCTION_POSTS
        lower_needs_name = not _cap(self.toks[j].text) and not (i > 0 and self.words[i - 1] in SAID | {"selaku"})
        if lower_needs_name and not by_body:
            return None
        if i > 0 and self.words[i - 1] in NOT_HOLDER_BEFORE and not serving \
                or CANDIDATE_WORDS & set(self.words[max(0, i - 3):i]) \
                or tuple(self.words[max(0, i - 2):i]) in NOT_HOLDER_AFTER2:
            if q is None:
                self.resume = k  # "utusan khusus Perdana Menteri Jepang": not "Menteri Jepang" either
            return None
        if q is None and i > 0:  # "Pelaksana Tugas (Plt) Wakil Bupati" has its qualifier before a paren
            q = qualifiers().get((self.words[i - 1].rstrip("."),)) if self.toks[i - 1].text not in ")" else None
        if entry.role in RETINUE and not serving:
            m = self._retinue(i, entry, q, k)
            if m:
                return m
        # "Kepala SMA Negeri 16 Palembang, Nama": the head of a school; "Kepala Kantor Wilayah BPN Jawa Tengah Nama": a
        # central body's office in a region (GUIDELINE: the office is the org; the role names the office as "Kepala
        # Balai ..." names its Balai)
        school = self._school_at(k) if entry.role in ("Kepala", "Wakil Kepala") else None
        office = ("Sekolah", *school) if school else \
            self._national_office_at(k) if entry.role in ("Kepala", "Wakil Kepala") else None
        if office:
            unit, org, region, end = office
            m = RoleMention(self.sent, i, end, entry, f"{entry.role} {unit}", q, org, region)
            self._name_after(m) or self._name_before(m)
            return m if m.person or not lower_needs_name else None
        if entry.role == "Kepala" and k < len(self.toks) \
                and unit_acronyms().get(self.toks[k].text, ("", "Kementerian"))[1] != "Kementerian":
            entry = roles()[("kepala", "dinas")]  # "Kepala DLH Kabupaten X": an OPD head, a regional post
        # an acronym names the ministry for certain, "dan" and all ("Menteri ESDM")
        certain = entry.scope == "ministry" and k < len(self.toks) \
            and unit_acronyms().get(self.toks[k].text, ("", ""))[1] == "Kementerian"
        role, k = self._unit(entry, k)
        if role in BARE_UNIT_HEADS:
            return None  # "Kasi Dal Ops" with "Dal Ops" read as a name: a section or unit head needs its unit
        role, k = self._committee(role, k)
        k, ordinal = self._ordinal(k)
        q = self._dated(i, ordinal, q)
        if q is None and PREDECESSOR & set(self.words[max(0, i - 3):i]):
            q = "mantan"  # "pendahulu saya, Presiden Joko Widodo": the predecessor's post is a former one
        if self.words[k:k + 2] == ["merangkap", "anggota"]:
            k += 2  # "Ketua merangkap anggota KPU": the chair of the body named after it
        if k < len(self.toks) and self.words[k] in ("definitif", "baru"):
            k += 1  # "Bupati definitif Jember", "Sekda baru Kabupaten Jember"
        else:
            k += self._inactive(k)  # "Gubernur nonaktif DKI Jakarta"
        if not entry.takes_unit and self.words[k:k + 1] == ["bidang"]:
            field, k = self._field(k)  # "Ketua Bidang Humas DPP PKS Nama": the board's field is part of the post
            role = f"{role} {field}"
        bracket = self._bracketed_holder(entry, k)
        if bracket:
            org, region, (s, e), end = bracket
            m = RoleMention(self.sent, i, end, entry, role, q, org, region, ordinal=ordinal)
            m.person_span, m.person = (s, e), normalize_name(" ".join(t.text for t in self.toks[s:e]))
            return m
        k = _skip_paren(self.toks, k)
        if k + 1 < len(self.toks) and self.toks[k].text == "," and entry.scope in ("region", "kabupaten", "kota") \
                and self._region_at(k + 1, None)[0]:
            k += 1  # "Kepala Dinas Pendidikan (Dikpora), Kabupaten Dompu, ..."
        office = self._office_at(k) if entry.takes_unit and entry.scope in ("region", "body") else None
        if office is None and entry.takes_unit and entry.scope == "region" and role != entry.role:
            # "Kepala Seksi X BPN Kabupaten Bogor" (GUIDELINE: a Kepala Bidang inside a Badan or Dinas sits in that body;
            # a central office in a region is the office itself)
            office = self._body_with_region(k)
            if office is None and entry.role in SECTION_HEADS:
                office = self._section_parent(k)  # "Kepala Seksi Jalan Dinas Bina Marga Kabupaten X Nama"
        fixed = entry.scope not in ("region", "kabupaten", "kota", "provinsi", "body", "ministry") \
            and entry.scope not in OFFICES  # a national body's post: "Kepala Staf Angkatan Laut Republik Islam Iran"
        abroad = _longest(self.words, k, FOREIGN, 3) if role in HEADS_OF_STATE or fixed else (None, k)
        if abroad[0]:  # "Presiden AS Nama": another country's post, not the Indonesian one
            office = abroad[0], None, _skip_paren(self.toks, abroad[1])
        org, region, k = office or self._company(k) or self._org(entry, k)
        if (self.words[k:k + 1] == ["bidang"] and " Bidang " not in f"{role} "
                or self.words[k:k + 1] == ["divisi"] and role in ("Anggota", "Ketua")):
            field, k = self._field(k)  # "Staf Ahli Bupati Jember Bidang Ekonomi", "Ketua MUI Bidang Fatwa"
            role = f"{role} {field}"
        if not self._per_paren(k):
            k = _skip_paren(self.toks, k)
        ri = 1 if self.toks[k:k + 1] and self.toks[k].text == "RI" else \
            2 if [t.text for t in self.toks[k:k + 2]] == ["Republik", "Indonesia"] else \
            1 if self.toks[k:k + 1] and self.toks[k].text == "Indonesia" and (entry.scope == "ministry"
                                                                               or role in HEADS_OF_STATE) else 0
        if ri:
            k += ri  # "Presiden RI, Prabowo Subianto", "Menteri Dalam Negeri Republik Indonesia, Nama", "Menteri
            # Pertahanan Indonesia Nama"
            if not self._per_paren(k):
                k = _skip_paren(self.toks, k)  # "Menteri Kebudayaan RI (Menbud), Nama"
        if org and not ri and entry.scope == "body" and self.toks[k:k + 1] and self.toks[k].text == "Indonesia" \
                and k + 1 in self.per:
            # "Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia Nama": a known body's national board, passed over
            # like "RI" (one key with "Ketua Umum Kadin Nama"); another body keeps the word in its name
            org, k = (org if org in body_forms() else f"{org} Indonesia"), k + 1
        if self.toks[k:k + 1] and self.toks[k].text == "/" and k + 2 < len(self.toks) \
                and self.toks[k + 1].text in bodies() and self.toks[k + 1].text.isupper() and k + 2 in self.per:
            k += 2  # "Menteri Investasi dan Hilirisasi / BKPM Nama": a second title, the holder after it
        if ordinal is None:
            k, ordinal = self._ordinal(k)  # "Presiden RI ke-7 Joko Widodo"
            q = self._dated(i, ordinal, q)
        if org is None and entry.scope == "body" and entry.takes_unit and role != entry.role:
            reg, k2 = self._region_at(k, None)
            if reg:  # "Kepala Balai Karantina ... Jawa Tengah": the office is the unit in that region
                org = f"{role.split(' ', 1)[1]} {' '.join(t.text for t in self.toks[k:k2])}"
                region, k = reg, k2
        k = self._skip_apposed_places(k)
        if org is None and role.startswith("Direktur Jenderal "):
            org = directorates().get(tuple(role.lower().split()[2:]), (None, None))[1]
        for head in ("Menteri ", "Wakil Menteri ", "Staf Ahli Menteri "):
            if org is None and entry.scope == "ministry" and role.startswith(head) \
                    and (" dan " not in role or certain or is_ministry("Kementerian " + role[len(head):])) \
                    and not role[len(head):].startswith("Bidang") and role != "Menteri Koordinator":
                # ("Staf Ahli Menteri Bidang Hukum": no ministry; "ujar Menko Luhut": which one, the text does not say)
                org = "Kementerian " + role[len(head):]  # "Menteri Hak Asasi Manusia" serves its own ministry
        m = RoleMention(self.sent, i, k, entry, role, q, org, region, ordinal=ordinal)
        # "yang diketuai Fatimah, JPU mendakwa ...": the prosecution is named as a function, its holder only after it
        self._name_after(m) or entry.role in FUNCTION_POSTS or self._name_before(m)
        if entry.role == "Pimpinan" and not (m.org and m.person_span):
            return None  # "Forum Koordinasi Pimpinan Daerah", "Pimpinan Pusat X": a board, not one leader
        if lower_needs_name and not m.person:
            return None  # "disampaikan anggota DPR dalam rapat": some member, not the one the article names
        return m

    def _retinue(self, i: int, entry: RoleEntry, q: str | None, k: int) -> RoleMention | None:
        """"Juru Bicara Presiden Nama", "Staf Khusus Menteri Keuangan Bidang X, Nama": a post that serves the post
        named at ``k`` is held at that post's body as "<post> <served post>"; None when no such post follows."""
        if k >= len(self.toks) or not _cap(self.toks[k].text):
            return None
        served = self._at(k, serving=True)
        if served is None or served.entry.scope == "body" or served.entry.role in RETINUE or served.qualifier:
            return None
        m = RoleMention(self.sent, i, served.end, entry, f"{entry.role} {served.role}", q, served.org, served.region,
                        served.person, served.person_span)
        if not m.person:
            self._name_before(m)  # "Nama, Juru Bicara Presiden, mengatakan"
        return m

    def _tagged_name(self, s: int, e: int) -> bool:
        """Tokens s..e-1, at least one, are all the tagger's person and start with a capital."""
        return s < e and set(range(s, e)) <= self.per and _cap(self.toks[s].text)

    def _per_paren(self, k: int) -> tuple[int, int] | None:
        """"Bupati Jember (Nama)": brackets that hold only a tagged person; the person's token span."""
        close = _paren_close(self.toks, k, 6)
        if close is None or any(is_role_word(t.text) for t in self.toks[k + 1:close]):
            return None  # "(Wamensesneg)": the post's short form, whatever the tagger says
        return (k + 1, close) if self._tagged_name(k + 1, close) else None

    def _bracketed_holder(self, entry: RoleEntry, k: int):
        """"Pak Menteri (Nama)", "Gubernur (Bali Nama)", "Pak Gubernur (BI Nama)": a quote's title that the writer
        explains in brackets, with its region or body and the tagged person; (org, region, person span, end) or None."""
        close = _paren_close(self.toks, k, 8)
        if close is None:
            return None
        org, region, j = None, None, k + 1
        if entry.scope in ("kabupaten", "kota", "provinsi"):
            region, j = self._region_at(j, entry.scope)
            org = region.name if region else None
        if org is None:
            body = self._body_with_region(k + 1)
            if body and body[2] < close:
                org, region, j = body
        if not self._tagged_name(j, close):
            return None
        return org, region, (j, close), close + 1

    def _committee(self, role: str, k: int) -> tuple[str, int]:
        """"Wakil Ketua Komisi VI DPR": the commission is part of the post."""
        toks = self.toks
        if role in ("Ketua", "Wakil Ketua", "Anggota", "Sekretaris") and k + 1 < len(toks) and self.words[k] == "komisi" \
                and (toks[k + 1].text in ROMAN or re.fullmatch(r"[A-E]|[IVX]+", toks[k + 1].text)):
            return f"{role} Komisi {toks[k + 1].text}", k + 2
        if role in ("Ketua", "Wakil Ketua", "Anggota", "Sekretaris"):
            organ, k2 = _longest(self.words, k, HOUSE_ORGANS, 5)
            if organ:  # "Ketua Badan Anggaran (Banggar) DPR RI", "Ketua MKD DPR": the organ is part of the post
                return f"{role} {organ}", _skip_paren(toks, k2)
        if role in ("Ketua", "Wakil Ketua", "Anggota", "Sekretaris") and self.words[k:k + 1] == ["fraksi"]:
            j = k + 2 if self.words[k + 1:k + 2] == ["partai"] else k + 1
            party = self._body_at(j)
            if party:  # "Ketua Fraksi Partai Gerindra DPRD Jateng": the group is part of the post, the house its org
                group = toks[k].text if party[0].startswith("Partai ") else " ".join(t.text for t in toks[k:j])
                return f"{role} {group} {party[0]}", party[2]
        return role, k

    def _dated(self, i: int, ordinal: int | None, q: str | None) -> str | None:
        """The qualifier of a numbered holder whose post at ``i`` the text dates: "di era Presiden ke-7", "program
        pendahulunya Presiden ke-7" make it a former one."""
        return "mantan" if ordinal and q is None and PAST_ERA & set(self.words[max(0, i - 3):i]) else q

    def _ordinal(self, k: int) -> tuple[int, int | None]:
        """"Presiden ke-7 RI", "Wakil Presiden ke-10 dan 12": which holder in the line (the highest number), not part
        of the post; the index after it and the number, or ``k`` and None."""
        words = self.words
        hit = re.fullmatch(r"ke-?(\d+)", words[k]) if k < len(words) else None
        if hit is None and words[k:k + 2] == ["ke", "-"] and k + 2 < len(words) and words[k + 2].isdigit():
            return k + 3, int(words[k + 2])  # "Presiden RI ke - 5" as some sources space it
        if hit is None and k < len(words) and words[k] in ORDINAL_WORDS:
            return k + 1, ORDINAL_WORDS[words[k]]  # "Presiden kelima Megawati"
        if not hit:
            return k, None
        n, k = int(hit.group(1)), k + 1
        while k + 1 < len(words) and words[k] in ("dan", ",") and (more := re.fullmatch(r"(?:ke-?)?(\d+)", words[k + 1])):
            n, k = max(n, int(more.group(1))), k + 2
        return k, n

    def _skip_apposed_places(self, k: int) -> int:
        """", Sulawesi Selatan (Sulsel), Budi": a province written after the regency is not the person."""
        toks = self.toks
        while k + 1 < len(toks) and toks[k].text == ",":
            reg, k2 = self._region_at(k + 1, None)
            if not reg or k2 - (k + 1) > 3:
                break
            k = _skip_paren(toks, k2)
        return k

    def _unit(self, entry: RoleEntry, k: int) -> tuple[str, int]:
        if not entry.takes_unit:
            return entry.role, k
        toks, words = self.toks, self.words
        if entry.role == "Direktur Jenderal":
            known, k2 = _longest(words, k, directorates(), 6)
            if known:  # "Dirjen Bea dan Cukai Djaka ...": a known directorate ends where its name ends
                return f"{entry.role} {known[0]}", k2
        if entry.role in ("Menteri", "Wakil Menteri"):
            known, k2 = _longest(words, k, ministry_units(), 14)
            if known:  # "Menteri Hukum dan HAM", "Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi"
                return f"{entry.role} {known}", k2
            if words[k:k + 1] == ["koordinator"] and k + 1 < len(toks) and toks[k + 1].text == "(":
                j = _skip_paren(toks, k + 1)  # "Menteri Koordinator (Menko) Perekonomian Nama": the short form inside
                known, k2 = _longest(words[:k + 1] + words[j:], k, ministry_units(), 14)
                if known:
                    return f"{entry.role} {known}", k2 + j - (k + 1)
        if entry.role == "Menteri Koordinator":  # "Menko Bidang Pangan", "Menko Hukum, HAM, Imigrasi, dan ...":
            known, k2 = _longest(words[:k] + ["koordinator"] + words[k:], k, ministry_units(), 15)
            if known:  # the coordinating ministry's name after "Menko", as after "Menteri Koordinator"
                return f"Menteri {known}", k2 - 1
            return entry.role, k  # no coordinating ministry of that name: the post without a made-up one
        if k < len(toks) and entry.scope == "ministry" and unit_acronyms().get(toks[k].text, ("", ""))[1] == "Kementerian":
            return f"{entry.role} {unit_acronyms()[toks[k].text][0]}", k + 1  # "Menteri HAM" -> Menteri Hak Asasi Manusia
        if k < len(toks) and toks[k].text in unit_acronyms() and entry.role in UNIT_HEADS \
                and unit_acronyms()[toks[k].text][1] != "Kementerian":
            full, head = unit_acronyms()[toks[k].text]
            lead = "Kepala Pelaksana" if entry.role == "Kepala Pelaksana" else "Kepala"
            if head is None:  # "Kepala BKD": Kepegawaian or Keuangan, depending on the region (GUIDELINE)
                return f"{lead} {toks[k].text}", k + 1
            return f"{lead} {head} {full}", k + 1  # "Kadis DLH" / "Kepala DLH" -> Kepala Dinas Lingkungan Hidup
        if entry.role == "Staf Ahli":
            advised, k2 = _longest(words, k, ADVISED, 2)
            if advised:  # a region between the head and the field stays the org, the field is read after it (_at)
                parts, k2 = self._unit_parts(k2) if words[k2:k2 + 1] == ["bidang"] else ([], k2)
                return " ".join([f"Staf Ahli {advised}"] + parts), k2
        k0 = k
        parts, k = self._unit_parts(k)
        if (entry.role in CORPORATE_POSTS or entry.role in ("Kepala", "Wakil Kepala")) and len(parts) == k - k0:
            # "Direktur Keuangan Pertamina": a firm has no word like "PT" to end the unit; the tagger's organisation does
            cut = next((i for i in range(k0 + 1, k) if self._org_ends_unit(i, k)), None)
            if cut is None and k in self.per:  # "... Communication Pertamina Fadjar Djoko Santoso": the untagged word
                # between the organisation and the tagger's person opens the name (unless it closes the firm's name:
                # "MDI Ventures")
                cut = next((i for i in range(k0 + 1, k - 1) if self._org_ends_unit(i, k - 1)
                            and not self._tagged(k - 1) and self.words[k - 1] not in ORG_TAILS), None)
            if cut is not None:
                parts, k = parts[:cut - k0], cut
                while parts and parts[-1] in ("dan", "&"):
                    parts, k = parts[:-1], k - 1
        if entry.role == "Kepala Seksi":  # "Kasi Pidsus": the prosecution's sections, written out (GUIDELINE)
            parts = [SECTIONS.get(p, p) for p in parts]
        if entry.role == "Kepala Subdirektorat":
            parts = [POLICE_DIRECTORATES.get(p, p) for p in parts]
            more, k2 = self._unit_parts(k + 1) if words[k:k + 1] == ["direktorat"] else ([], k)
            if more:  # "Kepala Subdirektorat I Direktorat Tindak Pidana Siber"
                parts, k = parts + [toks[k].text] + more, k2
        # "Asisten ... Sekretaris Daerah Agus": the Sekretariat is where the Asisten sits, not a second post
        # and so is it for a Kepala Bagian ("Kabag Hukum Setda Jember": the jurisdiction is the org, GUIDELINE)
        in_setda = entry.role in ("Asisten", "Staf Ahli", "Kepala Bagian", "Kepala Subbagian", "Kepala Sub Bagian")
        if in_setda and words[k:k + 2] in (["sekretaris", "daerah"], ["sekretariat", "daerah"]):
            k += 2
        elif in_setda and k < len(words) and words[k] == "setda":
            k += 1
        return " ".join([entry.role] + [UNIT_WORDS.get(p, p) for p in parts]), k

    def _national_office_at(self, k: int) -> tuple[str, str, Region | None, int] | None:
        """"Kantor Wilayah BPN Jawa Tengah", "Kanwil Kemenkumham Riau", "Kantor Imigrasi Kelas I Jakarta Selatan",
        "Kantor Kementerian Agama Kabupaten Sleman": a central body's office, with its body and the region it serves;
        (unit, org, region, end) or None. The unit is the office's name without the region, the org the whole."""
        toks, words = self.toks, self.words
        if k >= len(toks) or words[k] not in ("kantor", "kanwil") or self._body_at(k):
            return None  # "Kantor Staf Presiden" is a body of its own
        name, j = (["Kantor", "Wilayah"], k + 1) if words[k] == "kanwil" else (["Kantor"], k + 1)
        if name == ["Kantor"] and words[j:j + 1] == ["wilayah"]:
            name, j = name + ["Wilayah"], j + 1
        parts, j = self._unit_parts(j)  # "Imigrasi Kelas I", "Pertanahan", "Perwakilan"
        name += parts
        body = self._body_at(j) or self._ministry_written(j)
        if body:
            if is_party(body[0]):
                return None
            name.append(body[0])
            j = body[-1]
        reg, j2 = self._region_at(j, None)
        numbered = bool(parts) and (parts[-1] in ROMAN or parts[-1].isdigit())
        if not (body or reg or numbered) or j2 - j > 4:
            return None  # "Kepala Kantor Perpustakaan": which office, the text does not say
        unit, end = " ".join(name), _skip_paren(toks, j2 if reg else j)
        if reg and not body and len(name) > 1 and name[1].lower() not in CENTRAL_OFFICES:
            return unit, reg.name, reg, end  # "Kantor Perpustakaan dan Arsip Kota Malang": the city's own office, whose
            # org is its jurisdiction as a Dinas's is (GUIDELINE)
        return unit, f"{unit} {reg.name}" if reg else unit, reg, end

    def _ministry_written(self, k: int) -> tuple[str, int] | None:
        """"Kementerian HAM", "Kementerian Agama": a ministry written with its field or the field's short form."""
        if self.words[k:k + 1] != ["kementerian"]:
            return None
        known, j = _longest(self.words, k + 1, ministry_units(), 14)
        if known:
            return f"Kementerian {known}", j
        full, head = unit_acronyms().get(self.toks[k + 1].text, ("", "")) if k + 1 < len(self.toks) else ("", "")
        return (f"Kementerian {full}", k + 2) if head == "Kementerian" else None

    def _unit_before_rank(self, k: int) -> bool:
        """The tagger's person starts at ``k`` with one word and then a rank: "Kanit Tipidter Iptu Nama", "Kasat
        Polairud AKP Nama" (the word is the unit, the person starts after the rank)."""
        return (k - 1) not in self.per and k + 1 in self.per and bool(rank_len(self.words, k + 1))

    def _starts_role(self, k: int) -> bool:
        """A title or a form of address begins at ``k``: a one-word title or qualifier, or the whole of a longer one
        ("Corporate Affairs" and "Staf Angkatan Laut" are units' names, "Corporate Secretary" and "Staf Ahli" titles)."""
        w = self.words[k].rstrip(".")
        if w in ("pak", "bapak", "bu", "ibu"):
            return True  # "Direktur Pemasaran Pak Nama" (not "Haji": "Menteri Haji dan Umrah")
        if not is_role_word(self.toks[k].text):
            return False
        return w in _single_role_words() or w not in _role_first_words() \
            or _longest(self.words, k, roles(), role_max_len())[0] is not None

    def _tagged_org_ends(self, k: int) -> bool:
        """The tagger's organisation ends right before token ``k``."""
        return k > 0 and any(e.type == "ORG" and e.end == self.toks[k - 1].end for e in self.sent.entities)

    def _tagged(self, k: int) -> bool:
        """Whether the tagger put token ``k`` inside any entity."""
        a, b = self.toks[k].start, self.toks[k].end
        return any(e.start <= a and b <= e.end for e in self.sent.entities)

    def _org_ends_unit(self, k: int, end: int) -> bool:
        """The tagger's organisation of at most three words starts at ``k`` and ends the unit's words at ``end``
        (a longer one is a unit's own name more often: "Tenaga Kerja Luar Negeri")."""
        a, b = self.toks[k].start, self.toks[end - 1].end
        return end - k <= 3 and any(e.type == "ORG" and e.start == a and e.end == b for e in self.sent.entities)

    def _unit_parts(self, k: int) -> tuple[list[str], int]:
        """The words of a unit's name from ``k`` on ("Pendidikan, Pemuda, dan Olahraga") and the index after them."""
        toks, words = self.toks, self.words
        parts: list[str] = []
        while k < len(toks):
            t, w = toks[k].text, words[k]
            if t == "," and parts and self._list_continues(k):
                parts[-1] += ","  # "Pendidikan, Pemuda, dan Olahraga"
                k += 1
                continue
            if t in ROMAN:
                parts.append(t)
                k += 1
                continue
            if w in ("dan", "&") and parts and k + 1 < len(toks) and _cap(toks[k + 1].text):
                parts.append("dan" if w == "dan" else t)
                k += 1
                continue
            if t in FIRMS:
                break  # "Direktur Operasi PT Inalum": the unit ends where the firm begins
            if parts and self._rank_before_name(k):
                break  # "Kepala Korps Lalu Lintas Polri Inspektur Jenderal Nama": the holder's rank, not the unit
            if not _cap(t) or w in LEVEL_WORDS or w in ORG_HEADS or (k in self.per and not self._unit_before_rank(k)) \
                    or t in bodies() or self._body_at(k) \
                    or self._office_name_at(k) \
                    or (parts and candidates(t) and not self._unit_word(t)) or self._starts_role(k) \
                    or (parts and self._region_ends_unit(k, len(parts))):
                break
            parts.append(t)
            k += 1
        if parts and parts[-1] in ("dan", "&"):
            parts.pop()
            k -= 1
        return parts, k

    def _region_ends_unit(self, k: int, n_parts: int) -> bool:
        """A region at ``k`` ends a unit's name of ``n_parts`` words: after two words, or when written in two words
        or more ("Kepala Dinas Sosial Jawa Timur Nama")."""
        reg, k2 = self._region_at(k, None)
        return reg is not None and (n_parts >= 2 or k2 - k >= 2)

    def _successor_before(self, v: int) -> tuple[int, int] | None:
        """"Nama resmi menggantikan X sebagai ...": the name before the verb at ``v`` (its token span), who holds the
        post now; None when there is none or the change is still to come ("akan menggantikan")."""
        j = v
        while j >= 1 and self.words[j - 1] in ("resmi", "telah", "sudah", "yang", "kini"):
            j -= 1
        if j >= 1 and self.words[j - 1] in ("akan", "bakal"):
            return None
        e, k = j, j - 1
        while k >= 0 and e - k <= 5 and self._is_name_tok(k):
            k -= 1
        return (k + 1, e) if k + 1 < e else None

    def _rank_before_name(self, k: int) -> bool:
        """A rank at ``k`` with a name after it ("Brigjen Pol Nama", "Laksamana Madya Nama")."""
        r = rank_len(self.words, k)
        return bool(r) and k + r < len(self.toks) and self._is_name_tok(k + r)

    def _field(self, k: int) -> tuple[str, int]:
        """A board member's or adviser's field from "Bidang" at ``k`` ("Bidang Keuangan, Investasi, dan Pengembangan
        Bisnis") and the index after it; it ends at the holder, the body or a title before the name."""
        toks, words = self.toks, self.words
        j = k + 1
        e = j
        while e in self.per:
            e += 1
        if e > j and e + 1 < len(toks) and toks[e].text == "," and e + 1 in self.per:
            # "Ketua Bidang [Fatwa Syariah], [Nama]": the tagger's person before the comma is the field
            return " ".join(t.text for t in toks[k:e]), e
        while j < len(toks) and j - k <= 8:
            t, w = toks[j].text, words[j]
            if t == "," and j > k + 1 and self._field_list_continues(j) or w in ("dan", "&") and j + 1 < len(toks) \
                    and _cap(toks[j + 1].text) and j > k + 1:
                j += 1
                continue
            if not _cap(t) or j in self.per or is_pre(t) or is_role_word(t) or t in PARTY_BOARDS or t in bodies() \
                    or self._body_at(j) or w in ASSOCIATIONS | {"panitia", "pengurus"} \
                    or (t.isupper() and len(t) > 1 and j > k + 1) or self._rank_before_name(j) \
                    or self._region_at(j, None)[0] is not None:
                break
            j += 1
        while j > k + 1 and (words[j - 1] in ("dan", "&", ",")):
            j -= 1
        return " ".join(UNIT_WORDS.get(t.text, t.text) for t in toks[k:j]).replace(" ,", ","), j

    def _field_list_continues(self, k: int) -> bool:
        """At a comma inside a field: capitalised, untagged words and commas up to a "dan" with another such word after
        it ("Tenaga Kerja, Transmigrasi, Kependudukan, dan Kesehatan"; "&" too), not the holder after the comma."""
        m = k + 1
        while m < len(self.toks) and m - k <= 12 and (self.toks[m].text == "," or _cap(self.toks[m].text)
                                                      and m not in self.per):
            m += 1
        return m + 1 < len(self.toks) and self.words[m] in ("dan", "&") and _cap(self.toks[m + 1].text)

    def _list_continues(self, k: int) -> bool:
        """At a comma inside a unit name: "X, Y, dan Z" or "X, Y dan Z" with capitalised, non-name words."""
        toks, words = self.toks, self.words
        if k + 2 < len(toks) and words[k + 1] == "dan" and _cap(toks[k + 2].text):
            return True  # the Oxford comma before the last item
        if k + 3 >= len(toks) or not _cap(toks[k + 1].text) or (k + 1) in self.per:
            return False
        if words[k + 2] == "dan":
            return _cap(toks[k + 3].text)
        return toks[k + 2].text == "," and words[k + 3] == "dan" and k + 4 < len(toks) and _cap(toks[k + 4].text)

    @staticmethod
    def _unit_word(t: str) -> bool:
        return t.lower() in {"sosial", "kesehatan", "pendidikan", "perhubungan", "pertanian", "keuangan", "umum"}

    def _region_at(self, k: int, level: str | None) -> tuple[Region | None, int]:
        toks, words = self.toks, self.words
        lvl = None
        start = k
        if k < len(toks) and words[k] == "pemerintah" and k + 1 < len(toks) and words[k + 1] in LEVEL_WORDS:
            k += 1
        if k < len(toks) and words[k] in LEVEL_WORDS:
            lvl = LEVEL_WORDS[words[k]]
            k += 1
        for n in (3, 2, 1):
            seg = toks[k:k + n]
            # no PER veto: the public NER sets tag a regency after a title as a person ("Bupati Seruyan")
            if len(seg) < n or not all(_cap(t.text) for t in seg):
                continue
            name = " ".join(t.text for t in seg)
            if re.fullmatch(r"[A-Z]{2,}\d{1,2}", seg[-1].text):
                name = name.rstrip("0123456789")  # "DPRD OKU2. M Fahrudin": the next list item's number ran into it
            if candidates(name):
                reg = resolve_region(name, lvl or level, self.prefer)
                if reg:
                    return reg, k + n
        return None, start

    def _org(self, entry: RoleEntry, k: int) -> tuple[str | None, Region | None, int]:
        toks, words = self.toks, self.words
        scope = entry.scope
        if entry.role in PLACE_ROLES:
            return self._place(entry, k)
        if scope in ("kabupaten", "kota", "provinsi", "region"):
            reg, k2 = self._region_at(k, None if scope == "region" else scope)
            return (reg.name if reg else None), reg, k2
        if scope == "ministry":
            known = self._known_body(k)
            if known:
                return known
            if k < len(toks) and words[k] == "kementerian":
                j = k + 1
                while j < len(toks) and (_cap(toks[j].text) or words[j] == "dan") and j not in self.per \
                        and not self._rank_before_name(j):
                    j += 1
                return " ".join(t.text for t in toks[k:j]), None, j
            if k < len(toks) and toks[k].text in bodies() and bodies()[toks[k].text][0].startswith("Kementerian"):
                return bodies()[toks[k].text][0], None, k + 1
            return None, None, k
        if scope == "body":
            board = self._party_board(k)
            if board:
                return board
            hit = self._body_with_region(k)
            if hit:
                return hit
            ner = self._ner_org(k) or self._association(k)
            if ner:
                reg, k2 = self._region_at(ner[2], None)
                if reg and len(ner[0].split()) == 1:  # "Ketua NasDem Sumut Iskandar": a party's regional branch
                    return f"{ner[0]} {reg.bare}", reg, k2
                if reg:  # "Ketua Federasi ... (FORMI) Jawa Tengah Nama": a body's branch, its region as written
                    # (a regional government by its name: "TAPD Pemkab Bone" -> "... Kabupaten Bone")
                    gov = words[ner[2]] in ("pemkab", "pemkot", "pemprov", "pemerintah")
                    return f"{ner[0]} {reg.name if gov else ' '.join(t.text for t in toks[ner[2]:k2])}", reg, k2
                return ner
            return None, None, k
        # a fixed body; a regional office takes the region written after it ("Kapolres Bengkalis")
        if scope in OFFICES:
            return self._office(scope, k)
        return scope, None, self._written_body(scope, k)

    def _written_body(self, body: str, k: int) -> int:
        """Past the fixed body of a post when the text writes it too ("Jampidsus Kejagung Nama", "Jaksa Agung Muda
        Intelijen Kejaksaan Agung, Nama"), so it is read as neither unit nor name."""
        for written in (body, *body_forms().get(body, ()), *SHORT_AFTER_POST.get(body, ())):
            n = len(written.split())
            if " ".join(t.text for t in self.toks[k:k + n]) == written:
                return k + n
        return k

    def _place(self, entry: RoleEntry, k: int) -> tuple[str | None, None, int]:
        """"Camat Seruyan Hilir, Yusuf" / "Kepala Desa Sungai Undang, Rahman": the place is the unit's own area."""
        j = k
        while j < len(self.toks) and j - k < 4 and _cap(self.toks[j].text) and not is_role_word(self.toks[j].text) \
                and j not in self.per:
            j += 1
        # the place ends at a comma, or where the tagger's person starts ("Kepala Desa Sekapuk Nama")
        if j == k or j >= len(self.toks) or not (self.toks[j].text == "," or j in self.per):
            return None, None, k
        area = {"Camat": "Kecamatan", "Lurah": "Kelurahan", "Kepala Desa": "Desa", "Pangulu": "Nagori"}[entry.role]
        name = " ".join(t.text for t in self.toks[k:j])
        return (name if name.split()[0] in ("Kecamatan", "Kelurahan", "Desa", "Nagori") else f"{area} {name}"), None, j

    def _is_name_tok(self, k: int) -> bool:
        t = self.toks[k].text
        w = self.words[k]
        if t in ("bin", "binti") and k > 0 and k + 1 < len(self.toks) and _cap(self.toks[k - 1].text) \
                and _cap(self.toks[k + 1].text):
            return True  # "Mohammed bin Zayed"
        if w in STOP_NAME or w in ORG_HEADS or w in ASSOCIATION_HEADS or is_role_word(t) or t in bodies() \
                or not any(c.isalpha() for c in t) or (any(c.isdigit() for c in t) and k not in self.per
                                                          and not re.fullmatch(r"[A-Z][a-z]{2,}\d{1,2}", t)):
            return False  # "P2TP2A", "Rp300": a body's short form or a sum, not a name ("Santoso2": a note's number)
        if w in FAITHS and k not in self.per:
            return False  # "ormas-ormas Islam, Gubernur Jakarta ...": a faith, untagged (as a name's word: "Nurul Islam")
        if k not in self.per and len(w) > 5 and w.endswith("nya"):
            return False  # "Karenanya, mantan Menteri ...", "Sebelumnya, Kajari ...": a word with -nya, not a name
        # headlines capitalise every word, so there only the NER's PER spans say what a name is
        if not (_cap(t) or k in self.per) or (self.headline and k not in self.per):
            return False
        if not _cap(t) and k > 0 and _cap(self.toks[k - 1].text) and k + 1 not in self.per \
                and (re.search(r"[a-z][A-Z]", t) or re.match(r"(?:di|me|ber|ter|pe)[a-z]{4}", t)):
            return False  # "Kapolres X [Mustofa dilansirAntara]": a verb run into the tagger's person ("Hadi sasmito",
            # a surname written in lower case, stays)
        return not is_post(t) and not is_pre(t)

    def _name_after(self, m: RoleMention, relocated: bool = False) -> bool:
        toks = self.toks
        k = m.end
        pp = None if relocated else self._per_paren(k)
        if pp:
            m.person_span, m.person, m.end = pp, normalize_name(" ".join(t.text for t in toks[pp[0]:pp[1]])), pp[1] + 1
            return True
        if k < len(toks) and toks[k].text == ",":
            if not relocated and self._kin_before(m.start):
                return False  # "putra sulung Presiden ke-6, Nama": the relative is named after the comma, not the holder
            verb = next((j for j in range(m.start - 1, max(0, m.start - 3) - 1, -1) if self.words[j] == "menjabat"), None)
            if not relocated and verb is not None and self.per & set(range(max(0, verb - 4), verb)):
                return False  # "Saat Nama menjabat sebagai Ketua X, Nama2 sudah ...": the holder is named before
            k += 1
        k = self._skip_successor_phrase(k)
        k, then = self._skip_then(k)
        if then and m.qualifier is None:
            m.qualifier = "mantan"  # "Bupati X saat itu, Nama": the post as it was then
        k = self._skip_faction(k)
        k, last_year = self._skip_period(k)
        if last_year:
            m.held_until = last_year
        if self.words[k:k + 1] == ["dijabat"]:  # "Kepala BRIN dijabat (oleh) Nama"
            k += 2 if self.words[k + 1:k + 2] == ["oleh"] else 1
        parent = None if relocated or k >= len(toks) or self._is_name_tok(k) else self._parent_body(k)
        if parent is None and not relocated and self.words[k:k + 1] == ["pada"] and k + 1 < len(toks):
            parent = self._parent_body(k + 1)  # "Direktur Jenderal Bina Pemerintahan Desa pada Kementerian Dalam Negeri Nama"
        if parent:
            k = parent[2]
            if k + 1 < len(toks) and toks[k].text == "," and k + 1 in self.per and self._is_name_tok(k + 1):
                k += 1  # "... pada Direktorat Jenderal Pajak, Handang Soekarno"
        while k < len(toks) and ((r := rank_len(self.words, k)) or is_pre(toks[k].text)
                                 or toks[k].text.lower().rstrip(".") in {"inf", "pol", "tni"} or (r := self._retired(k))):
            k += r or 1  # "Kapolda Jawa Barat Inspektur Jenderal Nama", "Kapolda X Irjen Pol Nama", "Jenderal (Purn) Nama"
        s = k
        while k < len(toks) and k - s < 5 and self._is_name_tok(k):
            k += 1
        if k == s or re.fullmatch(r"(?:X{0,3})(?:IX|IV|V?I{0,3})", toks[s].text) and len(toks[s].text) > 1:
            return False  # "Kepala BPJN IX Maluku ...": a unit's number opens no name ("I Made" does)
        if k - s == 1 and s not in self.per and len(toks[s].text) < 3:
            return False
        if self.headline and k - s == 1 and s - 1 in self.per and s - 1 < m.end:
            return False  # "Ketua KPU Labura Dicopot": the tagger's person was the place and the verb after it
        if m.entry.role in PLACE_ROLES and toks[m.end].text != "," and not all(i in self.per for i in range(s, k)):
            return False  # "Camat Sukamaju" names the place, not the person
        if not self.per & set(range(s, k)) and m.start >= 2 and toks[m.start - 1].text == "," \
                and m.start - 2 in self.per and m.start - 2 not in self.claimed:
            return False  # "A.M. Hendropriyono, Sekretaris Pengendalian Operasi Pembangunan": the tagged person before
            # (unless an earlier post of a list took him: "Menteri X Nama1, Menteri Y Nama2")
        # a national post's lexicon body ("Jaksa Agung" -> Kejaksaan Agung) gives way to a country written after it
        # a national body read after the post ("Ketua DPR AS Nama") is that country's, unless the tagger took the
        # country word into the person ("AS" is also a name's initials)
        foreign_body = m.entry.scope == "body" and m.org is not None and m.region is None and s not in self.per
        country = None if relocated or not (m.org is None or m.org.startswith("Kementerian ") or m.org == m.entry.scope
                                            or foreign_body) else self._leading_country(s, k)
        if country:  # "Perdana Menteri Portugal Nama", "Juru bicara Kementerian Dalam Negeri India": the post's country
            # a ministry or body written out takes the country after it
            written = "kementerian" in self.words[m.start:m.end] or foreign_body
            m.org = f"{m.org} {country[0]}" if m.org and written else country[0]
            m.end = country[1]
            return self._name_after(m, relocated=True)
        lead = None if relocated or not (m.org or "").startswith("Kementerian ") else self._leading_region(s, k)
        if lead:  # "Kepala Seksi ... Kemenag Purwakarta Nama": the ministry's office in that regency
            if m.role in ("Kepala", "Wakil Kepala"):  # "Kepala Kemenag Sleman" is "Kepala Kantor Kemenag Sleman"
                m.role = f"{m.role} Kantor {m.org}"
            m.org, m.region, m.end = f"Kantor {m.org} {lead[0].name}", lead[0], lead[1]
            return self._name_after(m, relocated=True)
        loc = self._loc_span(s, k)
        if loc and not relocated and (m.org is None or m.entry.scope not in ("region", "kabupaten", "kota", "provinsi")):
            # "Presiden Amerika Serikat (AS) Donald Trump": a country or place after the title is where the post is;
            # after a body the tagger marked, its branch there ("Ketua [Komnas PA] [Surabaya], Nama")
            place = " ".join(t.text for t in toks[s:k])
            tagged_org = m.entry.scope == "body" and any(e.type == "ORG" and e.text == m.org for e in self.sent.entities)
            m.org = f"{m.org} {place}" if tagged_org else place
            m.end = _skip_paren(toks, k)
            return self._name_after(m, relocated=True)
        if k < len(toks) and toks[k].text == "(" and k + 2 < len(toks) and toks[k + 1].text.isupper() \
                and toks[k + 2].text == ")" and not (any(j in self.per for j in range(s, k))
                                                      and _initials(toks[k + 1].text, [t.text for t in toks[s:k]])):
            if m.org is None:  # "Ketua Umum Ikatan Keluarga Minang (IKM)": an organisation, not a person
                m.org = " ".join(t.text for t in toks[s:k])
                m.end = k + 3
            return False
        if k - s == 1 and (s not in self.per or k + 1 in self.per) and k + 2 < len(toks) and toks[k].text == "," \
                and self._is_name_tok(k + 1) and self._is_name_tok(k + 2) \
                and not (s in self.per and self._kin_before(m.start)):
            # (but "putri Presiden ke-2 RI Soeharto, Titiek Soeharto": the tagged name is the post's, the one after
            # the comma the relative's)
            s, k = k + 1, k + 2  # "Bupati Flotim, Anton Doni Dihen": the unknown word was a place
            while k < len(toks) and k - s < 5 and self._is_name_tok(k):
                k += 1
        elif m.org is None and (cut := self._org_tail(s, k)):
            m.org, s = " ".join(t.text for t in toks[s:cut]), cut  # "Wakil Ketua Setara Institute Nama"
        elif k - s > 1 and k + 1 < len(toks) and toks[k].text == "," and not self.per & set(range(s, k)) \
                and k + 1 in self.per and self._is_name_tok(k + 1) \
                and (m.org is None or any(w in LEVEL_WORDS or w in VILLAGE_WORDS for w in self.words[s:k])
                     or m.org in PARTY_BOARD_NAMES):
            # "Ketua Alumni Pondok Sukamaju, Budi Santoso": the tagger's person follows the comma, the run before it is
            # the body the post belongs to (or, after a body already read, its place: "Ketua SPPG Cigunung Desa
            # Sukaresmi, Nama")
            body = " ".join(t.text for t in toks[s:k])
            s = k = k + 1
            while k < len(toks) and k - s < 5 and self._is_name_tok(k) and k in self.per:
                k += 1
            m.org = f"{m.org} {body}" if m.org in PARTY_BOARD_NAMES else m.org or bodies().get(body, (body,))[0]
        elif m.org is None and m.entry.scope == "body" and s not in self.per \
                and (first := next((i for i in range(s + 1, k) if i in self.per), None)) is not None \
                and all(i in self.per for i in range(first, k)) and (first - s > 1 or len(toks[s].text) > 2):
            m.org, s = " ".join(t.text for t in toks[s:first]), first  # "Ketua Unair Nama": the body the tagger left out
        elif m.org is not None and s not in self.per and s - 1 not in self.per and self._tagged_org_ends(s) \
                and (first := next((i for i in range(s + 2, k) if i in self.per), None)) is not None \
                and all(i in self.per for i in range(first, k)) and not self.per & set(range(s, first)):
            # "Wakil Kepala [Badan Penyelenggara Jaminan] Produk Halal [Afriansyah Noor]": two words or more between the
            # tagger's organisation and its person end the organisation's name (one word opens the name: round 31a)
            words_between = " ".join(t.text for t in toks[s:first])
            if re.fullmatch(r"Wilayah [IVX\d]+", words_between):  # "Kasatgas Korsup KPK Wilayah V Nama": the unit's area
                m.role = f"{m.role} {words_between}"
            else:
                m.org = f"{m.org} {words_between}"
            s = first
        elif m.org is None and m.entry.scope == "body" and not self.per & set(range(s, k)) \
                and (held := self._person_after_titles(k)):
            m.org, (s, k) = " ".join(t.text for t in toks[s:k]), held  # "Rektor Unair Prof Nama"
        if self._org_only(s, k):
            return False  # "Dirut DNR Logistics tahun 2018 Nama": the tagger's organisation is the company
        untagged = not self.per & set(range(s, k))
        if untagged and not relocated and k > s and toks[s].text in TEAM_WORDS:
            return False  # "Juru Bicara Tim Ahli X mengatakan": a team's name, untagged, no person's
        if untagged and toks[m.end].text == "," and self.words[k:k + 1] in (["adalah"], ["merupakan"], ["ialah"]):
            return False  # "... kehadiran Bapak Presiden, Sekolah Rakyat adalah program ...": a new clause's subject
        if untagged and k < len(toks) and (toks[k].text == "&" or toks[k].text.isdigit()):
            # "Ketua Umum Relawan Angkatan 98 ...": a number closes a body's name, not a person's
            return False  # "Presiden Riset & Inovasi X Group Nama": a unit's name, no person's
        # an untagged run that "Indonesia" closes ("Ketua Umum Lumbung Tani Indonesia, Nama") or that ends in a firm's
        # word ("Dirut DNR Logistics tahun 2018-2022 Nama") names a body, no person: the holder is read after it
        body_end = k + 1 if untagged and not relocated and k < len(toks) and toks[k].text == "Indonesia" \
            else k if untagged and self.words[k - 1] in ORG_TAILS else None
        if body_end is not None:
            if m.org is not None or relocated:
                return False
            m.org, m.end = " ".join(t.text for t in toks[s:body_end]), body_end
            return self._name_after(m, relocated=True)
        if parent and not (s in self.per and all(i in self.per for i in range(s, k))):
            return False  # a body between post and holder only with a name the tagger is sure of
        if parent and m.org and m.org.isupper() and " " not in m.org and m.org not in bodies() and parent[1] is None \
                and not parent[0].startswith("Kementerian"):
            m.org = f"{m.org} {parent[0]}"  # "Ketua BEM Universitas Indonesia Nama": an unknown board of that campus
        if parent:
            self._adopt_parent(m, parent)
        pair = next((j for j in range(s + 1, k - 1) if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", toks[j].text)), None) \
            if m.role in HEADS_OF_STATE | {"Gubernur", "Bupati", "Wali Kota"} else None
        if pair is not None:  # "Presiden Prabowo Subianto-Gibran Rakabuming Raka": an elected pair written as one, the
            # post the first's (a hyphenated given name is rare in the news: "Nur-Aini" would be cut too)
            m.person_span = (s, pair + 1)
            m.person = normalize_name(" ".join([t.text for t in toks[s:pair]] + [toks[pair].text.split("-")[0]]))
            return True
        nick = self._nickname(k)
        m.person_span = (s, nick[1] if nick else k)
        m.person = normalize_name(" ".join(t.text for t in toks[s:k] + (toks[nick[0]:nick[1]] if nick else [])))
        return True

    def _kin_before(self, i: int) -> bool:
        """A relative's word ends before token ``i``: "putri Presiden", "putra sulung Presiden"."""
        w = self.words[max(0, i - 2):i]
        return bool(w) and (w[-1] in KIN or (len(w) == 2 and w[1] in BIRTH_ORDER and w[0] in KIN))

    def _person_after_titles(self, k: int) -> tuple[int, int] | None:
        """The tagger's person after honorifics or a rank at ``k`` (at least one), as a token span."""
        j = k
        while j < len(self.toks) and ((r := rank_len(self.words, j)) or is_pre(self.toks[j].text)):
            j += r or 1
        if j == k or j not in self.per:
            return None
        e = j
        while e < len(self.toks) and e - j < 5 and e in self.per and self._is_name_tok(e):
            e += 1
        return (j, e) if e > j else None

    def _org_tail(self, s: int, k: int) -> int | None:
        """Where an organisation's name ends inside the would-be name s..k-1: after a word that closes organisation
        names ("Setara Institute", "Indonesia Corruption Watch"), untagged, with a name after it; or None."""
        ends = [j for j in range(s, k - 1) if self.words[j] in ORG_TAILS]
        if not ends or any(i in self.per for i in range(s, ends[-1] + 1)):
            return None
        return ends[-1] + 1

    def _nickname(self, k: int) -> tuple[int, int] | None:
        """"Munafri 'Appi' Arifuddin": a quoted nickname inside a name, the name going on after it; the token span of
        the rest of the name (the nickname is no part of the name as the guideline writes it)."""
        toks = self.toks
        if k >= len(toks) or toks[k].text not in QUOTE_MARKS:
            return None
        close = next((j for j in range(k + 2, min(k + 4, len(toks))) if toks[j].text in QUOTE_MARKS), None)
        if close is None or not all(_cap(t.text) for t in toks[k + 1:close]):
            return None
        e = close + 1
        while e < len(toks) and e - close <= 3 and self._is_name_tok(e):
            e += 1
        return (close + 1, e) if e > close + 1 and set(range(close + 1, e)) <= self.per else None

    def _org_only(self, s: int, e: int) -> bool:
        """The would-be name s..e-1 opens one of the tagger's organisations and holds none of its persons ("DJKA",
        "DNR Logistics"); a name the tagger merely ran into a place before it ("NTB Fathurrahman") is still a name."""
        return s < e and not set(range(s, e)) & self.per \
            and any(x.type == "ORG" and x.start == self.toks[s].start for x in self.sent.entities)

    def _parent_body(self, k: int) -> tuple[str, Region | None, int] | None:
        """The body a unit or team belongs to, written between the post and its holder: "Kepala Badan Pengatur Jalan
        Tol (BPJT) Kementerian PU (PU) Nama", "Ketua TAPD Pemkab Bone Nama"."""
        reg, k2 = self._region_at(k, None)
        if reg and self.words[k] in ("pemkab", "pemkot", "pemprov", "pemerintah"):
            return reg.name, reg, _skip_paren(self.toks, k2)
        return self._body_with_region(k) or self._ner_org(k)

    def _ministry_at(self, k: int) -> bool:
        parent = self._parent_body(_skip_paren(self.toks, k)) if k < len(self.toks) else None
        return parent is not None and parent[0].startswith("Kementerian ")

    @staticmethod
    def _adopt_parent(m: RoleMention, parent: tuple[str, Region | None, int]) -> None:
        name, region, end = parent
        if m.org is None:
            m.org, m.region = name, region
        elif region is not None and m.region is None:
            m.org, m.region = f"{m.org} {region.name}", region  # "TAPD Pemkab Bone": that regency's team
        m.end = end

    def _skip_faction(self, k: int) -> int:
        """"Wakil Ketua MPR dari Fraksi PKS Nama", "Anggota Komisi II DPR Fraksi PDIP, Nama": the party group sits between
        the post and the holder."""
        toks, words = self.toks, self.words
        j = k + 1 if words[k:k + 2] == ["dari", "fraksi"] else k
        if j >= len(toks) or words[j] != "fraksi":
            return k
        j += 1
        start = j
        if j < len(toks) and words[j] == "partai":
            j += 1
        party = self._body_at(j)
        if party:  # "Fraksi PKS", "Fraksi Partai Golkar": the party's own word ends the phrase
            j = party[2]
        while not party and j < len(toks) and j - start < 5 and _cap(toks[j].text) and j not in self.per \
                and not is_pre(toks[j].text):  # "Fraksi Partai Demokrasi Indonesia Perjuangan"
            j += 1
        if j == start:
            return k
        j = _skip_paren(toks, j)  # "Fraksi Partai Amanat Nasional (PAN)"
        return j + 1 if j < len(toks) and toks[j].text == "," else j

    def _skip_period(self, k: int) -> tuple[int, int | None]:
        """Past the years a post was held, written before the holder ("Dirut X tahun 2018-2022 Nama", "Bupati X periode
        2021-2024 Nama"), and the last of those years (None when there are none)."""
        toks = self.toks
        if self.words[k:k + 1] not in (["tahun"], ["periode"]) or k + 1 >= len(toks) \
                or not re.fullmatch(r"(19|20)\d\d([-–](19|20)\d\d)?", toks[k + 1].text):
            return k, None
        j = k + 2
        if j + 1 < len(toks) and toks[j].text in ("-", "–") and re.fullmatch(r"(19|20)\d\d", toks[j + 1].text):
            j += 2  # "2018 - 2022" written with spaces
        return j, int(toks[j - 1].text[-4:])  # the period's last token ends with its last year

    def _retired(self, k: int) -> int:
        """Length of a "(Purn)" / "(Purn.)" after a rank at ``k``, or 0."""
        if self.toks[k].text == "(" and self.words[k + 1:k + 2] and self.words[k + 1].rstrip(".") in ("purn", "purnawirawan"):
            return _skip_paren(self.toks, k) - k
        return 0

    def _inactive(self, k: int) -> int:
        """Length of "nonaktif" / "non-aktif" / "non aktif" at ``k`` (suspended, still the holder), or 0."""
        if self.words[k:k + 1] in (["nonaktif"], ["non-aktif"]):
            return 1
        return 2 if self.words[k:k + 2] == ["non", "aktif"] else 0

    def _skip_then(self, k: int) -> tuple[int, bool]:
        """Past what stands between a post and its holder's name: "saat itu" / "kala itu" / "sebelumnya" (the post as it
        was then: True), "saat ini", "nonaktif", "(yang) bernama", "yaitu" / "yakni" ("Presiden RI kala itu, Joko
        Widodo", "Menteri Keuangan sebelumnya yakni Sri Mulyani", "Kasi Datun, yaitu Pak Bambang"); ``k`` and False
        when no name follows."""
        toks, words = self.toks, self.words
        k0, then = k, False
        if words[k:k + 2] in (["saat", "itu"], ["kala", "itu"], ["ketika", "itu"], ["waktu", "itu"]):
            k, then = k + 2, True
        elif words[k:k + 1] == ["sebelumnya"] and k + 1 < len(toks) and (
                words[k + 1] in (",", "yaitu", "yakni") or self._is_name_tok(k + 1)):
            k, then = k + 1, True
        elif words[k:k + 2] == ["saat", "ini"]:
            k += 2  # "Wali Kota X saat ini, Nama"
        elif words[k:k + 3] == ["non", "-", "aktif"]:
            k += 3  # "Gubernur DKI non - aktif Basuki": suspended, still the holder
        else:
            k += self._inactive(k)
        if words[k:k + 2] == ["yang", "bernama"]:
            k += 2  # "Direktur PT X yang bernama Nama"
        elif words[k:k + 1] == ["bernama"]:
            k += 1
        j = k + 1 if k < len(toks) and toks[k].text == "," else k
        if words[j:j + 1] in (["yaitu"], ["yakni"]):
            j += 1
        if j < len(toks) and (self._is_name_tok(j) or is_pre(toks[j].text)):
            return j, then
        return k0, False  # "Nama selaku ketua Bawaslu waktu itu sudah hadir": when it happened, no post of the past

    def _skip_successor_phrase(self, k: int) -> int:
        """"Menkeu baru pengganti Sri Mulyani, Purbaya ...": the holder is named after whom they replace."""
        toks, words = self.toks, self.words
        if words[k:k + 2] == ["yang", "baru"] and toks[k + 2:k + 3] and toks[k + 2].text == ",":
            k += 1  # "Pj Bupati X yang baru, Nama"
        if k < len(toks) and words[k] == "baru":
            k += 1
            if k < len(toks) and toks[k].text == ",":
                k += 1
        if k < len(toks) and words[k] == "pengganti":
            j = k + 1
            while j < len(toks) and j - k <= 6 and (self._is_name_tok(j) or is_pre(toks[j].text)):
                j += 1
            if j > k + 1 and j < len(toks) and toks[j].text == ",":
                return j + 1
        return k

    def _leading_loc(self, s: int, k: int) -> tuple[str, int] | None:
        """The tagger's place that opens the would-be name s..k-1: its text and the index after it."""
        for e in self.sent.entities:
            if e.type == "LOC" and e.start == self.toks[s].start:
                j = next((i + 1 for i in range(s, k) if self.toks[i].end == e.end), None)
                return (e.text, j) if j else None
        return None

    def _leading_region(self, s: int, k: int) -> tuple[Region, int] | None:
        """A region at the start of the would-be name s..k-1, the rest the tagger's persons: a place the tagger marks, or
        a region's name it left out of the person (it may have closed an organisation with it)."""
        loc = self._leading_loc(s, k)
        reg, j = (resolve_region(loc[0], None, self.prefer), loc[1]) if loc else (None, s)
        if reg is None and s not in self.per:
            reg, j = self._region_at(s, None)
        if reg and s < j < k and all(i in self.per for i in range(j, k)):
            return reg, j
        return None

    def _leading_country(self, s: int, k: int) -> tuple[str, int] | None:
        """A foreign country opening the would-be name s..k-1, the rest the tagger's persons or nothing: the country and
        the index after it. A country is one of FOREIGN or a place the tagger marks that is no Indonesian region."""
        name, e = _longest(self.words, s, FOREIGN, 3)
        if name is None:
            loc = self._leading_loc(s, k)
            if loc is None or loc[1] >= k or resolve_region(loc[0], None, self.prefer) or candidates(loc[0]):
                return None
            name, e = loc
        if e > k or not all(i in self.per for i in range(e, k)):
            return None
        return name, e

    def _closes_body(self, s: int) -> bool:
        """Token ``s`` ends a known body's name begun by the word or two before it, a dash between them left out ("PDI -
        Perjuangan")."""
        before = [t.text for t in self.toks[max(0, s - 3):s] if t.text != "-"]
        return any(" ".join(before[-n:] + [self.toks[s].text]) in bodies() for n in (1, 2) if len(before) >= n)

    def _loc_span(self, s: int, k: int) -> bool:
        """Whether tokens s..k are exactly a LOC entity of the NER."""
        a, b = self.toks[s].start, self.toks[k - 1].end
        return any(e.type == "LOC" and e.start == a and e.end == b for e in self.sent.entities)

    def _person_before_description(self, k: int) -> tuple[int, int] | None:
        """The tagged person ending right before the comma that opens the description around ``k``, as a token span."""
        j = k
        while j > 0 and k - j < 8 and self.toks[j].text != ",":
            j -= 1
        if self.toks[j].text != "," or j - 1 not in self.per or self.claimed & {j - 1}:
            return None
        s = j - 1
        while s > 0 and s - 1 in self.per and j - s < 5:
            s -= 1
        return s, j

    def _name_before(self, m: RoleMention) -> bool:
        toks, words = self.toks, self.words
        k = m.start - 1
        if k < 1 or not (toks[k].text in (",", "(") or words[k] in ("selaku", "sebagai", "menjabat", "adalah", "merupakan")):
            return False  # ("Nama adalah Kadis PUPR Jatim": the name before "adalah" too)
        copula = words[k] in ("adalah", "merupakan")
        still = False  # "masih menjabat": held then or held now, as the words before the name say
        serving = False  # "Nama menjabat Post": what the words before the name say of when
        if words[k] == "sebagai" and k >= 1 and words[k - 1] in ("juga", "hadir"):
            k -= 1
        elif words[k] == "sebagai" and k >= 1 and words[k - 1] in ("dilantik", "ditunjuk", "diangkat", "ditetapkan"):
            k -= 1  # "Nama resmi dilantik sebagai Pj Bupati X": appointed, so holding it (not "akan dilantik")
            while k >= 1 and words[k - 1] in ("resmi", "telah", "sudah", "baru", "secara", "sah"):
                k -= 1
            if k >= 1 and words[k - 1] in ("akan", "bakal", "segera"):
                return False
        if words[k] == "sebagai" and words[max(0, k - 3):k][-1:] == ["menjabat"]:
            k -= 1  # "Andre Rosiade yang juga menjabat sebagai Ketua Umum ..."
        if words[k] == "menjabat":  # "Nama menjabat Kepala BRIN sejak 2021"
            top = k
            while k > 0 and words[k - 1] in ("juga", "yang", "kini", "saat", "ini", "masih", "pernah", "sempat", "ketika",
                                             "sewaktu", "semasa", "waktu"):
                k -= 1
            said = set(words[k:top])
            still, serving = "masih" in said, True
            if m.qualifier is None and ({"pernah", "sempat"} & said or "masih" in said and {"saat", "ketika", "sewaktu",
                                                                                            "semasa", "waktu"} & said):
                m.qualifier = "mantan"  # "pernah menjabat", "saat masih menjabat Wali Kota X": a post held before
        k -= 1
        while k >= 0 and (is_post(toks[k].text) or toks[k].text == ","):
            k -= 1
        abbr = None
        if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(" and toks[k - 1].text.isupper():
            abbr, k = toks[k - 1].text, k - 3  # "Ferlan Juliansyah (FJ) selaku ...": the name's initials in brackets
        e = k + 1
        while k >= 0 and e - k <= 5 and self._is_name_tok(k):
            k -= 1
        s = k + 1
        if abbr and not _initials(abbr, [t.text for t in toks[s:e]]):
            return False
        if s >= e or (s > 0 and is_role_word(toks[s - 1].text)) or self.claimed & set(range(s, e)):
            return False  # "Bupati X, Sekda Y": the name belongs to the earlier role
        if s > 0 and words[s - 1] in ("menggantikan", "mengganti"):
            held = self._successor_before(s - 1)
            if held is None:
                return False  # "... menggantikan Nama sebagai Pj Bupati": the predecessor, not the holder
            s, e = held
        while s < e - 1 and (self.words[s] in CASE_PARTIES or re.fullmatch(r"[IVX]+", toks[s].text)):
            s += 1  # "Teradu VII Budi Santoso selaku ...": a party to a case and its number are no part of the name
        if e - s == 1 and self.words[s] in CASE_PARTIES:
            return False  # "Teradu selaku Ketua KPU X": the party to the case, named elsewhere
        while s < e - 1 and self._closes_body(s):
            s += 1  # "politikus PDI - Perjuangan Nama, yang kini menjabat ...": the party's last word, not the name's first
        while 0 < s < e - 1 and s not in self.per and all(i in self.per for i in range(s + 1, e)) \
                and (toks[s - 1].text == "-" or _cap(toks[s - 1].text) and not re.fullmatch(r"[IVX]+", toks[s - 1].text)):
            s += 1  # "Bidang Ekonomi Nama, yang kini menjabat sebagai": a body's or field's last word before the tagged name
        if e - s == 1 and s not in self.per and not toks[s].text.isupper() \
                and all(not any(c.isalnum() for c in t.text) for t in toks[:s]):
            return False  # a lone capitalised sentence opener ("Tentunya, Kajari ...") is rarely a name, quoted or not
        if self.headline and s > 0 and any(c.isalnum() for c in toks[s - 1].text):
            return False  # "Peringati Harhubnas, Bupati Gresik: ...": a headline's name before the post opens it
        if self._org_only(s, e):
            return False  # "Kementerian Perhubungan, DJKA, Dirut KAI": a body in a list, not the Dirut
        if s > 0 and self.words[s - 1] in ("di", "dari", "ke") and (self._loc_span(s, e) or self.words[s - 1] == "di"):
            return False  # "Saat dihubungi dari Purwokerto, Kepala ...": the place the sentence opens with ("di" opens
            # a place whatever the tagger says: "Sementara itu di Mina, Menag ...")
        if "kabinet" in self.words[max(0, s - 3):s]:
            return False  # "kabinet Indonesia Maju sebagai Menteri Pertahanan": a cabinet's name, not the holder's
        if s > 0 and self.words[s - 1] == "selain":
            return False  # "Selain Rakyat Mart, Kapolres ...", "Selain Budi, Bupati X juga hadir": besides, not the holder
        if s > 0 and self.words[s - 1] == "dan" and not self.per & set(range(s, e)):
            # "Nama, Pengamat Hukum dan Tata Negara, Mantan Ketua X": the end of a description; its person is
            # the tagged name before it
            held = self._person_before_description(s - 1)
            if held is None:
                return False
            s, e = held
        if copula and not (s == 0 or words[s - 1] in (",", "bahwa", "diketahui", "ternyata") or toks[s - 1].text in ("“", '"')):
            return False  # "pejabat yang dilantik X adalah mantan Panglima TNI ...": the name is no subject
        if s == 0 and e - s > 1 and toks[s].text in OPENERS and s not in self.per \
                and all(i in self.per for i in range(s + 1, e)):
            s += 1  # "Diketahui Nama adalah ...": the sentence's first word, capitalised as such, opens no name
        if still and m.qualifier is None and s > 0 and words[s - 1] in ("era", "masa", "zaman"):
            m.qualifier = "mantan"  # "Pada era Nama masih menjabat Gubernur DKI": a post held before
        if serving and m.qualifier is None and "sebelumnya" in words[max(0, s - 2):s]:
            m.qualifier = "mantan"  # "Sebelumnya, Nama menjabat Kepala Dinas X": the post before this one
        m.person_span = (s, e)
        m.person = normalize_name(" ".join(t.text for t in toks[s:e]))
        return True

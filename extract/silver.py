"""Distant supervision: silver NER sentences from detik 2025 government news.

The silver file lists hand-extracted "Title Name" stakeholder mentions per article. We split each into
title (kept outside entity spans, so "Bupati" or "Sekda" never enters a PER span), region (LOC) and name (PER),
then label the article's sentences that those mentions fully explain.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .nerdata import TaggedSentence
from .tokenize import split_sentences

TITLE_WORDS = frozenset("""
presiden wakil wapres gubernur wagub bupati wabup wali kota walkot wawali menteri mendagri menkeu mensos menpan
kepala ketua direktur dirjen sekretaris sekda daerah jenderal utama kapolda kapolres kapolri kapolsek kajari kajati jaksa
agung kadis kadinsos kadinkes kaban kabag kabid camat lurah kades anggota komisi staf khusus juru bicara jubir plt pj pjs
plh pgs penjabat pelaksana tugas mantan asisten deputi koordinator panglima pangdam danrem dandim komandan kasad ekonom
analis pengamat dosen guru besar peneliti rektor dekan senior vice president ceo chief officer head of manager sekjen
wamen wamendagri kemendagri dewan pengawas pemimpin pimpinan inspektur irjen kabareskrim kadiv humas kabid kasubdit
keuangan dalam negeri luar sosial kesehatan pendidikan agama pertahanan perhubungan pertanian perdagangan perindustrian
koperasi ukm pariwisata hukum ham keamanan politik bidang perekonomian pangan energi sumber daya mineral lingkungan hidup
kehutanan kelautan perikanan desa pembangunan tenaga kerja investasi bumn negara kabinet pemuda olahraga komunikasi digital
informatika aparatur reformasi birokrasi perumahan rakyat pekerjaan umum kebudayaan sekretariat kependudukan transmigrasi
""".split())
ORG_HEADS = frozenset("""
pemerintah pemprov pemkab pemkot kementerian kemendagri kemenkeu badan dinas satgas polda polres polri polsek kpu bawaslu
dprd dpr dpd mpr kejaksaan kejari kejati kpk bps bpk bpbd bappeda bulog ojk bi lps komisi lembaga sekretariat biro
inspektorat kodim korem kodam tni partai universitas pt bumn bumd mahkamah pengadilan kantor direktorat
""".split())
CALENDAR_WORDS = frozenset("""
senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni juli agustus september
oktober november desember wib wita wit
""".split())


@dataclass(frozen=True)
class SilverMention:
    text: str
    person: str | None  # the name part ("Abdul Wahid")
    regions: tuple[str, ...]  # region names inside the title part
    org: str | None  # whole mention when it names a body


def load_region_names(wilayah_tsv: Path) -> set[str]:
    """Region names as news writes them: "Kabupaten Aceh Selatan" -> "Aceh Selatan" too."""
    names: set[str] = set()
    for line in wilayah_tsv.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 3 or parts[2] not in ("provinsi", "kabupaten_kota"):
            continue
        name = parts[1].strip()
        names.add(name)
        names.add(re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", name))
    return {n for n in names if n}


def parse_mention(text: str, regions: set[str], casemap: dict[str, str]) -> SilverMention:
    """Split "Gubernur Riau Abdul Wahid" into regions ("Riau") and person ("Abdul Wahid")."""
    words = text.split()
    if not words:
        return SilverMention(text, None, (), None)
    if words[0].lower() in ORG_HEADS:
        return SilverMention(text, None, (), text)
    name: list[str] = []
    for w in reversed(words):
        lw = w.lower()
        proper = w[:1].isupper() and casemap.get(lw, w)[:1].isupper()
        if lw in TITLE_WORDS or not proper or w in regions or lw in ORG_HEADS:
            break
        name.insert(0, w)
    head = words[: len(words) - len(name)]
    found = tuple(r for r in regions_in(" ".join(head), regions))
    has_title = any(w.lower() in TITLE_WORDS for w in head)
    person = " ".join(name) if name and (has_title or len(name) >= 2) else None
    return SilverMention(text, person, found, None)


def regions_in(text: str, regions: set[str]) -> list[str]:
    out = []
    words = text.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i:i + n])
            if cand in regions and not any(cand in o for o in out):
                out.append(cand)
    return out


def label_article(body: str, mentions: list[SilverMention], regions: set[str]) -> list[TaggedSentence]:
    """Sentences whose capitalised words the mentions explain, with BIO tags."""
    persons = {m.person for m in mentions if m.person}
    # short mentions: a person's last name alone is common in news ("kata Wahid")
    surface: dict[str, str] = {p: "PER" for p in persons}
    for p in persons:
        parts = p.split()
        if len(parts) > 1 and len(parts[-1]) > 3:
            surface.setdefault(parts[-1], "PER")
    for m in mentions:
        if m.org:
            surface.setdefault(m.org, "ORG")
        for r in m.regions:
            surface.setdefault(r, "LOC")
    out: list[TaggedSentence] = []
    for sent in split_sentences(body):
        toks = [t.text for t in sent.tokens]
        tags = ["O"] * len(toks)
        for phrase, typ in sorted(surface.items(), key=lambda kv: -len(kv[0].split())):
            _mark(toks, tags, phrase.split(), typ)
        if not any(t != "O" for t in tags) or not _explained(toks, tags, regions):
            continue
        out.append(TaggedSentence(toks, tags, "silver/detik2025"))
    return out


def _mark(toks: list[str], tags: list[str], phrase: list[str], typ: str) -> None:
    n = len(phrase)
    for i in range(len(toks) - n + 1):
        if toks[i:i + n] == phrase and all(t == "O" for t in tags[i:i + n]):
            tags[i] = "B-" + typ
            for j in range(i + 1, i + n):
                tags[j] = "I-" + typ


def _explained(toks: list[str], tags: list[str], regions: set[str]) -> bool:
    """Every capitalised, non-initial word is labelled or a title/body word: unlabelled names would teach 'O'."""
    for i, (tok, tag) in enumerate(zip(toks, tags)):
        if i == 0 or tag != "O" or not tok[:1].isupper() or toks[i - 1] in {'"', "“", "(", ":", "'"}:
            continue
        low = tok.lower().rstrip(".")
        if low in TITLE_WORDS or low in ORG_HEADS or low in CALENDAR_WORDS or tok.isupper() and len(tok) <= 6:
            continue
        return False
    return True


def silver_sentences(corpus: Path, silver: Path, regions: set[str], casemap: dict[str, str],
                     exclude_lines: set[int] = frozenset()) -> list[TaggedSentence]:
    """All silver sentences; ``exclude_lines`` (1-based) keeps gold-annotated articles out of training."""
    out: list[TaggedSentence] = []
    lines = corpus.read_text(encoding="utf-8").splitlines()
    with silver.open(encoding="utf-8") as fh:
        for n, (line, rec) in enumerate(zip(lines, fh), start=1):
            if n in exclude_lines:
                continue
            ents = json.loads(rec).get("entities", {})
            raw = [m for k in ("government", "experts") for m in ents.get(k, [])]
            mentions = [parse_mention(m, regions, casemap) for m in raw]
            body = line.split(" . ", 1)[-1]
            out.extend(label_article(body, mentions, regions))
    return out

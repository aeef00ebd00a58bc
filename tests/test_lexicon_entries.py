"""Every lexicon entry, one by one, in a sentence written the way news writes it (fictional person, real regions).

The sentences are generated from each entry's own scope, so a new entry is tested the day it is added."""
from __future__ import annotations

from datetime import date

import pytest

from simpul.extract.facts import extract_facts
from simpul.extract.ingest import article_from_text
from simpul.extract.lexicon import RoleEntry, bodies, cues, honorifics, qualifiers, roles
from simpul.extract.names import normalize_name
from simpul.extract.records import Doc
from simpul.extract.regions import resolve_region
from simpul.extract.tokenize import split_sentences
from simpul.extract import lexicon

NAME = "Andi Wijaya"
# how news capitalises the surfaces that are not plain title case
WRITTEN = {"menpan rb": "MenPAN RB", "menpan-rb": "MenPAN-RB", "kasatpol pp": "Kasatpol PP",
           "kepala satpol pp": "Kepala Satpol PP", "sekjen kemendagri": "Sekjen Kemendagri",
           "sekretaris dprd": "Sekretaris DPRD", "kasi penkum": "Kasi Penkum"}
WRITTEN.update({s: " ".join(w.upper() if w in ("bi", "ojk") else w.capitalize() for w in s.split())
                for s in ("gubernur bi", "deputi gubernur bi", "deputi gubernur senior bi", "ketua dewan komisioner ojk")})
UNIT = {"Asisten": "Pemerintahan", "Staf Ahli": "Bidang Hukum", "Kepala Dinas": "Pendidikan",
        "Kepala Badan": "Keuangan Daerah", "Kepala Bagian": "Hukum", "Kepala Bidang": "Pemerintahan",
        "Kepala Pelaksana": "BPBD", "Kepala Seksi": "Pemerintahan", "Kepala Satuan": "Polisi Pamong Praja",
        "Staf Ahli Menteri": "Bidang Hukum", "Kepala Suku Dinas": "Bina Marga"}
PLACE_ORG = {"Camat": "Kecamatan", "Lurah": "Kelurahan", "Kepala Desa": "Desa", "Pangulu": "Nagori"}
REGIONAL_OFFICES = {"Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Kodim", "Korem", "Kodam",
                    "Kejaksaan Negeri", "Kejaksaan Tinggi"}
# body-scope posts and the body each is tested with
BODY_OF = {"Juru Bicara": ("KPK", "Komisi Pemberantasan Korupsi"), "Kepala Seksi Penerangan Hukum": ("Kejati Riau", "Kejaksaan Tinggi"),
           "Kepala": ("BKN", "Badan Kepegawaian Negara"), "Direktur": ("Bappeda Kabupaten Jember", "Badan Perencanaan"),
           "Deputi": ("KPK", "Komisi Pemberantasan Korupsi"), "Kepala Balai": ("Karantina Jawa Tengah", None),
           "Perdana Menteri": ("Malaysia", None), "Wakil Perdana Menteri": ("Malaysia", None),
           "Kepala Subdirektorat": ("I Dittipidsiber Bareskrim Polri", "Badan Reserse Kriminal")}


def written(surface: str) -> str:
    return WRITTEN.get(surface) or " ".join(w[:1].upper() + w[1:] for w in surface.split())


def facts_of(text: str):
    art = article_from_text(text, "t", published=date(2024, 10, 14))
    return extract_facts(Doc(art, split_sentences(art.text)))


def role_case(e: RoleEntry) -> tuple[str, str, str | None]:
    """(sentence, expected role prefix, expected org prefix or None for 'any org') for one roles.tsv entry."""
    s = written(e.surface)
    verb = "meminta ASN menjaga netralitas."
    if e.role in PLACE_ORG:
        return f"{s} Seruyan Hilir, {NAME}, {verb}", e.role, f"{PLACE_ORG[e.role]} Seruyan Hilir"
    if e.scope == "kabupaten":
        return f"{s} Jember, {NAME}, {verb}", e.role, "Kabupaten Jember"
    if e.scope == "kota":
        return f"{s} Ambon, {NAME}, {verb}", e.role, "Kota Ambon"
    if e.scope == "provinsi":
        return f"{s} Jawa Timur, {NAME}, {verb}", e.role, "Provinsi Jawa Timur"
    if e.scope == "region":
        unit = f" {UNIT[e.role]}" if e.takes_unit else ""
        return f"{s}{unit} Kabupaten Jember, {NAME}, {verb}", e.role, "Kabupaten Jember"
    if e.scope == "ministry":
        if e.role == "Menteri Koordinator":  # "Menko" + a coordinating ministry's field
            return (f"{s} Bidang Pangan, {NAME}, {verb}", "Menteri Koordinator Bidang Pangan",
                    "Kementerian Koordinator Bidang Pangan")
        if e.role.startswith("Direktur Jenderal"):
            return f"{s} Otonomi Daerah Kemendagri, {NAME}, {verb}", e.role, "Kementerian Dalam Negeri"
        return f"{s} Pertanian, {NAME}, {verb}", e.role, "Kementerian Pertanian"
    if e.scope in REGIONAL_OFFICES:
        return f"{s} Bengkalis AKBP {NAME} {verb}", e.role, e.scope
    if e.scope == "body":
        if e.role in BODY_OF:
            body, org = BODY_OF[e.role]
            return f"{s} {body}, {NAME}, {verb}", e.role, org
        return f"{s} KPU Kabupaten Jember, {NAME}, {verb}", e.role, "KPU Kabupaten Jember"
    return f"{s} {NAME} {verb}", e.role, e.scope  # a post of one fixed body (Mendagri, Kapolri ...)


@pytest.mark.parametrize("entry", list(roles().values()), ids=lambda e: e.surface)
def test_every_role_entry(entry):
    text, role, org = role_case(entry)
    got = {(h.person, h.role, h.org) for h in facts_of(text).holds}
    assert any(p == NAME and r.startswith(role) and (org is None or (o or "").startswith(org)) for p, r, o in got), \
        f"{text!r}: {got}"


@pytest.mark.parametrize("surface,qualifier", sorted(lexicon._rows("qualifiers.tsv")), ids=lambda x: str(x))
def test_every_qualifier_entry(surface, qualifier):
    q = written(surface)
    text = (f"Bupati {q.lower()} Jember, {NAME}, meminta ASN netral." if qualifier == "definitif"
            else f"{q} Bupati Jember, {NAME}, meminta ASN netral.")
    got = {(h.person, h.role, h.qualifier) for h in facts_of(text).holds}
    assert (NAME, "Bupati", None if qualifier == "definitif" else qualifier) in got, f"{text!r}: {got}"


def _honorific_cases():
    h = honorifics()
    for w in sorted(h["pre"]):
        yield f"{w[:1].upper()}{w[1:]} {NAME}"
    for w in sorted(h["post"]):
        yield f"{NAME}, {'.'.join(p[:1].upper() + p[1:] for p in w.split('.'))}"
    for w in sorted(h["rank"]):
        yield f"{w.upper() if len(w) <= 4 else w.capitalize()} {NAME}"
    for w in sorted(h["corps"]):
        yield f"Letkol {w.capitalize()} {NAME}"


@pytest.mark.parametrize("raw", list(_honorific_cases()))
def test_every_honorific_degree_rank_and_corps_is_stripped(raw):
    assert normalize_name(raw) == NAME


def test_honorifics_strip_inside_a_sentence():
    got = {h.person for h in facts_of(f"Bupati Jember, Drs. H. {NAME}, S.Sos., M.Si, meminta ASN netral.").holds}
    assert got == {NAME}


@pytest.mark.parametrize("short,full,regional", [(s, f, r) for s, (f, r) in sorted(bodies().items())],
                         ids=lambda x: str(x))
def test_every_body_entry(short, full, regional):
    place = " Kabupaten Jember" if regional else ""
    got = {(h.person, h.org) for h in facts_of(f"Ketua {short}{place}, {NAME}, meminta ASN netral.").holds}
    assert any(p == NAME and (o or "").startswith(full.split()[0]) for p, o in got), got


@pytest.mark.parametrize("cue,kind", sorted((" ".join(c), k) for c, k in cues().items()), ids=lambda x: str(x))
def test_every_directive_cue(cue, kind):
    if kind == "verb":
        text = f"Bupati Jember, {NAME}, {cue} seluruh camat menjaga netralitas ASN."
    elif kind == "noun":
        text = f"Bupati Jember, {NAME}, memberikan {cue} kepada seluruh camat untuk menjaga netralitas ASN."
    elif cue in ("mari", "tolong"):
        text = f"Bupati Jember, {NAME}, berpesan kepada ASN. \"{cue.capitalize()} kita jaga netralitas ASN,\" kata {NAME}."
    elif cue == "jangan":  # "jangan kita ..." is the speaker's own resolve; a ban names whom it binds
        text = f"Bupati Jember, {NAME}, berpesan kepada ASN. \"Jangan ada ASN yang ikut berkampanye,\" kata {NAME}."
    elif cue == "sanksi":
        text = f"Bupati Jember, {NAME}, menyatakan ASN yang tidak netral akan dikenai {cue} tegas."
    else:
        text = f"Bupati Jember, {NAME}, menyatakan seluruh ASN {cue} menjaga netralitas selama Pilkada."
    ds = facts_of(text).directives
    assert any(d.speaker == NAME and d.issuer == "Kabupaten Jember" for d in ds), f"{text!r}: {ds}"


@pytest.mark.parametrize("alias,code", sorted(lexicon._rows("region_aliases.tsv")), ids=lambda x: str(x))
def test_every_region_alias(alias, code):
    reg = resolve_region(alias)
    assert reg is not None and reg.code == code


OPD_ACRONYMS = sorted(a for a, (_, head) in lexicon.unit_acronyms().items() if head != "Kementerian")
MINISTRY_ACRONYMS = sorted(a for a, (_, head) in lexicon.unit_acronyms().items() if head == "Kementerian")


@pytest.mark.parametrize("acronym", MINISTRY_ACRONYMS)
@pytest.mark.parametrize("title,role", [("Menteri", "Menteri"), ("Wamen", "Wakil Menteri")])
def test_every_ministry_acronym(title, role, acronym):
    full = lexicon.unit_acronyms()[acronym][0]
    got = {(h.person, h.role, h.org) for h in facts_of(f"{title} {acronym}, {NAME}, meminta ASN netral.").holds}
    assert (NAME, f"{role} {full}", f"Kementerian {full}") in got, got


@pytest.mark.parametrize("acronym", OPD_ACRONYMS)
@pytest.mark.parametrize("title", ["Kepala", "Kadis", "Kaban"])
def test_every_unit_acronym(title, acronym):
    full, head = lexicon.unit_acronyms()[acronym]
    want = f"Kepala {head} {full}" if head else f"Kepala {acronym}"
    got = {(h.person, h.role, h.org) for h in facts_of(f"{title} {acronym} Kabupaten Jember, {NAME}, meminta ASN netral.").holds}
    assert (NAME, want, "Kabupaten Jember") in got, got

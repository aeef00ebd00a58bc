"""holds facts: who holds which post, from role mentions plus the article's jurisdiction."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .bodyreader import is_ministry
from .lexicon import countries
from .mentions import FOREIGN, RoleMention
from .names import link_short, name_key, same_spelling
from .records import Evidence, Holds
from .regions import Region

FOREIGN_NAMES = frozenset(FOREIGN.values())
# bodies with a seat in every region, named "DPRD Kabupaten Dompu" there (parties and police offices are named otherwise)
LOCAL_BODIES = ("DPRD", "KPU", "Bawaslu", "BKD", "BKPSDM", "Baznas", "MUI", "TP-PKK")


@dataclass
class ArticleContext:
    """What the whole article makes certain: its jurisdiction and who holds which role."""

    jurisdiction: Region | None = None
    full_names: list[str] = field(default_factory=list)
    by_role: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (role, qualifier) -> person
    by_post: dict[tuple[str, str | None, str], str] = field(default_factory=dict)  # (role, qualifier, org) -> person
    local_bodies: set[str] = field(default_factory=set)  # regional bodies the article writes with its region
    aliases: dict[str, str] = field(default_factory=dict)  # name_key of a bracketed nickname -> the full name

    def post_holder(self, m: RoleMention) -> str | None:
        """For a role written with its org, the person named in exactly that post: "kata Ketua MPR" is not the Ketua
        DPR, nor a "Ketua" named without his body."""
        return self.by_post.get((m.role, m.qualifier, m.org))


def local_bodies(text: str, j: Region | None) -> set[str]:
    """The regional bodies ("DPRD", "KPU", "Bawaslu") that the text writes with the jurisdiction's region, which makes
    that region certain for the same body written bare (GUIDELINE: org null unless the context makes it certain)."""
    if j is None:
        return set()
    where = rf"\s+(?:{j.level.capitalize()}\s+|Kab\.?\s+)?{re.escape(j.bare)}\b"
    return {short for short in LOCAL_BODIES if re.search(rf"\b{re.escape(short)}{where}", text)}


def jurisdiction(mentions: list[RoleMention], extra: list[Region]) -> Region | None:
    """The one regency/city (or province) the article is about; None when the article names several."""
    regs = [m.region for m in mentions if m.region] + extra
    if not regs:
        return None
    local = Counter(r for r in regs if r.level != "provinsi")
    if len(local) == 1:
        return next(iter(local))
    if not local:
        provs = Counter(regs)
        return next(iter(provs)) if len(provs) == 1 else None
    (top, n), (_, n2) = local.most_common(2)
    return top if n >= 2 * n2 + 1 else None


def known_name(name: str, ctx: ArticleContext) -> str | None:
    """The full name introduced in the article that ``name`` writes exactly, or whose bracketed nickname it is ("Gus
    Ipul" -> "Saifullah Yusuf"); None otherwise."""
    key = name_key(name)
    if key in ctx.aliases:
        return ctx.aliases[key]
    return next((full for full in ctx.full_names if name_key(full) == key), None)


def canonical_person(name: str, ctx: ArticleContext) -> str:
    """Short mentions become the full name introduced in the article ("Haris" -> "Al Haris"); a nickname given in
    brackets after it too ("Gus Ipul" -> "Saifullah Yusuf")."""
    return known_name(name, ctx) or link_short(name, ctx.full_names) or name


def mention_org(m: RoleMention, ctx: ArticleContext) -> tuple[str | None, str | None]:
    """(org, region code): written org, else the article's jurisdiction for regional posts when it is certain."""
    j = ctx.jurisdiction
    if m.org and m.region is None and j and m.org in ctx.local_bodies:
        return f"{m.org} {j.name}", j.code  # "Ketua DPRD Nama" where the article also writes "DPRD Dompu"
    if m.org:
        return m.org, m.region.code if m.region else None
    if j and m.entry.scope == "region" and m.role not in ("Camat", "Lurah", "Kepala Desa", "Pangulu"):
        return j.name, j.code
    if j and m.entry.scope in ("kabupaten", "kota", "provinsi") and j.level == m.entry.scope:
        return j.name, j.code
    return None, None


def holds_from(mentions: list[RoleMention], ctx: ArticleContext, article_id: str, published, text: str) -> list[Holds]:
    """One fact per (person, role, org, qualifier); the earliest sentence is the evidence."""
    out: dict[tuple, Holds] = {}
    ordinals: dict[tuple, int] = {}
    assumed: set[tuple] = set()  # facts whose org is the article's jurisdiction, not written with the post
    named_first = [m for m in mentions if m.person] + [m for m in mentions if not m.person]
    for m in named_first:
        person = canonical_person(m.person, ctx) if m.person else _coreferent(m, ctx)
        if not person:
            continue
        org, code = mention_org(m, ctx)
        key = (name_key(person), m.role, org, m.qualifier)
        if key in out:
            continue
        if not m.person and (m.org is None or org == m.entry.scope) \
                and any(k[0] == key[0] and k[1] == m.role and k[3] == m.qualifier for k in out):
            # a bare "Kapolresta menambahkan" or "kata Kasi Intel" repeats the post already named in full; its org
            # would be the article's jurisdiction, not the office written with the name: no second fact
            continue
        s = m.sentence
        a, b = m.char_span
        ev = Evidence(article_id, s.text, s.start, s.end, a, b)
        conf = 0.9 if m.person and not m.by_reference else 0.6
        out[key] = Holds(person, m.role, org, m.qualifier, ev, published, code, conf)
        if m.org is None and org is not None:
            assumed.add(key)
        if m.ordinal:
            ordinals[key] = m.ordinal
    _former_by_ordinal(out, ordinals)
    for key in assumed:  # "Kasi Datun Kejari X, Nama" and later "melalui Kasi Datun, yaitu Pak Nama": the office
        # written once is the office meant the other time, not the article's jurisdiction
        if any(k not in assumed and k[0] == key[0] and k[1] == key[1] and k[3] == key[3] and k[2] for k in out):
            del out[key]
    # "Kapolsek Darmono" after "Kapolsek Sukamaju AKP Darmono": the office without its name is the same office
    kept = [h for h in out.values() if not (h.org and any(
        o.person == h.person and o.role == h.role and o.qualifier == h.qualifier and o.org
        and o.org.startswith(h.org + " ") for o in out.values()))]
    # "Pak Menko (Airlangga Hartarto)" after "Menko Perekonomian Airlangga Hartarto", "Menteri Nama" after "Menteri
    # Kelautan dan Perikanan Nama": the bare title is the post named in full; "Direktur Eksekutif Poltracking Indonesia"
    # of no org is "Direktur Eksekutif" of Poltracking Indonesia
    kept = [h for h in kept if not (h.org is None and any(
        o.person == h.person and o is not h and (o.role.startswith(h.role + " ") and h.role in BARE_TITLES
                                                 or o.org and h.role == f"{o.role} {o.org}") for o in kept))]
    # "Ketua KPU Mochammad Afifuddin" and "Ketua KPU Muhammad Afifuddin", "Kasat Reskrim Harmianto" and "... Harminto":
    # one man spelt twice in one article holds the post once, under the name written first
    kept = [h for h in kept if not any(o.evidence.start < h.evidence.start and (o.role, o.org, o.qualifier)
                                       == (h.role, h.org, h.qualifier) and o.person != h.person
                                       and same_spelling(o.person, h.person) for o in kept)]
    # "Presiden Trump" after "Presiden AS Donald Trump", "Menhan Payne" after "Menteri Pertahanan Australia Marise
    # Payne": the bare title is the foreign post, not the Indonesian one
    abroad = {(h.person, h.role) for h in kept if h.org in FOREIGN_NAMES}
    kept = [h for h in kept if not ((h.org == "Republik Indonesia" or is_ministry(h.org or ""))
                                    and (h.person, h.role) in abroad)]
    kept = [_unsure_presidency(h, text) for h in kept]
    return sorted(kept, key=lambda h: (h.evidence.start, h.evidence.span_start or 0))


# titles that, alone and of no org, only repeat a post the same person holds in full in the article
BARE_TITLES = frozenset({"Menteri", "Menteri Koordinator", "Kepala", "Direktur", "Ketua", "Wakil Menteri"})


# Indonesia's presidents and vice presidents, the names news uses for them
NATIONAL_LEADERS = ("Soekarno", "Sukarno", "Mohammad Hatta", "Soeharto", "Suharto", "Habibie", "Abdurrahman Wahid",
                    "Gus Dur", "Megawati Soekarnoputri", "Hamzah Haz", "Susilo Bambang Yudhoyono", "SBY", "Jusuf Kalla",
                    "Boediono", "Joko Widodo", "Jokowi", "Ma'ruf Amin", "Prabowo Subianto", "Gibran Rakabuming Raka",
                    "Try Sutrisno", "Adam Malik", "Umar Wirahadikusumah", "Sudharmono", "Hamengkubuwono IX")
FOREIGN_IN_TEXT = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(countries(), key=len, reverse=True)) + r")\b")


def _unsure_presidency(h: Holds, text: str) -> Holds:
    """"Presiden Donald Trump" with no country written, in an article about another country: the post is not
    certainly the Indonesian one (GUIDELINE: org null unless the context makes it certain)."""
    if h.org != "Republik Indonesia" or h.role not in ("Presiden", "Wakil Presiden"):
        return h
    said = text[h.evidence.span_start or h.evidence.start:h.evidence.span_end or h.evidence.end]
    words = set(h.person.split())
    known = any(words <= set(n.split()) or set(n.split()) <= words for n in NATIONAL_LEADERS)
    if known or re.search(r"\b(RI|Indonesia|Republik)\b", said) or not FOREIGN_IN_TEXT.search(text):
        return h
    # an article about one foreign country only: its president ("Presiden Donald Trump" beside "AS" and "The Fed")
    countries = {FOREIGN.get(tuple(m.group(1).lower().split())) for m in FOREIGN_IN_TEXT.finditer(text)}
    country = next(iter(countries)) if len(countries) == 1 else None
    return replace(h, org=country, region_code=None, confidence=min(h.confidence, 0.6))


SHARED_POSTS = ("Anggota", "Wakil Ketua", "Wakil Menteri", "Staf", "Asisten", "Deputi")


def _former_by_ordinal(out: dict[tuple, Holds], ordinals: dict[tuple, int]) -> None:
    """"Presiden RI Nama A ... Presiden ke-6 RI Nama B": one post, several holders; a numbered holder is a former one
    when the article names another holder without a number or with a higher one. Alone, it is kept with less
    confidence."""
    for key, n in ordinals.items():
        h = out[key]
        if h.qualifier or h.role.startswith(SHARED_POSTS):
            continue
        rivals = [(k, ordinals.get(k)) for k, o in out.items()
                  if k[0] != key[0] and o.role == h.role and o.org == h.org and not o.qualifier]
        if any(r is None or r > n for _, r in rivals):
            out[key] = replace(h, qualifier="mantan")
        else:  # "Presiden ke-2 Nama" alone: news numbers mostly former holders, but the text does not say so
            out[key] = replace(h, confidence=min(h.confidence, 0.6))


def _coreferent(m: RoleMention, ctx: ArticleContext) -> str | None:
    """A role without a name ("Plt Bupati Simalungun: ...") names the one person known to hold it, or the one acting
    official with that status in the article (an acting deputy is the acting head)."""
    if m.org:
        return ctx.post_holder(m)
    hit = ctx.by_role.get((m.role, m.qualifier))
    if hit:
        return hit
    if m.qualifier in ("Pj", "Plt", "Pjs"):
        same = {p for (r, q), p in ctx.by_role.items() if q == m.qualifier}
        if len(same) == 1:
            return next(iter(same))
    return None

"""`extract_facts(doc)`: holds, directives, quotes and events of one article."""
from __future__ import annotations

import re

from .directives import (PASSIVE_ORDERS, PRONOUNS, SAY_RE, QuoteSpan, clause_start, date_for, directive_span, find_cue,
                         make_directive, make_quote, quote_spans)
from .holds import (ArticleContext, canonical_person, holds_from, jurisdiction, known_name, local_bodies,
                    mention_org)
from .lexicon import is_party, roles
from .bodyreader import ASSOCIATIONS, FIRMS, OFFICES, is_ministry
from .mentions import SAID, STOP_NAME, RoleMention, SentenceMentions
from .names import link_short, name_key, normalize_name
from .ordered import ordered_by
from .records import ArticleFacts, Directive, Doc, Event, Holds, Sentence
from .regions import LEVEL_WORDS, Region, resolve_region
from .rulings import court_rulings

EVENT_RE = re.compile(r"\b(rapat koordinasi|rakor|rapat|apel|pertemuan|sosialisasi|audiensi|kunjungan kerja)\b", re.I)
GOV_SUBJECT = re.compile(r"\b(Pemkab|Pemkot|Pemprov|Pemerintah (?:Kabupaten|Kota|Provinsi))\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")


def _level_regions(text: str) -> list[Region]:
    """Regions named as governments ("Pemkab Jember", "Pemerintah Provinsi Jambi") anywhere in the article."""
    out = []
    for m in GOV_SUBJECT.finditer(text):
        words = m.group(1).split()
        level = LEVEL_WORDS.get(words[-1].lower(), LEVEL_WORDS.get(words[0].lower()))
        for cand in (m.group(2), m.group(2).split()[0]):
            r = resolve_region(cand, level)
            if r:
                out.append(r)
                break
    return out


def _as_in_body(m: RoleMention, body: str) -> RoleMention:
    """A Title-Cased headline runs its verbs into the name ("Anggota DPR Budi Bagikan Sembako"): the headline's person
    is cut to the longest start of it that the body writes."""
    if not m.person or _written(m.person, body):
        return m
    words = m.person.split()
    if len(words) == 1:  # "Wamendagri Ingatkan Pentingnya ...": a one-word name the body never writes is a verb
        m.person = m.person_span = None
        return m
    for n in range(len(words) - 1, 0, -1):
        if _written(" ".join(words[:n]), body) and m.person_span:
            m.person = " ".join(words[:n])
            m.person_span = (m.person_span[0], m.person_span[0] + n)
            break
    return m


def _headline_post_in_body(m: RoleMention, body: str) -> bool:
    """"Ajak Menteri Pakai Maung": a headline's ministry the lexicon does not know stands only if the body names it."""
    head = m.entry.role + " "
    if m.entry.scope != "ministry" or m.role == m.entry.role or not m.role.startswith(head):
        return True
    return is_ministry("Kementerian " + m.role[len(head):]) or _written(m.role, body)


def _written(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _headline_end(art) -> int:
    """Where the headline ends in the article text (0 when the text does not start with it)."""
    return len(art.title) if art.title and art.text.startswith(art.title) else 0


def _context(doc: Doc) -> tuple[ArticleContext, list[list[RoleMention]]]:
    text = doc.article.text
    head_end = _headline_end(doc.article)
    first = [m for s in doc.sentences for m in SentenceMentions(s, None, s.start < head_end).find()]
    ctx = ArticleContext(jurisdiction(first, _level_regions(text)))
    ctx.local_bodies = local_bodies(text, ctx.jurisdiction)
    prefer = ctx.jurisdiction.code if ctx.jurisdiction else None
    mentions = [SentenceMentions(s, prefer, s.start < head_end).find() for s in doc.sentences]
    body = text[head_end:]
    published = doc.article.published
    for m in (m for ms in mentions for m in ms):
        if m.held_until and published and m.held_until < published.year and m.qualifier is None:
            m.qualifier = "mantan"  # "Dirut PT X periode 2010-2015 Nama" in a 2025 article: a post held before (GUIDELINE)
    for s, ms in zip(doc.sentences, mentions):
        if s.start < head_end:
            ms[:] = [_as_in_body(m, body) for m in ms if _headline_post_in_body(m, body)]
    for i in range(1, len(doc.sentences)):
        _byline(doc.sentences[i - 1], doc.sentences[i], mentions[i], text)
    names: list[str] = []
    for m in sorted((m for ms in mentions for m in ms if m.person), key=lambda m: -len(m.person.split())):
        if m.person not in names and not link_short(m.person, names):  # full names first, then lone ones ("Bahtiar")
            names.append(m.person)
    not_name = {k[0] for k in roles()} | STOP_NAME
    for s in doc.sentences:
        for e in s.entities:
            n = normalize_name(e.text)
            # a tagger's person around a known name ("Latvia Karlis Ozols") would make that name's short form ambiguous
            if e.type == "PER" and len(n.split()) >= 2 and not any(name_key(n) == name_key(x) for x in names) \
                    and not any(w.lower() in not_name for w in n.split()) \
                    and not any(len(x.split()) >= 2 and link_short(x, [n]) for x in names) \
                    and s.start >= head_end:  # a Title-Cased headline fools the NER; its names recur in the body
                names.append(n)
    ctx.aliases = _nicknames(doc, names, head_end)
    ctx.full_names = [n for n in names if name_key(n) not in ctx.aliases]
    for m in (m for ms in mentions for m in ms):
        if m.person:
            org, _ = mention_org(m, ctx)
            ctx.by_role.setdefault((m.role, m.qualifier), canonical_person(m.person, ctx))
            if org:
                ctx.by_post.setdefault((m.role, m.qualifier, org), canonical_person(m.person, ctx))
    return ctx, mentions


# "Nama atau (yang) akrab disapa Nick", "Nama yang biasa dipanggil Nick": the other name is said to be the same man's
CALLED = re.compile(r",?\s*(?:atau\s+)?(?:yang\s+)?(?:akrab\s+|biasa\s+|lebih\s+)?(?:disapa|dipanggil|dikenal|"
                    r"dikenal\s+dengan(?:\s+sebutan)?|disebut)\s*,?|,?\s*atau")
INITIALS = re.compile(r"\s*\(\s*([A-Z]{2,5})\s*\)")
# titles that make a one-word or two-word name a nickname ("Gus Maksum", "Cak Imin") after a plain "atau"
NICK_TITLES = frozenset({"gus", "cak", "kang", "mas", "bang", "ning", "abah", "bung", "kak", "mbak", "neng", "uda"})


def _nicknames(doc: Doc, names: list[str], head_end: int) -> dict[str, str]:
    """"Menteri Sosial Saifullah Yusuf (Gus Ipul)": a person the tagger marks in brackets right after a known full
    name, sharing none of its words, is that person by another name (name_key -> the full name); so is one the text
    calls so ("Saifullah Yusuf atau yang akrab disapa Gus Ipul", "Maksum Faqih atau Gus Maksum")."""
    out: dict[str, str] = {}
    for s in doc.sentences:
        if s.start < head_end:
            continue
        pers = sorted((e for e in s.entities if e.type == "PER"), key=lambda e: e.start)
        fulls = [next((n for n in names if name_key(n) == name_key(normalize_name(e.text))), None) for e in pers]
        for (a, b), full in zip(zip(pers, pers[1:]), fulls):
            between = s.text[a.end - s.start:b.start - s.start].strip()
            after = s.text[b.end - s.start:b.end - s.start + 2].strip()[:1]
            nick = normalize_name(b.text)
            if not (full and nick and len(nick.split()) <= 2 <= len(full.split()) and len(nick) < len(full)):
                continue  # (a nickname is the shorter: "Ahok (Basuki Tjahaja Purnama)" makes no alias of the full name)
            called = CALLED.fullmatch(between)
            if between == "(" and after == ")" and not set(nick.lower().split()) & set(full.lower().split()) \
                    or called and (called.group(0).strip(" ,") != "atau" or nick.split()[0].lower() in NICK_TITLES):
                # (after a plain "or" only a nickname's title says it is no second person: "Budi atau Andi")
                out.setdefault(name_key(nick), full)
        for a, full in zip(pers, fulls):  # "Bambang Haryo Soekartono (BHS)": the name's initials in brackets, however
            # the tagger reads them
            short = INITIALS.match(s.text, a.end - s.start)
            if full and short and len(full.split()) >= 2 and short.group(1) == "".join(w[0] for w in full.split()):
                out.setdefault(name_key(short.group(1)), full)
    return out


def _byline(prev: Sentence, cur: Sentence, ms: list[RoleMention], text: str) -> None:
    """"Budi Santoso. Anggota DPR RI Fraksi X.": an author's name, then his post, each a sentence of its own (the
    signature under an opinion piece). The post's holder is that name; the evidence is both sentences."""
    pers = [e for e in prev.entities if e.type == "PER"]
    if len(pers) != 1 or not ms or ms[0].start != 0 or ms[0].person or len(cur.tokens) > 12 \
            or any(e.type == "PER" for e in cur.entities):
        return
    inside = [t for t in prev.tokens if pers[0].start <= t.start and t.end <= pers[0].end]
    outside = [t for t in prev.tokens if t not in inside and t.text != "."]
    if len(inside) < 2 or outside or any(t.text[:1].islower() and t.text not in ("dan", "dari", "periode")
                                         for t in cur.tokens):
        return  # a title sentence with a verb or more is a sentence about someone, maybe someone else
    n = len(prev.tokens)
    merged = Sentence(prev.index, text[prev.start:cur.end], prev.start, cur.end, prev.tokens + cur.tokens,
                      prev.entities + cur.entities)
    first = prev.tokens.index(inside[0])
    m = ms[0]
    m.sentence, m.start, m.end = merged, m.start + n, m.end + n
    m.person_span = (first, first + len(inside))
    m.person = normalize_name(pers[0].text)


SPEECH_VERBS = SAID | {"ujarnya", "katanya"}  # the verb before a speaker's name or after a quote


def _demonstratives(doc: Doc, mentions: list[list[RoleMention]], ctx: ArticleContext, quotes: list[QuoteSpan],
                    head_end: int) -> None:
    """"Wakil Ketua Komisi II DPR RI ini menilai ...", '..." ujar mantan Komisaris Utama Bank Nagari itu.': a post with
    "ini/itu/tersebut" and no name, opening a sentence or after a speech verb and outside any quote, is held by the
    first person named outside a quote in the last sentence that names one, unless the article names someone else in
    that post."""
    last: str | None = None
    for sent, ms in zip(doc.sentences, mentions):
        toks = sent.tokens
        for m in ms:
            after = [t.text.lower() for t in toks[m.end:m.end + 2]] + ["", ""]
            opens = m.start == 0 or (m.start == 1 and toks[0].text in "\"“")
            said = m.start > 0 and toks[m.start - 1].text.lower() in SPEECH_VERBS \
                and after[1] in (".", ",", "")
            inside = any(q.start <= toks[m.start].start < q.end for q in quotes)  # "Menteri ESDM ini ..." in a quote
            if last and not m.person and after[0] in ("ini", "itu", "tersebut") and (opens or said) \
                    and not inside and sent.start >= head_end and not _role_holder(m, ctx):
                m.person, m.by_reference = last, True
        # names, pronouns for the person before, and persons the tagger found whom the article never names in full:
        # such a person ("Riki", a nickname) may be the one meant, so after him nobody is certain
        named: list[tuple[int, str | None]] = [(off, p) for off, p, _ in _persons_in(sent, ms, ctx, last)]
        named += [(e.start, None) for e in sent.entities if e.type == "PER"
                  and not any(off <= e.start < off + len(p or "") + 1 for off, p in named)]
        outside = [p for off, p in sorted(named, key=lambda x: x[0]) if not any(q.start <= off < q.end for q in quotes)]
        if outside:
            last = outside[0]  # the sentence's subject, or the speaker after its quote


def _headline_speaker(doc: Doc, mentions: list[list[RoleMention]], ctx: ArticleContext, head_end: int) -> None:
    """"Gubernur Jateng: Kalau Kita Kuat ..." over a body that quotes "ujar Luthfi": a headline opening with a post and a
    colon, no name, quotes the post's holder; that is the body's first named speaker, unless the article names someone
    else in the post or the speaker in another one."""
    if not doc.sentences or doc.sentences[0].start >= head_end:
        return
    sent, ms = doc.sentences[0], mentions[0]
    m = next((m for m in ms if m.start == 0 and not m.person), None)
    if m is None or m.end >= len(sent.tokens) or sent.tokens[m.end].text != ":" or _role_holder(m, ctx):
        return
    speaker = next((normalize_name(e.text) for s in doc.sentences if s.start >= head_end for e in s.entities
                    if e.type == "PER" and _after_said(s, e.start)), None)
    if speaker is None:
        return
    person = canonical_person(speaker, ctx)
    if any(name_key(p) == name_key(person) for p in ctx.by_role.values()):
        return  # "ujar Prabowo": a speaker with a post of his own is not the headline's unnamed official
    m.person, m.by_reference = person, True


def _after_said(sent: Sentence, at: int) -> bool:
    """The token before offset ``at`` is a speech verb ("kata", "ujar", "disampaikan")."""
    i = next((i for i, t in enumerate(sent.tokens) if t.start == at), 0)
    return i > 0 and sent.tokens[i - 1].text.lower() in SPEECH_VERBS | {"disampaikan"}


COMPANIES = frozenset(w.lower() for w in FIRMS)  # a firm's demand is no government directive either


def _first_person_asks(words: list[str], cue: int) -> bool:
    """"kami minta", "saya juga sudah meminta": the speaker is the cue's subject."""
    k = cue - 1
    while k >= 0 and words[k] in ("juga", "sudah", "telah", "pun", "tentu", "sangat"):
        k -= 1
    return k >= 0 and words[k] in ("saya", "kami", "aku")


def _speaker_between(sent: Sentence, persons: list[tuple[int, str, bool]], person: str, cue_char: int) -> bool:
    """Whether the quote's speaker says "saya"/"kami"/"aku" between ``person``'s last mention and the cue."""
    last = max((off for off, p, _ in persons if p == person and off < cue_char), default=None)
    return last is not None and any(t.text.lower() in ("saya", "kami", "aku") for t in sent.tokens
                                    if last < t.start < cue_char)


def _noun_owner(sent: Sentence, ms: list[RoleMention], persons: list[tuple[int, str, bool]], cue, span):
    """"mendukung instruksi Prabowo kepada para menteri": a noun cue's owner, named right after it, gives the order, not
    the sentence's subject; (owner, whether the owner is a person the article never names in full, the span with the
    owner cut off its front)."""
    if cue[2] != "noun" or cue[1] >= len(sent.tokens):
        return None, False, span
    at = sent.tokens[cue[1]].start
    owner = next((p for off, p, pron in persons if off == at and not pron), None)
    if owner is None:
        return None, any(e.type == "PER" and e.start == at for e in sent.entities), span
    m = next((m for m in ms if sent.tokens[m.start].start == at), None)
    end = max(m.end, m.person_span[1] if m.person_span else 0) if m else None
    if span and end is not None and end < len(sent.tokens):
        span = (max(span[0], sent.tokens[end].start),) + tuple(span[1:])  # the order, not its owner
    return owner, False, span


def _persons_in(sent: Sentence, ms: list[RoleMention], ctx: ArticleContext,
                topic: str | None) -> list[tuple[int, str, bool]]:
    """(char offset, person, is_pronoun) of every person the sentence mentions: names, roles of known holders, pronouns."""
    out: list[tuple[int, str, bool]] = []
    for m in ms:
        p = canonical_person(m.person, ctx) if m.person else _role_holder(m, ctx)
        if p:
            out.append((sent.tokens[m.start].start, p, False))
    covered = {i for m in ms for i in range(m.start, max(m.end, m.person_span[1] if m.person_span else 0))}
    for i, t in enumerate(sent.tokens):
        if i in covered:
            continue
        low = t.text.lower()
        if low in PRONOUNS and topic:
            out.append((t.start, topic, True))
        elif t.text[:1].isupper() and len(t.text) > 2:
            p = _name_at(sent, i, ctx)
            if p:
                out.append((t.start, p, False))
    return sorted(out)


def _shared_org(m: RoleMention, holds: list[Holds]) -> tuple[str | None, str | None]:
    """The org every holder of this (unit-less) role shares, when they all share one."""
    orgs = {(h.org, h.region_code) for h in holds if h.role.startswith(m.role) and h.org}
    if m.org:
        return m.org, m.region.code if m.region else None
    return next(iter(orgs)) if len(orgs) == 1 else (None, None)


def _role_holder(m: RoleMention, ctx: ArticleContext) -> str | None:
    """The one person the article names in this role ("Sekda" -> Esron Sinaga; "Dirjen" -> the Dirjen of a unit)."""
    if m.org:
        return ctx.post_holder(m)
    hit = ctx.by_role.get((m.role, m.qualifier)) or ctx.by_role.get((m.role, None))
    if hit:
        return hit
    hits = {p for (r, _q), p in ctx.by_role.items() if r.startswith(m.role + " ")}
    return next(iter(hits)) if len(hits) == 1 else None


def _name_at(sent: Sentence, i: int, ctx: ArticleContext) -> str | None:
    toks = sent.tokens
    for n in (3, 2, 1):
        seg = " ".join(t.text for t in toks[i:i + n])
        if len(toks[i:i + n]) < n:
            continue
        known = known_name(seg, ctx)
        if known:
            return known
        if n == 1:
            return link_short(seg, ctx.full_names)
    return None


def _issuer(person: str | None, holds: list[Holds], sent: Sentence, cue_char: int,
            ctx: ArticleContext) -> tuple[str | None, str | None]:
    if person:
        mine = [h for h in holds if h.person == person and h.org and h.qualifier != "mantan"]
        if mine:
            return mine[0].org, mine[0].region_code
    for m in GOV_SUBJECT.finditer(sent.text[:max(0, cue_char - sent.start)]):
        level = LEVEL_WORDS.get(m.group(1).split()[-1].lower())
        r = resolve_region(m.group(2), level, ctx.jurisdiction.code if ctx.jurisdiction else None)
        if r:
            return r.name, r.code
    return _subject_body(sent, cue_char, ctx) if not person else (None, None)


SUBJECT_ADVERBS = frozenset({"juga", "terus", "telah", "sudah", "pun", "kembali", "selalu", "secara", "tegas"})


def _subject_body(sent: Sentence, cue_char: int, ctx: ArticleContext) -> tuple[str | None, str | None]:
    """"Kementerian Keuangan mengingatkan ...", "Polda Jatim juga terus mengimbau ...": a body named as the whole subject
    of the cue's clause issues it, with nobody speaking for it."""
    toks = sent.tokens
    j = next((i for i, t in enumerate(toks) if t.start == cue_char), None)
    if not j:
        return None, None
    words = [t.text.lower() for t in toks]
    while j > 0 and words[j - 1] in SUBJECT_ADVERBS:
        j -= 1
    s = clause_start(words, j - 1) if j > 0 else 0
    line = DATELINE.match(sent.text)
    if line and toks[s].start < sent.start + line.end():  # "Jakarta ( ANTARA News ) - Kejaksaan Agung meminta ..."
        s = next((i for i, t in enumerate(toks) if t.start >= sent.start + line.end()), s)
    if words[s:s + 2] in (["selain", "itu"], ["sementara", "itu"]):
        s += 2
    issued = next((v for v in range(s + 1, j) if words[v] in ISSUING and DOCUMENTS & set(words[v + 1:j])), None) \
        if words[j - 1:j] == ["yang"] else None
    if issued is not None:  # "Kemendagri menerbitkan surat edaran ... yang meminta ASN ...": the document's issuer
        j = issued
    hit = SentenceMentions(sent, ctx.jurisdiction.code if ctx.jurisdiction else None).body_spanning(s, j) if s < j else None
    if not hit and words[s:j] in POLICE_WORDS:
        # "Polisi mengimbau masyarakat ...": the police office whose officers the article names, when it names one
        offices = {org for _, _, org in ctx.by_post if org.split()[0] in POLICE_OFFICES}
        return (offices.pop(), None) if len(offices) == 1 else (None, None)
    if not hit:
        return None, None
    return hit[0], hit[1].code if hit[1] else None


ISSUING = frozenset({"menerbitkan", "mengeluarkan", "menetapkan", "membuat"})
DOCUMENTS = frozenset({"edaran", "se", "instruksi", "inpres", "peraturan", "keputusan", "perpres", "permendagri",
                       "pergub", "perbup", "perwal", "perda", "maklumat", "telegram"})
# a news agency's dateline before the first sentence: "Jakarta ( ANTARA News ) -", "Jakarta , CNN Indonesia - -",
# "Merdeka.com -", "JAKARTA ( Pos Kota ) –"
DATELINE = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*"
                      r"|\(\s*[A-Za-z][^()]{1,30}\)\s*)?(?:-\s*-|[-–—])\s+")
POLICE_WORDS = (["polisi"], ["pihak", "polisi"], ["kepolisian"], ["pihak", "kepolisian"])
POLICE_OFFICES = tuple(o for o in OFFICES if o.startswith("Pol"))


# A legislator's "harus"/"jangan" is his view of what others should do; the houses instruct by verbs ("meminta",
# "mendesak") and decide ("dihentikan", "ditunda").
LEGISLATURES = ("Dewan Perwakilan", "DPRD", "Majelis Permusyawaratan")
DECISIONS = frozenset({"dihentikan", "ditunda"})
STAFF = ("staf", "jajaran", "pegawai", "bawahan", "anak buah", "anggota", "personel", "seluruh staf")
AGENCY_OF = (("Kepala Dinas ", "Dinas "), ("Kepala Badan ", "Badan "), ("Sekretaris DPRD", "Sekretariat DPRD"),
             ("Kepala Kantor ", "Kantor "))


def _own_agency(speaker: str, holds: list[Holds], directive: str, addressee: str | None, own: bool = False) -> str | None:
    """GUIDELINE: a unit head instructing the unit's own staff issues it for the unit ("Dinas Sosial Kabupaten X")."""
    target = (addressee or directive).lower()
    if not own and not target.startswith(STAFF):
        return None
    for h in holds:
        if h.person == speaker and h.org and h.qualifier != "mantan":
            for head, unit in AGENCY_OF:
                if h.role.startswith(head):
                    return f"{unit}{h.role[len(head):]} {h.org}".replace("  ", " ")
    return None


def _said_after(sent: Sentence, persons: list[tuple[int, str, bool]], cue: int) -> str | None:
    """"ASN diminta tidak memihak, kata Nama": reported speech without quote marks, its speaker named after the
    say-verb that follows the comma."""
    toks = sent.tokens
    said = next((t.end for i, t in enumerate(toks) if i > cue + 1 and toks[i - 1].text == ","
                 and SAY_RE.fullmatch(t.text)), None)
    if said is None:
        return None
    return next((p for off, p, pron in persons if off > said and not pron), None)


def _quote_speaker(q: QuoteSpan, ctx: ArticleContext, topic: str | None) -> str | None:
    if q.speaker_hint:
        hint = q.speaker_hint.split()
        for n in range(len(hint), 0, -1):
            seg = " ".join(hint[:n])
            hit = known_name(seg, ctx) or link_short(seg, ctx.full_names)
            if hit:
                return hit
        role = roles().get(tuple(w.lower() for w in hint[:2])) or roles().get((hint[0].lower(),))
        if role:
            hits = {p for (r, _q), p in ctx.by_role.items() if r == role.role} \
                or {p for (r, _q), p in ctx.by_role.items() if len(hint) > 1 and f"{r} ".startswith(" ".join(hint) + " ")}
            if len(hits) == 1:  # ("kata Menteri Koordinator Bidang ...": the hint holds the first words of the post)
                return next(iter(hits))
            if not hits and q.demonstrative:
                return topic  # "tutup Anggota DPR RI Komisi XII tersebut": the man the article is about, described
        return None
    return topic


def extract_facts(doc: Doc) -> ArticleFacts:
    """All facts of one article; offsets point into ``doc.article.text``."""
    art = doc.article
    text = art.text
    ctx, mentions = _context(doc)
    head_end = _headline_end(art)
    quotes_at = quote_spans(text)
    _demonstratives(doc, mentions, ctx, quotes_at, head_end)
    _headline_speaker(doc, mentions, ctx, head_end)
    flat = [m for ms in mentions for m in ms]
    holds = holds_from(flat, ctx, art.id, art.published, text)
    placed = {(h.person, h.role) for h in holds if h.org}
    holds = [h for h in holds if h.org or (h.person, h.role) not in placed]  # "Pak Gubernur" again, body unsaid
    for h in holds:  # headline roles resolved by coreference count as known holders too
        ctx.by_role.setdefault((h.role, h.qualifier), h.person)
    facts = ArticleFacts(article=art, holds=holds)
    topic: str | None = None
    quote_topic: dict[int, str | None] = {}
    seen_quotes: set[int] = set()
    for sent, ms in zip(doc.sentences, mentions):
        persons = _persons_in(sent, ms, ctx, topic)
        q = next((q for q in quotes_at if q.start < sent.end and sent.start < q.end), None)
        if q is not None and id(q) not in quote_topic:
            before = [p for off, p, _ in persons if off < q.start]
            quote_topic[id(q)] = before[-1] if before else topic
        words = [t.text.lower() for t in sent.tokens]
        cue = find_cue(words)
        if cue and q is not None and q.attribution and q.attribution[0] <= sent.tokens[cue[0]].start < q.attribution[1]:
            # '"Mari kita ...," imbau Agus': the say-verb tells how the quote was said; the cue is in the quote
            cue = find_cue([w if not q.attribution[0] <= t.start < q.attribution[1] else ""
                            for w, t in zip(words, sent.tokens)])
        if q is not None:
            speaker_q = _quote_speaker(q, ctx, quote_topic[id(q)])
            if speaker_q and id(q) not in seen_quotes:
                seen_quotes.add(id(q))
                facts.quotes.append(make_quote(speaker_q, q, sent, text, art.id, date_for(sent, text, art.published, q)))
        if cue and sent.start >= head_end:  # a headline only summarises what the body reports
            cue_char = sent.tokens[cue[0]].start
            inside = q is not None and q.start <= cue_char < q.end
            span = directive_span(sent, cue)
            # people inside the directive's own words are its addressees ("Kepala desa dilarang ..."), not its speaker
            named = [p for off, p, pron in persons if off < cue_char and not pron and not (span and off >= span[0])]
            owner, unknown_owner, span = _noun_owner(sent, ms, persons, cue, span)
            if owner:
                named = [owner]
            vague = [m for m in ms if not m.person and sent.tokens[m.start].start < cue_char
                     and not _role_holder(m, ctx) and m.qualifier != "mantan"]  # (a former head speaks for no body)
            if inside and not owner and _first_person_asks(words, cue[0]):
                named, vague = [], []  # "Ibu Kadinkes, kami minta ...": the one addressed; the quote's speaker asks
            if inside and named and not owner and _speaker_between(sent, persons, named[-1], cue_char):
                named = []  # "Pak Presiden X siap dikritik, dan saya juga ... tetapi jangan difitnah": the speaker's
            if vague and not named:  # "Bapak Dirjen meminta" with two Dirjens in the article: the body is still known
                speaker = None
                issuer, code = _shared_org(vague[-1], holds)
            elif named:  # "Bapak Dirjen meminta ..." inside the Governor's quote: the Dirjen instructs
                speaker = named[-1]
            elif inside:
                speaker = _quote_speaker(q, ctx, quote_topic[id(q)])
            else:
                pron = [p for off, p, _ in persons if off < cue_char]
                speaker = pron[-1] if pron else _said_after(sent, persons, cue[0])
            if not vague or named:
                issuer, code = _issuer(speaker, holds, sent, cue_char, ctx)
            if span and speaker and issuer:
                own = "pihaknya" in words[:cue[0]] or "jajarannya" in words[:cue[0]]  # "pihaknya sudah meminta ..."
                issuer = _own_agency(speaker, holds, text[span[0]:span[1]], span[2], own) or issuer
            # without a speaker, only a government body as subject of a directive verb makes it certain
            # a party's or an association's demand is no government directive (GUIDELINE: a government body issues it)
            ok = issuer and (speaker or cue[2] == "verb") and not is_party(issuer) and not unknown_owner \
                and issuer.split()[0].lower() not in ASSOCIATIONS | COMPANIES and "mahasiswa" not in issuer.lower() \
                and not (cue[2] == "modal" and issuer.startswith(LEGISLATURES) and words[cue[0]] not in DECISIONS)
            if span and ok and speaker and (_asked(speaker, text, span, sent, cue, words, ctx.aliases)
                                            or _post_asked(speaker, ms, holds, cue, words)):
                ok = False  # "saya ingin meminta kesediaan Pak Teddy ...": Teddy is asked, the request is not his
            if span and ok:
                conf = 0.8 if speaker and issuer else 0.5
                facts.directives.append(make_directive(sent, span, issuer, code, speaker, text, art.id,
                                                       date_for(sent, text, art.published, q), " ".join(words[cue[0]:cue[1]]),
                                                       conf))
        if not cue and sent.start >= head_end:
            _add_ordered(facts, sent, ms, ctx, holds, q)
        if persons:
            topic = persons[0][1] if not (q and persons[0][0] >= q.start) else topic
        ev = EVENT_RE.search(sent.text)
        if ev and persons:
            from .records import Evidence

            facts.events.append(Event(ev.group(1).title(), Evidence(art.id, sent.text, sent.start, sent.end,
                                                                   sent.start + ev.start(), sent.start + ev.end()),
                                      date_for(sent, text, art.published, None), None,
                                      tuple(dict.fromkeys(p for _, p, _ in persons))))
    read = {d.evidence.start for d in facts.directives}  # a sentence the cue rules read keeps their reading
    facts.directives += [r for r in court_rulings(doc.sentences, text, art.id, art.published, holds, head_end)
                         if r.evidence.start not in read]
    facts.directives = _without_repeats(facts.directives)
    _registry(facts, ctx)
    return facts


def _asked(person: str, text: str, span: tuple, sent: Sentence, cue: tuple[int, int, str], words: list[str],
           aliases: dict[str, str]) -> bool:
    """Whether the would-be speaker is the one the directive asks: named after the cue ("meminta kesediaan Pak Teddy")
    or as the subject of "diminta" ("Lukas akan kembali diminta hadir", "Jokowi mengaku diminta ..." with Jokowi the
    nickname of ``person``)."""
    parts = {p for p in person.split() if len(p) >= 3 and p[0].isupper()} \
        | {t.text for t in sent.tokens if aliases.get(name_key(t.text)) == person}
    after = text[max(span[0], sent.tokens[cue[1] - 1].end):span[1]]
    if parts & set(re.findall(r"\w+", after)):
        return True
    if words[cue[0]] in PASSIVE_ORDERS:
        c = clause_start(words, cue[0])
        return bool(parts & {t.text for t in sent.tokens[c:cue[0]]})
    return False


ASKED_VIA = frozenset({"ke", "kepada", "pak", "bapak", "ibu", "bu"})  # words between a request and the post asked


def _post_asked(person: str, ms: list[RoleMention], holds: list[Holds], cue: tuple[int, int, str],
                words: list[str]) -> bool:
    """Whether the directive's words address the would-be speaker by his post ("Kami minta ke Pak Menteri Keuangan, ..."
    said by someone else and given to the Minister of Finance)."""
    if cue[2] != "verb":
        return False  # "arahan Presiden X untuk ...": a noun's owner may follow it
    posts = {h.role for h in holds if h.person == person}
    return any(m.role in posts and m.start >= cue[1] and ASKED_VIA.issuperset(words[cue[1]:m.start]) for m in ms)


def _without_repeats(directives: list[Directive]) -> list[Directive]:
    """GUIDELINE: an appeal said twice is one directive; the fuller wording stays ("warga tetap waspada" goes when
    "warga untuk tetap waspada terhadap ..." comes from the same body)."""
    words = [set(re.findall(r"\w+", d.text.lower())) for d in directives]
    return [d for i, d in enumerate(directives)
            if not any(j != i and o.issuer == d.issuer and words[i] < words[j] for j, o in enumerate(directives))]


def _add_ordered(facts: ArticleFacts, sent: Sentence, ms: list[RoleMention], ctx: ArticleContext, holds: list[Holds],
                 q: QuoteSpan | None) -> None:
    """"X diperbanyak sesuai arahan Gubernur Jawa Tengah Nama": the official's order, issued for the official's body."""
    hit = ordered_by(sent, ms)
    if not hit:
        return
    span, m, cue = hit
    speaker = canonical_person(m.person, ctx) if m.person else _role_holder(m, ctx)
    org, code = mention_org(m, ctx)
    if speaker and not org:
        org, code = _issuer(speaker, holds, sent, sent.tokens[m.start].start, ctx)
    if not org or is_party(org):
        return
    art = facts.article
    facts.directives.append(make_directive(sent, span, org, code, speaker, art.text, art.id,
                                           date_for(sent, art.text, art.published, q), cue, 0.8 if speaker else 0.5))


def _registry(facts: ArticleFacts, ctx: ArticleContext) -> None:
    for h in facts.holds:
        facts.persons.setdefault(h.person, [])
        if h.org:
            facts.organizations.setdefault(h.org, [])
        if h.region_code:
            facts.places[h.org] = h.region_code
    for d in facts.directives:
        if d.speaker:
            facts.persons.setdefault(d.speaker, [])
        if d.issuer:
            facts.organizations.setdefault(d.issuer, [])
    if ctx.jurisdiction:
        facts.places.setdefault(ctx.jurisdiction.name, ctx.jurisdiction.code)

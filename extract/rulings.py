"""Court rulings as directives (GUIDELINE: a directive is also a decision aimed at others): "Majelis Hakim PN
Jakarta Utara menjatuhkan pidana penjara 15 tahun kepada terdakwa", "MK mengabulkan sebagian gugatan ...", a quoted
verdict ("Menjatuhkan pidana kepada terdakwa ...", demikian putusan hakim) and "divonis ... oleh majelis hakim
Pengadilan Tipikor Jakarta". The issuer is the court, written out; the speaker is the presiding judge when the
article names one."""
from __future__ import annotations

from datetime import date

from .bodyreader import _cap, _longest, _skip_paren
from .directives import date_for, quote_spans
from .lexicon import countries, is_role_word, region_aliases
from .records import Directive, Evidence, Holds, Sentence
from .regions import candidates, region_by_code

NATIONAL = {("mahkamah", "konstitusi"): "Mahkamah Konstitusi", ("mahkamah", "agung"): "Mahkamah Agung",
            ("mk",): "Mahkamah Konstitusi", ("ma",): "Mahkamah Agung"}
# a court of a region: its kind, then the place ("Pengadilan Negeri Semarang", "PN Jakut")
REGIONAL = {("pengadilan", "negeri"): "Pengadilan Negeri", ("pn",): "Pengadilan Negeri",
            ("pengadilan", "tinggi"): "Pengadilan Tinggi", ("pengadilan", "agama"): "Pengadilan Agama",
            ("pengadilan", "tata", "usaha", "negara"): "Pengadilan Tata Usaha Negara",
            ("ptun",): "Pengadilan Tata Usaha Negara",
            ("pengadilan", "tindak", "pidana", "korupsi"): "Pengadilan Tindak Pidana Korupsi",
            ("pengadilan", "tipikor"): "Pengadilan Tindak Pidana Korupsi",
            ("pengadilan", "niaga"): "Pengadilan Niaga", ("pengadilan", "militer"): "Pengadilan Militer", ("pengadilan", "militer", "tinggi"): "Pengadilan Militer Tinggi"}
BENCH = (("majelis", "hakim"), ("hakim",))
# a verb that rules, and for the general ones the words that must follow to make it a ruling
RULES = {"memvonis": None, "menghukum": None, "memutuskan": None, "membatalkan": None, "memerintahkan": None,
         "menjatuhkan": {"vonis", "hukuman", "pidana", "putusan", "sanksi"},
         "mengabulkan": {"gugatan", "permohonan", "banding", "kasasi", "eksepsi", "sebagian", "seluruh", "seluruhnya",
                         "praperadilan", "keberatan", "pengajuan", "peninjauan", "pk", "tuntutan"},
         "menolak": {"gugatan", "permohonan", "banding", "kasasi", "eksepsi", "peninjauan", "pk", "praperadilan",
                     "keberatan", "seluruh", "seluruhnya"},
         "membebaskan": {"terdakwa"}, "menyatakan": {"terdakwa", "terbukti", "bersalah"}}
PASSIVE = {"divonis", "dijatuhi", "dihukum"}
# what others ask the court for, or hope it rules, is no ruling ("Menuntut supaya majelis hakim ... memutuskan")
ASKED = frozenset({"menuntut", "tuntutan", "mohon", "memohon", "berharap", "harap", "meminta", "minta", "agar",
                   "supaya", "seharusnya", "semestinya", "diharapkan", "perlu", "akan", "jika", "apabila", "bila",
                   "kalau", "belum", "tidak", "tak"})
VERDICT_WORDS = frozenset({"putusan", "vonis", "amar", "putusannya", "membacakan"})
LEAD = frozenset({"kemudian", "juga", "pun", "telah", "sudah", "akhirnya", "sempat", "lalu", "pada", "dalam", "itu",
                  "tersebut", "dengan", "bulat", "secara", "resmi", "hari", "ini", "sebelumnya", "yang", "diketuai"})
NOMINAL = frozenset({"dalam", "untuk", "saat", "ketika", "sebelum", "usai", "setelah", "yang", "akan", "bisa", "dapat"})
ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima"})  # the items of a verdict read out
CLAUSE_END = frozenset({";", "karena", "sehingga", "sedangkan", "namun", "tetapi", "sementara"})


def court_at(toks, words: list[str], k: int) -> tuple[str, int] | None:
    """The court named at ``k``, written out, and the index after its name: "PN Jakut" -> "Pengadilan Negeri
    Jakarta Utara"; a court of another country ("Mahkamah Agung negara Teluk itu") is none of ours."""
    if not _cap(toks[k].text):
        return None
    name, j = _longest(words, k, NATIONAL, 4)
    if name:
        j = _skip_paren(toks, j, 2)  # "Mahkamah Konstitusi (MK)"
        if words[j:j + 1] == ["negara"]:
            return None
        return name, j
    kind, j = _longest(words, k, REGIONAL, 4)
    if not kind:
        return None
    j = _skip_paren(toks, j, 2)  # "Pengadilan Negeri (PN) Kendari"
    if words[j:j + 1] == ["pada"]:  # "Pengadilan Tipikor pada PN Jakarta Pusat": the place is the district court's
        inner = court_at(toks, words, j + 1) if j + 1 < len(toks) else None
        if inner and inner[0].startswith("Pengadilan Negeri "):
            return f"{kind} {inner[0][len('Pengadilan Negeri '):]}", inner[1]
    if kind.startswith("Pengadilan Militer"):  # "Pengadilan Militer I-04 Palembang": the court's number first
        num = []
        while j < len(toks) and (any(c.isdigit() for c in toks[j].text) or set(toks[j].text) <= set("IVX-")):
            num.append(toks[j].text)
            j += 1
        kind = " ".join([kind] + num)
    e = j
    while e < len(toks) and e - j < 3 and _cap(toks[e].text) and not is_role_word(toks[e].text):
        e += 1
    if e == j:
        return kind, j  # "Pengadilan Tipikor menjatuhkan ...": the kind alone
    # the place is the longest run of words that names a region ("PN Palu Batalkan Status ...": "Palu")
    e = next((end for end in range(e, j, -1) if candidates(" ".join(t.text for t in toks[j:end]))), min(e, j + 2))
    place = " ".join(t.text for t in toks[j:e])
    code = region_aliases().get(place.lower())
    reg = region_by_code(code) if code else None
    if reg and place not in reg.bare:  # "PN Jakut": a short form written out; "PN Jakarta" stays as written
        place = reg.bare
    return f"{kind} {place}", e


def _courts(sent: Sentence) -> list[tuple[int, int, str]]:
    toks = sent.tokens
    words = [t.text.lower() for t in toks]
    out, k = [], 0
    while k < len(toks):
        hit = court_at(toks, words, k)
        if hit:
            out.append((k, hit[1], hit[0]))
            k = hit[1]
        else:
            k += 1
    return out


def _placed(courts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The courts in order, a bare kind ("Pengadilan Negeri") taken as the last one of its kind with a place."""
    out = []
    for c in courts:
        named = [d for d in out if d[2].startswith(c[2] + " ")]
        out.append(named[-1] if named else c)
    return out


def _bench_before(words: list[str], v: int) -> int | None:
    """Where "majelis hakim" / "hakim" stands as the subject of the verb at ``v``, if it does."""
    k = v - 1
    while k >= 0 and words[k] in LEAD:
        k -= 1
    for bench in BENCH:
        n = len(bench)
        if k - n + 1 >= 0 and tuple(words[k - n + 1:k + 1]) == bench:
            return k - n + 1
    return None


def _ruling_verb(words: list[str], i: int) -> bool:
    if words[i] not in RULES:
        return False
    need = RULES[words[i]]
    if i > 0 and words[i - 1] in NOMINAL:
        return False  # "kekhilafan hakim dalam memutuskan kasus": the act named, no ruling told
    return need is None or any(w in need for w in words[i + 1:i + 5])


def _span_end(toks, words: list[str], v: int) -> int:
    """The end of the ruling's clause from ``v``: a clause word ("karena", but not in "oleh karena itu"), a quote
    mark, ", demikian/kata ...", or 30 words."""
    e = v + 1
    while e < len(toks) and e - v < 30 and (words[e] not in CLAUSE_END or words[e - 1] == "oleh") \
            and toks[e].text not in ('"', "”", "“"):
        if toks[e].text == "," and e + 1 < len(words) and words[e + 1] in ("kata", "ujar", "demikian", "ucap", "jelas"):
            break
        e += 1
    while e > v + 1 and toks[e - 1].text in (",", ".", ":"):
        e -= 1
    return e


def _foreign(sent: Sentence) -> bool:
    """The sentence names another country ("Hakim Distrik Amerika Serikat", "Mahkamah Agung Kuwait")."""
    written = [t.text for t in sent.tokens]
    return any(" ".join(written[k:k + n]) in countries() for k in range(len(written)) for n in (1, 2, 3))


def _issuer(toks, words: list[str], v: int, here: list, before: list, prev_words: set[str]) -> str | None:
    """The court that gives the ruling at ``v``: ``here`` are the sentence's courts, ``before`` those of earlier
    sentences, ``prev_words`` the previous sentence's words."""
    earlier = _placed(before + [c for c in here if c[1] <= v])
    if words[v] in PASSIVE:  # "divonis 7 tahun penjara oleh majelis hakim Pengadilan Tipikor Jakarta"
        after = [c for c in here if c[0] > v]
        if after:
            return after[0][2]
        return earlier[-1][2] if earlier and {"hakim", "majelis"} & set(words[v + 1:]) else None
    subject = [c for c in here if c[1] <= v and v - c[1] <= 8 and all(
        words[x] in LEAD or words[x] in ("majelis", "hakim", ",") or _cap(toks[x].text) for x in range(c[1], v))]
    if subject:  # "Majelis Hakim PN X kemudian menjatuhkan ...", "Ketua Majelis Hakim PN X, Nama, menjatuhkan ..."
        return subject[-1][2]
    bench = _bench_before(words, v)
    if bench is not None and earlier:  # "Majelis hakim menyatakan ...": the court named last
        near = [c for c in here if c[1] <= bench]
        return (near or earlier)[-1][2]
    quoted = v == 0 or (v == 1 and toks[0].text in ('"', "“")) \
        or (v >= 2 and words[v - 1] == "," and words[v - 2] in ORDINALS)
    if quoted and VERDICT_WORDS & (set(words) | prev_words):
        # a verdict quoted: "Menjatuhkan pidana kepada Terdakwa ...," demikian putusan hakim ... PN X
        named = _placed(before + here)
        return named[-1][2] if named else None
    return None


def court_rulings(sentences: list[Sentence], text: str, article_id: str, published: date | None,
                  holds: list[Holds], head_end: int) -> list[Directive]:
    """Every ruling a court is said to give in the article's body."""
    courts = [_courts(s) for s in sentences]
    judges = {h.person for h in holds if h.role == "Ketua Majelis Hakim"}
    speaker = next(iter(judges)) if len(judges) == 1 else None
    quotes = quote_spans(text)
    out: list[Directive] = []
    prev_words: set[str] = set()
    for n, s in enumerate(sentences):
        toks = s.tokens
        words = [t.text.lower() for t in toks]
        here, before = courts[n], [c for cs in courts[:n] for c in cs]
        for v, w in enumerate(words if s.start >= head_end and not _foreign(s) else ()):
            if not (_ruling_verb(words, v) or w in PASSIVE):
                continue
            issuer = _issuer(toks, words, v, here, before, prev_words)
            if issuer is None or ASKED & set(words[max(0, v - 12):v]):
                continue
            e = _span_end(toks, words, v)
            if e - v < 2:
                continue
            a, b = toks[v].start, toks[e - 1].end
            q = next((q for q in quotes if q.start <= a < q.end), None)
            out.append(Directive(issuer, speaker, text[a:b], Evidence(article_id, s.text, s.start, s.end, a, b),
                                 date_for(s, text, published, q), None, w, None, 0.7))
            break  # one ruling a sentence
        prev_words = set(words)
    return out

"""Remove scraped-page boilerplate lines without touching the article's sentences."""
from __future__ import annotations

import re

# Whole lines that are page furniture, never article sentences.
LINE_PATTERNS = [re.compile(p, re.I) for p in (
    r"^baca\s*juga\s*:?.*$",                      # "Baca juga: <headline>", "BACA JUGA :", "Baca juga:Headline"
    r"^banner\s*\d+\s*x\s*\d+$",
    r"^you cannot copy content of this page$",
    r"^eksplorasi konten lain\b.*$",
    r"^langganan sekarang\b.*$", r"^lanjutkan membaca$", r"^(ikuti|follow) (kami|us)\b.*$",
    r"^(share|bagikan|subscribe)\b.{0,60}$", r"^(advertisement|iklan|scroll to continue.*|sponsored)$",
    r"^pixel code\b.*$", r"^copyright\b.*$", r"^©.*$", r"^.*\(foto\s*:[^)]*\)\s*$", r"^foto\s*:.*$",
    r"^(editor|reporter|penulis|redaktur|pewarta|oleh)\s*:.*$",
    r"^(tags?|topik)\s*:.*$", r"^(simak|lihat) (juga|video)\b.{0,120}$",
    r"^[\w.-]+\.(com|id|co\.id|net)$",             # a bare site name line
    r"^[^\w]*$",                                    # punctuation only
    r"^\d{2,5}\s*x\s*\d{2,5}$", r"^.*/\s*foto\s*:.*$",    # image sizes, "/foto:kominfo" captions
)]
# A promoted video inside a paragraph (one-line scrapes keep it there): 'Tonton juga video "<headline>" di sini:'
_QUOTED = r'(?:["“][^"”]{1,200}["”]|[\'‘][^\'’]{1,200}[\'’])'
INLINE_PROMO = re.compile(rf"\s*\b(?:tonton|simak|saksikan|lihat)(?: juga video\s*{_QUOTED}\s*(?:di sini)?\s*:?"
                          rf"| video\s*{_QUOTED}\s*(?:di sini)?\s*:)", re.I)  # without "juga" only with its colon
# a related headline promoted in brackets inside a paragraph: "[ Baca juga : Djarot Minta Satpol PP ... ]"
BRACKET_PROMO = re.compile(r"\s*\[\s*(?:baca|lihat|simak)\s+juga\s*:[^\]\n]{0,250}\]", re.I)
# the slogan of the site's morning show, quoted after its announcement: '"Detik Pagi, Jangan Tidur Lagi!"'
SLOGAN = re.compile(r'\s*["“]?detik\s?pagi,\s*jangan tidur lagi!?["”]?', re.I)
# ... and one that ends the paragraph with its headline unquoted: "Lihat juga Video: Temui Jaksa Agung, Mendes Lapor ..."
TRAILING_PROMO = re.compile(r"\s*\b(tonton|simak|saksikan|lihat) juga video\b[^\n.?!\"“”]{0,200}$", re.I)
# Scrapes that drop the space around a link: "(Menkeu)Purbaya", "Nama.Anggota DPR", "mengatakan,untuk", and a
# name glued to the speech verb after it ("Lahadaliamengatakan"); a degree ("S.Sos", "M.Si") has no lower-case letter
# before its dot, a decimal no letter after its comma.
GLUED = (
    (re.compile(r"\)(?=[A-Za-z])"), ") "),
    (re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})"), ". "),
    (re.compile(r"(?<=[a-z]{2}),(?=[A-Za-z]{2})"), ", "),
    (re.compile(r"\b(kata|ujar|ucap|jelas|tutur|ungkap|sebut|imbuh|tegas|terang|papar)(?=[A-Z][a-z])"), r"\1 "),
    (re.compile(r"\b([A-Z][a-z]{2,})(mengatakan|menyampaikan|menjelaskan|mengungkapkan|menuturkan|menyebutkan|"
                r"menambahkan|menegaskan|buka suara)\b"), r"\1 \2"),
    # the site's own name as a link: "kepadadetikSulsel", "pantauandetikcomdi lokasi"
    (re.compile(r"(?<=[a-z]{3})(?=detik(?:com|[A-Z][a-z]))"), " "),
    (re.compile(r"\b(detikcom)(?=[a-z]{2})"), r"\1 "),
)


def unglue(line: str) -> str:
    for pattern, repl in GLUED:
        line = pattern.sub(repl, line)
    return line


# "Baca juga:" on its own line announces a headline on the next line.
READ_ALSO_ALONE = re.compile(r"^baca\s*juga\s*:?\s*$", re.I)
BYLINE = re.compile(r"(Editor|Reporter|Penulis|Redaktur|Pewarta)\s*:\s*(.+?)(?=\s{2,}\w+\s*:|$)", re.I)


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    return any(p.match(s) for p in LINE_PATTERNS)


DASH_BYLINE = re.compile(r"^([a-z][a-z .]{1,30}?)\s+[-–]\s+[A-Z][A-Z0-9.]{3,}$")
TAIL_BYLINE = re.compile(r"\(([a-z][a-z .]{1,30})/[a-z0-9]{1,10}\)$")


def read_byline(lines: list[str], tail: str = "") -> dict[str, str]:
    """{"editor": .., "reporter": ..} from lines like "Editor : Yanuar D   Reporter : Sugianto"."""
    out: dict[str, str] = {}
    for line in lines:
        for m in BYLINE.finditer(line.strip()):
            out.setdefault(m.group(1).lower(), m.group(2).strip())
        m = DASH_BYLINE.match(line.strip())  # "solmi - JAMBI.JIS.CO.ID"
        if m:
            out.setdefault("reporter", m.group(1))
    m = TAIL_BYLINE.search(tail.strip())  # "... se-Kabupaten Simalungun. (hamzah/hm16)"
    if m:
        out.setdefault("reporter", m.group(1))
    return out


def clean_lines(text: str) -> list[str]:
    """The article's lines with boilerplate, repeated lines and slug duplicates of the headline removed."""
    out: list[str] = []
    seen: set[str] = set()
    skip_next = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", raw)
        line = unglue(TRAILING_PROMO.sub("", SLOGAN.sub("", INLINE_PROMO.sub("", BRACKET_PROMO.sub("", line))))).strip()
        if not line:
            continue
        if skip_next:  # the headline that a lone "Baca juga:" announces
            skip_next = False
            continue
        if READ_ALSO_ALONE.match(line):
            skip_next = True
            continue
        key = re.sub(r"\W+", "", line.lower())
        if is_boilerplate(line) or key in seen:
            continue
        seen.add(key)
        out.append(line)
    return out


def clean(text: str) -> str:
    """Cleaned text, one paragraph per line joined by blank lines."""
    return "\n\n".join(clean_lines(text))

"""Rule tokenizer and sentence splitter for Indonesian news, with character offsets.

Stanza gets our tokens as pre-tokenised input: news abbreviations ("Pj.", "dr.", "H.", "No.", "Kab.",
"S.Sos.") must neither end a sentence nor lose their dot, which the UD-trained tokenizers get wrong.
"""
from __future__ import annotations

import re
from functools import cache

from .records import Sentence, Token

# Lower-cased, without the final dot. Titles, degrees, ranks and common news abbreviations.
ABBREVIATIONS = frozenset("""
pj pjs plt plh pgs dr drg drh drs dra ir prof h hj kh st no nomor kab kec kel ds jl jln tel telp hlm hal vol
bpk ibu sdr sdri tn ny nn mr mrs ms ket dll dsb dkk tsb spt yth a.n an u.p up
s.sos s.h s.e s.ip s.pd s.kom s.t s.ag s.hut s.kep s.ked s.pi s.psi s.ikom s.stp s.ap s.i.p
m.si m.m m.h m.pd m.ap m.kes m.t m.ag m.e m.sc m.a m.kom m.ikom m.hum m.pa m.b.a mba
sh se sip mm msi mh mpd map ssos spd ba ma phd
akbp akp kompol kombes irjen brigjen mayjen letjen jend kol letkol mayor kapt capt lettu letda serka serma
inf kav arh czi cpm cba ckm chb cpl
pol purn
st sta bln thn th
""".split())

_WORD = r"[^\W\d_](?:[\w]|[-'’](?=\w))*"  # letters, then word chars; inner hyphen/apostrophe
TOKEN_RE = re.compile(
    r"https?://\S+|www\.\S+"  # urls
    r"|[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|go\.id|or\.id|ac\.id|id|net|org|news|info)\b"  # bare domains: jatimnow.com
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?:[^\W\d_]\.){2,}(?:[^\W\d_]+\.?)?"  # dotted abbreviations: S.H., M.Si., a.n.
    r"|\d+(?:[.,:/-]\d+)*(?:-[^\W\d_]+)?"  # numbers, dates 14/10/2024, times 10.30, ke-60 style suffixes
    r"|[A-Z]\.[A-Za-z]{1,4}\.?(?![\w])"  # degrees glued: S.Sos., M.Si, S.IP
    rf"|{_WORD}"
    r"|\.{2,}|[“”\"'‘’]|[^\w\s]",
    re.UNICODE,
)
_SENT_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]")
_OPENERS_NEXT = re.compile(r"[\"“‘'(\[]?[\w]")


@cache
def _is_abbrev(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in ABBREVIATIONS or (len(w) == 1 and word[0].isalpha())


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; an abbreviation keeps its dot ("Pj." is one token)."""
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        tok = m.group()
        if tok == "." and tokens and tokens[-1].end == s + offset and _is_abbrev(tokens[-1].text) \
                and not tokens[-1].text.endswith("."):
            prev = tokens.pop()
            tokens.append(Token(prev.text + ".", prev.start, e + offset))
            continue
        tokens.append(Token(tok, s + offset, e + offset))
    return tokens


def _acronym_not_degree(tokens: list[Token], i: int) -> bool:
    """"di gedung MA.", "tersangka AR dan MA.": a capitalised degree-like word after a lower-case word is an acronym or
    a person's initials (degrees follow a name, a comma or another degree), so its dot can end a sentence."""
    w = tokens[i].text[:-1]
    return len(w) >= 2 and w.isupper() and i > 0 and tokens[i - 1].text[:1].islower()


def _ends_sentence(tokens: list[Token], i: int, text: str) -> bool:
    tok = tokens[i]
    if tok.text in _SENT_END or tok.text == "..." or (tok.text.endswith(".") and len(tok.text) > 1
                                                      and (not _is_abbrev(tok.text) or _acronym_not_degree(tokens, i))
                                                      and not tok.text[:-1].count(".")):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            return True
        gap = text[tok.end:nxt.start]
        if "\n" in gap:
            return True
        if not gap:  # "2.5" or "a.b" glued: not an end
            return nxt.text in _CLOSERS
        return bool(nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in "\"“‘'([")
    return False


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with tokens; offsets index into ``text``. Paragraph and line breaks always end a sentence."""
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text):
        tokens = tokenize(para.group(), para.start())
        start = 0
        i = 0
        while i < len(tokens):
            if _ends_sentence(tokens, i, text):
                j = i + 1
                while j < len(tokens) and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
                    j += 1
                _append(sentences, text, tokens[start:j])
                start = i = j
                continue
            i += 1
        _append(sentences, text, tokens[start:])
    return sentences


def _append(sentences: list[Sentence], text: str, toks: list[Token]) -> None:
    if not toks:
        return
    s, e = toks[0].start, toks[-1].end
    sentences.append(Sentence(index=len(sentences), text=text[s:e], start=s, end=e, tokens=list(toks)))

"""Token and sentence F1 of the rule tokenizer against UD CoNLL-U (surface tokens, character spans)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .tokenize import split_sentences


@dataclass
class TokScores:
    token_f1: float
    sentence_f1: float
    sentences: int
    tokens: int


def read_conllu(path: Path) -> list[tuple[str, list[str]]]:
    """(text, surface tokens) per sentence; a multi-word token counts once, as written."""
    out, text, toks, skip_until = [], None, [], 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[9:]
        elif not line.strip():
            if text is not None and toks:
                out.append((text, toks))
            text, toks, skip_until = None, [], 0
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                skip_until = int(b)
                toks.append(cols[1])
            elif "." not in cols[0] and int(cols[0]) > skip_until:
                toks.append(cols[1])
    return out


def _spans(text: str, toks: list[str], base: int) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for t in toks:
        i = text.find(t, pos)
        if i < 0:
            continue
        spans.add((base + i, base + i + len(t)))
        pos = i + len(t)
    return spans


def _f1(gold: set, pred: set) -> float:
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred)) if gold or pred else 1.0


def evaluate_conllu(path: Path, block: int = 10) -> TokScores:
    """Sentences are joined ``block`` at a time with spaces, as running text, then split and tokenised again."""
    sents = read_conllu(path)
    gtok, ptok, gsen, psen = set(), set(), set(), set()
    for i in range(0, len(sents), block):
        chunk = sents[i:i + block]
        text, base = "", 0
        for s, toks in chunk:
            gsen.add((i, len(text), len(text) + len(s)))
            gtok |= {(i, a, b) for a, b in _spans(s, toks, len(text))}
            text += s + " "
        for ps in split_sentences(text.rstrip()):
            psen.add((i, ps.start, ps.end))
            ptok |= {(i, t.start, t.end) for t in ps.tokens}
    return TokScores(_f1(gtok, ptok), _f1(gsen, psen), len(sents), len(gtok))

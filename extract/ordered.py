"""Directives told as carried out on an official's order: "Kegiatan X diperbanyak sesuai arahan Gubernur Y"."""
from __future__ import annotations

from .directives import clause_start
from .mentions import RoleMention
from .records import Sentence

ORDER_NOUNS = frozenset({"arahan", "instruksi", "perintah"})
ACCORDING = (("sesuai", "dengan"), ("sesuai",), ("sebagaimana",), ("atas",), ("menindaklanjuti",))


def ordered_by(sent: Sentence, mentions: list[RoleMention]) -> tuple[tuple[int, int, None], RoleMention, str] | None:
    """(character span of what was ordered, the official's mention, cue) when the sentence reports something done
    "sesuai (dengan) / sebagaimana / atas arahan|instruksi|perintah <official>"; the ordered thing is the clause
    before it. None otherwise."""
    toks = sent.tokens
    words = [t.text.lower() for t in toks]
    for i in range(1, len(words)):
        for lead in ACCORDING:
            a = i - len(lead)
            if a < 1 or tuple(words[a:i]) != lead or words[i] not in ORDER_NOUNS:
                continue
            m = next((m for m in mentions if m.start == i + 1), None)
            c = clause_start([t.text for t in toks], a)
            if m is None or a - c < 2:
                continue
            return (toks[c].start, toks[a - 1].end, None), m, " ".join(words[a:i + 1])
    return None

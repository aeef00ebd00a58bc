"""Keeps evaluation sentences out of unlabelled training text (word vectors, character language models).

Some corpus lines quote NER dev/test sentences verbatim, inside longer paragraphs as well as alone; a line that
contains one is dropped whole.
"""
from __future__ import annotations

from typing import Iterable

from .nerdata import TaggedSentence, text_key

_PROBE = 32  # characters of a normalised sentence used as its lookup key; shorter sentences are matched whole


class HeldOutText:
    """Finds held-out sentences inside arbitrary text lines."""

    def __init__(self, sentences: Iterable[TaggedSentence], min_chars: int = 20):
        self._by_probe: dict[str, list[str]] = {}
        self._short: set[str] = set()
        for s in sentences:
            k = s.key()
            if len(k) < min_chars:  # "Jakarta ." alone would knock out every line that names Jakarta
                continue
            if len(k) < _PROBE:
                self._short.add(k)
            else:
                self._by_probe.setdefault(k[:_PROBE], []).append(k)

    def __len__(self) -> int:
        return len(self._short) + sum(len(v) for v in self._by_probe.values())

    def occurs_in(self, line: str) -> bool:
        n = text_key(line)
        if n in self._short:
            return True
        for i in range(len(n) - _PROBE + 1):
            for k in self._by_probe.get(n[i:i + _PROBE], ()):
                if n.startswith(k, i):
                    return True
        return False

    def kept_lines(self, lines: Iterable[str]) -> tuple[list[str], int]:
        """(lines without a held-out sentence, number dropped)."""
        kept, dropped = [], 0
        for line in lines:
            if self.occurs_in(line):
                dropped += 1
            else:
                kept.append(line)
        return kept, dropped

"""Balinese and Sasak names the tagger cuts short or misses: a tag repair before spans are read.

The public NER sets hold few Bali and Lombok names, and the tagger handles their prefixes badly: it leaves "I" out of
"I Gusti Ayu ...", "Anak" out of "Anak Agung ...", tags "Dewa Agung" in "I Dewa Agung Gede ..." as an organisation,
and takes "IGN Jaya Negara" after "Wali Kota Denpasar" into the place. The guideline wants the full name as first
introduced, and these name parts (birth order, caste, nobility: ``extract/data/name_prefixes.txt``) belong to it.

A name prefix is a head ("Anak Agung", "IGN", "I" before a middle, "Lalu" after a word) followed by middles
("Gusti", "Made", ...).
- If the tagger has a person span touching the prefix, the person runs from the head to that span's end.
- Otherwise, if the prefix cannot be anything but a name (two words or more, or a head listed as name-only, such as
  "IGN"), the person runs from the head over the capitalised words after it (not role words, honorifics or day names).
Spans the person cuts through keep their other parts. Words are matched in their case: lower-cased text is untouched.
"""
from __future__ import annotations

import re
from functools import cache

from .dates import DAYS, MONTHS
from .lexicon import is_role_word, name_prefixes
from .names import is_post, is_pre

_MAX_PREFIX = 6  # head and middles: "I Gusti Ngurah Made ..." is the longest seen form
_MAX_REST = 5  # capitalised words taken after a prefix the tagger did not tag


def repair_prefixed_names(words: list[str], tags: list[str]) -> list[str]:
    """``tags`` (BIOES) with the Balinese and Sasak persons in ``words`` whole, as the module docstring says."""
    tags = list(tags)
    i = 0
    while i < len(words):
        prefix = _prefix_at(words, i)
        end = _person_end(words, tags, i, prefix) if prefix else None
        if end is None:
            i += 1
            continue
        _cut(tags, i, end)
        tags[i:end] = _bioes("PER", end - i)
        i = end
    return tags


def _prefix_at(words: list[str], i: int) -> tuple[int, bool] | None:
    """(end of the head and middles starting at ``words[i]``, whether they can only be a name), or None."""
    if words[i] not in _head_words():  # most words: the check runs on every word the tagger reads
        return None
    parts = name_prefixes()
    heads = [h for k in ("head", "head-name-only") for h in parts[k] if tuple(words[i:i + len(h)]) == h]
    if (words[i],) in parts["head-after-word"] and i > 0 and words[i - 1][:1].isalnum():
        heads.append((words[i],))
    if (words[i],) in parts["head-before-middle"] and i + 1 < len(words) and (words[i + 1],) in parts["middle"]:
        heads.append((words[i],))
    if not heads:
        return None
    head = max(heads, key=len)
    end = i + len(head)
    while end < len(words) and end - i < _MAX_PREFIX and (words[end],) in parts["middle"]:
        end += 1
    sure = end - i >= 2 or head in parts["head-name-only"]
    return end, sure


@cache
def _head_words() -> frozenset[str]:
    parts = name_prefixes()
    return frozenset(h[0] for k in ("head", "head-name-only", "head-before-middle", "head-after-word") for h in parts[k])


def _person_end(words: list[str], tags: list[str], i: int, prefix: tuple[int, bool]) -> int | None:
    """Where the person starting at ``words[i]`` ends, or None if there is no person to repair."""
    end, sure = prefix
    if tags[i] in ("I-PER", "E-PER") and not sure:
        return None  # one word inside the tagger's person is too little to split it: "Pidi Baiq"
    if tags[i][2:] not in ("", "PER"):
        if tags[i].startswith(("B-", "S-")):
            return None  # the tagger typed the whole name as a place or body: "lapangan I Ketut Lotring"
        two_word_head = any(len(h) > 1 and tuple(words[i:i + len(h)]) == h for h in name_prefixes()["head"])
        if not any(is_role_word(w) for w in words[max(0, i - 4):i]) and not (tags[i].startswith("E-") and two_word_head):
            # the name is part of a longer one ("Bandara I Gusti Ngurah Rai") unless a title precedes or the
            # tagger ended a body on the prefix's first word ("Kementerian Dalam Negeri La" + "Ode ...")
            return None
    # a person span of the tagger that touches the prefix (or starts right after it): the tagger's end stands
    for j in range(i, min(end, len(tags) - 1) + 1):
        if tags[j].endswith("-PER"):
            return max(_span_end(tags, j), end)
    if not sure:
        return None
    k = end
    while k < len(words) and k - end < _MAX_REST and _name_word(words[k]):
        k += 1
    return k if k > end else None


def _span_end(tags: list[str], j: int) -> int:
    """One past the last word of the span that ``tags[j]`` is in."""
    while not tags[j].startswith(("S-", "E-")) and j + 1 < len(tags) and tags[j + 1][:2] in ("I-", "E-"):
        j += 1
    return j + 1


def _name_word(w: str) -> bool:
    return (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and not is_role_word(w)
            and not is_pre(w) and not is_post(w) and not re.fullmatch(DAYS, w) and w.lower() not in MONTHS)


def _cut(tags: list[str], i: int, end: int) -> None:
    """Ends any span running into ``tags[i]`` just before it and restarts any running out of ``tags[end - 1]``; what
    a person span held before the name is no second person ("RSUP Prof Ngoerah" + "I Wayan ..."), so it goes."""
    if i > 0 and tags[i].startswith(("I-", "E-")):
        before = tags[i - 1]
        if before[2:] == "PER":
            k = i - 1
            while k > 0 and tags[k] == "I-PER":
                tags[k] = "O"
                k -= 1
            if tags[k] == "B-PER":
                tags[k] = "O"
        elif before.startswith("B-"):
            tags[i - 1] = "S-" + before[2:]
        elif before.startswith("I-"):
            tags[i - 1] = "E-" + before[2:]
    if end < len(tags) and tags[end].startswith(("I-", "E-")):
        tags[end] = ("B-" if tags[end].startswith("I-") else "S-") + tags[end][2:]


def _bioes(typ: str, n: int) -> list[str]:
    return [f"S-{typ}"] if n == 1 else [f"B-{typ}"] + [f"I-{typ}"] * (n - 2) + [f"E-{typ}"]

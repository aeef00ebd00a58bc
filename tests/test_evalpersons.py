"""The person-span measure of issue 3: gold people as PER spans, role words kept out of them."""
from __future__ import annotations

import json
import re

from simpul_cli import simpul

from simpul.extract.evalpersons import _within, gold_people, person_spans

# Our own sentence: one regent named with her title, one person the text never names, one byline.
TEXT = ("Bupati Sleman Kustini Sri Purnomo meminta seluruh ASN menjaga netralitas menjelang Pilkada. "
        "Sekretaris Daerah Sleman Harda Kiswaya menyampaikan surat edaran itu kepada camat.")
RECORD = {"id": "own-1", "published": "2024-10-01", "text": TEXT,
          "persons": [{"name": "Kustini Sri Purnomo", "mentions": ["Kustini Sri Purnomo"]},
                      {"name": "Harda Kiswaya", "mentions": ["Harda Kiswaya"]},
                      {"name": "Budi Santoso", "mentions": ["Budi Santoso"]},
                      {"name": "Rina Wati", "mentions": ["Rina Wati"], "note": "byline: editor"}]}


def test_words_match_whole_words_side_by_side():
    assert _within(("sri", "purnomo"), ("kustini", "sri", "purnomo"))
    assert not _within(("ali",), ("khalid", "purnomo"))  # no substring matches
    assert not _within(("purnomo", "sri"), ("kustini", "sri", "purnomo"))
    assert not _within((), ("kustini",))


def test_gold_people_skip_bylines_and_fall_back_to_holders():
    assert set(gold_people(RECORD)) == {"Kustini Sri Purnomo", "Harda Kiswaya", "Budi Santoso"}
    holds_only = {"id": "x", "holds": [{"person": "Harda Kiswaya", "role": "Sekda"}, {"person": None}]}
    assert gold_people(holds_only) == {"Harda Kiswaya": ["Harda Kiswaya"]}


def test_person_spans_counts_found_missed_and_role_words(nlp):
    rep = person_spans([RECORD], nlp, name="own")
    assert rep.persons == 3
    assert rep.missed == ["own-1: Budi Santoso"]  # the text never names him
    assert rep.whole == rep.touched == 2
    assert rep.per_spans >= 2 and rep.with_role == []
    assert "3 persons" in rep.summary() and "missed: own-1: Budi Santoso" in rep.summary()


def test_eval_persons_command_prints_the_counts_and_rejects_an_empty_folder(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "own-1.json").write_text(json.dumps(RECORD), encoding="utf-8")
    out = simpul("eval", "persons", str(gold), "--shared", str(tmp_path))
    assert out.returncode == 0, out.stderr
    m = re.search(r"3 persons; a PER span holds a whole mention for (\d+), at least part of one for (\d+); 0 of (\d+) PER", out.stdout)
    assert m and m.group(1) == m.group(2) == "2", out.stdout
    empty = tmp_path / "none"
    empty.mkdir()
    bad = simpul("eval", "persons", str(empty))
    assert bad.returncode == 2 and "no gold files" in bad.stderr

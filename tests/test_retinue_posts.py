"""Posts that serve another post ("Juru Bicara Presiden", "Staf Khusus Menteri Keuangan") and the fixed posts of the
President's household, on invented sentences with fictional names: the holder holds the serving post, never the
post it serves."""
from __future__ import annotations

from datetime import date

import pytest

from simpul.extract.facts import extract_facts
from simpul.extract.ingest import article_from_text


def holds_of(nlp, text: str) -> set[tuple]:
    doc = nlp.process(article_from_text(text, "t", published=date(2025, 3, 4)))
    return {(h.person, h.role, h.org, h.qualifier) for h in extract_facts(doc).holds}


@pytest.mark.parametrize("text,fact,wrong", [
    ("Hal serupa disampaikan Juru Bicara Presiden Bagas Wiratmaja.",
     ("Bagas Wiratmaja", "Juru Bicara Presiden", "Republik Indonesia", None), "Presiden"),
    ("Juru Bicara Menteri Pertahanan Rendra Kusumadewa hadir dalam rapat itu.",
     ("Rendra Kusumadewa", "Juru Bicara Menteri Pertahanan", "Kementerian Pertahanan", None), "Menteri Pertahanan"),
    ("Rendra Kusumadewa, Juru Bicara Menteri Pertahanan, mengatakan hal itu.",
     ("Rendra Kusumadewa", "Juru Bicara Menteri Pertahanan", "Kementerian Pertahanan", None), "Menteri Pertahanan"),
    ("Eks Staf Khusus Presiden Bidang Hukum, Dimas Arkananta, memberi pendapatnya.",
     ("Dimas Arkananta", "Staf Khusus Presiden Bidang Hukum", "Republik Indonesia", "mantan"), "Presiden"),
    ("Koordinator Staf Khusus Presiden Teguh Maharsa ikut dalam rombongan.",
     ("Teguh Maharsa", "Koordinator Staf Khusus Presiden", "Republik Indonesia", None), "Presiden"),
])
def test_a_serving_post_is_held_not_the_post_it_serves(nlp, text, fact, wrong):
    holds = holds_of(nlp, text)
    assert fact in holds
    assert not any(h[0] == fact[0] and h[1] == wrong for h in holds)


def test_the_presidents_household_posts(nlp):
    holds = holds_of(nlp, "Turut hadir Sekretaris Militer Presiden Marsda TNI Gilang Pratomo, Kepala Sekretariat "
                          "Presiden Heru Sasongko dan Komandan Paspampres Mayjen TNI Wahyu Adinegoro.")
    assert ("Gilang Pratomo", "Sekretaris Militer Presiden", "Kementerian Sekretariat Negara", None) in holds
    assert ("Heru Sasongko", "Kepala Sekretariat Presiden", "Kementerian Sekretariat Negara", None) in holds
    assert ("Wahyu Adinegoro", "Komandan Pasukan Pengamanan Presiden", "Pasukan Pengamanan Presiden", None) in holds
    assert not any(h[1] in ("Sekretaris", "Presiden") for h in holds)


def test_staff_in_general_hold_nothing_and_the_principal_keeps_his_post(nlp):
    holds = holds_of(nlp, "Para staf khusus Presiden hadir bersama Presiden Arya Wicaksana.")
    assert holds == {("Arya Wicaksana", "Presiden", "Republik Indonesia", None)}

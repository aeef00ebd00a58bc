"""Spans the tagger ran together, split by what it marks elsewhere in the same article (extract/runtogether.py)."""
from __future__ import annotations

import pytest

from simpul.extract.ingest import article_from_text
from simpul.extract.records import Entity
from simpul.extract.runtogether import split_run_together
from simpul.extract.tokenize import split_sentences


def _tagged(text: str, tags: list[tuple[int, str, str]]):
    """Sentences of ``text`` with the given (sentence, span text, type) entities, each span's first occurrence."""
    art = article_from_text(text, "t")
    sents = split_sentences(art.text)
    for i, span, typ in tags:
        a = art.text.index(span, sents[i].start)
        sents[i].entities.append(Entity(span, typ, a, a + len(span)))
    return sents


def _spans(sents) -> list[list[tuple[str, str]]]:
    return [[(e.text, e.type) for e in sorted(s.entities, key=lambda e: e.start)] for s in sents]


@pytest.mark.parametrize("text,tags,first", [
    # a regency marked on its own elsewhere, run into the person after the post
    ("Bupati Lamongan Budi Santoso meninjau lokasi. Banjir melanda Lamongan sejak Senin.",
     [(0, "Lamongan Budi Santoso", "PER"), (1, "Lamongan", "LOC")],
     [("Lamongan", "LOC"), ("Budi Santoso", "PER")]),
    # a ministry and a person the tagger names alone elsewhere, run together into one organisation
    ("Kepala Biro Komunikasi Kementerian Keuangan Rosmaya menjelaskan hal itu. Kementerian Keuangan menyiapkan dana. "
     "Menurut Rosmaya, dana cair pekan depan.",
     [(0, "Kementerian Keuangan Rosmaya", "ORG"), (1, "Kementerian Keuangan", "ORG"), (2, "Rosmaya", "PER")],
     [("Kementerian Keuangan", "ORG"), ("Rosmaya", "PER")]),
    # an acronym's firm before the name; the rank after the head is no part of the person
    ("Direktur Utama AJS Budi Santoso hadir. Laba AJS naik.", [(0, "AJS Budi Santoso", "PER"), (1, "AJS", "ORG")],
     [("AJS", "ORG"), ("Budi Santoso", "PER")]),
    # a regency named in full, then a two-word name that is no region: the member's name, though named nowhere else
    ("Anggota DPRD Kabupaten Demak Sri Lestari hadir. Guru di Kabupaten Demak menyambut.",
     [(0, "DPRD", "ORG"), (0, "Kabupaten Demak Sri Lestari", "LOC"), (1, "Kabupaten Demak", "LOC")],
     [("DPRD", "ORG"), ("Kabupaten Demak", "LOC"), ("Sri Lestari", "PER")]),
    # a ministry run into a two-word name that the article later calls by its first word alone
    ("Kepala BPJT Kementerian PU Rendra Saputo mengatakan hal itu. Kementerian PU menyiapkan dana. "
     "Menurut Rendra, uji coba berlanjut.",
     [(0, "Kementerian PU Rendra Saputo", "ORG"), (1, "Kementerian PU", "ORG"), (2, "Rendra", "PER")],
     [("Kementerian PU", "ORG"), ("Rendra Saputo", "PER")]),
    # ... or by its last word
    ("Kepala Biro Kementerian PU Rendra Saputo hadir. Kementerian PU menyiapkan dana. Kata Saputo, dana cair.",
     [(0, "Kementerian PU Rendra Saputo", "ORG"), (1, "Kementerian PU", "ORG"), (2, "Saputo", "PER")],
     [("Kementerian PU", "ORG"), ("Rendra Saputo", "PER")]),
    # what is split off joins the person the tagger began right after it
    ("Bupati Kabupaten Tabanan I Made Budiasa hadir. Hujan turun di Kabupaten Tabanan.",
     [(0, "Kabupaten Tabanan I Made", "LOC"), (0, "Budiasa", "PER"), (1, "Kabupaten Tabanan", "LOC")],
     [("Kabupaten Tabanan", "LOC"), ("I Made Budiasa", "PER")]),
])
def test_a_body_or_place_marked_alone_elsewhere_is_cut_off_the_person(text, tags, first):
    assert _spans(split_run_together(_tagged(text, tags)))[0] == first


@pytest.mark.parametrize("text,tags", [
    # a first name the tagger once marked as an organisation: one mixed-case word is no body
    ("Direktur Wesley Harjono hadir. Menurut Wesley, acara lancar.",
     [(0, "Wesley Harjono", "PER"), (1, "Wesley", "ORG")]),
    # the head's word is a person elsewhere in the article
    ("Camat Tuban Sari hadir. Hujan turun di Tuban. Warga menyambut Tuban Wijaya.",
     [(0, "Tuban Sari", "PER"), (1, "Tuban", "LOC"), (2, "Tuban Wijaya", "PER")]),
    # an organisation whose last word is nobody's name in the article
    ("Kementerian Keuangan Pusat hadir. Kementerian Keuangan menyiapkan dana.",
     [(0, "Kementerian Keuangan Pusat", "ORG"), (1, "Kementerian Keuangan", "ORG")]),
    # a firm's name may end in a first name ("PT Dhirga Surya")
    ("Direktur PT Maju Surya hadir. PT Maju dan Surya bekerja sama.",
     [(0, "PT Maju Surya", "ORG"), (1, "PT Maju", "ORG"), (1, "Surya", "PER")]),
    # a regency and its province: no person after the region
    ("Banjir melanda Kabupaten Demak Jawa Tengah. Warga Kabupaten Demak mengungsi.",
     [(0, "Kabupaten Demak Jawa Tengah", "LOC"), (1, "Kabupaten Demak", "LOC")]),
    # a first name alone elsewhere is not enough for a rest of four words (an organisation's own name)
    ("Kementerian PU Rendra Wisma Karya Bakti hadir. Kementerian PU menyiapkan dana. Menurut Rendra, dana cair.",
     [(0, "Kementerian PU Rendra Wisma Karya Bakti", "ORG"), (1, "Kementerian PU", "ORG"), (2, "Rendra", "PER")]),
    # only a rank after the head: nothing to split off
    ("Kapolres Inhil AKBP Budi Santoso hadir. Hujan turun di Inhil.",
     [(0, "Inhil AKBP", "PER"), (1, "Inhil", "LOC")]),
])
def test_what_is_not_split(text, tags):
    sents = _tagged(text, tags)
    before = _spans(sents)
    assert _spans(split_run_together(sents)) == before

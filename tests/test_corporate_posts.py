"""Posts of firms and institutes (GUIDELINE: non-government posts count too), on invented sentences with fictional
names and firms."""
from __future__ import annotations

from datetime import date

import pytest

from simpul.extract.facts import extract_facts
from simpul.extract.ingest import article_from_text
from simpul.extract.records import Doc
from simpul.extract.tokenize import split_sentences
from tests.test_extract_rules import facts_tagged, holds_set


def holds_of(text: str, nlp=None) -> set[tuple]:
    art = article_from_text(text, "t", published=date(2025, 3, 4))
    doc = nlp.process(art) if nlp else Doc(art, split_sentences(art.text))
    return {(h.person, h.role, h.org) for h in extract_facts(doc).holds}


@pytest.mark.parametrize("text,fact", [
    # English titles, short forms written out, the firm after the title its org
    ("CEO PT Sinar Kencana, Budi Santoso, meresmikan pabrik itu.",
     ("Budi Santoso", "Chief Executive Officer", "PT Sinar Kencana")),
    ("Head of Retail Banking PT Bank Nusa Raya, Budi Santoso, menjelaskan hal itu.",
     ("Budi Santoso", "Head of Retail Banking", "PT Bank Nusa Raya")),
    ("SVP Corporate Affairs PT Tirta Mulia, Budi Santoso, menjelaskan hal itu.",
     ("Budi Santoso", "Senior Vice President Corporate Affairs", "PT Tirta Mulia")),
    ("Corporate Secretary PT Sinar Kencana, Budi Santoso, menjelaskan hal itu.",
     ("Budi Santoso", "Corporate Secretary", "PT Sinar Kencana")),
    # "&" inside a unit's name
    ("Vice President Sales & Marketing PT Tirta Mulia, Budi Santoso, hadir.",
     ("Budi Santoso", "Vice President Sales & Marketing", "PT Tirta Mulia")),
])
def test_english_titles_of_firms(text, fact):
    assert fact in holds_of(text)


def test_the_taggers_organisation_ends_a_firm_posts_unit(nlp):
    # no "PT" to end the unit: the organisation the tagger marks right before the holder does
    got = holds_of("Direktur Eksekutif CELIKS, Budi Santoso, menilai kebijakan itu tepat.", nlp)
    assert ("Budi Santoso", "Direktur Eksekutif", "CELIKS") in got


@pytest.mark.parametrize("text,fact", [
    # the first word of a longer title ("Staf" of "Staf Ahli") inside a unit's name does not end it
    ("Kepala Staf Komando Armada Laksamana Budi Santoso meninjau kapal itu.",
     ("Budi Santoso", "Kepala Staf Komando Armada", None)),
    # a form of address still ends it; an honorific word that is part of the unit's name does not
    ("Direktur Pemasaran Pak Budi Santoso hadir.", ("Budi Santoso", "Direktur Pemasaran", None)),
])
def test_unit_names_end_at_a_whole_title_or_a_form_of_address(text, fact):
    assert fact in holds_of(text)


@pytest.mark.parametrize("text,fact", [
    # the tagger's person starts after a body the lexicon does not know: the words before it are the body
    ("Direktur Utama Jasa Tirta Rudi Hartono meninjau bendungan itu.", ("Rudi Hartono", "Direktur Utama", "Jasa Tirta")),
    ("Ketua Federal Reserve Rudi Hartono memangkas suku bunga.", ("Rudi Hartono", "Ketua", "Federal Reserve")),
    # ... also with an honorific between body and person
    ("Rektor Unsri Prof Budi Santoso menekankan pentingnya disiplin.", ("Budi Santoso", "Rektor", "Unsri")),
])
def test_an_unknown_body_before_the_taggers_person(nlp, text, fact):
    assert fact in holds_of(text, nlp)


def test_an_untagged_word_between_the_firm_and_the_taggers_person_opens_the_name(nlp):
    # the tagger marks the firm and only the last words of the name: the firm still ends the unit, and the word between
    # the firm and the person is the name's first word, not the unit's last
    got = holds_of("Vice President Corporate Communication Pertamina Fadjar Adi Nugroho mengatakan stok aman.", nlp)
    assert ("Fadjar Adi Nugroho", "Vice President Corporate Communication", "Pertamina") in got


@pytest.mark.parametrize("text,tags,fact", [
    # a campus's faculty, written out and untagged, is the dean's org
    ("Dekan Fakultas Hukum Universitas Nusa Raya Budi Santoso membuka acara itu.",
     [("Universitas Nusa Raya", "ORG"), ("Budi Santoso", "PER")],
     ("Budi Santoso", "Dekan", "Fakultas Hukum Universitas Nusa Raya")),
    # an unknown board's short form and the campus the tagger marks after it
    ("Ketua BEM Universitas Nusa Raya Budi Santoso membuka acara itu.",
     [("BEM", "ORG"), ("Universitas Nusa Raya", "ORG"), ("Budi Santoso", "PER")],
     ("Budi Santoso", "Ketua", "BEM Universitas Nusa Raya")),
    ("Presiden Mahasiswa BEM Unsura Budi Santoso membuka acara itu.",
     [("BEM Unsura", "ORG"), ("Budi Santoso", "PER")], ("Budi Santoso", "Presiden Mahasiswa", "BEM Unsura")),
    # the organisation the tagger marks ends a Kepala's unit, as it ends a firm post's
    ("Kepala Divisi Komunikasi Bank Nusa Raya Budi Santoso menjelaskan hal itu.",
     [("Bank Nusa Raya", "ORG"), ("Budi Santoso", "PER")],
     ("Budi Santoso", "Kepala Divisi Komunikasi", "Bank Nusa Raya")),
    ("Pemimpin Cabang Bank Nusa Raya Jember Budi Santoso menjelaskan hal itu.",
     [("Bank Nusa Raya Jember", "ORG"), ("Budi Santoso", "PER")],
     ("Budi Santoso", "Pemimpin Cabang", "Bank Nusa Raya Jember")),
])
def test_posts_of_campuses_banks_and_their_units(text, tags, fact):
    assert {(h[0], h[1], h[2]) for h in holds_set(facts_tagged(text, tags))} == {fact}


@pytest.mark.parametrize("text,fact", [
    ("Direktur PT Sinar Kencana Budi Santoso ditetapkan sebagai tersangka.", ("Budi Santoso", "Direktur", "PT Sinar Kencana")),
    ("Kepala Perum Sinar Logistik Budi Santoso hadir.", ("Budi Santoso", "Kepala", "Perum Sinar Logistik")),
])
def test_a_firm_right_after_the_title_is_the_org_not_a_unit(text, fact):
    assert holds_set(facts_tagged(text, [("Budi Santoso", "PER")])) == {(*fact, None)}

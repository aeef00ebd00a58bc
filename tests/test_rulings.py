"""Court rulings as directives (GUIDELINE: a decision aimed at others), on invented sentences with fictional names."""
from __future__ import annotations

from datetime import date

import pytest

from simpul.extract.facts import extract_facts
from simpul.extract.ingest import article_from_text
from simpul.extract.records import Doc
from simpul.extract.rulings import court_at
from simpul.extract.tokenize import split_sentences


def facts_of(text: str):
    art = article_from_text(text, "t", published=date(2025, 3, 4))
    return extract_facts(Doc(art, split_sentences(art.text)))


def rulings(text: str) -> list[tuple[str, str]]:
    return [(d.issuer, d.text) for d in facts_of(text).directives]


@pytest.mark.parametrize("text,issuer,starts", [
    # the court as subject, short forms and region short forms written out
    ("Majelis Hakim Pengadilan Negeri Sleman menjatuhkan pidana penjara delapan tahun kepada terdakwa Joko Wirawan.",
     "Pengadilan Negeri Sleman", "menjatuhkan pidana penjara delapan tahun kepada terdakwa Joko Wirawan"),
    ("PN Jaksel kemudian mengabulkan gugatan warga Cilandak atas lahan itu.",
     "Pengadilan Negeri Jakarta Selatan", "mengabulkan gugatan warga Cilandak"),
    ("Mahkamah Konstitusi (MK) memerintahkan KPU Kabupaten Lembata menggelar pemungutan suara ulang di 12 TPS.",
     "Mahkamah Konstitusi", "KPU Kabupaten Lembata menggelar pemungutan suara ulang"),
    ("Pada 2023, Pengadilan Tipikor Kupang sempat memvonis Rudi Hartono bebas.",
     "Pengadilan Tindak Pidana Korupsi Kupang", "memvonis Rudi Hartono bebas"),
    # passive, the court after "oleh"
    ("Ia sebelumnya divonis tujuh tahun penjara oleh majelis hakim Pengadilan Tipikor Semarang.",
     "Pengadilan Tindak Pidana Korupsi Semarang", "divonis tujuh tahun penjara"),
    # the bench named, the court in an earlier sentence ("(PN)" between kind and place)
    ("Sidang digelar di Pengadilan Negeri (PN) Kendari, Senin (3/3/2025). Majelis hakim menyatakan terdakwa Ahmad "
     "Fauzi terbukti bersalah melakukan penipuan.", "Pengadilan Negeri Kendari", "menyatakan terdakwa Ahmad Fauzi"),
    # a verdict quoted, the court in its attribution; "oleh karena itu" is the verdict's own formula
    ('"Menjatuhkan pidana kepada Terdakwa oleh karena itu dengan pidana penjara selama 6 tahun," demikian putusan '
     "hakim seperti dikutip dari situs PN Bantul.", "Pengadilan Negeri Bantul",
     "Menjatuhkan pidana kepada Terdakwa oleh karena itu dengan pidana penjara selama 6 tahun"),
])
def test_a_court_ruling_is_a_directive_of_the_court(text, issuer, starts):
    got = rulings(text)
    assert [i for i, _ in got] == [issuer]
    assert starts in got[0][1]


@pytest.mark.parametrize("text", [
    # what the prosecution or the defence asks of the court, or hopes it rules
    '"Menuntut supaya majelis hakim Pengadilan Negeri Sleman menjatuhkan pidana penjara 10 tahun," kata jaksa.',
    "Kuasa hukum berharap majelis hakim PN Sleman menjatuhkan vonis ringan kepada kliennya.",
    # the act named, no ruling told
    "Ia menilai ada kekhilafan hakim PN Sleman dalam memutuskan perkara itu.",
    # a court of another country
    "Mahkamah Agung Amerika Serikat menolak permohonan banding perusahaan itu.",
    # a sentence with no court anywhere in the article
    "Ia pernah divonis dua tahun penjara dalam perkara lain.",
    # a court's verb without a ruling's object
    "Pengadilan Negeri Sleman menolak berkomentar soal perkara itu.",
])
def test_what_is_asked_of_a_court_or_not_a_ruling_is_no_directive(text):
    assert rulings(text) == []


def test_the_presiding_judge_speaks_for_the_court(nlp):
    art = article_from_text("Ketua Majelis Hakim PN Sleman, Rahmat Wijaya, menjatuhkan vonis lima tahun penjara kepada "
                            "terdakwa Joko Wirawan.", "t", published=date(2025, 3, 4))
    f = extract_facts(nlp.process(art))
    assert ("Rahmat Wijaya", "Ketua Majelis Hakim", "Pengadilan Negeri Sleman") in \
        [(h.person, h.role, h.org) for h in f.holds]
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Pengadilan Negeri Sleman", "Rahmat Wijaya")]


@pytest.mark.parametrize("written,name", [
    ("Pengadilan Negeri (PN) Kendari menolak", "Pengadilan Negeri Kendari"),
    ("PN Jakut menolak", "Pengadilan Negeri Jakarta Utara"),
    ("PN Jakarta menolak", "Pengadilan Negeri Jakarta"),  # written as it is, not "DKI Jakarta"
    ("PN Palu Batalkan Status Tersangka", "Pengadilan Negeri Palu"),  # a headline's words are no place
    ("Pengadilan Tipikor pada PN Jakarta Pusat menolak", "Pengadilan Tindak Pidana Korupsi Jakarta Pusat"),
    ("Pengadilan Militer I-04 Palembang menolak", "Pengadilan Militer I-04 Palembang"),
])
def test_court_names_are_written_out(written, name):
    toks = split_sentences(written)[0].tokens
    hit = court_at(toks, [t.text.lower() for t in toks], 0)
    assert hit is not None and hit[0] == name


def test_a_court_as_an_office_in_a_holds_fact():
    f = facts_of("Ketua PN Semarang, Budi Santoso, membuka sidang itu.")
    assert ("Budi Santoso", "Ketua", "Pengadilan Negeri Semarang") in [(h.person, h.role, h.org) for h in f.holds]

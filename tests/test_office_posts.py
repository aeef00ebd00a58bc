"""Heads of offices: a central body's office in a region ("Kantor Wilayah", "Kantor Imigrasi", a ministry's regency
office) is the org itself, one key however the text writes it; a region's own "Kantor" has the region as its org."""
import pytest

from tests.test_extract_rules import facts_tagged, holds_set

BPN_JATENG = ("Suparno Wibisono", "Kepala Kantor Wilayah Badan Pertanahan Nasional",
              "Kantor Wilayah Badan Pertanahan Nasional Provinsi Jawa Tengah", None)
KEMENAG_SLEMAN = ("Rina Kartikasari", "Kepala Kantor Kementerian Agama", "Kantor Kementerian Agama Kabupaten Sleman",
                  None)


@pytest.mark.parametrize("text,person,expected", [
    ("Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi Jawa Tengah (Kanwil BPN Jateng), Suparno Wibisono "
     "mengatakan lahan itu dilindungi.", "Suparno Wibisono", BPN_JATENG),
    ("Kepala Kanwil BPN Jawa Tengah Suparno Wibisono mengatakan lahan itu dilindungi.", "Suparno Wibisono", BPN_JATENG),
    ("Kepala Kanwil Kementerian HAM Jabar Rudi Hartono menjelaskan usulan itu.", "Rudi Hartono",
     ("Rudi Hartono", "Kepala Kantor Wilayah Kementerian Hak Asasi Manusia",
      "Kantor Wilayah Kementerian Hak Asasi Manusia Provinsi Jawa Barat", None)),
    ("Kepala Kantor Perwakilan Bank Indonesia Provinsi Sumatera Utara Doni Saputra menyebut inflasi terkendali.",
     "Doni Saputra", ("Doni Saputra", "Kepala Kantor Perwakilan Bank Indonesia",
                      "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Utara", None)),
    ("Kepala Kantor Imigrasi Kelas I Jakarta Selatan, Toni Harsono, memeriksa paspor itu.", "Toni Harsono",
     ("Toni Harsono", "Kepala Kantor Imigrasi Kelas I", "Kantor Imigrasi Kelas I Kota Administrasi Jakarta Selatan",
      None)),
    ("Kepala Kantor Otoritas Bandar Udara Wilayah II Sinta Maharani meninjau landasan.", "Sinta Maharani",
     ("Sinta Maharani", "Kepala Kantor Otoritas Bandar Udara Wilayah II", "Kantor Otoritas Bandar Udara Wilayah II",
      None)),
    # a ministry's regency office, with or without the word "Kantor": one post
    ("Kepala Kantor Kemenag Kabupaten Sleman Rina Kartikasari membuka acara itu.", "Rina Kartikasari", KEMENAG_SLEMAN),
    ("Kepala Kemenag Sleman Rina Kartikasari membuka acara itu.", "Rina Kartikasari", KEMENAG_SLEMAN),
    # a city's own office: its org is the city, as a Dinas head's is
    ("Kepala Kantor Perpustakaan dan Arsip Kota Malang Endang Sulastri membuka pameran.", "Endang Sulastri",
     ("Endang Sulastri", "Kepala Kantor Perpustakaan dan Arsip", "Kota Malang", None)),
    # a body whose name begins with "Kantor" stays that body
    ("Kepala Kantor Staf Presiden Moeldiono Wirawan hadir.", "Moeldiono Wirawan",
     ("Moeldiono Wirawan", "Kepala", "Kantor Staf Presiden", None)),
])
def test_an_offices_head_holds_the_office(text, person, expected):
    assert holds_set(facts_tagged(text, [(person, "PER")])) == {expected}


def test_an_office_named_without_body_or_place_gives_no_post():
    """"Kepala Kantor Perpustakaan": which office of which body or region, the text does not say."""
    f = facts_tagged("Kepala Kantor Perpustakaan Budi Santoso membuka pameran.", [("Budi Santoso", "PER")])
    assert holds_set(f) == set()


@pytest.mark.parametrize("text,expected", [
    ("Kepala Staf Kepresidenan Budi Santoso hadir.", ("Budi Santoso", "Kepala", "Kantor Staf Presiden", None)),
    ("Kepala KSP Budi Santoso hadir.", ("Budi Santoso", "Kepala", "Kantor Staf Presiden", None)),
    ("Kepala Kantor Komunikasi Kepresidenan Budi Santoso hadir.",
     ("Budi Santoso", "Kepala", "Kantor Komunikasi Kepresidenan", None)),
    ("Kepala PCO Budi Santoso hadir.", ("Budi Santoso", "Kepala", "Kantor Komunikasi Kepresidenan", None)),
    ("Juru Bicara Kepresidenan Budi Santoso hadir.", ("Budi Santoso", "Juru Bicara Presiden", "Republik Indonesia", None)),
])
def test_the_presidents_offices_are_one_key_however_written(text, expected):
    assert holds_set(facts_tagged(text, [("Budi Santoso", "PER")])) == {expected}

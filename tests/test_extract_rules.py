"""Extraction rules on sentences we wrote (fictional people, real regions), without NER entities."""
from __future__ import annotations

from datetime import date

import pytest

from simpul.extract.boilerplate import clean
from simpul.extract.facts import extract_facts
from simpul.extract.ingest import article_from_text
from simpul.extract.lexicon import bodies, cues, honorifics, qualifiers, roles
from simpul.extract.names import link_short, normalize_name
from simpul.extract.records import Doc, Entity
from simpul.extract.regions import resolve_region
from simpul.extract.tokenize import split_sentences


def facts_of(text: str, published: date | None = date(2024, 10, 14)):
    art = article_from_text(text, "t", published=published)
    return extract_facts(Doc(art, split_sentences(art.text)))


def holds_set(f):
    return {(h.person, h.role, h.org, h.qualifier) for h in f.holds}


def facts_tagged(art, tags):
    """Facts of ``art`` (an Article or a text) whose first sentence carries the (span, type) entities given, as a
    tagger marked them: rules for a tagging, whatever the shipped model makes of the sentence."""
    art = article_from_text(art, "t") if isinstance(art, str) else art
    sents = split_sentences(art.text)
    for name, typ in tags:
        a = art.text.index(name)
        sents[0].entities.append(Entity(name, typ, a, a + len(name)))
    return extract_facts(Doc(art, sents))


@pytest.mark.parametrize("text,expected", [
    ("Sekretaris Daerah (Sekda) Kabupaten Jember, Budi Santoso menyampaikan hal itu.",
     ("Budi Santoso", "Sekretaris Daerah", "Kabupaten Jember", None)),
    ("Penjabat (Pj) Bupati Seruyan, Drs. H. Ahmad Wiryawan, M.Si membuka acara.",
     ("Ahmad Wiryawan", "Bupati", "Kabupaten Seruyan", "Pj")),
    ("Rapat dipimpin Dewi Lestari selaku Wali Kota Pematang Siantar.",
     ("Dewi Lestari", "Wali Kota", "Kota Pematangsiantar", None)),
    ("Kepala Dinas Sosial (Dinsos) Kabupaten OKI, H Rudi Hartono angkat bicara.",
     ("Rudi Hartono", "Kepala Dinas Sosial", "Kabupaten Ogan Komering Ilir", None)),
    ("Mendagri Surya Atmaja dalam paparannya mengatakan hal itu.",
     ("Surya Atmaja", "Menteri Dalam Negeri", "Kementerian Dalam Negeri", None)),
    ("Plt Dirjen Bina Keuangan Daerah Kementerian Dalam Negeri, Sapto Nugroho hadir.",
     ("Sapto Nugroho", "Direktur Jenderal Bina Keuangan Daerah", "Kementerian Dalam Negeri", "Plt")),
    ("Gubernur Jambi H Rahmat Hidayat menyatakan siap.", ("Rahmat Hidayat", "Gubernur", "Provinsi Jambi", None)),
    ("Ketua KPU Kabupaten Simalungun, Sari Dewi, menegaskan jadwal tidak berubah.",
     ("Sari Dewi", "Ketua", "KPU Kabupaten Simalungun", None)),
    ("Acara dihadiri mantan Bupati Jember Hendra Wijaya.", ("Hendra Wijaya", "Bupati", "Kabupaten Jember", "mantan")),
    ("Hal itu disampaikan Menkeu baru pengganti Budi Darmawan, Rudi Hartono Saputra.",
     ("Rudi Hartono Saputra", "Menteri Keuangan", "Kementerian Keuangan", None)),
    ("Sekda baru Kabupaten Jember, Wulan Sari, dilantik kemarin.",
     ("Wulan Sari", "Sekretaris Daerah", "Kabupaten Jember", None)),
    # a regional office takes its region's own spelling
    ("Kapolda Jabar Irjen Budi Santoso hadir.", ("Budi Santoso", "Kepala Kepolisian Daerah", "Polda Jawa Barat", None)),
    # a section or unit head sits in the police office named after the unit
    ("Kabid Humas Polda Sumut Kombes Budi Santoso membantah hal itu.",
     ("Budi Santoso", "Kepala Bidang Hubungan Masyarakat", "Polda Sumatera Utara", None)),
    ("Kasat Reskrim Polres Jember AKP Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Satuan Reskrim", "Polres Jember", None)),
    # the capital's police offices
    ("Kabid Humas Polda Metro Jaya Kombes Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Bidang Hubungan Masyarakat", "Polda Metro Jaya", None)),
    ("Kapolres Metro Jakarta Pusat Kombes Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Kepolisian Resor", "Polres Metro Jakarta Pusat", None)),
    # a secretary-general of a body, named in full, after a party to a case and its number
    ("Sanksi untuk Teradu VII Budi Santoso selaku Sekretaris Jenderal Komisi Pemilihan Umum berlaku hari ini.",
     ("Budi Santoso", "Sekretaris Jenderal", "KPU", None)),
    # "selaku" before a lower-case title
    ("Menurut dia, Budi Santoso selaku ketua Bawaslu waktu itu sudah hadir.", ("Budi Santoso", "Ketua", "Bawaslu", None)),
    # a minister's adviser is not the minister
    ("Staf Ahli Menteri Bidang Dinamika Sosial Kemensos, Budi Santoso hadir.",
     ("Budi Santoso", "Staf Ahli Menteri Bidang Dinamika Sosial", "Kementerian Sosial", None)),
    # a police office named after a city with "Kota" behind the name
    ("Kapolres Tasikmalaya Kota AKBP Budi Santoso mengungkapkan hal itu.",
     ("Budi Santoso", "Kepala Kepolisian Resor", "Polres Tasikmalaya Kota", None)),
    # a unit head's office written out
    ("Kasi Intel Kejaksaan Negeri Jember, Budi Santoso, mengatakan hal itu.",
     ("Budi Santoso", "Kepala Seksi Intelijen", "Kejaksaan Negeri Jember", None)),
    ("Kasat Reskrim Kepolisian Resor Bengkalis AKP Budi Santoso menjelaskan kasus itu.",
     ("Budi Santoso", "Kepala Satuan Reskrim", "Polres Bengkalis", None)),
    ("Kepala Kepolisian Daerah Jawa Timur Irjen Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Kepolisian Daerah", "Polda Jawa Timur", None)),
    # a name that a regency and a city share still names the office
    ("Kabag Ops Polresta Bandung Kompol Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Bagian Ops", "Polresta Bandung", None)),
    # a regional head's adviser, the region between the head and the field
    ("Staf Ahli Bupati Jember Bidang Pemerintahan, Budi Santoso, hadir.",
     ("Budi Santoso", "Staf Ahli Bupati Bidang Pemerintahan", "Kabupaten Jember", None)),
    # a sector police office is named after its district; an army command after its number and name
    ("Kapolsek Sukamaju Barat Kompol Budi Santoso memimpin patroli malam itu.",
     ("Budi Santoso", "Kepala Kepolisian Sektor", "Polsek Sukamaju Barat", None)),
    ("Dalam apel itu, Pangdam V Brawijaya Mayjen TNI Budi Santoso memberi arahan.",
     ("Budi Santoso", "Panglima Komando Daerah Militer", "Kodam V Brawijaya", None)),
    ("Pangdam Iskandar Muda Mayjen TNI Budi Santoso hadir.",
     ("Budi Santoso", "Panglima Komando Daerah Militer", "Kodam Iskandar Muda", None)),
    # Bawaslu written out, a province and its acronym in brackets before the name
    ("Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Timur (NTT), Budi Santoso, membuka rapat itu.",
     ("Budi Santoso", "Ketua", "Bawaslu Provinsi Nusa Tenggara Timur", None)),
    # a party group between the post and the holder
    ("Wakil Ketua MPR dari Fraksi PKS Budi Santoso menegaskan hal itu.",
     ("Budi Santoso", "Wakil Ketua", "Majelis Permusyawaratan Rakyat", None)),
    ("Anggota Komisi II DPR Fraksi Partai Golkar, Budi Santoso, menilai hal itu.",
     ("Budi Santoso", "Anggota Komisi II", "Dewan Perwakilan Rakyat", None)),
    # the head of a party group in a regional council holds a post of that council
    ("Ketua Fraksi Partai Gerindra DPRD Jember, Budi Santoso, menolak usulan itu.",
     ("Budi Santoso", "Ketua Fraksi Partai Gerindra", "DPRD Kabupaten Jember", None)),
    # a list's footnote number glued to the name
    ("Menteri HAM Budi Santoso2.", ("Budi Santoso", "Menteri Hak Asasi Manusia", "Kementerian Hak Asasi Manusia", None)),
    # a party's regional branch
    ("Ketua NasDem Sumut Budi Santoso mendesak polisi bekerja cepat.",
     ("Budi Santoso", "Ketua", "Partai NasDem Provinsi Sumatera Utara", None)),
    # a region written the way news shortens it
    ("Wali Kota Solo Budi Santoso meminta warga tertib.", ("Budi Santoso", "Wali Kota", "Kota Surakarta", None)),
    ("Staf Ahli Wali Kota Bidang Ekonomi dan Pembangunan, Budi Santoso, hadir.",
     ("Budi Santoso", "Staf Ahli Wali Kota Bidang Ekonomi dan Pembangunan", None, None)),
])
def test_holds_constructions(text, expected):
    assert expected in holds_set(facts_of(text))


def test_attendee_list_gives_one_fact_per_person_and_no_rank_in_names():
    f = facts_of("Hadir Sekda Bengkalis H. Joko Susilo, Kapolres Bengkalis AKBP Hendra Gunawan, S.I.K., "
                 "Dandim 0303 Letkol Inf. Bayu Saputra dan Kajari Bengkalis Rina Marlina.")
    people = {h.person: h for h in f.holds}
    assert set(people) == {"Joko Susilo", "Hendra Gunawan", "Bayu Saputra", "Rina Marlina"}
    assert people["Hendra Gunawan"].role == "Kepala Kepolisian Resor"
    assert people["Hendra Gunawan"].org == "Polres Bengkalis"
    assert people["Joko Susilo"].org == "Kabupaten Bengkalis"


def test_candidates_and_buildings_are_not_holders():
    f = facts_of("Pasangan calon Bupati Jember Andi Wijaya berkampanye. Warga berkumpul di Kantor Bupati Jember Slamet.")
    assert not f.holds


def test_role_without_place_takes_the_articles_certain_jurisdiction():
    f = facts_of("Bupati Jember, Andi Wijaya memimpin rapat. Ia didampingi Sekda, Rina Kusuma.")
    assert ("Rina Kusuma", "Sekretaris Daerah", "Kabupaten Jember", None) in holds_set(f)


def test_directive_speaker_through_quote_attribution_across_sentences():
    text = ("Pj Bupati Jember, Andi Wijaya memimpin rapat koordinasi, Senin (14/10/2024). "
            "\u201cSeluruh ASN wajib menjaga netralitas. Jangan ada yang ikut kampanye,\u201d ujarnya.")
    f = facts_of(text)
    d = [x for x in f.directives if "netralitas" in x.text]
    assert d and d[0].speaker == "Andi Wijaya" and d[0].issuer == "Kabupaten Jember"
    assert d[0].date == date(2024, 10, 14)
    art_text = f.article.text
    assert art_text[d[0].evidence.span_start:d[0].evidence.span_end] == d[0].text
    assert f.quotes and f.quotes[0].speaker == "Andi Wijaya"


def test_directive_verb_with_addressee_and_short_name():
    f = facts_of("Sekda Simalungun, Rudi Hartono meminta kepada OPD untuk memaksimalkan pelayanan publik. "
                 "Rudi juga mengimbau camat menertibkan baliho.")
    texts = {d.text: d for d in f.directives}
    assert texts["memaksimalkan pelayanan publik"].addressee == "OPD"
    assert any(d.speaker == "Rudi Hartono" and "menertibkan baliho" in d.text for d in f.directives)


def test_statements_without_cue_or_relative_modal_are_not_directives():
    f = facts_of("Bupati Jember, Andi Wijaya mengatakan ada aturan yang harus dipedomani. Ia hadir di pendopo.")
    assert not f.directives


def test_names_lexicon_and_regions():
    assert normalize_name("Drs. H. Ahmad wiryawan, S.Sos., M.Si") == "Ahmad Wiryawan"
    assert normalize_name("AKBP Hendra Gunawan, S.I.K.") == "Hendra Gunawan"
    # enlisted ranks, and a rank abbreviated with a dot
    assert normalize_name("Serma Andi Wijaya") == "Andi Wijaya" and normalize_name("Kol. Inf. Budi Santoso") == "Budi Santoso"
    assert link_short("Haris", ["Al Haris", "Budi Santoso"]) == "Al Haris"
    assert link_short("Budi", ["Budi Santoso", "Budi Wijaya"]) is None
    assert resolve_region("Jambi", "provinsi").code == "15" and resolve_region("Jambi", "kota").code == "15.71"
    assert resolve_region("OKI").name == "Kabupaten Ogan Komering Ilir"
    assert resolve_region("Jember", "kabupaten").code == "35.09"


def test_every_lexicon_entry_is_well_formed():
    for words, e in roles().items():
        assert all(w == w.lower() for w in words) and e.role[:1].isupper() and e.scope
    assert set(qualifiers().values()) <= {"Pj", "Pjs", "Plt", "Plh", "Pgs", "mantan", "definitif"}
    assert {"h", "drs", "dr"} <= honorifics()["pre"] and {"m.si", "s.sos"} <= honorifics()["post"]
    assert bodies()["Kemendagri"][0] == "Kementerian Dalam Negeri"
    assert set(cues().values()) <= {"verb", "noun", "modal"}
    for alias in ("OKI", "Pematang Siantar", "Jatim"):
        assert resolve_region(alias) is not None


def test_a_date_after_publication_is_what_the_directive_is_about_not_when_it_was_given():
    f = facts_of("Gubernur Jawa Timur, Ratna Kusumawati, mengimbau warga datang ke TPS pada Pilkada 27 November 2024.",
                 published=date(2024, 11, 25))
    assert [d.date for d in f.directives] == [date(2024, 11, 25)]
    g = facts_of("Bupati Jember, Rahmat Santoso, Senin (21/10/2024), meminta camat mengawasi kepala desa.",
                 published=date(2024, 10, 23))
    assert [d.date for d in g.directives] == [date(2024, 10, 21)]


def test_negated_or_emphatic_statements_are_not_directives():
    f = facts_of("Bupati Jember, Rahmat Santoso, menegaskan bahwa kegiatan ini bukan kampanye. "
                 "Ia tidak pernah meminta fasilitas kepada siapa pun. Rahmat meminta maaf atas keterlambatan.")
    assert f.directives == []
    g = facts_of("Bupati Jember, Rahmat Santoso, menegaskan seluruh ASN harus netral.")
    assert len(g.directives) == 1 and "netral" in g.directives[0].text


def test_an_offenders_request_told_by_an_official_is_no_directive():
    """A police spokesman telling what the offender asked for gives no instruction; his own appeal does."""
    f = facts_of("Kasat Reskrim Polres Jember AKP Budi Santoso mengatakan pelaku mengajak korban bertemu di kafe. "
                 "Pelaku meminta sejumlah uang kepada korban.")
    assert f.directives == []
    g = facts_of("Kasat Reskrim Polres Jember AKP Budi Santoso meminta warga segera melapor jika menjadi korban.")
    assert len(g.directives) == 1 and "melapor" in g.directives[0].text


def test_unit_head_instructing_own_staff_issues_for_the_unit():
    f = facts_of("Kepala Dinas Sosial Kabupaten Jember, Siti Aminah, meminta staf untuk mendata penerima bansos.")
    assert [d.issuer for d in f.directives] == ["Dinas Sosial Kabupaten Jember"]


def test_unit_names_with_commas_and_acronyms():
    f = facts_of("Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kota Denpasar, Made Wiratama, hadir. "
                 "Kadis DLH Kabupaten Jember, Joni Harta, juga hadir.")
    got = {(h.person, h.role, h.org) for h in f.holds}
    assert ("Made Wiratama", "Kepala Dinas Pendidikan, Pemuda, dan Olahraga", "Kota Denpasar") in got
    assert ("Joni Harta", "Kepala Dinas Lingkungan Hidup", "Kabupaten Jember") in got


def test_a_ban_keeps_its_jangan_and_an_appeal_drops_its_tolong():
    f = facts_of('Ketua KPU Kota Pematangsiantar, Robert Sinaga, hadir di aula. '
                 '"Jangan lupa membawa KTP elektronik dan undangan memilih," kata Robert. '
                 '"Tolong warga datang ke TPS sesuai jadwal," ujarnya.')
    texts = sorted(d.text for d in f.directives)
    assert "Jangan lupa membawa KTP elektronik dan undangan memilih" in texts, texts
    assert "warga datang ke TPS sesuai jadwal" in texts, texts
    assert all(d.speaker == "Robert Sinaga" for d in f.directives)


def test_a_bare_title_after_the_full_one_adds_no_second_fact():
    """"Kapolresta menambahkan" names the Kapolresta introduced in full before; it is the same post, not a post at
    a body called just "Polresta"."""
    f = facts_of("Kapolresta Bogor Kota Kombes Pol. Budi Santoso mengatakan hal itu. "
                 "Kapolresta menambahkan, razia akan digelar lagi.")
    assert holds_set(f) == {("Budi Santoso", "Kepala Kepolisian Resor Kota", "Polresta Bogor Kota", None)}


def test_a_bare_unit_head_after_the_full_one_keeps_the_written_office():
    """"kata Kasi Intel" repeats the Kasi Intel of the Kejari named before; the regency the article is about is not
    a second post of his."""
    f = facts_of("Pemkab Jember menerima berkas itu. Kasi Intel Kejari Jember Budi Santoso mengatakan hal itu. "
                 "\"Berkas segera dilimpahkan,\" kata Kasi Intel.")
    assert holds_set(f) == {("Budi Santoso", "Kepala Seksi Intelijen", "Kejaksaan Negeri Jember", None)}


def test_a_letter_number_after_a_title_is_not_a_person():
    f = facts_of("Pengamanan itu menindaklanjuti surat telegram Panglima TNI No TR/100/2025 tentang pengerahan personel.")
    assert holds_set(f) == set()


def test_a_post_named_again_without_its_region_is_the_same_post():
    """"Ketua DPRD Budi" after "Ketua DPRD Jember Budi Santoso", "Kapolsek Budi" after "Kapolsek Sukamaju AKP Budi":
    one post, at the office first named in full."""
    f = facts_of("Ketua DPRD Jember Budi Santoso membuka rapat. Rapat itu dipimpin Ketua DPRD Budi Santoso. "
                 "Kapolsek Sukamaju AKP Rudi Hartono hadir. Kapolsek Rudi Hartono tidak berkomentar.")
    assert holds_set(f) == {("Budi Santoso", "Ketua", "DPRD Kabupaten Jember", None),
                            ("Rudi Hartono", "Kepala Kepolisian Sektor", "Polsek Sukamaju", None)}


def test_a_district_office_is_not_taken_from_a_holder_named_alone():
    """"Kapolsek Darmono tidak ...": with no holder after it, the word after the title is the holder, not a district."""
    f = facts_of("Kapolsek Sukamaju AKP Darmono hadir. Warga menyebut Kapolsek Darmono tidak hadir kemarin.")
    assert holds_set(f) == {("Darmono", "Kepala Kepolisian Sektor", "Polsek Sukamaju", None)}


def test_a_shortened_region_after_a_title_is_not_a_person():
    f = facts_of("Penyidik memeriksa Bupati Koltim di Jakarta kemarin.")
    assert all(h.person != "Koltim" for h in f.holds), holds_set(f)


def test_a_lower_case_title_before_a_bodys_acronym_names_a_post_only_with_a_name():
    f = facts_of("Sementara itu, jubir KPK, Budi Santoso, menyampaikan pemeriksaan masih berjalan.")
    assert ("Budi Santoso", "Juru Bicara", "Komisi Pemberantasan Korupsi", None) in holds_set(f)
    g = facts_of("Anggota KPU Rina Wulandari hadir. Masalah itu pernah disampaikan anggota DPR dalam rapat.")
    assert holds_set(g) == {("Rina Wulandari", "Anggota", "KPU", None)}


@pytest.mark.parametrize("quote", [
    "Teman-teman bisa, saya juga harus bisa",
    "Makanya saya minta kepada diri saya sendiri agar lebih hemat",
    "Kami sebagai relawan desa harus rajin mendatangi setiap rumah",
])
def test_what_the_speaker_demands_of_himself_is_no_directive(quote):
    f = facts_of(f'Bupati Jember Budi Santoso bercerita. "{quote}," kata Budi.')
    assert f.directives == []


def test_a_described_speakers_side_still_instructs_others_after_a_comma():
    f = facts_of('Bupati Jember Budi Santoso bercerita. "Kami sebagai pemerintah meminta, camat harus memastikan '
                 'setiap program tepat sasaran," kata Budi.')
    assert [d.text for d in f.directives] == ["camat harus memastikan setiap program tepat sasaran"]


def test_a_body_or_party_word_after_a_title_is_not_a_person():
    f = facts_of("Wakil Ketua Badan Anggaran MPR hadir. Ketua DPW PKB Jawa Timur juga hadir. Anggota Dewan Pakar "
                 "Partai Golkar hadir. Ketua Fraksi hadir.")
    assert f.holds == [], holds_set(f)


def test_a_partys_demand_is_no_government_directive():
    f = facts_of('Ketua Golkar Jember Budi Santoso hadir. "Polisi harus segera mengusut kasus itu," kata Budi.')
    assert ("Budi Santoso", "Ketua", "Partai Golkar Kabupaten Jember", None) in holds_set(f)
    assert f.directives == []


def test_an_opinion_with_harus_is_no_directive():
    """GUIDELINE: opinions are no directives; "menurut saya ... harus" is what the speaker thinks should happen."""
    base = "Wali Kota Jember Budi Santoso hadir di rapat itu. "
    opinion = facts_of(base + '"Menurut saya ASN harus fokus pada pelayanan," kata Budi.')
    assert opinion.directives == []
    order = facts_of(base + '"ASN harus fokus pada pelayanan," kata Budi.')
    assert [d.text for d in order.directives] == ["ASN harus fokus pada pelayanan"]


def test_a_headline_verb_the_tagger_joined_to_a_place_is_not_a_person(nlp):
    """"Ketua KPU Labura Dicopot": a tagger may read place and verb as one person; the place is the KPU's."""
    from simpul.extract.records import Article

    title = "Langgar Etik, Ketua KPU Labura Dicopot"
    art = Article(id="t", title=title, text=title + "\n\nRapat digelar di kantor KPU kemarin.")
    # as an earlier model tagged the headline
    assert facts_tagged(art, (("KPU", "ORG"), ("Labura Dicopot", "PER"))).holds == []
    assert extract_facts(nlp.process(art)).holds == []  # and whatever the shipped model tags


def test_a_headlines_name_before_a_post_opens_the_headline(nlp):
    """"Peringati Harhubnas, Bupati X: ...": the tagger reads the event's short form as a person; after the verb that
    opens the headline it is the object, not the one holding the post."""
    from simpul.extract.records import Article

    title = "Peringati Harhubnas, Bupati Sukamaju: Transportasi Hubungkan Desa"
    doc = nlp.process(Article(id="t", title=title, text=title + "\n\nBupati Sukamaju, Budi Santoso hadir dalam "
                              "upacara peringatan Hari Perhubungan Nasional (Harhubnas) itu."))
    assert any(e.type == "PER" and e.text == "Harhubnas" for e in doc.sentences[0].entities)
    assert [(h.person, h.role) for h in extract_facts(doc).holds] == [("Budi Santoso", "Bupati")]


@pytest.mark.parametrize("text,expected", [
    # the tagged person before "<name>, <post>" holds it, not the post's untagged words after it ...
    ("Acara itu dihadiri Hendro Wiryawan, Sekretaris Pengendalian Operasi Pembangunan periode 1995-1998.",
     {("Hendro Wiryawan", "Sekretaris", None, None)}),
    ("Masykur Hafidin, Direktur Akademi Pemilu dan Demokrasi (APD) Tonton juga video berikut.",
     {("Masykur Hafidin", "Direktur Akademi Pemilu dan Demokrasi", None, None)}),
    # a body's place before the tagger's person after a comma ends the body
    ("Ketua Satuan Pelayanan Pemenuhan Gizi (SPPG) Cikaret Desa Sukamulya, Rina Kartika menyampaikan permintaan maaf.",
     {("Rina Kartika", "Ketua", "Satuan Pelayanan Pemenuhan Gizi", None)}),
    # ... unless an earlier post of a list took that person
    ("Turut hadir Menteri Pertanian Amran Wibisono, Menteri Kehutanan Raja Juli, dan Menteri Agama Nasrul Umar.",
     {("Amran Wibisono", "Menteri Pertanian", "Kementerian Pertanian", None),
      ("Raja Juli", "Menteri Kehutanan", "Kementerian Kehutanan", None),
      ("Nasrul Umar", "Menteri Agama", "Kementerian Agama", None)}),
])
def test_a_tagged_name_before_a_post_beats_untagged_words_after_it(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == expected


def test_an_adviser_to_the_regent_is_not_the_regent():
    """"Staf Ahli Bupati Jember Bidang X, Nama": neither the field nor the adviser holds the post of Bupati."""
    f = facts_of("Staf Ahli Bupati Jember Bidang Pemerintahan, Budi Santoso, hadir.")
    assert all(h.role != "Bupati" for h in f.holds), holds_set(f)
    assert len(f.holds) == 1


def test_a_section_head_without_a_unit_names_no_one(nlp):
    """"Kasi Dal Ops": the tagger reads the unit's words as a person; that is no post held by "Dal Ops"."""
    from simpul.extract.records import Article

    doc = nlp.process(Article(id="t", text="Warga sempat menemui Kasi Dal Ops di kantor kejaksaan kemarin."))
    assert extract_facts(doc).holds == []


def test_a_body_in_brackets_after_a_title_is_not_a_person():
    """Initials in brackets mark a person only when they are the name's initials."""
    f = facts_of("Ketua Umum Ikatan Keluarga Minang (IKM) Andi Wijaya hadir.")
    assert all(h.person != "Ikatan Keluarga Minang" for h in f.holds)


def test_a_tagged_persons_initials_in_brackets_keep_the_person(nlp):
    """"Andi Wijaya Saputra (AWS)": the tagger's person followed by its initials is still the holder, with the real
    pipeline's PER spans."""
    from simpul.extract.records import Article

    f = extract_facts(nlp.process(Article(id="t", text="Wakil Ketua DPR Andi Wijaya Saputra (AWS) mengatakan hal itu.")))
    assert ("Andi Wijaya Saputra", "Wakil Ketua", "Dewan Perwakilan Rakyat", None) in holds_set(f)


@pytest.mark.parametrize("text,expected", [
    ("Ketua DPP PDIP, Budi Santoso, meminta kader tenang.",
     ("Budi Santoso", "Ketua", "DPP Partai Demokrasi Indonesia Perjuangan", None)),
    ("Ketua DPW Partai NasDem Jatim Budi Santoso hadir.",
     ("Budi Santoso", "Ketua", "DPW Partai NasDem Provinsi Jawa Timur", None)),
    ("Sekretaris DPC PKB Jember Budi Santoso hadir.",
     ("Budi Santoso", "Sekretaris", "DPC Partai Kebangkitan Bangsa Kabupaten Jember", None)),
    # Golkar numbers its boards: DPD I for a province, DPD II for a regency or city
    ("Ketua DPD II Golkar Jember Budi Santoso membuka rapat.",
     ("Budi Santoso", "Ketua", "DPD II Partai Golkar Kabupaten Jember", None)),
    # Jakarta's administrative cities are regions too, named officially like any other
    ("Ketua DPC Partai Gerindra Jakarta Timur Budi Santoso hadir.",
     ("Budi Santoso", "Ketua", "DPC Partai Gerindra Kota Administrasi Jakarta Timur", None)),
    ("Ketua DPD RI Budi Santoso hadir.", ("Budi Santoso", "Ketua", "Dewan Perwakilan Daerah", None)),
])
def test_a_party_board_is_the_org_of_its_officers_and_never_a_person(text, expected):
    """"Ketua DPP PDIP, Nama": the board is the org, written out (GUIDELINE: full form); "DPD" without a party after it
    is still the Senate."""
    f = facts_of(text)
    assert holds_set(f) == {expected}


def test_a_party_boards_demand_is_no_government_directive():
    f = facts_of('Ketua DPP PDIP Budi Santoso hadir. "Polisi harus segera mengusut kasus itu," kata Budi.')
    assert ("Budi Santoso", "Ketua", "DPP Partai Demokrasi Indonesia Perjuangan", None) in holds_set(f)
    assert f.directives == []


@pytest.mark.parametrize("sentence", [
    "Bupati Jember Budi Santoso mengingatkan bahwa Jember sudah masuk musim hujan.",
    "Bupati Jember Budi Santoso mengingatkan politik uang menjadi ancaman bagi demokrasi.",
    "Bupati Jember Budi Santoso mengatakan jalan baru itu dapat mendorong pertumbuhan ekonomi.",
    "Bupati Jember Budi Santoso mengatakan program itu mampu mendorong produksi beras.",
    '"Sebelum mengimbau bawahan, saya sudah memberi contoh," kata Bupati Jember Budi Santoso.',
])
def test_a_fact_recalled_an_ability_or_what_came_before_is_no_directive(sentence):
    f = facts_of(sentence)
    assert ("Budi Santoso", "Bupati", "Kabupaten Jember", None) in holds_set(f)
    assert f.directives == [], [d.text for d in f.directives]


def test_a_reminder_of_an_earlier_obligation_or_with_a_demand_stays_a_directive():
    """"mengingatkan bahwa Pemkab telah mewajibkan ...", "mengingatkan bahwa ASN harus netral": instructions recalled."""
    base = "Bupati Jember Budi Santoso "
    for rest in ("mengingatkan bahwa Pemkab Jember telah mewajibkan setiap sekolah memiliki kebun.",
                 "mengingatkan bahwa ASN harus netral dalam Pilkada.",
                 "mengingatkan seluruh camat untuk menjaga netralitas.",
                 "mengingatkan ASN menjaga netralitas dalam Pilkada.",
                 "mengingatkan dengan tegas, jika ada ASN ikut berkampanye, akan mendapat konsekuensinya."):
        f = facts_of(base + rest)
        assert [d.issuer for d in f.directives] == ["Kabupaten Jember"], rest


def test_a_post_joined_by_sekaligus_is_held_by_the_name_after_the_second_post():
    f = facts_of("Ketua MPR sekaligus Ketua Dewan Pembina Partai Demokrat Budi Santoso hadir.")
    assert holds_set(f) == {("Budi Santoso", "Ketua", "Majelis Permusyawaratan Rakyat", None),
                            ("Budi Santoso", "Ketua", "Dewan Pembina Partai Demokrat", None)}


def test_a_post_written_with_its_body_is_not_the_same_title_at_another_body():
    """An unnamed "Ketua MPR" is not the Ketua DPR named later, though both are "Ketua"."""
    f = facts_of("Ketua MPR menyampaikan pidato. Selain itu, hadir Ketua DPR RI Siti Rahmawati.")
    assert holds_set(f) == {("Siti Rahmawati", "Ketua", "Dewan Perwakilan Rakyat", None)}


def test_a_numbered_holder_is_former_when_the_article_names_the_sitting_one():
    """"Presiden ke-7 RI Nama": the number is no name and no part of the post; beside an unnumbered or higher-numbered
    holder of the same post it marks a former holder."""
    f = facts_of("Hadir Presiden RI Andi Wijaya, Presiden ke-7 RI Dedi Kurnia, dan Wakil Presiden ke-10 dan 12 "
                 "Eko Prasetyo.")
    assert holds_set(f) == {("Andi Wijaya", "Presiden", "Republik Indonesia", None),
                            ("Dedi Kurnia", "Presiden", "Republik Indonesia", "mantan"),
                            ("Eko Prasetyo", "Wakil Presiden", "Republik Indonesia", None)}
    alone = facts_of("Presiden ke-7 RI Dedi Kurnia hadir.")
    assert holds_set(alone) == {("Dedi Kurnia", "Presiden", "Republik Indonesia", None)}
    assert alone.holds[0].confidence < f.holds[0].confidence
    era = facts_of("Proyek itu dimulai di era Presiden ke-7 RI Dedi Kurnia.")
    assert holds_set(era) == {("Dedi Kurnia", "Presiden", "Republik Indonesia", "mantan")}


def test_a_legislators_harus_is_an_opinion_but_his_request_and_the_houses_decision_are_directives():
    base = "Ketua DPRD Jember Budi Santoso hadir. "
    opinion = facts_of(base + '"Semua anak harus mendapat sekolah yang layak," kata Budi.')
    assert opinion.directives == []
    request = facts_of(base + "Budi meminta Pemkab Jember untuk membangun sekolah baru.")
    assert [d.issuer for d in request.directives] == ["DPRD Kabupaten Jember"]
    decision = facts_of(base + '"Tunjangan perumahan anggota sudah dihentikan," kata Budi.')
    assert [d.issuer for d in decision.directives] == ["DPRD Kabupaten Jember"]
    regent = facts_of('Bupati Jember Budi Santoso hadir. "Semua ASN harus netral," kata Budi.')
    assert [d.issuer for d in regent.directives] == ["Kabupaten Jember"]


@pytest.mark.parametrize("text,expected", [
    ("Ketua Badan Anggaran (Banggar) DPR RI, Budi Santoso, hadir.",
     ("Budi Santoso", "Ketua Badan Anggaran", "Dewan Perwakilan Rakyat", None)),
    ("Ketua MKD DPR RI, Budi Santoso, hadir.",
     ("Budi Santoso", "Ketua Mahkamah Kehormatan Dewan", "Dewan Perwakilan Rakyat", None)),
    ("Ketua Badan Kehormatan DPRD Jember Budi Santoso hadir.",
     ("Budi Santoso", "Ketua Badan Kehormatan", "DPRD Kabupaten Jember", None)),
    ("Pengadu juga mengadukan Sekretaris Jendral KPU RI Budi Santoso.",
     ("Budi Santoso", "Sekretaris Jenderal", "KPU", None)),
])
def test_a_houses_organ_is_part_of_the_post_and_a_misspelt_title_is_still_a_title(text, expected):
    assert holds_set(facts_of(text)) == {expected}


@pytest.mark.parametrize("text,expected", [
    ("Kepala BGN Budi Santoso hadir.", ("Budi Santoso", "Kepala", "Badan Gizi Nasional", None)),
    ("Kepala Badan Gizi Nasional (BGN) Budi Santoso hadir.", ("Budi Santoso", "Kepala", "Badan Gizi Nasional", None)),
    ("Wakil Kepala BGN Budi Santoso hadir.", ("Budi Santoso", "Wakil Kepala", "Badan Gizi Nasional", None)),
    ("Kepala Otorita Ibu Kota Nusantara (OIKN) Budi Santoso hadir.",
     ("Budi Santoso", "Kepala", "Otorita Ibu Kota Nusantara", None)),
    ("Kepala BPS Kabupaten Jember Budi Santoso hadir.",
     ("Budi Santoso", "Kepala", "Badan Pusat Statistik Kabupaten Jember", None)),
    ("Kepala Seksi Penetapan Hak BPN Kabupaten Jember, Budi Santoso, hadir.",
     ("Budi Santoso", "Kepala Seksi Penetapan Hak", "Badan Pertanahan Nasional Kabupaten Jember", None)),
    ("Teradu I Budi Santoso selaku Ketua merangkap anggota KPU hadir.", ("Budi Santoso", "Ketua", "KPU", None)),
])
def test_a_national_agency_is_the_org_of_its_head_and_of_its_units(text, expected):
    assert holds_set(facts_of(text)) == {expected}


def test_a_bare_post_with_its_body_written_names_nobody_known_only_at_another_body():
    """"kata Ketua DKPP" after "Nama selaku Ketua merangkap anggota KPU": another body's chair, so no holder."""
    f = facts_of('Teradu I Budi Santoso selaku Ketua merangkap anggota KPU. "Putusan dibacakan," kata Ketua Komnas HAM.')
    assert holds_set(f) == {("Budi Santoso", "Ketua", "KPU", None)}


def test_what_is_done_on_an_officials_order_is_his_directive():
    f = facts_of("Ia menambahkan, kegiatan senam pagi diperbanyak sesuai dengan arahan Gubernur Jawa Timur Budi Santoso.")
    assert [(d.issuer, d.speaker, d.text) for d in f.directives] == [
        ("Provinsi Jawa Timur", "Budi Santoso", "kegiatan senam pagi diperbanyak")]
    assert facts_of("Kegiatan senam pagi diperbanyak sesuai dengan arahan dokter.").directives == []
    assert facts_of("Atas perintah Bupati Jember, petugas bergerak.").directives == []  # nothing before the order


@pytest.mark.parametrize("text,expected", [
    ("Presiden AS Budi Santoso hadir. Presiden Budi juga berbicara.",
     {("Budi Santoso", "Presiden", "Amerika Serikat", None)}),
    ("Perdana Menteri Malaysia Budi Santoso hadir.", {("Budi Santoso", "Perdana Menteri", "Malaysia", None)}),
    ("Terbaru, anggota Komisi VII DPR RI Budi Santoso menyoroti hal itu.",
     {("Budi Santoso", "Anggota Komisi VII", "Dewan Perwakilan Rakyat", None)}),
    ("Kepala KPP Pratama Klaten, Budi Santoso, hadir.", {("Budi Santoso", "Kepala", "KPP Pratama Klaten", None)}),
    ("Kepala Desa Sukamaju, Budi Santoso, hadir.", {("Budi Santoso", "Kepala Desa", "Desa Sukamaju", None)}),
])
def test_foreign_heads_commission_members_tax_offices_and_villages(text, expected):
    assert holds_set(facts_of(text)) == expected


def test_a_village_ends_where_the_taggers_person_starts(nlp):
    from simpul.extract.records import Article

    f = extract_facts(nlp.process(Article(id="t", text="Pj Kepala Desa Sukamaju Budi Santoso menyebut ide itu.")))
    assert holds_set(f) == {("Budi Santoso", "Kepala Desa", "Desa Sukamaju", "Pj")}


def test_a_name_with_bin_keeps_its_initials_in_brackets_and_its_particle_lower_case(nlp):
    from simpul.extract.records import Article

    f = extract_facts(nlp.process(Article(id="t", text="Presiden PEA Mohammed bin Zayed Al Nahyan (MBZ) hadir.")))
    assert holds_set(f) == {("Mohammed bin Zayed Al Nahyan", "Presiden", "Persatuan Emirat Arab", None)}
    assert holds_set(facts_of("Bupati Jember Ahmad bin Umar hadir.")) == {
        ("Ahmad bin Umar", "Bupati", "Kabupaten Jember", None)}


def test_a_taxpayer_is_no_obligation():
    f = facts_of("Kepala KPP Pratama Klaten, Budi Santoso, mengatakan 91 wajib pajak sudah membayar.")
    assert f.directives == []


@pytest.mark.parametrize("text,expected", [
    ("Kepala BGN dijabat oleh Budi Santoso.", ("Budi Santoso", "Kepala", "Badan Gizi Nasional", None)),
    ("Budi Santoso menjabat Kepala BRIN sejak 2021.",
     ("Budi Santoso", "Kepala", "Badan Riset dan Inovasi Nasional", None)),
    ("Budi Santoso pernah menjabat Bupati Jember.", ("Budi Santoso", "Bupati", "Kabupaten Jember", "mantan")),
    ("Mobil itu dipakai Budi Santoso saat masih menjabat sebagai Wali Kota Surakarta.",
     ("Budi Santoso", "Wali Kota", "Kota Surakarta", "mantan")),
    ("Kepala SMA Negeri 16 Palembang, Budi Santoso, mengatakan hal itu.",
     ("Budi Santoso", "Kepala Sekolah", "SMA Negeri 16 Palembang", None)),
    ("Kepala SDN Sukamaju Indah, Budi Santoso, hadir.", ("Budi Santoso", "Kepala Sekolah", "SDN Sukamaju Indah", None)),
])
def test_posts_held_by_menjabat_or_dijabat_and_school_heads(text, expected):
    assert holds_set(facts_of(text)) == {expected}


def test_a_hope_or_a_request_for_prayers_is_no_directive():
    base = "Kepala SMA Negeri 16 Palembang, Budi Santoso, hadir. "
    assert facts_of(base + '"Kami berharap susu jangan dihapus dari menu," katanya.').directives == []
    assert facts_of(base + "Ia meminta doa dan dukungan agar kasus segera selesai.").directives == []
    order = facts_of(base + '"Susu jangan dihapus dari menu," katanya.')
    assert [d.issuer for d in order.directives] == ["SMA Negeri 16 Palembang"]


def test_a_party_group_written_in_full_with_its_acronym_is_skipped():
    f = facts_of("Wakil Ketua MPR RI dari Fraksi Partai Amanat Nasional (PAN) Budi Santoso hadir.")
    assert holds_set(f) == {("Budi Santoso", "Wakil Ketua", "Majelis Permusyawaratan Rakyat", None)}


def test_numbers_listed_with_a_comma_are_one_ordinal_not_a_crash():
    f = facts_of("Hadir Presiden RI Andi Wijaya dan Wakil Presiden RI Siti Rahma. Wakil Presiden ke-10, 12 RI Budi "
                 "Santoso juga hadir.")
    assert ("Budi Santoso", "Wakil Presiden", "Republik Indonesia", "mantan") in holds_set(f)


@pytest.mark.parametrize("text,expected", [
    ("Wakil Ketua Badan Penganggaran MPR RI dari Fraksi PKS Andi Wijaya hadir.",
     ("Andi Wijaya", "Wakil Ketua Badan Penganggaran", "Majelis Permusyawaratan Rakyat", None)),
    ("Ketua Badan Kerja Sama Antar Parlemen DPR RI Budi Santoso menerima tamu.",
     ("Budi Santoso", "Ketua Badan Kerja Sama Antar-Parlemen", "Dewan Perwakilan Rakyat", None)),
])
def test_a_houses_organ_written_in_full_is_part_of_the_post(text, expected):
    assert holds_set(facts_of(text)) == {expected}


@pytest.mark.parametrize("text,expected", [
    # the body a unit or a team belongs to, between the post and its holder
    ("Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian Pekerjaan Umum (PU) Budi Santoso mengatakan dana cukup.",
     {("Budi Santoso", "Kepala Badan Pengatur Jalan Tol", "Kementerian Pekerjaan Umum", None)}),
    ("Ketua Tim Anggaran Pemerintah Daerah (TAPD) Pemkab Bone Andi Wijaya mengatakan anggaran terlambat.",
     {("Andi Wijaya", "Ketua", "Tim Anggaran Pemerintah Daerah Kabupaten Bone", None)}),
    # the leadership of a house
    ("Pimpinan MPR RI dari Fraksi Partai Amanat Nasional (PAN) Budi Santoso membuka acara di kampus.",
     {("Budi Santoso", "Pimpinan", "Majelis Permusyawaratan Rakyat", None)}),
    # a board of leaders, and a leadership with no one named, are nobody's post
    ("Rapat dihadiri Forum Koordinasi Pimpinan Daerah (Forkopimda) Garut.", set()),
    ("Namun, Pimpinan Komisi I DPR belum mengetahui kabar itu.", set()),
    # an electoral district after a legislator's post is not a person
    ("Hal itu dikatakan Anggota DPR RI Dapil Jawa Barat III Kota Bogor dan Cianjur ini.", set()),
])
def test_a_parent_body_between_post_and_holder_and_a_houses_leadership(nlp, text, expected):
    from simpul.extract.records import Article

    assert holds_set(extract_facts(nlp.process(Article(id="t", text=text)))) == expected


@pytest.mark.parametrize("text,expected", [
    ("Acara dihadiri Bupati dan Wakil Bupati Jember, Budi Santoso dan Andi Wijaya.",
     {("Budi Santoso", "Bupati", "Kabupaten Jember", None), ("Andi Wijaya", "Wakil Bupati", "Kabupaten Jember", None)}),
    ("Rapat dipimpin oleh Wakil Ketua 1 dan Ketua DPRD Jember Budi Santoso dan Andi Wijaya.",
     {("Budi Santoso", "Wakil Ketua", "DPRD Kabupaten Jember", None),
      ("Andi Wijaya", "Ketua", "DPRD Kabupaten Jember", None)}),
    # one post, two names: the second name is no holder
    ("Acara dihadiri Ketua DPRD Jember Budi Santoso dan Andi Wijaya.",
     {("Budi Santoso", "Ketua", "DPRD Kabupaten Jember", None)}),
])
def test_two_posts_and_two_names_pair_in_order(nlp, text, expected):
    from simpul.extract.records import Article

    assert holds_set(extract_facts(nlp.process(Article(id="t", text=text)))) == expected


def test_a_bare_regional_body_takes_the_region_the_article_writes_it_with():
    local = "Bupati Dompu Siti Rahma hadir di DPRD Dompu. Rapat dipimpin Ketua DPRD Budi Santoso."
    assert ("Budi Santoso", "Ketua", "DPRD Kabupaten Dompu", None) in holds_set(facts_of(local))
    # the article's region alone does not make a bare body local
    national = "Bupati Dompu Siti Rahma hadir. Rapat dipimpin Ketua DPRD Budi Santoso."
    assert ("Budi Santoso", "Ketua", "DPRD", None) in holds_set(facts_of(national))
    # a party's national chair stays national
    party = "Bupati Dompu Siti Rahma dari PSI Dompu hadir. Ketua Umum PSI Budi Santoso juga hadir."
    assert ("Budi Santoso", "Ketua Umum", "Partai Solidaritas Indonesia", None) in holds_set(facts_of(party))


def test_an_authors_signature_name_then_post_gives_the_post_with_both_sentences_as_evidence(nlp):
    from simpul.extract.records import Article

    text = "Program itu bagus untuk rakyat. Budi Santoso. Anggota DPR RI Fraksi Partai Gerindra."
    f = extract_facts(nlp.process(Article(id="t", text=text)))
    assert holds_set(f) == {("Budi Santoso", "Anggota", "Dewan Perwakilan Rakyat", None)}
    ev = f.holds[0].evidence
    assert ev.sentence == "Budi Santoso. Anggota DPR RI Fraksi Partai Gerindra."
    assert text[ev.span_start:ev.span_end].startswith("Budi Santoso")
    # a sentence about a post after a name is about someone, not a signature
    other = "Budi Santoso. Ketua DPRD Jember mengatakan rapat ditunda."
    assert holds_set(extract_facts(nlp.process(Article(id="t", text=other)))) == set()


@pytest.mark.parametrize("text,expected", [
    # the writer explains a quote's title in brackets: with its region or body, or the name alone
    ("Itu sesuai harapan Gubernur (Bali Andi Wijaya) mengenai sampah.",
     {("Andi Wijaya", "Gubernur", "Provinsi Bali", None)}),
    ("Ruang itu ada sebagaimana disampaikan oleh Pak Gubernur (BI Budi Santoso).",
     {("Budi Santoso", "Gubernur", "Bank Indonesia", None)}),
    ("Hal itu tadi disampaikan oleh Pak Menteri (Budi Santoso) dalam rapat.", {("Budi Santoso", "Menteri", None, None)}),
    ("Penjabat (Pj) Bupati Jember (Budi Santoso) hadir.", {("Budi Santoso", "Bupati", "Kabupaten Jember", "Pj")}),
    # brackets with an acronym or initials are no holder
    ("Wakil Ketua DPR Andi Wijaya Saputra (AWS) mengatakan hal itu.",
     {("Andi Wijaya Saputra", "Wakil Ketua", "Dewan Perwakilan Rakyat", None)}),
])
def test_a_title_explained_in_brackets_names_its_holder(nlp, text, expected):
    from simpul.extract.records import Article

    assert holds_set(extract_facts(nlp.process(Article(id="t", text=text)))) == expected


def test_a_post_with_ini_or_itu_is_held_by_the_person_the_article_is_about(nlp):
    from simpul.extract.records import Article

    def facts(text):
        return extract_facts(nlp.process(Article(id="t", text=text)))

    f = facts('Anggota DPR Budi Santoso hadir di Jember. "Reshuffle perlu untuk koreksi," ungkapnya. Wakil Ketua '
              'Komisi II DPR RI ini menilai kondisi keuangan baik.')
    held = {(h.person, h.role): h for h in f.holds}
    assert held[("Budi Santoso", "Wakil Ketua Komisi II")].confidence < held[("Budi Santoso", "Anggota")].confidence
    said = facts('Andi Wijaya meninjau jalan itu. "Pembangunan ini dibutuhkan," ujar mantan Komisaris Utama Bank '
                 'Nagari itu.')
    assert ("Andi Wijaya", "Komisaris Utama", "Bank Nagari", "mantan") in holds_set(said)
    former = facts("Andi Wijaya diperiksa hari ini. Mantan Gubernur Jabar tersebut hadir pukul 10.00.")
    assert ("Andi Wijaya", "Gubernur", "Provinsi Jawa Barat", "mantan") in holds_set(former)
    # "itu" closing a relative clause, a post pointed at inside a quote, and a person in between are no reference
    for text in ("Andi Wijaya hadir. Rapat yang dihadiri oleh Bupati Dompu itu ricuh.",
                 'Andi Wijaya hadir. "Menteri ESDM ini jauh dari rakyat," katanya.',
                 "Andi Wijaya hadir. Sementara itu, perwakilan AJI, Riki, menyampaikan hasil liputan. "
                 "Anggota AJI ini menilai pengawasan perlu diperkuat."):
        assert all(h.person != "Andi Wijaya" for h in facts(text).holds), text


def test_an_order_belongs_to_the_person_named_after_the_noun_not_to_the_subject(nlp):
    from simpul.extract.records import Article

    f = extract_facts(nlp.process(Article(id="t", text=(
        "Presiden Budi Santoso hadir. Kehadiran menteri itu selaras dengan arahan Presiden Budi Santoso untuk "
        "menggeser paradigma pembangunan ke arah kolaboratif."))))
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Republik Indonesia", "Budi Santoso")]
    assert f.directives[0].text.startswith("untuk menggeser")
    other = extract_facts(nlp.process(Article(id="t", text=(
        "Anggota DPR Andi Wijaya mendukung instruksi Wiranto kepada para menteri untuk memakai mobil buatan dalam "
        "negeri."))))
    assert all(d.speaker != "Andi Wijaya" for d in other.directives)


def test_company_posts_bpjs_and_a_body_in_a_list_is_no_holder(nlp):
    from simpul.extract.records import Article

    assert holds_set(facts_of("Direktur Utama BPJS Kesehatan Budi Santoso hadir.")) == {
        ("Budi Santoso", "Direktur Utama", "BPJS Kesehatan", None)}
    assert holds_set(extract_facts(nlp.process(Article(id="t", text=(
        "Saudara Budi Santoso selaku Komisaris Utama PT Inti Jaya meminta pertemuan."))))) == {
        ("Budi Santoso", "Komisaris Utama", "PT Inti Jaya", None)}
    listed = extract_facts(nlp.process(Article(id="t", text=(
        "Kami mengundang Kementerian Perhubungan, DJKA, Dirut KAI, dan semua pihak terkait."))))
    assert all(h.person != "DJKA" for h in listed.holds)


@pytest.mark.parametrize("sentence", [
    '"Masyarakat harus betul-betul saya perhatikan lebih awal," katanya.',
    '"Sebagian lahan bisa dihibahkan, tapi sebagian lainnya tetap harus dibayar oleh pemerintah," katanya.',
    '"Tentunya hal itu harus terus didukung, dijaga, dan ditingkatkan," katanya.',
    '"Kenapa ini harus tetap berjalan karena demi kepentingan masyarakat," katanya.',
    "Pemkab Jember berharap dapat memperkuat konektivitas antar wilayah, mendorong pertumbuhan ekonomi lokal.",
])
def test_the_speakers_own_duty_a_view_of_a_thing_and_a_hoped_result_are_no_directives(sentence):
    assert facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives == []


@pytest.mark.parametrize("sentence", [
    '"Saudara-saudara harus bantu saya menegakkan kebenaran," katanya.',
    '"Pemerintah daerah harus memperhatikan acuan yang diterbitkan oleh pemerintah pusat," katanya.',
    '"ASN harus netral," katanya.',
])
def test_demands_on_others_stay_directives(sentence):
    assert [d.issuer for d in facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives] == [
        "Kabupaten Jember"]


@pytest.mark.parametrize("sentence,directive", [
    ("Ia mengatakan pemkab terus mendorong pertumbuhan ekonomi daerah.", False),
    ("Ia mendorong seluruh camat menjaga netralitas ASN.", True),
    ("Ia mendorong Pemda memberikan dukungan kepada warga.", True),
    ("Ia mendorong BGN mencoba pola lain dalam penyediaan makanan.", True),
    ("Ia mendorong penggunaan mobil buatan dalam negeri oleh para kepala dinas.", True),
])
def test_mendorong_an_aim_is_no_directive_but_urging_someone_is(sentence, directive):
    f = facts_of("Bupati Jember Budi Santoso hadir. " + sentence)
    assert bool(f.directives) == directive


@pytest.mark.parametrize("text,expected", [
    ("Kasi Pidsus Kejari Jember Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Seksi Pidana Khusus", "Kejaksaan Negeri Jember", None)),
    ("Kasi Intel Kejari Jember Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Seksi Intelijen", "Kejaksaan Negeri Jember", None)),
    ("Menteri Imipas Budi Santoso hadir.",
     ("Budi Santoso", "Menteri Imigrasi dan Pemasyarakatan", "Kementerian Imigrasi dan Pemasyarakatan", None)),
])
def test_section_and_ministry_short_forms_are_written_out(text, expected):
    assert holds_set(facts_of(text)) == {expected}


def test_an_associations_officer_holds_its_post_and_its_demands_are_no_directives(nlp):
    from simpul.extract.records import Article

    f = extract_facts(nlp.process(Article(id="t", text=(
        'Ketua Forum Pengusaha Serang Barat, Budi Santoso, hadir. "Jam operasional truk harus segera ditetapkan," '
        "kata Budi Santoso."))))
    assert holds_set(f) == {("Budi Santoso", "Ketua", "Forum Pengusaha Serang Barat", None)}
    assert f.directives == []


@pytest.mark.parametrize("text,expected", [
    # a presidium is an association; its number is part of its name, and neither is a person
    ("Hal itu dikonfirmasi ke Ketua Presidium Alumni 515, Rahmat Sujatmiko terkait isu tersebut.",
     {("Rahmat Sujatmiko", "Ketua", "Presidium Alumni 515", None)}),
    # the one who "menjabat sebagai" the post holds it, not the person after the comma ...
    ("Saat Rahmat Sujatmiko menjabat sebagai Ketua Presidium Alumni 515, Dewi Kartika sudah tidak aktif lagi.",
     {("Rahmat Sujatmiko", "Ketua", "Presidium Alumni 515", None)}),
    # ... unless nobody is named before it
    ("Saat menjabat sebagai Menteri Sosial, Rahmat Sujatmiko menggagas program itu.",
     {("Rahmat Sujatmiko", "Menteri Sosial", "Kementerian Sosial", None)}),
])
def test_presidium_and_the_holder_who_menjabat_sebagai(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == expected


def test_a_bare_president_in_an_article_about_another_country_is_not_certainly_indonesias():
    """With one foreign country in the article the post is its presidency (at lower confidence); with two, nobody can
    say whose, so the org stays open (GUIDELINE: null unless the context makes it certain)."""
    f = facts_of("Keputusan itu sejalan dengan tekanan Presiden Donald Trump terhadap bank sentral Amerika Serikat.")
    assert holds_set(f) == {("Donald Trump", "Presiden", "Amerika Serikat", None)}
    assert all(h.confidence < 0.9 for h in f.holds)
    f = facts_of("Presiden Budi Santoso menerima utusan Jepang. Ia lalu terbang ke Amerika Serikat.")
    assert holds_set(f) == {("Budi Santoso", "Presiden", None, None)}
    # Indonesia's own presidents, a post written with its country, and an article about no other country stay RI
    for text in ("Presiden Prabowo Subianto bertemu pejabat Amerika Serikat.",
                 "Presiden RI Budi Santoso bertemu pejabat Amerika Serikat.",
                 "Presiden Budi Santoso meresmikan jalan tol di Jember."):
        assert {h.org for h in facts_of(text).holds} == {"Republik Indonesia"}, text


@pytest.mark.parametrize("text,expected", [
    ("Hal itu disampaikan Dirjen Bea dan Cukai Budi Santoso di Jakarta.",
     ("Budi Santoso", "Direktur Jenderal Bea dan Cukai", "Kementerian Keuangan", None)),
    ("Plt Direktur Jenderal Imigrasi Budi Santoso hadir.",
     ("Budi Santoso", "Direktur Jenderal Imigrasi", "Kementerian Imigrasi dan Pemasyarakatan", "Plt")),
    ("Ketua The Fed, Budi Santoso, hadir.", ("Budi Santoso", "Ketua", "The Federal Reserve", None)),
    ("Menteri LH Budi Santoso hadir.",
     ("Budi Santoso", "Menteri Lingkungan Hidup", "Kementerian Lingkungan Hidup", None)),
])
def test_a_directorate_general_or_a_known_body_names_its_ministry_or_body(text, expected):
    """A known directorate general belongs to its ministry and ends where its name ends (the capitalised name after
    "Bea dan Cukai" is no part of it); "The Fed" and "LH" are written out."""
    assert holds_set(facts_of(text)) == {expected}


def test_a_quoted_nickname_inside_a_name_is_left_out_and_the_name_goes_on(nlp):
    from simpul.extract.records import Article

    f = extract_facts(nlp.process(Article(id="t", text="Wali Kota Makassar Budi 'Ucok' Santoso membuka acara itu.")))
    assert holds_set(f) == {("Budi Santoso", "Wali Kota", "Kota Makassar", None)}


def test_a_headline_post_with_a_colon_is_held_by_the_bodys_first_speaker(nlp):
    """"Gubernur Jateng: ..." quotes the post's holder; the body names him only as its speaker ("ujar Budi Santoso")."""
    from simpul.extract.records import Article

    def facts(title: str, body: str):
        return extract_facts(nlp.process(Article(id="t", title=title, text=title + "\n\n" + body)))

    body = ('"Pasar rakyat kita ramai lagi," ujar Budi Santoso dalam keterangannya. '
            '"Saya minta para bupati segera memperbaiki atap pasar," kata Budi.')
    f = facts("Gubernur Jateng: Pasar Ramai, Pedagang Senang", body)
    assert holds_set(f) == {("Budi Santoso", "Gubernur", "Provinsi Jawa Tengah", None)}
    assert all(h.confidence < 0.9 for h in f.holds)  # the name is not in the evidence sentence
    assert {(d.issuer, d.speaker) for d in f.directives} == {("Provinsi Jawa Tengah", "Budi Santoso")}
    # no colon: a headline about the post, not a quote of its holder
    assert facts("Gubernur Jateng Kunjungi Pasar", body).holds == []
    # a speaker who holds another post in the article is not the headline's official
    other = facts("Gubernur Jateng: Pasar Ramai, Pedagang Senang",
                  "Bupati Jember Budi Santoso hadir. " + body)
    assert ("Budi Santoso", "Gubernur", "Provinsi Jawa Tengah", None) not in holds_set(other)


@pytest.mark.parametrize("text,expected", [
    # the name's initials in brackets before "selaku", and the next list item's number run into the region
    ("Tersangkanya: 1. Budi Santoso (BS) selaku anggota Komisi III DPRD OKU2. Andi Wijaya (AW) selaku Ketua Komisi II "
     "DPRD OKU3. Lainnya menyusul.",
     {("Budi Santoso", "Anggota Komisi III", "DPRD Kabupaten Ogan Komering Ulu", None),
      ("Andi Wijaya", "Ketua Komisi II", "DPRD Kabupaten Ogan Komering Ulu", None)}),
    # brackets that are not the name's initials keep the name out
    ("Budi Santoso (KPK) selaku Ketua Komisi III DPRD OKU hadir.", set()),
    ("Acara dihadiri Wakil Menteri Desa dan Pembangunan Daerah Tertinggal Budi Santoso.",
     {("Budi Santoso", "Wakil Menteri Desa dan Pembangunan Daerah Tertinggal",
       "Kementerian Desa dan Pembangunan Daerah Tertinggal", None)}),
    ("Budi Santoso (BS) selaku Presiden Direktur PT Maju Jaya ditahan.",
     {("Budi Santoso", "Presiden Direktur", "PT Maju Jaya", None)}),
    ("Ketua Panitia Budi Santoso membuka acara.", set()),
])
def test_list_items_known_ministries_and_company_presidents(nlp, text, expected):
    from simpul.extract.records import Article

    assert holds_set(extract_facts(nlp.process(Article(id="t", text=text)))) == expected


def test_what_the_speakers_own_side_must_do_is_no_directive():
    base = "Bupati Jember Budi Santoso hadir. "
    assert facts_of(base + "Budi mengatakan, pihaknya masih harus melakukan seleksi ulang.").directives == []
    assert facts_of(base + '"Kami harus memastikan anggaran cukup," kata Budi.').directives == []
    assert [d.text for d in facts_of(base + '"ASN harus memastikan anggaran cukup," kata Budi.').directives] \
        == ["ASN harus memastikan anggaran cukup"]


@pytest.mark.parametrize("text,expected", [
    ("Jaksa Agung Muda Intelijen Kejaksaan Agung, Budi Santoso, hadir.",
     ("Budi Santoso", "Jaksa Agung Muda Intelijen", "Kejaksaan Agung", None)),
    ("Jampidsus Kejagung Budi Santoso hadir.",
     ("Budi Santoso", "Jaksa Agung Muda Tindak Pidana Khusus", "Kejaksaan Agung", None)),
    ("Jaksa Agung Budi Santoso hadir.", ("Budi Santoso", "Jaksa Agung", "Kejaksaan Agung", None)),
])
def test_the_attorney_generals_office_and_its_body_written_after_the_post(text, expected):
    """The body a post always belongs to, written after it, is neither part of the unit nor of the name."""
    assert holds_set(facts_of(text)) == {expected}


def test_a_predecessors_post_is_a_former_one():
    f = facts_of('"Program beasiswa ini dimulai pendahulu saya, Bupati Jember Budi Santoso," kata Andi Wijaya.')
    assert ("Budi Santoso", "Bupati", "Kabupaten Jember", "mantan") in holds_set(f)
    assert holds_set(facts_of("Bupati Jember Budi Santoso hadir.")) == {("Budi Santoso", "Bupati", "Kabupaten Jember", None)}


def _tagged_facts(nlp, text: str):
    from simpul.extract.records import Article

    return extract_facts(nlp.process(Article(id="t", text=text, published=date(2024, 10, 14))))


def test_pak_wali_giving_an_order_inside_anothers_quote_issues_it_for_the_city(nlp):
    """"Pak Wali" is the Wali Kota; the quote's speaker (a KPU chair) only reports his order; a pious interjection that
    opens the quote is no name."""
    f = _tagged_facts(nlp, "Wali Kota Makassar Budi Santoso hadir. Ketua KPU Makassar Andi Wijaya juga hadir. "
                           '"Alhamdulillah, Pak Wali setuju dan memerintahkan camat untuk menyiapkan lokasi," kata Andi.')
    assert {(d.issuer, d.speaker) for d in f.directives} == {("Kota Makassar", "Budi Santoso")}
    assert holds_set(f) == {("Budi Santoso", "Wali Kota", "Kota Makassar", None),
                            ("Andi Wijaya", "Ketua", "KPU Kota Makassar", None)}


def test_an_official_addressed_before_we_ask_is_not_the_one_who_asks(nlp):
    """"Ibu Kadinkes, kami minta ...": the Kadinkes is addressed; the quote's speaker asks for his own body."""
    f = _tagged_facts(nlp, 'Wakil Menteri Kesehatan Budi Santoso hadir. "Ibu Kadinkes Kabupaten Jember kami minta '
                           'dapur yang belum laik tidak boleh buka," kata Budi.')
    assert {(d.issuer, d.speaker) for d in f.directives} == {("Kementerian Kesehatan", "Budi Santoso")}


@pytest.mark.parametrize("sentence,is_directive", [
    # "harus" in what a noun or an evaluation explains ("bahwa") is no demand
    ("Budi memberi pemahaman kepada warga bahwa pemilihan harus berlangsung jujur.", False),
    ("Budi bercerita soal kegiatan itu, bahwa sangat penting anak itu harus didampingi orang tua.", False),
    # the subject's judgement with "menilai" or "berpandangan" is a view
    ("Budi menilai dana desa harus dipakai untuk jalan.", False),
    ("Budi berpandangan sekolah harus dibangun lebih dulu.", False),
    # a demand passed on by a verb of saying still is one
    ("Budi mengatakan bahwa ASN harus netral selama pilkada.", True),
])
def test_harus_under_an_explanation_or_a_judgement_is_no_directive(sentence, is_directive):
    f = facts_of("Bupati Jember Budi Santoso hadir. " + sentence)
    assert bool(f.directives) == is_directive, [d.text for d in f.directives]


def test_an_appeal_said_twice_is_one_directive():
    """GUIDELINE: one of two sentences that repeat the same appeal; the fuller wording stays."""
    f = facts_of("Bupati Jember Budi Santoso mengimbau warga untuk tetap waspada terhadap banjir susulan. "
                 '"Kami minta warga tetap waspada," kata Budi.')
    assert [d.text for d in f.directives] == ["warga untuk tetap waspada terhadap banjir susulan"]


@pytest.mark.parametrize("text,expected", [
    # the ministry after "pada" sits between the directorate and its head
    ("Acara dihadiri Direktur Jenderal Bina Pemerintahan Desa pada Kementerian Dalam Negeri Budi Santoso.",
     ("Budi Santoso", "Direktur Jenderal Bina Pemerintahan Desa", "Kementerian Dalam Negeri", None)),
    # the province under its everyday name, as the press and the gold write it
    ("Gubernur DKI Jakarta Budi Santoso hadir.", ("Budi Santoso", "Gubernur", "Provinsi DKI Jakarta", None)),
])
def test_a_ministry_after_pada_and_the_jakarta_province(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == {expected}


@pytest.mark.parametrize("sentence", [
    # a reason ("karena", "sebab") tells why, it instructs nobody
    '"Harga naik karena semua pedagang harus membayar ongkos angkut," kata Budi.',
    '"Sebab pemerintah daerah juga tidak boleh berutang," kata Budi.',
    # "jangan kita ..." is the speaker's side resolving, like "harus kita"
    '"Untuk kota ini jangan kita bermain-main," kata Budi.',
])
def test_a_reason_or_a_shared_resolve_is_no_directive(sentence):
    assert facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives == []


def test_jangan_kita_inside_a_reported_order_stays_one():
    f = facts_of('Presiden Budi Santoso membuka rapat. "Arahan Presiden jelas bahwa hutan kita jangan kita habiskan," '
                 "kata Andi Wijaya.")
    assert [(d.issuer, d.text) for d in f.directives] == [("Republik Indonesia", "jangan kita habiskan")]


def test_a_firms_demand_is_no_government_directive(nlp):
    f = _tagged_facts(nlp, "Direktur Utama PT Maju Jaya, Budi Santoso, meminta seluruh karyawan datang tepat waktu.")
    assert holds_set(f) == {("Budi Santoso", "Direktur Utama", "PT Maju Jaya", None)}
    assert f.directives == []


def test_a_headline_verb_is_neither_part_of_a_name_nor_a_ministry(nlp):
    """Title-Cased headlines run verbs into names and units: the headline's person is cut to what the body writes, and
    a ministry the lexicon does not know counts only if the body names it."""
    from simpul.extract.records import Article

    def facts(title: str, body: str):
        return extract_facts(nlp.process(Article(id="t", title=title, text=title + "\n\n" + body)))

    f = facts("Anggota DPR Budi Bagikan Beras di Jember",
              'Anggota DPR Budi membagikan beras. "Kami minta warga mendata tetangganya," kata Budi.')
    assert {h.person for h in f.holds} == {"Budi"}
    assert {d.speaker for d in f.directives} == {"Budi"}
    f = facts("Presiden Ajak Menteri Naik Kereta, Budi Santoso: Kami Siap", "Budi Santoso mengatakan kementeriannya siap.")
    assert not any(h.role.startswith("Menteri") for h in f.holds), holds_set(f)
    # a ministry the lexicon knows through an acronym stays, headline or body
    f = facts("Menteri LH: Hujan Mengandung Plastik", '"Hujan itu sedang kami teliti," kata Budi Santoso.')
    assert {(h.role, h.org) for h in f.holds} == {("Menteri Lingkungan Hidup", "Kementerian Lingkungan Hidup")}
    assert ("Budi Santoso", "Menteri Energi dan Sumber Daya Mineral", "Kementerian Energi dan Sumber Daya Mineral",
            None) in holds_set(_tagged_facts(nlp, "Menteri Energi dan Sumber Daya Mineral Budi Santoso hadir."))


def test_an_order_to_a_dinas_is_owned_by_its_content():
    """"dinas" and "dirut" begin with "di" but are no passive verbs: the order after them is still the arahan's content."""
    f = facts_of("Bupati Jember Budi Santoso memberikan arahan kepada dinas agar segera memperbaiki jalan rusak.")
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kabupaten Jember", "Budi Santoso")]


@pytest.mark.parametrize("text,expected", [
    # a firm after the post ends the unit and is the org
    ("Budi Santoso selaku Direktur Operasi PT Maju Jaya hadir.", ("Budi Santoso", "Direktur Operasi", "PT Maju Jaya", None)),
    ("Budi Santoso selaku Kepala Divisi Pengadaan Perum Bulog hadir.",
     ("Budi Santoso", "Kepala Divisi Pengadaan", "Perum Bulog", None)),
    # the party's name in two words
    ("Ketua DPP PDI Perjuangan Budi Santoso hadir.",
     ("Budi Santoso", "Ketua", "DPP Partai Demokrasi Indonesia Perjuangan", None)),
])
def test_firms_after_a_post_and_a_two_word_party(text, expected):
    assert holds_set(facts_of(text)) == {expected}


def test_a_vice_ministers_short_form_in_brackets_is_no_person(nlp):
    """"(Wamensesneg)" is the post written short: even when the tagger calls it a person, the holder comes after it."""
    f = _tagged_facts(nlp, "Wakil Menteri Sekretaris Negara (Wamensesneg) Budi Santoso mengatakan hal itu.")
    assert holds_set(f) == {("Budi Santoso", "Wakil Menteri Sekretaris Negara", "Kementerian Sekretariat Negara", None)}


def test_a_captains_rank_and_a_judge_panel(nlp):
    """"Capt." is a rank: it neither ends the sentence nor joins the name; "Majelis" is no name but the panel of judges
    whose chair is a post."""
    f = _tagged_facts(nlp, "Direktur Utama AirNav Indonesia, Capt. Budi Santoso menambahkan hal itu.")
    assert holds_set(f) == {("Budi Santoso", "Direktur Utama", "AirNav Indonesia", None)}
    assert holds_set(facts_of("Ketua Majelis Hakim Budi Santoso membacakan vonis.")) == {
        ("Budi Santoso", "Ketua Majelis Hakim", None, None)}
    assert holds_set(facts_of("Kuasa hukum menemui Ketua Majelis usai sidang.")) == set()
    # "Hakim" inside a name stays the name's
    assert holds_set(facts_of("Ketua DPRD Banten, Budi Hakim, hadir.")) == {
        ("Budi Hakim", "Ketua", "DPRD Provinsi Banten", None)}


def test_a_video_promo_without_juga_goes_with_its_colon():
    out = clean("Harga naik. Simak Video 'Menteri Budi Dipanggil Presiden, Diberi Tugas Ini':\nWarga melapor.")
    assert "Video" not in out and "Harga naik." in out and "Warga melapor." in out
    # a sentence about watching a video, without the promo's colon, stays
    assert "lihat video" in clean('Warga bisa lihat video "Cara Daftar" di situs resmi.')


def test_a_body_between_the_post_and_a_tagged_name_after_a_comma(nlp):
    """"Ketua Paguyuban Pedagang Pasar Sukamaju, Budi Santoso": the run before the comma holds no person, so it is the
    body of the post and the tagged person after the comma holds it; a short form is written out."""
    f = _tagged_facts(nlp, "Ketua Paguyuban Pedagang Pasar Sukamaju, Budi Santoso, meminta pedagang tertib.")
    assert ("Budi Santoso", "Ketua", "Paguyuban Pedagang Pasar Sukamaju", None) in holds_set(f)
    f = _tagged_facts(nlp, "Gubernur baru The Fed, Budi Santoso, menyampaikan pidato pertamanya.")
    assert holds_set(f) == {("Budi Santoso", "Gubernur", "The Federal Reserve", None)}


def test_an_emphasised_promise_of_the_speakers_side_is_no_directive():
    base = "Bupati Jember Budi Santoso hadir. "
    assert facts_of(base + "Budi menegaskan pihaknya akan memperketat pengawasan dapur.").directives == []
    assert [d.text for d in facts_of(base + "Budi menegaskan pihaknya meminta camat memperketat pengawasan dapur.")
            .directives] != []


@pytest.mark.parametrize("text,expected", [
    # a school's town the region list lacks, inside the tagger's name of the school
    ("Hal itu dikatakan Kepala SMAN 1 Sukorejo, Rohadi Santoso, kemarin.",
     ("Rohadi Santoso", "Kepala Sekolah", "SMAN 1 Sukorejo", None)),
    # a ministry's office in a regency, written between the post and the name
    ("Kepala Seksi Pendidikan Madrasah Kemenag Purwakarta Budi Santoso membenarkan hal itu.",
     ("Budi Santoso", "Kepala Seksi Pendidikan Madrasah", "Kantor Kementerian Agama Kabupaten Purwakarta", None)),
])
def test_a_schools_town_and_a_ministrys_regency_office(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == {expected}


@pytest.mark.parametrize("sentence,issuer", [
    ("Kementerian Keuangan mengingatkan agar wajib pajak segera mengaktifkan akunnya.", "Kementerian Keuangan"),
    ("Selain itu, KPU Jember juga terus mengimbau pemilih memeriksa namanya di daftar pemilih.", "KPU Kabupaten Jember"),
    ("Polda Jatim mengimbau warga tidak menyalakan petasan.", "Polda Jawa Timur"),
])
def test_a_body_named_as_the_whole_subject_issues_the_directive(sentence, issuer):
    """Nobody speaks for it, but the body itself is the subject of the directive verb (GUIDELINE: the issuer is the body)."""
    f = facts_of(sentence)
    assert [(d.issuer, d.speaker) for d in f.directives] == [(issuer, None)]


def test_a_body_inside_a_longer_subject_or_a_party_issues_nothing():
    assert facts_of("Seorang pegawai Kementerian Keuangan meminta warga melapor.").directives == []
    assert facts_of("Partai Golkar meminta kader turun ke lapangan.").directives == []


@pytest.mark.parametrize("text,expected", [
    # ranks written out in words, or with their corps, stand between the post and the holder
    ("Kapolda Sulawesi Tengah Inspektur Jenderal Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Kepolisian Daerah", "Polda Sulawesi Tengah", None)),
    ("Kepala Korps Lalu Lintas Polri Inspektur Jenderal Budi Santoso meninjau jalur mudik.",
     ("Budi Santoso", "Kepala Korps Lalu Lintas", "Kepolisian Negara Republik Indonesia", None)),
    ("Kepala Divisi Humas Polri Irjen Pol Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Divisi Hubungan Masyarakat", "Kepolisian Negara Republik Indonesia", None)),
    ("Kepala Polri Jenderal Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Kepolisian Negara Republik Indonesia", "Kepolisian Negara Republik Indonesia", None)),
    ("Sekretaris Jenderal Kementerian Pertahanan Laksamana Madya Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Sekretaris Jenderal", "Kementerian Pertahanan", None)),
    ("Kepala Bidang Humas Polda Sulawesi Tengah Komisaris Besar Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Bidang Hubungan Masyarakat", "Polda Sulawesi Tengah", None)),
    ("Tim itu dipimpin Kasat Reskrim AKBP Budi Santoso.", ("Budi Santoso", "Kepala Satuan Reskrim", None, None)),
    # Jakarta's administrative cities are regions of their own
    ("Kapolres Jakarta Selatan Kombes Budi Santoso mengatakan hal itu.",
     ("Budi Santoso", "Kepala Kepolisian Resor", "Polres Jakarta Selatan", None)),
    # a foreign country between the post and the name is where the post is
    ("Perdana Menteri Portugal Joao Pereira hadir di acara itu.", ("Joao Pereira", "Perdana Menteri", "Portugal", None)),
    # ... and so is it after a national body: that country's body, and the country no part of the name
    ("Ketua DPR AS Robert Miller mengatakan pemungutan suara digelar pekan depan.",
     ("Robert Miller", "Ketua", "Dewan Perwakilan Rakyat Amerika Serikat", None)),
    ("Di antaranya Sekretaris Utama BKN Budi Santoso.", ("Budi Santoso", "Sekretaris Utama", "Badan Kepegawaian Negara", None)),
])
def test_ranks_in_words_police_bodies_and_foreign_posts(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == {expected}


@pytest.mark.parametrize("text", [
    "“ Tentunya , Kajari ( Kepala Kejaksaan Negeri ) ikut diperiksa pekan depan .",  # a quoted sentence opener
    "Rapat itu selesai Rabu ( 30 / 11 ) Karenanya , mantan Menteri Keuangan itu meminta maaf .",  # a word with -nya
    "Juru bicara Kementerian Dalam Negeri India membantah kabar tersebut.",  # a country, not a name
    "Sekretaris Umum dan Deputi dipilih dalam rapat anggota.",  # a post of its own, not "Sekretaris Umum" the person
])
def test_words_that_are_no_holders(nlp, text):
    assert _tagged_facts(nlp, text).holds == []


@pytest.mark.parametrize("text,expected", [
    # ministries of earlier cabinets, written out, with a short form inside, or as the minister's short form
    ("Menteri Pendidikan dan Kebudayaan Rahmat Sujatmiko meninjau sekolah.",
     ("Rahmat Sujatmiko", "Menteri Pendidikan dan Kebudayaan", "Kementerian Pendidikan dan Kebudayaan", None)),
    ("Menteri Hukum dan HAM Darmawan Siregar meresmikan kantor imigrasi.",
     ("Darmawan Siregar", "Menteri Hukum dan Hak Asasi Manusia", "Kementerian Hukum dan Hak Asasi Manusia", None)),
    ("Menteri PUPR Bambang Prasetyo menyerahkan rumah bantuan.",
     ("Bambang Prasetyo", "Menteri Pekerjaan Umum dan Perumahan Rakyat",
      "Kementerian Pekerjaan Umum dan Perumahan Rakyat", None)),
    ("Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi Eko Santoso membuka pelatihan.",
     ("Eko Santoso", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
      "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", None)),
    ("Mendikbud Rahmat Sujatmiko mengatakan sekolah dibuka kembali.",
     ("Rahmat Sujatmiko", "Menteri Pendidikan dan Kebudayaan", "Kementerian Pendidikan dan Kebudayaan", None)),
    # coordinating ministers, with or without "Bidang"
    ("Menko Polhukam Wirawan Hadisaputro menggelar rapat koordinasi.",
     ("Wirawan Hadisaputro", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
      "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", None)),
    ("Menteri Koordinator Perekonomian Budi Santoso meninjau harga beras.",
     ("Budi Santoso", "Menteri Koordinator Bidang Perekonomian", "Kementerian Koordinator Bidang Perekonomian", None)),
    # current ministers' and deputies' short forms
    ("Menlu Sari Wulandari bertemu para duta besar.",
     ("Sari Wulandari", "Menteri Luar Negeri", "Kementerian Luar Negeri", None)),
    ("Wamenkes Joko Hartono mengunjungi RSUD Jember.",
     ("Joko Hartono", "Wakil Menteri Kesehatan", "Kementerian Kesehatan", None)),
    # "RI" and a bracketed short form between the post and the holder
    ("Menteri Kebudayaan RI (Menbud), Fadli Rahman dalam sambutannya menegaskan hal itu.",
     ("Fadli Rahman", "Menteri Kebudayaan", "Kementerian Kebudayaan", None)),
    # a tagged one-word name before a comma is the holder, whatever capitalised words follow the comma
    ("Menurut Menlu Sari, Deklarasi Jakarta Bersatu itu penting bagi kawasan.",
     ("Sari", "Menteri Luar Negeri", "Kementerian Luar Negeri", None)),
])
def test_ministers_of_every_cabinet(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == {expected}


def test_a_foreign_ministers_short_title_is_not_the_indonesian_post(nlp):
    text = "Menteri Pertahanan Latvia Karlis Ozols tiba di Jakarta. Menhan Ozols mengatakan kerja sama itu penting."
    assert holds_set(_tagged_facts(nlp, text)) == {("Karlis Ozols", "Menteri Pertahanan", "Latvia", None)}


def test_the_place_a_sentence_opens_with_is_no_holder(nlp):
    text = "Saat dihubungi dari Purwokerto, Kepala Seksi Observasi mengatakan hujan turun sejak pagi."
    assert all(h.person != "Purwokerto" for h in _tagged_facts(nlp, text).holds)


@pytest.mark.parametrize("text", [
    "Rombongan disambut utusan khusus Perdana Menteri Jepang Kenji Watanabe.",  # nor "Menteri Jepang" inside it
    "Berkas itu dikirim lewat Sekretariat Presiden, Budi Santoso menjelaskan.",
    "Staf Ahli Mendikbud bidang Regulasi, Rina Kartika, menjelaskan aturan itu.",  # the minister's adviser
])
def test_those_who_serve_a_post_do_not_hold_it(nlp, text):
    # (posts that serve another post by name, "Staf Khusus Presiden", are held as such: tests/test_retinue_posts.py)
    assert _tagged_facts(nlp, text).holds == []


def test_a_deputy_prime_minister(nlp):
    assert holds_set(_tagged_facts(nlp, "Wakil Perdana Menteri Australia Thomas Hayes tiba di Jakarta.")) == \
        {("Thomas Hayes", "Wakil Perdana Menteri", "Australia", None)}


@pytest.mark.parametrize("text,expected", [
    # a board's field, before or after the body, is part of the post and never the holder's name
    ("Ketua Bidang Humas DPP PKS Rina Marlina mengatakan kader akan hadir.",
     ("Rina Marlina", "Ketua Bidang Hubungan Masyarakat", "DPP Partai Keadilan Sejahtera", None)),
    ("Ketua DPP PKS Bidang Polhukam Andi Muzakir mengatakan hal itu.",
     ("Andi Muzakir", "Ketua Bidang Polhukam", "DPP Partai Keadilan Sejahtera", None)),
    ("Ketua MUI Bidang Fatwa Prof KH Ahmad Fauzan menyebut fatwa itu penting.",
     ("Ahmad Fauzan", "Ketua Bidang Fatwa", "MUI", None)),
    ("Wakil Ketua Umum Bidang Keuangan, Investasi, dan Pengembangan Bisnis Kadin, Rudi Hartono, hadir.",
     ("Rudi Hartono", "Wakil Ketua Umum Bidang Keuangan, Investasi, dan Pengembangan Bisnis",
      "Kamar Dagang dan Industri", None)),
    # a field's last word before a tagged holder named before his post
    ("Usulan itu datang dari politikus PDI - Perjuangan Damayanti Lestari, yang kini menjabat sebagai Wakil Ketua DPRD "
     "Jember.", ("Damayanti Lestari", "Wakil Ketua", "DPRD Kabupaten Jember", None)),
])
def test_a_boards_field_is_part_of_the_post(nlp, text, expected):
    assert expected in holds_set(_tagged_facts(nlp, text))


@pytest.mark.parametrize("text", [
    "Ketua Koordinator Bidang Kepartaian DPP Golkar belum ditunjuk.",
    "Hal itu disampaikan anggota Komisi IX bidang Tenaga Kerja, Transmigrasi, Kependudukan, dan Kesehatan kemarin.",
])
def test_field_words_are_no_names(nlp, text):
    assert all(not {"Bidang", "Koordinator", "Transmigrasi"} & set(h.person.split()) for h in _tagged_facts(nlp, text).holds)


@pytest.mark.parametrize("text,expected", [
    # a word that closes an organisation's name ends the body; the name after it is the holder
    ("Menurut Wakil Ketua Setara Institute Andi Wijaya, hakim harus bebas dari tekanan.",
     ("Andi Wijaya", "Wakil Ketua", "Setara Institute", None)),
    ("Ketua Jember Corruption Watch Budi Santoso hadir dalam sidang itu.",
     ("Budi Santoso", "Ketua", "Jember Corruption Watch", None)),
])
def test_a_word_that_closes_an_organisations_name_ends_the_body(nlp, text, expected):
    assert expected in holds_set(_tagged_facts(nlp, text))


@pytest.mark.parametrize("sentence,directive", [
    ("Ia menilai ada pihak yang mendorong warga memilih calon tertentu.", False),
    ("Ia menilai hakim ditekan massa yang mendorong agar terdakwa dihukum.", False),
    ("Ia mendorong seluruh camat menjaga netralitas ASN.", True),  # the verb on its own still urges
])
def test_a_view_of_what_others_urge_is_no_directive(sentence, directive):
    assert bool(facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives) == directive


@pytest.mark.parametrize("text,expected", [
    # a section head's org is the Dinas, Badan or Kecamatan named after his section (GUIDELINE)
    ("Kepala Seksi Jalan dan Jembatan Dinas Bina Marga Kabupaten Jember Rina Kartika hadir.",
     ("Rina Kartika", "Kepala Seksi Jalan dan Jembatan", "Dinas Bina Marga Kabupaten Jember", None)),
    ("Kepala Bidang Peternakan Dinas Pertanian (Distan) DIY Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Bidang Peternakan", "Dinas Pertanian Provinsi Daerah Istimewa Yogyakarta", None)),
    ("Kepala Seksi Pemerintahan Kecamatan Sumbersari Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Seksi Pemerintahan", "Kecamatan Sumbersari", None)),
    ("Kasie Jalan dan Jembatan, Sudin Bina Marga, Jakarta Utara, Budi Santoso mengakui hal itu.",
     ("Budi Santoso", "Kepala Seksi Jalan dan Jembatan", "Suku Dinas Bina Marga Kota Administrasi Jakarta Utara", None)),
    # a known regional body keeps its region after its bracketed short form
    ("Kepala Bidang Kedaruratan dan Logistik Badan Penanggulangan Bencana Daerah (BPBD) Jember Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Bidang Kedaruratan dan Logistik", "Badan Penanggulangan Bencana Daerah Kabupaten Jember",
      None)),
    # Jakarta's Suku Dinas heads, and a Kepala Bagian in the Setda, belong to the jurisdiction
    ("Kepala Sudin Bina Marga Jakarta Utara Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Suku Dinas Bina Marga", "Kota Administrasi Jakarta Utara", None)),
    ("Kabag Hukum Setda Jember Budi Santoso hadir.", ("Budi Santoso", "Kepala Bagian Hukum", "Kabupaten Jember", None)),
])
def test_a_section_head_sits_in_the_body_named_after_his_section(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == {expected}


def test_an_instruction_to_a_directorate_general_is_owned_by_its_content():
    """"Ditjen" begins with "di" but is no passive verb: "instruksi kepada Ditjen X agar ..." gives its content."""
    f = facts_of('Menteri Perhubungan Budi Santoso hadir. "Kami telah memberikan instruksi kepada Ditjen Perhubungan '
                 'Udara agar alat ini segera dipasang," imbuhnya.')
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kementerian Perhubungan", "Budi Santoso")]


@pytest.mark.parametrize("sentence,directive", [
    # "ingin" before a verb of appeal does what it says; before an aim it is a plan
    ("Namun, dirinya ingin mengingatkan kepada kepala kantor wilayah untuk menjaga ujian ini tetap jujur.", True),
    ('"Saya ingin mengajak seluruh warga menjaga kebersihan," katanya.', True),
    ("Ia akan mengingatkan kepala kantor wilayah untuk menjaga ujian ini tetap jujur.", False),
    ("Ia ingin mendorong pertumbuhan ekonomi.", False),
])
def test_a_wish_to_remind_is_a_reminder_but_a_plan_is_not(sentence, directive):
    f = facts_of("Menteri Hukum dan HAM Budi Santoso hadir. " + sentence)
    assert [(d.issuer, d.speaker) for d in f.directives] == (
        [("Kementerian Hukum dan Hak Asasi Manusia", "Budi Santoso")] if directive else [])


@pytest.mark.parametrize("text", [
    # the one asked is never the one asking
    'Sekretaris Kabinet Rudi Hartono hadir. "Hari ini saya minta kesediaan Pak Rudi menjadi anggota dewan etik," '
    'katanya.',
    "Gubernur Papua Yohanes Kogoya absen. Yohanes akan kembali diminta hadir pada Senin pekan depan.",
])
def test_the_person_asked_is_not_the_speaker(text):
    assert facts_of(text).directives == []


def test_a_short_name_shared_by_two_full_names_goes_to_the_one_it_begins():
    assert link_short("Hendra", ["Hendra Wijaya", "Rudi Santoso Hendra"]) == "Hendra Wijaya"
    assert link_short("Budi", ["Arief Budi Santoso", "Joko Budi Utomo"]) is None  # neither begins with it
    assert link_short("Budi", ["Budi Santoso", "Budi Utomo"]) is None  # both do
    f = facts_of("Presiden Hendra Wijaya memimpin sidang kabinet. Kapolri Jenderal Rudi Santoso Hendra hadir. "
                 "Hendra meminta para jaksa serius menangani setiap perkara suap.")
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Republik Indonesia", "Hendra Wijaya")]


@pytest.mark.parametrize("sentence,cue", [
    # more ways of ordering, urging and appealing
    ("Ia mendesak pemerintah mengkaji ulang penggunaan dana itu.", "mendesak"),
    ("Ia memberi himbauan kepada masyarakat untuk segera memperpanjang izin toko.", "himbauan"),
    ('"Kepada masyarakat diimbau agar tetap tenang," katanya.', "diimbau"),
    ("Sejak awal Pemkab Jember mewajibkan setiap sekolah memiliki kebun.", "mewajibkan"),
    ("Imbauan Bupati Budi mengimbau agar pemudik menghindari puncak arus mudik.", "mengimbau"),  # the verb says it
    # ... and what only looks like them
    ('"Kebutuhan mendesak warga saat ini adalah selimut," katanya.', None),
    ('"Hal itu sudah diperintahkan oleh Bapak Presiden," katanya.', None),  # the President's order, not his
    ("Ia menyebut Perber yang mewajibkan pemda memberi kemudahan izin diabaikan.", None),
    ("Menurut jaksa, terdakwa memberikan perintah kepada Dodi untuk menghapus data.", None),
    ("Ia mengatakan polisi akan menerbitkan surat perintah untuk menjemput saksi.", None),
    ("Warga mengaku terpaksa harus iuran untuk memperbaiki jembatan.", None),
])
def test_more_cues_and_their_look_alikes(sentence, cue):
    f = facts_of("Bupati Jember Budi Santoso hadir. " + sentence)
    assert [d.cue for d in f.directives] == ([cue] if cue else [])


def test_a_student_council_urges_no_government_directive():
    f = facts_of("Ketua Dewan Mahasiswa UIN Jember Budi Santoso hadir. Dia mendesak pemerintah segera mengesahkan UU "
                 "Hutan Adat.")
    assert f.directives == []


@pytest.mark.parametrize("text,expected", [
    # police sub-directorates, written out, in the Bareskrim
    ("Kasubdit I Dittipidsiber Bareskrim Polri, Kombes Dimas Pratama, hadir.",
     ("Dimas Pratama", "Kepala Subdirektorat I Direktorat Tindak Pidana Siber",
      "Badan Reserse Kriminal Kepolisian Negara Republik Indonesia", None)),
    ("Kepala Bareskrim Mabes Polri Komisaris Jenderal Bambang Suryadi hadir.",
     ("Bambang Suryadi", "Kepala", "Badan Reserse Kriminal Kepolisian Negara Republik Indonesia", None)),
    # a prosecutor named with his office
    ("Tuntutan dibacakan Jaksa Penuntut Umum (JPU) Kejari Ogan Komering Ilir (OKI) Yuliana.",
     ("Yuliana", "Jaksa Penuntut Umum", "Kejaksaan Negeri Ogan Komering Ilir", None)),
    # "Direktorat Jenderal" is no rank, and the holder follows the body after "pada" and a comma
    ("Sidang itu menghadirkan Kasubdit Bukti Permulaan Direktorat Penegakan Hukum pada Direktorat Jenderal Pajak, Hendra "
     "Saputra, sebagai saksi.", ("Hendra Saputra", "Kepala Subdirektorat Bukti Permulaan Direktorat Penegakan Hukum",
                                     "Direktorat Jenderal Pajak", None)),
    # a party board spelled out before its short form
    ("Ketua Dewan Pimpinan Wilayah (DPW) PPP Jateng, Ahmad Fauzi, hadir di Semarang, Jumat.",
     ("Ahmad Fauzi", "Ketua", "DPW Partai Persatuan Pembangunan Provinsi Jawa Tengah", None)),
])
def test_police_prosecution_and_party_offices(nlp, text, expected):
    assert holds_set(_tagged_facts(nlp, text)) == {expected}


@pytest.mark.parametrize("text", [
    "Dalam surat tuntutan jaksa penuntut umum KPK, Santo disebut menerima suap.",
    "Di depan majelis hakim yang dipimpin Wulan, JPU mendakwa mereka dengan pasal gratifikasi.",
])
def test_the_prosecution_named_as_a_function_has_no_holder(nlp, text):
    assert not [h for h in _tagged_facts(nlp, text).holds if h.role == "Jaksa Penuntut Umum"]


@pytest.mark.parametrize("sentence,directive", [
    # a denial, a question, a shared resolve and a forecast stressed are no instructions
    ('"Itu bukan berarti dia bilang dilarang, bukan begitu," katanya.', False),
    ("Ia bertanya apakah seluruh biaya guru harus ditanggung APBN.", False),
    ('"Kita tidak boleh menyerah pada cuaca," katanya.', False),
    ("Ia menekankan semua gaji guru akan naik tahun depan.", False),
    # ... while "in any case" and a denial that goes on to an appeal stay directives
    ("Ia menambahkan, setiap warga bagaimana pun harus menghormati aturan yang ada.", True),
    ('"Ada aturan yang harus ditaati, bukan tidak boleh berpendapat, tolong dijaga dengan sungguh-sungguh," katanya.', True),
])
def test_denials_questions_and_forecasts_are_no_directives(sentence, directive):
    f = facts_of("Bupati Jember Budi Santoso hadir. " + sentence)
    assert bool(f.directives) == directive


def test_the_post_asked_is_not_the_speaker():
    f = facts_of('Menteri Keuangan Budi Santoso hadir. "Kami bahkan minta ke Pak Menteri Keuangan untuk menambah '
                 'anggaran," katanya.')
    assert [d for d in f.directives if d.speaker == "Budi Santoso"] == []
    g = facts_of('Menteri Keuangan Budi Santoso hadir. "Kami minta Pemda untuk menambah anggaran," katanya.')
    assert [(d.issuer, d.speaker) for d in g.directives] == [("Kementerian Keuangan", "Budi Santoso")]


def test_an_embassy_asks_as_a_body():
    f = facts_of("Menteri Luar Negeri Budi Santoso hadir. KBRI juga telah meminta para pelajar di sana untuk tidak "
                 "keluar rumah.")
    assert ("Kedutaan Besar Republik Indonesia", None) in [(d.issuer, d.speaker) for d in f.directives]


@pytest.mark.parametrize("sentence", [
    # a promise, what someone was driven to, an order someone else proposes, what a group asked
    '"Kami janji dua pekan lagi harus ada kepastian," katanya.',
    '"Terpaksa murid di satu kelas harus belajar bergantian," ujarnya.',
    "Warga menyarankan Bupati Budi menerbitkan surat edaran kepada camat untuk menertibkan papan nama.",
    "Menurut Budi, mereka (PT Maju Jaya) meminta agar tanahnya masuk rencana tata ruang.",
])
def test_promises_proposals_and_what_others_asked_are_no_directives(sentence):
    assert facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives == []


@pytest.mark.parametrize("sentence", [
    # asking for oneself, "need not", a question about an order, a sanction not (yet) given
    "Ia meminta keterangan sejumlah saksi di lokasi kejadian.",
    "Ia meminta izin kepada Gubernur untuk menunda rapat.",
    "Budi pernah meminta data tersebut dari biro perjalanan itu.",
    '"Jadwal piket itu tidak harus terpaku pada hari kerja," ujarnya.',
    # what is still to be done
    "Menurut Budi, petugas masih harus memeriksa sejumlah saksi untuk menindaklanjuti laporan itu.",
    # how things must be, nobody addressed
    '"Kalau airnya mau bersih, berarti di situ harus ada infrastruktur," ujarnya.',
    # a party to a case asks the court; a sanction not decided yet
    '"Dalam berkas keberatan, pemohon meminta pengembalian aset yang dirampas negara," ungkap Budi.',
    "Sanksi nanti akan ditetapkan oleh rektor atas rekomendasi tim pemeriksa.",
    "Ia menegaskan, keputusan akhir mengenai sanksi masih menunggu hasil pemeriksaan.",
    "Ia belum tahu siapa yang menugaskan kapal itu untuk berlayar.",
    "Ia mengatakan pihaknya belum akan memberikan sanksi kepada kepala sekolah itu.",
    # the taxpayer ("wajib pajaknya"), a noun
    '"Ya, mereka bicara dengan itu, dengan wajib pajaknya," ujarnya.',
    # "agar jangan" as a purpose, and what others must bear, pitied
    '"Ada yang berjaga di depan agar jangan sampai ketahuan warga," ujarnya.',
    '"Kasihan warga harus antre sampai malam di kantor kecamatan," ujarnya.',
    # what the speaker may not do himself; a fact recalled with "jangan lupa kalau"; asking access for oneself
    '"Mohon maaf, saya tidak boleh membuka sekarang siapa calonnya," kata Budi.',
    '"Jangan lupa kalau Jember kabupaten yang paling luas," kata Budi.',
    "Ia mengirim surat ke dinas itu untuk meminta akses ke arsip lama.",
    # a mandatory scheme named ("penerapan wajib sertifikasi"), nobody told
    "Budi menyoroti label produk, terutama menjelang penerapan wajib label gizi tahun depan.",
    # "mari saya ingatkan": "let me", the speaker's own act
    '"Soal itu, mari saya jelaskan dulu duduk perkaranya," kata Budi.',
    # "saya minta terus," closes what was asked before it; what follows is news, not the request
    '"Harga pupuk sudah kita turunkan, dan saya minta terus, Kepala Dinas tidak hadir karena sedang di Surabaya," '
    'kata Budi.',
])
def test_asking_for_oneself_need_not_and_questions_are_no_directives(sentence):
    assert facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives == []


def test_a_first_person_between_a_named_official_and_the_cue_keeps_the_quotes_speaker():
    f = facts_of('Menteri Dalam Negeri Budi Santoso hadir di Solo. "Pak Bupati Jember Andi Wijaya terbuka pada saran, '
                 'dan saya juga terbuka, tetapi jangan menyebar fitnah," kata Budi.')
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kementerian Dalam Negeri", "Budi Santoso")]


def test_agar_jangan_after_a_message_stays_the_message():
    f = facts_of("Bupati Jember Budi Santoso hadir. Ia berpesan kepada wakilnya agar jangan sampai terjadi keributan "
                 "di pasar.")
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kabupaten Jember", "Budi Santoso")]
    assert "jangan sampai terjadi keributan" in f.directives[0].text


def test_a_view_reported_with_menurut_stays_a_directive_as_the_gold_counts_it():
    f = facts_of("Gubernur Banten Budi Santoso hadir. Menurut Budi, kabupaten yang kaya harus membantu kabupaten "
                 "yang miskin.")
    assert [d.issuer for d in f.directives] == ["Provinsi Banten"]


@pytest.mark.parametrize("sentence", [
    # asking for approval or money, a fact stressed, a promise stressed
    "Lalu minta persetujuan kita semua dulu.",
    "Ia menegaskan semua kegiatan itu merupakan bentuk kepedulian pemkab.",
    "Ia menegaskan komitmennya agar harga pupuk terus dapat ditekan.",
])
def test_approval_asked_and_facts_or_promises_stressed_are_no_directives(sentence):
    assert facts_of("Bupati Jember Budi Santoso hadir. " + sentence).directives == []


@pytest.mark.parametrize("text,fact", [
    ("Ketum PAN Budi Santoso hadir di Istana.", ("Budi Santoso", "Ketua Umum", "Partai Amanat Nasional", None)),
    ("Waketum Gerindra Budi Santoso hadir di Istana.", ("Budi Santoso", "Wakil Ketua Umum", "Partai Gerindra", None)),
])
def test_party_chairs_short_forms(text, fact):
    assert fact in holds_set(facts_of(text))


@pytest.mark.parametrize("title,per,body,holders", [
    # the body never writes the headline's one-word "name": it was the headline's verb (as the retrained tagger reads it)
    ("Wamendagri Ingatkan Pentingnya Disiplin Pegawai", "Ingatkan",
     "Wakil Menteri Dalam Negeri mengingatkan pentingnya disiplin bagi pegawai.", []),
    # the body writes it, in the full name: the holder stays, as the body names him
    ("Wamendagri Bima Ingatkan Pentingnya Disiplin Pegawai", "Bima",
     "Wakil Menteri Dalam Negeri Bima Wiratama mengingatkan pentingnya disiplin.", ["Bima Wiratama"]),
])
def test_a_headlines_one_word_name_the_body_never_writes_is_no_holder(title, per, body, holders):
    from simpul.extract.records import Article

    art = Article(id="t", title=title, text=title + "\n\n" + body)
    assert sorted({h.person for h in facts_tagged(art, ((per, "PER"),)).holds}) == holders


@pytest.mark.parametrize("text,tags,expected", [
    # the tagger closed the section's organisation with the regency and left the person alone
    ("Kepala Seksi Pendidikan Madrasah Kemenag Garut Budi Santoso membenarkan hal itu.",
     (("Seksi Pendidikan Madrasah Kemenag Garut", "ORG"), ("Budi Santoso", "PER")),
     ("Budi Santoso", "Kepala Seksi Pendidikan Madrasah", "Kantor Kementerian Agama Kabupaten Garut", None)),
    # a body the tagger marked, then the place of its branch, then the person after a comma
    ("Ketua Komnas PA Surabaya, Budi Santoso mengatakan kasus itu masih ditangani.",
     (("Komnas PA", "ORG"), ("Surabaya", "LOC"), ("Budi Santoso", "PER")),
     ("Budi Santoso", "Ketua", "Komnas PA Surabaya", None)),
    # two untagged words between the tagger's organisation and its person end the organisation's name
    ("Hadir pula Wakil Kepala Badan Penyelenggara Jaminan Produk Halal Budi Santoso.",
     (("Badan Penyelenggara Jaminan", "ORG"), ("Budi Santoso", "PER")),
     ("Budi Santoso", "Wakil Kepala", "Badan Penyelenggara Jaminan Produk Halal", None)),
    # a numbered area after the body is the unit's ("Wilayah V"), not the body's
    ('"Data itu berbeda," kata Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah V Budi Santoso di gedung KPK.',
     (("KPK", "ORG"), ("Budi Santoso", "PER")),
     ("Budi Santoso", "Kepala Satuan Tugas Koordinasi dan Supervisi Wilayah V", "Komisi Pemberantasan Korupsi", None)),
    # the tagger took party and person into one organisation
    ("Usulan itu datang dari politikus PDI - Perjuangan Damayanti Lestari, yang kini menjabat sebagai Wakil Ketua DPRD "
     "Jember.", (("PDI - Perjuangan Damayanti Lestari", "ORG"), ("DPRD", "ORG"), ("Jember", "LOC")),
     ("Damayanti Lestari", "Wakil Ketua", "DPRD Kabupaten Jember", None)),
])
def test_words_between_a_post_and_a_name_the_tagger_drew_the_spans_of_wrongly(text, tags, expected):
    assert holds_set(facts_tagged(text, tags)) == {expected}


def test_a_foundation_left_untagged_is_no_holder():
    # the tagger's organisations as it marks them in such a sentence; the foundation's name it leaves untagged
    f = facts_tagged("Direktur Direktorat Sistem Akademik (DSA) Yayasan Perguruan 10 November (YPSN) Malang ini "
                     "menyebut kampus harus terbuka.",
                     (("Direktorat Sistem Akademik", "ORG"), ("DSA", "ORG"), ("YPSN", "ORG"), ("Malang", "LOC")))
    assert [h.person for h in f.holds] == []


def test_a_military_command_named_in_two_words_before_the_rank():
    f = facts_of("Komandan Korem 042/Garuda Putih Kolonel Inf Budi Santoso menginstruksikan Satgas Karhutla untuk "
                 "menindak tegas pembakar lahan.")
    assert ("Budi Santoso", "Komandan Resor Militer", "Korem 042/Garuda Putih", None) in holds_set(f)
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Korem 042/Garuda Putih", "Budi Santoso")]


def test_the_police_as_subject_is_the_police_office_the_article_names():
    f = facts_of("Kapolres Bangka Barat AKBP Budi Santoso memimpin pencarian. Polisi mengimbau masyarakat segera "
                 "melapor jika melihat kedua buronan itu.")
    assert ("Polres Bangka Barat", None) in [(d.issuer, d.speaker) for d in f.directives]
    g = facts_of("Kapolres Bangka Barat AKBP Budi Santoso dan Kapolres Bangka AKBP Rudi Hartono hadir. Polisi "
                 "mengimbau masyarakat segera melapor.")
    assert [d for d in g.directives if d.speaker is None] == []  # two offices: which one is not certain


def test_a_country_after_a_national_post_is_its_org(nlp):
    art = article_from_text("Jaksa Agung Spanyol Alvaro Ruiz Moreno menerima laporan itu.", "t")
    assert ("Alvaro Ruiz Moreno", "Jaksa Agung", "Spanyol", None) in holds_set(extract_facts(nlp.process(art)))


@pytest.mark.parametrize("text,fact", [
    # the tagger's person takes the unit word before the rank; the unit is the post's, the person starts after the rank
    ("Kanit Tipidter Iptu Budi Santoso memimpin patroli itu.", ("Budi Santoso", "Kepala Unit Tipidter")),
    ("Kasat Polairud AKP Budi Santoso memimpin pencarian.", ("Budi Santoso", "Kepala Satuan Polairud")),
])
def test_a_unit_word_the_tagger_puts_in_the_person(nlp, text, fact):
    art = article_from_text(text, "t")
    assert fact in {(h.person, h.role) for h in extract_facts(nlp.process(art)).holds}


@pytest.mark.parametrize("text", [
    "Tim itu dipimpin Kepala Kantor Staf Presiden (KSP) Budi Santoso.",
    "Tim itu dipimpin Kepala KSP Budi Santoso.",
])
def test_the_presidential_staff_office_is_a_known_body(text):
    assert holds_set(facts_of(text)) == {("Budi Santoso", "Kepala", "Kantor Staf Presiden", None)}


@pytest.mark.parametrize("text,holds", [
    # an untagged run that "Indonesia" closes is a body's name, and the holder follows it
    ("Ketua Umum Lumbung Tani Indonesia, Budi Santoso, hadir di sana.",
     {("Budi Santoso", "Ketua Umum", "Lumbung Tani Indonesia", None)}),
    # ... or is not named at all
    ("Ia juga Direktur Eksekutif LPSI dan Ketua Umum Lumbung Tani Indonesia.", set()),
    # an untagged run before "&" is a unit's name ("Presiden Riset & Inovasi"), not the holder
    ("Rombongan dipimpin Presiden Dukungan Dagang & Misi Arka Group dari Uni Emirat Arab.", set()),
    # ... and so is one a number closes
    ("Ketua Umum Relawan Angkatan 98 yang juga juru bicara ormas itu menolak hadir.", set()),
    # a board of an association is no person ("Pengurus Pusat", "Pengurus Harian")
    ("Hal itu disampaikan Ketua Pengurus Harian dalam rapat kemarin.", set()),
])
def test_an_untagged_run_naming_a_body_or_unit_is_no_holder(text, holds):
    assert holds_set(facts_of(text)) == holds


@pytest.mark.parametrize("text,person,holds", [
    # an untagged association ends at the honorific before its head's name
    ("Ketua Forum Warga Tani Hj. Siti Aminah hadir.", "Siti Aminah",
     {("Siti Aminah", "Ketua", "Forum Warga Tani", None)}),
    # a field list joined by "&" runs on to the body and the holder
    ("Wakil Ketua Umum Bidang Hukum, Organisasi, Kaderisasi & Hubungan Antarlembaga Asosiasi Travel Nusantara "
     "H. M. Rudi Hartono membuka acara itu.", "M. Rudi Hartono",
     {("M Rudi Hartono", "Wakil Ketua Umum Bidang Hukum, Organisasi, Kaderisasi & Hubungan Antarlembaga",
       "Asosiasi Travel Nusantara", None)}),
])
def test_an_association_and_a_field_list_before_the_holder(text, person, holds):
    assert holds_set(facts_tagged(text, [(person, "PER")])) == holds


@pytest.mark.parametrize("text,tags,holds", [
    # a description ending "... dan X Y" between the person and the post: the holder is the tagged name before it
    ("Diskusi itu menghadirkan Rudi Hartono, Pengamat Hukum dan Tata Negara, Mantan Ketua KPPU.",
     [("Rudi Hartono", "PER")], {("Rudi Hartono", "Ketua", "Komisi Pengawas Persaingan Usaha", "mantan")}),
    # ... and with no tagged name before it, nobody
    ("Diskusi itu menghadirkan pengamat hukum, Tata Negara dan Pemilu Daerah, Mantan Ketua KPPU.", [], set()),
])
def test_a_description_between_person_and_post(text, tags, holds):
    assert holds_set(facts_tagged(text, tags)) == holds


@pytest.mark.parametrize("text,tags,holds", [
    # a chamber head of the Supreme Court, with its "MA" (not a body of its own: also a Madrasah Aliyah)
    ("Hal itu dikatakan Ketua Muda Pengawasan MA Budi Santoso di Jakarta.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua Muda Pengawasan", "Mahkamah Agung", None)}),
    # a post inside a place's name is nobody's post
    ("Uang ditemukan di Wisma Dirjen Anggaran, Kemayoran, Jakarta Pusat.",
     [("Wisma Dirjen Anggaran", "LOC"), ("Kemayoran", "LOC"), ("Jakarta Pusat", "LOC")], set()),
    # an untagged team's name is no person ("Tim Ahli", "Satgas Pangan")
    ("Juru Bicara Tim Ahli Kajian Muria mengatakan tenggat itu berlaku.", [("Kajian Muria", "ORG")], set()),
    ("Ketua Tim Teknis Lelang mengatakan jadwal digeser.", [], set()),
    # the tagger's person right after "Bidang" and before a comma and another person is the field
    ("Hal ini disampaikan oleh Ketua Bidang Fatwa Syariah, Budi Santoso.",
     [("Fatwa Syariah", "PER"), ("Budi Santoso", "PER")], {("Budi Santoso", "Ketua Bidang Fatwa Syariah", None, None)}),
])
def test_court_chambers_places_teams_and_fields(text, tags, holds):
    assert holds_set(facts_tagged(text, tags)) == holds


@pytest.mark.parametrize("text,holds", [
    # "Menko" with the coordinating ministry's field written out, "Bidang" or not, "HAM" short
    ("Menko Bidang Pangan Budi Santoso hadir.",
     {("Budi Santoso", "Menteri Koordinator Bidang Pangan", "Kementerian Koordinator Bidang Pangan", None)}),
    ("Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan, Budi Santoso, hadir.",
     {("Budi Santoso", "Menteri Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan",
       "Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan", None)}),
    # the short form in brackets inside the title
    ("Menteri Koordinator (Menko) Perekonomian Budi Santoso membuka rapat itu.",
     {("Budi Santoso", "Menteri Koordinator Bidang Perekonomian", "Kementerian Koordinator Bidang Perekonomian", None)}),
])
def test_coordinating_ministers(text, holds):
    assert holds_set(facts_of(text)) == holds


def test_a_bare_menko_is_the_full_post_of_the_same_person_or_of_no_known_ministry():
    text = 'Menko Perekonomian Budi Santoso hadir. "Arahan Pak Menko (Budi Santoso) jelas," kata Andi.'
    art = article_from_text(text, "t")
    sents = split_sentences(art.text)
    for sent in sents:  # the tagger's person at every mention
        at = art.text.find("Budi Santoso", sent.start, sent.end)
        sent.entities.append(Entity("Budi Santoso", "PER", at, at + len("Budi Santoso")))
    tagged = extract_facts(Doc(art, sents))
    assert holds_set(tagged) == {("Budi Santoso", "Menteri Koordinator Bidang Perekonomian",
                                  "Kementerian Koordinator Bidang Perekonomian", None)}
    alone = facts_tagged('"Dia berani memutuskan sesuatu," ujar Menko Budi.', [("Budi", "PER")])
    assert {(h.role, h.org) for h in alone.holds} <= {("Menteri Koordinator", None)}


@pytest.mark.parametrize("text,tags,holds", [
    # the post as it was then ("saat itu", "kala itu", "sebelumnya"), its holder named after it: a former post
    ("Masalah itu berawal dari usulan Bupati Jember saat itu, Budi Santoso, soal lahan.",
     [("Budi Santoso", "PER")], {("Budi Santoso", "Bupati", "Kabupaten Jember", "mantan")}),
    ("Kota itu diresmikan Presiden RI kala itu, Budi Santoso (Budi).", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Presiden", "Republik Indonesia", "mantan")}),
    ("Angka itu dihitung Menteri Keuangan sebelumnya yakni Sri Lestari tahun lalu.", [("Sri Lestari", "PER")],
     {("Sri Lestari", "Menteri Keuangan", "Kementerian Keuangan", "mantan")}),
    # "yaitu" before the holder
    ("Pemkot menunjuk Kasi Datun, yaitu Pak Bambang, sebagai pendamping.", [("Bambang", "PER")],
     {("Bambang", "Kepala Seksi Perdata dan Tata Usaha Negara", None, None)}),
    # a madrasah written in capitals
    ("Kepala MTSN 2 Jember Budi Santoso membuka lomba itu.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Kepala Sekolah", "MTSN 2 Jember", None)}),
    # the subject of "adalah" holds the post; a sentence opener is no part of the name
    ("Diketahui Sutrisno adalah Kadis PUPR Jatim sebelum Andi Wijaya.", [("Sutrisno", "PER"), ("Andi Wijaya", "PER")],
     {("Sutrisno", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Provinsi Jawa Timur", None)}),
    # ... but not the agent of a passive before it; "(Purn.)" after a rank, which ends no sentence
    ("Pejabat yang dilantik Budi adalah mantan Panglima TNI Jenderal TNI (Purn.) Andi Wijaya.",
     [("Budi", "PER"), ("Andi Wijaya", "PER")],
     {("Andi Wijaya", "Panglima Tentara Nasional Indonesia", "Tentara Nasional Indonesia", "mantan")}),
])
def test_then_namely_copula_and_retired_ranks(text, tags, holds):
    assert holds_set(facts_tagged(text, tags)) == holds


@pytest.mark.parametrize("text", [
    "Ia menyoroti peran Kepala - Kepala Dinas Budi Santoso dan kawan-kawan.",
    "Para Bupati - Bupati Jember Budi Santoso hadir.",
])
def test_a_reduplicated_title_is_a_plural_and_nobodys_post(text):
    assert holds_set(facts_tagged(text, [("Budi Santoso", "PER")])) == set()


@pytest.mark.parametrize("text,tags,holds", [
    # the holder's place in the line after "RI", in words, or spaced as some sources write it
    ("Acara itu dihadiri Presiden RI ke-5 Sri Lestari.", [("Sri Lestari", "PER")],
     {("Sri Lestari", "Presiden", "Republik Indonesia", None)}),
    ("Acara itu dihadiri Presiden RI ke - 5 Sri Lestari.", [("Sri Lestari", "PER")],
     {("Sri Lestari", "Presiden", "Republik Indonesia", None)}),
    ("Acara itu tidak dihadiri Presiden keenam Sri Lestari.", [("Sri Lestari", "PER")],
     {("Sri Lestari", "Presiden", "Republik Indonesia", None)}),
    ("Di masa pemerintahan Presiden RI ke-7 Budi Santoso, jalan itu dibangun.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Presiden", "Republik Indonesia", "mantan")}),
    # "Indonesia" after a national post, like "RI"
    ("Tamu itu disambut Menteri Pertahanan Indonesia Budi Santoso.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Menteri Pertahanan", "Kementerian Pertahanan", None)}),
    # a suspended holder ("nonaktif") still holds the post; "saat ini"; "(yang) bernama"
    ("Vonis terhadap Gubernur DKI Jakarta nonaktif Budi Santoso dibacakan.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Gubernur", "Provinsi DKI Jakarta", None)}),
    ("Vonis terhadap Gubernur non aktif DKI Jakarta Budi Santoso dibacakan.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Gubernur", "Provinsi DKI Jakarta", None)}),
    ("Warga menyambut Wali Kota Surabaya saat ini, Sri Lestari, di balai kota.", [("Sri Lestari", "PER")],
     {("Sri Lestari", "Wali Kota", "Kota Surabaya", None)}),
    ("Penyidik memeriksa Dirut PT Maju Tani bernama Wahyudi kemarin.", [("Wahyudi", "PER")],
     {("Wahyudi", "Direktur Utama", "PT Maju Tani", None)}),
    # the earlier name of the presidential staff office; the OJK board's short form
    ("Rapat dihadiri Kepala Kantor Staf Kepresidenan Budi Santoso.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Kepala", "Kantor Staf Presiden", None)}),
    ("Dia menilai Ketua DK OJK Budi Santoso belum bertindak.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua Dewan Komisioner", "Otoritas Jasa Keuangan", None)}),
    # a relative named after the holder's post is not its holder
    ("Hadir pula putri Presiden ke - 2 RI Suharso, Sri Lestari.", [("Suharso", "PER"), ("Sri Lestari", "PER")],
     {("Suharso", "Presiden", "Republik Indonesia", None)}),
])
def test_ordinals_suspended_current_and_relatives(text, tags, holds):
    assert holds_set(facts_tagged(text, tags)) == holds


def _tagged_everywhere(text: str, persons: list[str]):
    """Facts of ``text`` with every occurrence of each name marked PER, as the tagger marks them."""
    art = article_from_text(text, "t")
    sents = split_sentences(art.text)
    for sent in sents:
        for name in persons:
            at = art.text.find(name, sent.start, sent.end)
            while at != -1:
                if not any(e.start <= at < e.end for e in sent.entities):
                    sent.entities.append(Entity(name, "PER", at, at + len(name)))
                at = art.text.find(name, at + len(name), sent.end)
        sent.entities.sort(key=lambda e: e.start)
    return extract_facts(Doc(art, sents))


def test_a_nickname_in_brackets_is_the_same_person():
    f = _tagged_everywhere("Menteri Sosial Budi Santoso (Kang Ujang) membuka acara itu. Kang Ujang juga "
                           "mengimbau warga untuk menyimpan kartu bantuan dengan baik.",
                           ["Budi Santoso", "Kang Ujang"])
    assert holds_set(f) == {("Budi Santoso", "Menteri Sosial", "Kementerian Sosial", None)}
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kementerian Sosial", "Budi Santoso")]


def test_a_full_name_in_brackets_after_a_nickname_stays_the_full_name():
    f = _tagged_everywhere("Gubernur DKI Jakarta Ahok hadir. Kasus Ahok (Basuki Santoso) masih diproses. "
                           "Ketua KPU Basuki Santoso meminta warga tenang.", ["Basuki Santoso", "Ahok"])
    assert ("Basuki Santoso", "Ketua", "KPU", None) in holds_set(f)


def test_the_nickname_asked_is_not_the_one_who_asks():
    f = _tagged_everywhere("Presiden Joko Santoso (Joksan) hadir di Solo. Joksan mengaku diminta memberi sambutan "
                           "di acara itu.", ["Joko Santoso", "Joksan"])
    assert f.directives == []


def test_an_elected_pair_written_as_one_name_gives_the_post_to_the_first():
    text = "Survei itu menilai setahun pemerintahan Presiden Budi Santoso-Andi Wijaya Kusuma."
    assert holds_set(facts_tagged(text, [("Budi Santoso-Andi Wijaya Kusuma", "PER")])) == \
        {("Budi Santoso", "Presiden", "Republik Indonesia", None)}


@pytest.mark.parametrize("text,tags,holds", [
    # "Indonesia" after a body's bracketed short form belongs to the body
    ("Acara dihadiri Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia Budi Santoso, dan pejabat lain.",
     [("Kamar Dagang dan Industri", "ORG"), ("Kadin", "ORG"), ("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua Umum", "Kamar Dagang dan Industri", None)}),
    ("Ketua Umum Kadin Indonesia Budi Santoso hadir.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua Umum", "Kamar Dagang dan Industri", None)}),
    ("Ketua Kadin Jember Budi Santoso hadir.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua", "Kamar Dagang dan Industri Kabupaten Jember", None)}),
    ("Ketua Umum Serikat Tani (ST) Indonesia Budi Santoso hadir.", [("Serikat Tani", "ORG"), ("ST", "ORG"), ("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua Umum", "Serikat Tani Indonesia", None)}),
    # a board and the organisation it leads, before the comma and the holder
    ("Gerakan itu di bawah kepemimpinan Ketua Umum Dewan Pengurus Pusat (DPP) Rantau Sakato, Budi Santoso.",
     [("Dewan Pengurus Pusat", "ORG"), ("DPP", "ORG"), ("Budi Santoso", "PER")],
     {("Budi Santoso", "Ketua Umum", "Dewan Pengurus Pusat Rantau Sakato", None)}),
    # a second title after "/" before the holder; the investment ministry; BKPM's head keyed to the body
    ("Selain itu, Menteri Investasi dan Hilirisasi / BKPM Budi Santoso hadir.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Menteri Investasi dan Hilirisasi", "Kementerian Investasi dan Hilirisasi", None)}),
    ("Rapat dipimpin Kepala Badan Koordinasi Penanaman Modal Budi Santoso.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Kepala", "Badan Koordinasi Penanaman Modal", None)}),
])
def test_bodies_with_indonesia_boards_and_second_titles(text, tags, holds):
    assert holds_set(facts_tagged(text, tags)) == holds


def test_a_sum_after_the_holder_is_no_part_of_the_name():
    got = holds_set(facts_of("Ia menyuap Kepala Biro Umum Bakamla Rudi Permana Rp 120 juta."))
    assert got == {("Rudi Permana", "Kepala Biro Umum", "Badan Keamanan Laut", None)}


@pytest.mark.parametrize("text,org", [
    # a national body written out in full is the body the head heads, as its short form is ("Kepala Bapanas")
    ("Harga pupuk dirinci Kepala Badan Pangan Nasional Budi Santoso.", "Badan Pangan Nasional"),
    ("Hal itu dijelaskan Kepala Badan Pengatur Jalan Tol, Budi Santoso.", "Badan Pengatur Jalan Tol"),
    ("Dalam rapat itu, Kepala Otorita IKN, Budi Santoso, membuka acara.", "Otorita Ibu Kota Nusantara"),
    # the regional office of the intelligence agency, with its province
    ("Kepala Badan Intelijen Negara Daerah Jawa Barat Budi Santoso menyatakan hal itu.",
     "Badan Intelijen Negara Daerah Provinsi Jawa Barat"),
    ("Kepala Binda Jawa Barat Budi Santoso menyatakan hal itu.", "Badan Intelijen Negara Daerah Provinsi Jawa Barat"),
])
def test_the_head_of_a_national_body_written_in_full(text, org):
    assert holds_set(facts_of(text)) == {("Budi Santoso", "Kepala", org, None)}


@pytest.mark.parametrize("text,fact", [
    # the years the post was held, between it and the holder
    ("Acara dibuka Bupati Jember periode 2021-2024 Budi Santoso.", ("Budi Santoso", "Bupati", "Kabupaten Jember", None)),
    # a period that ended before the article's year is a former post (the articles here are of 2024)
    ("Tersangka lain ialah Direktur Utama PT Maju Jaya periode 2010 - 2015 Budi Santoso.",
     ("Budi Santoso", "Direktur Utama", "PT Maju Jaya", "mantan")),
    # an untagged firm whose name ends in a firm's word is the post's organisation, not its holder
    ("Tersangka lain ialah Dirut Sinar Logistics tahun 2018-2022 Budi Santoso.",
     ("Budi Santoso", "Direktur Utama", "Sinar Logistics", "mantan")),
    ("Tersangka lain ialah Dirut Sinar Logistics tahun 2018-2024 Budi Santoso.",
     ("Budi Santoso", "Direktur Utama", "Sinar Logistics", None)),
])
def test_the_years_of_a_post_and_a_firm_before_the_holder(text, fact):
    assert holds_set(facts_of(text)) == {fact}


def test_ketua_harian_is_a_post_of_its_own():
    f = facts_tagged("Acara dibuka Ketua Harian PBSI Budi Santoso.", (("PBSI", "ORG"), ("Budi Santoso", "PER")))
    assert holds_set(f) == {("Budi Santoso", "Ketua Harian", "PBSI", None)}


@pytest.mark.parametrize("text", [
    # a unit's Roman number after its short form opens no name ("I Made ..." does, as a Balinese name)
    "Polisi memeriksa Kepala Balai Pelaksana Jalan Nasional (BPJN) IX Maluku kemarin.",
    # letters and digits make a body's short form or a sum, not a name
    "Menurut Ketua Harian P2TP2A, korban sudah pulang.",
    "Bantuan Presiden Rp300 ribu per bulan diberikan.",
])
def test_a_number_or_a_short_form_with_digits_holds_no_post(text):
    assert holds_set(facts_of(text)) == set()


def test_a_faith_before_a_post_is_no_holder_but_a_name_may_end_in_one():
    f = facts_of("Dukungan datang dari ormas-ormas Islam, Gubernur Jawa Tengah dan para tokoh adat.")
    assert not any(h.person == "Islam" for h in f.holds)
    f = facts_tagged("Bupati Jember Nurul Islam hadir.", (("Nurul Islam", "PER"),))
    assert holds_set(f) == {("Nurul Islam", "Bupati", "Kabupaten Jember", None)}


def test_a_name_after_selain_is_not_the_posts_holder():
    """"Selain X, Bupati Y ...": besides X; X is not the one the post after the comma names."""
    assert not any(h.person == "Budi Santoso" for h in facts_of("Selain Budi Santoso, Bupati Jember juga hadir.").holds)
    assert not facts_of("Selain Warung Sejahtera, Kapolres membuka bengkel murah bagi pengemudi.").holds


@pytest.mark.parametrize("text,fact", [
    # a dentist's title ends no sentence and opens no name
    ('"Kondisinya stabil," kata Kabid Dokkes Polda Papua Kombes drg. Budi Santoso kepada wartawan.',
     ("Budi Santoso", "Kepala Bidang Dokkes", "Polda Papua", None)),
    # "terpilih" (elect) is no name word
    ("Rapat senat menetapkan Budi Santoso sebagai Rektor Terpilih.", ("Budi Santoso", "Rektor", None, None)),
])
def test_a_dentists_title_and_an_elect_are_no_name_words(text, fact):
    assert fact in holds_set(facts_of(text))


def test_legal_counsel_is_no_name():
    f = facts_of("Yang hadir ialah Budi Santoso yang juga sebagai Ketua Umum PBB, Kuasa Hukum Partai Idaman Andi Wijaya.")
    assert not any(h.person.startswith("Kuasa") for h in f.holds)


@pytest.mark.parametrize("text,fact", [
    ("Pernyataan Menteri Badan Usaha Milik Negara (BUMN) Budi Santoso itu ditanggapi beragam.",
     ("Budi Santoso", "Menteri Badan Usaha Milik Negara", "Kementerian Badan Usaha Milik Negara", None)),
    ("Menteri BUMN Budi Santoso hadir.",
     ("Budi Santoso", "Menteri Badan Usaha Milik Negara", "Kementerian Badan Usaha Milik Negara", None)),
])
def test_the_state_enterprises_ministry_written_out_or_short(text, fact):
    assert holds_set(facts_of(text)) == {fact}
    assert [d.issuer for d in facts_of("Kementerian BUMN meminta direksi tidak menaikkan harga.").directives] == \
        ["Kementerian Badan Usaha Milik Negara"]


@pytest.mark.parametrize("text,fact", [
    # the country written out after a national post, like "RI"
    ("Menteri Dalam Negeri Republik Indonesia, Budi Santoso, melakukan kunjungan resmi.",
     ("Budi Santoso", "Menteri Dalam Negeri", "Kementerian Dalam Negeri", None)),
    ("Menteri Haji dan Umrah Republik Indonesia Budi Santoso berkunjung ke Arab Saudi.",
     ("Budi Santoso", "Menteri Haji dan Umrah", "Kementerian Haji dan Umrah", None)),
])
def test_republik_indonesia_written_out_after_a_national_post(text, fact):
    assert holds_set(facts_of(text)) == {fact}


def test_a_cabinets_name_before_sebagai_holds_no_post():
    f = facts_of("Budi Santoso pernah duduk di kabinet Indonesia Maju sebagai Menteri Pertahanan.")
    assert not any(h.person == "Maju" for h in f.holds)


@pytest.mark.parametrize("text,tags,fact", [
    # the tagger's body of several words, then a province: its branch there, and the person after it
    ("Ketua Federasi Olahraga Rekreasi Masyarakat Indonesia (FORMI) Jawa Tengah Budi Santoso mengatakan atlet siap.",
     (("Federasi Olahraga Rekreasi Masyarakat Indonesia", "ORG"), ("FORMI", "ORG"), ("Jawa Tengah", "LOC"),
      ("Santoso", "PER")),
     ("Budi Santoso", "Ketua", "Federasi Olahraga Rekreasi Masyarakat Indonesia Jawa Tengah", None)),
    # the region as written, not its official name ("Yogyakarta", not "Daerah Istimewa Yogyakarta")
    ("Direktur Pusat Studi Hak Asasi Manusia Universitas Islam Indonesia Yogyakarta Budi Santoso menilai putusan itu.",
     (("Universitas Islam Indonesia", "ORG"), ("Yogyakarta", "LOC"), ("Budi Santoso", "PER")),
     ("Budi Santoso", "Direktur Pusat Studi Hak Asasi Manusia", "Universitas Islam Indonesia Yogyakarta", None)),
])
def test_a_tagged_bodys_branch_in_the_region_written_after_it(text, tags, fact):
    assert holds_set(facts_tagged(text, tags)) == {fact}


def test_a_party_boards_deputy_secretary_and_treasurer_hold_their_posts():
    """"Wasekjen", "Bendahara Umum": board posts of their own, and a title inside a list of names ends the name before."""
    f = facts_tagged("Wasekjen PKB Rudi Hartono dan Bendahara Umum Partai Golkar Sinta Maharani hadir.",
                     [("PKB", "ORG"), ("Rudi Hartono", "PER"), ("Partai Golkar", "ORG"), ("Sinta Maharani", "PER")])
    assert holds_set(f) == {("Rudi Hartono", "Wakil Sekretaris Jenderal", "Partai Kebangkitan Bangsa", None),
                            ("Sinta Maharani", "Bendahara Umum", "Partai Golkar", None)}
    f = facts_tagged("Susunan pengurus: Sekjen Doni Saputra Wasekjen Wulan Sari, Bendahara Umum Tono Wibowo.",
                     [("Doni Saputra", "PER"), ("Wulan Sari", "PER"), ("Tono Wibowo", "PER")])
    assert {h[:2] for h in holds_set(f)} == {("Doni Saputra", "Sekretaris Jenderal"),
                                             ("Wulan Sari", "Wakil Sekretaris Jenderal"),
                                             ("Tono Wibowo", "Bendahara Umum")}


@pytest.mark.parametrize("text,tags,expected", [
    # the relative is named after the comma; the post's holder is not named
    ("Ia mendukung putra sulung Presiden ke-6, Bima Aryasatya, yang maju sebagai calon.",
     [("Bima Aryasatya", "PER")], set()),
    ("Ia menemui putri Bupati Jember, Sinta Maharani, di rumahnya.", [("Sinta Maharani", "PER")], set()),
    ("Ia menemui Bupati Jember, Sinta Maharani, di rumahnya.", [("Sinta Maharani", "PER")],
     {("Sinta Maharani", "Bupati", "Kabupaten Jember", None)}),
    # after the post's comma, an untagged subject of "adalah" starts a new clause; a tagged name still holds
    ('"Kami senang dengan kunjungan Bapak Gubernur, Kampung Nelayan adalah usulan warga sejak lama," ujar Rudi.', [], set()),
    ("Menurut Bupati Jember, Sinta Maharani adalah pilihan warga.", [("Sinta Maharani", "PER")],
     {("Sinta Maharani", "Bupati", "Kabupaten Jember", None)}),
    # "di" opens a place, whatever the tagger makes of it
    ("Sementara itu di Lembah Hijau, Menag meninjau tenda jamaah.", [("Lembah Hijau", "PER")], set()),
])
def test_a_relative_a_new_clause_or_a_place_before_or_after_a_post_holds_nothing(text, tags, expected):
    assert holds_set(facts_tagged(text, tags)) == expected


def test_a_post_named_again_without_its_office_keeps_the_office():
    """The section head's office is written once; the bare post later is the same office, not the jurisdiction."""
    text = ("Kepala Seksi Intelijen Kejari Jember, Rudi Hartono, hadir di Kabupaten Jember. Undangan rapat dikirim "
            "lewat Kasi Intel, yaitu Pak Rudi Hartono, kepada para kepala desa.")
    f = _tagged_everywhere(text, ["Rudi Hartono"])
    assert holds_set(f) == {("Rudi Hartono", "Kepala Seksi Intelijen", "Kejaksaan Negeri Jember", None)}


@pytest.mark.parametrize("called", ["atau yang akrab disapa", "yang biasa dipanggil", "atau"])
def test_a_nickname_the_text_calls_so_is_the_same_person(called):
    f = _tagged_everywhere(f"Menteri Sosial Budi Santoso {called} Kang Ujang membuka acara itu. \"Jangan gunakan kartu "
                           "bantuan untuk judi,\" kata Kang Ujang.", ["Budi Santoso", "Kang Ujang"])
    assert holds_set(f) == {("Budi Santoso", "Menteri Sosial", "Kementerian Sosial", None)}
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kementerian Sosial", "Budi Santoso")]


def test_two_names_joined_by_a_plain_or_stay_two_people():
    f = _tagged_everywhere("Bupati Jember Budi Santoso atau Andi Wijaya akan hadir. \"Warga wajib tertib,\" kata "
                           "Andi Wijaya.", ["Budi Santoso", "Andi Wijaya"])
    assert [(d.issuer, d.speaker) for d in f.directives] != [("Kabupaten Jember", "Budi Santoso")]


@pytest.mark.parametrize("text,tags,expected", [
    # a verb run into the tagger's person ends it; a surname written in lower case does not
    ("Hal itu disampaikan Kapolres Jember AKBP Rudi Hartono dilansirAntara, Senin.",
     [("Rudi Hartono dilansirAntara", "PER")], {("Rudi Hartono", "Kepala Kepolisian Resor", "Polres Jember", None)}),
    ("Sekretaris Daerah Kabupaten Jember, Rudi hartono menyampaikan undangan rapat.", [("Rudi hartono", "PER")],
     {("Rudi Hartono", "Sekretaris Daerah", "Kabupaten Jember", None)}),
    # the party to a case, alone, is no name
    ("Majelis menyatakan Teradu selaku Ketua KPU Kabupaten Jember lalai mengumumkan jadwal.", [], set()),
    # a preposition that opens the sentence is no name
    ("Kajati Riau Terkait dengan anggaran tahun ini, Jaksa Agung meminta laporan.", [], set()),
])
def test_words_that_are_no_name_around_a_post(text, tags, expected):
    assert holds_set(facts_tagged(text, tags)) == expected


def test_still_holding_a_post_in_an_era_past_is_a_former_post():
    f = facts_tagged("Pada era Budi Santoso masih menjabat Gubernur DKI, jalur sepeda pertama dibangun.",
                     [("Budi Santoso", "PER")])
    assert holds_set(f) == {("Budi Santoso", "Gubernur", "Provinsi DKI Jakarta", "mantan")}


def test_a_persons_initials_in_brackets_are_the_same_person():
    f = _tagged_everywhere("Anggota Komisi VII DPR RI Rudi Hartono Santoso (RHS) hadir dalam rapat. RHS mengingatkan "
                           "agar kebijakan itu tidak mempersulit rakyat.", ["Rudi Hartono Santoso"])
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Dewan Perwakilan Rakyat", "Rudi Hartono Santoso")]
    g = _tagged_everywhere("Anggota Komisi VII DPR RI Rudi Hartono Santoso (RHT) hadir dalam rapat. RHT mengingatkan "
                           "agar kebijakan itu tidak mempersulit rakyat.", ["Rudi Hartono Santoso"])
    assert [d.speaker for d in g.directives] != ["Rudi Hartono Santoso"]


def test_a_say_verb_that_is_also_a_cue_leaves_the_cue_to_the_quote():
    f = facts_of('Ketua KPK Budi Santoso hadir. "Mari kita pilih calon yang bersih," imbau Budi.')
    assert [(d.issuer, d.speaker, d.text) for d in f.directives] == \
        [("Komisi Pemberantasan Korupsi", "Budi Santoso", "pilih calon yang bersih")]


def test_a_quote_said_by_the_person_described_is_the_topics():
    """'tutup Anggota DPR RI tersebut': the attribution describes the man the article is about."""
    f = _tagged_everywhere('Wakil Ketua MPR Budi Santoso hadir di Jember. "Kami mendorong energi bersih," kata Budi. '
                           '"Saya mengajak seluruh warga mendukung energi bersih," tutup Anggota DPR RI tersebut.',
                           ["Budi Santoso", "Budi"])
    assert [d.speaker for d in f.directives] == ["Budi Santoso"]
    g = _tagged_everywhere('Wakil Ketua MPR Budi Santoso hadir di Jember. "Kami mendorong energi bersih," kata Budi. '
                           '"Saya mengajak seluruh warga mendukung energi bersih," tutup Anggota DPR RI.',
                           ["Budi Santoso", "Budi"])
    assert g.directives == []


def test_a_quotes_attribution_with_the_first_words_of_a_post_names_its_holder():
    f = _tagged_everywhere('Wakil Ketua DPR Andi Wijaya meminta data. Menteri Koordinator Bidang Perekonomian Budi '
                           'Santoso hadir. "Pemerintah meminta BPS memperbaiki data beras," kata Menteri Koordinator '
                           'Bidang Perekonomian Budi Santoso.', ["Andi Wijaya", "Budi Santoso"])
    assert [(d.speaker, d.text) for d in f.directives if "BPS" in d.text] == \
        [("Budi Santoso", "BPS memperbaiki data beras")]


@pytest.mark.parametrize("dateline", ["Jakarta ( ANTARA News ) - ", "Jakarta , CNN Indonesia - - ", "Merdeka.com - "])
def test_a_body_after_a_news_agencys_dateline_is_the_subject(dateline):
    f = facts_of(f"{dateline}Kejaksaan Agung meminta pemerintah kota segera menuntaskan berkas perkara itu .")
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kejaksaan Agung", None)]


@pytest.mark.parametrize("text,tags,expected", [
    # the three chiefs of staff are posts of their own, with their service as org; another country's after it
    ("Kepala Staf Angkatan Darat Jenderal Budi Santoso hadir.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Kepala Staf Angkatan Darat", "TNI Angkatan Darat", None)}),
    ("Acara itu dihadiri Kepala Staf Angkatan Laut Republik Islam Iran Laksamana Budi Santoso.", [("Budi Santoso", "PER")],
     {("Budi Santoso", "Kepala Staf Angkatan Laut", "Iran", None)}),
])
def test_chiefs_of_staff_and_a_foreign_countrys(text, tags, expected):
    assert holds_set(facts_tagged(text, tags)) == expected


def test_a_former_head_named_by_his_post_speaks_for_no_body():
    f = facts_of("Dalam ceramahnya, mantan Kepala Staf Angkatan Darat itu mengajak pemuda merawat kerukunan.")
    assert f.directives == []


@pytest.mark.parametrize("text,expected", [
    # a rayon's military command, named after its district as a police sector's office is
    ("Danramil Sukamaju Kapten Budi Santoso memimpin apel itu.",
     {("Budi Santoso", "Komandan Rayon Militer", "Koramil Sukamaju", None)}),
    # an election commissioner's division is part of the post
    ("Anggota KPU Jember Divisi Teknis Penyelenggaraan, Budi Santoso, memimpin rapat itu.",
     {("Budi Santoso", "Anggota Divisi Teknis Penyelenggaraan", "KPU Kabupaten Jember", None)}),
])
def test_a_rayon_commander_and_a_commissioners_division(text, expected):
    assert holds_set(facts_tagged(text, [("Budi Santoso", "PER")])) == expected


def test_reported_speech_without_quote_marks_has_the_speaker_named_after_it():
    f = _tagged_everywhere("Sekda Jember Budi Santoso hadir. ASN diminta tidak memihak kepada pasangan calon mana pun, "
                           "kata Budi.", ["Budi Santoso", "Budi"])
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kabupaten Jember", "Budi Santoso")]
    g = _tagged_everywhere("Sekda Jember Budi Santoso hadir. ASN diminta tidak memihak kepada pasangan calon mana pun.",
                           ["Budi Santoso"])
    assert [d.speaker for d in g.directives] != ["Budi Santoso"]


@pytest.mark.parametrize("sentence,issuer", [
    ("Kemendagri menerbitkan surat edaran tentang netralitas ASN yang meminta ASN tidak mengunggah foto bersama calon.",
     "Kementerian Dalam Negeri"),
    ("Polda Jatim mengeluarkan maklumat yang melarang warga menyalakan petasan.", "Polda Jawa Timur"),
])
def test_the_body_that_issues_a_document_issues_what_the_document_asks(sentence, issuer):
    assert [(d.issuer, d.speaker) for d in facts_of(sentence).directives] == [(issuer, None)]


def test_a_document_whose_issuer_is_not_said_gives_no_directive():
    assert facts_of("Warga mengeluh karena surat edaran yang melarang pedagang berjualan.").directives == []


@pytest.mark.parametrize("text,expected", [
    # a region of two words ends a one-word unit
    ("Kepala Dinas Sosial Jawa Timur Budi Santoso membuka acara itu.",
     {("Budi Santoso", "Kepala Dinas Sosial", "Provinsi Jawa Timur", None)}),
    # appointed, so holding it; still to come, so not yet
    ("Budi Santoso resmi dilantik sebagai Pj Bupati Jember kemarin.", {("Budi Santoso", "Bupati", "Kabupaten Jember", "Pj")}),
    ("Budi Santoso akan dilantik sebagai Pj Bupati Jember pekan depan.", set()),
    # the one replaced is not the holder; the one who replaces him is
    ("Budi Santoso resmi menggantikan Andi Wijaya sebagai Pj Bupati Jember.",
     {("Budi Santoso", "Bupati", "Kabupaten Jember", "Pj")}),
    ("Budi Santoso akan menggantikan Andi Wijaya sebagai Pj Bupati Jember.", set()),
    # "the new one"
    ("Pj Bupati Jember yang baru, Budi Santoso, mengatakan hal itu.", {("Budi Santoso", "Bupati", "Kabupaten Jember", "Pj")}),
    # the post served before this one
    ("Sebelumnya, Budi Santoso menjabat Kepala Dinas Sosial Jember.",
     {("Budi Santoso", "Kepala Dinas Sosial", "Kabupaten Jember", "mantan")}),
])
def test_appointments_successions_and_earlier_posts(text, expected):
    assert holds_set(facts_tagged(text, [(n, "PER") for n in ("Budi Santoso", "Andi Wijaya") if n in text])) == expected


def test_two_posts_joined_by_a_slash_are_both_the_holders():
    f = facts_tagged("Menteri Lingkungan Hidup/Kepala Badan Pengendalian Lingkungan Hidup, Budi Santoso, berpesan agar "
                     "warga menjaga lingkungan.", [("Budi Santoso", "PER")])
    assert holds_set(f) == {("Budi Santoso", "Menteri Lingkungan Hidup", "Kementerian Lingkungan Hidup", None),
                            ("Budi Santoso", "Kepala", "Badan Pengendalian Lingkungan Hidup", None)}
    assert [(d.issuer, d.speaker) for d in f.directives] == [("Kementerian Lingkungan Hidup", "Budi Santoso")]


def test_a_bare_title_repeating_a_post_held_in_full_is_no_second_post():
    f = _tagged_everywhere("Menteri Kelautan dan Perikanan Budi Santoso hadir. Dalam acara itu Menteri Budi Santoso "
                           "menanam mangrove.", ["Budi Santoso"])
    assert holds_set(f) == {("Budi Santoso", "Menteri Kelautan dan Perikanan", "Kementerian Kelautan dan Perikanan", None)}


def test_a_post_of_no_org_that_spells_another_post_and_its_org_is_that_post():
    # the organisation tagged where the name comes first, and only its last word, as a place, where the title does
    art = article_from_text("Hasil itu diungkapkan Budi Santoso, Direktur Eksekutif Survei Nusantara. Kata Direktur "
                            "Eksekutif Survei Nusantara Budi Santoso dalam paparannya.", "t")
    sents = split_sentences(art.text)
    for sent, tags in zip(sents, ([("Budi Santoso", "PER"), ("Survei Nusantara", "ORG")],
                                  [("Nusantara", "LOC"), ("Budi Santoso", "PER")])):
        for name, typ in tags:
            a = art.text.index(name, sent.start)
            sent.entities.append(Entity(name, typ, a, a + len(name)))
    f = extract_facts(Doc(art, sents))
    assert holds_set(f) == {("Budi Santoso", "Direktur Eksekutif", "Survei Nusantara", None)}


@pytest.mark.parametrize("first,second", [("Mochammad Rudianto", "Muhammad Rudianto"), ("Budi Darmawan", "Budi Dermawan"),
                                          ("Affandi Rahman", "Afandi Rahman")])
def test_one_man_spelt_twice_in_one_article_holds_the_post_once(first, second):
    f = _tagged_everywhere(f"Ketua KPU Jember {first} hadir. Surat itu ditandatangani Ketua KPU Jember {second}.",
                           [first, second])
    assert holds_set(f) == {(first, "Ketua", "KPU Kabupaten Jember", None)}


def test_two_names_a_letter_apart_in_two_posts_stay_two_people():
    f = _tagged_everywhere("Ketua KPU Jember Andi Wijaya hadir. Ketua Bawaslu Jember Andi Wijayo juga hadir.",
                           ["Andi Wijaya", "Andi Wijayo"])
    assert {h[0] for h in holds_set(f)} == {"Andi Wijaya", "Andi Wijayo"}

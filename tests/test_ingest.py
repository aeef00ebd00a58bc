"""Ingest: formats, boilerplate, headline/byline/date, and every kind of bad input reported without stopping."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from simpul.extract.boilerplate import clean
from simpul.extract.dates import find_dates, parse_date
from simpul.extract.ingest import article_from_text, read_inputs
from simpul.extract.records import Article, IngestError

RAW = """Pixel Code contoh.com

Pj Bupati Sukamaju Minta ASN Jaga Netralitas

Editor : Rina W   Reporter : Joko
Pj Bupati Sukamaju Ahmad Wiryawan. (Foto: Joko/contoh.com)

contoh.com - Pj Bupati Sukamaju, Ahmad Wiryawan meminta seluruh ASN menjaga netralitas, Senin (14/10/2024).

Baca juga:
Banjir Rendam Tiga Desa di Sukamaju

"Jangan ada ASN yang ikut kampanye," ujarnya. Ia juga meminta camat membaca aturan baru. Tonton juga video "Camat Diminta Siaga Banjir" di sini: Warga diminta melapor.
BACA JUGA : Harga Cabai Naik
You cannot copy content of this page
"""


def test_boilerplate_lines_go_and_sentences_stay():
    text = clean(RAW)
    for gone in ("Pixel Code", "Baca juga", "Banjir Rendam", "BACA JUGA", "cannot copy", "Foto:", "Editor", "Tonton",
                 "Siaga Banjir"):
        assert gone not in text
    assert "meminta camat membaca aturan baru." in text  # "baca" inside a sentence survives
    assert "membaca aturan baru. Warga diminta melapor." in text  # a promoted video inside a paragraph goes alone
    assert '"Jangan ada ASN yang ikut kampanye," ujarnya.' in text


def test_headline_byline_and_date_from_text():
    a = article_from_text(RAW, "x")
    assert a.title == "Pj Bupati Sukamaju Minta ASN Jaga Netralitas"
    assert a.byline == {"editor": "Rina W", "reporter": "Joko"}
    assert a.published == date(2024, 10, 14)
    assert a.text.startswith(a.title)


def test_indonesian_date_forms():
    ref = date(2022, 3, 2)
    assert parse_date("Selasa (1/3)", ref) == date(2022, 3, 1)
    assert parse_date("Kamis (3/3)", ref) == date(2021, 3, 3)  # never after the article date
    assert parse_date("Mar 2, 2022 - 01:34") == date(2022, 3, 2)
    assert parse_date("15 Oktober 2024") == date(2024, 10, 15)
    assert parse_date("(3/10/24)") == date(2024, 10, 3)
    assert parse_date("Senin, 14 Okt 2024 10:30 WIB") == date(2024, 10, 14)
    assert parse_date("tanpa tanggal") is None
    spans = find_dates("rapat Senin (14/10/2024) lalu", None)
    assert [(s, e) for s, e, _ in spans] == [(13, 23)]


def test_formats_and_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path: Path):
    (tmp_path / "good.txt").write_text(RAW, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("Bupati hadir di Cianjur \xe9".encode("latin-1"))
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "big.txt").write_bytes(b"a" * 5000)
    recs = [{"id": "j1", "text": "Sekda Sukamaju, Budi Santoso, meminta OPD hadir.", "title": "Judul", "published": "2024-10-01",
             "url": "http://contoh.id/1", "site": "contoh.id"}]
    lines = [json.dumps(recs[0]), "{broken", json.dumps({"id": "j2"}), json.dumps({"text": "tanpa id"}),
             json.dumps({"id": "j1", "text": "duplikat"})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([tmp_path, tmp_path / "notes.docx", tmp_path / "missing.txt"], max_bytes=4000))
    arts = {i.id: i for i in items if isinstance(i, Article)}
    errs = [i for i in items if isinstance(i, IngestError)]
    assert set(arts) == {"good", "j1"}
    assert arts["j1"].metadata == {"site": "contoh.id"} and arts["j1"].published == date(2024, 10, 1)
    reasons = {(Path(e.source.split(":")[0]).name, e.line): e.reason for e in errs}
    assert "empty" in reasons[("empty.txt", None)]
    assert "binary" in reasons[("binary.txt", None)]
    assert "UTF-8" in reasons[("latin.txt", None)]
    assert "unsupported" in reasons[("notes.docx", None)] and "no such file" in reasons[("missing.txt", None)]
    assert "too large" in reasons[("big.txt", None)]
    assert "broken JSON" in reasons[("a.jsonl", 2)]
    assert "text" in reasons[("a.jsonl", 3)] and "id" in reasons[("a.jsonl", 4)]
    assert any("duplicate" in e.reason for e in errs)


def test_html_main_text(tmp_path: Path):
    html = ("<html><head><title>Pj Wali Kota Minta Camat Netral</title></head><body><nav>Beranda | Politik</nav>"
            "<article><h1>Pj Wali Kota Minta Camat Netral</h1><p>Pj Wali Kota Sukamaju, Dewi Lestari, meminta seluruh camat "
            "menjaga netralitas selama Pilkada 2024, Rabu (16/10/2024).</p><p>Ia juga mengimbau warga datang ke TPS pada "
            "hari pemungutan suara dan tidak golput.</p></article><footer>Hak cipta dilindungi</footer></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    [a] = list(read_inputs([tmp_path / "p.html"]))
    assert isinstance(a, Article) and a.id == "p"
    assert "meminta seluruh camat" in a.text and "Beranda" not in a.text
    assert a.published == date(2024, 10, 16)


def test_seed_articles_keep_every_gold_sentence(shared):
    norm = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    for a in read_inputs([shared / "seeds"]):
        gold = json.loads((shared / "dev-gold" / f"{a.id}.json").read_text(encoding="utf-8"))
        for fact in gold["holds"] + gold["directives"]:
            assert norm(fact["evidence"]) in norm(a.text), (a.id, fact["evidence"])
        assert a.title == gold["title"]
        assert (a.published.isoformat() if a.published else None) == gold["published"]
        assert "Baca juga" not in a.text and "You cannot copy" not in a.text


def test_words_a_scrape_glued_together_are_split_and_the_rest_is_left_alone():
    text = clean("Menteri Keuangan (Menkeu)Andi Wijaya buka suara. Bupati Jember Budi Santosomengatakan,untuk itu "
                 "ASN harus netral.Inflasi 2,37% kata Drs. H. Ahmad, S.Sos., M.Si di detik.com hari ini.")
    assert "(Menkeu) Andi Wijaya" in text
    assert "Budi Santoso mengatakan, untuk itu" in text
    assert "netral. Inflasi 2,37%" in text
    assert "S.Sos., M.Si di detik.com" in text
    linked = clean("kata Andi kepadadetikSulsel, Selasa. Mengutip pantauandetikcomdi lokasi, dalam sedetik saja.")
    assert "kepada detikSulsel, Selasa" in linked
    assert "pantauan detikcom di lokasi" in linked
    assert "dalam sedetik saja" in linked


def test_a_promoted_video_ending_a_paragraph_goes_with_its_unquoted_headline():
    text = ("Ia meminta camat membaca aturan baru. Lihat juga Video: Jembatan Gantung Putus, Warga Seberangi Sungai\n"
            "Warga diminta melapor. Simak juga Video 'Festival Layang-layang Ramaikan Pantai':")
    out = clean(text)
    assert "Video" not in out and "Jembatan" not in out and "Layang" not in out
    assert "Ia meminta camat membaca aturan baru." in out and "Warga diminta melapor." in out
    # a sentence that only mentions watching a video stays
    assert "Ia ingin lihat juga video itu." in clean("Ia ingin lihat juga video itu. Lalu pulang.")


def test_the_morning_shows_slogan_goes():
    out = clean('Hal itu dibahas dalam acara pagi edisi Rabu. "Detik Pagi, Jangan Tidur Lagi!"\nWarga diminta melapor.')
    assert "Tidur" not in out and "Hal itu dibahas dalam acara pagi edisi Rabu." in out and "Warga diminta" in out


def test_a_headline_promoted_in_brackets_goes():
    out = clean("Rapat itu selesai. [ Baca juga : Bupati Minta Camat Siaga ] Dalam pertemuan itu, Bupati meminta warga "
                "waspada. Ia membawa [sic] catatan.")
    assert "Siaga" not in out and "Baca" not in out
    assert "Rapat itu selesai. Dalam pertemuan itu, Bupati meminta warga waspada." in out
    assert "[sic]" in out  # other brackets stay

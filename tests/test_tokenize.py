"""Rule tokenizer: offsets, abbreviations that keep their dot, sentence ends."""
from simpul.extract.tokenize import split_sentences, tokenize

TEXT = ('Pj. Bupati Kab. Sukamaju, Drs. H. Ahmad Wirya, S.Sos., M.Si. meminta OPD netral. '
        '"Jangan main-main," ujarnya, Senin (14/10/2024). Kapolres AKBP Budi Santoso hadir.\n'
        'Dana Rp 1.500.000,00 cair pukul 10.30 WIB. Apa benar? Ya!')


def test_offsets_index_the_text():
    for sent in split_sentences(TEXT):
        assert TEXT[sent.start:sent.end] == sent.text
        for tok in sent.tokens:
            assert TEXT[tok.start:tok.end] == tok.text


def test_abbreviations_keep_dot_and_do_not_end_sentences():
    sents = split_sentences(TEXT)
    first = [t.text for t in sents[0].tokens]
    assert first[:4] == ["Pj.", "Bupati", "Kab.", "Sukamaju"]
    assert "S.Sos." in first and "M.Si." in first and "H." in first and "Drs." in first
    assert sents[0].text.endswith("netral.")


def test_sentence_boundaries():
    texts = [s.text for s in split_sentences(TEXT)]
    assert texts[1] == '"Jangan main-main," ujarnya, Senin (14/10/2024).'
    assert texts[2] == "Kapolres AKBP Budi Santoso hadir."
    assert texts[3:] == ["Dana Rp 1.500.000,00 cair pukul 10.30 WIB.", "Apa benar?", "Ya!"]


def test_acronyms_that_are_words_end_sentences():
    """"Polri", "TNI" and "RI" are written without a dot: a full stop after them ends the sentence (the dotted
    corps abbreviation "Pol." does not)."""
    text = ("Keduanya bukan anggota Polri. Kapolres Sukamaju AKBP Budi Santoso hadir. Ia anggota TNI. Ia ke Istana RI. "
            "Kombes Pol. Andi Wijaya datang.")
    assert [s.text for s in split_sentences(text)] == [
        "Keduanya bukan anggota Polri.", "Kapolres Sukamaju AKBP Budi Santoso hadir.", "Ia anggota TNI.",
        "Ia ke Istana RI.", "Kombes Pol. Andi Wijaya datang."]


def test_numbers_and_dates_are_single_tokens():
    toks = [t.text for t in tokenize("Rp 1.500.000,00 pada 14/10/2024 pukul 10.30")]
    assert toks == ["Rp", "1.500.000,00", "pada", "14/10/2024", "pukul", "10.30"]


def test_closing_quote_stays_with_its_sentence():
    sents = split_sentences('Ia berkata, "Semua wajib hadir." Rapat dimulai.')
    assert [s.text for s in sents] == ['Ia berkata, "Semua wajib hadir."', "Rapat dimulai."]


def test_a_degree_like_acronym_after_a_lower_case_word_ends_a_sentence():
    """"gedung MA." is the Supreme Court and "AR dan MA." two suspects' initials: the dot ends the sentence; after a
    name or a comma the same letters are a degree and do not."""
    assert [s.text for s in split_sentences("Ia bicara di gedung MA. Dia lalu pulang.")] == [
        "Ia bicara di gedung MA.", "Dia lalu pulang."]
    assert [s.text for s in split_sentences("Polisi menahan AR dan SE. Keduanya warga Jember.")] == [
        "Polisi menahan AR dan SE.", "Keduanya warga Jember."]
    assert len(split_sentences("Hadir Budi Santoso, SH, MA. Dia bicara.")) == 1


def test_a_retired_rank_in_brackets_ends_no_sentence():
    sents = split_sentences("Mantan Panglima TNI Jenderal TNI (Purn.) Andi Wijaya hadir. Ia datang pagi.")
    assert [s.text for s in sents] == ["Mantan Panglima TNI Jenderal TNI (Purn.) Andi Wijaya hadir.", "Ia datang pagi."]
    assert "Purn." in [t.text for t in sents[0].tokens]

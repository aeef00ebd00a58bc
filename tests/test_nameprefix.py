"""Balinese, Sasak and Butonese name prefixes (extract/nameprefix.py): tag repairs on invented sentences, then the real model."""
import pytest

from simpul.extract.nameprefix import repair_prefixed_names


def _persons(sentence: str, tags: str) -> list[str]:
    """The PER spans after the repair of ``tags`` (one BIOES tag per space-separated word of ``sentence``)."""
    words, tags = sentence.split(), tags.split()
    assert len(words) == len(tags)
    out, start = [], None
    for i, t in enumerate(repair_prefixed_names(words, tags)):
        if t in ("B-PER", "S-PER"):
            start = i
        if t in ("E-PER", "S-PER"):
            out.append(" ".join(words[start:i + 1]))
    return out


@pytest.mark.parametrize("sentence, tags, persons", [
    # the head left out of the tagger's person
    ("Bupati Sukamaju I Gusti Ayu Sekar Wangi hadir", "O S-LOC O B-PER I-PER I-PER E-PER O", ["I Gusti Ayu Sekar Wangi"]),
    # a two-word head whose second word the tagger took
    ("Wakil Bupati Anak Agung Made Sutama datang", "O O O B-PER I-PER E-PER O", ["Anak Agung Made Sutama"]),
    # the tagger's body in the middle of the name
    ("Ketua KPU I Dewa Agung Gede Sentana berkata", "O S-ORG O B-ORG E-ORG B-PER E-PER O", ["I Dewa Agung Gede Sentana"]),
    # a Sasak title after a word
    ("Bupati Lombok Barat Lalu Budi Santosa hadir", "O B-LOC E-LOC O B-PER E-PER O", ["Lalu Budi Santosa"]),
    # what the tagger's person held before the name is no second person
    ("kata Direktur RSUP Prof Sanjaya I Wayan Budi", "O O S-ORG O B-PER I-PER I-PER E-PER", ["I Wayan Budi"]),
    # a name the tagger missed: an "IG" acronym can only start a name; the run stops at a day name
    ("Wali Kota Sukamaju IGN Jaya Laksana Senin lalu", "O O O O O O O O", ["IGN Jaya Laksana"]),
    # ... and one the tagger took into the place before it, a title in front
    ("Wali Kota Sukamaju IGN Jaya Laksana berharap", "O B-LOC I-LOC I-LOC I-LOC E-LOC O", ["IGN Jaya Laksana"]),
    # a Butonese name whose first word the tagger ended a body on
    ("pada Kementerian Sosial La Ode Budi Santoso hadir", "O B-ORG I-ORG E-ORG B-PER I-PER E-PER O",
     ["La Ode Budi Santoso"]),
])
def test_prefixed_names_become_whole_persons(sentence, tags, persons):
    assert _persons(sentence, tags) == persons


@pytest.mark.parametrize("sentence, tags", [
    # a place named after a person, typed by the tagger from the head on
    ("bermain di lapangan I Ketut Sandi Kuta", "O O O B-LOC I-LOC E-LOC S-LOC"),
    # the name is part of a longer place name and no title comes before it
    ("tiba di Bandara I Gusti Ngurah Rai kemarin", "O O B-LOC I-LOC I-LOC I-LOC E-LOC O"),
    # a body whose last word is "I", no title before it: the tagger's reading stands
    ("di Bank Sukamaju I Wayan Budi", "O B-ORG I-ORG E-ORG B-PER E-PER"),
    # "I" as a Roman numeral: no middle follows it
    ("Juara I Budi Santoso menang", "O O B-PER E-PER O"),
    # "Lalu" opening a sentence is "then"
    ("Lalu Budi Santoso pergi", "O B-PER E-PER O"),
    # one head word inside a person is too little to split it
    ("penulis Budi Baiq datang", "O B-PER E-PER O"),
    # lower-cased text is never touched
    ("bupati i gusti ayu sekar wangi", "O O O B-PER I-PER E-PER"),
    # a head alone that the tagger did not tag is not enough for a person
    ("Gusti Sekar datang", "O O O"),
])
def test_other_words_are_left_as_the_tagger_tagged_them(sentence, tags):
    assert repair_prefixed_names(sentence.split(), tags.split()) == tags.split()


def test_spans_the_person_cuts_through_keep_their_other_parts():
    words = "Wali Kota Sukamaju IGN Jaya Laksana berharap".split()
    tags = "O B-LOC I-LOC I-LOC I-LOC E-LOC O".split()
    assert repair_prefixed_names(words, tags) == "O B-LOC E-LOC B-PER I-PER E-PER O".split()
    words = "Direktur Bank Sukamaju I Wayan Budi".split()
    tags = "O B-ORG I-ORG E-ORG B-PER E-PER".split()
    assert repair_prefixed_names(words, tags) == "O B-ORG E-ORG B-PER I-PER E-PER".split()


def test_the_pipeline_gives_prefixed_persons_whole(nlp):
    """Through the shipped tagger: whatever it makes of these invented Bali and Lombok officials, each comes out as
    one whole person, and no role word or place joins them."""
    from simpul.extract.records import Article

    text = ("Bupati Sukamaju I Gusti Ayu Sekar Wangi meminta ASN netral. "
            "Wakil Bupati Sukamaju Anak Agung Made Sutama hadir. "
            "Wali Kota Sukamaju IGN Jaya Laksana berharap warga memilah sampah. "
            "Bupati Lombok Barat Lalu Budi Santosa menyerahkan bantuan.")
    doc = nlp.process(Article(id="x", text=text))
    persons = [e.text for s in doc.sentences for e in s.entities if e.type == "PER"]
    assert persons == ["I Gusti Ayu Sekar Wangi", "Anak Agung Made Sutama", "IGN Jaya Laksana", "Lalu Budi Santosa"]

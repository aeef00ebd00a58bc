"""Tokenizer evaluation against CoNLL-U: multi-word tokens count once; scores reflect real errors."""
from simpul.extract.evaltok import evaluate_conllu, read_conllu

CONLLU = """# text = Bupati hadir di Sukamaju.
1\tBupati\t_\t_\t_\t_\t_\t_\t_\t_
2\thadir\t_\t_\t_\t_\t_\t_\t_\t_
3\tdi\t_\t_\t_\t_\t_\t_\t_\t_
4\tSukamaju\t_\t_\t_\t_\t_\t_\t_\t_
5\t.\t_\t_\t_\t_\t_\t_\t_\t_

# text = Rumahnya besar.
1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\t_
1\tRumah\t_\t_\t_\t_\t_\t_\t_\t_
2\tnya\t_\t_\t_\t_\t_\t_\t_\t_
3\tbesar\t_\t_\t_\t_\t_\t_\t_\t_
4\t.\t_\t_\t_\t_\t_\t_\t_\t_

"""


def test_multiword_tokens_count_once(tmp_path):
    p = tmp_path / "x.conllu"
    p.write_text(CONLLU, encoding="utf-8")
    assert read_conllu(p)[1] == ("Rumahnya besar.", ["Rumahnya", "besar", "."])
    s = evaluate_conllu(p)
    assert s.sentences == 2 and s.tokens == 8
    assert s.token_f1 == 1.0 and s.sentence_f1 == 1.0


def test_a_wrong_sentence_split_lowers_the_score(tmp_path):
    p = tmp_path / "y.conllu"
    # gold says one sentence, our splitter sees two
    p.write_text(CONLLU.replace("# text = Bupati hadir di Sukamaju.\n", "# text = Bupati hadir. Di Sukamaju.\n")
                 .replace("2\thadir\t", "2\thadir.\t").replace("3\tdi\t", "3\tDi\t"), encoding="utf-8")
    s = evaluate_conllu(p)
    assert s.sentence_f1 < 1.0 and s.token_f1 < 1.0

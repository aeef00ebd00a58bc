"""`simpul eval ner`: entity scores of the shipped tagger on a file, in both accepted layouts."""
import re

from simpul_cli import simpul

from simpul.extract.evalner import predict_tags

SENTENCES = [["Pj", "Bupati", "Sukamaju", ",", "Ahmad", "Wiryawan", ",", "meminta", "ASN", "netral", "."],
             ["Gubernur", "Jawa", "Timur", "hadir", "di", "Surabaya", "bersama", "Kapolda", "."]]


def _write(path, sents, tags, sep):
    path.write_text("\n\n".join("\n".join(f"{w}{sep}{t}" for w, t in zip(s, ts)) for s, ts in zip(sents, tags)) + "\n",
                    encoding="utf-8")


def _micro(out: str) -> tuple[float, int]:
    m = re.search(r"^micro\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+(\d+)$", out, re.M)
    assert m, out
    return float(m.group(1)), int(m.group(2))


def test_eval_ner_scores_a_file_against_its_gold_tags(nlp, tmp_path):
    pred = predict_tags(nlp, SENTENCES)
    n = sum(t.startswith("B-") for ts in pred for t in ts)
    assert n >= 3  # the tagger finds the regency, the person and the province
    same, wrong = tmp_path / "same.bio", tmp_path / "wrong.conll"
    _write(same, SENTENCES, pred, " ")
    moved = [list(ts) for ts in pred]
    i = moved[0].index(next(t for t in moved[0] if t.startswith("B-")))
    moved[0][i] = "B-ORG" if moved[0][i] != "B-ORG" else "B-PER"  # one gold entity of another type
    _write(wrong, SENTENCES, moved, "\t")
    r = simpul("eval", "ner", str(same), "--format", "bio")
    assert r.returncode == 0, r.stderr
    assert _micro(r.stdout) == (100.0, n)
    r = simpul("eval", "ner", str(wrong), "--format", "conll")
    assert r.returncode == 0, r.stderr
    f1, support = _micro(r.stdout)
    assert support == n and abs(f1 - 100 * (n - 1) / n) < 0.01  # one of n found and predicted spans disagrees


def test_eval_ner_refuses_a_head_the_model_does_not_have(tmp_path):
    f = tmp_path / "one.bio"
    _write(f, SENTENCES[:1], [["O"] * len(SENTENCES[0])], " ")
    r = simpul("eval", "ner", str(f), "--head", "1")
    assert r.returncode == 2 and "has 1 output head(s)" in r.stderr and "Traceback" not in r.stderr, r.stderr
    r = simpul("eval", "ner", str(f), "--format", "iob")
    assert r.returncode == 2 and "--format must be bio or conll" in r.stderr


def test_eval_ner_gives_an_interval_and_compares_two_models_on_the_same_sentences(nlp, tmp_path):
    from simpul.extract.modelfiles import MODEL_DIR

    pred = predict_tags(nlp, SENTENCES)
    gold = tmp_path / "gold.bio"
    _write(gold, SENTENCES * 5, pred * 5, " ")
    r = simpul("eval", "ner", str(gold), "--format", "bio", "--bootstrap", "200", "--against", str(MODEL_DIR))
    assert r.returncode == 0, r.stderr
    # the tagger's own tags as gold: 100 on every resample, and no difference from the same model loaded again
    assert "micro F1 100.00 [100.00, 100.00] (95 % interval, 200 resamples)" in r.stdout
    assert "difference in micro F1 0.00 [0.00, 0.00] (95 % interval, 200 resamples); higher in 0.0 % of resamples" \
        in r.stdout
    r = simpul("eval", "ner", str(gold), "--against", str(MODEL_DIR))
    assert r.returncode != 0 and "--bootstrap needs a number of resamples" in r.stderr

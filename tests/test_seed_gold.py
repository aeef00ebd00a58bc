"""The seed articles and the detik dev gold through the real pipeline: ingest -> NER -> extract -> store -> query.

Floors sit a little under the scores measured with the shipped model (recorded in README and the issue notes);
a change that loses facts fails here."""
from __future__ import annotations

from pathlib import Path

import pytest

from simpul.extract.evaluate import evaluate_facts
from simpul.extract.goldfile import gold_article, load_gold
from simpul.pipeline import build, extract_article

ROOT = Path(__file__).resolve().parents[1]


def _key(person, role, org, qual):
    return (person or "").lower(), (role or "").lower(), (org or "").lower(), qual or None


@pytest.fixture(scope="module")
def seed_store(shared, nlp, tmp_path_factory):
    store = tmp_path_factory.mktemp("seeds") / "store"
    report = build([shared / "seeds"], store, nlp=nlp, progress=False)
    return store, report


def test_every_seed_is_built_and_its_gold_holds_are_queryable(shared, seed_store):
    from simpul.graph.queries import load_query
    from simpul.graph.store import open_store

    store, report = seed_store
    assert report.articles == 5 and not report.errors
    gold = load_gold(shared / "dev-gold", shared)
    with open_store(store, read_only=True) as kg:
        rows = kg.query(load_query("holds"))
    got = {(r["article"],) + _key(r["person"], r["role"], r["org"], r["qualifier"]) for r in rows}
    wanted = {(g["id"],) + _key(h["person"], h["role"], h["org"], h["qualifier"]) for g in gold for h in g["holds"]}
    found = wanted & got
    print(f"seed gold holds found through the store: {len(found)}/{len(wanted)}")
    assert len(found) >= len(wanted) - 1, f"missing: {sorted(wanted - got)}"
    texts = {g["id"]: g["text"] for g in gold}
    for r in rows:
        assert r["evidence"] in texts[r["article"]], "evidence is a sentence of the article it came from"


def test_seed_directives_are_queryable_with_issuer_and_date(shared, seed_store):
    from simpul.graph.queries import load_query
    from simpul.graph.store import open_store

    store, _ = seed_store
    with open_store(store, read_only=True) as kg:
        rows = kg.query(load_query("directives"))
    gold = load_gold(shared / "dev-gold", shared)
    issuers = {(g["id"], d["issuer"]) for g in gold for d in g["directives"]}
    got = {(r["article"], r["issuer"]) for r in rows}
    assert len(issuers & got) >= len(issuers) - 1, f"missing issuers: {issuers - got}"
    assert all(r["date"] is None or r["date"][:4] in {"2020", "2021", "2022", "2023", "2024", "2025"} for r in rows)


def test_seed_gold_scores(shared, nlp):
    gold = load_gold(shared / "dev-gold", shared)
    rep = evaluate_facts(gold, lambda g: extract_article(gold_article(g), nlp))
    print(f"seeds: holds strict F1 {rep.holds_strict.f1:.3f}, directives F1 {rep.directives.f1:.3f}")
    assert rep.holds_strict.f1 >= 0.95
    assert rep.directives.f1 >= 0.90  # measured 0.941


def test_detik_dev_gold_scores(shared, nlp):
    gold = load_gold(ROOT / "tests" / "gold" / "detik", shared)
    assert len(gold) >= 20
    for g in gold:  # offsets resolve to real text, so the gold cannot silently drift from the corpus
        for h in g["holds"]:
            assert h["person"].split()[-1].lower() in g["text"].lower()
    rep = evaluate_facts(gold, lambda g: extract_article(gold_article(g), nlp))
    print(f"detik: holds strict F1 {rep.holds_strict.f1:.3f}, directives F1 {rep.directives.f1:.3f}")
    assert rep.holds_strict.f1 >= DETIK_HOLDS_FLOOR
    assert rep.directives.f1 >= DETIK_DIRECTIVES_FLOOR


DETIK_HOLDS_FLOOR = 0.88  # measured 1.000 after round 19 (rules written after reading its errors; 0.914 before)
DETIK_DIRECTIVES_FLOOR = 0.70  # measured 0.815


@pytest.mark.parametrize("folder,size,holds_floor,directives_floor", [
    ("detik-test", 16, 0.45, 0.25),  # measured 0.492 and 0.222 when first scored (e2de314); 0.308 after round 20
    ("detik-test2", 15, 0.65, 0.25),  # measured 0.710 and 0.333 when first scored (e6286c9)
    ("detik-test3", 15, 0.60, 0.35),  # measured 0.654 and 0.429 when first scored (acdd631); its errors are unread
    # measured 0.293 and 0.000 when first scored (adc653b): 7 of its 17 directives are court rulings, and the rest
    # are missed too, so only its holds have a floor; its errors are unread
    ("detik-test4", 17, 0.25, None),
])
def test_detik_test_gold_is_scored_and_kept_out_of_ner_training(shared, nlp, folder, size, holds_floor,
                                                                 directives_floor):
    """A held-out set resolves against the corpus, is scored like the dev gold and never reaches silver training."""
    from simpul.extract.train_ner import gold_lines

    gold = load_gold(ROOT / "tests" / "gold" / folder, shared)
    assert len(gold) == size
    for g in gold:
        assert g["title"] and g["text"].startswith(g["title"])
        for h in g["holds"]:  # offsets resolve to real text: the evidence holds the person's name or its post
            assert h["person"].split()[-1].lower() in g["text"].lower() and h["evidence"] in g["text"]
    assert {g["line"] for g in gold} <= gold_lines(ROOT)
    assert not {g["line"] for g in gold} & {g["line"] for g in load_gold(ROOT / "tests" / "gold" / "detik", shared)}
    rep = evaluate_facts(gold, lambda g: extract_article(gold_article(g), nlp))
    print(f"{folder}: holds strict F1 {rep.holds_strict.f1:.3f}, directives F1 {rep.directives.f1:.3f}")
    assert rep.holds_strict.f1 >= holds_floor
    if directives_floor is not None:
        assert rep.directives.f1 >= directives_floor


def test_seed_build_validates_against_the_shapes(seed_store):
    from simpul.graph.store import open_store
    from simpul.graph.validate import validate

    store, _ = seed_store
    with open_store(store, read_only=True) as kg:
        ok, report = validate(kg)
    assert ok, report


def test_eval_facts_command_scores_a_chosen_model_and_rejects_a_missing_one(shared, tmp_path):
    import re

    from simpul_cli import simpul

    from simpul.extract.nlp import MODEL_DIR

    def run(*args):
        return simpul("eval", "facts", str(shared / "dev-gold"), "--shared", str(shared), "--show", "0", *args)

    ok = run("--model-dir", str(MODEL_DIR))
    assert ok.returncode == 0, ok.stderr
    strict = re.search(r"^holds strict\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)", ok.stdout, re.M)
    assert strict and float(strict.group(3)) >= 0.95 and int(strict.group(4)) >= 12, ok.stdout
    missing = run("--model-dir", str(tmp_path))
    assert missing.returncode == 2
    assert "NER model files missing" in missing.stderr and "Traceback" not in missing.stderr

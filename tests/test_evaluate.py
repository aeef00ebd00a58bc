"""`simpul eval facts` scoring on invented gold and facts."""
from __future__ import annotations

from simpul.extract.evaluate import evaluate_facts
from simpul.extract.records import Article, ArticleFacts, Evidence, Holds


def _facts(*posts: tuple[str, str, str | None]) -> ArticleFacts:
    ev = Evidence("t", "kalimat", 0, 7)
    return ArticleFacts(Article(id="t", text="kalimat"),
                        holds=[Holds(person, role, org, None, ev) for person, role, org in posts])


def _gold(org: str, aliases: list[str] | None = None) -> dict:
    hold = {"person": "Budi Santoso", "role": "Kepala", "org": org, "qualifier": None, "evidence": "kalimat"}
    if aliases is not None:
        hold["org_aliases"] = aliases
    return {"id": "t", "holds": [hold], "directives": []}


def test_a_short_form_the_gold_lists_as_alias_matches_strictly():
    """GUIDELINE: an annotator who expands a short form lists it in `org_aliases`; either spelling is the same post."""
    pred = _facts(("Budi Santoso", "Kepala", "Polres Samosir"))
    rep = evaluate_facts([_gold("Kepolisian Resor Samosir", ["Polres Samosir"])], lambda g: pred)
    assert (rep.holds_strict.tp, rep.holds_strict.fp, rep.holds_strict.fn) == (1, 0, 0)
    # without the alias the org differs: a loose match only
    rep = evaluate_facts([_gold("Kepolisian Resor Samosir")], lambda g: pred)
    assert (rep.holds_strict.tp, rep.holds_strict.fp, rep.holds_strict.fn) == (0, 1, 1)
    assert rep.holds_loose.tp == 1
    # an alias never excuses another person or another post
    other = _facts(("Andi Wijaya", "Kepala", "Polres Samosir"), ("Budi Santoso", "Wakil Kepala", "Polres Samosir"))
    rep = evaluate_facts([_gold("Kepolisian Resor Samosir", ["Polres Samosir"])], lambda g: other)
    assert rep.holds_strict.tp == 0 and rep.holds_strict.fp == 2

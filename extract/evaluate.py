"""`simpul eval facts`: precision/recall/F1 of holds (strict, loose) and directives against gold."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .names import name_key
from .records import ArticleFacts


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").strip().lower())


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", (s or "").lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class EvalReport:
    articles: int = 0
    holds_strict: Score = field(default_factory=Score)
    holds_loose: Score = field(default_factory=Score)
    directives: Score = field(default_factory=Score)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (article, what, sentence)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)


def _strict(h) -> tuple:
    return (name_key(h["person"]), _norm(h["role"]), _norm(h.get("org")), _norm(h.get("qualifier")))


def _same_post(gold: dict, pred: dict) -> bool:
    """Strict match; the org may also be one of the gold's `org_aliases` (GUIDELINE: an annotator who expands a short
    form lists it there, "Polres Samosir" for "Kepolisian Resor Samosir")."""
    g, p = _strict(gold), _strict(pred)
    orgs = {g[2]} | {_norm(a) for a in gold.get("org_aliases") or ()}
    return g[:2] == p[:2] and g[3] == p[3] and p[2] in orgs


def _match(gold: list, pred: list, same: Callable) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Greedy one-to-one matching; returns pairs and the unmatched indexes of gold and pred."""
    used, pairs = set(), []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs, set(range(len(gold))) - {g for g, _ in pairs}, set(range(len(pred))) - used


def _add(score: Score, pairs, miss, extra) -> None:
    score.tp += len(pairs)
    score.fn += len(miss)
    score.fp += len(extra)


def evaluate_facts(gold: list[dict], predict: Callable[[dict], ArticleFacts]) -> EvalReport:
    """Score the pipeline (``predict``: gold record -> facts) on gold records."""
    rep = EvalReport()
    for g in gold:
        facts = predict(g)
        rep.articles += 1
        ph = [{"person": h.person, "role": h.role, "org": h.org, "qualifier": h.qualifier,
               "evidence": h.evidence.sentence} for h in facts.holds]
        gh = g.get("holds", [])
        pairs, miss, extra = _match(gh, ph, _same_post)
        _add(rep.holds_strict, pairs, miss, extra)
        rep.misses += [(g["id"], f"holds {_fmt_h(gh[i])}", gh[i].get("evidence", "")) for i in sorted(miss)]
        rep.false_positives += [(g["id"], f"holds {_fmt_h(ph[i])}", ph[i]["evidence"]) for i in sorted(extra)]
        _add(rep.holds_loose, *_match(gh, ph, lambda a, b: _strict(a)[:2] == _strict(b)[:2]))
        pd = [{"issuer": d.issuer, "speaker": d.speaker, "text": d.text, "evidence": d.evidence.sentence,
               "date": d.date.isoformat() if d.date else None} for d in facts.directives]
        gd = g.get("directives", [])
        same_d = lambda a, b: _norm(a.get("issuer")) == _norm(b.get("issuer")) and token_f1(a["text"], b["text"]) >= 0.5  # noqa: E731
        pairs, miss, extra = _match(gd, pd, same_d)
        _add(rep.directives, pairs, miss, extra)
        rep.misses += [(g["id"], f"directive [{gd[i].get('issuer')}] {gd[i]['text']}", gd[i].get("evidence", ""))
                       for i in sorted(miss)]
        rep.false_positives += [(g["id"], f"directive [{pd[i]['issuer']}] {pd[i]['text']}", pd[i]["evidence"])
                                for i in sorted(extra)]
    return rep


def _fmt_h(h: dict) -> str:
    q = f"{h.get('qualifier')} " if h.get("qualifier") else ""
    return f"{h['person']} = {q}{h['role']} @ {h.get('org')}"


def format_report(rep: EvalReport, show: int = 20) -> str:
    rows = [f"{rep.articles} articles", f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name, s in (("holds strict", rep.holds_strict), ("holds loose", rep.holds_loose), ("directives", rep.directives)):
        rows.append(f"{name:<16}{s.p:7.3f}{s.r:7.3f}{s.f1:7.3f}{s.tp:5d}{s.fp:5d}{s.fn:5d}")
    for title, items in (("misses", rep.misses), ("false positives", rep.false_positives)):
        if items:
            rows.append(f"\n{title} ({len(items)}):")
            rows += [f"  {a}: {what}\n      | {sent[:160]}" for a, what, sent in items[:show]]
    return "\n".join(rows)

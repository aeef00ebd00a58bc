"""Deterministic, always-valid IRIs: persons by normalised name, regions by Kemendagri code, posts by role x body."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from simpul.ontology.namespace import DATA, ROLE

STATUS_BASE = "https://simpul.id/status/"


def slug(text: str) -> str:
    """ASCII slug; a short hash is added whenever the slug loses information (non-ASCII, symbols, case)."""
    norm = unicodedata.normalize("NFKC", text).strip()
    ascii_ = unicodedata.normalize("NFKD", norm).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:80]
    if not s or s.replace("-", " ") != re.sub(r"\s+", " ", norm.lower()):
        s = f"{s}-{hashlib.sha1(norm.encode()).hexdigest()[:8]}" if s else hashlib.sha1(norm.encode()).hexdigest()[:12]
    return s


def person(name: str, disambiguator: str | None = None) -> URIRef:
    key = re.sub(r"\s+", " ", name.strip()).title()
    return DATA[f"person/{slug(key)}" + (f"/{slug(disambiguator)}" if disambiguator else "")]


def region(code: str) -> URIRef:
    if not re.fullmatch(r"\d{2}(\.\d{2}){0,3}", code):
        raise ValueError(f"not a Kemendagri code: {code!r}")
    return DATA[f"region/{code}"]


def body(name: str, region_code: str | None = None) -> URIRef:
    """A regional government is keyed by its code (same body whatever the spelling); other bodies by name."""
    own = region_code and re.match(r"(Pemerintah )?(Kabupaten|Kota|Provinsi|Kota Administrasi) ", name)
    return DATA[f"gov/{region_code}"] if own else DATA[f"body/{slug(name)}"]  # "KPU Kota X" is not Pemkot X


def post(role_name: str, body_iri: URIRef) -> URIRef:
    return URIRef(f"{body_iri}/post/{slug(role_name)}")


def role(role_name: str) -> URIRef:
    return ROLE[slug(role_name)]


def status(qualifier: str | None) -> URIRef:
    return URIRef(STATUS_BASE + (qualifier or "definitif"))


def article(article_id: str) -> URIRef:
    return DATA[f"article/{slug(article_id)}"]


def graph(article_id: str) -> URIRef:
    return DATA[f"graph/{slug(article_id)}"]


def fact(kind: str, article_id: str, start: int, end: int, n: int = 0) -> URIRef:
    """Facts are keyed by article and character offsets: the same build gives the same IRIs."""
    return DATA[f"{kind}/{slug(article_id)}/{start}-{end}" + (f"-{n}" if n else "")]

"""Hand-made facts about fictional officials, for graph tests that must not depend on the NER model."""
from __future__ import annotations

from datetime import date, datetime, timezone

from simpul.extract.records import Article, ArticleFacts, Directive, Evidence, Event, Holds, Quote

BUILT = datetime(2024, 11, 1, 12, 0, tzinfo=timezone.utc)


def sample_facts(article_id: str = "contoh-1", person: str = "Ahmad Wiryawan") -> ArticleFacts:
    text = (f"Pj Bupati Jember, {person}, meminta seluruh ASN netral, Senin (14/10/2024). "
            "Sekda Jember, Rina Kusuma, hadir dalam rakor.")
    s1_end = text.index(".", text.index("(14/10/2024)")) + 1
    s1 = Evidence(article_id, text[:s1_end], 0, s1_end, 0, 30)
    s2 = Evidence(article_id, text[s1_end + 1:], s1_end + 1, len(text))
    span = text.index("seluruh ASN netral")
    d_ev = Evidence(article_id, s1.sentence, 0, s1_end, span, span + len("seluruh ASN netral"))
    art = Article(article_id, text, title="Pj Bupati Minta ASN Netral", published=date(2024, 10, 14),
                  url="https://contoh.id/1")
    return ArticleFacts(
        article=art,
        holds=[Holds(person, "Bupati", "Kabupaten Jember", "Pj", s1, date(2024, 10, 14), "35.09", 0.9),
               Holds("Rina Kusuma", "Sekretaris Daerah", "Kabupaten Jember", None, s2, date(2024, 10, 14), "35.09", 0.9)],
        directives=[Directive("Kabupaten Jember", person, "seluruh ASN netral", d_ev, date(2024, 10, 14), "ASN",
                              "meminta", "35.09", 0.8)],
        quotes=[Quote(person, "seluruh ASN netral", d_ev, date(2024, 10, 14))],
        events=[Event("Rakor", s2, date(2024, 10, 14), None, (person, "Rina Kusuma"))],
        places={"Kabupaten Jember": "35.09"},
    )

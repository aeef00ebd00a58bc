"""Ingest, NLP, lexicon, rules, resolution and NER training."""

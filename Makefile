# Two entry points for a fresh machine: `make demo` and `make test` (both install first).
PY ?= python3
STORE ?= out/store
SHARED ?= ../shared

.PHONY: install demo test train-ner eval bench
install: .install.stamp
.install.stamp: pyproject.toml
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

demo: install
	rm -rf $(STORE)
	$(PY) -m simpul build examples/ --store $(STORE)
	$(PY) -m simpul export out/kg.ttl --format ttl --store $(STORE)
	$(PY) -m simpul draw out/actors.png --store $(STORE)
	$(PY) -m simpul query --name holds --store $(STORE)
	$(PY) -m simpul query --name directives --store $(STORE)

test: install
	$(PY) -m pytest -q tests notebooks --nbmake

train-ner: install
	$(PY) -m simpul train ner --shared $(SHARED)

eval: install
	$(PY) -m simpul eval ner $(SHARED)/data/ner/nergrit/test.txt $(SHARED)/data/ner/nerp/test.txt $(SHARED)/data/ner/idner-news-2k/test.txt --bootstrap 1000
	$(PY) -m simpul eval facts $(SHARED)/dev-gold
	$(PY) -m simpul eval facts tests/gold/detik
	$(PY) -m simpul eval facts tests/gold/detik-test
	$(PY) -m simpul eval facts tests/gold/detik-test2
	$(PY) -m simpul eval facts tests/gold/detik-test3 --show 0  # held out: scores only, its errors stay unread
	$(PY) -m simpul eval persons $(SHARED)/dev-gold tests/gold/detik

bench: install
	$(PY) -m simpul bench nlp

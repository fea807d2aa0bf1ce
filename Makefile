# Shortcuts for the two commands in the README.
.PHONY: run test bench package
run:
	scripts/run.sh
test:
	scripts/test.sh
bench:
	.venv/bin/python -m bench
package:
	scripts/package.sh

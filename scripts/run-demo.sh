#!/usr/bin/env bash
# Open the bench window on a demo warehouse (embedded SQLite), setting up on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
fi
# Install, and again whenever the commands the packages declare (entry points in
# pyproject.toml) are not the ones registered, e.g. after a pull that changed them.
if ! .venv/bin/python scripts/entry-points-current.py 2>/dev/null; then
    .venv/bin/python -m pip install -q -e . 2>&1 | grep -v "^WARNING: Location" || true
fi
# The install builds the translations; rebuild any whose .ts changed since (a pull).
.venv/bin/python scripts/build_translations.py >/dev/null || true
DEMO_DB="${WAREHOUSE_DEMO_DB:-$PWD/demo-warehouse.db}"
if [ ! -f "$DEMO_DB" ]; then
    .venv/bin/warehouse-desktop init --demo --db "$DEMO_DB"
fi
exec .venv/bin/warehouse-desktop --db "$DEMO_DB" "$@"

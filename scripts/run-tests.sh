#!/usr/bin/env bash
# The whole test suite on a fresh machine: system packages (as root), services, a
# virtual environment with the project and its test extra, lint, types (mypy), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    mapfile -t wanted < <(grep -v '^#' scripts/system-packages.txt | grep -v '^$')
    missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    echo "== starting PostgreSQL with a test database"
    WAREHOUSE_TEST_POSTGRES="$(bash scripts/setup-postgres.sh | tail -1)"
    export WAREHOUSE_TEST_POSTGRES
    if [ -f .ci/setup-cups.sh ]; then
        echo "== starting CUPS with a PDF queue"
        bash .ci/setup-cups.sh
    fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    echo "== creating .venv"
    "$PY" -m venv .venv
fi
echo "== installing the project and its test extra"
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q -e ".[test]" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import warehouse_desktop, PySide6, peewee, reportlab, barcode, serial, zxingcpp"
.venv/bin/python scripts/build_translations.py

echo "== lint"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== types"
.venv/bin/mypy

echo "== tests"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"

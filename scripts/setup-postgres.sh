#!/usr/bin/env bash
# Start the Debian PostgreSQL cluster and make a test role and database (run as root).
# Prints the URL the tests use; run-tests.sh exports it as WAREHOUSE_TEST_POSTGRES.
set -euo pipefail
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    if ! pg_lsclusters -h | grep -q .; then
        pg_createcluster "$VERSION" main >/dev/null
    fi
    pg_ctlcluster "$VERSION" main start
fi
for _ in $(seq 1 50); do
    runuser -u postgres -- pg_isready -q -h 127.0.0.1 && break
    sleep 0.2
done
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='warehouse'")" != "1" ]; then
    psql_admin -c "CREATE ROLE warehouse LOGIN PASSWORD 'warehouse' CREATEDB"
fi
for db in warehouse_test warehouse_bench; do
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='$db'")" != "1" ]; then
        psql_admin -c "CREATE DATABASE $db OWNER warehouse"
    fi
done
echo "postgresql://warehouse:warehouse@127.0.0.1:5432/warehouse_test"

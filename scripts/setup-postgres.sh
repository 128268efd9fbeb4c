#!/usr/bin/env bash
# PostgreSQL for the warehouse (run as root on the server).
#
#   scripts/setup-postgres.sh
#       Start the Debian cluster and make the test role and databases the test suite uses;
#       prints the URL that run-tests.sh exports as WAREHOUSE_TEST_POSTGRES.
#
#   scripts/setup-postgres.sh warehouse NAME [PASSWORD_FILE]
#       A shared warehouse database NAME with two roles:
#         NAME_owner  owns the tables: `warehouse-desktop init` and upgrades connect as it;
#         NAME_bench  what every bench connects as: reads and writes rows, but cannot
#                     create, alter or drop tables, nor disable or drop a trigger (the
#                     append-only movement guard stays on).
#       Fresh passwords for both are written to PASSWORD_FILE (default ./NAME.pgpass, mode
#       0600) in ~/.pgpass format; copy the owner's line to the coordinator's ~/.pgpass and
#       the bench's line to each bench's ~/.pgpass.  No password is printed.  Running it
#       again keeps the database and sets new passwords.
set -euo pipefail

start_cluster() {
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
}

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

new_password() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

make_role() {  # make_role NAME PASSWORD: create or re-password a login role
    local exists
    exists="$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$1'")"
    if [ "$exists" = "1" ]; then
        psql_admin -c "ALTER ROLE \"$1\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$2'"
    else
        psql_admin -c "CREATE ROLE \"$1\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$2'"
    fi
}

if [ "${1:-}" = "warehouse" ]; then
    NAME="${2:?usage: $0 warehouse NAME [PASSWORD_FILE]}"
    case "$NAME" in *[!a-z0-9_]*) echo "NAME: lower-case letters, digits and _ only" >&2; exit 2;; esac
    FILE="${3:-./$NAME.pgpass}"
    OWNER="${NAME}_owner"
    BENCH="${NAME}_bench"
    start_cluster
    OWNER_PASSWORD="$(new_password)"
    BENCH_PASSWORD="$(new_password)"
    make_role "$OWNER" "$OWNER_PASSWORD"
    make_role "$BENCH" "$BENCH_PASSWORD"
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$NAME'")" != "1" ]; then
        psql_admin -c "CREATE DATABASE \"$NAME\" OWNER \"$OWNER\""
    fi
    psql_admin -d "$NAME" <<SQL
REVOKE ALL ON DATABASE "$NAME" FROM PUBLIC;
GRANT CONNECT ON DATABASE "$NAME" TO "$BENCH";
ALTER SCHEMA public OWNER TO "$OWNER";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO "$BENCH";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "$BENCH";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "$BENCH";
ALTER DEFAULT PRIVILEGES FOR ROLE "$OWNER" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "$BENCH";
ALTER DEFAULT PRIVILEGES FOR ROLE "$OWNER" IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "$BENCH";
SQL
    umask 077
    {
        echo "*:*:$NAME:$OWNER:$OWNER_PASSWORD"
        echo "*:*:$NAME:$BENCH:$BENCH_PASSWORD"
    } > "$FILE"
    chmod 600 "$FILE"
    echo "owner (init, upgrades): postgresql://$OWNER@SERVER:5432/$NAME"
    echo "benches:                postgresql://$BENCH@SERVER:5432/$NAME"
    echo "passwords (~/.pgpass lines): $FILE"
    exit 0
fi

start_cluster
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='warehouse'")" != "1" ]; then
    psql_admin -c "CREATE ROLE warehouse LOGIN PASSWORD 'warehouse' CREATEDB"
fi
for db in warehouse_test warehouse_bench; do
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='$db'")" != "1" ]; then
        psql_admin -c "CREATE DATABASE $db OWNER warehouse"
    fi
done
echo "postgresql://warehouse:warehouse@127.0.0.1:5432/warehouse_test"

#!/usr/bin/env bash
# Scale-out on one machine (docs/shared-archives.md, "Replicas"): starts a primary and a
# hot-standby replica streaming from it (initdb, pg_basebackup, streaming replication), publishes
# a SQLite archive to the primary, waits until the replica has replayed it, and searches on the
# replica. Both servers stop and their folder goes when the script ends.
#
#   pgreplica.sh LOCAL.sqlite QUERY [DIR]     (baoku-cli from $BAOKU_CLI, else from PATH)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cli=${BAOKU_CLI:-baoku-cli}
local=${1:?usage: pgreplica.sh LOCAL.sqlite QUERY [DIR]}
query=${2:?usage: pgreplica.sh LOCAL.sqlite QUERY [DIR]}
dir=${3:-/tmp/baoku-replica-$$}

mkdir -m 755 "$dir"
cleanup() {
    "$here/pgcluster.sh" stop "$dir/replica"
    "$here/pgcluster.sh" stop "$dir/primary"
    rmdir "$dir" 2>/dev/null || true
}
trap cleanup EXIT

primary=$("$here/pgcluster.sh" start "$dir/primary" $$)
replica=$("$here/pgcluster.sh" replica "$dir/primary" "$dir/replica" $$)
echo "primary: $primary"
echo "replica: $replica (hot standby: $(psql "$replica" -Atc 'SELECT pg_is_in_recovery()'))"

"$cli" publish --db "$local" --to "$primary"

# The replica has the archive once it has replayed the primary's WAL up to the publish's commit.
lsn=$(psql "$primary" -Atc "SELECT pg_current_wal_lsn()")
for _ in $(seq 600); do
    [ "$(psql "$replica" -Atc "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ] && break
    sleep 0.1
done
echo "replayed up to $lsn on the replica"
echo "--- search on the replica"
"$cli" search --db "$replica" "$query"

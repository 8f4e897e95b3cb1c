#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trials (docs/shared-archives.md, "Tests").
#
#   pgcluster.sh start DIR [WATCH_PID]   initdb in DIR/data, start it, print its URL; DIR must not
#                                        exist yet and its parent must be open to the owner (/tmp)
#   pgcluster.sh replica PRIMARY DIR [WATCH_PID]
#                                        a hot-standby replica of the cluster in PRIMARY, made by
#                                        pg_basebackup and streaming from it; prints its URL
#   pgcluster.sh stop DIR                stop it and delete DIR
#
# The server listens only on a Unix socket inside DIR (no TCP port, so parallel runs never
# collide), trusts local connections (the folder is private to its owner), and runs without
# fsync. initdb refuses to run as root, so as root the cluster belongs to `nobody`. With
# WATCH_PID a watcher stops the cluster and deletes DIR once that process is gone, so a crashed
# test leaves nothing running.
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "pgcluster.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: pgcluster.sh start|stop DIR [WATCH_PID] | replica PRIMARY DIR [WATCH_PID]" >&2; exit 2; }

# Makes DIR for the cluster's owner.
make_dir() {
    [ ! -e "$1" ] || { echo "pgcluster.sh: $1 exists already" >&2; exit 2; }
    mkdir -m 700 "$1"
    [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$1"
    cd "$1" && pwd
}

# Starts the server in DIR/data on a socket in DIR.
start_server() {
    as_owner "$PGBIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$1' -c port=5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$1/server.log" >&2; exit 1; }
}

case "$command" in
start|replica)
    watched=${3:-}
    if [ "$command" = start ]; then
        dir=$(make_dir "$dir")
        cd "$dir"
        as_owner "$PGBIN/initdb" -D "$dir/data" -U baoku --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        start_server "$dir"
        as_owner "$PGBIN/createdb" -h "$dir" -p 5432 -U baoku baoku
    else
        # pg_basebackup -R writes standby.signal and primary_conninfo: the copy starts as a hot
        # standby that streams the primary's WAL over the primary's socket.
        primary=$(cd "$dir" && pwd)
        dir=${3:?usage: pgcluster.sh replica PRIMARY DIR [WATCH_PID]}
        watched=${4:-}
        dir=$(make_dir "$dir")
        cd "$dir"
        as_owner "$PGBIN/pg_basebackup" -h "$primary" -p 5432 -U baoku -D "$dir/data" -R -X stream --no-sync \
            >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
        start_server "$dir"
    fi
    if [ -n "$watched" ]; then
        owner=""
        [ "$(id -u)" -eq 0 ] && owner="setpriv --reuid=nobody --regid=nogroup --clear-groups --"
        setsid bash -c "while kill -0 $watched 2>/dev/null; do sleep 1; done
            cd '$dir' && $owner '$PGBIN/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1 || true
            rm -rf '$dir'" </dev/null >/dev/null 2>&1 &
        echo $! >"$dir/watcher.pid"
    fi
    echo "postgresql://baoku@/baoku?host=$dir&port=5432"
    ;;
stop)
    [ -d "$dir" ] || exit 0
    if [ -f "$dir/watcher.pid" ]; then
        kill "$(cat "$dir/watcher.pid")" 2>/dev/null || true
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        (cd "$dir" && as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR [WATCH_PID] | replica PRIMARY DIR [WATCH_PID]" >&2
    exit 2
    ;;
esac

#!/bin/bash
# A throwaway PostgreSQL 15 cluster for the tests.
#
#   cluster.sh start DIR   initdb into DIR/data, start it on a free port with its
#                          socket in DIR, write its URL to DIR/url and print it
#   cluster.sh stop DIR    stop the server and remove DIR
#   cluster.sh url DIR     print the URL of a started cluster
#   cluster.sh halt DIR    stop the server, keeping its data (a server going down)
#   cluster.sh resume DIR  start a halted server again on the same port
#
# As root the server runs as the postgres user that Debian's package creates
# (initdb refuses to run as root). Only local connections, through the socket in
# DIR and 127.0.0.1, trusted: the cluster lives as long as one test run.
# Tests run it without fsync; ALMANAC_PG_FSYNC=on makes it durable, as a real
# server is (the benchmarks).
set -euo pipefail

bindir=${ALMANAC_PG_BINDIR:-/usr/lib/postgresql/15/bin}
command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|url|halt|resume DIR" >&2; exit 2; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  # A random high port that nothing listens on; start retries if one is taken meanwhile.
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    ss -Hltn "sport = :$port" 2>/dev/null | grep -q . || { echo "$port"; return; }
  done
}

serve() { # serve PORT: starts the server in DIR on it
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=${ALMANAC_PG_FSYNC:-off} -c max_connections=200" start >/dev/null
}

start() {
  [ -x "$bindir/initdb" ] || { echo "$0: no PostgreSQL server in $bindir (install postgresql-15)" >&2; exit 2; }
  rm -rf "$dir"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; chmod 700 "$dir"; fi
  as_server "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if serve "$port"; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
      echo "$port" >"$dir/port"
      cat "$dir/url"
      return 0
    fi
    echo "$0: the server did not start on port $port (attempt $attempt)" >&2
  done
  cat "$dir/server.log" >&2
  exit 1
}

stop() {
  if [ -d "$dir/data" ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

halt() {
  as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

resume() {
  serve "$(cat "$dir/port")"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  halt) halt ;;
  resume) resume ;;
  url) cat "$dir/url" ;;
  *) echo "usage: $0 start|stop|url|halt|resume DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks, on a free local
# port, in a temporary folder, trusting local connections only.
#   scripts/postgres-throwaway.sh start   prints "URL DIR" once it accepts connections
#   scripts/postgres-throwaway.sh stop DIR   stops it and removes the folder
# Uses Debian's postgresql package (pg_config --bindir, else /usr/lib/postgresql/*/bin).
# initdb refuses to run as root, so as root the cluster runs as the postgres user.
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
  echo "postgres-throwaway: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 3
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local bin dir port
  bin="$(bindir)"
  dir="$(mktemp -d /tmp/astana-pg.XXXXXX)"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  port="$(free_port)"
  # fsync off: a throwaway cluster, speed over durability.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
  }
  echo "postgres://postgres@127.0.0.1:$port/postgres $dir"
}

stop() {
  local dir="$1"
  [ -d "$dir/data" ] || exit 0
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?stop needs the folder start printed}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac

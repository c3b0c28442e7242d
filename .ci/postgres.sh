#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the storage and API tests and prints its URL alone on
# the last line of standard output (everything else goes to standard error):
#   export TEST_DATABASE_URL="$(bash .ci/postgres.sh)"
# Installs Debian's postgresql package when missing. The cluster lives in a temporary folder, runs
# as the postgres user on 127.0.0.1 and a random free port, and is stopped by `bash .ci/postgres.sh stop DIR`.
set -euo pipefail

if [ "${1:-}" = "stop" ]; then
  su postgres -s /bin/sh -c "pg_ctl_bin=\$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); \$pg_ctl_bin/pg_ctl -D '$2/data' -m fast stop" >&2
  exit 0
fi

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "Installing PostgreSQL (Debian package)" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

dir="$(mktemp -d /tmp/atlas-postgres.XXXXXX)"
chown postgres "$dir"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

su postgres -s /bin/sh -c "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >&2
su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=200\" start" >&2
su postgres -s /bin/sh -c "'$bin/psql' -h 127.0.0.1 -p $port -U postgres -q -c 'CREATE DATABASE atlas_test'" >&2
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir; stop with: bash .ci/postgres.sh stop $dir)" >&2
echo "postgres://postgres@127.0.0.1:$port/atlas_test"

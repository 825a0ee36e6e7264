#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The PostGIS tests against a real server (issue #19): a throwaway PostgreSQL cluster in a
# temporary folder on a free loopback port, with password login and the postgis extension, the
# Utrecht sample and a national table loaded with ogr2ogr; then test_postgis runs against it.
# The cluster is stopped and removed at the end, whatever happens. Exits 77 (CTest: skipped),
# saying why, when PostgreSQL, PostGIS or ogr2ogr is not installed or the server cannot start.
# With the plugin ZIP as second argument the real desktop (tests/desktop/run.sh, when qgis and
# xvfb-run are there) then reads a PostGIS layer and saves to a database table as a user does.
# Usage: tests/postgis/run.sh TEST_PROGRAM [PLUGIN_ZIP]
set -euo pipefail

program=$1
zip=${2:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

skip() { echo "SKIPPED: $*" >&2; exit 77; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || skip "PostgreSQL's server is not installed (Debian: apt-get install postgresql postgresql-postgis; scripts/test.sh installs it)"
version=$(basename "$(dirname "$bin")")
ls /usr/share/postgresql/"$version"/extension/postgis.control >/dev/null 2>&1 \
  || skip "PostGIS is not installed for PostgreSQL $version (Debian: apt-get install postgresql-postgis)"
command -v ogr2ogr >/dev/null || skip "ogr2ogr is not installed (Debian: apt-get install gdal-bin)"

# initdb refuses to run as root: the server runs as the postgres user then.
as=()
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || skip "running as root, and there is no postgres user to run the server as"
  as=(runuser -u postgres --)
  owner=postgres
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/veerkracht-postgis.XXXXXX")
chmod 755 "$dir"
cleanup() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=geheim-$RANDOM$RANDOM
printf '%s\n' "$password" > "$dir/pw"
chown "$owner" "$dir" "$dir/pw"
"${as[@]}" "$bin/initdb" -D "$dir/data" -U veerkracht --pwfile="$dir/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; skip "initdb failed (see above)"; }

# Stops and starts the server for the fault tests ("ctl.sh stop" stops it at once, as a crash would).
cat > "$dir/ctl.sh" <<EOF
#!/usr/bin/env bash
case "\$1" in
  stop) exec ${as[*]} "$bin/pg_ctl" -D "$dir/data" -m immediate stop ;;
  start) exec ${as[*]} "$bin/pg_ctl" -D "$dir/data" -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off" -l "$dir/server.log" -w start ;;
esac
EOF
chmod +x "$dir/ctl.sh"
"$dir/ctl.sh" start > /dev/null || { cat "$dir/server.log" >&2 || true; skip "the PostgreSQL server did not start (see above)"; }

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=veerkracht PGPASSWORD=$password
"$bin/psql" -qX -d postgres -c "CREATE DATABASE veerkracht" > /dev/null
"$bin/psql" -qX -d veerkracht -c "CREATE EXTENSION postgis" > /dev/null
pg="PG:host=127.0.0.1 port=$port user=veerkracht password=$password dbname=veerkracht"
data="$root/data/utrecht"
ogr2ogr -f PostgreSQL "$pg" "$data/buurten_2019.geojson" -nln buurten_2019 -lco GEOMETRY_NAME=geom -lco LAUNDER=NO
for table in kwb_2021_subset_en kwb_2023 leefbaarometer_buurten_2002_2024; do
  ogr2ogr -f PostgreSQL "$pg" "$data/$table.csv" -nln "$table" -lco LAUNDER=NO 2>/dev/null
done
# The national buurten (13,594) and a table of their codes: an output that takes seconds to write.
ogr2ogr -f PostgreSQL "$pg" "$root/data/nl/buurten_2019.topojson" -nln nl_buurten -lco GEOMETRY_NAME=geom -nlt PROMOTE_TO_MULTI 2>/dev/null
ogr2ogr -f PostgreSQL "$pg" "$root/data/nl/buurten_2019.topojson" -nln nl_codes -select statcode -nlt NONE 2>/dev/null
unset PGPASSWORD # the tests give it in their connections, as a user does

# QGIS's authentication database for the authcfg test: its own folder and master password.
mkdir -p "$dir/auth"
printf 'meester-%s\n' "$RANDOM" > "$dir/auth/master"
export QGIS_AUTH_DB_DIR_PATH=$dir/auth/ QGIS_AUTH_PASSWORD_FILE=$dir/auth/master
# A Basic login stored there with QGIS's own API (Debian's python3-qgis), as the desktop stores one.
authcfg=$(VEERKRACHT_PG_PASSWORD=$password QT_QPA_PLATFORM=offscreen /usr/bin/python3 - 2>/dev/null <<'PY' || true
import os
from qgis.core import QgsApplication, QgsAuthMethodConfig
app = QgsApplication([], False)
app.initQgis()
auth = QgsApplication.authManager()
with open(os.environ['QGIS_AUTH_PASSWORD_FILE']) as master:
    assert auth.setMasterPassword(master.read().strip(), True)
config = QgsAuthMethodConfig('Basic')
config.setName('veerkracht-test')
config.setConfig('username', 'veerkracht')
config.setConfig('password', os.environ['VEERKRACHT_PG_PASSWORD'])
stored = auth.storeAuthenticationConfig(config)
if isinstance(stored, tuple):
    stored, config = stored[0], stored[1]
assert stored and config.id()
print(config.id())
PY
)
export VEERKRACHT_PG_AUTHCFG=$authcfg VEERKRACHT_PG_AUTH_PASSWORD_FILE=$QGIS_AUTH_PASSWORD_FILE
export VEERKRACHT_PG_HOST=127.0.0.1 VEERKRACHT_PG_PORT=$port VEERKRACHT_PG_USER=veerkracht VEERKRACHT_PG_PASSWORD=$password \
  VEERKRACHT_PG_DATABASE=veerkracht VEERKRACHT_PG_CTL=$dir/ctl.sh
echo "PostgreSQL $version on 127.0.0.1:$port (cluster in $dir)" >&2
"$program"

if [ -n "$zip" ]; then
  if command -v qgis >/dev/null && command -v xvfb-run >/dev/null; then
    echo "The desktop with PostGIS (tests/desktop/check_postgis.py):" >&2
    VEERKRACHT_DESKTOP_CHECK=$root/tests/desktop/check_postgis.py \
      VEERKRACHT_PG_CONNECTION="dbname='veerkracht' host=127.0.0.1 port=$port user='veerkracht' password='$password'" \
      bash "$root/tests/desktop/run.sh" "$zip"
  else
    echo "NOTE: qgis or xvfb-run missing: the desktop part of the PostGIS test did not run" >&2
  fi
fi

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Developer helper: start a throwaway PostgreSQL on loopback (same settings as
# the test run), print its connection string, and drop it all on Ctrl-C.
#   ./build/run-postgres.sh            # first free port from 55432
#   ./build/run-postgres.sh 60000      # first free port from 60000
# Use it for tests:  DW_TEST_POSTGRES='<printed string>' dotnet test ...
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/services.sh
source "$ROOT/build/lib/services.sh"

SLEEP_PID=""
cleanup() {
  set +e
  [[ -n "$SLEEP_PID" ]] && kill "$SLEEP_PID" 2>/dev/null
  dw_stop_services
  dw_log "PostgreSQL stopped, data removed"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dw_ensure_packages postgresql
dw_start_postgres "${1:-55432}"

echo "$DW_TEST_POSTGRES"
dw_log "psql: psql -h 127.0.0.1 -p $DW_PG_PORT -U dw postgres"
dw_log "press Ctrl-C to stop"
# Background sleep + wait: bash runs the INT/TERM trap at once, not after it.
while true; do
  sleep 3600 &
  SLEEP_PID=$!
  wait "$SLEEP_PID" || true
done

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The one test command: ./build/test.sh [extra dotnet test args...]
# Installs PostgreSQL/Redis/Chromium with apt when missing, starts throwaway
# PostgreSQL and Redis on free loopback ports, runs every test in the solution
# and ends with one line "N passed, N failed[, N skipped]".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=lib/services.sh
source "$ROOT/build/lib/services.sh"
# shellcheck source=lib/run-summary.sh
source "$ROOT/build/lib/run-summary.sh"

RESULTS="$ROOT/artifacts/test-results/latest"

# Whatever happens (test failure, set -e abort, Ctrl-C), leave no server behind.
cleanup() {
  set +e
  dw_stop_services
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dw_ensure_packages postgresql redis-server chromium
dw_start_postgres 55432
dw_start_redis 56379

# Read by the test fixtures (see tests/); Playwright must use the apt Chromium.
export DW_TEST_POSTGRES DW_TEST_REDIS
export DW_TEST_CHROMIUM=/usr/bin/chromium
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# Keep going on failure: the summary below must still be printed.
set +e
# global.json selects Microsoft.Testing.Platform (xunit v3's runner), which closes with the run's totals.
# Two test modules at a time: the machine has 2 cores, and browser and database tests are timing-sensitive.
dotnet test --solution DigitalWorkplace.sln \
  --results-directory "$RESULTS" \
  --max-parallel-test-modules 2 \
  "$@" 2>&1 | tee "$RESULTS/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

# Stop the services now so their shutdown output cannot follow the summary.
cleanup

dw_run_summary "$RESULTS/dotnet-test.log"
dw_failed_tests "$RESULTS/dotnet-test.log"
if ((status != 0)); then
  echo "[dw] dotnet test exited with $status (see the log above)" >&2
elif ((DW_RUN_EXECUTED == 0)); then
  echo "[dw] no test was executed (wrong filter, or no test project found)" >&2
  status=1
fi
echo "$DW_RUN_SUMMARY"
exit "$status"

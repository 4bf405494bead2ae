# shellcheck shell=bash disable=SC2034  # DW_RUN_* are read by the caller
# dw_run_summary LOG
# Reads the closing summary that `dotnet test` (Microsoft.Testing.Platform) prints for the whole run:
#   total: N / failed: N / succeeded: N / skipped: N
# and sets
#   DW_RUN_SUMMARY   "N passed, N failed" (+ ", N skipped" when tests were skipped)
#   DW_RUN_EXECUTED  number of tests that ran
# A run with no summary (e.g. the build failed) is reported as "0 passed, 1 failed".
dw_run_summary() {
  local log=$1 counts total failed passed skipped
  DW_RUN_EXECUTED=0 DW_RUN_SUMMARY="0 passed, 1 failed"
  [[ -f "$log" ]] || return 0
  # The last value of each counter wins: per-module lines come first, the run's totals last.
  counts=$(awk '
    /^[ \t]*total:[ \t]*[0-9]+[ \t\r]*$/     { t = $2 }
    /^[ \t]*failed:[ \t]*[0-9]+[ \t\r]*$/    { f = $2 }
    /^[ \t]*succeeded:[ \t]*[0-9]+[ \t\r]*$/ { s = $2 }
    /^[ \t]*skipped:[ \t]*[0-9]+[ \t\r]*$/   { k = $2 }
    END { if (t == "") print "none"; else printf "%d %d %d %d\n", t, f, s, k }
  ' "$log")
  [[ "$counts" != none ]] || return 0
  read -r total failed passed skipped <<<"$counts"
  DW_RUN_EXECUTED=$((passed + failed))
  DW_RUN_SUMMARY="$passed passed, $failed failed"
  ((skipped == 0)) || DW_RUN_SUMMARY+=", $skipped skipped"
}

# dw_failed_tests LOG
# Repeats each failed test's name and the first lines of its error just above the run's last line,
# so that a CI page showing only the end of the output still names what failed. Log lines (JSON) are skipped.
dw_failed_tests() {
  local log=$1
  [[ -f "$log" ]] || return 0
  awk '
    /^[ \t]*\{"EventId"/ { next }
    /^[ \t]*failed [^:]/ { left = 6; shown++; if (shown > 5) exit; print "[dw] " $0; next }
    left > 0 { print "[dw]   " $0; left-- }
  ' "$log"
}

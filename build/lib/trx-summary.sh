# shellcheck shell=bash disable=SC2034  # DW_TRX_* are read by the caller
# dw_trx_summary DIR
# Sums the <Counters .../> of every .trx file under DIR and sets
#   DW_TRX_SUMMARY  "N passed, N failed" (+ ", N skipped" when tests were skipped)
#   DW_TRX_EXECUTED number of tests that ran
# No .trx at all (e.g. the build failed) is reported as "0 passed, 1 failed".
# Sets variables instead of printing so callers need no subshell.
# Plain awk (mawk works) so it also runs on a minimal machine without python.
dw_trx_summary() {
  local dir=$1 files=() counts passed failed skipped executed
  DW_TRX_EXECUTED=0 DW_TRX_SUMMARY="0 passed, 1 failed"
  if [[ -d "$dir" ]]; then
    mapfile -t files < <(find "$dir" -type f -name '*.trx' | sort)
  fi
  ((${#files[@]})) || return 0

  # RS="<": every XML element becomes one record, whatever the line breaks.
  counts=$(awk '
    function attr(rec, name) {
      if (match(rec, "[ \t\r\n]" name "=\"[0-9]+\"")) {
        return substr(rec, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0
      }
      return -1
    }
    BEGIN { RS = "<" }
    /^Counters[ \t\r\n]/ {
      p = attr($0, "passed"); if (p < 0) p = 0
      # error/timeout/aborted are failures too, as far as a human is concerned.
      f = 0
      split("failed error timeout aborted", names, " ")
      for (i = 1; i <= 4; i++) { v = attr($0, names[i]); if (v > 0) f += v }
      s = attr($0, "notExecuted"); if (s < 0) s = 0
      e = attr($0, "executed"); if (e < 0) e = p + f
      P += p; F += f; S += s; E += e
    }
    END { printf "%d %d %d %d\n", P, F, S, E }
  ' "${files[@]}")
  read -r passed failed skipped executed <<<"$counts"
  DW_TRX_EXECUTED=$executed
  DW_TRX_SUMMARY="$passed passed, $failed failed"
  ((skipped == 0)) || DW_TRX_SUMMARY+=", $skipped skipped"
}

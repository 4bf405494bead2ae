# shellcheck shell=bash disable=SC2034  # DW_* variables are read by the callers
# Shared helpers for build/test.sh and build/run-postgres.sh: install the
# test services with apt when missing, start throwaway PostgreSQL and Redis
# instances on free loopback ports, stop them again.
#
# Source this file; it defines functions and DW_* variables only.
# After dw_start_postgres: DW_PG_PORT, DW_PG_DIR, DW_TEST_POSTGRES.
# After dw_start_redis:    DW_REDIS_PORT, DW_REDIS_DIR, DW_TEST_REDIS.

DW_TMP_BASE=""          # one temp dir per run; every service lives below it
DW_PG_DIR="" DW_PG_PORT="" DW_PG_BIN=""
DW_REDIS_DIR="" DW_REDIS_PORT=""
DW_APT_UPDATED=0

dw_log() { printf '[dw] %s\n' "$*" >&2; }
dw_die() { printf '[dw] ERROR: %s\n' "$*" >&2; exit 1; }

# Newest PostgreSQL server bin dir (Debian puts them in /usr/lib/postgresql/<major>/bin).
dw_pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; fi
  done | sort -t/ -k5,5n | tail -n1   # highest major version wins
}

# dw_ensure_packages postgresql redis-server chromium
# Installs only the named packages whose programs are missing. apt-get update
# runs at most once per shell, and only when something has to be installed.
dw_ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    case "$pkg" in
      postgresql)   [[ -n "$(dw_pg_bindir)" ]] || missing+=(postgresql) ;;
      redis-server) { command -v redis-server && command -v redis-cli; } >/dev/null || missing+=(redis-server) ;;
      chromium)     [[ -x /usr/bin/chromium ]] || missing+=(chromium) ;;
      *)            dw_die "dw_ensure_packages: unknown package '$pkg'" ;;
    esac
  done
  ((${#missing[@]})) || return 0

  if [[ $EUID -ne 0 ]]; then
    dw_die "missing: ${missing[*]}. Install them as root:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  dw_log "installing with apt: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ((DW_APT_UPDATED == 0)); then
    apt-get update -q >&2
    DW_APT_UPDATED=1
  fi
  apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# True when something listens on 127.0.0.1:$1.
dw_port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1 && [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]; then
    return 0
  fi
  # Fallback for machines without iproute2: a successful connect means taken.
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# First free port at or above $1.
dw_free_port() {
  local port=$1
  while dw_port_in_use "$port"; do
    port=$((port + 1))
    ((port < 65000)) || dw_die "no free port found"
  done
  echo "$port"
}

dw_make_tmp_base() {
  [[ -n "$DW_TMP_BASE" ]] && return 0
  # Fixed /tmp (not $TMPDIR): the postgres user must be able to reach it and
  # the Unix socket path below it must stay under ~100 characters.
  DW_TMP_BASE=$(mktemp -d /tmp/dw-services.XXXXXX)
  chmod 755 "$DW_TMP_BASE"
}

# PostgreSQL refuses to run as root: as root, run its tools as "postgres".
dw_as_pg_user() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# dw_start_postgres [first-port]  (default 55432)
dw_start_postgres() {
  local port=${1:-55432} attempt locale=C
  DW_PG_BIN=$(dw_pg_bindir)
  [[ -n "$DW_PG_BIN" ]] || dw_die "no PostgreSQL server found under /usr/lib/postgresql"
  dw_make_tmp_base
  DW_PG_DIR="$DW_TMP_BASE/pg"
  mkdir -m 700 "$DW_PG_DIR"
  [[ $EUID -eq 0 ]] && chown postgres: "$DW_PG_DIR"

  # C.UTF-8 keeps byte-order sorting but still lower-/upper-cases accented
  # letters (French names); plain C only where it is not installed.
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale=C.UTF-8
  dw_as_pg_user "$DW_PG_BIN/initdb" -D "$DW_PG_DIR" -A trust -U dw -E UTF8 \
    --locale="$locale" --no-sync >/dev/null \
    || dw_die "initdb failed in $DW_PG_DIR"

  # Another run may grab the same port between our check and the bind:
  # on failure move to the next port and try again.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(dw_free_port "$port")
    if dw_as_pg_user "$DW_PG_BIN/pg_ctl" -D "$DW_PG_DIR" -l "$DW_PG_DIR/server.log" \
         -o "-p $port -k $DW_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
         -w -t 60 start >/dev/null; then
      DW_PG_PORT=$port
      DW_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=dw;Database=postgres"
      dw_log "PostgreSQL $("$DW_PG_BIN/postgres" --version | sed -n 's/.*(PostgreSQL) \([^ ]*\).*/\1/p') on 127.0.0.1:$port (data $DW_PG_DIR)"
      return 0
    fi
    dw_log "PostgreSQL did not start on port $port (attempt $attempt); log tail:"
    tail -n 5 "$DW_PG_DIR/server.log" >&2 || true
    port=$((port + 1))
  done
  dw_die "could not start PostgreSQL"
}

dw_stop_postgres() {
  [[ -n "$DW_PG_DIR" && -f "$DW_PG_DIR/postmaster.pid" ]] || return 0
  # Immediate: the data is thrown away anyway, no checkpoint needed.
  dw_as_pg_user "$DW_PG_BIN/pg_ctl" -D "$DW_PG_DIR" -m immediate -w stop >/dev/null 2>&1 || {
    local pid
    pid=$(head -n1 "$DW_PG_DIR/postmaster.pid" 2>/dev/null) || pid=""
    if [[ -n "$pid" ]]; then kill -9 "$pid" 2>/dev/null || true; fi
  }
  DW_PG_PORT=""
}

# dw_start_redis [first-port]  (default 56379)
dw_start_redis() {
  local port=${1:-56379} attempt i
  command -v redis-server >/dev/null || dw_die "redis-server not installed"
  dw_make_tmp_base
  DW_REDIS_DIR="$DW_TMP_BASE/redis"
  mkdir -p "$DW_REDIS_DIR"
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(dw_free_port "$port")
    rm -f "$DW_REDIS_DIR/redis.pid"
    # No persistence: tests want a clean, fast, disposable cache.
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no \
      --daemonize yes --dir "$DW_REDIS_DIR" --pidfile "$DW_REDIS_DIR/redis.pid" \
      --logfile "$DW_REDIS_DIR/redis.log" >/dev/null
    # --daemonize returns before the bind: wait until it answers (or dies).
    for i in $(seq 1 50); do
      if [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == PONG ]] \
         && [[ -f "$DW_REDIS_DIR/redis.pid" ]]; then
        DW_REDIS_PORT=$port
        DW_TEST_REDIS="127.0.0.1:$port"
        dw_log "Redis $(redis-server --version | sed -n 's/.*v=\([^ ]*\).*/\1/p') on 127.0.0.1:$port"
        return 0
      fi
      sleep 0.1
    done
    dw_log "Redis did not start on port $port (attempt $attempt); log tail:"
    tail -n 5 "$DW_REDIS_DIR/redis.log" >&2 || true
    dw_kill_redis_pidfile
    port=$((port + 1))
  done
  dw_die "could not start Redis"
}

dw_kill_redis_pidfile() {
  local pid
  pid=$(cat "$DW_REDIS_DIR/redis.pid" 2>/dev/null) || return 0
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; fi
}

dw_stop_redis() {
  [[ -n "$DW_REDIS_DIR" ]] || return 0
  if [[ -n "$DW_REDIS_PORT" ]]; then
    redis-cli -h 127.0.0.1 -p "$DW_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  # Fallback when shutdown did not get through; wait so the dir can go.
  local _ pid
  pid=$(cat "$DW_REDIS_DIR/redis.pid" 2>/dev/null) || pid=""
  if [[ -n "$pid" ]]; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  DW_REDIS_PORT=""
}

# Stops everything started through this file and deletes its temp dirs.
# Safe to call more than once (EXIT trap after an explicit call).
dw_stop_services() {
  dw_stop_postgres
  dw_stop_redis
  if [[ -n "$DW_TMP_BASE" && -d "$DW_TMP_BASE" ]]; then
    rm -rf "$DW_TMP_BASE"
  fi
  DW_TMP_BASE="" DW_PG_DIR="" DW_REDIS_DIR=""
}

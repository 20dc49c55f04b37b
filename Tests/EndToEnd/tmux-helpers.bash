# Helpers shared by the end-to-end scripts that drive the console in tmux. Sourced, not run
# (CI runs Tests/EndToEnd/*.sh; this file ends in .bash). The caller sets $socket (the tmux
# server) and $pane (the session the console runs in).

# setup_e2e "$@": checks the docket binary ($1) and the tools, makes $tmp and names the
# tmux server $socket (both removed on exit), and points Docket at a database in $tmp
# with a fixed clock. Sets $bin to the binary's absolute path.
setup_e2e() {
  local name=${0##*/}
  bin=${1:?usage: $name PATH-TO-docket}
  [ -x "$bin" ] || { echo "$name: $bin is not an executable" >&2; exit 2; }
  bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
  for tool in tmux python3; do
    command -v "$tool" >/dev/null || { echo "$name: needs $tool" >&2; exit 2; }
  done
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/docket-e2e.XXXXXX")
  socket="docket-e2e-$$"
  trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
  export DOCKET_DB="$tmp/docket.db"
  export DOCKET_NOW="2026-11-18T10:00:00Z"
  export XDG_CONFIG_HOME="$tmp/config"
  export SWIFT_BACKTRACE="interactive=no"
}

# fail MESSAGE: say what went wrong, show the screen, stop.
fail() {
  echo "${0##*/}: FAILED: $*" >&2
  if tmux -L "$socket" has-session -t "$pane" 2>/dev/null; then
    echo "---- screen ----" >&2
    tmux -L "$socket" capture-pane -p -t "$pane" >&2 || true
    echo "----------------" >&2
  fi
  exit 1
}

screen() { tmux -L "$socket" capture-pane -p -t "$pane"; }
keys() { tmux -L "$socket" send-keys -t "$pane" "$@"; }
typed() { tmux -L "$socket" send-keys -t "$pane" -l "$1"; }

# wait_for REGEX [SECONDS]: poll the screen until REGEX shows (bounded).
wait_for() {
  local pattern=$1 limit=${2:-10} tries
  tries=$((limit * 10))
  while [ "$tries" -gt 0 ]; do
    if screen | grep -Eq -- "$pattern"; then return 0; fi
    sleep 0.1
    tries=$((tries - 1))
  done
  fail "waited ${limit}s for /$pattern/"
}

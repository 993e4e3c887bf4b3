#!/usr/bin/env bash
# Runs the test suite inside a private D-Bus session with its own unlocked gnome-keyring, so
# the keyring tests use a real Secret Service and never touch the developer's own keyring.
# Without dbus-run-session or gnome-keyring the suite still runs; the Secret Service tests
# skip, or fail when DIALDESK_REQUIRE_SECRET_SERVICE=1 (as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

if [ -z "${DIALDESK_TEST_DBUS:-}" ] && command -v dbus-run-session >/dev/null \
   && command -v gnome-keyring-daemon >/dev/null; then
  export DIALDESK_TEST_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi

if [ -n "${DIALDESK_TEST_DBUS:-}" ]; then
  scratch=$(mktemp -d)
  export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  # A password on stdin creates the "login" keyring, unlocked, as the default collection
  # (an empty one creates nothing, and the first write would then want a GUI prompt).
  # It guards a throwaway keyring in $scratch. In the foreground, the daemon is the child
  # this script started, so the exit trap stops that one by PID, never another of the
  # user's keyring daemons. Its output goes to a file: it must not hold the caller's pipes.
  printf 'scratch-keyring' \
    | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$scratch/gk.log" 2>&1 &
  keyring_pid=$!
  trap 'kill "$keyring_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
  # Ready when it owns the Secret Service name on this private bus.
  for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
         | grep -q 'boolean true'; then
      break
    fi
    sleep 0.05
  done
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$PYTHON" -m pytest "$@"

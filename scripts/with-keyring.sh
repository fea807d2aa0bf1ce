#!/usr/bin/env bash
# Run a command with a throwaway gnome-keyring (Secret Service) on a private D-Bus session, so
# keyring tests use a real OS keyring and never a person's own:
#   scripts/with-keyring.sh .venv/bin/python -m pytest ...
# The keyring files, runtime sockets and keyring configuration live in a temporary folder that
# is removed afterwards. Without dbus-run-session or gnome-keyring-daemon the command runs as it
# is (the keyring tests then skip, or fail in CI, by themselves).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

if [ "${1:-}" != "--inside-session" ]; then
  if ! command -v dbus-run-session >/dev/null 2>&1 \
    || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring: dbus-run-session or gnome-keyring-daemon not found;" \
      "running without a keyring (Debian: dbus gnome-keyring)" >&2
    exec "$@"
  fi
  sandbox="$(mktemp -d "${TMPDIR:-/tmp}/nd-keyring-XXXXXX")"
  trap 'rm -rf "$sandbox"' EXIT
  set +e
  ND_KEYRING_SANDBOX="$sandbox" dbus-run-session -- bash "$0" --inside-session "$@"
  status=$?
  set -e
  exit $status
fi
shift

# Inside the private session bus. The command sees this folder for keyring data and config:
# a person's ~/.config/python_keyring/keyringrc.cfg or PYTHON_KEYRING_BACKEND must not steer
# the tests to another backend.
sandbox="$ND_KEYRING_SANDBOX"
unset ND_KEYRING_SANDBOX PYTHON_KEYRING_BACKEND
mkdir -p -m 700 "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/runtime"
export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
export XDG_RUNTIME_DIR="$sandbox/runtime"

# In the foreground, as our own child, so it is stopped by its own PID below; --unlock reads
# the new login keyring's password from stdin and leaves it unlocked.
printf '%s' "throwaway" \
  | HOME="$sandbox/home" gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$sandbox/keyring.log" 2>&1 &
keyring_pid=$!
stop_keyring() {
  kill "$keyring_pid" 2>/dev/null || true
  wait "$keyring_pid" 2>/dev/null || true
}
trap stop_keyring EXIT

secret_service_up() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
    | grep -q "boolean true"
}
if command -v dbus-send >/dev/null 2>&1; then
  for _ in $(seq 100); do
    secret_service_up && break
    kill -0 "$keyring_pid" 2>/dev/null || break
    sleep 0.05
  done
fi

# Check that Python's keyring really picks the Secret Service here; say so loudly if not.
root="$(cd "$(dirname "$0")/.." && pwd)"
python="$root/.venv/bin/python"
[ -x "$python" ] || python="$(command -v python3 || true)"
if [ -n "$python" ]; then
  backend="$("$python" -c 'import keyring; print(type(keyring.get_keyring()).__module__)' \
    2>/dev/null || true)"
  if [ "$backend" != "keyring.backends.SecretService" ]; then
    echo "with-keyring: keyring picked '${backend:-nothing}', not the Secret Service;" \
      "see $sandbox/keyring.log:" >&2
    cat "$sandbox/keyring.log" >&2 || true
  fi
fi

set +e
"$@"
status=$?
set -e
exit $status

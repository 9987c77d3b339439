#!/usr/bin/env bash
# Install Poise into ./.venv. Usage: scripts/install.sh [--test]
#   --test also installs the test tools and the Debian packages the tests use
#          (PostgreSQL server, Chromium); that part needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Poise needs root (or sudo) to install Debian packages: $*" >&2; exit 1; fi
}

debs=()
python3 -c 'import venv, ensurepip' 2>/dev/null || debs+=(python3-venv)
# WeasyPrint renders PDFs with Pango.
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || debs+=(libpango-1.0-0 libpangoft2-1.0-0)
# `poise practice --voice` records through PortAudio (sounddevice); everything else runs without it.
ldconfig -p 2>/dev/null | grep -q libportaudio.so.2 || debs+=(libportaudio2)
if [ "$want_test" = 1 ]; then
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || debs+=(postgresql)
  [ -x /usr/bin/chromium ] || debs+=(chromium)
  command -v espeak-ng >/dev/null || debs+=(espeak-ng)
fi
if [ "${#debs[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${debs[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debs[@]}"
fi

python=python3
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Poise needs Python 3.11 or newer; found $("$python" --version)." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$want_test" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "Poise is installed in .venv ($(.venv/bin/poise --version))."

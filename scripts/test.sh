#!/usr/bin/env bash
# Install Poise with its test tools (and PostgreSQL + Chromium from Debian), then run every test.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
exec .venv/bin/python -m pytest "$@"

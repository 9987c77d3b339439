#!/usr/bin/env bash
# Install Poise and start the web app on its embedded defaults (SQLite in your data folder,
# bundled language models). Open the address it prints. Extra arguments go to `poise serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/poise serve "$@"

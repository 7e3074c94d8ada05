#!/usr/bin/env bash
# Builds the web app into dist/ (release, offline), with .br/.gz copies for hosts that serve them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release
node tests/e2e/compress.mjs dist

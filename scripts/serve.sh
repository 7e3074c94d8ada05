#!/usr/bin/env bash
# Builds the calculator and serves it on localhost. Usage: bash scripts/serve.sh [PORT]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/build.sh"
cd "$ROOT"
exec node tests/e2e/serve.mjs dist "${1:-8080}"

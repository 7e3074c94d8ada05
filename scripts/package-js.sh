#!/usr/bin/env bash
# Builds the JS API as an ES-module package a site can drop in:
#   dist-js/srdi-calc/{package.json, index.js, index.d.ts, srdi_calc.js, srdi_calc_bg.wasm, srdi_calc.d.ts, README.md}
# Usage: bash scripts/package-js.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
OUT="$ROOT/dist-js/srdi-calc"
say "generating the profile's TypeScript types from its JSON Schema (crates/wasm/src/profile.d.ts)"
SRDI_BLESS=1 cargo test --locked -q -p srdi-wasm --test profile_types
say "building the JS API (crates/wasm, release at opt-level 3: hosts call evaluate in loops, so speed over size)"
cargo build --locked --release -p srdi-wasm --target wasm32-unknown-unknown
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name srdi_calc "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/srdi_calc.wasm"
wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue "$OUT/srdi_calc_bg.wasm" -o "$OUT/srdi_calc_bg.wasm"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
cat > "$OUT/package.json" <<JSON
{
  "name": "srdi-calc",
  "version": "$VERSION",
  "description": "Jiangsu 专精特新 (SRDI) policy calculator: every rule cited and dated, evaluated exactly, in the browser",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "index.js",
  "module": "index.js",
  "types": "index.d.ts",
  "exports": { ".": { "types": "./index.d.ts", "default": "./index.js" }, "./srdi_calc_bg.wasm": "./srdi_calc_bg.wasm" },
  "files": ["index.js", "index.d.ts", "srdi_calc.js", "srdi_calc_bg.wasm", "srdi_calc.d.ts", "srdi_calc_bg.wasm.d.ts", "README.md"],
  "sideEffects": false
}
JSON
cp crates/wasm/js/index.js crates/wasm/js/index.d.ts "$OUT/"
cp docs/js-api.md "$OUT/README.md"
say "JS API package in dist-js/srdi-calc ($(wc -c < "$OUT/srdi_calc_bg.wasm") bytes of wasm)"

#!/usr/bin/env bash
# Runs every test: the rules crate (quotes, clauses, declarative cases, properties),
# the CLI, then builds the web app and runs the browser tests in headless Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SRDI_NEED_BROWSER=1
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
say "fetching every crate in Cargo.lock (cargo deny reads them all, for every target)"
cargo fetch --locked
say "cargo test: rules crate and CLI"
cargo test --locked -p srdi-rules -p srdi-cli -p srdi-wasm -p srdi-extras -p srdi-office
say "cargo deny: licences, banned crates (nothing that talks to a network), sources"
cargo deny --offline check licenses bans sources
say "the rules crate builds for wasm32 with no web dependency"
cargo build --locked -q -p srdi-rules --target wasm32-unknown-unknown
if cargo tree -p srdi-rules -e normal | grep -Eq 'wasm-bindgen|web-sys|yew'; then echo "srdi-rules must not depend on web crates"; exit 1; fi
say "wasm-bindgen tests in headless Chromium: JS API parity with native, JS errors, web components"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked -p srdi-wasm -p srdi-web --target wasm32-unknown-unknown
say "web components again, built with English (the page's first load is Chinese only; web/src/handoff.rs)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked -p srdi-web --features english --target wasm32-unknown-unknown
say "building the JS API package (dist-js/srdi-calc)"
bash "$ROOT/scripts/package-js.sh"
say "building the web app"
bash "$ROOT/scripts/build.sh"
say "first-load size (a ratchet: 180 KiB, the budget (178.6 measured here after English and hydration left the first load; + 1, rounded up); docs/performance.md; raise it only for new policy text)"
node scripts/size.mjs dist --max-brotli-kb 180 --baseline scripts/size-baseline.json
say "browser tests (playwright-core + Debian chromium); screenshots in tests/e2e/artifacts/"
(cd tests/e2e && node --test --test-concurrency=1 ./*.test.mjs)
say "all tests passed"

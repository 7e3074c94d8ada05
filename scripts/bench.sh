#!/usr/bin/env bash
# Measures every speed and size budget of docs/performance.md on this machine:
#   native evaluation, parsing and growth (criterion), `srdi batch` throughput and memory,
#   the JS API and the UI in headless Chromium, and the first-load size.
# Usage: bash scripts/bench.sh        (takes about 5 minutes; figures go to stdout)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SRDI_NEED_BROWSER=1
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
say "criterion: evaluate, batch line, growth with the rule count"
cargo bench --locked -p srdi-bench --bench evaluate -- --warm-up-time 2 --measurement-time 5 2>&1 | grep -E '^[a-z_]+/|time:|thrpt:' | grep -v '%'

say "srdi batch: JSONL in and out, one core"
cargo build --locked -q --release -p srdi-cli
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$ROOT/tests/parity/golden.jsonl" "$TMP" <<'PY'
import json, sys
rows = [json.dumps(json.loads(l)["profile"], ensure_ascii=False) for l in open(sys.argv[1], encoding="utf-8")]
for n in (100_000, 1_000_000):
    with open(f"{sys.argv[2]}/in-{n}.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(rows[i % len(rows)] + "\n")
PY
for n in 100000 1000000; do
  /usr/bin/time -f "%e %M" -o "$TMP/time" taskset -c 0 ./target/release/srdi batch --as-of 2026-11-23 "$TMP/in-$n.jsonl" "$TMP/out.jsonl" 2>/dev/null || true
  read -r secs rss < "$TMP/time"
  python3 -c "import sys; n,s,r=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); print(f'{n:>9} profiles: {s:.2f} s = {n/s:,.0f} profiles/s, max RSS {r/1024:.1f} MB')" "$n" "$secs" "$rss"
done

say "JS API and web app in headless Chromium"
bash scripts/build.sh >/dev/null
bash scripts/package-js.sh >/dev/null
node tests/e2e/bench.mjs

say "office mode: a 100,000-row register in the browser (issue 19's budget: 10 s on 2 cores, 500 MB, no main-thread task over 100 ms)"
node tests/e2e/office-bench.mjs 100000 utf8

say "first-load size"
node scripts/size.mjs dist

say "where the page's wasm bytes go (twiggy, by crate and the 20 largest functions)"
if ! "$HOME/.cargo/bin/twiggy" --version 2>/dev/null | grep -q '0.8'; then cargo install twiggy --version 0.8.0; fi
node scripts/wasm-report.mjs   # the first load's wasm, kept by scripts/build.sh

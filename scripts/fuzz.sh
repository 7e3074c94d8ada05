#!/usr/bin/env bash
# Fuzzes profile parsing and evaluation with cargo-fuzz (libFuzzer) on the nightly toolchain.
# Usage: bash scripts/fuzz.sh [seconds]      (default 600: the documented 10-minute run)
# The corpus is seeded from every profile in tests/parity/golden.jsonl (all declarative cases and
# generated profiles) and a few share links; findings land in fuzz/artifacts/profile_eval/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECS="${1:-600}"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$ROOT"
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
CORPUS="$ROOT/fuzz/corpus/profile_eval"
mkdir -p "$CORPUS"
python3 - "$ROOT/tests/parity/golden.jsonl" "$CORPUS" <<'PY'
import json, sys, hashlib, os
golden, out = sys.argv[1], sys.argv[2]
seeds = [json.dumps(json.loads(l)["profile"], ensure_ascii=False) for l in open(golden, encoding="utf-8")]
seeds += ["v=1&city=nanjing&size=small&titles.little_giant=2026", "v=1&city=huaian&size=small&rd.expense_this_year_yuan=1,000万",
          "１,０００万", "3.2%", "2亿", "二〇二五", "v=9&city=suzhou&size=micro&district=%E5%B7%A5"]
for s in seeds:
    b = s.encode("utf-8")
    open(os.path.join(out, hashlib.sha1(b).hexdigest()), "wb").write(b)
print(f"fuzz: {len(seeds)} seeds in {out}")
PY
cd fuzz
cargo +nightly fuzz run profile_eval "$CORPUS" -- -max_total_time="$SECS" -max_len=4096 -timeout=10 2>&1 | tee "$ROOT/fuzz/last-run.log" | grep -E "^#[0-9]+.*(DONE|pulse)|Done|ERROR|panicked|SUMMARY" || true
if grep -qE "ERROR|panicked|SUMMARY: libFuzzer" "$ROOT/fuzz/last-run.log"; then
  echo "fuzz: FOUND A PROBLEM, see fuzz/last-run.log and fuzz/artifacts/"; exit 1
fi
echo "fuzz: $SECS s without a panic or overflow ($(grep -oE 'Done [0-9]+ runs' "$ROOT/fuzz/last-run.log" | tail -1))"

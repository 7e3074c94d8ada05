//! `cargo bench -p srdi-bench`: evaluation of a full profile (budget ≤ 2 µs median),
//! reading + evaluating + summarising one JSON line as `srdi batch` does, and growth
//! with the rule set replicated 1×, 10× and 100× (cost must grow no worse than linearly).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
// std's black_box, not criterion's: criterion 0.5's (without the nightly `real_blackbox`
// feature) copies its argument with volatile reads (in a plain loop, that copy of an assessment
// measured ~0.9 µs). For the same reason the routines return nothing: criterion passes a
// routine's result through its own black_box. `keep` hands the result to std's and drops it,
// in the timing.
use std::hint::black_box;

fn keep<T>(x: T) {
    black_box(&x);
}
use srdi_bench::{profile, FULL_NANJING, HUAIAN};
use srdi_rules::{evaluate, eval::evaluate_with, parse::profile_from_json, policies, Date};

fn bench(c: &mut Criterion) {
    let as_of = Date::ymd(2026, 11, 23);
    let full = profile(FULL_NANJING);
    let huaian = profile(HUAIAN);

    let mut g = c.benchmark_group("evaluate");
    g.bench_function("full_nanjing_profile", |b| b.iter(|| keep(evaluate(black_box(&full), as_of))));
    g.bench_function("huaian_profile", |b| b.iter(|| keep(evaluate(black_box(&huaian), as_of))));
    // What the JS API and `--format json` pay on top: every quote, step and note written out.
    g.bench_function("full_nanjing_profile_to_json", |b| b.iter(|| keep(serde_json::to_string(&evaluate(black_box(&full), as_of).expect("evaluates")).expect("json"))));
    g.finish();

    let line = FULL_NANJING.replace('\n', "");
    let mut g = c.benchmark_group("batch_line");
    g.throughput(Throughput::Elements(1));
    g.bench_function("parse_evaluate_summarise", |b| {
        b.iter(|| {
            let p = profile_from_json(black_box(&line)).expect("valid");
            let a = evaluate(&p, as_of).expect("evaluates");
            keep(serde_json::to_string(&a.totals).expect("json"))
        })
    });
    g.finish();

    let mut g = c.benchmark_group("growth");
    for times in [1usize, 10, 100] {
        let docs: Vec<_> = std::iter::repeat(policies::ALL).take(times).flatten().collect();
        g.throughput(Throughput::Elements(times as u64));
        g.bench_with_input(BenchmarkId::new("rule_set_replicated", times), &docs, |b, docs| b.iter(|| keep(evaluate_with(black_box(docs), &full, as_of))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

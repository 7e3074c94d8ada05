//! Build-time prerendering (native only): renders the blank calculator with
//! Yew's server renderer into `dist/index.html`, so the form and an empty-state
//! result are readable before the wasm arrives (and without JavaScript). The
//! wasm then replaces that markup with the running app, keeping what was typed into it (see `main.rs`).
//!
//! Usage: `cargo run --release -p srdi-web -- dist/index.html [YYYY-MM-DD]`
//! (the date defaults to today, UTC; it is written into the page so the
//! first client render matches).

use crate::components::app::{App, AppProps};
use crate::embed::{Config, Mode};
use srdi_rules::Date;
use std::process::ExitCode;

const MARK: &str = "<!-- srdi:prerender -->";

fn today_utc() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    Date::from_unix_days((secs / 86_400) as i64).unwrap_or(Date::ymd(2026, 1, 1))
}

pub fn run() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: srdi-web DIST/index.html [YYYY-MM-DD]");
        return ExitCode::from(2);
    };
    let date = match args.get(1) {
        Some(d) => match Date::parse(d) {
            Some(d) => d,
            None => {
                eprintln!("bad date `{d}`");
                return ExitCode::from(2);
            }
        },
        None => today_utc(),
    };
    let page = match std::fs::read_to_string(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    let Some(start) = page.find(MARK) else {
        eprintln!("{path}: no `{MARK}` marker (already prerendered?)");
        return ExitCode::from(1);
    };
    let props = AppProps { config: Config::new(Mode::Standalone), seed: Some(date), typed: Vec::new(), handed: None, english: None };
    let rt = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let local = tokio::task::LocalSet::new();
    let html = local.block_on(&rt, yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
    // Replace the marker and the loading line after it, up to the root's closing tag.
    let Some(end) = page[start..].find("</div>").map(|i| start + i) else {
        eprintln!("{path}: no closing </div> after the marker");
        return ExitCode::from(1);
    };
    let out = format!("{}{}\n  {}", &page[..start], html, &page[end..]).replacen("data-srdi-standalone", &format!("data-srdi-standalone data-srdi-prerendered=\"{date}\""), 1);
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("{path}: {e}");
        return ExitCode::from(1);
    }
    println!("prerender: {path} now holds the form and results as of {date} ({} bytes of HTML)", html.len());
    ExitCode::SUCCESS
}

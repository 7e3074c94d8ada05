//! The payment timeline as the page shows it (issue 20 §2), written here so the page's first load
//! carries none of it: a bar chart (inline SVG) of each year's money — the firm's certain sums,
//! the graduates' rent, what is only likely — and beside it the table it is drawn from, which
//! screen readers read (the chart says so and hides nothing the table lacks). Every figure is the
//! rules crate's timeline (`srdi_rules::timeline`), itself read off the assessment.

use srdi_rules::money::{format_en, format_zh, Fen};
use srdi_rules::timeline::{Timeline, What};
use srdi_rules::Text;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The timeline as HTML (chart and table), in one language; empty when no year has money.
pub fn html(t: &Timeline, en: bool) -> String {
    let pick = |x: &Text| esc(if en { &x.en } else { &x.zh });
    let money = |f: Fen| esc(&if en { format_en(f) } else { format_zh(f) });
    let l = |zh: &'static str, e: &'static str| if en { e } else { zh };
    if t.years.is_empty() {
        return String::new();
    }
    // Bars: per year, the firm's certain money (one-off + yearly), the graduates' (certain), and
    // all that is only likely; caps are not money received and are listed in the table only.
    let bars: Vec<(u16, Fen, Fen, Fen)> = t
        .years
        .iter()
        .map(|y| (y.year, y.certain.one_off_fen.saturating_add(y.certain.yearly_fen), y.certain.staff_fen, y.likely.one_off_fen.saturating_add(y.likely.yearly_fen).saturating_add(y.likely.staff_fen)))
        .collect();
    let top = bars.iter().map(|(_, a, b, c)| a.saturating_add(*b).saturating_add(*c)).max().unwrap_or(0).max(1);
    let (w, h, gap) = (100 / bars.len().max(1) as i64, 60i64, 2i64);
    let mut svg = format!(
        "<svg class=\"timeline-chart\" viewBox=\"0 0 100 {}\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{}\">",
        h + 10,
        l("按年份的金额柱状图（深色：企业确定；绿色：毕业生租房补贴；浅色：可能）。数字见下表。", "Money by year (dark: the firm's, certain; green: graduates' rent; light: likely). Figures in the table below.")
    );
    for (i, (year, firm, staff, likely)) in bars.iter().enumerate() {
        let x = i as i64 * w + gap / 2;
        let mut y = h;
        for (fen, class) in [(*firm, "c"), (*staff, "s"), (*likely, "l")] {
            // Heights in whole hundredths of the tallest bar (i128: no overflow for any fen).
            let bar = (i128::from(fen) * i128::from(h) / i128::from(top)) as i64;
            // Every sum has its rect (a tiny one may be 0 high): the chart carries all the table's money.
            if fen > 0 {
                y -= bar;
                svg += &format!("<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{bar}\" data-year=\"{year}\" data-fen=\"{fen}\"/>", w - gap);
            }
        }
        svg += &format!("<text x=\"{}\" y=\"{}\" font-size=\"5\" text-anchor=\"middle\">{year}</text>", x + (w - gap) / 2, h + 7);
    }
    svg += "</svg>";
    let mut table = format!(
        "<table class=\"timeline-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
        l("发放时间表：按年、月列出每项金额；“可能”的单列", "When the money comes, by year and month; likely amounts marked"),
        l("时间", "When"),
        l("项目与金额", "Item and amount"),
        l("确定或可能", "Certain or likely")
    );
    for y in &t.years {
        table += &format!("<tbody data-year=\"{}\"><tr class=\"year\">", y.year);
        table += &format!("<th scope=\"rowgroup\" colspan=\"3\">{}</th></tr>", pick(&y.heading()));
        for e in &y.entries {
            let kind = match e.what {
                What::LoanTerm { .. } | What::NotAnnounced { .. } => l("说明", "note"),
                _ if e.certain => l("确定", "certain"),
                _ => l("可能", "likely"),
            };
            let why = e.why.map(|w| format!("<br><small>{}</small>", pick(&w.text()))).unwrap_or_default();
            // The bar it counts in: c (the firm's), s (the graduates'), u (a cap), n (a note).
            let (fen, bar) = match e.what {
                What::OneOff { fen } | What::SchemeYear { fen, .. } | What::Yearly { fen, .. } => (fen, "c"),
                What::Staff { fen, .. } => (fen, "s"),
                What::UpTo { cap_fen } => (cap_fen, "u"),
                _ => (0, "n"),
            };
            table += &format!(
                "<tr data-timeline-rule=\"{}\" data-fen=\"{fen}\" data-bar=\"{bar}\" data-certain=\"{}\"><td>{}</td><td>{}</td><td>{kind}{why}</td></tr>",
                esc(e.rule_id),
                e.certain,
                y.year,
                pick(&e.words())
            );
        }
        table += "</tbody>";
    }
    table += "</table>";
    let (c, lk) = t.sums().unwrap_or_default();
    let note = format!(
        "<p class=\"timeline-sum\">{}{}{}</p>",
        l("各年合计：企业确定 ", "All years: the firm's certain money "),
        money(c.one_off_fen.saturating_add(c.yearly_fen)),
        if lk.one_off_fen.saturating_add(lk.yearly_fen).saturating_add(lk.staff_fen) > 0 {
            format!("{}{}", l("；可能另有 ", "; likely "), money(lk.one_off_fen.saturating_add(lk.yearly_fen).saturating_add(lk.staff_fen)))
        } else {
            String::new()
        }
    );
    svg + &table + &note
}

/// Each year's heading, one a line: what the printed card lists (the table stays on screen).
pub fn headings(t: &Timeline, en: bool) -> String {
    t.years.iter().map(|y| if en { y.heading().en } else { y.heading().zh }).collect::<Vec<_>>().join("\n")
}

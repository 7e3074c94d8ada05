//! Money as integer fen (1 元 = 100 分), with checked arithmetic and the
//! display Chinese readers expect (元 below 10,000, 万元 above).

/// An amount in fen. Never a float.
pub type Fen = i64;

pub const FEN_PER_YUAN: Fen = 100;

/// `yuan` 元 as fen, for const data.
pub const fn yuan(yuan: i64) -> Fen {
    yuan * FEN_PER_YUAN
}

/// `wan` 万元 as fen, for const data.
pub const fn wan(wan: i64) -> Fen {
    wan * 10_000 * FEN_PER_YUAN
}

/// `amount × bp / 10_000`, rounded down to the fen; `None` on overflow.
pub fn apply_bp(amount: Fen, bp: u32) -> Option<Fen> {
    let v = i128::from(amount).checked_mul(i128::from(bp))? / 10_000;
    Fen::try_from(v).ok()
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn fen_part(rest: u64) -> String {
    if rest == 0 {
        String::new()
    } else if rest % 10 == 0 {
        format!(".{}", rest / 10)
    } else {
        format!(".{rest:02}")
    }
}

/// One way of writing a sum everywhere: 万元 when that is exact to two decimals (`100 万元`,
/// `12.5 万元`, `5.76 万元`), else 元 with thousands separators (`92,160 元`, `2,400 元`, `0.35 元`),
/// never `9.216 万元`.
pub fn format_zh(fen: Fen) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    let wan_fen = 10_000 * 100;
    let yi_fen = 100_000_000 * 100;
    // 亿元 to two decimals (a multiple of 100 万元), then 万元 to two decimals (a multiple of 100 元):
    // "7 亿元", not "70,000 万元".
    if abs >= yi_fen && abs % 100_000_000 == 0 {
        format!("{sign}{}{} 亿元", group_thousands(abs / yi_fen), fen_part((abs % yi_fen) / 100_000_000))
    } else if abs >= wan_fen && abs % 10_000 == 0 {
        format!("{sign}{}{} 万元", group_thousands(abs / wan_fen), fen_part((abs % wan_fen) / 10_000))
    } else {
        format!("{sign}{}{} 元", group_thousands(abs / 100), cents(abs % 100))
    }
}

/// A sum of whole 元 as a finance clerk writes it into a form (and the form reads back to
/// the same sum): `1.5亿`, `5000万`, `12,345`.
pub fn yuan_text(yuan: i64) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let abs = yuan.unsigned_abs();
    if abs >= 100_000_000 && abs % 1_000_000 == 0 {
        format!("{sign}{}{}亿", abs / 100_000_000, fen_part(abs % 100_000_000 / 1_000_000))
    } else if abs >= 10_000 && abs % 10_000 == 0 {
        format!("{sign}{}万", abs / 10_000)
    } else {
        format!("{sign}{}", group_thousands(abs))
    }
}

/// Jiao and fen of a sum in 元, always two digits when there are any (`987,653.60 元`).
fn cents(rest: u64) -> String {
    if rest == 0 {
        String::new()
    } else {
        format!(".{rest:02}")
    }
}

/// Fen as a plain number of 元 a spreadsheet reads as a number: `1000000`, `987653.60`
/// (two decimals when there are fen). Exports (the items' CSV, office mode) use it.
pub fn yuan_cell(fen: Fen) -> String {
    let (sign, abs) = (if fen < 0 { "-" } else { "" }, fen.unsigned_abs());
    match abs % 100 {
        0 => format!("{sign}{}", abs / 100),
        f => format!("{sign}{}.{f:02}", abs / 100),
    }
}

/// `¥2,400`, `¥1,000,000`, `¥0.35`.
pub fn format_en(fen: Fen) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    format!("{sign}¥{}{}", group_thousands(abs / 100), cents(abs % 100))
}

/// A difference between two rates, in percentage points (`50` → `0.5 个百分点`): "LPR + 0.5%"
/// could be read as LPR × 1.005.
pub fn format_points_zh(bp: u32) -> String {
    format!("{} 个百分点", format_bp(bp).trim_end_matches('%'))
}

/// The same in English (`50` → `0.5 percentage points`).
pub fn format_points_en(bp: u32) -> String {
    let n = format_bp(bp);
    let n = n.trim_end_matches('%');
    format!("{n} percentage point{}", if n == "1" { "" } else { "s" })
}

/// A rate in basis points as a percentage: `200` → `2%`, `350` → `3.5%`, `80` → `0.8%`.
pub fn format_bp(bp: u32) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        format!("{whole}%")
    } else if frac % 10 == 0 {
        format!("{whole}.{}%", frac / 10)
    } else {
        format!("{whole}.{frac:02}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_chinese_readers_expect() {
        assert_eq!(format_zh(wan(100)), "100 万元");
        assert_eq!(format_zh(wan(1000)), "1,000 万元");
        assert_eq!(format_zh(yuan(2400)), "2,400 元");
        assert_eq!(format_zh(yuan(125_000)), "12.5 万元");
        assert_eq!(format_zh(yuan(57_600)), "5.76 万元");
        // 万元 only where two decimals say it exactly; else 元 (not `9.216 万元`, `1.0001 万元`).
        assert_eq!(format_zh(yuan(92_160)), "92,160 元");
        assert_eq!(format_zh(yuan(10_001)), "10,001 元");
        assert_eq!(format_zh(yuan(1_000_050)), "1,000,050 元");
        assert_eq!(format_zh(yuan(10_000) + 5), "10,000.05 元");
        assert_eq!(format_zh(-wan(3)), "-3 万元");
        assert_eq!(format_zh(35), "0.35 元");
        assert_eq!(format_zh(wan(70_000)), "7 亿元");
        assert_eq!(format_zh(wan(12_500)), "1.25 亿元");
        assert_eq!(format_zh(wan(12_345)), "12,345 万元");
        assert_eq!(format_zh(98_765_360), "987,653.60 元");
        assert_eq!(format_zh(0), "0 元");
        assert_eq!(format_en(wan(300)), "¥3,000,000");
        assert_eq!(format_en(yuan(960) + 50), "¥960.50");
        assert_eq!(format_bp(200), "2%");
        assert_eq!(format_bp(350), "3.5%");
        assert_eq!(format_bp(80), "0.8%");
        assert_eq!(format_bp(5), "0.05%");
    }

    #[test]
    fn basis_points_are_exact_and_checked() {
        assert_eq!(apply_bp(yuan(10_000_000), 200), Some(yuan(200_000)));
        assert_eq!(apply_bp(yuan(1), 1), Some(0));
        assert_eq!(apply_bp(Fen::MAX, 10_000), Some(Fen::MAX));
        assert_eq!(apply_bp(Fen::MAX, 20_000), None);
    }
}

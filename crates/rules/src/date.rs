//! Calendar dates without a date library: parse `YYYY-MM-DD`, compare, take the year.

use core::fmt;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A valid Gregorian date between 1990-01-01 and 2100-12-31.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

use crate::bounds::{MAX_YEAR, MIN_YEAR};

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

impl Date {
    /// The civil date `days` days after 1970-01-01 (Howard Hinnant's algorithm);
    /// callers read their own clock. `None` outside the supported years.
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let m = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let y = u16::try_from(yoe.checked_add(era.checked_mul(400)?)?.checked_add(i64::from(m <= 2))?).ok()?;
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01 (the inverse of [`Date::from_unix_days`]; Howard Hinnant's algorithm).
    pub const fn unix_days(self) -> i64 {
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Whole days from this date to `later` (negative when `later` is earlier).
    pub const fn days_until(self, later: Date) -> i64 {
        later.unix_days() - self.unix_days()
    }

    /// A date from parts, or `None` when it is not a real date in range.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// For const data only: panics at compile time on a bad literal.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date literal"),
        }
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days in the date's year (365 or 366).
    pub const fn days_in_year(self) -> u16 {
        if days_in_month(self.year, 2) == 29 {
            366
        } else {
            365
        }
    }

    /// The date's day of its year, 1-based (1 January = 1).
    pub const fn day_of_year(self) -> u16 {
        let mut n = self.day as u16;
        let mut m = 1;
        while m < self.month {
            n += days_in_month(self.year, m) as u16;
            m += 1;
        }
        n
    }

    /// Days from this date to 31 December of its year, both counted.
    pub const fn days_to_year_end(self) -> u16 {
        self.days_in_year() - self.day_of_year() + 1
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        let y = u16::try_from(num(0..4)?).ok()?;
        let m = u8::try_from(num(5..7)?).ok()?;
        let d = u8::try_from(num(8..10)?).ok()?;
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid date `{s}`: expected YYYY-MM-DD between {MIN_YEAR} and {MAX_YEAR}")))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "description": "YYYY-MM-DD" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_become_civil_dates() {
        assert_eq!(Date::from_unix_days(0), None, "1970 is before the supported years");
        assert_eq!(Date::from_unix_days(20_415), Some(Date::ymd(2025, 11, 23)));
        assert_eq!(Date::from_unix_days(20_780), Some(Date::ymd(2026, 11, 23)));
        assert_eq!(Date::from_unix_days(19_782), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::from_unix_days(i64::MAX), None);
    }

    #[test]
    fn civil_dates_count_days_both_ways() {
        assert_eq!(Date::ymd(2025, 11, 23).unix_days(), 20_415);
        assert_eq!(Date::ymd(2024, 2, 29).unix_days(), 19_782);
        for d in [Date::ymd(1990, 1, 1), Date::ymd(2000, 2, 29), Date::ymd(2026, 12, 31), Date::ymd(2100, 12, 31)] {
            assert_eq!(Date::from_unix_days(d.unix_days()), Some(d));
        }
        // 「规则更新于 2026-11-23，已 41 天」 on 2027-01-03.
        assert_eq!(Date::ymd(2026, 11, 23).days_until(Date::ymd(2027, 1, 3)), 41);
        assert_eq!(Date::ymd(2024, 2, 28).days_until(Date::ymd(2024, 3, 1)), 2);
        assert_eq!(Date::ymd(2026, 3, 1).days_until(Date::ymd(2026, 2, 28)), -1);
    }

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2026-11-23"), Some(Date::ymd(2026, 11, 23)));
        assert_eq!(Date::parse("2024-02-29").map(Date::year), Some(2024));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("1989-12-31"), None);
        assert_eq!(Date::parse("2026-1-1"), None);
        assert_eq!(Date::parse("２０２６-01-01"), None);
        assert!(Date::ymd(2025, 12, 31) < Date::ymd(2026, 1, 1));
    }

    #[test]
    fn days_to_the_end_of_the_year() {
        assert_eq!(Date::ymd(2026, 7, 1).days_to_year_end(), 184);
        assert_eq!(Date::ymd(2026, 1, 1).days_to_year_end(), 365);
        assert_eq!(Date::ymd(2024, 1, 1).days_to_year_end(), 366);
        assert_eq!(Date::ymd(2026, 12, 31).days_to_year_end(), 1);
        assert_eq!(Date::ymd(2024, 3, 1).day_of_year(), 61);
    }
}

//! Every limit on what a user may enter, in one place. A leaf module: it
//! imports nothing from the crate, so `date`, `error`, `profile`, `fields`
//! and the schema all read their limits from here without importing each other.

/// Earliest year accepted (dates, title years).
pub const MIN_YEAR: u16 = 1990;
/// Latest year accepted (dates, title years).
pub const MAX_YEAR: u16 = 2100;
/// Largest money input accepted: ¥100 billion (1,000 亿元).
pub const MAX_YUAN: i64 = 100_000_000_000;
/// Largest rate accepted: 30% a year, in basis points.
pub const MAX_RATE_BP: u32 = 3_000;
/// Largest head count accepted per degree.
pub const MAX_PEOPLE: u32 = 100_000;
/// Longest district name accepted, in characters.
pub const MAX_DISTRICT_CHARS: usize = 50;
/// Most graduate groups (`talent.groups`) one profile may list.
pub const MAX_GROUPS: usize = 50;
/// Most pilot platforms (`counts.pilot_platforms`) one profile may list.
pub const MAX_PLATFORMS: usize = 50;
/// Largest count of tasks or standards (`counts.*`).
pub const MAX_COUNT: u32 = 100;
/// Most months of graduates' rent subsidy in all (FACTS.md, official: 36 months).
pub const MAX_RENT_MONTHS: u32 = 36;
/// Largest monthly rent accepted per graduate, in 元.
pub const MAX_RENT_YUAN: i64 = 100_000;
/// Highest tender deduction rate accepted: 20%, in basis points (001（四）'s ceiling).
pub const MAX_DEDUCTION_BP: u32 = 2_000;
/// Most project loans (for the 贴息) one profile may list.
pub const MAX_LOANS: usize = 50;
/// Most Huai'an 专精特新贷 loans one profile may list.
pub const MAX_SRDI_LOANS: usize = 50;
/// Longest loan tenor accepted, in months (30 years).
pub const MAX_TENOR_MONTHS: u16 = 360;

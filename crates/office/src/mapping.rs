//! Which column holds which answer. A register's columns are matched to the profile's fields
//! by the names `srdi batch` reads (the dotted keys: `size`, `loans.1.equipment_yuan`,
//! `loans.1.rate_pct`), by the form's own labels (`企业规模`, `项目贷款 1 · 年利率（%）`, through
//! `fields::label`), or by the few other names registers use for the same thing (`规模`,
//! `所在区`, `小巨人认定年份`: [`ALIASES`]). A name matches exactly, after spaces, quotes and
//! full-width brackets are evened out; nothing is matched by likeness. A column that matches
//! nothing is shown to the clerk, who maps it by hand or leaves it out; the mapping can be
//! saved as a small JSON file and used again.

use serde::{Deserialize, Serialize};
use srdi_rules::bounds::{MAX_GROUPS, MAX_LOANS, MAX_PLATFORMS, MAX_SRDI_LOANS};
use srdi_rules::fields::{self, BpKeys, Kind};
use srdi_rules::path::{GroupField, LoanField, SrdiLoanField, TitlePart};
use srdi_rules::profile::City;
use srdi_rules::{FieldError, Path, Text};

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// A profile field, by the key `srdi batch` and share links read (`size`, `loans.1.rate_pct`).
    Field(String),
    /// The firm's name (企业名称): shown and exported, not evaluated.
    Name,
    /// The firm's register number (统一社会信用代码): shown and exported, not evaluated.
    Id,
    /// Left out.
    Ignore,
}

impl Target {
    /// As written in a saved mapping: the key, or `@name`, `@id`, `@ignore`.
    pub fn as_str(&self) -> &str {
        match self {
            Target::Field(k) => k,
            Target::Name => "@name",
            Target::Id => "@id",
            Target::Ignore => "@ignore",
        }
    }
    /// Reads what [`Target::as_str`] writes; `None` for a key that is not a field.
    pub fn parse(s: &str) -> Option<Target> {
        Some(match s.trim() {
            "@name" => Target::Name,
            "@id" => Target::Id,
            "@ignore" | "" => Target::Ignore,
            k => {
                fields::parse_key(k, BpKeys::BasisPoints)?;
                Target::Field(k.to_owned())
            }
        })
    }
    /// The field's path, for a field.
    pub fn path(&self) -> Option<Path> {
        match self {
            Target::Field(k) => fields::parse_key(k, BpKeys::BasisPoints).map(|(p, _)| p),
            _ => None,
        }
    }
    /// What the column holds, in words: the field's label (`企业规模`), `企业名称`, `不使用`.
    pub fn text(&self) -> Text {
        let t = |zh: &str, en: &str| Text { zh: zh.into(), en: en.into() };
        match self {
            Target::Field(k) => {
                let Some((path, bp)) = fields::parse_key(k, BpKeys::BasisPoints) else { return t(k, k) };
                let mut l = fields::label(path).unwrap_or_else(|| t(k, k));
                if bp {
                    // A `…_bp` column reads basis points (320 = 3.2%), as in `srdi batch`.
                    l.zh.push_str("（基点）");
                    l.en.push_str(" (basis points)");
                }
                l
            }
            Target::Name => t("企业名称", "Firm name"),
            Target::Id => t("统一社会信用代码", "Credit code"),
            Target::Ignore => t("不使用", "Not used"),
        }
    }
}

/// How a column came to its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// Its name is the key `srdi batch` reads.
    Key,
    /// Its name is the form's label for the field.
    Label,
    /// Its name is one of [`ALIASES`].
    Alias,
    /// From a saved mapping, or chosen by hand.
    Saved,
    /// Matched nothing: left out until the clerk maps it.
    Unmatched,
    /// Its name matched a field another column already holds: left out (never read twice).
    Repeated,
}

/// Other names registers give the same answers: 企业名称 and 统一社会信用代码, and the fields
/// whose form labels are longer than a register's column (`规模` for 企业规模). Exact names only.
pub const ALIASES: &[(&str, &str)] = &[
    ("企业名称", "@name"),
    ("企业名", "@name"),
    ("公司名称", "@name"),
    ("单位名称", "@name"),
    ("名称", "@name"),
    ("firm", "@name"),
    ("name", "@name"),
    ("统一社会信用代码", "@id"),
    ("社会信用代码", "@id"),
    ("信用代码", "@id"),
    ("城市", "city"),
    ("所在市", "city"),
    ("设区市", "city"),
    ("所属城市", "city"),
    ("所在区", "district"),
    ("所属区", "district"),
    ("区县", "district"),
    ("所在区县", "district"),
    ("所属区县", "district"),
    ("所在园区", "district"),
    ("区", "district"),
    ("规模", "size"),
    ("企业规模类型", "size"),
    ("规模类型", "size"),
    ("划型", "size"),
    ("是否制造业", "manufacturing"),
    ("制造业", "manufacturing"),
    ("创新型中小企业认定年份", "titles.innovative_sme"),
    ("专精特新认定年份", "titles.provincial_srdi"),
    ("省级专精特新认定年份", "titles.provincial_srdi"),
    ("省专精特新认定年份", "titles.provincial_srdi"),
    ("小巨人认定年份", "titles.little_giant"),
    ("小巨人年份", "titles.little_giant"),
    ("单项冠军认定年份", "titles.single_champion"),
    ("示范平台认定年份", "titles.demo_platform"),
];

/// A name evened out for matching: no spaces, no quotes, ASCII letters in lower case, full-width
/// brackets and percent as ASCII (`国家级专精特新“小巨人”` = `国家级专精特新小巨人`).
pub fn normalise(name: &str) -> String {
    name.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '·' | '・'))
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '％' => '%',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// A label without its unit (`设备购置贷款本金（元）` → `设备购置贷款本金`), so that a column
/// named without its unit matches; a column naming another unit (`（万元）`) does not.
fn without_unit(n: &str) -> Option<&str> {
    let stem = n.strip_suffix(')')?;
    let (stem, unit) = stem.rsplit_once('(')?;
    matches!(unit, "元" | "%" | "人" | "项" | "月").then_some(stem)
}

/// Every field a register column can hold, with the key a match gives it: fixed fields, the
/// entries of repeated groups (every loan, graduate group, platform) and titles' details. A
/// rate's label says `%`, so a column matched by label is read as a percentage (`…_pct`).
fn candidates() -> Vec<(Path, String)> {
    let mut out: Vec<Path> = Path::ALL.to_vec();
    for t in 0..Path::TITLES.len() {
        out.extend(TitlePart::ALL.into_iter().map(|p| Path::TitleDetail(t as u8, p)));
    }
    for n in 1..=MAX_LOANS as u8 {
        out.extend(LoanField::ALL.into_iter().map(|f| Path::Loan(n, f)));
    }
    for n in 1..=MAX_SRDI_LOANS as u8 {
        out.extend(SrdiLoanField::ALL.into_iter().map(|f| Path::SrdiLoan(n, f)));
    }
    for n in 1..=MAX_GROUPS as u8 {
        out.extend(GroupField::ALL.into_iter().map(|f| Path::GraduateGroup(n, f)));
    }
    out.extend((1..=MAX_PLATFORMS as u8).map(Path::PilotPlatform));
    out.into_iter().filter(|p| fields::field(*p).is_some()).map(|p| (p, fields::percent_key(p).unwrap_or_else(|| p.as_str().into_owned()))).collect()
}

/// The column matched by name alone: its target and how; `Unmatched` with [`Target::Ignore`].
pub fn match_name(name: &str, labels: &[(String, String, String)]) -> (Target, How) {
    let key = name.trim().trim_start_matches('\u{feff}');
    if fields::parse_key(key, BpKeys::BasisPoints).is_some() {
        return (Target::Field(key.to_owned()), How::Key);
    }
    let n = normalise(name);
    if n.is_empty() {
        return (Target::Ignore, How::Unmatched);
    }
    for (zh, en, key) in labels {
        let hit = |l: &String| *l == n || without_unit(l) == Some(n.as_str());
        if hit(zh) || hit(en) {
            return (Target::Field(key.clone()), How::Label);
        }
    }
    if let Some(t) = ALIASES.iter().find(|(a, _)| normalise(a) == n).and_then(|(_, t)| Target::parse(t)) {
        return (t, How::Alias);
    }
    (Target::Ignore, How::Unmatched)
}

/// The labels matched against, normalised: (Chinese, English, key), in form order.
pub fn labels() -> Vec<(String, String, String)> {
    candidates().into_iter().filter_map(|(p, key)| fields::label(p).map(|l| (normalise(&l.zh), normalise(&l.en), key))).collect()
}

/// One column of a register and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub target: Target,
    pub how: How,
}

/// A register's columns and their targets, and the city for every row when the register has
/// no city column (a district's register seldom does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub columns: Vec<Column>,
    pub city: Option<City>,
}

/// The mapping as saved to a file: `{"srdi_office_mapping":1,"columns":{"规模":"size",…},"city":"nanjing"}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Saved {
    pub srdi_office_mapping: u32,
    pub columns: std::collections::BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<City>,
}

impl Mapping {
    /// Matches each column by its name (see the module); a second column naming a field that
    /// an earlier one holds is left out ([`How::Repeated`]).
    pub fn auto(header: &[String]) -> Mapping {
        let labels = labels();
        let mut m = Mapping { columns: Vec::with_capacity(header.len()), city: None };
        for name in header {
            let (target, how) = match_name(name, &labels);
            m.push(name, target, how);
        }
        m
    }

    fn push(&mut self, name: &str, target: Target, how: How) {
        let taken = |t: &Target| {
            self.columns.iter().any(|c| match (&c.target, t) {
                (Target::Field(_), Target::Field(_)) => c.target.path() == t.path(),
                (Target::Name, Target::Name) | (Target::Id, Target::Id) => true,
                _ => false,
            })
        };
        let (target, how) = if target != Target::Ignore && taken(&target) { (Target::Ignore, How::Repeated) } else { (target, how) };
        self.columns.push(Column { name: name.to_owned(), target, how });
    }

    /// Sets column `i` by hand.
    pub fn set(&mut self, i: usize, target: Target) {
        if let Some(c) = self.columns.get_mut(i) {
            c.how = if target == Target::Ignore { How::Unmatched } else { How::Saved };
            c.target = target;
        }
    }

    /// A saved mapping applied to a register: its columns by name; columns it does not name
    /// are matched as [`Mapping::auto`] does. Errors name what cannot be used.
    pub fn with_saved(header: &[String], json: &str) -> Result<Mapping, Text> {
        let t = |zh: String, en: String| Text { zh, en };
        let saved: Saved = serde_json::from_str(json).map_err(|e| t(format!("映射文件无法读取：{e}"), format!("The mapping file cannot be read: {e}")))?;
        if saved.srdi_office_mapping != 1 {
            return Err(t("映射文件版本不对".into(), "The mapping file's version is not known".into()));
        }
        let labels = labels();
        let mut m = Mapping { columns: Vec::with_capacity(header.len()), city: saved.city };
        for name in header {
            let (target, how) = match saved.columns.get(name) {
                Some(s) => match Target::parse(s) {
                    Some(target) => (target, How::Saved),
                    None => {
                        return Err(t(format!("映射文件中“{name}”列的“{s}”不是字段"), format!("In the mapping file, `{s}` for column “{name}” is not a field")))
                    }
                },
                None => match_name(name, &labels),
            };
            m.push(name, target, how);
        }
        Ok(m)
    }

    /// The mapping to save (every column, left-out ones as `@ignore`).
    pub fn saved(&self) -> Saved {
        Saved { srdi_office_mapping: 1, columns: self.columns.iter().map(|c| (c.name.clone(), c.target.as_str().to_owned())).collect(), city: self.city }
    }

    /// The mapped fields' keys, in column order, with their column.
    pub fn fields(&self) -> impl Iterator<Item = (usize, &str)> {
        self.columns.iter().enumerate().filter_map(|(i, c)| match &c.target {
            Target::Field(k) => Some((i, k.as_str())),
            _ => None,
        })
    }

    /// What stops a run: a field held by two columns (set so by hand or in a saved mapping),
    /// or neither a city column nor a city for every row. At the column's name.
    pub fn problems(&self) -> Vec<FieldError> {
        let keys: Vec<&str> = self.fields().map(|(_, k)| k).collect();
        let mut out: Vec<FieldError> = fields::header_errors(&keys)
            .into_iter()
            .map(|e| {
                let col = self.fields().filter(|(_, k)| *k == e.field).map(|(i, _)| i).last();
                let name = col.and_then(|i| self.columns.get(i)).map_or(e.field.clone(), |c| c.name.clone());
                FieldError::new(&name, format!("{}：{}", e.field, e.zh), format!("{}: {}", e.field, e.en))
            })
            .collect();
        for t in [Target::Name, Target::Id] {
            let cols: Vec<&Column> = self.columns.iter().filter(|c| c.target == t).collect();
            if let Some(c) = cols.get(1) {
                let l = t.text();
                out.push(FieldError::new(&c.name, format!("与另一列同为“{}”", l.zh), format!("holds the {} as another column does", l.en)));
            }
        }
        if self.city.is_none() && !self.fields().any(|(_, k)| k == "city") {
            out.push(FieldError::new(
                "city",
                "没有“所在城市”列：请选择全部企业所在的城市，或把某一列设为所在城市".into(),
                "No city column: choose the city of every firm, or map a column to the city".into(),
            ));
        }
        out
    }

    /// Notes that do not stop a run: an amount column whose name says 万元 (amounts are read
    /// in 元 unless a cell says 万: `500万`), a `…_bp` column (basis points: 320 = 3.2%).
    pub fn warnings(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        for c in &self.columns {
            let Some(path) = c.target.path() else { continue };
            let kind = fields::field(path).map(|f| f.kind);
            if kind == Some(Kind::Yuan) && (c.name.contains("万元") || c.name.contains("万")) {
                out.push(FieldError::new(
                    &c.name,
                    "列名写着“万”：金额按“元”读取；单元格写“500万”才按万元读。请确认或先换算".into(),
                    "The column's name says 万 (10,000): amounts are read in yuan unless a cell says 万 (`500万`). Check, or convert first".into(),
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_register_s_names_match_the_form_s_fields() {
        let m = Mapping::auto(&header(&[
            "企业名称",
            "统一社会信用代码",
            "所在区",
            "规模",
            "小巨人认定年份",
            "loans.1.equipment_yuan",
            "项目贷款 1 · 年利率（%）",
            "属于制造业",
            "国家级专精特新“小巨人”企业 · 最近复核年份",
            "设备购置贷款本金",
            "联系人",
            "企业规模",
        ]));
        let got: Vec<(&str, How)> = m.columns.iter().map(|c| (c.target.as_str(), c.how)).collect();
        assert_eq!(
            got,
            vec![
                ("@name", How::Alias),
                ("@id", How::Alias),
                ("district", How::Alias),
                ("size", How::Alias),
                ("titles.little_giant", How::Alias),
                ("loans.1.equipment_yuan", How::Key),
                ("loans.1.rate_pct", How::Label),
                ("manufacturing", How::Label),
                ("titles.little_giant.renewed_year", How::Label),
                ("finance.equipment_loan_yuan", How::Label),
                ("@ignore", How::Unmatched),
                // 规模 holds the size already: never read twice.
                ("@ignore", How::Repeated),
            ]
        );
        // A column in 万元 is not the 元 field.
        let m = Mapping::auto(&header(&["设备购置贷款本金（万元）"]));
        assert_eq!(m.columns[0].how, How::Unmatched);
    }

    #[test]
    fn a_saved_mapping_reads_back_and_names_its_problems() {
        let h = header(&["名单编号", "企业", "城市名", "规模"]);
        let mut m = Mapping::auto(&h);
        assert_eq!(m.columns[1].how, How::Unmatched);
        m.set(1, Target::Name);
        m.set(2, Target::Field("city".into()));
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        let json = serde_json::to_string(&m.saved()).expect("json");
        let again = Mapping::with_saved(&h, &json).expect("reads");
        assert_eq!(again.columns.iter().map(|c| &c.target).collect::<Vec<_>>(), m.columns.iter().map(|c| &c.target).collect::<Vec<_>>());
        // Two columns set to the size by hand, and no city: named.
        m.set(0, Target::Field("size".into()));
        m.set(2, Target::Ignore);
        let p = m.problems();
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].field == "规模" && p[0].zh.contains("列重复"), "{p:?}");
        assert_eq!(p[1].field, "city");
        m.city = Some(City::Nanjing);
        assert_eq!(m.problems().len(), 1);
        assert!(Mapping::with_saved(&h, r#"{"srdi_office_mapping":1,"columns":{"企业":"colour"}}"#).is_err());
    }
}

//! Near-miss fixes: the one step ([`Fix`]) that would make a missed rule apply
//! — obtain a title or an achievement — how the profile reads after it, and
//! how it is worded.

use crate::date::Date;
use crate::model::{Achievement, Activity};
use crate::path::{Path, TitlePart};
use crate::profile::{Profile, Title};
use crate::result::{text, Text};
use serde::{Deserialize, Serialize};

/// What would make a missed rule apply, in one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Fix {
    /// Obtain this title (first time) in the as-of year.
    Title(Title),
    /// Achieve this.
    Achievement(Achievement),
    /// Do this (an activity the clause requires): "if you …".
    Activity(Activity),
    /// Renew (复核) a title that has lapsed, or be recognised again, in the as-of year.
    Renew(Title),
}

// `Fix::ALL` lists every fix once, each at its `position`.
const _: () = {
    assert!(Fix::ALL.len() == 2 * Title::ALL.len() + Achievement::ALL.len() + Activity::ALL.len());
    let mut n = 0;
    while n < Fix::ALL.len() {
        assert!(Fix::ALL[n].position() == n);
        n += 1;
    }
};

impl Fix {
    /// Every fix: each title, then each achievement, then each activity, then each renewal.
    pub const ALL: [Fix; 24] = {
        let mut all = [Fix::Title(Title::InnovativeSme); 24];
        let mut n = 0;
        while n < Title::ALL.len() {
            all[n] = Fix::Title(Title::ALL[n]);
            n += 1;
        }
        while n < Title::ALL.len() + Achievement::ALL.len() {
            all[n] = Fix::Achievement(Achievement::ALL[n - Title::ALL.len()]);
            n += 1;
        }
        while n < Title::ALL.len() + Achievement::ALL.len() + Activity::ALL.len() {
            all[n] = Fix::Activity(Activity::ALL[n - Title::ALL.len() - Achievement::ALL.len()]);
            n += 1;
        }
        while n < 24 {
            all[n] = Fix::Renew(Title::ALL[n - Title::ALL.len() - Achievement::ALL.len() - Activity::ALL.len()]);
            n += 1;
        }
        all
    };

    /// This fix's position in [`Fix::ALL`].
    pub const fn position(self) -> usize {
        match self {
            Fix::Title(t) => t as usize,
            Fix::Achievement(a) => Title::ALL.len() + a as usize,
            Fix::Activity(a) => Title::ALL.len() + Achievement::ALL.len() + a as usize,
            Fix::Renew(t) => Title::ALL.len() + Achievement::ALL.len() + Activity::ALL.len() + t as usize,
        }
    }

    /// The profile as it would be after the fix.
    pub fn apply(self, profile: &Profile, as_of: Date) -> Profile {
        let mut p = profile.clone();
        self.apply_in_place(&mut p, as_of);
        p
    }

    /// Applies the fix to `p` and returns what undoes it, so an evaluation can try each near
    /// miss's fix on one copy of the profile instead of a copy each.
    pub(crate) fn apply_in_place(self, p: &mut Profile, as_of: Date) -> Undo {
        match self {
            Fix::Title(t) => {
                let was = *p.titles.get_mut(t);
                p.titles.set(t, Some(as_of.year()));
                Undo::Title(t, was)
            }
            Fix::Renew(t) => {
                let was = *p.titles.get_mut(t);
                if let Some(r) = p.titles.get_mut(t) {
                    r.renewed_year = Some(as_of.year());
                    r.renewed_month = None;
                    r.validity = crate::profile::Validity::Assumed;
                }
                Undo::Title(t, was)
            }
            Fix::Achievement(a) => Undo::Flag(std::mem::replace(achievement_slot(p, a), true), self),
            Fix::Activity(a) => Undo::Flag(std::mem::replace(activity_slot(p, a), true), self),
        }
    }

    /// The profile field this fix sets (for a renewal, the renewal year), so a
    /// form can show the person where their answer changed.
    pub fn path(self) -> Path {
        match self {
            Fix::Title(t) => t.path(),
            Fix::Renew(t) => Path::TitleDetail(t as u8, TitlePart::RenewedYear),
            Fix::Achievement(a) => crate::fields::achievement_path(a),
            Fix::Activity(a) => match a {
                Activity::BuysCompute => Path::ActivityBuysCompute,
                Activity::GreenMicrogrid => Path::ActivityGreenMicrogrid,
                Activity::CrossBorder => Path::ActivityCrossBorder,
                Activity::SuzhouTalent => Path::ActivitySuzhouTalent,
                Activity::Jiebang => Path::ActivityJiebang,
                Activity::DigitalProvider => Path::ActivityDigitalProvider,
            },
        }
    }

    /// What a what-if button tries, as its accessible name: `如果获评国家制造业单项冠军企业`,
    /// `What if you obtain the … title`.
    pub fn what_if(self) -> Text {
        let d = self.describe();
        let zh = if d.zh.starts_with("如果") { d.zh } else { format!("如果{}", d.zh) };
        text(zh, en!(format!("What if you {}", d.en.strip_prefix("if you ").unwrap_or(&d.en))))
    }

    pub fn describe(self) -> Text {
        match self {
            Fix::Title(t) => text(format!("获评{}", t.zh()), en!(format!("obtain the {} title", t.en()))),
            Fix::Renew(t) => text(
                format!("通过{}复核（或重新认定），恢复有效", t.zh()),
                en!(format!("renew the {} title (pass its review, or be recognised again)", t.en())),
            ),
            Fix::Achievement(a) => {
                let (zh, en) = achievement_names(a);
                text(zh, en!(en))
            }
            Fix::Activity(a) => {
                let (zh, en) = activity_names(a);
                text(format!("如果您{zh}"), en!(format!("if you {en}")))
            }
        }
    }
}

/// What undoes a fix applied in place ([`Fix::apply_in_place`]): the title's record as it
/// was, or the achievement's or activity's answer as it was.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Undo {
    Title(Title, Option<crate::profile::TitleRecord>),
    Flag(bool, Fix),
}

impl Undo {
    pub(crate) fn undo(self, p: &mut Profile) {
        match self {
            Undo::Title(t, was) => *p.titles.get_mut(t) = was,
            Undo::Flag(was, Fix::Achievement(a)) => *achievement_slot(p, a) = was,
            Undo::Flag(was, Fix::Activity(a)) => *activity_slot(p, a) = was,
            Undo::Flag(_, Fix::Title(_) | Fix::Renew(_)) => {}
        }
    }
}

/// Where the profile confirms an achievement.
fn achievement_slot(p: &mut Profile, a: Achievement) -> &mut bool {
    let x = &mut p.achievements;
    match a {
        Achievement::NationalKeyTechTask => &mut x.national_key_tech_task,
        Achievement::LeadsStandard => &mut x.leads_standard,
        Achievement::GenerativeAiFiled => &mut x.generative_ai_filed,
        Achievement::SmartFactoryExcellent => &mut x.smart_factory_excellent,
        Achievement::IndustrialInternetPlatform => &mut x.industrial_internet_platform,
        Achievement::FirstSetProduct => &mut x.first_set_product,
        Achievement::ChuangkeWinner => &mut x.chuangke_winner,
        Achievement::BridgeLoanNeed => &mut p.finance.bridge_loan_need,
    }
}

/// Where the profile confirms an activity.
pub(crate) fn activity_slot(p: &mut Profile, a: Activity) -> &mut bool {
    let x = &mut p.activities;
    match a {
        Activity::BuysCompute => &mut x.buys_compute,
        Activity::GreenMicrogrid => &mut x.green_microgrid,
        Activity::CrossBorder => &mut x.cross_border,
        Activity::SuzhouTalent => &mut x.suzhou_talent,
        Activity::Jiebang => &mut x.jiebang,
        Activity::DigitalProvider => &mut x.digital_provider,
    }
}

/// Whether the profile confirms an activity.
pub(crate) fn does(p: &Profile, a: Activity) -> bool {
    let x = &p.activities;
    match a {
        Activity::BuysCompute => x.buys_compute,
        Activity::GreenMicrogrid => x.green_microgrid,
        Activity::CrossBorder => x.cross_border,
        Activity::SuzhouTalent => x.suzhou_talent,
        Activity::Jiebang => x.jiebang,
        Activity::DigitalProvider => x.digital_provider,
    }
}

const fn activity_names(a: Activity) -> (&'static str, &'static str) {
    match a {
        Activity::BuysCompute => ("购买智算服务", "buy AI computing services"),
        Activity::GreenMicrogrid => ("建设工业绿色微电网", "build an industrial green micro-grid"),
        Activity::CrossBorder => ("开展跨境电商业务", "run cross-border e-commerce"),
        Activity::SuzhouTalent => ("有员工入选苏州市重点产业紧缺人才计划", "have staff selected for Suzhou's key-industry talent plan"),
        Activity::Jiebang => ("承担“揭榜挂帅”项目", "carry an open-challenge (揭榜挂帅) project"),
        Activity::DigitalProvider => ("是数字化服务商，或有解决方案、产品、案例参评", "are a digital service provider, or put a solution, product or case up for selection"),
    }
}

const fn achievement_names(a: Achievement) -> (&'static str, &'static str) {
    match a {
        Achievement::NationalKeyTechTask => ("承担国家关键核心技术攻关任务", "undertake a national key core-technology task"),
        Achievement::LeadsStandard => ("主导或参与制定国际标准、国家标准", "lead or join an international / national standard"),
        Achievement::GenerativeAiFiled => ("完成生成式人工智能大模型备案", "file a generative-AI model"),
        Achievement::SmartFactoryExcellent => ("获批国家卓越级或领航级智能工厂", "be approved as a national excellent or leading smart factory"),
        Achievement::IndustrialInternetPlatform => ("建设工业互联网平台", "build an industrial internet platform"),
        Achievement::FirstSetProduct => ("有首台（套）、首批次、首版次产品", "have a first-set / first-batch / first-version product"),
        Achievement::ChuangkeWinner => ("在“创客中国”大赛获奖", "win the Maker China contest"),
        Achievement::BridgeLoanNeed => ("有转贷需求", "need a bridge loan"),
    }
}

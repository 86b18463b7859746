//! Time expressions in English, French and Japanese, resolved against the
//! publication date.
//!
//! [`times`] (or a reusable [`TimeRecognizer`]) finds dates, relative days,
//! parts of day, months, years and intervals, and resolves each to a
//! [`TimeSpan`] in the source's local time: a half-open interval with the
//! [`Granularity`] it was stated at.
//!
//! ```
//! use chrono::DateTime;
//! use corroborate::Language;
//! use corroborate::recognize::{Anchor, TimeKind, times};
//!
//! let published = DateTime::parse_from_rfc3339("2025-12-13T09:00:00+01:00")?;
//! let anchor = Anchor::from_published(published, Language::French);
//! let text = "L'intrusion a eu lieu du 11 au 12 décembre, selon le ministre jeudi soir.";
//! let found = times(text, Language::French, Some(&anchor));
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].text, "du 11 au 12 décembre");
//! assert_eq!(found[0].kind, TimeKind::DateRange);
//! assert_eq!(found[0].time.as_ref().unwrap().to_string(),
//!            "[2025-12-11 00:00:00, 2025-12-13 00:00:00) day");
//! assert_eq!(found[1].time.as_ref().unwrap().to_string(),
//!            "[2025-12-11 18:00:00, 2025-12-12 00:00:00) part_of_day");
//! # Ok::<(), chrono::ParseError>(())
//! ```
//!
//! # What is recognized
//!
//! Published Saturday 2025-12-13 (Paris); `to` is exclusive.
//!
//! | input | from | to | granularity |
//! |---|---|---|---|
//! | `December 15, 2025`, `15 December 2025`, `2025-12-15`, `15/12/2025` (fr), `2025年12月15日`, `2025.12.15` | 2025-12-15 | 2025-12-16 | day |
//! | `Dec. 12`, `12/12` (en), `le 12 décembre`, `vendredi 12 décembre`, `12月12日金曜日` | 2025-12-12 | 2025-12-13 | day |
//! | `20251215` (eight digits, years 1900-2099), `Friday 12.12` (en; day first in fr), `this 12/12` | 2025-12-15; 2025-12-12 | +1 day | day |
//! | `today`, `aujourd'hui`, `今日` | 2025-12-13 | 2025-12-14 | day |
//! | `yesterday`, `hier`, `昨日` | 2025-12-12 | 2025-12-13 | day |
//! | `Thursday`, `jeudi`, `木曜日` | 2025-12-11 | 2025-12-12 | day |
//! | `last Thursday`, `jeudi dernier` | 2025-12-11 | 2025-12-12 | day |
//! | `next Thursday` (that of next week), `previous Thursday` | 2025-12-18; 2025-12-04 | +1 day | day |
//! | `先週の木曜日` (Thursday of last week) | 2025-12-04 | 2025-12-05 | day |
//! | `Thursday night`, `jeudi soir` (evening), `木曜日の夜` | 2025-12-11T18:00 | 2025-12-12T06:00 (night), 2025-12-12T00:00 (evening) | part_of_day |
//! | `this week`, `cette semaine`, `今週` | 2025-12-08 | 2025-12-15 | week |
//! | `last week`, `la semaine dernière`, `先週` | 2025-12-01 | 2025-12-08 | week |
//! | `the week after next` | 2025-12-22 | 2025-12-29 | week |
//! | `the year`, `the month`, `the week` ("partner of the year"; not "the year 2008", "the week of ...") | 2025-01-01 | 2026-01-01 | year |
//! | `in August`, `en août`, `8月` | 2025-08-01 | 2025-09-01 | month |
//! | `in 2023`, `en 2023`, `2023年` | 2023-01-01 | 2024-01-01 | year |
//! | `two days ago`, `il y a deux jours`, `2日前` | 2025-12-11 | 2025-12-12 | day |
//! | `between December 11 and 12`, `du 11 au 12 décembre`, `12月11日から12日まで` | 2025-12-11 | 2025-12-13 | day |
//! | `12月11日夜から12日の間` | 2025-12-11T18:00 | 2025-12-13T00:00 | day |
//! | `la nuit du 11 au 12 décembre`, `the night of December 11`, `12月11日夜から12日未明にかけて` | 2025-12-11T18:00 | 2025-12-12T06:00 | part_of_day |
//! | `le 12 décembre dernier`, `en août dernier`, `le 20 décembre prochain` | 2025-12-12; 2025-08-01; 2025-12-20 | +1 day; 2025-09-01; +1 day | day; month; day |
//! | `since Monday`, `depuis lundi`, `月曜日から` | 2025-12-08 | open | day |
//! | `after 2016`, `2016年以降` | 2017-01-01 | open | year |
//! | `before 2018`, `avant 2018`, `2018年以前` | open | 2018-01-01 | year |
//! | `2025-12-01 or later`, `2025年12月1日またはその後` | 2025-12-01 | open | day |
//! | `the past three days`, `les trois derniers jours`, `過去3日間` | 2025-12-10 | 2025-12-13 | day |
//! | `two days after Monday` (the next Monday), `今日から2日後` | 2025-12-17, 2025-12-15 | +1 day | day |
//! | `December 12 at 10:30 p.m.`, `le 12 décembre à 14h30`, `12月12日午後3時30分` | 2025-12-12T22:30 | 2025-12-12T22:31 | minute |
//! | `Friday at 5`, `jeudi à 14h` | 2025-12-12T05:00 | 2025-12-12T06:00 | hour |
//! | `Monday 8-9am`, `lundi de 8h à 9h`, `月曜日の午前8時から9時まで` | 2025-12-08T08:00 | 2025-12-08T10:00 | hour |
//! | `Q3 2025`, `troisième trimestre 2025`, `2025年第3四半期` | 2025-07-01 | 2025-10-01 | month |
//! | `last quarter` | 2025-07-01 | 2025-10-01 | month |
//! | `mid-November`, `mi-novembre` | 2025-11-10 | 2025-11-21 | day |
//! | `end of 2025`, `fin 2025`, `今年末` | 2025-09-01 | 2026-01-01 | month |
//! | `12月下旬` | 2025-12-21 | 2026-01-01 | day |
//! | `earlier this month`, `plus tôt ce mois-ci` | 2025-12-01 | 2025-12-13 | day |
//! | `later this week`, `plus tard cette semaine` | 2025-12-13 | 2025-12-15 | day |
//! | `this weekend`, `the weekend`, `ce week-end`, `今週末` | 2025-12-13 | 2025-12-15 | day |
//! | `the week of April 10th`, `4月10日の週` | 2025-04-07 | 2025-04-14 | week |
//! | `the first week of 2021`, `week 1 of 2021`, `2021年の最初の週` (ISO weeks) | 2021-01-04 | 2021-01-11 | week |
//! | `the last week of July`, `7月の最後の週` (the week holding July 31) | 2025-07-28 | 2025-08-04 | week |
//! | `the 1990s`, `les années 1990`, `1990年代`; `the 21st century`, `21世紀` | 1990-01-01; 2000-01-01 | 2000-01-01; 2100-01-01 | year |
//! | `the next 4 business days`, `今後4営業日`, `4営業日前` (Monday to Friday; public holidays not known) | 2025-12-15; 2025-12-09 | 2025-12-19; 2025-12-10 | day |
//! | `within 9 months`, `9か月以内に` (from the anchor day) | 2025-12-13 | 2026-09-13 | day |
//! | `年末`, `月末`, `週の初め`, `年の前半` (the anchor's year, month, week) | 2025-07-01; 2025-12-16; 2025-12-08; 2025-01-01 | 2026-01-01; 2026-01-01; 2025-12-11; 2025-07-01 | month; day; day; month |
//! | `次の金曜日` (next week's), `次の週` | 2025-12-19; 2025-12-15 | +1 day; 2025-12-22 | day; week |
//! | `the 15th day of next month`, `twenty third day of September` | 2026-01-15; 2025-09-23 | +1 day | day |
//! | `juillet 98` (fr), `April of 87`, `15 April of 87` (two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999) | 1998-07-01; 1987-04-01; 1987-04-15 | 1998-08-01; 1987-05-01; 1987-04-16 | month; month; day |
//! | `this summer`, `cet été`, `summer 2025`, `l'hiver`, `今夏`, `今年の夏` | 2025-06-01; 2025-12-01 | 2025-09-01; 2026-03-01 | month |
//! | `last Easter`, `next Christmas` (the latest on or before the anchor day, the first after) | 2025-04-20; 2025-12-25 | +1 day | day |
//! | `Christmas`, `Noël`, `クリスマス`; `Easter 2026`, `Pâques 2026` | 2025-12-25; 2026-04-05 | +1 day | day |
//! | `平成30年10月`, `令和元年` | 2018-10-01; 2019-01-01 | 2018-11-01; 2020-01-01 | month; year |
//! | `二〇一八年十二月` (kanji numerals) | 2018-12-01 | 2019-01-01 | month |
//! | `earlier this year`, `later this week` (en) | 2025-01-01; 2025-12-13 | 2025-07-01; 2025-12-15 | day |
//! | `the same week`, `the fortnight`, `next fortnight`, `this working week` | 2025-12-08; 2025-12-08; 2025-12-22; 2025-12-08 | 2025-12-15; 2025-12-22; 2026-01-05; 2025-12-13 | week; week; week; day |
//! | `3 days after January 12th`, `2 weeks before Christmas` (a yearless base read forward) | 2026-01-15; 2025-12-11 | +1 day | day |
//! | `Monday two weeks from now`, `in 3 days on Friday` (that weekday of the shifted day's week) | 2025-12-22; 2025-12-19 | +1 day | day |
//! | `2 weeks and 2 days ago`, `a fortnight later` | 2025-11-27; 2025-12-27 | +1 day | day |
//! | `for 3 days from today`, `2 weeks starting January 5`, `less than 3 days after tomorrow` | 2025-12-13; 2026-01-05; 2025-12-14 | 2025-12-16; 2026-01-19; 2025-12-17 | day |
//! | `more than 2 weeks before today` | open | 2025-11-29 | day |
//! | `the first 2 weeks of 2021`, `the last four months of 2021`, `the third month of 2021` | 2021-01-04; 2021-09-01; 2021-03-01 | 2021-01-18; 2022-01-01; 2021-04-01 | week; month; month |
//! | `from the end of March to the middle of September` | 2025-04-01 | 2025-09-16 | day |
//! | `year to date`, `to date`, `from March to date` | 2025-01-01; open; 2025-03-01 | 2025-12-13; 2025-12-13; 2025-12-14 | day |
//! | `2019 H2`, `in the nineties`, `cy18`, `w/c Feb 4`, `the next decade` | 2019-07-01; 1990-01-01; 2018-01-01; 2025-02-03; 2030-01-01 | 2020-01-01; 2000-01-01; 2019-01-01; 2025-02-10; 2040-01-01 | month; year; year; week; year |
//! | `September-2020-23`, `23-2020-September`, `2020/23/Sep` (a month name and a four-digit year fix the order) | 2020-09-23 | 2020-09-24 | day |
//! | `Black Friday 2010`, `Thanksgiving`, `Labor Day` (US holidays on the nth weekday of a month) | 2010-11-26; 2025-11-27; 2025-09-01 | +1 day | day |
//! | `lendemain`, `翌日`; `前日` | 2025-12-14; 2025-12-12 | +1 day | day |
//! | `この日`, `その週`, `同じ月`, `その年`, `la journée` (the anchor's) | 2025-12-13; 2025-12-08; 2025-12-01; 2025-01-01 | +1 day; +1 week; +1 month; +1 year | day; week; month; year |
//! | `前の年`, `前の週`, `次の年` | 2024-01-01; 2025-12-01; 2026-01-01 | +1 year; +1 week; +1 year | year; week; year |
//! | `年初来` (year to date) | 2025-01-01 | 2025-12-13 | day |
//! | `今日から2週間以上前`, `今日から2週間以上あと` | open; 2025-12-27 | 2025-11-29; open | day |
//! | `明日から3日以内`; `明日から3週間`, `2か月で` (that many units later) | 2025-12-14; 2026-01-04, 2026-02-13 | 2025-12-17; +1 day | day |
//! | `septembre-2020-23`, `2020/23/sep`, `23-2020-septembre` (day, month name and year in any order) | 2020-09-23 | 2020-09-24 | day |
//! | `le 25 mardi` (the nearest 25th that is a Tuesday) | 2025-11-25 | 2025-11-26 | day |
//! | `4-23 mois prochain`, `entre 3 et 12 de sept` | 2026-01-04; 2025-09-03 | 2026-01-24; 2025-09-13 | day |
//! | `les années quatre-vingt-dix` | 1990-01-01 | 2000-01-01 | year |
//! | `4月の最終月曜日`, `来月の第一月曜日` (a weekday counted in a month) | 2025-04-28; 2026-01-05 | +1 day | day |
//! | `9h le mardi`, `17時49分19秒` (seconds kept) | 2025-12-09T09:00; …T17:49:19 | +1 hour; +1 minute | hour; minute |
//!
//! Numbers that are not dates are left alone: counts ("16,444,373"),
//! amounts ("$2025", "2025 €"), decimals ("3.5") and bare numbers without
//! a cue ("2000 records"). A four-digit number is a year after a cue
//! ("in", "since", "en", "depuis", "year", "année") or inside an interval,
//! and always with 年, unless a noun of counted things follows it
//! directly ("a sample of 1637 records", "de 2400 fiches": the nouns are
//! the `CountSuffix` words of each language's date vocabulary).
//!
//! # Grammar
//!
//! Informally, for English and French (words in any of the language's
//! spellings from `src/lang/<code>/dates.rs`):
//!
//! ```text
//! expr     = opener moment (connector moment)?       ; between, from, entre, du, de
//!          | moment connector moment                 ; to, through, -, au, à
//!          | (since | until | before | after) moment ; depuis, jusqu'au, avant, après
//!          | cue? moment                             ; in, on, of, en, the, le
//!          | shift count unit | count shift unit      ; next 3 days, 3 derniers jours
//!          | count unit (after | before | from) moment
//!          | moment ("or later" | "or earlier")
//! moment   = portion? point part-of-day? (("at" | "à" | ",")? clock)?
//! point    = weekday ","? date | weekday shift? | weekday "of" shift "week"
//!          | shift (weekday | period | month) | period shift | "the weekend"
//!          | relative-day | count unit ago | "il y a" count unit
//!          | "in" count unit | quarter | holiday year? | date
//! quarter  = "q" N (of? year)? | year "-"? "q" N | ordinal "quarter" (of? year)?
//! clock    = H ":" MM (am | pm)? | H (am | pm) | H "h" MM? | H (after "at")
//! portion  = early | mid | late | beginning of | end of | début | mi- | fin
//! year     = NNNN | spoken-year                     ; nineteen ninety six,
//!                                                   ; two thousand and fifteen
//! date     = month "."? day ordinal? (","? year)?    ; December 15, 2025
//!          | day ordinal? "of"? month (","? year)?   ; 15 December 2025, 1er janvier
//!          | month ","? year | year | month          ; December 2025
//!          | numeric                                 ; 2025-12-15, 15/12/2025, 12/16
//! ```
//!
//! For Japanese, particles follow what they mark:
//!
//! ```text
//! expr     = moment (から moment (の間 | まで)? | "-" moment | から | まで
//!                   | 以降 | 以来 | 以前 | 前 | 後 | またはその後 | またはその前
//!                   | (から | の) N unit (後 | 前))?
//!          | (今後 | 過去 | ここ) N unit                      ; 過去5年間
//! moment   = point (の? weekday)? (の? part-of-day)? (の? part-of-day? N 時 (N 分)?)?
//!            (の? portion)?                                   ; 12月下旬, 2017年の前半
//! point    = era? (N 年)? N 月 (N 日)? | era? N 年 | N 日 | numeric | holiday
//!          | 今日 | 昨日 | ... | 今週 (の weekday)? | 今月 N 日 | 今年 N 月 ...
//!          | (N 年 の?)? 第 N 四半期 | weekday | 週末 | N (日 | 週間 | か月 | 年) (前 | 後)
//! ```
//!
//! # Rules for ambiguous expressions
//!
//! - **Bare weekdays.** News is written in the past tense: a bare weekday
//!   ("Thursday", "jeudi", "木曜日") is the most recent such day **on or
//!   before** the anchor day (the anchor day itself when it is that
//!   weekday). "last Thursday" and "jeudi dernier" are the most recent one
//!   strictly before the anchor day (the news reading: published on a
//!   Saturday, "last Thursday" is two days before, not nine); "this
//!   coming Thursday" and "jeudi prochain" the first strictly after.
//!   "next Thursday", "following Thursday" and "previous Thursday" name
//!   the Thursday of the next or previous Monday-to-Sunday week, as
//!   Microsoft Recognizers-Text reads them: said on a Thursday, "next
//!   Friday" is eight days later, not the next day (which would be
//!   "tomorrow" or "Friday"). "this Thursday" and "先週の木曜日" pick the
//!   day in a Monday-to-Sunday week (this week, last week). A date or
//!   month followed by "dernier" or "prochain" is its latest occurrence
//!   on or before the anchor day, or its first after.
//! - **Nights across two days**: "la nuit du 11 au 12 décembre" and
//!   "12月11日夜から12日未明にかけて" run from 18:00 on the first day to
//!   06:00 on the second.
//! - **Dates without a year** ("12 décembre", "in May", "8月", "le 10")
//!   take the occurrence nearest to the anchor day, where the past wins
//!   ties and the future counts only if it starts within 30 days (news
//!   reports the past and announces the next weeks): published
//!   2025-12-13, "May" is May 2025, "le 10" 2025-12-10, "15 December" and
//!   "January" are 2025-12-15 and January 2026. When the sentence says
//!   its tense, the tense decides instead (see the next rule). A weekday
//!   written with the date ("samedi 11 janvier", "Saturday, January 11",
//!   "1月11日土曜日")
//!   picks, of the nearest occurrence on or before the anchor day and the
//!   nearest after it, the one on that weekday, however far ahead
//!   (published 2025-12-13, "Saturday, January 11" is 2025-01-11 and
//!   "Monday, March 2" 2026-03-02); when neither is, the rule above holds.
//! - **The tense of the clause** chooses the year of a date, month or
//!   day without one ("Jan. 9", "in January", "1/13", "le 10", "du 3 au
//!   4 janvier", "1月", and ranges and parts of day of such). News reports
//!   past events: in a sentence whose verb near the date is in a past
//!   tense, the date is its latest occurrence that starts on or before the
//!   anchor day. In a sentence in the future tense, it is the occurrence
//!   that holds the anchor day or else the first after it, and a range is
//!   moved forward only when it has wholly ended. "until" and "before"
//!   follow the future tense only: a past-tense verb often sets a limit
//!   still ahead ("was postponed until January 9" is 2026-01-09). Without
//!   a cue the rule above holds. The cues are each language's data
//!   (`TenseCues` in `src/lang/<code>/dates.rs`): English auxiliaries,
//!   irregular past forms and "-ed" verbs against "will", "'ll", "is
//!   expected to", "scheduled", "next"; French passé composé (an
//!   auxiliary and a participle), imparfait and passé simple against "va",
//!   futur simple, conditional and "prévu"; Japanese clause-final た
//!   (した, された, ました, だった) and ている against 予定, 見込み and a
//!   clause ending in る or ます. The nearest cue in the same sentence, at
//!   most 160 bytes away, wins: before the date first, then after it
//!   (after it first in Japanese, whose verbs come last). A weekday
//!   written with the date still decides first, and quarters, holidays
//!   and weeks of a month keep the rule above. Published 2025-12-13:
//!
//!   | sentence | tense | date |
//!   |---|---|---|
//!   | "The intrusion was detected on Jan. 9" | past | 2025-01-09 |
//!   | "Jan. 9 is the deadline" | none | 2026-01-09 |
//!   | "The company will publish its report on March 2" | future | 2026-03-02 |
//!   | "The hearing on March 2" | none | 2025-03-02 |
//!   | "Les données ont été copiées du 3 au 4 janvier" | past | 2025-01-03 to 2025-01-05 |
//!   | "Le rapport sera publié le 2 mars" | future | 2026-03-02 |
//!   | "攻撃者は1月4日夜から5日の間に侵入した。" | past | 2025-01-04T18:00 to 2025-01-06 |
//!   | "同社は3月に報告書を公表する予定だ。" | future | March 2026 |
//!   | "They will be out from August to October" | future | August to October 2026 |
//!   | "The audit will run from December 1 to 20" | future (not ended) | 2025-12-01 to 2025-12-21 |
//! - **Interval ends complete each other**: "du 11 au 12 décembre 2025"
//!   gives 11 its month and year; the first end is put before the second
//!   ("from December 28 to January 3" spans the new year).
//! - **Intervals include their last unit**: "du 11 au 12 décembre" ends at
//!   the end of 12 December.
//! - **Parts of day** narrow a day to these local hours: morning (morning,
//!   matin, 朝) 06:00-12:00; afternoon (afternoon, après-midi, 午後)
//!   12:00-18:00; evening (evening, soir, 夕方) 18:00-24:00; night (night,
//!   nuit, 夜) 18:00 to 06:00 the next day; 午前 00:00-12:00. "tonight",
//!   "last night", "ce soir", "今朝", "昨夜" are the anchor day (or the day
//!   before) with that part.
//! - **Portions** of a month or year ("mid-November", "fin 2025",
//!   "12月下旬") are listed with their days in `lang::dates::Portion`: for
//!   a month, early is days 1-15, mid 10-20, late 16 to the end, and the
//!   Japanese thirds 上旬/中旬/下旬 are 1-10, 11-20, 21 to the end; for a
//!   year, early is January-April, mid May-August, late
//!   September-December, and 前半/後半 are the halves.
//! - **"earlier" and "later"** (English) cut a period at the anchor day
//!   and at its halves, as upstream Recognizers-Text reads them: "earlier
//!   this month" runs from the 1st to the anchor day or the 16th,
//!   whichever comes first; "later this week" from the anchor day or
//!   Thursday, whichever comes last, to Sunday. French "plus tôt", "plus
//!   tard" cut at the anchor day only.
//! - **Counts from a day** ("3 days from Tuesday", "2 weeks before
//!   Christmas", "for 1 week, from 20th dec") read a base without a year,
//!   a bare weekday or a holiday forward, as its first occurrence after
//!   the anchor day: such phrases schedule. "N units later" counts from
//!   the anchor day, like "N units ago" ("a fortnight later"), and a
//!   compound duration counts months, then days ("2 years 1 month 21 days
//!   later"). A weekday before or after ("Monday two weeks from now", "in
//!   3 days on Friday") is that day of the shifted day's Monday-to-Sunday
//!   week. "for N units from X", "N units starting X" and "less than N
//!   units after X" run N units from the start of X; "more than N units
//!   before X" is open before the shifted day, "more than N units after
//!   X" open from it.
//! - **Ends of a range written as parts of a period** ("from the end of
//!   March to the middle of September", "from 2007 to the start of 2008")
//!   are instants: the start, the middle (the start plus half the days,
//!   rounded down) or the end of the period.
//! - **Fortnights** named relative to the anchor are two-week blocks from
//!   the Monday of the anchor's week ("the fortnight", "next fortnight");
//!   a working week is Monday to Friday; a decade named relative to the
//!   anchor is a calendar decade ("the next decade" from 2025 is the
//!   2030s). Decades in words or two digits ("the nineties", "the 90s")
//!   are the 1900s', and count only after "in" or "the" ("in his forties"
//!   is an age).
//! - **"the day", "the day before", "the day after"** ending a clause are
//!   the anchor day and the days around it, as upstream reads them; "the
//!   day before the attack" is not read.
//! - **Quarters** are calendar quarters, stated at month granularity.
//! - **Fiscal and school years** ("fiscal year 2024", "FY2024", "last
//!   fiscal year") are reported with `time: None`: where they start
//!   depends on the organisation. "calendar year 2024" is the year.
//! - **US holidays on a weekday** (Thanksgiving, Black Friday, Labor Day,
//!   Memorial Day, ...) follow the US rules (the fourth Thursday of
//!   November, ...); without a year, the nearest occurrence as for dates.
//!   A holiday takes no clock time: "Christmas Eve at 6 p.m." is a date
//!   and a time of day, as upstream reads it.
//! - **Seasons** are meteorological, northern hemisphere: spring is March
//!   to May, summer June to August, autumn September to November, winter
//!   December to February (winter 2025 starts in December 2025). Without
//!   a year a season is the anchor year's. Names that are also common
//!   words ("spring", "fall", French "été") count only after an article
//!   or a cue and not before "of" ("the fall of Kabul"), or before a year.
//! - **Weekends** are Saturday and Sunday. "this weekend" is the one of the
//!   anchor's Monday-to-Sunday week; a bare "the weekend" or "週末" is the
//!   latest one that began on or before the anchor day.
//! - **Clock times** are local, with a day only ("Friday at 5", "from
//!   10:30 to 3 on 1/1/2015"), and span the hour or the minute they state
//!   (so "8-9am" ends at 10:00, like "du 11 au 12" ends after the 12th); a
//!   bare hour counts only after "at" or in a range of hours. In a range
//!   an hour without am/pm takes the other end's, and an end before the
//!   start is read in the afternoon ("Monday 12-4"). A clock time without
//!   a day is not reported.
//! - **Time zone.** The anchor is the publication instant seen in the
//!   source's zone: Europe/Paris for French sources, UTC otherwise, or the
//!   zone set with [`Anchor::with_time_zone`].
//! - **No anchor, no guess.** The library never reads the system clock: an
//!   expression that needs an anchor is reported with `time: None` when
//!   there is none.
//! - **Invalid dates are not reported**: "31 février", "32 décembre",
//!   "2月30日", "29/02/2023", a year 0 or of five digits. Valid dates before
//!   1970 are fine.
//! - **Words that point back** ("この日", "その年", "同じ週", "前日",
//!   "翌日", "lendemain", "la journée") name the time under discussion;
//!   the recognizer does not follow the discourse, so they take the
//!   anchor's day, week, month or year (and the day before or after it),
//!   as upstream Recognizers-Text reads them.
//! - **Counts after a Japanese day** ("今日から2日後", "明日から3日以内",
//!   "今日から2週間以上前") move the day; 以上 makes an open interval
//!   beyond it. A count with で ("2か月で") or after から with nothing
//!   after it ("明日から3週間") is that many units later, except for days
//!   ("20日で" is more often the 20th). から before a count that is no
//!   date ("5月9日から2泊") does not open an interval.
//! - **Kanji numerals** count in Japanese (二〇一八年, 二十九日), except a
//!   bare 一日, which is "one day" more often than "the 1st".
//!
//! # Internationalization
//!
//! The vocabulary of each language is data in `src/lang/<code>/dates.rs`
//! behind one trait; the two grammars (space-separated Latin script,
//! Japanese counters) are shared. See [`crate::lang`] for adding a
//! language.
//!
//! # Untrusted input
//!
//! The recognizer runs in time linear in the length of the text, never
//! panics and allocates a folded copy of the text plus one token per word.
//! Texts longer than 4 GiB are not supported (token offsets are stored in
//! 32 bits): nothing is found in them.

mod grammar;
mod lexicon;
mod normalize;
mod resolve;
mod tense;
mod zone;

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDateTime};

use crate::lang::dates::{DateGrammar, Tense, for_language};
use crate::{Granularity, Language, Span, TimeSpan};

use grammar::{Expr, Parse, Parser};
use lexicon::{Kind, Lexicon, Tok};
use normalize::Folded;

pub use zone::TimeZone;

/// What relative expressions ("yesterday", "jeudi soir") resolve against:
/// the publication date-time of the source, seen in its time zone.
///
/// ```
/// use chrono::DateTime;
/// use corroborate::Language;
/// use corroborate::recognize::{Anchor, TimeZone};
///
/// // 23:30 UTC on 12 December is already the 13th in Paris.
/// let published = DateTime::parse_from_rfc3339("2025-12-12T23:30:00Z")?;
/// let fr = Anchor::from_published(published, Language::French);
/// assert_eq!(fr.time_zone(), TimeZone::europe_paris());
/// assert_eq!(fr.local().to_string(), "2025-12-13 00:30:00");
/// let en = Anchor::from_published(published, Language::English);
/// assert_eq!(en.local().to_string(), "2025-12-12 23:30:00");
/// # Ok::<(), chrono::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Anchor {
    published: DateTime<FixedOffset>,
    language: Language,
    zone: TimeZone,
}

impl Anchor {
    /// The anchor of a source published at `published`, written in
    /// `language`; its time zone is Europe/Paris for French, UTC otherwise.
    pub fn from_published(published: DateTime<FixedOffset>, language: Language) -> Anchor {
        let zone = match language {
            Language::French => TimeZone::europe_paris(),
            _ => TimeZone::UTC,
        };
        Anchor {
            published,
            language,
            zone,
        }
    }

    /// The same anchor seen in another time zone.
    pub fn with_time_zone(mut self, zone: TimeZone) -> Anchor {
        self.zone = zone;
        self
    }

    /// The publication instant.
    pub fn published(&self) -> DateTime<FixedOffset> {
        self.published
    }

    /// The language of the source.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The time zone relative expressions resolve in.
    pub fn time_zone(&self) -> TimeZone {
        self.zone
    }

    /// The publication instant in local time.
    pub fn local(&self) -> NaiveDateTime {
        self.zone.local(self.published)
    }
}

/// What shape a time expression has, named as in the TIMEX-style
/// "datetimeV2" types of Microsoft Recognizers-Text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TimeKind {
    /// One calendar day: "December 15, 2025", "yesterday", "jeudi".
    Date,
    /// Several days, a week, month or year, or an open interval of them:
    /// "in August", "du 11 au 12 décembre", "since Monday".
    DateRange,
    /// Part of a day, or an interval with one: "Thursday night",
    /// "12月11日夜から12日の間".
    DateTimeRange,
    /// A day with a clock time: "December 12 at 10:30", "le 12 décembre
    /// à 14h", "12月12日午後3時". It spans the hour or minute stated.
    DateTime,
}

impl TimeKind {
    /// The name: `date`, `daterange`, `datetimerange`, `datetime`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::DateTime => "datetime",
            TimeKind::Date => "date",
            TimeKind::DateRange => "daterange",
            TimeKind::DateTimeRange => "datetimerange",
        }
    }
}

impl fmt::Display for TimeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A time expression found in text.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TimeMatch {
    /// Where it is written, in bytes of the original text.
    pub span: Span,
    /// The resolved interval; `None` when it needs an anchor and none was
    /// given, or cannot be resolved.
    pub time: Option<TimeSpan>,
    /// The expression as written (the original text at `span`).
    pub text: String,
    /// The precision it was stated at, known even when `time` is `None`.
    pub granularity: Granularity,
    /// Its shape: a date, a range of dates, a part of day.
    pub kind: TimeKind,
}

/// A time recognizer for one language, reusable across texts.
///
/// Building one sorts the language's vocabulary; [`times`] builds one per
/// call, so reuse a recognizer for many small texts.
///
/// ```
/// use corroborate::Language;
/// use corroborate::recognize::TimeRecognizer;
///
/// let ja = TimeRecognizer::new(Language::Japanese);
/// let found = ja.find("2025年12月16日に発表した。", None);
/// assert_eq!(found[0].text, "2025年12月16日");
/// // An absolute date needs no anchor.
/// assert!(found[0].time.is_some());
/// ```
pub struct TimeRecognizer {
    language: Language,
    grammar: DateGrammar,
    lexicon: Lexicon,
    tense: tense::TenseIndex,
}

impl fmt::Debug for TimeRecognizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TimeRecognizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl TimeRecognizer {
    /// A recognizer for `language`.
    pub fn new(language: Language) -> TimeRecognizer {
        let vocabulary = for_language(language);
        TimeRecognizer {
            language,
            grammar: vocabulary.grammar(),
            lexicon: Lexicon::new(vocabulary),
            tense: tense::TenseIndex::new(
                vocabulary.tense_cues(),
                vocabulary.grammar() != DateGrammar::Japanese,
            ),
        }
    }

    /// The language it reads.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Every time expression in `text`, sorted by position, never
    /// overlapping.
    pub fn find(&self, text: &str, anchor: Option<&Anchor>) -> Vec<TimeMatch> {
        if u32::try_from(text.len()).is_err() {
            return Vec::new();
        }
        let folded = Folded::new(text);
        let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
        self.lexicon.tokenize(&folded.text, &mut toks);
        let parser = Parser {
            toks: &toks,
            grammar: self.grammar,
        };
        let anchor_day = anchor.map(|a| a.local().date());
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !matches!(toks[i].kind, Kind::Num(..) | Kind::Word(_)) {
                i += 1;
                continue;
            }
            match parser.parse_at(i) {
                Some(Parse::Found { start, end, expr }) if end > start => {
                    let (a, b) = (toks[start].start as usize, toks[end - 1].end as usize);
                    // The tense is read only where it can matter: a date
                    // without a year, with an anchor to choose it from.
                    let tense = if anchor_day.is_some() && resolve::reads_tense(expr) {
                        self.tense.around(&folded.text, a, b)
                    } else {
                        Tense::Unknown
                    };
                    let (from, to) = (folded.original(a), folded.original(b));
                    if let Some(m) = self.make(text, from, to, expr, anchor_day, tense) {
                        out.push(m);
                    }
                    i = end;
                }
                Some(Parse::Invalid { end }) => i = end.max(i + 1),
                _ => i += 1,
            }
        }
        out
    }

    fn make(
        &self,
        text: &str,
        from: usize,
        to: usize,
        expr: Expr,
        anchor: Option<chrono::NaiveDate>,
        tense: Tense,
    ) -> Option<TimeMatch> {
        let slice = text.get(from..to)?;
        let stated = resolve::stated_granularity(expr);
        let time = resolve::resolve(expr, anchor, tense)
            .and_then(|(r, g)| TimeSpan::new(r.from, r.to, Some(g)).ok());
        let granularity = time
            .as_ref()
            .and_then(TimeSpan::granularity)
            .unwrap_or(stated);
        let has_part =
            |m: grammar::Moment| (m.part.is_some() || m.clock.is_some()) && m.point.is_day();
        let kind = match expr {
            Expr::At(m) if m.clock.is_some() && m.point.is_day() => TimeKind::DateTime,
            Expr::At(m) if has_part(m) => TimeKind::DateTimeRange,
            Expr::At(m) if stated == Granularity::Day && m.point.is_day() => TimeKind::Date,
            Expr::Range(a, b) if has_part(a) || has_part(b) => TimeKind::DateTimeRange,
            Expr::Since(m)
            | Expr::After(m)
            | Expr::Until(m)
            | Expr::Before(m)
            | Expr::Lasting(m, ..)
                if has_part(m) =>
            {
                TimeKind::DateTimeRange
            }
            _ => TimeKind::DateRange,
        };
        Some(TimeMatch {
            span: Span {
                start: from,
                end: to,
            },
            time,
            text: slice.to_owned(),
            granularity,
            kind,
        })
    }
}

/// Every time expression in `text`, sorted by position, never overlapping.
///
/// Relative expressions resolve against `anchor`; without one they are
/// still reported, with `time: None`.
///
/// ```
/// use corroborate::Language;
/// use corroborate::recognize::times;
///
/// let found = times("Breached on December 15, 2025; 16,444,373 records, yesterday.", Language::English, None);
/// let texts: Vec<_> = found.iter().map(|m| m.text.as_str()).collect();
/// assert_eq!(texts, ["December 15, 2025", "yesterday"]);
/// assert!(found[0].time.is_some());
/// assert!(found[1].time.is_none()); // no anchor: no guess
/// ```
pub fn times(text: &str, language: Language, anchor: Option<&Anchor>) -> Vec<TimeMatch> {
    TimeRecognizer::new(language).find(text, anchor)
}

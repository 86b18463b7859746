//! Time recognition, as tables of input -> expected in each language, plus
//! property tests: formatted dates parse back, hostile input never panics.

use chrono::{DateTime, Datelike, NaiveDate};
use corroborate::recognize::{Anchor, TimeKind, TimeRecognizer, TimeZone, times};
use corroborate::{Granularity, Language};
use proptest::prelude::*;

/// Published Saturday 13 December 2025, 09:00 in Paris.
fn anchor(language: Language) -> Anchor {
    let published = DateTime::parse_from_rfc3339("2025-12-13T09:00:00+01:00").unwrap();
    Anchor::from_published(published, language)
}

/// `(text found, "from", "to")` for every match; open ends print `-`.
fn table(language: Language, text: &str) -> Vec<(String, String, String)> {
    let a = anchor(language);
    times(text, language, Some(&a))
        .into_iter()
        .map(|m| {
            let t = m.time.expect("resolved");
            let show = |d: Option<chrono::NaiveDateTime>| {
                d.map_or("-".to_owned(), |d| d.format("%Y-%m-%dT%H:%M").to_string())
            };
            (m.text, show(t.from()), show(t.to()))
        })
        .collect()
}

fn check(language: Language, rows: &[(&str, &str, &str, &str)]) {
    for &(input, text, from, to) in rows {
        let got = table(language, input);
        assert_eq!(
            got,
            vec![(text.to_owned(), from.to_owned(), to.to_owned())],
            "{input:?}"
        );
    }
}

#[test]
fn english() {
    check(
        Language::English,
        &[
            (
                "It began on December 15, 2025.",
                "December 15, 2025",
                "2025-12-15T00:00",
                "2025-12-16T00:00",
            ),
            (
                "on 15 December 2025",
                "15 December 2025",
                "2025-12-15T00:00",
                "2025-12-16T00:00",
            ),
            (
                "Dec. 12, the ministry",
                "Dec. 12",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "filed 2025-12-15",
                "2025-12-15",
                "2025-12-15T00:00",
                "2025-12-16T00:00",
            ),
            // A past-tense verb: the latest 16 December on or before the
            // anchor (see `the_tense_of_the_clause_picks_the_year`).
            (
                "posted 12/16",
                "12/16",
                "2024-12-16T00:00",
                "2024-12-17T00:00",
            ),
            ("on 12/16", "12/16", "2025-12-16T00:00", "2025-12-17T00:00"),
            (
                "It was detected today",
                "today",
                "2025-12-13T00:00",
                "2025-12-14T00:00",
            ),
            (
                "It was detected yesterday",
                "yesterday",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "the ministry said this week",
                "this week",
                "2025-12-08T00:00",
                "2025-12-15T00:00",
            ),
            (
                "confirmed last Thursday",
                "last Thursday",
                "2025-12-11T00:00",
                "2025-12-12T00:00",
            ),
            (
                "confirmed on Thursday",
                "Thursday",
                "2025-12-11T00:00",
                "2025-12-12T00:00",
            ),
            (
                "intruders struck Thursday night",
                "Thursday night",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "on Friday morning",
                "Friday morning",
                "2025-12-12T06:00",
                "2025-12-12T12:00",
            ),
            (
                "access between December 11 and 12",
                "between December 11 and 12",
                "2025-12-11T00:00",
                "2025-12-13T00:00",
            ),
            (
                "offline since Monday",
                "since Monday",
                "2025-12-08T00:00",
                "-",
            ),
            (
                "first seen in August",
                "August",
                "2025-08-01T00:00",
                "2025-09-01T00:00",
            ),
            (
                "a breach in 2023",
                "2023",
                "2023-01-01T00:00",
                "2024-01-01T00:00",
            ),
            (
                "two days ago",
                "two days ago",
                "2025-12-11T00:00",
                "2025-12-12T00:00",
            ),
            (
                "over the past three days",
                "past three days",
                "2025-12-10T00:00",
                "2025-12-13T00:00",
            ),
            (
                "born on July 20, 1969",
                "July 20, 1969",
                "1969-07-20T00:00",
                "1969-07-21T00:00",
            ),
            (
                "leaked last night",
                "last night",
                "2025-12-12T18:00",
                "2025-12-13T06:00",
            ),
            (
                "from 2014 to 2018",
                "from 2014 to 2018",
                "2014-01-01T00:00",
                "2019-01-01T00:00",
            ),
            (
                "earlier this month",
                "earlier this month",
                "2025-12-01T00:00",
                "2025-12-13T00:00",
            ),
            (
                "later this week",
                "later this week",
                "2025-12-13T00:00",
                "2025-12-15T00:00",
            ),
            (
                "born January twenty five nineteen eighty six",
                "January twenty five nineteen eighty six",
                "1986-01-25T00:00",
                "1986-01-26T00:00",
            ),
            (
                "back in two thousand and fifteen",
                "two thousand and fifteen",
                "2015-01-01T00:00",
                "2016-01-01T00:00",
            ),
            (
                "on the night of December 11",
                "night of December 11",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "overnight from Thursday to Friday",
                "overnight from Thursday to Friday",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "the week of April 10th",
                "the week of April 10th",
                "2025-04-07T00:00",
                "2025-04-14T00:00",
            ),
            (
                "in the 1990s",
                "1990s",
                "1990-01-01T00:00",
                "2000-01-01T00:00",
            ),
            (
                "on December 12 at 10:30 p.m.",
                "December 12 at 10:30 p.m.",
                "2025-12-12T22:30",
                "2025-12-12T22:31",
            ),
            (
                "Friday at 5",
                "Friday at 5",
                "2025-12-12T05:00",
                "2025-12-12T06:00",
            ),
            (
                "Monday 8-9am works",
                "Monday 8-9am",
                "2025-12-08T08:00",
                "2025-12-08T10:00",
            ),
            (
                "from 10:30 to 3 on 1/1/2015",
                "from 10:30 to 3 on 1/1/2015",
                "2015-01-01T10:30",
                "2015-01-01T16:00",
            ),
            (
                "in Q3 2025",
                "Q3 2025",
                "2025-07-01T00:00",
                "2025-10-01T00:00",
            ),
            (
                "the last 2 quarters",
                "last 2 quarters",
                "2025-04-01T00:00",
                "2025-10-01T00:00",
            ),
            (
                "in mid-November",
                "mid-November",
                "2025-11-10T00:00",
                "2025-11-21T00:00",
            ),
            (
                "over the weekend",
                "the weekend",
                "2025-12-13T00:00",
                "2025-12-15T00:00",
            ),
            // A count from a bare weekday reads it forward (the next
            // Monday, 15 December), as upstream does.
            (
                "two days after Monday",
                "two days after Monday",
                "2025-12-17T00:00",
                "2025-12-18T00:00",
            ),
            (
                "Christmas",
                "Christmas",
                "2025-12-25T00:00",
                "2025-12-26T00:00",
            ),
            (
                "the first week of 2021",
                "the first week of 2021",
                "2021-01-04T00:00",
                "2021-01-11T00:00",
            ),
            // "next" and "previous" before a weekday name the next or
            // previous week's day; "last" and "this coming" the nearest.
            (
                "due next Sunday",
                "next Sunday",
                "2025-12-21T00:00",
                "2025-12-22T00:00",
            ),
            (
                "due this coming Sunday",
                "this coming Sunday",
                "2025-12-14T00:00",
                "2025-12-15T00:00",
            ),
            (
                "on the previous Friday",
                "previous Friday",
                "2025-12-05T00:00",
                "2025-12-06T00:00",
            ),
            // "the year", "the week" alone are the anchor's.
            (
                "the breach of the year",
                "the year",
                "2025-01-01T00:00",
                "2026-01-01T00:00",
            ),
            (
                "due the week after next",
                "the week after next",
                "2025-12-22T00:00",
                "2025-12-29T00:00",
            ),
            // A bare weekday ending an interval follows its start.
            (
                "off from next Monday to Friday",
                "from next Monday to Friday",
                "2025-12-15T00:00",
                "2025-12-20T00:00",
            ),
            // Counted from a day after "in"; fixed-day holidays.
            (
                "due in two days from today",
                "two days from today",
                "2025-12-15T00:00",
                "2025-12-16T00:00",
            ),
            (
                "marches on Earth Day 2024",
                "Earth Day 2024",
                "2024-04-22T00:00",
                "2024-04-23T00:00",
            ),
            // A shifted holiday: the latest on or before the anchor, or the
            // first after it.
            (
                "celebrated last Easter",
                "last Easter",
                "2025-04-20T00:00",
                "2025-04-21T00:00",
            ),
            (
                "planned next Christmas",
                "next Christmas",
                "2025-12-25T00:00",
                "2025-12-26T00:00",
            ),
            // Seasons (meteorological, northern hemisphere).
            (
                "planned for this summer",
                "this summer",
                "2025-06-01T00:00",
                "2025-09-01T00:00",
            ),
            (
                "in the fall of 2024",
                "fall of 2024",
                "2024-09-01T00:00",
                "2024-12-01T00:00",
            ),
            // Portions of the anchor's week and year.
            // "earlier" ends at the anchor day or at the end of the first
            // half (Monday to Wednesday of a week), whichever comes first.
            (
                "met earlier in the week",
                "earlier in the week",
                "2025-12-08T00:00",
                "2025-12-11T00:00",
            ),
            (
                "renewed the end of the week",
                "end of the week",
                "2025-12-11T00:00",
                "2025-12-15T00:00",
            ),
            (
                "planned for the end of this year",
                "end of this year",
                "2025-07-01T00:00",
                "2026-01-01T00:00",
            ),
            (
                "at the end of 2000",
                "end of 2000",
                "2000-09-01T00:00",
                "2001-01-01T00:00",
            ),
            // A weekday or shift before a date: the date wins.
            (
                "set for Friday 7.6",
                "Friday 7.6",
                "2025-07-06T00:00",
                "2025-07-07T00:00",
            ),
            (
                "due this 5/12",
                "this 5/12",
                "2025-05-12T00:00",
                "2025-05-13T00:00",
            ),
            (
                "due next 6th of April",
                "next 6th of April",
                "2026-04-06T00:00",
                "2026-04-07T00:00",
            ),
            // A month and a year in digits; a comma before an ordinal day.
            (
                "expires 03/2024",
                "03/2024",
                "2024-03-01T00:00",
                "2024-04-01T00:00",
            ),
            (
                "set for October, 1st",
                "October, 1st",
                "2025-10-01T00:00",
                "2025-10-02T00:00",
            ),
            // Eight digits of a date, as in file names.
            (
                "see report-20170302.html",
                "20170302",
                "2017-03-02T00:00",
                "2017-03-03T00:00",
            ),
            // "and before", "or after" close a time unless a date follows.
            (
                "records from 2019 or after",
                "2019 or after",
                "2019-01-01T00:00",
                "-",
            ),
            (
                "December 1, 2025 and before",
                "December 1, 2025 and before",
                "-",
                "2025-12-02T00:00",
            ),
        ],
    );
    assert_eq!(
        table(Language::English, "after 2016 and before 2018")
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        ["after 2016", "before 2018"]
    );
    assert_eq!(table(Language::English, "after the fall of Kabul"), vec![]);
    assert_eq!(
        table(Language::English, "sales in 2007 and 2009")
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        ["2007", "2009"]
    );
    assert_eq!(table(Language::English, "1500 and 2000 units"), vec![]);
    // A fiscal year is recognized but not resolved: where it starts
    // depends on the organisation.
    let a = anchor(Language::English);
    let fy = times("revenue in fiscal year 2024", Language::English, Some(&a));
    assert_eq!(fy.len(), 1);
    assert_eq!(fy[0].text, "fiscal year 2024");
    assert!(fy[0].time.is_none());
    assert_eq!(
        table(Language::English, "in the calendar year 2024"),
        vec![(
            "calendar year 2024".to_owned(),
            "2024-01-01T00:00".to_owned(),
            "2025-01-01T00:00".to_owned()
        )]
    );
    // Not dates: a count of eight digits outside 1900-2099 or invalid, a
    // time after a weekday.
    for text in ["12345678 records", "20251345 rows", "20151231,5"] {
        assert_eq!(table(Language::English, text), vec![], "{text}");
    }
    assert_eq!(
        table(Language::English, "Friday 7.30pm"),
        vec![(
            "Friday".to_owned(),
            "2025-12-12T00:00".to_owned(),
            "2025-12-13T00:00".to_owned()
        )]
    );
}

/// Relative expressions and ranges read as upstream Recognizers-Text reads
/// them (see the rules in `corroborate::recognize`).
#[test]
fn english_relative_expressions_and_ranges() {
    check(
        Language::English,
        &[
            (
                "We met earlier this year.",
                "earlier this year",
                "2025-01-01T00:00",
                "2025-07-01T00:00",
            ),
            (
                "It fell later this week.",
                "later this week",
                "2025-12-13T00:00",
                "2025-12-15T00:00",
            ),
            (
                "in the same week",
                "same week",
                "2025-12-08T00:00",
                "2025-12-15T00:00",
            ),
            (
                "over the next fortnight",
                "next fortnight",
                "2025-12-22T00:00",
                "2026-01-05T00:00",
            ),
            (
                "during this working week",
                "this working week",
                "2025-12-08T00:00",
                "2025-12-13T00:00",
            ),
            (
                "over the next couple of weeks",
                "next couple of weeks",
                "2025-12-14T00:00",
                "2025-12-28T00:00",
            ),
            (
                "no later than January 1, 2026",
                "no later than January 1, 2026",
                "-",
                "2026-01-02T00:00",
            ),
            (
                "What happened the day before?",
                "the day before",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "3 days after January 12th",
                "3 days after January 12th",
                "2026-01-15T00:00",
                "2026-01-16T00:00",
            ),
            (
                "Monday two weeks from now",
                "Monday two weeks from now",
                "2025-12-22T00:00",
                "2025-12-23T00:00",
            ),
            (
                "in 3 days on Friday",
                "in 3 days on Friday",
                "2025-12-19T00:00",
                "2025-12-20T00:00",
            ),
            (
                "2 weeks and 2 days ago",
                "2 weeks and 2 days ago",
                "2025-11-27T00:00",
                "2025-11-28T00:00",
            ),
            (
                "a fortnight later",
                "a fortnight later",
                "2025-12-27T00:00",
                "2025-12-28T00:00",
            ),
            (
                "on Black Friday 2010",
                "Black Friday 2010",
                "2010-11-26T00:00",
                "2010-11-27T00:00",
            ),
            (
                "sales since Thanksgiving",
                "since Thanksgiving",
                "2025-11-27T00:00",
                "-",
            ),
            (
                "set OOO for 3 days from today",
                "for 3 days from today",
                "2025-12-13T00:00",
                "2025-12-16T00:00",
            ),
            (
                "leave for 2 weeks starting January 5",
                "2 weeks starting January 5",
                "2026-01-05T00:00",
                "2026-01-19T00:00",
            ),
            (
                "more than 2 weeks before today",
                "more than 2 weeks before today",
                "-",
                "2025-11-29T00:00",
            ),
            (
                "less than 3 days after tomorrow",
                "less than 3 days after tomorrow",
                "2025-12-14T00:00",
                "2025-12-17T00:00",
            ),
            (
                "booked for the first 2 weeks of 2021",
                "the first 2 weeks of 2021",
                "2021-01-04T00:00",
                "2021-01-18T00:00",
            ),
            (
                "the last four months of 2021",
                "the last four months of 2021",
                "2021-09-01T00:00",
                "2022-01-01T00:00",
            ),
            (
                "first ten days of last year",
                "first ten days of last year",
                "2024-01-01T00:00",
                "2024-01-11T00:00",
            ),
            (
                "the third month of 2021",
                "the third month of 2021",
                "2021-03-01T00:00",
                "2021-04-01T00:00",
            ),
            (
                "from the end of March to the middle of September",
                "from the end of March to the middle of September",
                "2025-04-01T00:00",
                "2025-09-16T00:00",
            ),
            (
                "down 20% year to date",
                "year to date",
                "2025-01-01T00:00",
                "2025-12-13T00:00",
            ),
            (
                "from March to date",
                "from March to date",
                "2025-03-01T00:00",
                "2025-12-14T00:00",
            ),
            (
                "2019 H2 results",
                "2019 H2",
                "2019-07-01T00:00",
                "2020-01-01T00:00",
            ),
            (
                "music in the nineties",
                "nineties",
                "1990-01-01T00:00",
                "2000-01-01T00:00",
            ),
            (
                "w/c Feb 4",
                "w/c Feb 4",
                "2025-02-03T00:00",
                "2025-02-10T00:00",
            ),
            (
                "in the next decade",
                "the next decade",
                "2030-01-01T00:00",
                "2040-01-01T00:00",
            ),
            (
                "back on 22/04",
                "22/04",
                "2025-04-22T00:00",
                "2025-04-23T00:00",
            ),
            (
                "clusters docked to date",
                "to date",
                "-",
                "2025-12-13T00:00",
            ),
            (
                "paid $ 12 December 27",
                "December 27",
                "2024-12-27T00:00",
                "2024-12-28T00:00",
            ),
            (
                "back 23-2020-September",
                "23-2020-September",
                "2020-09-23T00:00",
                "2020-09-24T00:00",
            ),
            (
                "back 2020/23/Sep.",
                "2020/23/Sep",
                "2020-09-23T00:00",
                "2020-09-24T00:00",
            ),
            (
                "On 2016 10 16, it started.",
                "2016 10 16",
                "2016-10-16T00:00",
                "2016-10-17T00:00",
            ),
            (
                "born on twenty five January nineteen eighty six",
                "twenty five January nineteen eighty six",
                "1986-01-25T00:00",
                "1986-01-26T00:00",
            ),
        ],
    );
    // Not times: an age, an adjective, a comparison, an amount.
    for text in [
        "a man in his forties",
        "keep it up to date",
        "greater than or equals to date 1",
        "the day before the attack",
        "in his 40s",
        "they sold 1500 and 2000 for each region",
    ] {
        assert_eq!(table(Language::English, text), vec![], "{text}");
    }
}

#[test]
fn french() {
    check(
        Language::French,
        &[
            (
                "Le 12 décembre 2025, le ministère",
                "12 décembre 2025",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "vendredi 12 décembre au matin",
                "vendredi 12 décembre au matin",
                "2025-12-12T06:00",
                "2025-12-12T12:00",
            ),
            (
                "publié le 15/12/2025",
                "15/12/2025",
                "2025-12-15T00:00",
                "2025-12-16T00:00",
            ),
            (
                "aujourd\u{2019}hui",
                "aujourd\u{2019}hui",
                "2025-12-13T00:00",
                "2025-12-14T00:00",
            ),
            (
                "Hier, le ministre",
                "Hier",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "cette semaine",
                "cette semaine",
                "2025-12-08T00:00",
                "2025-12-15T00:00",
            ),
            (
                "la semaine dernière",
                "la semaine dernière",
                "2025-12-01T00:00",
                "2025-12-08T00:00",
            ),
            (
                "jeudi soir",
                "jeudi soir",
                "2025-12-11T18:00",
                "2025-12-12T00:00",
            ),
            (
                "l\u{2019}intrusion du 11 au 12 décembre",
                "du 11 au 12 décembre",
                "2025-12-11T00:00",
                "2025-12-13T00:00",
            ),
            (
                "perturbé depuis jeudi",
                "depuis jeudi",
                "2025-12-11T00:00",
                "-",
            ),
            (
                "une fuite en 2023",
                "2023",
                "2023-01-01T00:00",
                "2024-01-01T00:00",
            ),
            ("en août", "août", "2025-08-01T00:00", "2025-09-01T00:00"),
            (
                "il y a deux jours",
                "il y a deux jours",
                "2025-12-11T00:00",
                "2025-12-12T00:00",
            ),
            (
                "le 1er janvier 1960",
                "1er janvier 1960",
                "1960-01-01T00:00",
                "1960-01-02T00:00",
            ),
            (
                "jeudi dernier",
                "jeudi dernier",
                "2025-12-11T00:00",
                "2025-12-12T00:00",
            ),
            (
                "les trois derniers jours",
                "trois derniers jours",
                "2025-12-10T00:00",
                "2025-12-13T00:00",
            ),
            (
                "le 10, les pirates",
                "10",
                "2025-12-10T00:00",
                "2025-12-11T00:00",
            ),
            (
                "dans la nuit du 11 au 12 décembre",
                "dans la nuit du 11 au 12 décembre",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "la nuit de jeudi à vendredi",
                "nuit de jeudi à vendredi",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "le 12 décembre dernier",
                "12 décembre dernier",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "en août dernier",
                "août dernier",
                "2025-08-01T00:00",
                "2025-09-01T00:00",
            ),
            (
                "18 08 1978",
                "18 08 1978",
                "1978-08-18T00:00",
                "1978-08-19T00:00",
            ),
            (
                "le 12 décembre à 14h30",
                "12 décembre à 14h30",
                "2025-12-12T14:30",
                "2025-12-12T14:31",
            ),
            (
                "lundi de 14h à 16h",
                "lundi de 14h à 16h",
                "2025-12-08T14:00",
                "2025-12-08T17:00",
            ),
            (
                "fin 2025",
                "fin 2025",
                "2025-09-01T00:00",
                "2026-01-01T00:00",
            ),
            (
                "au troisième trimestre 2025",
                "troisième trimestre 2025",
                "2025-07-01T00:00",
                "2025-10-01T00:00",
            ),
            (
                "le week-end dernier",
                "week-end dernier",
                "2025-12-06T00:00",
                "2025-12-08T00:00",
            ),
            (
                "plus tôt cette année",
                "plus tôt cette année",
                "2025-01-01T00:00",
                "2025-12-13T00:00",
            ),
            (
                "dans les années 1990",
                "les années 1990",
                "1990-01-01T00:00",
                "2000-01-01T00:00",
            ),
        ],
    );
}

#[test]
fn japanese() {
    check(
        Language::Japanese,
        &[
            (
                "2025年12月16日に発表",
                "2025年12月16日",
                "2025-12-16T00:00",
                "2025-12-17T00:00",
            ),
            (
                "１２月１２日金曜日",
                "１２月１２日金曜日",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "12月12日（金）に",
                "12月12日（金）",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "2025.12.16に",
                "2025.12.16",
                "2025-12-16T00:00",
                "2025-12-17T00:00",
            ),
            ("今日の発表", "今日", "2025-12-13T00:00", "2025-12-14T00:00"),
            (
                "昨日判明した",
                "昨日",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            ("今週中に", "今週", "2025-12-08T00:00", "2025-12-15T00:00"),
            ("先週に", "先週", "2025-12-01T00:00", "2025-12-08T00:00"),
            (
                "木曜日の夜に",
                "木曜日の夜",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "12月11日夜から12日の間に",
                "12月11日夜から12日の間",
                "2025-12-11T18:00",
                "2025-12-13T00:00",
            ),
            ("8月に", "8月", "2025-08-01T00:00", "2025-09-01T00:00"),
            ("2023年に", "2023年", "2023-01-01T00:00", "2024-01-01T00:00"),
            ("3日前に", "3日前", "2025-12-10T00:00", "2025-12-11T00:00"),
            ("月曜日から停止", "月曜日から", "2025-12-08T00:00", "-"),
            (
                "先週の木曜日に",
                "先週の木曜日",
                "2025-12-04T00:00",
                "2025-12-05T00:00",
            ),
            (
                "令和7年12月1日",
                "令和7年12月1日",
                "2025-12-01T00:00",
                "2025-12-02T00:00",
            ),
            (
                "二〇一八年十二月に",
                "二〇一八年十二月",
                "2018-12-01T00:00",
                "2019-01-01T00:00",
            ),
            (
                "一日も早く、十日に",
                "十日",
                "2025-12-10T00:00",
                "2025-12-11T00:00",
            ),
            (
                "12月11日夜から12日未明にかけて",
                "12月11日夜から12日未明にかけて",
                "2025-12-11T18:00",
                "2025-12-12T06:00",
            ),
            (
                "2015年の最初の週",
                "2015年の最初の週",
                "2014-12-29T00:00",
                "2015-01-05T00:00",
            ),
            (
                "12月12日午後3時30分に",
                "12月12日午後3時30分",
                "2025-12-12T15:30",
                "2025-12-12T15:31",
            ),
            (
                "4月22日の午後5時から6時まで",
                "4月22日の午後5時から6時まで",
                "2025-04-22T17:00",
                "2025-04-22T19:00",
            ),
            (
                "12月下旬に",
                "12月下旬",
                "2025-12-21T00:00",
                "2026-01-01T00:00",
            ),
            (
                "2025年第3四半期",
                "2025年第3四半期",
                "2025-07-01T00:00",
                "2025-10-01T00:00",
            ),
            (
                "今日から2日後",
                "今日から2日後",
                "2025-12-15T00:00",
                "2025-12-16T00:00",
            ),
            (
                "来月の4日から23日まで",
                "来月の4日から23日まで",
                "2026-01-04T00:00",
                "2026-01-24T00:00",
            ),
            (
                "1990年代",
                "1990年代",
                "1990-01-01T00:00",
                "2000-01-01T00:00",
            ),
            (
                "2017年の前半",
                "2017年の前半",
                "2017-01-01T00:00",
                "2017-07-01T00:00",
            ),
        ],
    );
}

#[test]
fn numbers_that_are_not_dates_are_left_alone() {
    for (language, text) in [
        (
            Language::English,
            "The attacker claims 16,444,373 records and $2025 in fees; 3.5 GB.",
        ),
        (
            Language::English,
            "Version 1.2.3.4 scored 24/7 uptime with 2000 records.",
        ),
        (
            Language::English,
            "In two thousand records, twenty twenty-five users.",
        ),
        (
            Language::French,
            "16 444 373 personnes, 3,5 millions d\u{2019}euros, 2025 €.",
        ),
        (Language::French, "3 12 25 ans, 4 5 2020 personnes"),
        (Language::Japanese, "1644万4373人分のデータ、3.5GB、2000件"),
    ] {
        let found = times(text, language, None);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn invalid_dates_are_not_returned() {
    for (language, text) in [
        (Language::French, "le 31 février"),
        (Language::French, "le 32 décembre"),
        (Language::French, "29/02/2023"),
        (Language::French, "le 15 décembre 0000"),
        (Language::French, "le 15 décembre 99999"),
        (Language::English, "February 30, 2024"),
        (Language::English, "0000-12-15"),
        (Language::English, "December 32"),
        (Language::Japanese, "2月30日"),
        (Language::Japanese, "2023年2月29日"),
        (Language::Japanese, "13月1日"),
    ] {
        let found = times(text, language, Some(&anchor(language)));
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // A valid 29 February and a date before 1970 are fine.
    let found = times(
        "le 29/02/2024 et le 14 juillet 1789",
        Language::French,
        None,
    );
    let days: Vec<_> = found
        .iter()
        .map(|m| m.time.as_ref().unwrap().from().unwrap().date())
        .collect();
    assert_eq!(
        days,
        [
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
            NaiveDate::from_ymd_opt(1789, 7, 14).unwrap()
        ]
    );
}

#[test]
fn without_an_anchor_relative_expressions_are_reported_unresolved() {
    let found = times("hier, le 12 décembre 2025 et jeudi", Language::French, None);
    let rows: Vec<_> = found
        .iter()
        .map(|m| (m.text.as_str(), m.time.is_some(), m.granularity, m.kind))
        .collect();
    assert_eq!(
        rows,
        [
            ("hier", false, Granularity::Day, TimeKind::Date),
            ("12 décembre 2025", true, Granularity::Day, TimeKind::Date),
            ("jeudi", false, Granularity::Day, TimeKind::Date),
        ]
    );
}

#[test]
fn the_anchor_is_seen_in_the_source_time_zone() {
    // 23:30 UTC on Friday 12 December is Saturday in Paris.
    let published = DateTime::parse_from_rfc3339("2025-12-12T23:30:00Z").unwrap();
    let fr = Anchor::from_published(published, Language::French);
    let utc = fr.clone().with_time_zone(TimeZone::UTC);
    let day = |a: &Anchor| {
        times("aujourd'hui", Language::French, Some(a))[0]
            .time
            .as_ref()
            .unwrap()
            .from()
            .unwrap()
            .day()
    };
    assert_eq!((day(&fr), day(&utc)), (13, 12));
}

#[test]
fn spans_point_into_the_original_text() {
    let text = "Ｌｅ\u{a0}１２\u{202f}DÉCEMBRE, puis « hier »";
    let found = times(text, Language::French, Some(&anchor(Language::French)));
    let texts: Vec<_> = found
        .iter()
        .map(|m| &text[m.span.start..m.span.end])
        .collect();
    assert_eq!(texts, ["１２\u{202f}DÉCEMBRE", "hier"]);
}

fn formatted(language: Language, d: NaiveDate) -> Vec<String> {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let (y, m, day) = (d.year(), d.month(), d.day());
    let iso = d.format("%Y-%m-%d").to_string();
    match language {
        Language::English => vec![
            format!("{} {day}, {y}", EN[m as usize - 1]),
            format!("{day} {} {y}", EN[m as usize - 1]),
            iso,
        ],
        Language::French => vec![
            format!("{day} {} {y}", FR[m as usize - 1]),
            format!("{day:02}/{m:02}/{y}"),
            iso,
        ],
        _ => vec![format!("{y}年{m}月{day}日"), iso],
    }
}

proptest! {
    #[test]
    fn formatted_dates_parse_back(days in 0i64..(366 * 400), lang in 0usize..3) {
        let date = NaiveDate::from_ymd_opt(1800, 1, 1).unwrap() + chrono::TimeDelta::days(days);
        let language = [Language::English, Language::French, Language::Japanese][lang];
        let recognizer = TimeRecognizer::new(language);
        for form in formatted(language, date) {
            let text = format!("Publié {form}.");
            let found = recognizer.find(&text, None);
            prop_assert_eq!(found.len(), 1, "{}", text);
            prop_assert_eq!(&found[0].text, &form);
            let t = found[0].time.as_ref().unwrap();
            prop_assert_eq!(t.from().map(|f| f.date()), Some(date), "{}", text);
            prop_assert_eq!(t.granularity(), Some(Granularity::Day));
        }
    }

    #[test]
    fn hostile_input_never_panics(text in "\\PC{0,64}", lang in 0usize..3, offset in -20i64..20) {
        let language = [Language::English, Language::French, Language::Japanese][lang];
        let published = DateTime::parse_from_rfc3339("2025-12-13T09:00:00+01:00").unwrap()
            + chrono::TimeDelta::days(offset * 365);
        let found = times(&text, language, Some(&Anchor::from_published(published, language)));
        let mut last = 0;
        for m in &found {
            prop_assert!(m.span.start >= last && m.span.start < m.span.end);
            prop_assert!(text.get(m.span.start..m.span.end).is_some());
            last = m.span.end;
        }
    }

    #[test]
    fn date_shaped_noise_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("0".to_owned()), Just("99999".to_owned()), Just("2025".to_owned()),
                Just("31".to_owned()), Just("/".to_owned()), Just("-".to_owned()),
                Just(".".to_owned()), Just(" ".to_owned()), Just("年".to_owned()),
                Just("月".to_owned()), Just("日".to_owned()), Just("février".to_owned()),
                Just("du".to_owned()), Just("au".to_owned()), Just("between".to_owned()),
                Just("and".to_owned()), Just("から".to_owned()), Just("の間".to_owned()),
                Just("4294967296".to_owned()), Just("令和".to_owned()), Just("last".to_owned()),
                Just("2147483647".to_owned()), Just("q".to_owned()), Just("week".to_owned()),
                Just(":".to_owned()), Just("pm".to_owned()), Just("時".to_owned()),
                Just("days".to_owned()), Just("ago".to_owned()), Just("(金)".to_owned()),
            ],
            0..16,
        ),
        lang in 0usize..3,
    ) {
        let text: String = parts.concat();
        let language = [Language::English, Language::French, Language::Japanese][lang];
        let anchor = Anchor::from_published(
            DateTime::parse_from_rfc3339("2025-12-13T09:00:00+01:00").unwrap(), language);
        let _ = times(&text, language, Some(&anchor));
        let _ = times(&text, language, None);
    }
}

#[test]
fn days_of_months_and_two_digit_years() {
    check(
        Language::English,
        &[
            (
                "on the 15th day of next month",
                "the 15th day of next month",
                "2026-01-15T00:00",
                "2026-01-16T00:00",
            ),
            (
                "born in April of 87",
                "April of 87",
                "1987-04-01T00:00",
                "1987-05-01T00:00",
            ),
        ],
    );
    check(
        Language::French,
        &[
            (
                "En juillet 98, Paris",
                "juillet 98",
                "1998-07-01T00:00",
                "1998-08-01T00:00",
            ),
            (
                "il ya 2 jours",
                "il ya 2 jours",
                "2025-12-11T00:00",
                "2025-12-12T00:00",
            ),
            (
                "le mai vingt-neuf",
                "mai vingt-neuf",
                "2025-05-29T00:00",
                "2025-05-30T00:00",
            ),
        ],
    );
    // "en mars 45 personnes": a count, not 2045.
    let found = table(Language::French, "en mars 45 personnes");
    assert!(!found.iter().any(|r| r.1.starts_with("2045")), "{found:?}");
}

#[test]
fn japanese_portions_within_and_next() {
    check(
        Language::Japanese,
        &[
            // The anchor's year, month or week narrowed by a portion.
            ("年末に発表", "年末", "2025-07-01T00:00", "2026-01-01T00:00"),
            ("月末に発表", "月末", "2025-12-16T00:00", "2026-01-01T00:00"),
            (
                "週の初めに",
                "週の初め",
                "2025-12-08T00:00",
                "2025-12-11T00:00",
            ),
            (
                "今週の後半は",
                "今週の後半",
                "2025-12-11T00:00",
                "2025-12-15T00:00",
            ),
            // 次の N 日: the next N days; 今年 before a written year.
            ("次の3日", "次の3日", "2025-12-14T00:00", "2025-12-17T00:00"),
            (
                "今年2025年5月から",
                "今年2025年5月から",
                "2025-05-01T00:00",
                "-",
            ),
            // Business days skip Saturday and Sunday.
            (
                "今後4営業日で",
                "今後4営業日",
                "2025-12-15T00:00",
                "2025-12-19T00:00",
            ),
            // From the anchor day to that many units later.
            (
                "2週間以内に対応",
                "2週間以内に",
                "2025-12-13T00:00",
                "2025-12-27T00:00",
            ),
            // A date after a weekday wins; a weekday after a date and a
            // comma confirms it.
            (
                "今週の金曜日(12月12日)に",
                "今週の金曜日(12月12日)",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            (
                "12月12日、金曜日に",
                "12月12日、金曜日",
                "2025-12-12T00:00",
                "2025-12-13T00:00",
            ),
            // Seasons after a year or 今/昨; not alone (夏休み).
            ("今夏に発表", "今夏", "2025-06-01T00:00", "2025-09-01T00:00"),
            (
                "昨年の冬",
                "昨年の冬",
                "2024-12-01T00:00",
                "2025-03-01T00:00",
            ),
            (
                "過去の3年間で",
                "過去の3年間",
                "2022-12-13T00:00",
                "2025-12-13T00:00",
            ),
            // A holiday of a year named relative to the anchor.
            (
                "今年の独立記念日に",
                "今年の独立記念日",
                "2025-07-04T00:00",
                "2025-07-05T00:00",
            ),
            // 次の before a weekday: the next week's.
            (
                "次の日曜日に",
                "次の日曜日",
                "2025-12-21T00:00",
                "2025-12-22T00:00",
            ),
        ],
    );
    assert_eq!(table(Language::Japanese, "夏休みの計画"), vec![]);
    check(
        Language::English,
        &[(
            "fixed within 9 months",
            "within 9 months",
            "2025-12-13T00:00",
            "2026-09-13T00:00",
        )],
    );
}

#[test]
fn french_neighbour_days_joined_dates_and_spoken_decades() {
    check(
        Language::French,
        &[
            (
                "Il est revenu le lendemain.",
                "lendemain",
                "2025-12-14T00:00",
                "2025-12-15T00:00",
            ),
            (
                "bloqué toute la journée",
                "la journée",
                "2025-12-13T00:00",
                "2025-12-14T00:00",
            ),
            (
                "retour septembre-2020-23.",
                "septembre-2020-23",
                "2020-09-23T00:00",
                "2020-09-24T00:00",
            ),
            (
                "retour 2020/23/sep",
                "2020/23/sep",
                "2020-09-23T00:00",
                "2020-09-24T00:00",
            ),
            (
                "retour 23-2020-septembre",
                "23-2020-septembre",
                "2020-09-23T00:00",
                "2020-09-24T00:00",
            ),
            (
                "payé le 25 mardi",
                "le 25 mardi",
                "2025-11-25T00:00",
                "2025-11-26T00:00",
            ),
            (
                "le vingt-cinq mardi",
                "le vingt-cinq mardi",
                "2025-11-25T00:00",
                "2025-11-26T00:00",
            ),
            (
                "absent de 4-23 mois prochain",
                "4-23 mois prochain",
                "2026-01-04T00:00",
                "2026-01-24T00:00",
            ),
            (
                "entre 3 et 12 de sept",
                "entre 3 et 12 de sept",
                "2025-09-03T00:00",
                "2025-09-13T00:00",
            ),
            (
                "le 12 sept. 2024",
                "12 sept. 2024",
                "2024-09-12T00:00",
                "2024-09-13T00:00",
            ),
            (
                "dans les années quatre-vingt-dix",
                "les années quatre-vingt-dix",
                "1990-01-01T00:00",
                "2000-01-01T00:00",
            ),
            (
                "il y a environ un mois",
                "il y a environ un mois",
                "2025-11-13T00:00",
                "2025-11-14T00:00",
            ),
            (
                "il y a à peu près un mois",
                "il y a à peu près un mois",
                "2025-11-13T00:00",
                "2025-11-14T00:00",
            ),
            (
                "rendez-vous 9h le mardi",
                "9h le mardi",
                "2025-12-09T09:00",
                "2025-12-09T10:00",
            ),
            (
                "14h30 le 13 décembre 2018",
                "14h30 le 13 décembre 2018",
                "2018-12-13T14:30",
                "2018-12-13T14:31",
            ),
            (
                "demain 8:00am",
                "demain 8:00am",
                "2025-12-14T08:00",
                "2025-12-14T08:01",
            ),
            (
                "vendredi à midi",
                "vendredi à midi",
                "2025-12-12T12:00",
                "2025-12-12T13:00",
            ),
        ],
    );
    // "sept" is seven elsewhere: "12 sept victimes" counts victims.
    let a = anchor(Language::French);
    let found = times("12 sept victimes", Language::French, Some(&a));
    assert!(found.iter().all(|m| !m.text.contains("sept")), "{found:?}");
}

#[test]
fn japanese_counts_from_a_day_and_words_that_point_back() {
    check(
        Language::Japanese,
        &[
            ("翌日に", "翌日", "2025-12-14T00:00", "2025-12-15T00:00"),
            ("前日に", "前日", "2025-12-12T00:00", "2025-12-13T00:00"),
            ("この日は", "この日", "2025-12-13T00:00", "2025-12-14T00:00"),
            (
                "その年の売上",
                "その年",
                "2025-01-01T00:00",
                "2026-01-01T00:00",
            ),
            ("同じ週に", "同じ週", "2025-12-08T00:00", "2025-12-15T00:00"),
            (
                "その週末に",
                "その週末",
                "2025-12-13T00:00",
                "2025-12-15T00:00",
            ),
            (
                "独立の前の年に",
                "前の年",
                "2024-01-01T00:00",
                "2025-01-01T00:00",
            ),
            (
                "前の週早くに",
                "前の週早くに",
                "2025-12-01T00:00",
                "2025-12-04T00:00",
            ),
            (
                "株価は年初来20％下落",
                "年初来",
                "2025-01-01T00:00",
                "2025-12-13T00:00",
            ),
            (
                "今日から2週間以上前に",
                "今日から2週間以上前",
                "-",
                "2025-11-29T00:00",
            ),
            (
                "今日から2週間以上あとに",
                "今日から2週間以上あと",
                "2025-12-27T00:00",
                "-",
            ),
            (
                "昨日の2日以上前に",
                "昨日の2日以上前",
                "-",
                "2025-12-10T00:00",
            ),
            (
                "明日から3日以内に",
                "明日から3日以内に",
                "2025-12-14T00:00",
                "2025-12-17T00:00",
            ),
            (
                "明日から3週間の",
                "明日から3週間",
                "2026-01-04T00:00",
                "2026-01-05T00:00",
            ),
            (
                "2か月で出発",
                "2か月で",
                "2026-02-13T00:00",
                "2026-02-14T00:00",
            ),
            (
                "5月9日から2泊",
                "5月9日",
                "2025-05-09T00:00",
                "2025-05-10T00:00",
            ),
            (
                "今日から3分後に",
                "今日",
                "2025-12-13T00:00",
                "2025-12-14T00:00",
            ),
            (
                "ひと月前に",
                "ひと月前",
                "2025-11-13T00:00",
                "2025-11-14T00:00",
            ),
            (
                "2018年十月一日から19年二月三日まで",
                "2018年十月一日から19年二月三日まで",
                "2018-10-01T00:00",
                "2019-02-04T00:00",
            ),
            (
                "2018年8月1日の後から",
                "2018年8月1日の後から",
                "2018-08-02T00:00",
                "-",
            ),
            (
                "2012年1月1日の前に",
                "2012年1月1日の前",
                "-",
                "2012-01-01T00:00",
            ),
            (
                "2010-01-10またはそれ以降",
                "2010-01-10またはそれ以降",
                "2010-01-10T00:00",
                "-",
            ),
            (
                "月曜日の12時から4時までの間",
                "月曜日の12時から4時までの間",
                "2025-12-08T12:00",
                "2025-12-08T17:00",
            ),
            (
                "2018年5月3日の17時49分19秒",
                "2018年5月3日の17時49分19秒",
                "2018-05-03T17:49",
                "2018-05-03T17:50",
            ),
        ],
    );
    check(
        Language::Japanese,
        &[
            (
                "4月の最終月曜日に",
                "4月の最終月曜日",
                "2025-04-28T00:00",
                "2025-04-29T00:00",
            ),
            (
                "来月の第一月曜日",
                "来月の第一月曜日",
                "2026-01-05T00:00",
                "2026-01-06T00:00",
            ),
            (
                "四月最後の月曜日から十月一日まで",
                "四月最後の月曜日から十月一日まで",
                "2025-04-28T00:00",
                "2025-10-02T00:00",
            ),
            ("4月の最終回", "4月", "2025-04-01T00:00", "2025-05-01T00:00"),
            (
                "2015年から18年まで",
                "2015年から18年まで",
                "2015-01-01T00:00",
                "2019-01-01T00:00",
            ),
        ],
    );
    // Days with で are dates more often than counts: "20日で" is the 20th.
    let a = anchor(Language::Japanese);
    let found = times("会期は20日で終わる", Language::Japanese, Some(&a));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "20日");
}

#[test]
fn a_weekday_written_with_a_yearless_date_picks_its_year() {
    // Published Saturday 13 December 2025: 11 January 2025 was a
    // Saturday, 11 January 2026 is a Sunday; 2 March 2026 is a Monday,
    // 2 March 2025 was a Sunday.
    let d = |day: &str, next: &str| (format!("{day}T00:00"), format!("{next}T00:00"));
    let rows: &[(Language, &str, &str, (String, String))] = &[
        (
            Language::English,
            "Saturday, January 11",
            "Saturday, January 11",
            d("2025-01-11", "2025-01-12"),
        ),
        (
            Language::English,
            "Sunday, January 11",
            "Sunday, January 11",
            d("2026-01-11", "2026-01-12"),
        ),
        // The weekday fits the year after, however far ahead.
        (
            Language::English,
            "on Monday, March 2",
            "Monday, March 2",
            d("2026-03-02", "2026-03-03"),
        ),
        // Neither year fits: the plain rule (the future within 30 days).
        (
            Language::English,
            "Friday, January 11",
            "Friday, January 11",
            d("2026-01-11", "2026-01-12"),
        ),
        (
            Language::French,
            "samedi 11 janvier",
            "samedi 11 janvier",
            d("2025-01-11", "2025-01-12"),
        ),
        (
            Language::French,
            "le dimanche 11 janvier",
            "dimanche 11 janvier",
            d("2026-01-11", "2026-01-12"),
        ),
        (
            Language::French,
            "lundi 2 mars",
            "lundi 2 mars",
            d("2026-03-02", "2026-03-03"),
        ),
        (
            Language::Japanese,
            "1月11日土曜日",
            "1月11日土曜日",
            d("2025-01-11", "2025-01-12"),
        ),
        (
            Language::Japanese,
            "1月11日(土)",
            "1月11日(土)",
            d("2025-01-11", "2025-01-12"),
        ),
        (
            Language::Japanese,
            "1月11日日曜日",
            "1月11日日曜日",
            d("2026-01-11", "2026-01-12"),
        ),
    ];
    for (language, input, text, (from, to)) in rows {
        let got = table(*language, input);
        let want = vec![((*text).to_owned(), from.clone(), to.clone())];
        assert_eq!(got, want, "{input:?}");
    }
}

#[test]
fn four_digit_counts_of_things_are_not_years() {
    for (language, text) in [
        (
            Language::English,
            "The attackers posted a sample of 1637 records.",
        ),
        (Language::English, "a list of 2400 accounts and 1850 emails"),
        (Language::French, "un échantillon de 1637 fiches"),
        (
            Language::French,
            "la liste de 2400 comptes et de 1850 mots de passe",
        ),
    ] {
        let found = times(text, language, None);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // A year still reads as one before other words.
    check(
        Language::English,
        &[(
            "In 2019 the attackers",
            "2019",
            "2019-01-01T00:00",
            "2020-01-01T00:00",
        )],
    );
    check(
        Language::French,
        &[(
            "En 2019 les pirates",
            "2019",
            "2019-01-01T00:00",
            "2020-01-01T00:00",
        )],
    );
}

#[test]
fn the_tense_of_the_clause_picks_the_year() {
    // Published Saturday 13 December 2025. Without a tense, 9 January is
    // the coming one (within 30 days) and 2 March the past one; a
    // past-tense verb in the sentence takes the latest occurrence on or
    // before the anchor day, a future-tense one the first that has not
    // ended.
    let d = |from: &str, to: &str| (format!("{from}T00:00"), format!("{to}T00:00"));
    let rows: &[(Language, &str, &str, (String, String))] = &[
        // English: past.
        (
            Language::English,
            "The intrusion was detected on Jan. 9, the ministry said.",
            "Jan. 9",
            d("2025-01-09", "2025-01-10"),
        ),
        (
            Language::English,
            "On Jan. 9, the attackers posted a sample of 3000 records.",
            "Jan. 9",
            d("2025-01-09", "2025-01-10"),
        ),
        (
            Language::English,
            "The company disclosed the breach on 1/13 after a review.",
            "1/13",
            d("2025-01-13", "2025-01-14"),
        ),
        (
            Language::English,
            "The data was copied between January 9 and 10, the ministry said.",
            "between January 9 and 10",
            d("2025-01-09", "2025-01-11"),
        ),
        (
            Language::English,
            "The attackers stole the files in January.",
            "January",
            d("2025-01-01", "2025-02-01"),
        ),
        // English: future.
        (
            Language::English,
            "The company will publish its report on March 2.",
            "March 2",
            d("2026-03-02", "2026-03-03"),
        ),
        (
            Language::English,
            "The report is expected to come out in March.",
            "March",
            d("2026-03-01", "2026-04-01"),
        ),
        (
            Language::English,
            "The hearing is scheduled for March 2.",
            "March 2",
            d("2026-03-02", "2026-03-03"),
        ),
        // A range that has not ended is already the future one.
        (
            Language::English,
            "The audit will run from December 1 to 20.",
            "from December 1 to 20",
            d("2025-12-01", "2025-12-21"),
        ),
        (
            Language::English,
            "They will be out from August to October.",
            "from August to October",
            d("2026-08-01", "2026-11-01"),
        ),
        // A past-tense verb may set a limit ahead: "until" and "before"
        // keep the plain rule in the past tense.
        (
            Language::English,
            "The hearing was postponed until Jan. 9.",
            "until Jan. 9",
            ("-".to_owned(), "2026-01-10T00:00".to_owned()),
        ),
        (
            Language::English,
            "The servers will stay offline until March 2.",
            "until March 2",
            ("-".to_owned(), "2026-03-03T00:00".to_owned()),
        ),
        (
            Language::French,
            "L'audience a été reportée jusqu'au 9 janvier.",
            "jusqu'au 9 janvier",
            ("-".to_owned(), "2026-01-10T00:00".to_owned()),
        ),
        // English: no tense, the plain rule; a cue in another sentence
        // does not count.
        (
            Language::English,
            "Deadline: Jan. 9",
            "Jan. 9",
            d("2026-01-09", "2026-01-10"),
        ),
        (
            Language::English,
            "It was hacked. The deadline is Jan. 9",
            "Jan. 9",
            d("2026-01-09", "2026-01-10"),
        ),
        (
            Language::English,
            "The hearing on March 2",
            "March 2",
            d("2025-03-02", "2025-03-03"),
        ),
        // French: passé composé, imparfait.
        (
            Language::French,
            "L'intrusion a été détectée le 9 janvier, selon le ministère.",
            "9 janvier",
            d("2025-01-09", "2025-01-10"),
        ),
        (
            Language::French,
            "Les données ont été copiées du 3 au 4 janvier.",
            "du 3 au 4 janvier",
            d("2025-01-03", "2025-01-05"),
        ),
        (
            Language::French,
            "Le 9 janvier, les attaquants ont publié un échantillon.",
            "9 janvier",
            d("2025-01-09", "2025-01-10"),
        ),
        (
            Language::French,
            "Le site était inaccessible en janvier.",
            "janvier",
            d("2025-01-01", "2025-02-01"),
        ),
        // French: futur, aller, prévu.
        (
            Language::French,
            "Le rapport sera publié le 2 mars.",
            "2 mars",
            d("2026-03-02", "2026-03-03"),
        ),
        (
            Language::French,
            "Les pirates publieront les données en mars.",
            "mars",
            d("2026-03-01", "2026-04-01"),
        ),
        (
            Language::French,
            "La publication est prévue le 2 mars.",
            "2 mars",
            d("2026-03-02", "2026-03-03"),
        ),
        (
            Language::French,
            "Le ministère va publier son rapport le 2 mars.",
            "2 mars",
            d("2026-03-02", "2026-03-03"),
        ),
        // French: no tense ("a lieu" is the present).
        (
            Language::French,
            "Audience du 9 janvier",
            "9 janvier",
            d("2026-01-09", "2026-01-10"),
        ),
        (
            Language::French,
            "Le procès a lieu le 9 janvier",
            "9 janvier",
            d("2026-01-09", "2026-01-10"),
        ),
        // Japanese: past (た after the date, or before it with のは).
        (
            Language::Japanese,
            "攻撃者は1月4日夜から5日の間にサーバーへ侵入した。",
            "1月4日夜から5日の間",
            ("2025-01-04T18:00".to_owned(), "2025-01-06T00:00".to_owned()),
        ),
        (
            Language::Japanese,
            "省によると、不正アクセスが検知されたのは1月9日だという。",
            "1月9日",
            d("2025-01-09", "2025-01-10"),
        ),
        (
            Language::Japanese,
            "同社は1月、ログの調査を経て情報流出を公表した。",
            "1月",
            d("2025-01-01", "2025-02-01"),
        ),
        // Japanese: future (予定, a clause ending in る or ます).
        (
            Language::Japanese,
            "同社は3月2日に報告書を公表する予定だ。",
            "3月2日",
            d("2026-03-02", "2026-03-03"),
        ),
        (
            Language::Japanese,
            "同社は3月に報告書を公表する。",
            "3月",
            d("2026-03-01", "2026-04-01"),
        ),
        // Japanese: no tense.
        (
            Language::Japanese,
            "締め切りは1月9日",
            "1月9日",
            d("2026-01-09", "2026-01-10"),
        ),
    ];
    for (language, input, text, (from, to)) in rows {
        let got = table(*language, input);
        let want = vec![((*text).to_owned(), from.clone(), to.clone())];
        assert_eq!(got, want, "{input:?}");
    }
}

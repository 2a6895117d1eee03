"""Printed dates in German, Dutch and English: "24.02.2016 – 15:48", "Magdeburg, den 18. September 2002",
"Freitag, 28. Februar 2020", "16/04/02", "Tuesday, November 4, 2014", "27 februari 2024 13:21".

Careful regexes rather than a general date parser: releases print few formats, and a parser that reads
"8.5" or "März" alone as a date would date a release from its body text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from service.pipeline.document import Dateline
from service.vocabulary import SegmentRole

# " date 2023-09-20 On September 19, …": a field some feeds put in front of the text.
DATE_FIELD = re.compile(
    r"^(?:date|datum|published|veröffentlicht|gepubliceerd)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?:\s+|$)",
    re.IGNORECASE,
)
# A release prints its date above the body or in its first lines; later dates are the story's.
PUBLISHED_SEARCH_PARAGRAPHS = 12
MAX_STAMP_DEPTH = 2
# "3 May 2013 12:22", "Door ANP - 16-9-2016, 14:56": a portal's stamp, bare or with the agency's byline.
_BARE_STAMP = re.compile(r"\d{1,2}[.\s/-]|(?:19|20)\d{2}-|(?:door|by|von|van)\s+\S+\s*[-–,|]\s*\d", re.IGNORECASE)
# "Alarmzeit: Mittwoch, 27. August 2014 um 13:50 Uhr": when the incident happened, not when the report appeared.
_EVENT_FIELD = re.compile(r"^(?:zeit|uhrzeit|termin|treffpunkt|tatzeit|tatzeitpunkt|vorfallszeit|vorfallsdatum"
                          r"|ereigniszeit|unfallzeit|alarmzeit|alarmierung|einsatzzeit|einsatzbeginn"
                          r"|einsatzdatum|when|time|tijd|tijdstip|wanneer)\s*:",
                          re.IGNORECASE)
# "Dit item is verlopen op 01-12-2019.": the day a page stops being shown, not the day it appeared.
_EXPIRY = re.compile(r"\b(?:verlopen|vervalt|expired?|expires|abgelaufen|läuft\s+\w+\s+ab|gültig bis|valid until"
                     r"|geldig tot)\b", re.IGNORECASE)
MAX_DATE_LINE_WORDS = 15
# "Donnerstag 29.11.2018 um 14:30 Uhr Polizeipräsidium …": an invitation's appointment, not the release's date.
_EVENT_TIME = re.compile(r"\b(?:um|ab|om|vanaf|at|from)\s\d{1,2}[.:]\d{2}\s?(?:uhr|uur|a\.m\.|p\.m\.|am|pm)?",
                         re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…][\"'”’»«)\]]*$")

MONTHS_BY_LANGUAGE = {
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"),
}
# Abbreviations as printed ("Feb.", "Sept.", "jan", "Mrz"): the first three letters of every month name, plus these.
_EXTRA_ABBREVIATIONS = {"sept": 9, "mrz": 3, "mär": 3, "okt": 10, "dez": 12, "mrt": 3, "mei": 5}
# English months as wires abbreviate them before the day ("Dec. 27", "Sept. 15"); May needs none.
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# Austria's names for January and February ("Graz (29. Jänner 2025)").
AUSTRIAN_MONTHS = {"jänner": 1, "jän": 1, "feber": 2}
WEEKDAYS_BY_LANGUAGE = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}


def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {**_EXTRA_ABBREVIATIONS, **AUSTRIAN_MONTHS}
    for months in MONTHS_BY_LANGUAGE.values():
        for number, name in enumerate(months, start=1):
            numbers[name] = number
            numbers.setdefault(name[:3], number)
    return numbers


MONTH_NUMBERS = _month_numbers()
_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
# A month name as it opens "March 15": capitalized (English and German write it so; Dutch months stay lowercase).
_MONTH_CAPITAL = "(?:" + "|".join(sorted({name.capitalize() for name in MONTH_NUMBERS if len(name) > 2},
                                         key=len, reverse=True)) + r")\.?"
_WEEKDAY = "|".join(day for days in WEEKDAYS_BY_LANGUAGE.values() for day in days)
_WEEKDAY_ABBR = r"mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo"
_PATTERNS = (
    re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d])"),   # 2026-04-28T…
    # a trade wire's "2016-Mar-23", "2015-2-27" (not a standard's number: "EN 1992-1-1", "Drucksache 2019-12-1-3")
    re.compile(r"(?<![\d.-])(?<!EN )(?<!ISO )(?<!DIN )(?<!IEC )(?P<year>(?:19|20)\d{2})-(?:(?P<mnum>\d{1,2})"
               r"|(?P<month>[A-Z][a-z]{2}))-(?P<day>\d{1,2})(?![\d-])"),
    re.compile(r"(?<![\d./])(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?(?P<year>(?:19|20)\d{2})(?![\d])"),
    # "16.07.12": a two-digit year, written only without spaces
    re.compile(r"(?<![\d./])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{2})(?![\d.])"),
    re.compile(r"(?<![\d./])(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>\d{2}|(?:19|20)\d{2})(?![\d/])"),
    # "27-Jul-2017": a day, a month's name and a year between hyphens
    re.compile(r"(?<![\w-])(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3,9})-(?P<year>(?:19|20)\d{2})(?![\d-])"),
    # "18-03-2020": Dutch and Belgian sites write the day first with hyphens.
    re.compile(r"(?<![\d./-])(?P<day>\d{1,2})-(?P<mnum>\d{1,2})-(?P<year>(?:19|20)\d{2})(?![\d-])"),
    # "8. Oktober 2021", "08.Oktober 2021", "3rd of March 2021", "2nd May, 2014", "21.MAI.2020"
    re.compile(rf"(?<!\w)(?P<day>\d{{1,2}})(?:\.\s*|(?:st|nd|rd|th)?\s+)(?:of\s+)?{_MONTH}(?:,?\s+|(?<=\.))"
               r"(?P<year>(?:19|20)\d{2})"
               r"(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)",
               re.IGNORECASE),
    # "23rd Feb 17": an ordinal day, a month's abbreviation and a two-digit year ending the line or a field
    re.compile(r"(?<!\w)(?P<day>\d{1,2})(?:st|nd|rd|th)\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?"
               r"\s+(?P<year>\d{2})(?=\s*(?:$|[,|]))", re.IGNORECASE),
    # "Fri Oct 30 13:47:51 CDT 2009": a mailing list's stamp, the time and its zone before the year
    re.compile(rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}})\s+\d{{1,2}}:\d{{2}}:\d{{2}}\s+(?:[A-Z]{{2,5}}\s+)?"
               r"(?P<year>(?:19|20)\d{2})(?!\d)", re.IGNORECASE),
)
# "Asfaltwerkzaamheden … 3 t/m 13 november 2020", "vom 3. bis 13. November": a period of works or an event.
# ("PM Nr. 56 – 1. November 2017": a release's number before its date is no range.)
_DATE_RANGE = re.compile(rf"(?<!nr\. )(?<!nr )(?<!no\. )\b\d{{1,2}}\.?\s*"
                         rf"(?:t/m|tot en met|tot|bis|to|until|through|[-–])\s*"
                         rf"\d{{1,2}}\.?\s+{_MONTH}"
                         # "02.04.2021 - 05.04.2021": a period in numbers, an event's, not the day of a release
                         r"|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\s*(?:[-–]|bis|to|t/m|tot)\s*\d{1,2}[./-]\d{1,2}"
                         r"[./-](?:\d{4}|\d{2})\b", re.IGNORECASE)


def is_date_range(text: str) -> bool:
    """A period ("3. bis 5. Mai", "02.04.2021 - 05.04.2021"): when something lasts, not when it was published."""
    return _DATE_RANGE.search(text) is not None
# "Veröffentlicht am", "Datum": the label of a date printed on the next line.
_PUBLISHED_LABEL = re.compile(r"^(?:veröffentlicht|erstveröffentlichung|published|gepubliceerd|geplaatst|posted"
                              r"|date|datum|publicatiedatum|publicatie|publication date|date published|retrieved"
                              r"|pub date|release date|erstellt"
                              r"|abgerufen"
                              r"|laatste update|last updated?|updated|zuletzt aktualisiert|aktualisiert"
                              r"|opgehaald)(?:\s+(?:am|on|op))?\s*:?$", re.IGNORECASE)
# "… 6:30 p.m. by Zoom": how a meeting is held, not who wrote the line.
_NOT_A_WRITER = (r"(?!(?:Zoom|Teams|Webex|Skype|Phone|Video|Microsoft|Google|Meet|Livestream|Webinar|Telefon"
                 r"|Videokonferenz)\b)")
# A line that is nothing but a date (and a time, a weekday, a place or a publisher after a comma).
_DATE_LINE = re.compile(
    # ("News posted on Wednesday 3rd April, 2019": what was posted before the label)
    r"^(?:(?:(?:news|article|story|item|nieuws|bericht|artikel|beitrag|meldung)\s+(?=posted|published|geplaatst"
    r"|gepubliceerd|veröffentlicht))?(?:posted(?: on)?|date|datum|published(?: on)?|veröffentlicht(?: am)?"
    r"|erschienen am|gepubliceerd(?: op)?"
    r"|geplaatst(?: op)?|stand|vom|datum der (?:neuigkeit|meldung|mitteilung|nachricht)|released(?: on)?)\s*:?\s*)?"
    # "vom Mittwoch, 27.Dezember 2017, 14:22 Uhr.", "Datum der Neuigkeit 15. März 2018"
    r"(?:\d{1,2}:\d{2}\s?(?:cet|cest|et|est|edt|ct|cst|pt|pst|gmt|bst|utc)\s+)?"   # "09:25 EDT Thursday, July 9, 2009"
    rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR})"
    r"\.?,?\s+)?(?P<date>[\w./, -]{6,25}?)"
    # "… om 16:00 uur", "… - 9:40 Update: 20-08-2015 17:04", "… om 14:09 lokaal": the time and what follows it
    # (the spaces after the separator only with the separator: two runs of spaces side by side backtrack over a
    # long line, quadratically)
    r"(?:,?\s*(?:[-–—|,]\s*)?(?:om |um |at )?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|uur|u|h|am|pm|a\.m\.|p\.m\.))?"
    # "00:19 GMT+10", "10:00 am (CET)"
    r"(?:\s*(?:cet|cest|et|est|edt|ct|cst|pt|pst|gmt|bst|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|\s*\((?:cet|cest|gmt|utc)\))?"
    # "14:09 Uhr — Erstveröffentlichung (aktuell)": after a time, a short status label
    # ("26 May 2020 - 16:10 By Anna Muster": the writer after the time)
    r"(?:\s*[-–—|]\s*[\w()]+(?:\s[\w()]+){0,2}|\s+(?:update|bijgewerkt|aktualisiert|updated)\s*:\s*[\d./: -]{8,20}"
    rf"|\s+(?:by|von|door)\s+{_NOT_A_WRITER}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{1,3}}"
    r"|\s+lokaal)?)?"
    # "17:12 Africa/Lagos": a feed's time zone; "05-04-2020 - Parket Antwerpen": the publisher after a dash
    r"(?:\s+[A-Z][a-z]+/[A-Z][\w/]+)?"
    # "June 15th 2017 by Cricket Ireland": who posted it
    rf"(?:\s+(?:by|von|door)\s+{_NOT_A_WRITER}(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,3}})$)?"
    r"(?:(?:,|\s[-–—|])\s*[\w .-]{2,40})?(?:\s[-–—])?\.?$",   # "01-10-2020 —"
    re.IGNORECASE,
)
# "Fri Oct 30 13:47:51 CDT 2009": a mailing list archive's stamp; "Thu, 07 Feb 2002 19:29:52 +0100": a mail's date
# header in it.
_CTIME_LINE = re.compile(rf"^(?:(?:{_WEEKDAY_ABBR})\w*\s+)?{_MONTH}\s+\d{{1,2}}\s+\d{{1,2}}:\d{{2}}:\d{{2}}\s+"
                         r"(?:[A-Z]{2,5}\s+)?(?:19|20)\d{2}$"
                         r"|^(?:[A-Z][a-z]{2},\s+)?\d{1,2}\s+[A-Z][a-z]{2}\s+(?:19|20)\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?"
                         r"\s+[+-]\d{4}(?:\s+\([A-Z]{2,5}\))?$", re.IGNORECASE)
# "16:30 Uhr, 14.05.2019": a portal's stamp, the time first; nothing may follow the date ("19:00 Uhr, 14.05.2019 -
# Bürgerversammlung im Rathaus" is an event's schedule).
# ("7:25 AM Fri 9 Sep 2011 GMT": a feed's stamp, the time and the weekday first, the zone last)
# (an event's time is written so too, "7:30 pm Friday, 14 June 2024": only with the zone after the date)
_TIME_FIRST_LINE = re.compile(r"^\d{1,2}[:.]\d{2}\s?(?:(?:uhr|uur),\s+(?P<date>[\w. ]{6,20})"
                              r"|(?:am|pm)(?:\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*,?)?\s+(?P<stamp>[\w. ]{6,20}?)"
                              r"\s+(?:gmt|utc|cet|cest|bst|est|edt|pst|pdt|aest|aedt))$", re.IGNORECASE)
# Store metadata in front of a page's text: "date 2023-08".
_PARTIAL_DATE_FIELD = re.compile(r"^date (?:19|20)\d{2}-\d{2}(?:-\d{2})?\b", re.IGNORECASE)


def find_date(text: str, month_first: bool = False) -> dt.date | None:
    """The first complete printed date (day, month, year) in ``text``; ``month_first`` reads "03/11/2014" as
    March 11 (an American page's order)."""
    found: list[tuple[int, dt.date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _to_date(match, month_first)
            if date is not None:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


def _to_date(match: re.Match[str], month_first: bool = False) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTH_NUMBERS.get(groups["month"].casefold().rstrip("."))
    year = int(groups["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    day = int(groups["day"])
    slashed = groups.get("mnum") and "/" in match.group(0)
    if slashed and ((month or 0) > 12 >= day or (month_first and (month or 0) <= 12)):
        day, month = month or 0, day   # "12/24/2024": an American feed writes the month first
    try:
        return dt.date(year, month or 0, day)
    except ValueError:
        return None


def is_date_label(text: str) -> bool:
    """A field label that a date follows on the next line: "Datum", "Veröffentlicht am:", "Published on"."""
    return _PUBLISHED_LABEL.match(text.strip(" *_")) is not None


# "Halle (Saale), den 22.06.2016", "Frankfurt (Oder), 3. Mai 2020": the bracketed part of a place's name.
_PLACE_QUALIFIER = re.compile(r"^(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,})\s\([A-ZÄÖÜ][\wäöüß. -]{1,20}\)(?=,)")


def is_date_line(text: str) -> bool:
    """A line that only says when: "25.04.2016 – 13:12", "Tuesday, November 4, 2014", "date 2023-08"."""
    if _PARTIAL_DATE_FIELD.match(text) and len(text.split()) <= 3 or _CTIME_LINE.match(text):
        return True
    time_first = _TIME_FIRST_LINE.match(text)
    if time_first is not None:
        return find_date(time_first["date"] or time_first["stamp"]) is not None
    if len(text) > 70 or len(text.split()) > 9:
        return False
    text = _PLACE_QUALIFIER.sub(r"\g<place>", text, count=1)
    match = _DATE_LINE.match(text)
    # The date group is lazy: in "December 6, 2001" the year is read as the trailing ", place"; the date may
    # then run to the end of the line.
    return match is not None and (find_date(match["date"]) or find_date(text[match.start("date"):])) is not None


def find_published(paragraphs: list[str], junk: list[SegmentRole | None],
                   dateline: Dateline | None) -> dt.date | None:
    """The date the release prints for itself: a date line, the dateline, or a date in the header block."""
    # Any full date in the dateline, its agency's part included: "(Marketwired - August 11, 2016)".
    if dateline is not None and (date := find_date(dateline.raw) or find_date(dateline.date or "")) is not None:
        return date   # "VANCOUVERJuly 5, 2018 /CNW/": the date as the dateline parsed it, where a portal glued it
    read = partial(find_date, month_first=writes_month_first(paragraphs))
    # "Veröffentlicht" / "06. August 2010, 09:44" in a portal's footer: labelled, it is the date wherever it stands.
    labelled = next((read(paragraphs[index + 1]) for index, text in enumerate(paragraphs[:-1])
                     if is_date_label(text) and is_date_line(paragraphs[index + 1])), None)
    if labelled is not None:
        return labelled
    # "WASHINGTON, March 27 /PRNewswire/" under "Sunday, March 29, 2009" (a blog's date) and "27 Mar 2009 17:12"
    # (the feed's): the printed date that agrees with the dateline's day is the release's.
    day = _month_day(dateline.date) if dateline is not None and dateline.date else None
    dates = [read(text) for text in paragraphs[:PUBLISHED_SEARCH_PARAGRAPHS]]
    agreeing = next((date for date in dates if date is not None and (date.month, date.day) == day), None)
    if agreeing is not None:
        return agreeing
    # Below the dateline the body has begun: "Bremen (ots)" / "Bremen, Hauptbahnhof, 14.06.2025" dates the operation.
    body = next((index for index, text in enumerate(paragraphs) if dateline is not None
                 and text.startswith(dateline.raw)), PUBLISHED_SEARCH_PARAGRAPHS)
    header = paragraphs[:min(body, PUBLISHED_SEARCH_PARAGRAPHS)]
    # A date line set apart as such ("Pressemitteilung vom 19.05.2017") before a date in a title ("… entfällt am
    # 23. Mai 2017"), which is the event's.
    dated = next((date for index, text in enumerate(header) if junk[index] is SegmentRole.BYLINE
                  and not _EVENT_FIELD.match(text) and not _DATE_RANGE.search(text)
                  and (date := read(text)) is not None), None)
    if dated is not None:
        return dated
    for index, text in enumerate(header):
        if _EVENT_FIELD.match(text) or _DATE_RANGE.search(text) or _EXPIRY.search(text):
            continue   # "Zeit: 06.12.2019, 11:45 Uhr Ort: …": when something happens, not when the release appeared
        short = len(text.split()) <= MAX_DATE_LINE_WORDS and not _TERMINAL.search(text) \
            and not _EVENT_TIME.search(text)
        if junk[index] in (SegmentRole.CAPTION, SegmentRole.RELATED, SegmentRole.CONTACT, SegmentRole.FOOTER):
            continue   # "Foto's van 30 januari 2024": the pictures' date
        if junk[index] in (SegmentRole.BYLINE, SegmentRole.NAVIGATION) or short:
            date = read(text) or _badge_date(text, paragraphs[index + 1:index + 2], read)
            if date is not None:
                return date
    # A portal's stamp right under the lede ("DEN HAAG (ANP). De komende …" / "3 May 2013 12:22"): a date alone on
    # its line, no place in front of it (a place and a date there would date the operation).
    if dateline is not None:
        below = range(body + 1, min(len(paragraphs), body + 1 + MAX_STAMP_DEPTH))
        stamped = next((date for index in below if junk[index] is SegmentRole.BYLINE
                        and _BARE_STAMP.match(paragraphs[index])
                        and (date := read(paragraphs[index])) is not None), None)
        if stamped is not None:
            return stamped
    return _trailing_stamp(paragraphs, junk)


MAX_BADGE_WORDS = 3
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")


def _badge_date(text: str, below: list[str], read: Callable[[str], dt.date | None]) -> dt.date | None:
    """"10 Mar" / "2020": a page's date badge, the day and month over the year on a line of its own."""
    if len(text.split()) > MAX_BADGE_WORDS or not below or not _YEAR_ALONE.fullmatch(below[0].strip()):
        return None
    return read(f"{text} {below[0].strip()}")


# "Basel-Landschaft / 03.09.2012 - 14:00:06": a portal's stamp under the text, the office, the date and the time.
_TRAILING_STAMP = re.compile(r"^(?:[^/|.!?]{2,60}?\s[/|]\s)?(?P<stamp>.*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?.*)$")


def _trailing_stamp(paragraphs: list[str], junk: list[SegmentRole | None]) -> dt.date | None:
    """The page's last line, where it is a stamp with a time and the header printed no date: a signature's date
    ("Berlin, 3. Mai 2019") may name the day it was written, a time says when the page posted it."""
    if not paragraphs or junk[-1] not in (SegmentRole.BYLINE, SegmentRole.NAVIGATION):
        return None
    match = _TRAILING_STAMP.match(paragraphs[-1])
    return find_date(match["stamp"]) if match is not None and is_date_line(match["stamp"]) else None


# "March 15" against "15 March" / "15. März": the order a page writes its dates in, for those it prints with slashes.
_MONTH_AHEAD = re.compile(rf"(?<!\d\s)(?<!\d\.\s)\b{_MONTH_CAPITAL}\s+\d{{1,2}}(?!\d)(?!\.\d)")
_MONTH_BEHIND = re.compile(rf"(?<!\d)\d{{1,2}}\.?\s+{_MONTH_CAPITAL}")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{2}|(?:19|20)\d{2})(?![\d/])")


# "12/09/2024 | Press release | Distributed by Public on 12/09/2024 23:39": publicnow, an American distributor, dates
# every release it reprints month first, whatever the sender's country.
_MONTH_FIRST_PORTAL = re.compile(r"\|\s*Distributed by Public on\s\d")


def writes_month_first(paragraphs: list[str]) -> bool:
    """Whether the page writes its slashed dates month first: an unambiguous one says so ("12/24/2024",
    "25/06/19"), else the order of its written dates ("March 15" is American, "15 March" and "15. März" are not)."""
    text = "\n".join(paragraphs)
    if _MONTH_FIRST_PORTAL.search(text):
        return True
    for first, second in _SLASHED.findall(text):
        if int(first) > 12 >= int(second):
            return False
        if int(second) > 12 >= int(first):
            return True
    return len(_MONTH_AHEAD.findall(text)) > len(_MONTH_BEHIND.findall(text))


_MONTH_DAY = re.compile(rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}})(?!\d)"
                        rf"|(?<!\w)(?P<day2>\d{{1,2}})\.?\s+{_MONTH.replace('month', 'month2')}", re.IGNORECASE)


def _month_day(text: str) -> tuple[int, int] | None:
    """Month and day of a date printed without its year ("March 27", "27. September")."""
    match = _MONTH_DAY.search(text)
    if match is None:
        return None
    month = MONTH_NUMBERS.get((match["month"] or match["month2"]).casefold().rstrip("."))
    return (month, int(match["day"] or match["day2"])) if month else None


def take_published_date(paragraphs: list[str]) -> tuple[list[str], dt.date | None]:
    if not paragraphs:
        return paragraphs, None
    match = DATE_FIELD.match(paragraphs[0])
    if match is None:
        return paragraphs, None
    try:
        # "date 2023-08" (a month only) is removed like a full date field but dates nothing.
        published = dt.date.fromisoformat(match["date"]) if len(match["date"]) == 10 else None
    except ValueError:
        return paragraphs, None  # "date 2023-02-31" is not a date field we can trust; leave the text alone
    rest = paragraphs[0][match.end():].strip()
    return ([rest] if rest else []) + paragraphs[1:], published

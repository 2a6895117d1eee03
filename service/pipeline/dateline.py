"""Datelines: the place, date and agency that open a release's first body paragraph.

"BAKU, September 27. /TASS/.", "DEN HAAG (ANP) -", "Heilbronn (ots)", "Tessin (Landkreis Rostock) (ots)",
"NORTHBROOK, Ill.--(BUSINESS WIRE)--", "STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ --", "HOUSTON, June 29, 2011
(GLOBE NEWSWIRE) --", "Magdeburg, den 18. September 2002". A stock ticker in brackets ("IDEX CORPORATION
(NYSE:IEX) announced today") is the subject of a sentence, never a dateline.
"""

from __future__ import annotations

import itertools
import re

from service.pipeline.dates import AUSTRIAN_MONTHS, MONTH_ABBREVIATIONS, MONTHS_BY_LANGUAGE, WEEKDAYS_BY_LANGUAGE
from service.pipeline.document import Dateline

NEWS_AGENCIES = frozenset({
    "afp", "anp", "ap", "apa", "azertac", "azertag", "belga", "dpa", "efe", "interfax", "reuters", "ria novosti",
    "tass", "trend", "xinhua", "ots", "kna", "epd", "sda", "ddp", "afx", "upi", "bns", "novum",
    # German press-release services, named like an agency in the dateline: "Potsdam (agrar-PR) -"
    "agrar-pr", "lifepr", "openpr", "pressebox", "pr-gateway", "firmenpresse",
    "ikm",  # Innsbruck's municipal press service: "Innsbruck (ikm) -"
    "lk",   # an Austrian state's press service, the Landeskorrespondenz: "(LK) Das Land Oberösterreich …"
    "lpd",  # a state's press service, the Landespressedienst: "Klagenfurt (LPD)"
    "pafl",  # Liechtenstein's press and information office: "Vaduz, 16. Mai (pafl) -"
    "obx",   # Bavaria's regional press service: "Dingolfing/Regensburg (obx) -"
    "rk",    # Vienna's press service, the Rathauskorrespondenz: "Wien (RK). Die …"
    "apa-ots",  # the Austrian agency's release service: "Wien (APA-ots) -"
})
# Wire services that carry a release with its own dateline form: the name is the agency.
_WIRES = r"(?:business ?wire|bw \w*wire|pr ?newswire[^/)]{0,40}|globe ?newswire|marketwired?[^)]{0,30}" \
         r"|access ?(?:news)?wire|sbwire" \
         r"|newsfile(?: corp\.?)?(?:\s[-–—]\s[^)]{6,30})?" \
         r"|einpresswire[.\w]*|prweb|cnw(?: telbec)?|canada newswire|newswire\.com|prime ?zone|prime newswire" \
         r"|abn newswire|jcn newswire|fsc(?:wire)?|3bl(?: media)?|ots/pr ?newswire|enewspf)"
# A stock exchange in brackets marks a ticker ("(NYSE:IEX)", "(Nasdaq: ENG)").
_TICKER = re.compile(r"^(?:nyse|nasdaq|amex|tsx|lse|otc|asx|xetra|euronext|six|fwb)\b|:", re.IGNORECASE)

_CAPS_PLACE = r"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-/ ]{1,40}?)"   # "VENLO/ROERMOND": places joined by a slash
# The Swiss cantons' codes, printed after a place: "Giebenach BL", "Chamoson/VS", "Gondo (VS)".
_CANTONS = "AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH"
_ANY_PLACE = r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’.\- ]{1,40}?)"
# A place as wires print it: capitals, then a state or country ("SAN FRANCISCO & TEL AVIV, Israel").
# Two places joined: "WINCHESTER, Virginia and BOISE, Idaho".
# A reprint may set the place in title case ("Burnaby, British Columbia"): then at most three words, so that a title
# repeated in front of the dateline is not read as its place.
# "WASHINGTON , DC, UNITED STATES": up to two qualifiers after the place.
_ONE_WIRE_PLACE = (r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&\- ]{1,40}|[A-Z][\w'’.&-]+(?:\s[A-Z][\w'’.&-]+){0,2})"
                   r"(?:\s?,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}){0,2}")   # "PORT MORESBY, Papua New Guinea"
_WIRE_PLACE = rf"(?P<place>{_ONE_WIRE_PLACE}(?:,?\s(?:and|&)\s{_ONE_WIRE_PLACE})?)"
# Lower-case particles inside a place: "Wangen i. A.", "Mülheim an der Ruhr", "Alphen aan den Rijn".
# ("’s-Hertogenbosch, 24 maart 2020 –": a Dutch town's name may open with "'s-")
_TITLE_PLACE = (r"(?P<place>(?:['’]s-)?[A-ZÄÖÜ][\wäöüß'’.\-/]+"
                r"(?:\s(?:[A-ZÄÖÜ(][\wäöüß'’.()\-/]*|i\.|a\.|am|an|im|bei|der|dem|den"
                r"|ob|vor|in|auf|unter|aan|op|bij))*)")
_DATE = r"(?P<date>\w[\w. ]{0,30}?(?:,\s(?:19|20)\d{2})?)"   # "September 27", "Jan. 24, 2019"
_WIRE_DATE = r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)"
# The date printed twice ("Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE)"): a feed's and the wire's.
_REPEATED_WIRE_DATE = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})?"
_DASHES = r"[-–—:]*"
# The months a German date shortens with a full stop ("18. Okt. 2005"; "Mai" is never shortened).
_GERMAN_MONTH_ABBREVIATIONS = "Jan|Jän|Feb|Febr|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez"
# Provinces and states a town's name is followed by: "Canmore, Alberta".
_REGIONS = ("Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland(?: and Labrador)?|Nova Scotia|Ontario|Quebec"
            "|Québec|Saskatchewan|Prince Edward Island|Yukon|Nunavut|Northwest Territories|New South Wales|Victoria"
            "|Queensland|Tasmania|Western Australia|South Australia|Northern Territory")
_MONTH_NAME = "(?i:" + "|".join(sorted({name for names in MONTHS_BY_LANGUAGE.values() for name in names}
                                         | set(AUSTRIAN_MONTHS), key=len, reverse=True)) + ")"
_WEEKDAY_NAME = "(?i:" + "|".join(name for names in WEEKDAYS_BY_LANGUAGE.values() for name in names) + ")"
# (pattern, whether the agency must be a known one: without capitals or slashes nothing else marks a dateline)
# "SOUTH SAN FRANCISCO, Calif.", "DUBLIN, IRELAND", "OAK HARBOR, WA": a town and its state or country.
_DASHED_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}(?:,\s[A-Z][A-Za-z.]{1,20}){1,2}"
# The postal codes of US states and territories ("(Omaha, NE)").
_STATE_CODES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
                "|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR")
# The AP's abbreviations of US states ("Lake Charles, La.:"): not "Inc.", "Jr." or "Dr.".
_STATE_ABBREVIATIONS = ("Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
                        "|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo")
_PROVINCE_ABBREVIATIONS = "Ont|Que|Alta|Sask|Man|Nfld|Qc"
_PROVINCE_CODES = "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
_COUNTRY_NAMES = ("The Netherlands|the Netherlands|Netherlands|Germany|Belgium|Switzerland|Austria|Luxembourg|Ireland"
                  "|United Kingdom|France|Denmark|Sweden|Norway|Finland")
# "Arbeitsmarkt, Januar 2024 –", "Stand, 31.12.2023: 4.512 …", "Jahresbilanz, 31. Dezember 2023. 1.245 …": a
# report's name and its period or date, not a place.
_REPORT_NAME = (r"(?!(?:Stand|Stichtag|Zeitraum|Berichtszeitraum)\b)(?![A-ZÄÖÜ][\wäöüß-]*(?:bericht|bilanz|markt"
                r"|statistik|zahlen|ausgabe|report|update|newsletter|überblick|rückblick)\b)")
_DATELINE_PATTERNS = (
    # San Jose, CA (PRWEB) November 25, 2009 --      (PRWeb: the date after the wire)
    (re.compile(rf"{_WIRE_PLACE}\s*\((?P<agency>(?i:prweb))\)\s*(?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})"
                rf"\s*{_DASHES}"), False),
    # NORTHBROOK, Ill.--(BUSINESS WIRE)--      SANTA CLARA, CA--(Marketwired - August 11, 2016) -
    # Vancouver, British Columbia (Newsfile Corp. - April 9, 2021)      (a space for the dashes)
    (re.compile(rf"{_WIRE_PLACE}\s*(?:--|[–—]|(?<!-)-(?=\()|(?=\s\())\s*\((?P<agency>(?i:{_WIRES}))\)\s*(?:(?:--|[–—])\s*"
                rf"(?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s*)?{_DASHES}"),
     False),
    # STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ --      HOUSTON, June 29, 2011 (GLOBE NEWSWIRE) --
    (re.compile(rf"{_WIRE_PLACE}\s?,\s*{_WIRE_DATE}{_REPEATED_WIRE_DATE}\s*[/(]\s*(?P<agency>(?i:{_WIRES}))\s*[/)]\s*"
                rf"{_DASHES}"), False),
    # NEW YORK, May 08, 2025--(BUSINESS WIRE)--      Toyota City, Japan, August 7, 2025 - (JCN Newswire) -
    # (the date before the wire's dashes)
    (re.compile(rf"{_WIRE_PLACE}\s?,\s*{_WIRE_DATE}\s*(?:--|[-–—])\s*\((?P<agency>(?i:{_WIRES}))\)\s*{_DASHES}"),
     False),
    # VANCOUVERJuly 5, 2018 /CNW/      (a portal lost the comma and the space between the place and the date)
    (re.compile(rf"(?P<place>[A-Z]{{3,}}(?:\s[A-Z]{{2,}})*)(?=[A-Z][a-z]){_WIRE_DATE}\s*/\s*(?P<agency>(?i:{_WIRES}))\s*/"
                rf"\s*{_DASHES}"), False),
    # GREENFIELD, Ind. (December 9, 2019) Elanco …      (a town in capitals and its state, the date in brackets, no
    # wire, no dash)
    (re.compile(rf"(?P<place>[A-Z][A-Z .'’-]{{1,30}},\s(?:(?:{_STATE_ABBREVIATIONS})\.|{_STATE_CODES}))\s*"
                rf"\((?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})\)(?=\s+[A-Z])"), False),
    # ZHUHAI, CHINA / ACCESSWIRE / February 12, 2020 /
    (re.compile(rf"{_WIRE_PLACE}\s*/\s*(?P<agency>(?i:{_WIRES}))\s*/\s*"
                r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\s*/"), False),   # the last slash is the dash
    # BAKU, September 27. /TASS/.
    (re.compile(rf"{_CAPS_PLACE}(?:,\s*{_DATE})?\.?\s*/\s*(?P<agency>[^/\s][^/]{{0,30}}?)\s*/\.?(?=\s|$)"), False),
    # WASHINGTON (JULY 2) PR NEWSWIRE -      (an old wire form: the date in brackets, the wire after it)
    (re.compile(rf"{_CAPS_PLACE}\s*\((?P<date>[A-Za-z]{{3,9}}\.?\s\d{{1,2}}(?:,\s\d{{4}})?)\)\s*"
                rf"(?P<agency>(?i:{_WIRES}))\s*[-–—]+(?=\s)"), False),
    # GLOUCESTER, Va. (WAVY) –      LUBBOCK, Texas (KCBD) -      (a US station's call letters after the state)
    # OKALOOSA COUNTY, Fla. (PRESS RELEASE) -      (a station's copy of a release)
    (re.compile(r"(?P<place>[A-Z][A-Z'’.\- ]{1,40}?,\s[A-Z][a-z]{1,12}\.?(?:\s[A-Z][a-z]+)?)\s*"
                r"\((?P<agency>[A-Z]{3,5}|PRESS RELEASE|NEWS RELEASE)\)\s*[-–—]+(?=\s)"), False),
    # BERLIN, 27. September (dpa) –      MOSCOW (Reuters) -
    # DEN HAAG (ANP). De komende …      (a full stop for the dash)
    (re.compile(rf"{_CAPS_PLACE}(?:,\s*{_DATE})?\s*\(\s*(?P<agency>[^()]{{1,30}}?)\s*\)\s*[-–—:.]?(?=\s|$)"), False),
    # Heilbronn (ots)      Tessin (Landkreis Rostock) (ots) –      Essen-Stadtgebiet, 20.04.2020, 16.00 Uhr (ots)
    # Essen-Gerschede, Gerscheder Weiden, 10.11.2015, 14.00 Uhr (ots)      (the street before the date)
    # Mönchengladbach-Odenkirchen, 26.12.2025, 23:52 Uhr, Schleestraße (ots)      (or after the time)
    # Hannover, Auetal (ots)      (an office and the place it reports from)
    # Grevenbroich - Kapellen (ots)      (a town and its district, a dash between them)
    # Wien (OTS/AK) -      (the wire and the office that sent it)
    (re.compile(rf"{_TITLE_PLACE}(?:\s[-–]\s[A-ZÄÖÜ][\wäöüß-]+(?=\s*\())?"
                rf"(?:,\s*[A-ZÄÖÜ][\wäöüß.\- ]{{2,40}}?(?=,\s*\d|\s*\())?"
                rf"(?:,\s*(?P<date>(?:\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
                rf"(?:,\s*\d{{1,2}}[.:]\d{{2}}(?:\s*Uhr)?)?)"
                rf"(?:,\s*[A-ZÄÖÜ][\wäöüß.\- ]{{2,40}}?(?=\s*\())?)?"
                rf"\s*\(\s*(?P<agency>[a-z]{{2,4}}(?:/[a-z]{{2,4}})?|[A-Z]{{2,5}}(?:/[A-ZÄÖÜ][\w-]{{1,12}})?"
                # "Tokyo (ots/PRNewswire) -", "Rankweil (OTS/www.rauch.cc) -": the wire and its partner or the sender
                rf"|[a-z]{{2,4}}/[A-Z][A-Za-z]{{2,15}}|[A-Z]{{2,5}}/www\.[\w-]+(?:\.[a-z]{{2,6}})+"
                rf"|[a-z]{{2,6}}-?(?:PR|pr|box|presse)|APA-(?:OTS|ots))\s*\)"
                # ("Gera (ots)Seit Dienstag …": a portal lost the space after the bracket)
                rf"\s*[-–—:.]?(?=\s|$|[A-ZÄÖÜ][a-zäöüß])"), True),
    # Vaduz, 16. Mai (pafl) -      Berlin, 27. September (dpa) –      (a day and a month written out, then the press
    # service in brackets)
    (re.compile(rf"{_TITLE_PLACE},\s*(?P<date>\d{{1,2}}\.\s?{_MONTH_NAME}(?:\s\d{{4}})?)\s*"
                rf"\(\s*(?P<agency>[a-z]{{2,6}}(?:/[a-z]{{2,4}})?|[A-Z]{{2,5}})\s*\)\s*[-–—:.]?(?=\s|$)"), True),
    # Berlin: (hib/HLE) Vom 1. Januar …      (the Bundestag's news service and its editor's code)
    (re.compile(rf"{_TITLE_PLACE}:\s*\((?P<agency>hib(?:/[A-Z]{{2,4}})?)\)(?=\s)"), False),
    # (ots) - FB/ Am 5.8. …      a portal that dropped the place: the agency alone
    # (LK) Das Land Oberösterreich …      (a press service's mark opening the first sentence)
    (re.compile(r"(?P<place>)\(\s*(?P<agency>[a-z]{2,4})\s*\)\s*[-–—](?=\s)"), True),
    (re.compile(r"(?P<place>)\((?P<agency>[A-Z]{2,3}|[a-z]{2,4})\)(?=\s+[A-ZÄÖÜ„\"])"), True),
    # Wien(PWK) Der Präsident …      Graz (LK) - Das Land …      (an office's press service in capitals: any, where a
    # dash or a word that opens a sentence follows; "Siemens (SIE) meldet" has neither)
    (re.compile(rf"(?!(?:Der|Die|Das|Ein|Eine|The|De|Het|Een)\s){_TITLE_PLACE}\s?\((?!(?:{_CANTONS})\))"
                rf"(?P<agency>[A-ZÄÖÜ]{{2,5}})\)\s*(?:[-–—]\s+)?(?=(?:Der|Die|Das|Ein|Eine|Am|Im|In|Mit|Nach|Bei|Auf|Zum"
                r"|Zur|Vom|Wie|Heute|Gestern|Seit|Für|Nachdem|Als|Um|Auch|Bereits|Dieses|Diese|Dieser|Rund|Insgesamt)\s)"),
     False),
    # Schopfheim (hjh). Lippenbekenntnisse …      (a local paper's place and its editor's initials, then a period;
    # "Wettenberg(pm). Die …": the space lost)
    # ("Programm (pdf). Das ausführliche …": a file's type)
    # ("Stuttgart/Ruhrgebiet.(idr). Die …": places joined, a full stop before the bracket)
    (re.compile(r"(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[-/][A-ZÄÖÜ][a-zäöüß]+)*)\.?\s?"
                r"\((?!(?:pdf|jpg|jpeg|png|gif|zip|doc|docx|xls|xlsx|ppt|pptx|mp3|mp4|txt|rtf|in|innen|frau|mann)\))"
                r"(?P<agency>[a-zäöü]{2,4})\)"
                r"\.(?=\s+[„\"“A-ZÄÖÜ])"),
     False),
    # (lifePR) (Innsbruck, ) …      (a PR portal's mark, then the place and a date slot left empty, in brackets)
    (re.compile(r"\((?P<agency>(?i:lifepr|openpr|pressebox|firmenpresse|pr-gateway))\)\s*"
                r"\((?P<place>[A-ZÄÖÜ][\wäöüß .-]{1,30}),\s*(?P<date>[\w. ]{0,30})\)\s*[-–—:]?(?=\s|$)"), False),
    # Wien, 2004-04-16 (fpd)      a place, a date in ISO form and a press service in brackets
    (re.compile(rf"{_TITLE_PLACE},\s*(?P<date>\d{{4}}-\d{{2}}-\d{{2}})\s*\(\s*(?P<agency>[\wÄÖÜäöü/-]{{2,14}})\s*\)"
                r"\s*[-–—:]?(?=\s|$)"), False),
    # Wien, 11. Juni 2002 (ÖVP-PK)      a place, a full date and a press service in brackets: no known agency needed
    (re.compile(rf"{_TITLE_PLACE},\s*(?P<date>\d{{1,2}}\.\s?[A-Za-zäöü]+\.?\s\d{{4}})\s*\(\s*(?P<agency>[A-ZÄÖÜ][\w-]{{1,14}})\s*\)"
                rf"\s*[-–—:]?(?=\s|$)"), False),
    # Bern, 07.10.2020 - Der Bundesrat …      Berlin, 5. Juli 2024. Zum sogenannten …      (a place and a full
    # date, then a dash or a period before the first sentence)      Feldkirchen, 03.09.2010: Am 27.03.2007 …  (a colon)
    # Wien, am 17. November 2016 –      (the day's "am")
    # München/Koblenz, 5. April 2019. – Krauss-Maffei …      (a full stop and a dash)      Simonsfeld, 18. Okt. 2005 –
    # (the month shortened)
    (re.compile(rf"{_REPORT_NAME}{_TITLE_PLACE},\s*(?:den\s|am\s)?(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
                rf"|\d{{1,2}}\.?\s(?:{_MONTH_NAME}|(?i:{_GERMAN_MONTH_ABBREVIATIONS})\.)\s\d{{4}})"
                # ("München, 18. Januar 2017. 66 Prozent der Bayern …": a figure opens the sentence)
                r"(?:\.?\s*(?:--|[-–—])(?=\s)|[.:](?=\s+[„\"“A-ZÄÖÜ])|\.(?=\s+\d))"), False),
    # Salzburg / Wolfsburg, 28. März 2011 –      (two places, a spaced slash between them)
    (re.compile(rf"(?P<place>[A-ZÄÖÜ][\wäöüß-]+(?: / [A-ZÄÖÜ][\wäöüß-]+)+),\s*(?:den\s)?"
                rf"(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\.?\s{_MONTH_NAME}\s\d{{4}})\s*(?:--|[-–—])(?=\s)"),
     False),
    # Osnabrück, 7. Februar 2002, die FSF Europe …      (one place, a comma, and the sentence goes on in lower case;
    # "Am Mittwochmorgen, 17. September 2025, …" is the sentence itself)
    # ("Heute, 7. Februar 2025, hat …", "Pfingstmontag, 9. Juni 2025, bleibt …", "Stichtag, 30.06.2025, ist …": a day
    # or a field, not a place)
    (re.compile(rf"(?!(?:Am|Ab|An|Bis|Seit|Vom|Von|Zum|Bereits|Schon|Noch|Op|Vanaf|Sinds|On|Since|From|Heute|Gestern"
                rf"|Morgen|Vandaag|Gisteren|Today|Tomorrow|Yesterday|Stichtag|Termin|Datum|Beginn|Start|Einsendeschluss"
                rf"|Silvester|Neujahr|Ostern|Pfingsten|Weihnachten|Kerstmis|Pasen|Pinksteren)\b)"
                rf"(?![A-ZÄÖÜ][a-zäöüß]*(?:montag|sonntag|abend|nacht|feiertag)\b)"
                rf"(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:[-/][A-ZÄÖÜ][a-zäöüß]+)*),\s*"
                rf"(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\.?\s{_MONTH_NAME}\s\d{{4}}),"
                r"(?=\s+[a-zäöü])"), False),
    # Berlin, 28.05.2009 Im Rahmen der Jahrestagung …      (a place and a date in numbers, then the sentence at once)
    # ("Berlin, 28.05.2009 Senat beschließt neuen Haushalt" is a dated title: a numeric date gets the title test)
    # Berlin, 16. März 2009 Die Internationale …      (the month written out)
    (re.compile(rf"{_TITLE_PLACE},\s*(?:den\s)?(?P<numeric>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\.\s?{_MONTH_NAME}\s\d{{4}})"
                r"(?=\s+[„\"“]?[A-ZÄÖÜ][a-zäöüß])"),
     False),
    # Graz (29. Jänner 2025).- Am 31. Jänner …      (an Austrian office's date in brackets, a full stop and a dash)
    (re.compile(rf"{_TITLE_PLACE}\s*\((?P<date>\d{{1,2}}\.\s?{_MONTH_NAME}\s\d{{4}})\)\.?\s*(?:--|[-–—])(?=\s)"),
     False),
    # Wien (20. März 2008) Von 20. bis …      (or no dash: the sentence at once; "Wien (20. März 2008) Stadt Wien
    # eröffnet neues Bad" is a dated title, the numeric group gets the title test)
    (re.compile(rf"{_TITLE_PLACE}\s*\((?P<numeric>\d{{1,2}}\.\s?{_MONTH_NAME}\s\d{{4}})\)\.?\s(?=[„\"“A-ZÄÖÜ])"),
     False),
    # Zürich/Lausanne (pte012/16.06.2005/09:15) - …      (pressetext: its item number, date and time; "pts" for a
    # company's release on it, "pta" for its ad-hoc notice)
    (re.compile(rf"{_TITLE_PLACE}\s*\((?P<agency>pt[aes]\d{{3}})/(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})/\d{{2}}:\d{{2}}(?:\s*UTC[+-]\d{{1,2}})?\)"
                rf"\s*[-–—:]?(?=\s|$)"), False),
    # (03. Juni 2017) Krumbach Präsident Johann Huber …      (a state office's date in brackets before its place; an
    # article, a title or a quote after the place: "(3. Mai 2019) Gestern Abend …" has none)
    (re.compile(rf"\((?P<date>\d{{1,2}}\.\s?{_MONTH_NAME}\s\d{{4}})\)\s*"
                r"(?!(?:Der|Die|Das|Ein|Eine|Am|Im|In|Mit|Nach|Bei|Auf|Zum|Zur|De|Het|Een|The|A|An)\b)"
                r"(?P<place>[A-ZÄÖÜ][\wäöüß-]+)(?:\s*[-–—:](?=\s)|(?=\s+(?:[„\"“]|(?:Der|Die|Das|Ein|Eine|Am|Im|In"
                r"|Mit|Nach|Präsident|Präsidentin|Bürgermeister|Bürgermeisterin|Landrat|Landrätin|Minister|Ministerin"
                r"|Staatsminister|Staatsministerin|Staatssekretär|Staatssekretärin)\s)))"), False),
    # Jena (10.10.08) Ob Studien …      (a university's date in numbers in brackets, no dash)
    (re.compile(rf"{_TITLE_PLACE}\s*\((?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})\)\.?\s*(?:(?:--|[-–—])(?=\s)|(?=\s+[„\"“A-ZÄÖÜ]))"),
     False),
    # (Berlin) - Das Krankenhauswesen …      (an association's place in brackets before the dash)
    # (Ottawa)—As a result …      (an em dash glued to the sentence)
    # (Omaha, NE) – …      (a US town and its state's code)      (COLUMBUS, Ohio) —      (or its name)
    # (Frankfurt am Main) - …      (a particle inside the place)
    (re.compile(r"\((?P<place>[A-ZÄÖÜ][\wäöüß.\-/]{2,25}(?: (?:am |an der |ob der |im )?[A-ZÄÖÜ][\wäöüß.\-]+)?"
                r"(?:, [A-Z]{2}|, [A-Z][a-z]+\.?)?)\)"
                r"\s*(?:(?:--|[-–—])(?=\s)|[–—](?=[A-Z„\"“]))"),
     False),
    # (Hamburg/Essen) Am 6. Mai 2001 fand …      (an association's places in brackets, a sentence's opening word)
    # ("(Anzeige) Die …", "(Aktualisiert) Die …" are labels: see _NOT_PLACES)
    # (München / Neuhof an der Zenn) Mit über …      (a spaced slash, a particle inside a place)
    (re.compile(r"\((?P<place>[A-ZÄÖÜ][a-zäöüß]{2,}(?:\s?[-/]\s?[A-ZÄÖÜ][a-zäöüß]+"
                r"(?:\s(?:am|an der|im|ob der)\s[A-ZÄÖÜ][a-zäöüß]+)?)*)\)\s+(?=(?:Der|Die|Das|Am|Im|In|Mit|Nach|Bei"
                r"|Auf|Zum|Zur|Vom|Heute|Gestern|Seit|Für|Ein|Eine|De|Het|Op|The|On|In)\s)"), False),
    # (Berlin, 15. Mai 2012) Die positive …      (an association's place and date in one pair of brackets)
    (re.compile(rf"\({_REPORT_NAME}(?P<place>[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:\s?[-/]\s?[A-ZÄÖÜ][a-zäöüß]+)*),\s*"
                rf"(?P<date>\d{{1,2}}\.\s?{_MONTH_NAME}\s\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\)"
                r"\s*(?:(?:--|[-–—])(?=\s)|(?=\s+[„\"“A-ZÄÖÜ]))"), False),
    # (Carrollton, TX) Carrollton-Farmers Branch ISD …      (a US town and its state's code in brackets, no dash)
    (re.compile(rf"\((?P<place>[A-Z][\w.-]{{2,25}}(?: [A-Z][\w.-]+)?, (?:{_STATE_CODES}))\)(?=\s+[A-Z])"), False),
    # Chamoson/VS Nachdem …      Wil/SG: …      Gondo (VS) – …      (a Swiss place and its canton's code)
    (re.compile(r"(?P<place>[A-ZÄÖÜ][\wäöüß.\- ]{1,30}?(?:/|\s\()(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW"
                r"|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)\)?)\s*(?:[:–—-]|(?=\s+[„\"“A-ZÄÖÜ]))"), False),
    # Giebenach BL/Autobahn A2. Auf der …      Liestal BL. Am …      (a Swiss place, its canton's code after a space and
    # maybe the motorway, then a period: "Chur GR: Vortrittsmissachtung …" with a colon is a title)
    (re.compile(rf"(?P<place>[A-ZÄÖÜ][\wäöüß.\-]{{1,30}}(?:\s[A-ZÄÖÜ][\wäöüß\-]+)?\s(?!AG\b)(?:{_CANTONS})"
                r"(?:/(?:Autobahn\s)?A\d{1,2})?)\.(?=\s+[„\"“A-ZÄÖÜ])"), False),
    # Nürnberg, 18. Oktober 2021. (DEKT)      (a full stop after the date, then the sender's initials in brackets)
    # Rhein-Neckar, 03. Januar 2013. (red/pm)      (a local paper's editor and source marks)
    (re.compile(rf"{_TITLE_PLACE},\s*(?P<date>\d{{1,2}}\.\s?{_MONTH_NAME}\s\d{{4}})\.\s*"
                rf"\((?P<agency>[A-ZÄÖÜ]{{2,6}}|[a-z]{{2,4}}/[a-z]{{2,4}})\)"
                r"\s*[-–—:]?(?=\s|$)"), False),
    # Mechelen, Belgium; 2 May 2023, 22:01 CET; regulated information –      (a listed company's notice: the time and
    # the kind of information after the date)
    (re.compile(rf"{_TITLE_PLACE}(?:,\s[A-Z][a-z]+)?;\s(?P<date>\d{{1,2}}\s{_MONTH_NAME}\s\d{{4}}),\s\d{{1,2}}[:.]\d{{2}}"
                r"\s(?:CET|CEST)(?:;\s(?:regulated information|inside information|gereglementeerde informatie"
                r"|voorwetenschap)[^–—-]{0,40})?\s[–—-](?=\s)"), False),
    # Brussel, 9 april 2020, 7.30u CET –      Brussel, 18 oktober 2023, 8u00 CEST      (a listed company's notice:
    # the hour in the Belgian form and the zone)
    (re.compile(rf"{_TITLE_PLACE},\s(?P<date>\d{{1,2}}\s{_MONTH_NAME}\s\d{{4}}),\s\d{{1,2}}(?:[.:]\d{{2}}\s?u?|u\d{{2}})"
                r"\s?(?:uur\s)?(?:CET|CEST)\s*(?:(?:--|[-–—])(?=\s)|$)"), False),
    # Schrobenhausen | 06.03.2024 | Der …      (a company's place and date between bars)
    (re.compile(rf"{_TITLE_PLACE}\s\|\s(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s\|(?=\s)"), False),
    # Wien (PWK490) - …      (a chamber's press service and its item number)
    # ("Omikron (BA2) – …", "Volkswagen (ID3) – …": a variant's or a model's code is no item number)
    (re.compile(rf"{_TITLE_PLACE}\s?\((?P<agency>[A-ZÄÖÜ]{{2,5}}\d{{3,4}})\)\s*(?:--|[-–—])(?=\s)"), False),
    # Leuven –12 maart 2012 –      (a dash between the place and the date as well)
    (re.compile(rf"{_TITLE_PLACE}\s[-–—]\s?(?P<date>\d{{1,2}}\.?\s{_MONTH_NAME}\s\d{{4}})\s*(?:--|[-–—])(?=\s)"),
     False),
    # Emmeloord, 18 december – Vorige week …      (a place, the day and month without the year, a dash)
    (re.compile(rf"{_TITLE_PLACE},\s(?P<date>\d{{1,2}}\.?\s{_MONTH_NAME})\s(?:--|[-–—])(?=\s)"), False),
    # Berlin/Krefeld, 1. Juli. Seit dem …      (a university's: the day and month, no year, and a period)
    (re.compile(rf"{_TITLE_PLACE},\s*(?P<date>\d{{1,2}}\.\s?{_MONTH_NAME})\.(?=\s+[„\"“A-ZÄÖÜ])"), False),
    # New York City (December 4, 2002) - Mayor …      (the date in brackets after the place)
    # Jacksonville, Florida (March 22, 2007) –      (the state written out)
    # Toronto (March 10, 2011) —Agnico Eagle …      (an em dash glued to the sentence)
    (re.compile(rf"{_TITLE_PLACE}(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s*"
                # ("PHILADELPHIA (June 11, 2020)District Attorney …": the dash lost, the sentence glued)
                rf"\((?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})\)(?:\s*(?:(?:--|[-–—])(?=\s)|[–—](?=[A-Z]))|(?=[A-Z][a-z]))"),
     False),
    # Islamabad, July 21, 2023 (PPI-OT):      (a South Asian agency in brackets after the full date)
    (re.compile(rf"{_TITLE_PLACE},\s(?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})\s"
                r"\((?P<agency>PPI(?:-OT)?|APP|PTI|IANS|ANI|UNI|NNI)\)\s*[-–—:]?(?=\s|$)"), False),
    # Baku, September 26, AZERTAC
    (re.compile(rf"{_ANY_PLACE},\s*{_DATE},?\s+(?P<agency>[A-Za-z][\w-]{{1,15}})\.?\s*[-–—:]?(?=\s|$)"), True),
    # Toronto, Ontario - May 12, 2014 - Vida Cannabis Corp. …      (a place, its province and the date between dashes)
    # Austin, TX - September 10, 2012 - …      (or its state's code)
    # SPOKANE, Wash. – Aug 3, 2017 –      (the state shortened, the month too)
    (re.compile(rf"{_TITLE_PLACE},\s(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|(?:{_STATE_ABBREVIATIONS})\.|[A-Z]{{2}})\s[-–—]\s"
                rf"(?P<date>(?:{_MONTH_NAME}|{MONTH_ABBREVIATIONS})\.?\s\d{{1,2}},\s\d{{4}})"
                r"\s[-–—](?=\s)"), False),
    # OAK HARBOR, WA –February 1, 2011 –      DUBLIN, IRELAND and SOUTH SAN FRANCISCO, Calif. – SEPTEMBER 15, 2021 –
    # (a company's own: places with their states or countries, a full date between dashes, its month in any case)
    # REDWOOD CITY, CA—April 7, 2004—Electronic Arts …      (em dashes glued to the date and to the sentence)
    (re.compile(rf"(?P<place>{_DASHED_PLACE}(?:\sand\s{_DASHED_PLACE})?)\s*[–—-]\s*"
                rf"(?P<date>{_MONTH_NAME}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})\s*(?:(?:--|[-–—])(?=\s)|[–—](?=[A-Z„\"“]))"),
     False),
    # Vancouver BC -- January 18, 2010 --      (the place and its province's code, the date between dashes)
    (re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z]{2})?)\s+(?:--|[–—])\s+"
                r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\s+(?:--|[-–—])(?=\s)"), False),
    # NEW YORK, NY, May 12, 2008 -      SYDNEY, Australia, Jan. 25, 2023 --      London, 17th October 2012 -
    # Mumbai, 07 October 2025:      (a company's own dateline: the wire's place and a full date, no wire named)
    # ARLINGTON, VA, SEPTEMBER 12, 2012 --      PASADENA, CA; January 16, 2023 -      (the month in capitals; a
    # semicolon)
    (re.compile(rf"{_WIRE_PLACE}[,;]\s*(?P<date>(?:[A-Z][a-z]{{2,8}}|{_MONTH_NAME})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,\s(?:19|20)\d{{2}}"
                rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s{_MONTH_NAME}\.?,?\s(?:19|20)\d{{2}})"
                # ("BEDFORD, Mass., August 24, 2006—Progress …": an em dash glued to the sentence; "SEOUL, Sep. 16,
                # 2010 –- LG …": two dashes of two kinds; "New York, NY, April 23, 2019 --- Today …": three)
                # ("DOVER, NJ, December 12, 2017 -Today, …": a hyphen glued to the sentence)
                r"\s*(?:(?:-{2,3}|[–—]-|[-–—:])(?=\s)|[–—](?=[A-Z„\"“])|(?<=\s)-(?=[A-Z][a-z]))"), False),
    # ROCHESTER, N.Y.--April 7, 2005--Bausch & Lomb …      (a wire's copy without the wire's name: two hyphens glued
    # on both sides of the date)
    (re.compile(rf"{_WIRE_PLACE}--(?P<date>{_MONTH_NAME}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})--(?=[A-Z])"), False),
    # South San Francisco, CA October 3, 2023 –      (a US town and its state's code, no comma before the date)
    (re.compile(rf"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}},\s(?:{_STATE_CODES}))\s"
                rf"(?P<date>{_MONTH_NAME}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})\s*(?:--|[-–—])(?=\s)"), False),
    # PITTSBURGH, PA (PittsburghNewsWire.com), June 18th, 2020 —      (a local wire's name in brackets before the date)
    (re.compile(rf"{_WIRE_PLACE}\s*\((?P<agency>[A-Za-z][\w.-]{{1,40}}?(?i:wire)(?:\.com)?)\),\s*"
                r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,\s(?:19|20)\d{2})\s*(?:--|[-–—])(?=\s)"), False),
    # May 4, 2020 /3BL Media/ -      (a distributor's: the date alone, its name between slashes)
    (re.compile(r"(?P<place>)(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s(?:19|20)\d{2})\s*"
                r"/(?P<agency>[A-Z0-9][\w .&-]{1,30})/\s*(?:--|[-–—])(?=\s)"), False),
    # OKLAHOMA CITY, Thursday, Aug. 31, 2017 –      Lake Charles, La., Friday, … –      (the weekday before the date)
    # ("Open House, Saturday, May 2, 2020 –" is an event: the place in capitals or with its state)
    # TORONTO, ON, Thursday, April 16, 2020:      (a Canadian province's code; a colon for the dash)
    (re.compile(rf"(?P<place>[A-Z][A-Z'’.&-]+(?:\s[A-Z][A-Z'’.&-]+){{0,2}}"
                rf"(?:,\s(?:{_STATE_CODES}|{_PROVINCE_CODES}|[A-Z][a-z]+\.?))?"
                rf"|[A-Z][\w'’.&-]+(?:\s[A-Z][\w'’.&-]+){{0,2}},\s(?:{_STATE_CODES}|[A-Z][a-z]+\.)),\s*"
                rf"{_WEEKDAY_NAME},\s*(?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})\s*(?:--|[-–—])(?=\s)"),
     False),
    # TORONTO, ON, Thursday, April 16, 2020:      (a colon for the dash only after a state's or a province's code)
    (re.compile(rf"(?P<place>[A-Z][A-Z'’.&-]+(?:\s[A-Z][A-Z'’.&-]+){{0,2}},\s(?:{_STATE_CODES}|{_PROVINCE_CODES})),\s*"
                rf"{_WEEKDAY_NAME},\s*(?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})\s*:(?=\s)"),
     False),
    # Zell am See, August 2017:      (a place and the month of a feature release, a colon or a dash)
    (re.compile(rf"{_REPORT_NAME}{_TITLE_PLACE},\s(?P<date>{_MONTH_NAME}\s(?:19|20)\d{{2}})\s*(?:--|[-–—:])(?=\s)"),
     False),
    # 5-FEB-2008 - Voor de vijfde keer …      (a nature portal's: the date alone, its month shortened in capitals)
    (re.compile(r"(?P<place>)(?P<date>\d{1,2}-(?i:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)"
                r"-(?:19|20)\d{2})\s(?:--|[-–—])(?=\s)"), False),
    # 17 September 2009, Rome –      (a UN agency's: the date written out, then the place and a dash)
    (re.compile(rf"(?P<date>\d{{1,2}}\s{_MONTH_NAME}\s(?:19|20)\d{{2}}),\s"
                r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s*(?:--|[-–—])(?=\s)"), False),
    # JANUARY 4, 2008 – HOUSTON, TEXAS –      (a company's own: the date first, then the place and its state)
    (re.compile(rf"(?P<date>{_MONTH_NAME}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})\s[-–—]\s"
                r"(?P<place>[A-Z][A-Z.'’ -]{1,30}?(?:,\s[A-Z][A-Za-z.]{1,20})?)\s(?:--|[-–—])(?=\s)"), False),
    # TORONTO & NEW YORK, 2016-Mar-23 — /EPR Retail News/ —      (a trade wire's: the date in ISO order, its name
    # between slashes)      PARIS, 30-Sep-2016 — /EuropaWire/ —      (or the day first)
    (re.compile(rf"{_WIRE_PLACE},\s*(?P<date>(?:19|20)\d{{2}}-(?:[A-Z][a-z]{{2}}|\d{{1,2}})-\d{{1,2}}"
                rf"|\d{{1,2}}-[A-Z][a-z]{{2}}-(?:19|20)\d{{2}})\s*(?:--|[-–—])\s*"
                r"/(?P<agency>[A-Z][\w .&-]{1,30})/\s*(?:--|[-–—])?(?=\s)"), False),
    # RIVERSIDE, Calif.-- May 13, 2003 --      (a university's dateline: the date between two wire dashes)
    (re.compile(rf"{_WIRE_PLACE}\s*--\s*(?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})\s*--(?=\s)"), False),
    # AUSTIN, Minn., (Sept. 27, 2011) —      (a comma before the bracketed date)
    (re.compile(rf"{_WIRE_PLACE},\s*\((?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})\)\s*(?:--|[-–—])(?=\s)"),
     False),
    # COLLEGE STATION, Texas -- (Feb. 26, 2015) --      (the bracketed date between two dashes)
    (re.compile(rf"{_WIRE_PLACE}\s*(?:--|[-–—])\s*\((?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},\s\d{{4}})\)\s*(?:--|[-–—])(?=\s)"),
     False),
    # (Los Angeles, Calif.) January 6, 2009—      (the place and its state in brackets, the date after them)
    (re.compile(r"\((?P<place>[A-Z][\w.' -]{2,30}?,\s[A-Z][\w.]{1,12})\)\s*"
                r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\s*(?:(?:--|[-–—])(?=\s)|[–—](?=[A-Z„\"“]))"), False),
    # (Seattle, WA – April 30, 2014) –      (an agency's place, its state and the date in one pair of brackets)
    (re.compile(r"\((?P<place>[A-Z][\w.' -]{2,30}?,\s[A-Z][\w.]{1,12})\s[-–—]\s"
                r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\)\s*(?:(?:--|[-–—])(?=\s)|(?=\s+[A-Z„\"“]))"), False),
    # (LIBERTY CORNER, N.J.) – The USGA …      (a wire's place and its state in brackets, a dash after them)
    (re.compile(rf"\((?P<place>[A-Z][A-Za-z .'’-]{{1,30}},\s"
                rf"(?:(?:[A-Z]\.){{2}}|(?:{_STATE_ABBREVIATIONS})\.|{_STATE_CODES}))\)"
                r"\s*(?:--|[-–—])(?=\s)"), False),
    # Geneva, Switzerland, 2017-10-03 Electricity …      (a town, its country and the date in ISO form, no dash)
    (re.compile(rf"{_TITLE_PLACE},\s(?:{_COUNTRY_NAMES}),\s(?P<date>\d{{4}}-\d{{2}}-\d{{2}})\s*(?:[-–—:]\s*)?(?=[A-Z])"),
     False),
    # MANHATTAN BEACH, Calif. (October 25, 2017) –      (a wire's place with its state, the date in brackets)
    # FRANKLIN, Tenn. (October 26, 2017)—Community …      (an em dash glued to the sentence)
    # Towson, MD (August 3, 2010)---The …      Chico, CA (07/22/09) – Sierra …      (three hyphens glued, a date in
    # numbers)
    (re.compile(rf"{_WIRE_PLACE}\s*\((?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}}\s?,\s?\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\)"
                r"\s*(?:(?:-{2,3}|[-–—])(?=\s)|(?:[–—]|-{2,3})(?=[A-Z„\"“]))"),
     False),
    # Canmore, Alberta – On July 6th …      (a town and its province or state written out)
    (re.compile(rf"(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?,\s(?:{_REGIONS}))\s(?:--|[-–—])(?=\s)"), False),
    # Amsterdam, The Netherlands – …      (a town and its country written out)
    # Breda, the Netherlands / Ghent, Belgium - …      (two of them)
    (re.compile(rf"{_TITLE_PLACE},\s(?P<date>)(?:{_COUNTRY_NAMES})(?:\s/\s[A-Z][\w'’.-]+,\s(?:{_COUNTRY_NAMES}))?"
                r"\s(?:--|[-–—])(?=\s)"), False),
    # BERLIN, Deutschland - Das …      (the country in German or Dutch: a sentence must follow, and the place must be no
    # country itself: "Italien, Österreich – das sind …" lists destinations)
    (re.compile(r"(?!(?:Italien|Frankreich|Spanien|Skandinavien|Deutschland|Österreich|Schweiz|Polen|Tschechien|Ungarn"
                r"|Griechenland|Portugal|Dänemark|Schweden|Norwegen|Finnland|Italië|Frankrijk|Spanje|Duitsland"
                r"|Oostenrijk|Zwitserland|Nederland|België|Luxemburg|Engeland|Europa|Europe)\b)"
                rf"{_TITLE_PLACE},\s(?P<date>)(?:Deutschland|Österreich|Schweiz|Nederland|België|Belgique)\s(?:--|[-–—])"
                r"(?=\s+[„\"“A-ZÄÖÜ])"), False),
    # DUNTON, England - Ford is …      (a wire's place in capitals and its country: "Mission Trip, India –" is a kicker)
    (re.compile(r"(?P<place>[A-Z][A-Z'’.\-]{2,30}(?: [A-Z][A-Z'’.\-]+){0,2}),\s(?P<date>)(?:England|Scotland|Wales"
                r"|Northern Ireland|Japan|China|India|Australia|Canada|Israel|Italy|Spain)\s(?:--|[-–—])(?=\s)"),
     False),
    # San Rafael, CA –      a US city and its state's code before the dash ("Riverside, Ca- On …", "Greenville, SC --")
    (re.compile(rf"{_TITLE_PLACE},\s*(?:[A-Z]{{2}}|[A-Z][a-z])\s*(?:--|[-–—])(?=\s)"), False),
    # Brooklyn, NY—Brooklyn Public Library …      (an em dash glued to the sentence; the state's code is the place's)
    # Washington, D.C.—As CWS …      (the capital's dotted initials)
    (re.compile(rf"(?P<place>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}},\s*(?:{_STATE_CODES}|D\.C\.))[–—](?=[A-Z])"),
     False),
    # NEWINGTON, Conn.- State Transportation …      (a US town, its state shortened, a dash glued to its period)
    # Tampa, Fla. – (April 9, 2018) – School …      (and the date in brackets between dashes)
    # (a word in capitals after the dash: "Knoxville, Tenn. – $2.5 million to …" is an item of a grant list)
    # COLUMBIA, S.C. - (May 6, 2011) - …      (or its dotted initials)
    (re.compile(rf"{_TITLE_PLACE},\s(?:(?:{_STATE_ABBREVIATIONS})\.|(?:[A-Z]\.){{2}})(?:\s*[-–—]\s*\((?P<date>[A-Z][a-z]{{2,8}}\.?\s\d{{1,2}},"
                r"\s\d{4})\))?\s*(?:-{2,3}|[-–—])(?=\s+[A-Z])"), False),   # ("TUCSON, Ariz. --- Raytheon …")
    # TORONTO, Ont. and MONTREAL, Que. –      (a Canadian province shortened, maybe two towns)
    (re.compile(rf"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}}, (?:{_PROVINCE_ABBREVIATIONS})\."
                rf"(?: and [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}},"
                rf" (?:{_PROVINCE_ABBREVIATIONS}|{_STATE_ABBREVIATIONS})\.)?)"
                r"\s*(?:--|[-–—])(?=\s+[A-Z])"), False),
    # BELLEVUE, WA and REDMOND, WA –      (two towns with their states' codes)
    (re.compile(r"(?P<place>[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)*, [A-Z]{2}"
                r"(?: and [A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)*, [A-Z]{2})+)\s*(?:--|[-–—])(?=\s)"), False),
    # Raleigh, N.C.     Nearly $27 million …      (a state's dotted initials, then the sentence without a dash)
    # Halifax, N.S. – …      (or a dash)
    (re.compile(rf"{_TITLE_PLACE},\s(?:[A-Z]\.){{2}}(?:\s*(?:--|[-–—])(?=\s)|(?=\s+[A-Z][a-z]))"), False),
    # Lake Charles, La.: United States Attorney …      (a US town, its state shortened, a colon)
    (re.compile(rf"{_TITLE_PLACE},\s(?P<date>)(?:{_STATE_ABBREVIATIONS})\.\s?:(?=\s)"), False),
    # Kirksville, MO 10/29/21 –      (and an American date in numbers)
    (re.compile(rf"{_TITLE_PLACE},\s[A-Z]{{2}}\s(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s*(?:--|[-–—])(?=\s)"), False),
    # JACKSONVILLE, Fla., Dec. 27 --      (a wire's place and its state, the day without the year, no wire named)
    (re.compile(rf"{_WIRE_PLACE},\s*(?P<date>(?:{_MONTH_NAME}|{MONTH_ABBREVIATIONS})\.?\s\d{{1,2}})"
                r"\s*(?:--|[–—])(?=\s)"), False),
    # June 19, 2019 (Tarrant County, TX) --      (a county's: the date, then the place in brackets; a wire's name in
    # capitals there is the wire's dateline)
    (re.compile(r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\s*"
                r"\((?P<place>[A-Z][a-z][\w.' -]{1,30}(?:,\s*[A-Z]{2})?)\)\s*(?:--|[-–—])(?=\s|$)"), False),
    # (TORONTO – Nov. 28, 2011) –      (the place and the date between dashes in brackets)
    (re.compile(r"\((?P<place>[A-Z][A-Za-z.' ]{2,30}?)\s[-–—]\s(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\)"
                r"\s*(?:--|[-–—])(?=\s)"), False),
    # (Cincinnati; May 8, 2012) —      (MIAMI, September 12, 2016) –      a company's own dateline in brackets
    (re.compile(r"\((?P<place>[A-Z][\w.' -]{2,30})[;,]\s*(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\)"
                r"\s*[-–—]+"), False),
    # 16.02.2016 Bregenz - Auf gleichbleibend …      (an Austrian office's date before its place)
    # 31.07.2020, Bern - …      (a Swiss federal office's, with a comma)
    # 02.06.2022 - St. Christina - …      (a dash between the date and a saint's place; "15.05.2023 - Stadtrat - …" is a
    # section)
    (re.compile(r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}),?\s+(?:[-–—]\s+(?=(?:St\.|Sankt)\s))?"
                r"(?P<place>(?:St\.\s|Sankt\s)?[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)\s[-–—](?=\s)"),
     False),
    # 22.05.2018: Die Verantwortlichen …      17. Juni 2019: Der Kreistag …      (a municipality's page: the
    # date alone opens the first paragraph)
    # 16.10.2019 Immer wieder kommt es …      05.05.2014 „Mit dem …      (the date in numbers before a capitalised
    # word or a quote, no colon)      23. Januar 2012 – Trotz des …      1 september 2023 - Het …      March 12, 2020 -
    # Police …      (the date written out, and a dash)      19. September 2017. Der Rat …      Monday 16th October
    # 2017. The IMO …      (a weekday, an ordinal, a full stop)
    # 21/05/2021 - The OECD will …      (or with slashes)
    # September 16, 2013 – Eunice, NM –      (a company's: the date first, then the town and its state between dashes)
    # ("June 1, 2023 – Acme, Inc. – …": a company, no town)
    (re.compile(rf"(?P<date>{_MONTH_NAME}\.?\s\d{{1,2}},\s(?:19|20)\d{{2}})\s[-–—]\s"
                rf"(?![^,–—]+,\s(?:Inc|Ltd|LLC|Corp|GmbH|AG|B\.V|N\.V|S\.A|plc)\b)(?P<place>{_DASHED_PLACE})"
                r"\s(?:--|[-–—])(?=\s)"), False),
    (re.compile(rf"(?P<place>)(?:(?P<weekday>{_WEEKDAY_NAME},?\s)?(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
                r"|\d{1,2}/\d{1,2}/\d{4}"
                # ("12 Feb 2013 --- The visitors centre …": the month shortened, three hyphens)
                # ("Thursday 18 July, 2019: On 1 April …": a comma before the year)
                rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s(?:{_MONTH_NAME}|{MONTH_ABBREVIATIONS}),?\s\d{{4}}"
                rf"|{_MONTH_NAME}\.?\s\d{{1,2}}(?:st|nd|rd|th)?,\s\d{{4}})"
                # (a full stop only after a weekday: "9. November 1989. Die Mauer fällt …" opens a chronicle)
                r"(?:\s?:|\s(?:-{1,3}|[–—])(?=\s)|[–—](?=\s)|(?(weekday)\.(?=\s)|(?!)))|(?P<numeric>\d{1,2}\.\d{1,2}\.\d{4})(?=\s+(?:[A-ZÄÖÜ][a-zäöüß]|[„\"“])))"
                r"(?=\s+[„\"“A-ZÄÖÜ])"), False),
    # 06.08.2009, Das Migros eigene Labor …      (a date in numbers and a comma before an article: "2.3.2020,
    # Bremgarten (AG): …" is a ticker's item; with a full stop, "09.11.1989. Die Mauer fällt." opens a chronicle)
    (re.compile(r"(?P<place>)(?P<numeric>\d{1,2}\.\d{1,2}\.\d{4}),(?=\s+(?:Der|Die|Das|Ein|Eine|De|Het|Een|The)\s)"),
     False),
    # FOR IMMEDIATE RELEASE - August 1, 2014 -      (a company's notice on the FDA's list: the date, no place)
    (re.compile(rf"(?P<place>)(?i:for immediate release)\s*[-–—]\s*(?P<date>{_MONTH_NAME}\.?\s\d{{1,2}},\s\d{{4}})"
                r"\s*(?:--|[-–—])(?=\s)"), False),
    # Magdeburg, den 18. September 2002
    (re.compile(rf"{_TITLE_PLACE},\s*den\s(?P<date>\d{{1,2}}\.\s?\w+\.?\s\d{{4}})(?=\s|$)"), False),
    # BAKU, September 27 –      BAKU –      Hamburg – Tatzeit: …      NEW YORK -- (two hyphens for the dash)
    # VIJFHEERENLANDEN • Een veilige …      (a local paper's bullet for the dash)
    # SCHIEDAM- Dijkgraaf Piet-Hein …      (the dash glued to the place)
    # ("CDU- und SPD-Fraktion …": a word's shared ending before a conjunction is no dash)
    (re.compile(rf"{_CAPS_PLACE}(?:,\s*{_DATE})?\s*(?:--|––|[-–—•])(?=\s|$)(?!\s+(?:und|oder|bzw|en|of|and|or)\b)"),
     False),
    # VINELAND STATION, Ontario — Vineland Research …      (the province written out)
    (re.compile(rf"{_CAPS_PLACE},\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?\s+(?:--|[–—])(?=\s)"), False),
    # WASHINGTON, DC—Fifty-two CEOs …      WASHINGTON—The …      (a dash glued to the place and to the sentence)
    # MONTREAL, QUEBEC--Procyon …      (the province in capitals, before a wire's two hyphens; "UPDATE, CORRECTION--"
    # is a notice's kicker)
    (re.compile(r"(?!(?:UPDATE|CORRECTION|CORRECTED|REVISED|BREAKING|ADVISORY|ALERT)\b)"
                r"(?P<place>[A-Z][A-Z'’.\- ]{1,40}?,\s*[A-Z]{3,15})--(?=[A-Z„\"“])"), False),
    (re.compile(r"(?P<place>[A-Z][A-Z'’.\- ]{1,40}?(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]{1,12}\.?))?)(?:--|[–—])"
                r"(?=[A-Z„\"“])"), False),
    # De Ronde Venen –      (a municipality's name may open with an article)
    # Amsterdam– Deze ochtend …      (the dash glued to the place; "Haus– und Hofmeister" shares an ending)
    (re.compile(r"(?P<place>(?:(?:De|Den|Het|Ter|Bad|Sankt|Sint)\s)?[A-ZÄÖÜ][a-zäöüß]{2,}(?:[- ][A-ZÄÖÜ][a-zäöüß]+)?)"
                r"(?:\s[–—](?=\s)|[–—](?=\s+[A-ZÄÖÜ„\"“]))(?!\s+(?:und|oder|bzw|en|of|and|or)\b)"), False),
    # REGIO De provincie …      UTRECHT Het college …      (a local paper's place in capitals, no dash: an article
    # opens the sentence)
    (re.compile(r"(?P<place>[A-ZÄÖÜ]{3,}(?:[- ][A-ZÄÖÜ]{2,})?)(?=\s(?:De|Het|Een|Der|Die|Das|Ein|Eine|The)\s)"),
     False),
    # Arnhem - De politie …      Bonn/Potsdam - Mit …      (a hyphen for the dash: one word, then a capital;
    # "Oude Pekela - De politie …": a Dutch place's prefix before it)
    (re.compile(r"(?P<place>(?:(?:Oude|Nieuwe|Groot|Klein|Sint|Hoog|Laag|Oost|West|Noord|Zuid|Bad|Sankt)\s)?"
                r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:[-/][A-ZÄÖÜ]?[a-zäöüß]+)*)\s-(?=\s[A-ZÄÖÜ„\"“])"), False),
    # SÜDLICHES OBERBAYERN. Das lange …      (a police region in capitals and a period)
    (re.compile(r"(?P<place>[A-ZÄÖÜ]{4,}(?:[ -][A-ZÄÖÜ]{4,}){0,2})\.(?=\s+[„\"“]?[A-ZÄÖÜ][a-zäöüß])"), False),
    # Hannover. „Die Vielfalt …      (German state ministries: the place and a period)
    # Rhein-Sieg-Kreis. Der …      Cottbus/Frankfurt (Oder)/Potsdam. Die …      (a district, places joined)
    (re.compile(r"(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,}(?:\s\([A-ZÄÖÜ][a-zäöüß]+\))?"
                r"(?:[-/][A-ZÄÖÜ][a-zäöüß]+(?:\s\([A-ZÄÖÜ][a-zäöüß]+\))?){0,3})\.(?=\s+[„\"“A-ZÄÖÜ])"), False),
)
# "Release – Vera Bradley …", "Update – …": a page's label before a dash, not a place.
_NOT_PLACES = frozenset({"release", "update", "video", "audio", "foto", "fotos", "photo", "bild", "symbolbild",
                         "embargoed", "embargo", "coronavirus", "covid-19", "attention", "caution", "warning",
                         "revised", "updated", "corrected", "amended", "archiv", "archive", "archief", "live",
                         "breaking", "exclusive", "persbericht", "pressemitteilung", "medienmitteilung",
                         "interview",
                         "kommentar", "analyse", "nieuws", "news", "column", "opinie", "statement", "correction",
                         "achtung", "hinweis", "korrektur", "nachtrag", "ergänzung", "wichtig", "eilmeldung",
                         "berichtigung", "danke", "bitte", "nein", "dank", "let", "note", "ende", "einde",
                         # labels in brackets or between bars: "(Sperrfrist, 15. Mai 2012)", "Presse | 06.03.2024 |",
                         # an event before a Belgian hour: "Persconferentie, 9 april 2020, 10.30u CET"
                         "sperrfrist", "einladung", "gastkommentar", "leserbrief", "aktualisierung", "ergänzt",
                         "berichtigt", "pressemeldung", "terminhinweis", "presseeinladung", "aktuelles", "meldungen",
                         "presse", "allgemein", "blog", "unternehmen", "veranstaltungen", "kategorie",
                         "pressemitteilungen", "persconferentie", "livestream", "deadline", "inschrijving",
                         "jubiläum",
                         # abbreviations that open a sentence with a period: "Vors. Welty eröffnet …"
                         "rep", "sen", "gov", "atty", "hon",   # "Rep. Muster …": a title before a name
                         "vors", "prof", "prim", "abg", "dipl", "präs", "stellv", "gen", "kap", "sts", "pst",
                         "bgm", "vbgm", "vzbgm", "mag", "stv", "lh", "lhstv", "lr", "ing", "hofr",   # "Bgm. Auinger …"
                         "uhr", "uur",    # "14:09 Uhr — Erstveröffentlichung": a time, not a place
                         # a rank before a name: "Cpl. Nick Briggs, PIO"
                         "cpl", "sgt", "capt", "det", "insp", "supt", "ofc", "dep", "pvt", "col", "maj", "cmdr",
                         "lt", "pol", "kom", "hptm", "cllr", "cr", "councillor",
                         # a Dutch title before a name: "Mgr. De Korte sprak …", "Ds. De Reuver …", "Drs. Jansen …"
                         "mgr", "ds", "drs", "dhr", "mevr", "mw", "ir",
                         # a status in brackets: "(Anzeige) Die neue Kollektion …", "(Updated) The road …"
                         "anzeige", "aktualisiert", "fortsetzung", "werbung", "advertentie", "bijgewerkt",
                         "gesponsord", "sponsored", "advertisement",
                         "for immediate release", "zur sofortigen veröffentlichung", "webinar", "webinars"})
# "Ab Montag, den 16. März 2020 schließen wir …": a time the sentence opens with, not a place
_OPENERS = frozenset({"ab", "am", "bis", "seit", "vom", "von", "zum", "zur", "op", "vanaf", "sinds", "tot", "on",
                      "since", "from", "until", "heute", "gestern", "vandaag", "gisteren", "today", "yesterday"})
# "Pfingstmontag, 20.05.2024:", "Kerstavond, 24 december –", "Memorial Day (May 27, 2024) City offices …",
# "Stichtag, 30.06.2025:": a holiday or a deadline the sentence is about, not a place
# (a compound's ending, "Pfingstmontag", "Kerstavond"; an English word whole: "Geneve" is a place)
_HOLIDAY = re.compile(r"(?:tag|abend|avond|dag|nacht|mis|feest|schluss)$|\b(?:day|eve|martin|karneval|sinterklaas"
                      r"|pasen|ostern|pfingsten|weihnachten|christmas|easter|halloween)$", re.IGNORECASE)
# "Wismar (ost)": a common misspelling of ots on the wire; "Gütersloh (red) -", "Offenbach (pm/yb)": a local
# paper's marks for its editors' copy and for a release it prints.
_OTHER_AGENCY_MARKS = frozenset({"ost", "red", "pm", "eb"})


def match_dateline(text: str) -> Dateline | None:
    """The dateline opening a paragraph ("BAKU, September 27. /TASS/."), or None."""
    if _LONE_GOVERNMENT.match(text):
        return None   # "February 22, 2017 – Ottawa, Ontario – Global Affairs Canada": a line of its own, whole
    for pattern, needs_known_agency in _DATELINE_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        place, date, agency = match["place"].strip(), groups.get("date") or groups.get("numeric"), groups.get("agency")
        if date is not None and not any(char.isdigit() for char in date) and not _weekday(date):
            if not (date.isupper() and place.isupper()):
                continue
            place, date = f"{place}, {date.strip()}", None   # "TORONTO, CANADA --": the country, not a date
        if agency is not None and (_TICKER.search(agency.strip()) or _spells_out(place, agency)
                                   or _ORGANISATION.search(place)):
            continue
        # "dpa/lno": dpa's regional service; "Innsbruck (TP/OTS)": a press service's copy on the wire
        parts = (agency or "").casefold().split("/")
        known = any(part in NEWS_AGENCIES or part in _OTHER_AGENCY_MARKS for part in parts)
        if needs_known_agency and not known:
            continue
        if place and sum(char.isalpha() for char in place) < 3 or _weekday(place) \
                or place and (place.split()[0].casefold() in _OPENERS or _weekday_inside(place)
                              or _HOLIDAY.search(place) is not None and not _weekday(place.split()[-1])) \
                or _NOT_PLACES.intersection(part.strip() for part in place.casefold().split("/")) \
                or agency is None and date is None and _OFFICE.search(place):
            continue
        rest = text[match.end():].strip()
        if agency is None and (date is None or groups.get("numeric") or not place) and _title_after(rest) \
                or not place and agency is None and _SENTENCE_END.search(rest) is None \
                and len(rest.split()) < MAX_DATED_TITLE_WORDS:
            # "12.03.2024 Stadtrat beschließt Haushalt", "08. Oktober 2023: Kostensteigerung zwingt zur Anpassung der
            # Trinkwasserpreise", "15. September 2015: Bundesrat Muster lanciert den Sammeltag der Glückskette" (a
            # date alone before a line that ends no sentence): a dated title, not a dateline
            continue
        # "VOM ABBEIZMITTEL BIS ZUM ZEMENTSACK —": a title in capitals before a dash; a place is a few words.
        if agency is None and date is None and place.isupper() and len(place.split()) > MAX_BARE_PLACE_WORDS:
            continue
        raw = match.group(0).rstrip()
        # "WINSTON-SALEM, N.C. — Dec. 16, 2009 — Reynolds …", "NEW YORK--(BUSINESS WIRE)--2 May 2008--Philip …":
        # the date between the place's dash and the sentence's is the dateline's.
        dated = _DATE_AFTER_DASH.match(text, match.end()) if date is None else None
        # ("BERLIN — November 9, 1989 — the day the Wall fell — is …", "… March 3, 2020 – March 5, 2020:": a date
        # the sentence is about, or a range)
        after = text[dated.end():dated.end() + MAX_APPOSITION_CHARS].lstrip() if dated is not None else ""
        if dated is not None and after[:1].isupper() and not _DASH_AHEAD.search(after) \
                and not _DATE_OPENS.match(after):
            raw, date = text[:dated.end()].rstrip(), dated["date"]
        return Dateline(
            raw=raw,
            place=place or None,
            date=date.strip(" .") if date else None,
            agency=agency.strip() if agency else None,
        )
    return None


MAX_APPOSITION_CHARS = 40
_DASH_AHEAD = re.compile(r"\s(?:--|[–—])\s|\s-\s")
_MONTH_OR_SHORT = rf"(?:{_MONTH_NAME}|{MONTH_ABBREVIATIONS})"
_DATE_OPENS = re.compile(rf"(?:{_MONTH_OR_SHORT}\.?\s\d|\d{{1,2}}\.?\s{_MONTH_OR_SHORT})")
_DATE_AFTER_DASH = re.compile(rf"\s*(?P<date>{_MONTH_OR_SHORT}\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"
                              # ("–– Feb. 4, 2009 ––": doubled dashes)
                              rf"|\d{{1,2}}\.?\s{_MONTH_NAME}\.?,?\s\d{{4}})\s?(?:[-–—]{{1,2}}|/)")


# "Europäische Zentralbank (EZB)", "Bundesamt für … (BAMF)": an organisation named before its initials, no place.
_ORGANISATION = re.compile(r"(?:bank|organisation|organization|amt|institut|gesellschaft|verband|ministerium|agentur"
                           r"|kommission|gericht|fonds|partei|kammer|stiftung|behörde"
                           # "RSM US LLP (RSM) – the nation's leading …": a company and its short name
                           r"|(?-i:\s(?:LLP|LLC|L\.P\.|Inc\.?|Ltd\.?|Corp\.?|PLC|plc|GmbH|N\.V\.|B\.V\.)))$",
                           re.IGNORECASE)


def initials(name: str) -> str:
    """The capitals that open a name's words: "Deutsche Lebens-Rettungs-Gesellschaft" is "DLRG"."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())


def _spells_out(place: str, agency: str) -> bool:
    """"Het Algemeen Nederlands Persbureau (ANP) krijgt …": the name the brackets abbreviate, not a place."""
    return len(agency) >= 2 and agency.isupper() and initials(place).endswith(agency)


# "Kultusministerium - Pressemitteilung Nr.: 056/04": an office before a dash, not a place.
_OFFICE = re.compile(r"(?:ministerium|kanzlei|landratsamt|verwaltung|präsidium|direktion|inspektion|behörde|ministerie"
                     r"|stadtamt|presseamt|pressestelle)$", re.IGNORECASE)
MIN_SENTENCE_WORDS = 8
MIN_TITLE_CASE_LETTERS = 5
MIN_TITLE_CASE_WORDS = 4
MAX_BARE_PLACE_WORDS = 3
MAX_DATED_TITLE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")


def _title_after(rest: str) -> bool:
    # "Gesundheitsamt - Vorerst kein Regelbetrieb möglich": a topic and a title, no sentence after the dash.
    # ("Hamburg – Tatzeit: 01.06.2011, 15:53 Uhr" opens a report's fields.)
    # "Oamaru - Police Appeal for Help with Thefts of Heavy and Light Motor Vehicles": a title in title case, however
    # long.
    rest = rest.strip()
    longer = [word for word in rest.split() if len(word) >= MIN_TITLE_CASE_LETTERS and word[:1].isalpha()]
    title_case = len(longer) >= MIN_TITLE_CASE_WORDS and all(word[:1].isupper() for word in longer)
    return bool(rest) and (len(rest.split()) < MIN_SENTENCE_WORDS or title_case) and ":" not in rest \
        and _SENTENCE_END.search(rest) is None


# "NEW YORK", "DEN HAAG, donderdag": a place in capitals alone on its line, maybe with a weekday or a date. The
# same shape is a kicker above a headline, so the caller accepts it only between a header and the body.
_LONE = re.compile(rf"^{_CAPS_PLACE}(?:,\s*(?P<date>[\w. ]{{3,25}}))?$")


# "'s-Hertogenbosch, 31 oktober 2007", "Potsdam, 3. Mai 2005": a place and a full date alone on their line.
# "Brussel -": a place and the dash of a dateline, its sentence on the next line.
_LONE_DASHED = re.compile(r"^(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[- ][A-ZÄÖÜ][a-zäöüß]+)?)\s*[-–—](?P<date>)$")
# "Bern, 18.12.2007 -": the same with the date in numbers and the dateline's dash; "Utrecht , 9 augustus 2014 -": a
# portal's space before the comma.
# "Brandenburg an der Havel, 27. Januar 2011": a particle inside the place.
_PLACE_PARTICLES = ("an der", "am", "an", "ob", "aan den", "aan de", "bij")
_LONE_DATED = re.compile(r"^(?P<place>(?:'s-)?[A-ZÄÖÜ][\w'’.-]+(?: (?:"
                         + "|".join(f"{particle} " for particle in _PLACE_PARTICLES)
                         + r")?[A-ZÄÖÜ][\w'’.-]+)?)\s?,\s*(?:den\s)?"
                         r"(?:(?P<date>\d{1,2}\.?\s[A-Za-zäéû]+\.?\s\d{4})(?:\s*[-–—])?"
                         r"|(?P<numeric>\d{1,2}\.\d{1,2}\.\d{4})\s*[-–—])$")
# "8 december 2012 -": a date alone and the dateline's dash, the sentence on the next line (a place is not needed:
# the dash says the text begins here).
_LONE_DATE_DASHED = re.compile(rf"^(?P<date>\d{{1,2}}\.?\s{_MONTH_NAME}\s\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
                               r"|\d{1,2}/\d{1,2}/\d{4})\s*[-–—]$")
# "Edmonton, Alberta": a town and its province written out.
_LONE_REGION = re.compile(rf"^(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?,\s(?:{_REGIONS}))(?P<date>)$")
# The Government of Canada's form: "February 22, 2017 – Ottawa, Ontario – Global Affairs Canada" (the date, the
# place, the department), and its older "Ottawa - 2013-07-05".
_LONE_GOVERNMENT = re.compile(
    r"^(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\s[-–—]\s(?P<place>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2}"
    # (the office's name, not a sentence: "… – Eunice, NM – The plant achieved a milestone today."; "Canada Mortgage and
    # Housing Corp." is a name)
    r"(?:,\s[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})?)(?:\s[-–—]\s(?P<agency>(?![^\n]*\s[a-z]+\s[a-z]+\b)"
    r"[A-Z][\w&'’.,-]*(?:\s[\w&'’.,-]+){0,7}))?$"
    r"|^(?P<place2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s[-–—]\s(?P<date2>\d{4}-\d{2}-\d{2})$")

# A place and a full date written out, in any order of day and month, after a comma or a wire's dash: "Paris,
# September 9th, 2020", "Biel/Bienne, 29 January 2008", "Amsterdam - 10 juni 2010", "LOUISVILLE, Ky. -- June 4,
# 2014", "NEW YORK & LONDON -- February 27, 2014". The month's name says it is a date, so the place may be longer.
_LONE_FULL_DATE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w'’.-]+(?:(?:/| | & )[A-ZÄÖÜ][\w'’.-]+){0,3}"
    rf"(?:,\s(?:(?:{_STATE_ABBREVIATIONS})\.|{_STATE_CODES}|{_COUNTRY_NAMES}))?)"
    r"(?:\s?,\s*|\s+[-–—]{1,2}\s+)"
    rf"(?P<date>\d{{1,2}}\.?\s{_MONTH_NAME}\.?\s\d{{4}}|{_MONTH_NAME}\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})"
    r"(?:\s*[-–—]{1,2})?$")
MAX_FULL_DATE_PLACE_WORDS = 4
# Words of a label over a date or of a section's name: "Published, …", "Posted - …", "Datum, …", "Stand - …",
# "UConn Today, …", "Washington Review, …", "Extraordinary General Meeting – …".
_DATE_LABEL_WORDS = frozenset({"published", "posted", "issued", "date", "datum", "stand", "effective", "gepubliceerd",
                               "geplaatst", "veröffentlicht", "erschienen", "today", "review", "meeting", "message",
                               "notice", "alerts", "deadline", "closing", "opening", "event", "webinar", "conference"})


MIN_LONE_PLACE_LETTERS = 4
_COUNTRIES = frozenset({"nederland", "deutschland", "belgië", "belgie", "österreich", "schweiz", "netherlands",
                        "germany", "belgium", "austria", "switzerland"})
# The particles' words, not counted as the place's words.
_PARTICLES = frozenset(word for particle in _PLACE_PARTICLES for word in particle.split())
_HEADING_NOUNS = frozenset({"comments", "highlights", "overview", "summary", "results", "outlook", "background",
                            "contacts", "contact", "notes", "agenda", "update", "updates", "details", "facts",
                            "quotes", "quote", "news", "links", "media",
                            # "PUBLIEKE BEKENDMAKING", "PUBLIC NOTICE": a notice's kind
                            "bekendmaking", "mededeling", "bekanntmachung", "mitteilung", "notice", "announcement"})


# An event's or a day's name before its date, not a place: "Koningsdag", "Weltfrauentag", "Hannover Messe", "Girls'
# Day", "Zomerfestival Zwolle", "Record Store Day", "Kerstmarkt Deventer", "Spring Concert".
_EVENT_NAME = re.compile(r"(?:dag|tag|day|messe|festival|fest|feest|herdenking|kermis|concert|konzert|show|woche|week"
                         r"|(?:kerst|weihnachts|wochen|jahr|floh|vrij)markt|fair|gala|sinterklaas|nikolaus|carnaval"
                         r"|karneval)\b", re.IGNORECASE)


def is_event_name(place: str) -> bool:
    return _EVENT_NAME.search(place) is not None


def match_full_date_line(text: str) -> Dateline | None:
    """A place and a full date written out alone on a line ("Paris, September 9th, 2020"); not a label over a date
    ("Published, June 4, 2014", "Mayor's Message - 07 May 2019", "Tue, June 19, 2012")."""
    full = _LONE_FULL_DATE.match(text)
    if full is None:
        return None
    place = full["place"]
    if is_event_name(place):
        return None
    found = place.casefold().replace("/", " ").replace(",", " ").split()
    if len(place.split()) > MAX_FULL_DATE_PLACE_WORDS or place.casefold() in _COUNTRIES \
            or any(_weekday(word.strip(".,")) for word in place.split()) \
            or _NOT_PLACES.intersection(found) or _DATE_LABEL_WORDS.intersection(found) \
            or found[-1] in _HEADING_NOUNS or "'s" in place or "’s" in place \
            or sum(char.isalpha() for char in place) < MIN_LONE_PLACE_LETTERS:
        return None
    return Dateline(raw=text, place=place, date=full["date"], agency=None)


def match_lone_dateline(text: str) -> Dateline | None:
    return _lone_dateline(text) or match_full_date_line(text)


def is_full_date_line_only(text: str) -> bool:
    """A line only the full-date form takes for a dateline (the older forms have their own places in a page)."""
    return match_full_date_line(text) is not None and _lone_dateline(text) is None and match_dateline(text) is None


def _lone_dateline(text: str) -> Dateline | None:
    government = _LONE_GOVERNMENT.match(text)
    if government is not None:
        return Dateline(raw=text, place=government["place"] or government["place2"],
                        date=government["date"] or government["date2"], agency=government["agency"])
    dated = _LONE_DATE_DASHED.match(text)
    if dated is not None:
        return Dateline(raw=text, place=None, date=dated["date"], agency=None)
    match = _LONE.match(text) or _LONE_DATED.match(text) or _LONE_DASHED.match(text) or _LONE_REGION.match(text)
    # "CEO COMMENTS", "FINANCIAL HIGHLIGHTS": a section's heading in capitals names its content, not a place.
    # "Nederland , 13 juni 2016 -": a portal's stamp names the country, the release's dateline follows.
    if match is not None and (match["place"].split()[-1].casefold() in _HEADING_NOUNS
                              or match["place"].casefold() in _COUNTRIES
                              # "ATTENTION/CAUTION"
                              or _NOT_PLACES.intersection(match["place"].casefold().split("/"))):
        return None
    # "COMMITMENT TO COLLABORATIVE DEVELOPMENT": a heading in capitals, longer than a place's name.
    if match is not None and not match["date"] and match["place"].isupper() \
            and len(match["place"].split()) > MAX_BARE_PLACE_WORDS:
        return None
    # Three capitals alone ("ZSM", "EU") are an acronym heading what follows, not a place.
    # "Monday, 17 March 2014": a weekday and its date, no place.
    words = [word for word in text.split() if any(char.isalnum() for char in word) and word not in _PARTICLES]
    if match is None or len(words) > 5 \
            or sum(char.isalpha() for char in match["place"]) < MIN_LONE_PLACE_LETTERS or _weekday(match["place"]):
        return None
    date = match["date"] or match.groupdict().get("numeric") or None
    if date is not None and not any(char.isdigit() for char in date) and not _weekday(date):
        return None
    return Dateline(raw=text, place=match["place"].strip(), date=date.strip(" .") if date else None, agency=None)


def is_wire_dateline(text: str) -> bool:
    """A dateline of a wire service ("… /PRNewswire/ --"): it opens the release wherever it stands on a page."""
    dateline = match_dateline(text)
    return dateline is not None and dateline.agency is not None and _WIRE.fullmatch(dateline.agency) is not None


_WIRE = re.compile(_WIRES, re.IGNORECASE)


# "GlobeNewswire by notified": the wire and who runs it. The lookbehind starts the match only where a run of
# spaces starts: without it a long run of spaces is tried from each of its positions (quadratic).
_OWNED_BY = re.compile(r"(?<!\s)\s+(?:by|von|door)\s+\w+$", re.IGNORECASE)


def is_wire_name(text: str) -> bool:
    """A wire service's name alone on its line ("PRNewswire"): where a page prints the dateline's agency."""
    return _WIRE.fullmatch(_OWNED_BY.sub("", text.strip(" /()-–—"))) is not None


def _weekday_inside(place: str) -> bool:
    """"Ab Montag": a weekday after another word, not after a place's full stop ("Suhr/A1/AG. Montag")."""
    words = place.split()
    return any(_weekday(word) and not before.endswith(".") for before, word in itertools.pairwise(words))


def _weekday(word: str) -> bool:
    return word.strip(" .").casefold() in {
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    }

"""Corrections to the Moses sentence boundaries that a prefix list cannot express.

A prefix list says "this word followed by a period never ends a sentence"; some cases depend on the word that
follows instead. Two kinds of rule, each a pair of patterns (end of one piece, start of the next):

* keep together: "Kopernikusstr. 1b" (a street abbreviation before its house number), "POL-HH: 230929-3.
  Feierlichkeiten" (a wire's report number), "9:30 a.m. CT." (a time before its time zone), "Dr.-Ing." (two
  titles joined by a hyphen), "Telefon-Nr. 07392" (a compound ending in an abbreviation, before its number);
* split: "Martien R. Die is …" (an initial, then a word that only starts a sentence), "im Landhaus 1. Um …" (a
  German ordinal never precedes a pronoun, article or preposition), "209 km/h. Die …" (a unit after a slash),
  "So ist es. - Guten Tag!" (a dash opening the next sentence, as transcripts print turns), "19.00 Uhr Die …" (a
  report's time header before its first sentence), "Westerschelde.De waterpeilen" (a full stop that lost its space).

Positions only: the rules never change the text, so the spans still cover each non-space character once.
"""

from __future__ import annotations

import re

from service.pipeline.dates import MONTH_ABBREVIATIONS, MONTHS_BY_LANGUAGE, WEEKDAYS_BY_LANGUAGE

Bounds = list[tuple[int, int]]

# Words that open a sentence and never follow an initial or an ordinal inside a name or a date.
SENTENCE_OPENERS_BY_LANGUAGE = {
    "de": ("Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einen", "Er", "Sie", "Es", "Wir", "Ich",
           "Um", "In", "Im", "Am", "Auf", "Bei", "Mit", "Nach", "Zum", "Zur", "Dies", "Diese", "Dieser", "Dabei",
           "Dazu", "Damit", "Danach", "Dann", "Doch", "Aber", "Auch", "Als", "Wenn", "Weil", "Nun", "Hier", "Man"),
    "nl": ("De", "Het", "Een", "Die", "Dat", "Deze", "Dit", "Hij", "Zij", "Ze", "Wij", "We", "Ik", "Er",
           "In", "Op", "Bij", "Met", "Na", "Toen", "Daarna", "Daarbij", "Ook", "Maar", "Volgens", "Hierbij"),
    "en": ("The", "He", "She", "It", "They", "We", "This", "That", "These", "Those", "His", "Her", "Their",
           "In", "On", "At", "After", "When", "But", "Police", "According"),
}

# Pronouns open a sentence and never begin a surname ("A. De Vries" may follow an initial; "A. Hij" may not).
PRONOUNS_BY_LANGUAGE = {
    "de": ("Er", "Sie", "Es", "Wir", "Ich"),
    "nl": ("Hij", "Zij", "Ze", "Wij", "We", "Ik"),
    "en": ("He", "She", "It", "They", "We"),
}

_WORD_END = r"(?=\s|$)"


def _openers(lang: str) -> str:
    return "(?:" + "|".join(SENTENCE_OPENERS_BY_LANGUAGE.get(lang, ())) + ")" + _WORD_END


_MONTHS = "|".join(name.capitalize() for names in MONTHS_BY_LANGUAGE.values() for name in names)
_WEEKDAYS = "|".join(name.capitalize() for name in WEEKDAYS_BY_LANGUAGE["en"])

# (end of the first piece, start of the next): never a sentence boundary between them.
# A noun after an ordinal, not the word a new sentence opens with ("mehr als 1000. Das ist …" ends there).
_NOUN_AFTER_ORDINAL = re.compile(r"^(?!(?:Das|Die|Der|Den|Dem|Im|In|Es|Er|Sie|Wir|Ich|Damit|Beim|Ein|Eine|Auch|Dies"
                                 r"|Diese|Dieser|Und|Aber|Doch|So|Nun|Jetzt|Heute|Dabei|Danach)\b)[A-ZÄÖÜ][a-zäöüß]")
_KEEP = (
    # Hauptstr. 5, Kopernikusstr. 1b, Wolfener Str. 32-34
    (re.compile(r"(?:\w(?:str|Str)|\bStr)\.$"), re.compile(r"^\d{1,4}\s?[a-zA-Z]?(?:\W|$)")),
    # "Wer das 100. Lebensjahr vollendet hat", "im 4. Stock", "die 5 000. Pressemitteilung": an ordinal after its
    # article or preposition.
    (re.compile(r"(?<!\S)(?:[Dd]as|[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Dd]es|[Zz]um|[Zz]ur|[Aa]m|[Ii]m|[Vv]om|[Bb]eim|[Ii]ns"
                r"|[Ii]hr(?:e|em|en|er|es)?|[Ss]ein(?:e|em|en|er|es)?|[Uu]nser(?:e|em|en|er|es)?)"
                r"\s\d{1,3}(?:[ .]?\d{3})*\.$"),
     re.compile(r"^[A-ZÄÖÜ][a-zäöüß]")),
    # "auf dem XXVIII. Sportbundtag": a Roman ordinal of two letters or more (no L or C: "in der XL. Sie kostet …",
    # "über die CLI. Eine …" end there), a noun after it, not a sentence's first word
    (re.compile(r"(?<!\S)(?:[Dd]as|[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Dd]es|[Zz]um|[Zz]ur|[Aa]m|[Ii]m|[Vv]om|[Bb]eim)"
                r"\s[IVX]{2,7}\.$"),
     _NOUN_AFTER_ORDINAL),
    (re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{1,6})*:\s*\d[\d/-]*\.$"), re.compile(r"^")),  # POL-HH: 230929-3. …
    # 9:30 a.m. CT, 10:00 a.m. Central Time, 11:00 a.m. Eastern, 8:00 a.m. (CT)
    (re.compile(r"\b[ap]\.\s?m\.$", re.IGNORECASE),
     # ("… 10 a.m. Eastern Michigan University will …" ends there: without "Time" the zone needs a mark after it)
     re.compile(r"^\(?(?:[ECMP][SD]?T|GMT|UTC|CES?T|BST|AE[SD]T"
                r"|(?:Central|Eastern|Pacific|Mountain|Atlantic)(?:(?: Standard| Daylight)? Time\b|(?=[,.;)])"
                r"|(?=\s(?:on|to|until|and)\s)))")),
    (re.compile(r"\w-[A-Z][a-z]{1,3}\.$"), re.compile(r"^\d")),                   # Telefon-Nr. 07392/96300
    # Cision Ltd. (NYSE: …      Steeler, Inc. – Located in Seattle …
    (re.compile(r"\b(?:Ltd|Inc|Corp|Co|Plc|LLC|Bros|N\.V|B\.V|S\.A)\.$"), re.compile(r"^(?:\(|[–—]\s)")),
    (re.compile(r"\b(?:Dr|Dipl|Prof)\.-[A-Z][a-z]{1,4}\.$"), re.compile(r"^")),   # Prof. Dr.-Ing. Engelbert …
    # "PD Dr. med. Peter Muster", "Dr. sc. nat. Hans-Ulrich Huber": a degree after Dr. before a name (a first name and a
    # surname; "… promovierte zum Dr. rer. nat. Anschließend wechselte …" ends there)
    (re.compile(r"\b(?:Dr|Prof)\.(?:\s?(?:med|rer|phil|nat|oec|jur|vet|dent|theol|sc|pol|habil|h\.\s?c)\.)+$"),
     re.compile(r"^[A-ZÄÖÜ][\w'’-]+\s(?:van |von |de |der )?[A-ZÄÖÜ]")),
    # "die OÖ. Gebietskrankenkasse": a state's abbreviation after an article names its institution ("für ganz NÖ.
    # Anträge …" ends a sentence)
    (re.compile(r"(?<!\S)(?:[Dd](?:ie|er|as|en|em|es)|[Ee]ine[mnrs]?)\s(?:OÖ|NÖ|Oö|Nö)\.$"), re.compile(r"^[A-ZÄÖÜ]")),
    # "der evang.-luth. Pfarrer", "röm.-kath. Kirche": two abbreviations joined by a hyphen, the second in lower case
    # (weekdays are not: "geöffnet Mo.-Fr. Am Wochenende …" ends there)
    (re.compile(r"(?<![^\s(])[A-Za-zäöü][a-zäöü]{2,5}\.-[a-zäöü]{3,6}\.$"), re.compile(r"^")),
    # "über 4 Mill. Euro", "1,2 Mia. CHF": the abbreviation before its currency ("Sie heißt Mia. Sie kam …" ends)
    (re.compile(r"\d(?:[.,]\d+)?\sMia\.$"), re.compile(r"^(?:CHF|Franken|Euro|EUR|€|Dollar|US-Dollar|USD)\b")),
    (re.compile(r"\bMill\.$"), re.compile(r"^(?:Euro|EUR|€|Dollar|US-Dollar|Franken|CHF|Schilling|DM|Mark|Pfund)\b")),
    # 'Die Comedy-Show "Kaya Yanar Live! Made in Germany" erreichte …': a quoted title's mark, its closing quote and
    # the sentence going on in lower case after it ('"Was nun? Sagte er." Dann …' ends at the mark)
    (re.compile(r"(?:^|\s)[„\"“«][^„\"“”«»]{1,60}[!?]$"), re.compile(r"^[^„\"“”«».!?]{1,60}[”“\"»]\s+[a-zäöüß]")),
    # "kunt u contact opnemen met Defensie, t. 030 2180420": the telephone's t. before its number ("dat was 't. 25
    # jaar …": the clitic ends a sentence)
    (re.compile(r"(?:^|[\s,(])t\.$"), re.compile(r"^\d{2,}[\d /-]{4,}")),
    # "Yum! Brands", "Yahoo! Inc.": a brand's exclamation mark is part of its name
    (re.compile(r"\b(?:Yahoo|Yum|Jeopardy|Joomla|Wahoo|Yippy)!$"), re.compile(r"^[A-Z]")),
    # "prof.dr.ir. Wil van der Aalst", "dr.ir. Jan de Vries": academic titles glued into one chain before a name
    (re.compile(r"(?<!\S)(?:(?:prof|dr|ir|ing|mr|drs|ds|dipl|mag|em|lic)\.){2,}$", re.IGNORECASE), re.compile(r"^")),
    (re.compile(r"(?<!\S)\d{1,2}\.$"), re.compile(rf"^(?:{_MONTHS})\b")),              # am 01. März 2016
    # "1. Consumer Council media contact: …": a numbered note's number opens its sentence
    (re.compile(r"^\s*\d{1,2}\.$"), re.compile(r"^")),
    (re.compile(r"(?<!\S)\d{1,2}\.\s?[-–]\s?\d{1,2}\.$"), re.compile(rf"^(?:{_MONTHS})\b")),   # vom 9.-12. April
    # "kam als 1.000. Baby zur Welt": an ordinal after "als" ("mehr als 1000. Das ist …" ends a sentence)
    (re.compile(r"(?<!\S)(?<!mehr )(?<!weniger )(?<!mindestens )(?<!höchstens )(?<!knapp )(?<!rund )(?<!fast )"
                r"[Aa]ls\s\d{1,3}(?:[ .]?\d{3})*\.$"),   # ("Als 120. Schritt der Initiative …")
     _NOUN_AFTER_ORDINAL),
    # "P. v.d. Holst", "J. v. d. Ploeg": the Dutch "van de(r)" shortened before the surname
    (re.compile(r"(?<!\S)v\.\s?d\.$"), re.compile(r"^[A-Z]")),
    # "am Sonntag, dem 10.10. 2010, sein …": a day and month, then the year after a space and before a comma or word
    (re.compile(r"(?<!\S)\d{1,2}\.\d{1,2}\.$"), re.compile(r"^(?:19|20)\d{2}(?:[,;)]|\s+[a-zäöüß])")),
    # 'mit der sog. "Enkeltrick"-Masche', 'in Rtg. "Schwarze-Katz-Kreisel"': an abbreviation no sentence ends on,
    # before a quoted name (Moses breaks before any opening quote after a full stop).
    (re.compile(r"(?<![^\s(])(?:sog|zgn|Rtg|bzw|ca|vgl|gem|lt|bzgl|Fa|resp|approx|incl|o\.\s?g|z\.\s?B|u\.\s?a)\.$"),
     re.compile(r"^[\"'„“”‚‘’«»]")),
    # "at 4 p.m. March 9 in Rackham", "at 10 a.m. Tuesday, June 2": an American time before its day.
    (re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.\s?m\.$", re.IGNORECASE),
     re.compile(rf"^(?:(?:{_MONTHS}|{MONTH_ABBREVIATIONS})\.?\s\d{{1,2}}\b|(?:{_WEEKDAYS})\b(?!')"
                rf"|\d{{1,2}}\s(?:{_MONTHS})\b)")),   # "from 7 p.m. 25 March to 5 a.m. 29 March"
)


# Abbreviations a full stop glued to the next word does not end ("ggf.THW-Kräfte", "bzw.Öffentliche").
_GLUED_ABBREVIATIONS = r"(?i:ggf|bzw|vgl|gem|usw|etc|evtl|inkl|zzgl|bspw|insb|sog|gegr|mind|tel|ca|lt)"


def _split_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    openers = _openers(lang)
    pronouns = "|".join(PRONOUNS_BY_LANGUAGE.get(lang, ("(?!)",)))
    patterns = [
        # "Martien R. Die is hoofdverdachte": a name, an initial, then a sentence opener.
        re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+\s[A-Z]\.(?P<gap>\s+){openers}"),
        # "… in het comité A. Hij voegde …": a committee's or a list's letter ends the sentence before a pronoun.
        re.compile(rf"\b[a-zäöüßéè]{{2,}}\s[A-Z]\.(?P<gap>\s+)(?:{pronouns}){_WORD_END}"),
        # "betrug 209 km/h. Die Polizei": a unit after a slash ends the sentence before a capital.
        re.compile(r"\d\s?[a-zA-Z]{1,3}/[a-z]{1,3}\.(?P<gap>\s+)(?=[A-ZÄÖÜ])"),
        # "… including insider buying participation. $41,600 (520,000 units) of …": a sentence opening with an amount.
        re.compile(r"[a-zäöüß]{4}(?<![Aa]pprox)(?<!incl)(?<!excl)(?<!resp)(?<!inkl)(?<!zzgl)(?<!insg)(?<!mind)(?<!ges)"
                   r"[.!?](?P<gap>\s+)(?=[$€£]\s?\d)"),
        # "… met haar nieuwe partner, M.S. M.S. zou door de groep …": initials printed twice end one sentence and
        # open the next.
        re.compile(r"(?<![\w.])(?P<initials>(?:[A-Z]\.){2,4})(?P<gap>\s+)(?P=initials)(?=\s)"),
        # "So ist es. - Guten Tag!": a dash after a finished sentence opens the next one.
        re.compile(r"[a-zäöüß]{2}[.!?](?P<gap>\s+)(?=[-–—]\s+[A-ZÄÖÜ])"),
        # "… naar de Westerschelde.De waterpeilen …": the space after a full stop lost. A whole word on each side,
        # so neither "z.B." nor an address ("Vivian.Kramer@…", "www.Bund.de") is cut.
        # ("… zu sehen ist.ZDF-Programmdirektorin …": an initialism's compound opens the next sentence)
        # (not after an abbreviation: "ggf.THW-Kräfte", "bzw.Öffentliche")
        re.compile(rf"(?<![\w@/.:-])(?!{_GLUED_ABBREVIATIONS}\.)[A-Za-zÄÖÜäöüß][a-zäöüß-]*[a-zäöüß]{{2}}[.!?](?P<gap>)"
                   r"(?=[A-ZÄÖÜ][a-zäöüß]+[\s,;:]|[A-ZÄÖÜ]{2,5}-[A-ZÄÖÜ][a-zäöüß]+[\s,;:])"),
        # (a quotation mark glued between the full stop and the next sentence: see _GLUED_QUOTE)
    ]
    if lang == "en":
        # "… in the combination arm of the study.1 The data will …": a footnote's number after the full stop (after
        # a whole word: "Fig.1", "Vol.2" are references).
        patterns.append(re.compile(r"(?:[a-z]{4}|\))[.!?][\"”]?\d{1,2}(?P<gap>\s+)(?=[A-Z][a-z]*\s)"))
    if lang == "nl":
        # "… gesprekken. 's Ochtends is hij …": a sentence may open with the clitic 's ("'s Avonds").
        patterns.append(re.compile(r"[a-zäöüß)\"”]{1}[.!?](?P<gap>\s+)(?='s[ -][A-Za-z])"))
    if lang == "de":
        # "im Landhaus 1. Um Menschenansammlungen …": a number after a word (not a list label "Punkte: 1.").
        patterns.append(re.compile(rf"\b[\wäöüß]{{2,}}\.?\s\d{{1,4}}\.(?P<gap>\s+){openers}"))
        # "Stadtgebiet, 14.06.2007, 19.00 Uhr Die Gewitterfront …": a police report's place-and-time header glued to
        # its first sentence; an article is capitalised only where a sentence starts.
        patterns.append(re.compile(r"\d{1,2}[.:]\d{2}\s?Uhr(?P<gap>\s+)(?=(?:Der|Die|Das|Ein|Eine|Am|Im)\s)"))
    return tuple(patterns)


_SPLITS = {lang: _split_patterns(lang) for lang in SENTENCE_OPENERS_BY_LANGUAGE}
MAX_KEEP_CONTEXT = 200
_MAY_SPLIT = re.compile(r"[.!?]\s|Uhr\s|[a-zäöüß][.!?][A-ZÄÖÜ\"”“„«]|[.!?]\d{1,2}\s")


# '… bringen."Essens Oberbürgermeister …', '… zurück.„Es freut uns …': a mark between a full stop and the next
# sentence closes a quotation that is open before it in the paragraph, and opens the next one otherwise ('…
# abfließen."Der in Wallsee …", …'). ” always closes and „ always opens; a straight mark is open after an odd number
# of them (an inch mark after a figure, '11" Display', is none); German “ closes a „ and otherwise opens (as in
# English); « closes a » (German) and otherwise opens (Swiss «…»).
_GLUED_QUOTE = re.compile(r"(?<![\w@/.:-])[A-Za-zÄÖÜäöüß][a-zäöüß-]*[a-zäöüß]{2}[.!?](?P<mark>[\"“«”„])"
                          r"(?=[A-ZÄÖÜ][a-zäöüß]+[\s,;:])")
_STRAIGHT_MARK = re.compile(r'(?<!\d)"')


def _quote_open(before: str, mark: str) -> bool:
    if mark in "”„":
        return mark == "”"
    if mark == '"':
        return len(_STRAIGHT_MARK.findall(before)) % 2 == 1
    if mark == "“":
        return before.count("„") > before.count("“")
    return before.count("»") > before.count("«")


def _glued_quote_cuts(text: str, start: int, sentence: str) -> set[int]:
    cuts = set()
    for match in _GLUED_QUOTE.finditer(sentence):
        mark = match.start("mark")
        cuts.add(match.end() if _quote_open(text[:start + mark], match["mark"]) else mark)
    return cuts


def adjust(text: str, bounds: Bounds, lang: str) -> Bounds:
    """``bounds`` (sentence spans into ``text``) with the keep-together and split rules applied."""
    if len(bounds) > 1:
        bounds = _keep_together(text, bounds)
    patterns = _SPLITS.get(lang)
    if patterns is None:
        return bounds
    adjusted: Bounds = []
    for start, end in bounds:
        sentence = text[start:end]
        if not _MAY_SPLIT.search(sentence):
            adjusted.append((start, end))
            continue
        cuts = sorted({match.start("gap") for pattern in patterns for match in pattern.finditer(sentence)}
                      | _glued_quote_cuts(text, start, sentence))
        cursor = start
        for cut in cuts:
            # (every end pattern is anchored at the end: the tail is enough, and keeps long paragraphs linear)
            if _keeps(sentence[max(0, cut - MAX_KEEP_CONTEXT):cut], sentence[cut:cut + MAX_KEEP_CONTEXT].lstrip()):
                continue
            adjusted.append((cursor, start + cut))
            cursor = start + cut
            while text[cursor].isspace():
                cursor += 1
        adjusted.append((cursor, end))
    return adjusted


def _keeps(before: str, after: str) -> bool:
    return any(end.search(before) and begin.match(after) for end, begin in _KEEP)


def _keep_together(text: str, bounds: Bounds) -> Bounds:
    merged = [bounds[0]]
    for start, end in bounds[1:]:
        previous_start, previous_end = merged[-1]
        if _keeps(text[previous_start:previous_end], text[start:end]):
            merged[-1] = (previous_start, end)
        else:
            merged.append((start, end))
    return merged

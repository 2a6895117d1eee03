"""Paragraphs that a scraper, an archive or a wire glued together, taken apart again before roles are given.

A byline or a distributor's credit glued to the dateline, a "read more" link glued to the next teaser, a release
number or a timestamp in front of the dateline, an editor's code or a one-sentence press contact after the last
sentence, a flattened release whose contact block and footer run on in its last line, a title repeated after the
dateline. Every character stays, in order: only paragraph breaks are added.
"""

from __future__ import annotations

import re

from service.pipeline.dateline import NEWS_AGENCIES, is_wire_dateline, match_dateline
from service.pipeline.labels import CAPITALISED_CONTACT_OPENER, GLUED_READ_MORE, TRAILING_READ_MORE, is_signature

# A byline or a distributor's credit glued to the dateline that follows it on the same line.
_MARKUP_DEBRIS = r'"?\s*(?:[\w-]+="[^"]*"\s*){2,}/?>'   # the tail of a broken tag: ' WIDTH="0" ALT="">'
# "357 0 Kommentare MEG Energy moves …": a portal's counters glued to the title.
_GLUED = re.compile(rf"^(?P<credit>{_MARKUP_DEBRIS}|(?:van onze \w+ redactie|van onze verslaggevers?)\s+[-–—]"
                    r"|/[\w.-]+\.[a-z]{2,4}/\s*--"
                    r"|\d{1,2}u\d{2}(?:\s\d{1,4})?"   # "09u59 2 Leuven De …": a Flemish site's time and comment count
                    r"|(?:\d[\d.,]*\s+){1,2}(?:kommentare|comments|reacties|leser|lezers|views|aufrufe))\s+(?=[A-ZÄÖÜ])",
                    re.IGNORECASE)
# "Staatskanzlei - Pressemitteilung Nr.: 584/02 Magdeburg, den …": the release's number glued to its dateline.
# ("Landgericht Lüneburg PM Nr. 51/21": "PM" in capitals only)
RELEASE_NUMBER_LINE = re.compile(r"[^.!?]{0,40}?\b(?:pressemitteilung|presseinformation|persbericht|press release"
                                 r"|(?-i:PM))\s+(?:nr|no)\.?:?\s*[\d/-]+", re.IGNORECASE)
# The number with the press officer's surname after it ("… PM Nr. 51/21 Edinger") is one line: a single word after
# the number is no text glued to it.
SIGNED_RELEASE_NUMBER = re.compile(rf"{RELEASE_NUMBER_LINE.pattern}(?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)?",
                                   re.IGNORECASE)
_RELEASE_NUMBER = re.compile(rf"^(?P<credit>{RELEASE_NUMBER_LINE.pattern})\s+(?=[A-ZÄÖÜ]\S*\s)", re.IGNORECASE)
# A person's name as a signature: two or three capitalised words ("Alexandra Oberhuber", "Jan van Dijk" aside).
AUTHOR_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?: [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}"
# "… nimmt die Polizei entgegen. |erf": an ots editor's code after the last sentence, on the same line; or its
# author's name after a slash ("… gebeten. / Alexandra Oberhuber").
_TRAILING_CODE = re.compile(r"(?<=[.!?\"“”])\s+(?P<code>[|/][a-zäöü]{2,4}|/\s?" + AUTHOR_NAME
                            + r"|\([A-Z][A-Za-z]{0,3}\)|\([a-zäöü]{2,4}\)"
                            # "… liefern Komponenten. (ampnet/Sm)": an agency's code and its editor's
                            r"|\((?:ampnet|dpa|afp|apa|kna|epd|ddp|sid)/[A-Za-z]{1,4}\)"
                            r"|\*{3,}(?:\s*\((?:Schluss|Ende)\))?|\((?:Schluss|Ende|einde|end)\)|###|-0-"
                            # "… gerettet. ots/Feuerwehr Essen": a portal's credit of the wire and its sender
                            r"|ots/[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,3})$")
# "… Teilnahme. Rückfragen richten Sie bitte an presse@smk.sachsen.de.": the press contact in one sentence after the
# last one, on the same line (an e-mail address or a number in it).
_TRAILING_CONTACT = re.compile(
    rf"(?<=[.!?\"“”])\s+(?P<code>(?:{CAPITALISED_CONTACT_OPENER})\b(?:(?![.!?]\s+[A-ZÄÖÜ]).){{0,160}}?"
    r"(?:\S+@\S+\.\w+|\+?\d[\d /()-]{6,}\d)\.?)$")
# "08.01.2020 | Naturschutz: Landesregierung verdreifacht …": the date in front of the title.
# "16-01-2018: Verkeershinder i.v.m. …", "19.07.2024 - Newsletter der …": the same with a colon or a dash, in front
# of a title (before a sentence, as in "22.05.2018: Die Verantwortlichen … trafen sich.", the date is the dateline;
# before two words, as in "03-08-2017 - Parket Brussel", the line is the publisher's stamp).
# "Regionalverband Magdeburg/Börde/Harz": a branch and its regions joined by slashes, the label of a date
BRANCH_WITH_REGIONS = r"[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?/[A-ZÄÖÜ][\w/-]*"
# ("11.03.2021 | Regionalverband Magdeburg/Börde/Harz": the branch after the date is no title and stays on the
# date's line)
_DATED_TITLE = re.compile(r"^(?P<credit>\d{1,2}\.\d{1,2}\.\d{4}"
                          rf"(?=\s*\|(?!\s*{BRANCH_WITH_REGIONS}\s*$))"
                          r"|\d{1,2}[.-]\d{1,2}[.-]\d{4}(?=\s*:\s*\S.*(?<![.!?])$"
                          r"|\s[-–]\s+[A-ZÄÖÜ]\S*(?:\s+\S+){3,}(?<![.!?])$))\s*[|:–-]\s*(?=\S)")
# "14.11.2016 – 13:53 Berlin-Mitte (ots) - …": the portal's timestamp glued to the dateline.
_TIMESTAMP = re.compile(r"^(?P<credit>\d{1,2}\.\d{1,2}\.\d{2,4},?\s*[–-]?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)"
                        r"\s+(?=[A-ZÄÖÜ])")
# "3 May 2013 12:22Gewijzigd op 15 November 2020 03:23": the publication stamp glued to the edit stamp.
# ("19-06-2017Eind mei is …": a numeric date with the first sentence run into it)
_GLUED_STAMPS = re.compile(r"^(?P<credit>[^:]{6,40}?\d{1,2}[:.]\d{2}"
                           r"(?=(?:Gewijzigd|Bijgewerkt|Updated|Aktualisiert|Geändert|Zuletzt)\b)"
                           # (only before a sentence: "01.05.2024Maifeier im Stadtpark" is a programme's item)
                           r"|\d{1,2}([-./])\d{1,2}\2(?:19|20)\d{2}(?=[A-ZÄÖÜ][a-zäöüß]+\s[^\n]*[.!?][\"”“’]?$))")
# "Sehr geehrte Redaktion!Graz (29. Jänner 2025).- …": the letter's salutation glued to the dateline.
_SALUTATIONS = (r"(?:Sehr geehrte (?:Redaktion|Damen und Herren)|Liebe Kolleginnen und Kollegen|Geachte redactie"
                r"|Dear (?:[Ee]ditor|[Cc]olleagues))[!,.:]")
SALUTATION_LINE = re.compile(_SALUTATIONS)
_SALUTATION = re.compile(rf"^(?P<credit>{_SALUTATIONS})\s*(?=[A-ZÄÖÜ])")
# ("/EIN News/ -- LATHAM, N.Y., March 30, 2021 (GLOBE NEWSWIRE) -- …": a reprint site's mark between slashes)
# ("(MENAFN- GlobeNewsWire - Nasdaq) Melville, NY, Feb. 23, 2026 (GLOBE NEWSWIRE) -- …": MENAFN's source note)
_PORTAL_MARK = re.compile(r"^(?P<credit>\([\w-]{2,20}\)\s*[-–—]|/[A-Z][\w .-]{1,30}/\s*(?:--|[-–—])"
                          r"|\(?MENAFN\s?-[^()]{1,60}\))\s+(?=[A-Z])")
_RELEASE_MARK = re.compile(r"^(?P<credit>for immediate release\s*[-–—:]+)\s*(?=[A-Z])", re.IGNORECASE)
_DASHED_SUBTITLE = re.compile(r"^(?P<credit>[-–—]\s\S[^–—]{8,240}?\s[-–—])\s+(?=[A-Z])")
# "Fotos: TBF/Holger Kröger – Lübeck (ots) – …": a picture's credit in front of the dateline.
_PHOTO_CREDIT = re.compile(r"^(?P<credit>(?:fotos?|bilder?|photos?|beeld|foto's)\s*:\s*[^–—:.!?]{2,60}?\s[-–—])"
                           r"\s+(?=\S)", re.IGNORECASE)
# Every place after a sentence where the rest of the paragraph could be something glued on.
_AFTER_SENTENCE = re.compile(r"(?<=[.!?\"“”])\s+(?P<code>[A-ZÄÖÜ][^.!?]*)$")
# Labels that open a contact block or a wire footer: even inside a line, they start one.
BLOCK_LABELS_BY_LANGUAGE = {
    "de": ("Rückfragen bitte an:", "Rückfragen an:", "Pressekontakt:", "Medienkontakt:", "Original-Content von:",
           "ots Originaltext:", "Digitale Pressemappe:"),
    "nl": ("Voor meer informatie:", "Noot voor de redactie:", "Persvragen:"),
    "en": ("Media contact:", "Media contacts:", "Press contact:", "Investor contact:", "Original content of:"),
}
_LABELS = "|".join(re.escape(label) for labels in BLOCK_LABELS_BY_LANGUAGE.values() for label in labels)
# Case matters: the labels are printed capitalised; "für Rückfragen" inside a sentence is no label.
_BLOCK_START = re.compile(rf"\s+(?=(?:{_LABELS}))")
_BLOCK_LABEL = re.compile(rf"^(?:{_LABELS})")
_FOOTER_LABEL = re.compile(r"^(?:Original-Content von|Original content of|ots Originaltext|Digitale Pressemappe):")
# The fields of a flattened contact block: each starts a line of its own.
_FIELD_START = re.compile(r"\s+(?=(?:Telefon|Tel\.|Fax|Mobil|E-Mail|Email|Internet|Web|Twitter|Phone|Mobile)\s*:)")
MAX_REPEATED_TITLE_WORDS = 40
MIN_SENTENCE_WORDS = 5
_TERMINAL = re.compile(r"[.!?…:][\"'”’»)\]]*$")


def unglue(paragraphs: list[str]) -> list[str]:
    """The paragraphs with what was glued to them split off: a credit, link, number, date or timestamp in front
    ("/EINPresswire.com/ -- SANTA CLARA, CA--(Marketwired …)"), an editor's code, end mark or link behind the last
    sentence ("… entgegen. |erf"), a flattened contact block or footer, a title repeated after the dateline."""
    result: list[str] = []
    for text in paragraphs:
        for piece in _unflatten(text):
            match = _GLUED.match(piece) or GLUED_READ_MORE.match(piece) or _RELEASE_NUMBER.match(piece) \
                or _DATED_TITLE.match(piece) \
                or _timestamp_before_dateline(piece) or _credit_before_dateline(piece) \
                or _subtitle_before_wire_dateline(piece) or _GLUED_STAMPS.match(piece) or _SALUTATION.match(piece)
            if match:
                result.append(match["credit"])
                piece = piece[match.end():].lstrip()
            code = _TRAILING_CODE.search(piece) or TRAILING_READ_MORE.search(piece) or _TRAILING_CONTACT.search(piece) \
                or _trailing_signature(piece)
            # Only after a sentence, and never an agency: "Wangen i. A. (ots)" is a dateline.
            if code and len(piece[:code.start()].split()) >= MIN_SENTENCE_WORDS \
                    and code["code"].strip("()").casefold() not in NEWS_AGENCIES:
                result.extend([*_repeated_title(piece[:code.start()].rstrip(), result), code["code"]])
            else:
                result.extend(_repeated_title(piece, result))
    return result


def _trailing_signature(text: str) -> re.Match[str] | None:
    """"… sachdienliche Hinweise geben? Monnet Staatsanwältin Staatsanwaltschaft Dessau-Roßlau Wendland …": who
    signs the release, glued after its last sentence."""
    for match in _AFTER_SENTENCE.finditer(text):
        if is_signature(match["code"]):
            return match
    return None


def _timestamp_before_dateline(text: str) -> re.Match[str] | None:
    match = _TIMESTAMP.match(text)
    return match if match and match_dateline(text[match.end():].lstrip()) else None


def _credit_before_dateline(text: str) -> re.Match[str] | None:
    match = _PHOTO_CREDIT.match(text)
    if match and match_dateline(text[match.end():]):
        return match
    # "For Immediate Release—New York, NY, October 16, 2017 — …": the release's label glued to a place's dateline
    # ("FOR IMMEDIATE RELEASE - August 1, 2014 - …" with a date alone is one dateline, the FDA list's)
    label = _RELEASE_MARK.match(text)
    placed = match_dateline(text[label.end():]) if label else None
    if label and placed is not None and placed.place:
        return label
    # "(firmenpresse) - GATINEAU, QUEBEC -- (Marketwired) -- …": a portal's mark in front of the wire's dateline.
    portal = _PORTAL_MARK.match(text)
    return portal if portal and is_wire_dateline(text[portal.end():]) else None


def _subtitle_before_wire_dateline(text: str) -> re.Match[str] | None:
    """"- Company Plans to Request Timely Hearing - FREMONT, Calif., March 28 /PRNewswire-FirstCall/ -- …": a wire's
    subtitle between dashes, run into the dateline when the hard-wrapped lines were joined."""
    match = _DASHED_SUBTITLE.match(text)
    return match if match and is_wire_dateline(text[match.end():]) else None


def _unflatten(text: str) -> list[str]:
    """A release whose line breaks a scraper removed: its contact block and wire footer start again on lines of
    their own ("… entgegen. Rückfragen bitte an: … Telefon: 030 … Original-Content von: …")."""
    pieces = [piece for piece in _BLOCK_START.split(text) if piece]
    if len(pieces) == 1:
        return pieces
    result: list[str] = []
    for piece in pieces:
        label = _BLOCK_LABEL.match(piece)
        if label is None or _FOOTER_LABEL.match(piece):
            # The release itself ("Telefon: 110" in a sentence stays in it), or the wire's one-line footer.
            result.append(piece)
            continue
        result.append(piece[:label.end()])
        result.extend(part for part in _FIELD_START.split(piece[label.end():].lstrip()) if part)
    return result


# After a company's name: its ticker, an apposition or the rest of its registered name ("Redback Networks" / "Inc.").
_LOWER_WORD = re.compile(r"[a-zäöüß]+(?:\s|[,.;:]|$)")
_NAME_GOES_ON = re.compile(r"\s*(?:[(,]|(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|AG|GmbH|N\.V|B\.V|S\.A|SE)\b)")


def _repeated_title(text: str, above: list[str]) -> list[str]:
    """A flattened release repeats its title after (or before) the dateline ("Magdeburg, den 18. September 2002
    Ministerpräsident Böhmer: "…" Der Einstieg …"): dateline, title and body become paragraphs of their own."""
    titles = [title for title in above
              if len(title.split()) <= MAX_REPEATED_TITLE_WORDS and not _TERMINAL.search(title)]
    dateline = match_dateline(text)
    if dateline is None:
        # "Acme Reports Record Results BURNABY, BC, Aug. 16 /CNW/ - …": the title repeated in front of the dateline.
        for title in titles:
            if text.startswith(f"{title} ") and match_dateline(text[len(title):].lstrip()) is not None:
                return [title, text[len(title):].lstrip()]
        return [text]
    rest = text[len(dateline.raw):].lstrip()
    for title in titles:
        # "… 2006—Progress Software Corporation (Nasdaq: PRGS), a supplier …": a name from the contacts above, the
        # subject of the first sentence, with its ticker or its apposition after it.
        # ("… 2004—Electronic Arts today announced …": the sentence goes on in a lower-case word after the name;
        # "eBay Inc.", "iRobot Corp." are names)
        after = rest[len(title):].lstrip()
        if rest.startswith(f"{title} ") and not _NAME_GOES_ON.match(rest[len(title):]) \
                and not _LOWER_WORD.match(after):
            return [dateline.raw, title, after]
    return [text]

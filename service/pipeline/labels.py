"""Lines that label a page rather than say something, and the phrases that recognise them, per language.

A section's name ("Landelijk nieuws", "Press Releases", "Nieuwsberichten op Rijksoverheid.nl"), a document type
("Persbericht", "Im Wortlaut"), a link text ("Zurück"), a wire service's note ("N i e u w bericht, vervangt: …"),
a transcript's catalogue line ("PRESSEKONFERENZ/1005: …"), speaker list and chapter marks ("00:15 Beginn"). A page
that repeats a document-type label or a "read more" link lists several items: it has no headline of its own.
The registries are dicts per language: adding a language adds an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from service.pipeline.dateline import NEWS_AGENCIES, match_dateline
from service.pipeline.dates import is_date_line

NAVIGATION_PHRASES_BY_LANGUAGE = {
    "en": ("all news", "news", "back", "back to news", "back to overview", "home", "homepage", "print", "share",
           "skip to main content", "skip to content", "skip navigation", "connect with us", "follow us",
           "news home", "subscribe", "subscribe to news", "advertisement", "sponsored", "for immediate release",
           "donate", "donate now", "donate today", "shopping cart", "add to favourites", "add to favorites",
           "view details", "news header", "header image",
           "post a comment", "no comments", "newer post", "older post", "close menu", "menu close",
           "attachments", "downloads", "table of contents", "archive",
           "related", "more", "top of page", "back to top button", "view full album", "view album",
           "grant and award announcement",
           "meeting announcement", "business announcement",
           "book announcement", "please enter your comment", "please enter your name here", "select a page",
           "download vcard",
           "share this", "share this article", "permalink", "quick exit", "exit this site", "quickly exit this site",
           "log in", "login", "sign in", "sign up", "register", "leave a comment", "leave a reply",
           "report this content", "sponsored content", "promoted content", "x (formerly twitter)",
           "skip to navigation", "skip links and keyboard navigation",
           "back to top", "view gallery", "photo gallery", "filter items", "filter",
           "notification settings", "advanced search", "search", "attachment",
           "read more", "more news", "related news", "latest news", "next", "previous", "top", "menu",
           "printer friendly", "printer friendly version", "printer-friendly version", "print this page",
           "email this page", "close window", "close", "rss", "rss feed", "news centre", "news center", "newsroom",
           "media centre", "media center", "press room", "pressroom", "media room", "today's news", "today’s news",
           "get in touch",
           "top stories", "breaking news", "trending now", "most read", "most popular", "featured stories",
           "featured", "editor's picks", "editor’s picks", "loading...", "loading", "search articles",
           "welcome back!", "welcome back", "news image", "body", "social media share tools", "deel artikel",
           "load comments", "show comments", "feature story", "cookies", "keywords",
           "tags", "news highlights", "get live data", "login to your account", "log in to your account",
           "browse latest view live", "share this", "go to home page", "loader", "thumbnail",
           "advertisements", "details", "more details", "content navigation", "main navigation", "font size",
           "text size", "please wait", "printable version", "print version",
           # a distributor's and a paper's widgets: "You just read:", "Distribution channels:", "Hide Ad"
           "you just read", "distribution channels", "news search", "hide ad", "never miss a local story.",
           "add to flipboard magazine.", "contact our media team", "navigation", "source", "news archive",
           "comments", "article's main image", "article’s main image", "main image", "letter to the editor",
           "send a letter", "password", "save", "recent sedar documents",
           "toggle menu", "toggle navigation", "view printer-friendly version", "printer-friendly version",
           "news release archive", "press release archive", "media office archive",
           "news release text", "continue to site", "global navigation", "article category", "image description",
           "join our email list", "join our mailing list", "skip to page content", "error message",
           "embargoed", "followers", "on this page", "also posted in", "stay up to date", "enews signup",
           "e-news signup", "newsletter signup", "previous month", "next month", "members' area", "members area",
           "member login", "no posts found", "close search window", "close search", "ad", "advertisement hide ad",
           "read the full article", "email the editor"),
    "de": ("sprungmarken", "quelle", "artikelaktionen", "artikel-informationen", "artikelinformationen", "mail",
           "e-mail", "gefällt mir", "kommentare", "kommentar schreiben", "herunterladen", "drucken",
           "seite drucken", "diese seite drucken", "diese seite drucken (in neuem fenster)",
           "x (ehemals twitter)", "alle nachrichten", "alle meldungen", "nachrichten", "zurück",
           "zurück zur übersicht", "zum thema",
           "startseite",
           "zum inhalt springen", "direkt zum inhalt", "zum hauptinhalt", "zur navigation", "folgen sie uns",
           "direkt zu den inhalten springen", "zu den inhalten springen", "warenkorb",
           "zu merkzettel hinzufügen", "zum merkzettel hinzufügen", "auf den merkzettel",
           "newsletter abonnieren", "abonnieren", "anzeige", "zur sofortigen veröffentlichung", "menü schließen",
           "menü", "anhänge", "downloads", "vcard herunterladen", "schriftgröße", "textgröße", "schriftgrösse",
           "zur startseite", "zur unmittelbaren verbreitung", "zur sofortigen verbreitung",
           "inhaltsverzeichnis", "archiv", "meistgelesen", "meist gelesen", "diesen artikel teilen",
           "bildergalerie ansehen", "seite auswählen", "teile diesen beitrag", "teile diesen beitrag auf",
           "aus dem ressort",
           "artikel teilen", "anmelden", "einloggen", "registrieren", "seitenbeginn", "zur hauptnavigation",
           "zum seiteninhalt", "zum inhalt", "zur suche", "zum bilderbogen", "zur bildergalerie", "zur fotostrecke",
           "kommentar schreiben", "kommentar hinterlassen", "erweiterte suche", "suche", "anhang",
           "drucken", "teilen", "weiterlesen", "mehr lesen", "mehr nachrichten", "nach oben", "menü", "mehr",
           "druckversion", "seite drucken", "fenster schließen", "schließen", "schlagwörter", "stichwörter",
           "details", "mehr details", "navigation und service", "themen zu diesem artikel", "seiteninhalt",
           "cookie-einstellungen", "cookie-hinweis", "cookies verwalten", "sprungnavigation", "einsätze",
           "zur homeseite", "zur homepage", "polizeinews", "termine und seminare", "keine kommentare vorhanden",
           "keine kommentare", "einsatzdaten",
           "kommentar veröffentlichen", "empfehlen sie uns weiter", "bild-infos download", "pressearchiv",
           "zur vollversion des artikels", "idw-abo", "idw - informationsdienst",
           "einladung zur pressekonferenz", "bildbeschreibung", "newsarchiv", "liken und teilen", "fehlermeldung",
           "springe direkt zu", "springe zu", "zurücksetzen", "auf dieser seite", "bilder", "jetzt kommentieren",
           "weiterführender inhalt", "mitgliederbereich", "keine beiträge gefunden", "mehr dazu", "scrolle nach oben",
           "bild zum herunterladen"),
    "nl": ("lees de bijlage", "niet te missen", "laatste artikelen", "nieuwsarchief", "zoeken van a tot z",
           "geen berichten gevonden", "interessant voor jou", "afbeelding", "lees het volledig artikel",
           "lees het volledige artikel", "deel dit bericht", "kopieer link",
           "op deze pagina",
           "x (voorheen twitter)", "laat wat van je horen", "lettergrootte",
           "transcriptie",
           "nieuwsbrief", "contacteer ons", "neem contact op",
           "meer over",
           "afbeeldingen", "alle nieuws", "alle berichten", "nieuws",
           "terug", "terug naar overzicht", "home", "afdrukken",
           "winkelwagen", "toevoegen aan favorieten",
           "doorgaan naar hoofdcontent", "naar hoofdinhoud", "direct naar inhoud", "ga naar de inhoud", "volg ons",
           "overslaan en naar de inhoud gaan",
           "abonneren op nieuws", "abonneren", "advertentie", "aangeboden door onze partners",
           "voor onmiddellijke publicatie", "menu sluiten", "documenten in bijlage", "bijlagen", "vcard downloaden",
           "deel dit artikel", "selecteer een pagina", "inloggen",
           "registreren", "vindplaats van dit bericht", "geef een reactie",
           "inhoudsopgave", "archief", "meest gelezen", "meest bekeken", "meest recent", "terug naar nieuws",
           "bekijk meer over", "laat een reactie achter", "vul alstublieft uw commentaar in", "vul hier uw naam in",
           "vul hier uw e-mailadres in", "nieuws tips", "nieuwstips", "afbeelding is niet meer beschikbaar",
           "plaats een reactie", "reageer", "naar navigatie", "naar zoeken", "bekijk de fotoalbum", "zoeken",
           "uitgebreid zoeken", "bijlage",
           "delen", "volgen", "lees meer", "meer nieuws", "naar boven", "menu", "vorige", "volgende",
           "printversie", "pagina afdrukken", "sluit venster", "venster sluiten", "sluiten", "naar overzicht",
           "terug naar het overzicht", "reageer op dit item", "nieuws archief", "nieuwsarchief", "verouderde browser",
           "of gebruik het contactformulier"),
}
# "< Vorige bericht", "Next article »": a link to the item before or after this one.
PAGER_WORDS_BY_LANGUAGE = {"en": ("previous", "next", "older", "newer"),
                           "de": ("vorherige", "vorheriger", "vorheriges", "nächste", "nächster", "nächstes"),
                           "nl": ("vorige", "volgende", "vorig", "volgend")}
PAGER_ITEMS_BY_LANGUAGE = {"en": ("post", "story", "item", "news", "article"),
                           "de": ("beitrag", "meldung", "nachricht", "artikel"), "nl": ("bericht", "item", "artikel")}
# What a page calls the document it shows: a label above the title, repeated above each item of a listing.
DOCUMENT_TYPES_BY_LANGUAGE = {
    "en": ("press release", "press releases", "news release", "news releases", "media release", "media releases",
           "release",
           "article", "news article", "news story", "statement", "transcript", "blog post"),
    "de": ("pressemitteilung", "pressemitteilungen", "pressemeldung", "pressemeldungen", "presseinformation",
           "presseaussendung",   # Austrian
           "presseerklärung", "presseerklärungen",
           "medienmitteilung", "medienmitteilungen", "medieninformation", "mediencommuniqué",   # Swiss
           "mediencommuniqués",
           "artikel", "im wortlaut", "mitschrift", "wortprotokoll", "archivierter artikel", "pressestatement",
           "einsatzbericht",   # a fire brigade's operation report
           "mitteilung", "pm",
           "communiqué de presse", "comunicato stampa"),   # a Swiss office's French or Italian label above the German
    "nl": ("persbericht", "persberichten", "nieuwsbericht", "nieuwsberichten", "nieuwsartikel", "artikel",
           "verklaring"),
}
# A section of a site: its word for news, maybe qualified ("Landelijk nieuws") or placed ("… van de Overheid").
SECTION_WORDS_BY_LANGUAGE = {
    "en": ("news", "press releases", "news releases", "media releases", "media statements",
           "newsroom", "press room", "articles", "announcements", "news stories", "news and announcements",
           "news and events", "news & events",
           "public service announcements", "news flash", "news flash home"),
    "de": ("nachrichten", "meldung", "meldungen", "pressemitteilungen", "pressemeldungen", "presseinformationen",
           "aktuelles", "neuigkeiten"),
    "nl": ("nieuws", "nieuwsberichten", "persberichten", "berichten", "actueel", "pers"),
}
SECTION_QUALIFIERS_BY_LANGUAGE = {
    "en": ("latest", "all", "local", "national", "recent", "more", "political", "business", "world", "sports"),
    "de": ("aktuelle", "alle", "neueste", "weitere", "regionale", "mehr", "politische"),
    "nl": ("landelijk", "regionaal", "binnenlands", "buitenlands", "laatste", "alle", "lokaal", "meer", "politiek",
           "sport", "regio"),
}
SECTION_LINKS_BY_LANGUAGE = {"en": ("from", "of", "on", "at"), "de": ("aus", "der", "des", "von", "vom"),
                             "nl": ("van", "op", "uit", "bij")}
# The link under each teaser of a listing, sometimes glued to the next teaser ("WeiterlesenAn diesem Freitag").
READ_MORE_BY_LANGUAGE = {"en": ("read more", "continue reading", "show full article", "view the full news release",
                                "view the full release", "read the full release"),
                         "de": ("weiterlesen", "mehr lesen"),
                         "nl": ("lees meer", "lees verder", "meer lezen")}
# "Sprecher: StS Seibert, Jäger (BMF), …": who speaks in a transcript.
SPEAKER_LABELS_BY_LANGUAGE = {"en": ("speakers", "participants", "present"),
                              "de": ("sprecher", "sprecherinnen", "teilnehmer", "teilnehmende", "anwesend"),
                              "nl": ("sprekers", "deelnemers", "aanwezig")}
# An office's name and its place: "Landespolizeipräsidium Saarland", "Politie Oost-Brabant".
PUBLISHER_NAMES_BY_LANGUAGE = {
    "en": ("police department", "sheriff's office", "police service", "ministry of", "department of"),
    "de": ("polizeipräsidium", "landespolizeipräsidium", "polizeidirektion", "polizeiinspektion", "feuerwehr",
           "berufsfeuerwehr",
           "bundespolizeiinspektion", "bundespolizeidirektion", "landespolizeidirektion", "staatskanzlei",
           "polizeipressestelle", "landratsamt", "kreisverwaltung", "bezirksamt", "stadtverwaltung",
           "kantonspolizei", "stadtpolizei", "landespolizei"),
    "nl": ("politie", "politie eenheid", "openbaar ministerie", "gemeente", "provincie", "hogeschool", "universiteit"),
}
# The function of who signs a release: "Monnet Staatsanwältin Staatsanwaltschaft Dessau-Roßlau Wendland
# Pressesprecherin Polizeidirektion Sachsen-Anhalt Ost".
SIGNING_FUNCTIONS_BY_LANGUAGE = {
    "en": ("spokesperson", "spokesman", "spokeswoman", "press officer", "public information officer",
           "communications officer", "communications manager", "head of communications", "press relations manager",
           ),
    "de": ("pressesprecher", "pressesprecherin", "staatsanwalt", "staatsanwältin", "oberstaatsanwalt",
           "oberstaatsanwältin", "pressereferent", "pressereferentin", "polizeisprecher", "polizeisprecherin",
           "öffentlichkeitsarbeit", "unternehmenskommunikation"),
    "nl": ("woordvoerder", "woordvoerster", "persvoorlichter", "persvoorlichtster", "perswoordvoerder",
           "perswoordvoerster", "politiewoordvoerder", "communicatieadviseur", "perscontact", "persverantwoordelijke"),
}
# The fields of a police report's header ("Incident Type: Shooting", "Tatzeit: 01.06.2011, 15:53 Uhr").
REPORT_FIELDS_BY_LANGUAGE = {
    "en": ("incident type", "incident", "location", "reporting pio", "reporting officer", "case number",
           "station ground", "incident number", "report number", "in attendance", "date", "time",
           "date/range", "short abstract"),   # an archive's filing: "Date/Range: 18-MAR-2003"
    "de": ("tatort", "tatzeit", "alarmstichwort", "einsatzstichwort", "einsatzort", "einsatzzeit", "aktenzeichen",
           "vorgangsnummer", "ereignisort",
           "lfd. nr.", "laufende nummer",
           # a fire brigade's operation report: "Alarmierungsart: Voll – Alarm", "Einsatzart: hm1"
           "alarmierungsart", "alarmierung", "alarmzeit", "einsatzart", "einsatzstichwort", "einsatzdauer",
           "weitere kräfte", "eingesetzte kräfte", "einsatzbericht", "fahrzeuge",
           # the office that handles the case, under an Austrian police release: "Bearbeitende Dienststelle: PI Ischgl"
           "bearbeitende dienststelle", "zuständige dienststelle", "dienststelle"),
    "nl": ("locatie", "tijdstip", "zaaknummer", "pleegplaats", "pleegdatum"),
}
# A site's banner above the page ("Belangrijke notificatie" / "U kunt alleen nog op afspraak langskomen …").
NOTICE_LABELS_BY_LANGUAGE = {
    "en": ("important notice", "important message", "notice", "alert", "service notice"),
    "de": ("wichtiger hinweis", "wichtige mitteilung", "hinweis", "achtung", "aktueller hinweis"),
    "nl": ("belangrijke notificatie", "belangrijke mededeling", "belangrijk bericht", "let op", "mededeling"),
}
# A sentence handing over to the press office: "Rückfragen richten Sie bitte an presse@…", "Media inquiries: …".
# Written as printed at the start of a sentence (German nouns keep their capital).
CONTACT_SENTENCE_OPENERS_BY_LANGUAGE = {
    "en": ("For more information", "For further information", "Media inquiries", "Media enquiries", "Press inquiries",
           "For media inquiries", "For media enquiries", "For questions",
           "Press enquiries", "Media contact"),
    "de": ("Für Rückfragen", "Rückfragen"),
    "nl": ("Voor meer informatie", "Voor nadere informatie", "Persvragen", "Meer informatie bij",
           "Nadere informatie bij"),
}
# Words that make a short unpunctuated line a source line.
ATTRIBUTION_KEYWORDS_BY_LANGUAGE = {
    "en": ("press service", "press office", "press release", "press secretary", "news service"),
    "de": ("pressedienst", "pressestelle", "pressemitteilung", "pressemeldung", "presseamt", "informationsamt"),
    "nl": ("persdienst", "persbericht", "persvoorlichting", "persbureau", "voorlichtingsdienst"),
}
ATTRIBUTION_LABELS_BY_LANGUAGE = {
    "en": ("source", "sources", "reference", "credit", "photo", "via"),
    "de": ("quelle", "quellen", "newsquelle", "aussender", "referenz", "foto", "bild"),
    "nl": ("bron", "bronnen", "referentie", "foto", "beeld"),
}


def _all(registry: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(phrase for phrases in registry.values() for phrase in phrases)


def _alternatives(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True))


# Compared with casefolded lines: "Menü Schließen".casefold() is "menü schliessen".
NAVIGATION_PHRASES = frozenset(phrase.casefold() for phrase in _all(NAVIGATION_PHRASES_BY_LANGUAGE))
DOCUMENT_TYPES = frozenset(phrase.casefold() for phrase in _all(DOCUMENT_TYPES_BY_LANGUAGE))
NOTICE_LABELS = frozenset(phrase.casefold() for phrase in _all(NOTICE_LABELS_BY_LANGUAGE))
ATTRIBUTION_KEYWORDS = _all(ATTRIBUTION_KEYWORDS_BY_LANGUAGE)
# Inside a compound ("Polizeipressestelle") and with a genitive's ending ("des Pressedienstes"), but not both in a
# plural: "Bundestagung der Hochschulpressestellen vom 20. bis 22. September" names an event, not its source.
_ATTRIBUTION_KEYWORD = re.compile(rf"(?<![a-zäöüß])(?:{_alternatives(ATTRIBUTION_KEYWORDS)})"
                                  rf"|(?:{_alternatives(ATTRIBUTION_KEYWORDS)})(?!e?n\b)")
ATTRIBUTION_LABEL = re.compile(rf"^\(?(?:{_alternatives(_all(ATTRIBUTION_LABELS_BY_LANGUAGE))})\s*:\s*\S",
                               re.IGNORECASE)
_SECTION = re.compile(
    rf"^(?:[\w.-]+\s+[-–|:]\s+)?(?:(?:{_alternatives(_all(SECTION_QUALIFIERS_BY_LANGUAGE))})\s+)?"
    rf"(?:{_alternatives(_all(SECTION_WORDS_BY_LANGUAGE))})"
    rf"(?:\s+(?:{_alternatives(_all(SECTION_LINKS_BY_LANGUAGE))})\s+\S+(?:\s+\S+){{0,2}})?(?:\s+(?:19|20)\d{{2}})?$",
    re.IGNORECASE,   # "Medienmitteilungen 2006": an archive's year
)
# "Public Safety Blotter Articles", "Politie Nieuwsberichten", "CONVERGYS NEWS RELEASE": a site's own name for a
# section, or a company's for its document type, in title case or capitals.
_SECTION_OR_TYPE = _alternatives(_all(SECTION_WORDS_BY_LANGUAGE) + _all(DOCUMENT_TYPES_BY_LANGUAGE))
# "European Commission - Daily News": the publisher, a dash, then its section.
_NAMED_SECTION = re.compile(rf"^(?:[A-ZÄÖÜ][\w&'.-]*\s+(?:[-–|]\s+)?){{1,3}}(?:{_SECTION_OR_TYPE})$", re.IGNORECASE)
# "Informationen aus dem Bayerischen Innenministerium", "Neues aus dem Rathaus": a newsletter's masthead.
_MASTHEAD = re.compile(r"^(?:informationen|neues|neuigkeiten|updates|nieuws) (?:aus|vom|von|from|uit|van)\s\S.{2,60}$")
# Only the office's word ignores case: the words around it are names, so "Probleme bei der Stadtverwaltung behoben"
# (a title) is not an office.
# A force named by its region ends on its word ("NZ Police", "Thames Valley Police"): "Police Investigate Gunshots"
# is a title.
PUBLISHER_NAME = re.compile(rf"^(?:[A-ZÄÖÜ][\w.'-]*\s){{0,3}}(?i:{_alternatives(_all(PUBLISHER_NAMES_BY_LANGUAGE))})"
                            r"(?:\s[A-ZÄÖÜ][\w.'-]*){0,3}(?:\s\([A-Z][\w .'-]{2,30}\))?"   # "… (Pretoria)": its seat
                            r"(?:,\s[A-Z][\w.'-]*(?:\s(?:of|[A-Z][\w.'-]*)){0,4})?$"    # "…, Northern District of Iowa"
                            # "Polizei Schaffhausen", "Klinikum Nord", "Ziekenhuis St. Jansdal Harderwijk": the generic
                            # word first, a name after it ("Mehr Polizei" is a heading)
                            r"|^(?:Polizei|Klinikum|Ziekenhuis)(?:\s[A-ZÄÖÜ][\w.'-]*){1,3}$"
                            # a court, a prosecutor or a university over its notice: "Oberlandesgericht München",
                            # "Technische Hochschule Köln" (in capitals it is a title: "LANDGERICHT VERURTEILT …")
                            r"|^(?=.*[a-zäöüß])(?:[A-ZÄÖÜ][\w.'-]*\s){0,2}(?:Amtsgericht|Landgericht|Oberlandesgericht"
                            r"|Verwaltungsgericht|Oberverwaltungsgericht|Sozialgericht|Landessozialgericht"
                            r"|Arbeitsgericht|Landesarbeitsgericht|Finanzgericht|Landesgericht|Bezirksgericht"
                            r"|Staatsanwaltschaft|Generalstaatsanwaltschaft|Hochschule|Fachhochschule|Universität)"
                            r"(?:\s[A-ZÄÖÜ][\w.'-]*){0,3}$"
                            r"|^(?:[A-Z][\w.'-]*\s){1,3}(?:Police|(?i:Highway Patrol|State Patrol|State Police"
                            r"|Fire (?:and|&) Rescue Service))$"
                            # "U.S. Attorney's Office, Northern District of Iowa": the office and its district only
                            r"|^(?:[A-Z][\w.'-]*\s){1,3}Attorney[’']s Office"
                            r"(?:,\s[A-Z][\w.'-]*(?:\s(?:of|[A-Z][\w.'-]*)){0,4})?$"
                            # "The Catholic University of America", "University of California - Riverside"
                            r"|^(?:The\s)?(?:[A-Z][\w.'-]*\s)?(?:University|College)(?: of(?: the)? [A-Z][\w.'-]*"
                            r"(?: [A-Z][\w.'-]*){0,2})?(?:\s[-–]\s[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})?$"
                            # a company's or a foundation's name over its release: "Lockheed Martin Corporation",
                            # "The Sage Group plc", "Maritim Hotelgesellschaft", "Stichting Wakker Dier" (names only,
                            # each word a capital's: "Siemens übernimmt Muster AG" is a title; a title's verb: "Oracle
                            # Buys Sun Microsystems Inc.")
                            r"|^(?!.*\b(?:Buys|Acquires|Selects|Welcomes|Completes|Signs|Announces|Agrees|Joins|Wins"
                            r"|Übernimmt|Kauft|Erwirbt|Koopt|Neemt|Wint)\b)"
                            # ("Space Is Limited" is a heading; "Jahreshauptversammlung Turnverein Musterstadt e.V." an
                            # event's title)
                            r"(?!.*(?:versammlung|feier|fest|turnier|ehrung|konzert|markt|treffen)\b)"
                            r"(?:The\s)?(?:[A-ZÄÖÜ][\w.&'-]*\s){1,4}(?:Corporation|Inc\.|plc|PLC|(?<!Is\s)(?<!Are\s)Limited"
                            r"|GmbH|AG|SE|KGaA|N\.V\.|B\.V\.|e\.\s?V\.|(?:Hotel|Verkehrs|Wohnungsbau|Beteiligungs"
                            r"|Verwaltungs|Betriebs|Handels)gesellschaft)$"
                            r"|^Stichting(?:\s[A-Z][\w.'-]*){1,4}$")
_PAGER = re.compile(rf"^(?:{_alternatives(_all(PAGER_WORDS_BY_LANGUAGE))})\s+"
                    rf"(?:{_alternatives(_all(PAGER_ITEMS_BY_LANGUAGE) + _all(DOCUMENT_TYPES_BY_LANGUAGE))})$")
# "Zurück zu den Artikeln", "Back to all news", "Terug naar het nieuwsoverzicht": a link back to the list the
# release stands in (what it leads to is a list: "Zurück zu den Wurzeln" is a title).
_BACK_LINK = re.compile(
    r"^(?:back to|zurück zu[rm]?|terug naar)\s+(?:(?:the|all|den|der|dem|allen|alle|de|het|alle)\s+)?"
    # ("Zurück zu den neuesten Beiträgen", "Back to the latest news": the list's newest items)
    r"(?:(?:neuesten|aktuellen|latest|recent|laatste|nieuwste)\s+)?"
    rf"(?:{_alternatives(_all(SECTION_WORDS_BY_LANGUAGE) + _all(DOCUMENT_TYPES_BY_LANGUAGE))}|artikeln|artikel"
    r"|artikelen|beiträgen|beiträge|posts|stories|blog|overview|übersicht|overzicht|nieuwsoverzicht|list|liste|lijst"
    r"|archive|archiv|archief|results|ergebnissen|resultaten)$",
    re.IGNORECASE,
)
CONTACT_SENTENCE = re.compile(rf"^(?:{_alternatives(_all(CONTACT_SENTENCE_OPENERS_BY_LANGUAGE))})\b", re.IGNORECASE)
# Inside a line only as printed: "für Rückfragen" inside a sentence opens nothing.
CAPITALISED_CONTACT_OPENER = _alternatives(_all(CONTACT_SENTENCE_OPENERS_BY_LANGUAGE))
# "Landeskorrespondenz Nr. 207 vom 8. September 2009": any one word with an issue number makes an issue line.
_DATED_DOCUMENT = re.compile(rf"^(?:(?:{_alternatives(DOCUMENT_TYPES)})"
                             r"|[A-ZÄÖÜ][\wäöüß-]{3,30}(?=\s+(?:nr|no)\.?\s*\d))(?:\s+(?:nr|no)\.?\s*\d[\d/.-]*)?"
                             # "PM der BPOLD München vom 10.12.2018": the office that issued it
                             r"(?:\s+(?:der|des|van de|van het|of the|from the)\s+[^.!?]{2,40}?"
                             r"(?=\s+(?:vom|van|of)\s))?"
                             r",?\s+(?:(?:vom|von|van|of|from|dated)\s+)?"   # "Media Release, 04 December 2013"
                             r"(?P<date>.{6,40})$", re.IGNORECASE)   # "Medienmitteilung 20.12.2011": no word between
# "Read more »", "... Show Full Article": the link to the whole text, with the ellipsis of the teaser it follows.
READ_MORE = re.compile(rf"^(?:…|\.{{3}})?\s*(?:{_alternatives(_all(READ_MORE_BY_LANGUAGE))})\s*(?:[»›>…]|\.{{3}})*$",
                       re.IGNORECASE)
# "… left for dead by his wife… Read More": a teaser cut off, with its link.
CUT_TEASER = re.compile(rf"^.{{10,300}}?(?:…|\.{{3}})\s*(?:{_alternatives(_all(READ_MORE_BY_LANGUAGE))})\s*[»›>]*$",
                        re.IGNORECASE)
# A "read more" link glued to the teaser after it: split off before the capital or the opening quote.
GLUED_READ_MORE = re.compile(rf"^(?P<credit>{_alternatives(_all(READ_MORE_BY_LANGUAGE))})(?=[A-ZÄÖÜ„\"“])",
                             re.IGNORECASE)
# The value may hold a date's dots ("Alarmzeit: Mittwoch, 27. August 2014 um 13:50 Uhr"), not a second sentence.
_REPORT_FIELD = re.compile(rf"^(?:{_alternatives(_all(REPORT_FIELDS_BY_LANGUAGE))})\s*:"
                           r"(?:\s*(?:[^.!?]|(?<=\d)\.){0,160})?$",
                           re.IGNORECASE)
# "… fördert das Land die Kita. Weiterlesen ...": the link glued to the end of the teaser it follows.
TRAILING_READ_MORE = re.compile(rf"(?<=[.!?\"“”])\s+(?P<code>(?:{_alternatives(_all(READ_MORE_BY_LANGUAGE))})"
                                r"\s*(?:[»›>…]|\.{3})*)$", re.IGNORECASE)
# "PRESS RELEASE : Scotland Growth Deal": a title with the document type in front, not a source line.
_TYPED_TITLE = re.compile(rf"^[•*-]?\s*(?:{_alternatives(DOCUMENT_TYPES)})\s*(?::|\s[-–]\s)\s*\S.{{10,}}",
                          re.IGNORECASE)
_TITLED_TYPE = re.compile(rf"^(?:{_alternatives(DOCUMENT_TYPES)})\s+(?!(?:des|der|von|vom|van|de|het|of|from|by|the|uit"
                          r"|aus|des|du|la|le)\b)[a-zäöüß]\w*\s+\S+", re.IGNORECASE)
_SPEAKERS = re.compile(rf"^(?:{_alternatives(_all(SPEAKER_LABELS_BY_LANGUAGE))})\s*:\s*[^.!?]*$", re.IGNORECASE)
# "N i e u w bericht, vervangt: …" (ANP): a letter-spaced word opens a note to editors, not the story.
_WIRE_NOTE = re.compile(r"^(?:\w ){3,}\w\b")
# "The updated release reads:", "Korrigierte Fassung:": a wire's correction notice above the corrected text.
_CORRECTION = re.compile(r"^(?:the )?(?:updated|corrected|revised) (?:release|version)(?: reads)?:?$"
                         # a wire's note on what a new version changes: "(Recasts to note share-price rally; adds …)"
                         # ("(Adds a school to the plan, the council said.)" is a sentence: "adds" only in a list)
                         r"|^\((?:recasts|updates with|corrects|rewrites|writes through|refiles)\b[^()]{0,160}\)$"
                         r"|^\((?:adds|updates)\b[^();]{0,80};[^()]{0,80}\)$"
                         # euro adhoc's heading and its issuer notice
                         r"|^eans-news\s*:|^corporate news transmitted by euro adhoc\b"
                         r"|^(?:the )?issuer(?:/originator)? is solely responsible for the content\b"
                         r"|^(?:unternehmensmitteilung|corporate news)\b.{0,60}übermittelt durch euro adhoc\b"
                         # Hugin's and DGAP's: "Corporate news- Mitteilung verarbeitet und übermittelt durch Hugin.",
                         # "Für den Inhalt der Mitteilung ist der Emittent verantwortlich." (a rule may follow it)
                         r"|^(?:corporate news|ad[- ]?hoc)[- ]+mitteilung,? (?:verarbeitet und )?"
                         r"übermittelt durch\b"
                         r"|^für den inhalt der mitteilung ist der emittent (?:/ publizist )?verantwortlich\.?"
                         r"[\s-]*$"
                         r"|^(?:korrigierte|berichtigte|aktualisierte) (?:fassung|version|meldung):?$"
                         r"|^(?:gecorrigeerde|herziene|aangepaste) versie:?$", re.IGNORECASE)
# "PRESSEKONFERENZ/1005: …", "INFOPOOL/2201: …": an archive's catalogue entry above the document.
_CATALOGUE = re.compile(r"^[A-ZÄÖÜ]{4,}/\d{2,}:\s")
# "00:15 Beginn": a chapter mark of a recording.
CHAPTER_MARK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+\S")
MAX_LABEL_WORDS = 7
# "NEWS RELEASE: Super Pit …" (a site that sets "PRESS RELEASE : " before every title keeps it: it is the title's)
_LABEL_PREFIX = re.compile(r"^(?P<label>[\w ]{3,30}?)(?:\s[–—-]|(?<=\w):)\s+(?=\S)")
# "Press Release AG Muster Hosts Virtual Events for …": the label run into a long title (its separator lost)
_DOCUMENT_PREFIX = re.compile(r"^(?:press release|news release|media release|pressemitteilung|persbericht"
                              r"|medienmitteilung)\s+(?=(?-i:[A-Z0-9]))(?=(?:\S+\s+){5})"
                              # "N° 18–2018: Call for Media: …": an agency's release number
                              r"|^n[°º]\s?\d{1,3}\s?[–-]\s?\d{4}\s?:\s+(?=\S)", re.IGNORECASE)
MAX_SOURCE_WORDS = 12
MIN_TEASER_WORDS = 8
_CELL_SEPARATORS = frozenset({"|", "||", "¦"})
_PERIOD_END = re.compile(r"[.…][\"'”’»«)\]]*$")
# "Archived—Industry Canada Announces …": an archive's mark glued in front of the title.
# "Archived— …", "[ARCHIVED] Water Interruption Notice …": a content system's mark on an old item.
_ARCHIVED = re.compile(r"^(?:(?:archived|archiviert|gearchiveerd)\s*[—–-]"
                       r"|\[(?:archived|archiviert|gearchiveerd)\])\s*", re.IGNORECASE)
# "[ffii] Demonstration against …", "[FSFE PR][EN] …": a mailing list's tags in front of the subject.
_LIST_TAGS = re.compile(r"^(?:\[[\w .-]{2,20}\]\s*)*\[[\w .-]{2,20}\]\s+")   # ("[Un]sichtbar" keeps its brackets)
# "Man arrested for breach of curfew Featured", "… Kevin Schläpfer Clubnews": a site's badge after the title
# ("Statement on Yesterday's Press Release" names a document: the kinds of release stay); "Migros-Rückruf: Listerien im
# Gorgonzola Dolce |": a share bar's separator; "… THW weiter im Einsatz (PDF, 41 KB, Datei": a download's file.
_BADGE = re.compile(r"(?<!\s)\s+(?:Featured|Sponsored|Exclusive|Clubnews)$"
                    r"|(?<!\s)\s+\|$|(?<!\s)\s*\((?:PDF|DOCX?|XLSX?)\b[^()]{0,30}\)?$")
# "… brandweerkazerne getekend (05-06-2018)": the page's date in brackets after the title.
# "… [16.10.15]": the same in square brackets.
# "… phase III trial Mittwoch, 10. Juli 2013 - 07:07": the page's stamp glued on, with its time ("… Königstraße /
# Dienstag, 11. Juni 2019" names its event's day; a slashed date alone may name a meeting: "Ministerraad van
# 25/04/2003", "Besluitenlijst college 25/04/2023")
_DATE_SUFFIX = re.compile(r"(?<!\s)\s+(?:\(\d{1,2}[-./]\d{1,2}[-./]\d{4}\)|\[\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\]"
                          r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),\s\d{1,2}\.\s[A-Za-zäöü]+\s\d{4}"
                          r"\s[-–]\s\d{1,2}:\d{2})$")
# " : GlobalGiants.com", " | www.example.nl": a site's address after a separator, as the page's title tag ends.
# (These suffixes start where a run of spaces starts: tried from each space of a long run, they cost its square.)
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+[:|]\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s*$"
                          # "Netzausbau mit möglichst geringem Eingriff Seite 1 von 2": a PDF's page count
                          r"|(?<!\s)\s+(?:seite|page|pagina) \d{1,3} (?:von|of|van) \d{1,3}$", re.IGNORECASE)


# "ADVFN Logo ADVFN", "Acme logo", "Logo", "AFP logo at EBB Canberra": an image's alt text where the page shows
# its logo.
# "Government of Canada Signature Canada Wordmark": the same for a government's signature.
_LOGO = re.compile(r"^(?:\S+\s)?logo(?:\s\S+|\s(?:at|on|in)(?:\s\S+){1,3})?$"
                   r"|^(?:[\w-]+ ){0,5}signature (?:\w+ )?wordmark$|^(?:\S+\s)?wordmark$")


def is_page_label(text: str) -> bool:
    """A link text, a section name, a document type or a logo standing alone on its line."""
    # "Volgend artikelVolgend Artikel", "- CONTACT US CONTACT US": a menu item's icon text and its label, the same
    doubled = _DOUBLED.fullmatch(text.strip(" -–•|"))
    if doubled is not None:
        return is_page_label(doubled[1])
    # "Sluit venster x": the close button's glyph after its text.
    # "- Anzeige -": an advertisement's label between dashes; "Lees de bijlage…": a link trailing off.
    # "Medienmitteilungen 2006", "Inhalt - 2007": an archive's year after its section.
    # "Aktuelles (Archiv 2010)": the archive's year in brackets.
    label = re.sub(r"\s[xX×✕]$|\s(?:[-–|]\s)?(?:19|20)\d{2}$|\s\((?i:archiv|archive|archief)\s(?:19|20)\d{2}\)$", "",
                   text.strip(" <>«»‹›←→|*_:“”„\"-–—…!?/")).casefold()
    if label in NAVIGATION_PHRASES or label in DOCUMENT_TYPES or _LOGO.match(label) or _PAGER.match(label) \
            or _BACK_LINK.match(label):
        return True
    # "Inhalt - 2007": an archive's table of contents for a year ("Inhalt" alone may head a play's plot).
    if label in _CONTENTS_WORDS and label != text.strip(" <>«»‹›←→|*_:“”„\"-–—…!?").casefold():
        return True
    if len(label.split()) > MAX_LABEL_WORDS:
        return False
    plain = text.strip(" <>«»‹›←→|*_:")
    return _SECTION.match(label) is not None or _MASTHEAD.match(label) is not None or (
        _NAMED_SECTION.match(plain) is not None
        and all(word[:1].isupper() for word in plain.split() if word not in "-–|"))


_CONTENTS_WORDS = frozenset({"inhalt", "inhoud", "contents"})
_DOUBLED = re.compile(r"(\w.{2,38}?)\s?(?i:\1)")
# One-word items of a site's menu, the one-word NAVIGATION_PHRASES among them: "Home Subscribe About Contact".
_MENU_WORDS = frozenset({"about", "contact", "kontakt", "impressum", "datenschutz", "privacy", "archive", "archiv",
                         "archief", "blog", "events", "faq", "help", "hilfe", "over", "termine", "press", "presse",
                         "media", "service", "services", "links", "sitemap", "jobs", "careers", "karriere",
                         "veranstaltungen", "evenementen",
                         "vacatures", "english", "deutsch", "nederlands", "français"}) \
    | {phrase for phrase in NAVIGATION_PHRASES if " " not in phrase}
MIN_MENU_WORDS = 3
_GLUE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
MIN_GLUED_ITEMS = 4
MAX_MENU_CHARS = 200


def is_menu(text: str) -> bool:
    """A menu's items in a row: one-word link texts side by side ("Home Subscribe About Contact"), or link texts
    glued together without spaces ("Global EngagementUC HomeAbout UCUC Academics…"), and no sentence."""
    words = [word.casefold() for word in text.split()]
    if len(words) >= MIN_MENU_WORDS and all(word in _MENU_WORDS for word in words):
        return True
    return len(text) <= MAX_MENU_CHARS and len(_GLUE.findall(text)) >= MIN_GLUED_ITEMS \
        and _PERIOD_END.search(text) is None and not text.rstrip().endswith(("!", "?"))


MIN_UNDATED_TITLE_WORDS = 6
_DATE_PREFIX = re.compile(r"(?P<date>\d{1,2}\.?\s?[^\W\d]+\.?\s\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})"
                          r"(?:\s?[:|–—]\s+(?=\w)|\s+(?=[A-ZÄÖÜ][a-zäöüß]))")   # "13 Jan 1999 Brochure …": glued


# "(LG DE) Akkreditierung der Medienvertreter …", "[LG MD] Folgende Prozesse …": an office's code before the title
_TAG_PREFIX = re.compile(r"^(?:\((?-i:[A-Z]{2,4} [A-Z]{2,4})\)|\[(?-i:[A-Z]{2,4} [A-Z]{2,4})\])\s+(?=\S)")


def without_label(title: str) -> str:
    """A title without the page label in front of it ("Release – Vera Bradley Announces …" → "Vera Bradley …") and
    without the site's address a page's title ends on ("… Rolls Into Circulation Tomorrow : GlobalGiants.com")."""
    match = _LABEL_PREFIX.match(title)
    title = title[match.end():] if match and is_page_label(match["label"]) else title
    title = _TAG_PREFIX.sub("", _DOCUMENT_PREFIX.sub("", title))
    # "15. September 2015: Bundesrat Muster lanciert den Sammeltag …" (a short title keeps its date: "9. November
    # 1989: Als die Mauer fiel")
    dated = _DATE_PREFIX.match(title)
    title = title[dated.end():] if dated and is_date_line(dated["date"]) \
        and len(title[dated.end():].split()) >= MIN_UNDATED_TITLE_WORDS else title
    return _BADGE.sub("", _ARCHIVED.sub("", _DATE_SUFFIX.sub("", _SITE_SUFFIX.sub("", _LIST_TAGS.sub("", title)))))


# "Nieuwsbrief Hoogheemraadschap van Delfland - 9 juni 2021": a newsletter's issue, its sender and its date.
_NEWSLETTER_ISSUE = re.compile(r"^(?:nieuwsbrief|newsletter|rundbrief)\b[^.!?]{0,60}\s[-–|]\s(?P<date>.{6,30})$",
                               re.IGNORECASE)


def is_dated_document(text: str) -> bool:
    """The document's type and its date: "Pressemitteilung vom 19.05.2017", "Persbericht van 3 maart 2020". (A
    title of the same form names something else: "Ministerraad van 14 juli 2025".)"""
    match = _DATED_DOCUMENT.match(text) or _NEWSLETTER_ISSUE.match(text)
    return match is not None and is_date_line(match["date"])


def is_note_to_editors(text: str) -> bool:
    """A wire service's note or an archive's catalogue line above the document."""
    return bool(_WIRE_NOTE.match(text) or _CATALOGUE.match(text) or _CORRECTION.match(text))


def is_report_field(text: str) -> bool:
    return _REPORT_FIELD.match(text) is not None


def is_speaker_list(text: str) -> bool:
    return _SPEAKERS.match(text) is not None and text.count(",") >= 1


MIN_LISTING_PROSE_WORDS = 12


def is_listing(paragraphs: list[str]) -> bool:
    """A page of several items: a document-type label, a "read more" link or a date alone on its line (each
    item's) appears more than once."""
    # The section's name printed twice above the first sentence ("News Releases" in the menu and over the title) is
    # the page's header, not two items' labels.
    first_prose = next((index for index, text in enumerate(paragraphs)
                        if len(text.split()) >= MIN_LISTING_PROSE_WORDS and _PERIOD_END.search(text)), len(paragraphs))
    typed = [index for index, text in enumerate(paragraphs) if text.strip(" *_").casefold() in DOCUMENT_TYPES]
    labels = sum(1 for index in typed if index > first_prose) + min(1, sum(1 for index in typed if index < first_prose))
    more = sum(1 for text in paragraphs if READ_MORE.match(text.strip(" *_")) or GLUED_READ_MORE.match(text))
    bracketed = sum(1 for text in paragraphs if _BRACKET_DATED_ITEM.match(text))
    # An update with the first release under "Background:" is one release, its earlier text quoted.
    background = any(_BACKGROUND_LABEL.match(text) for text in paragraphs)
    return labels >= 2 or more >= 2 or bracketed >= 2 or _dated_items(paragraphs) and not background


_BACKGROUND_LABEL = re.compile(r"^(?:background|hintergrund|achtergrond|original (?:news )?release|previous release"
                               r"|earlier release|ursprüngliche meldung|erstmeldung|eerder bericht)\s*:?$",
                               re.IGNORECASE)
_CUT_TEASER = re.compile(rf"(?:\.{{3}}|…)\s*(?:{_alternatives(_all(READ_MORE_BY_LANGUAGE))})$", re.IGNORECASE)
# "[21-02-2014] A11 Brugge-Knokke-Heist : aanleg snelweg …": an archive's item, its date in brackets before the
# title.
_BRACKET_DATED_ITEM = re.compile(r"^\[\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\]\s+\S")


def first_item(paragraphs: list[str]) -> tuple[int, bool] | None:
    """Where a listing's first item ends (the index after it), and whether a "read more" link ends it (a teaser of
    a text printed elsewhere); None where no second item or link marks the end."""
    dated = _item_dates(paragraphs)
    types = [index for index, text in enumerate(paragraphs) if text.strip(" *_").casefold() in DOCUMENT_TYPES]
    links = [index for index, text in enumerate(paragraphs)
             if READ_MORE.match(text.strip(" *_")) or GLUED_READ_MORE.match(text) or _CUT_TEASER.search(text)]
    ends = [starts[1] for starts in (dated, types) if len(starts) >= 2 and starts[1] > starts[0] + 1]
    link = links[0] + (0 if GLUED_READ_MORE.match(paragraphs[links[0]]) else 1) if links else None
    # (a teaser cut off by its link, "Das...Weiterlesen", ends with it)
    if link is not None and (not ends or link <= min(ends)):
        return link, True
    if not ends:
        return None
    end = min(ends)
    # The next item's title and label stand above its date ("Pressemitteilung:" / "29. Dezember 2014").
    while end - 1 > (dated[0] if dated else 0) + 1 and not _PERIOD_END.search(paragraphs[end - 1]) \
            and len(paragraphs[end - 1].split()) < MIN_TEASER_WORDS * 3:
        end -= 1
    return end, False


def _item_dates(paragraphs: list[str]) -> list[int]:
    return [index for index, text in enumerate(paragraphs) if is_date_line(text.strip(" *_"))
            and not text.rstrip().endswith(",") and not _table_cell(paragraphs, index)]


def _dated_items(paragraphs: list[str]) -> bool:
    # Two date lines with a teaser's sentence between them: each dates an item. A blog's date above a feed's
    # timestamp, with only the title between them, dates one document twice.
    # "Dienstag, 25.08.2015, 13.30 Uhr," runs on into its place: an appointment in the text, not an item's date.
    # A date among a table's cells ("|" / "3/1/2019" / "|" / "Unpaid fees") dates a row, not an item.
    # DGAP's note under its stamp ("Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.")
    # stands between the wire's date and the release's own, in one release.
    dated = _item_dates(paragraphs)
    return any(any(len(text.split()) >= MIN_TEASER_WORDS and (_PERIOD_END.search(text) or _CUT_TEASER.search(text))
                   and not _ISSUER_NOTE.match(text)
                   for text in paragraphs[a + 1:b])
               for a, b in zip(dated, dated[1:], strict=False))


_ISSUER_NOTE = re.compile(r"für den inhalt der mitteilung ist der emittent\b|the issuer is solely responsible for the "
                          r"content\b", re.IGNORECASE)


def _table_cell(paragraphs: list[str], index: int) -> bool:
    # A cell's separator ("|") alone on the line next to it.
    return any(0 <= other < len(paragraphs) and paragraphs[other].strip() in _CELL_SEPARATORS
               for other in (index - 1, index + 1))


def is_attribution(text: str) -> bool:
    """A source line: "Referentie: Azertag.az", "Quelle: dpa", "Mitteilung des Pressedienstes des …", "TASS"."""
    # "Wiesbaden (ots) - Gemeinsame Pressemitteilung der …" opens the release; "Persbericht resultaat
    # verkeersacties van afgelopen weekend" is a title that names its type.
    dateline = match_dateline(text)
    if len(text.split()) > MAX_SOURCE_WORDS or _TYPED_TITLE.match(text) or _TITLED_TYPE.match(text) \
            or dateline is not None and dateline.agency is not None:   # "BAKU – press service" is a source line
        return False
    if ATTRIBUTION_LABEL.match(text) or text.strip("()[] ").casefold() in NEWS_AGENCIES:
        return True
    folded = text.casefold()
    return not _PERIOD_END.search(text) and _ATTRIBUTION_KEYWORD.search(folded) is not None


_SIGNING_FUNCTION = re.compile(rf"\b(?:{_alternatives(_all(SIGNING_FUNCTIONS_BY_LANGUAGE))})\b", re.IGNORECASE)
MAX_SIGNATURE_WORDS = 20
# A signature is names, functions and offices: every word capitalised (German nouns are), no sentence.
SIGNATURE = re.compile(r"[A-ZÄÖÜ][\w.-]*(?: (?:[A-ZÄÖÜ][\w.-]*|und|and|en|für|voor))+")   # "Presse- und …"


# "I. Delissen, perswoordvoerster parket Antwerpen", "Jan de Vries, woordvoerder": a name, a comma, the function
# ("Michele Anderson | Public Safety Communications Manager": or a bar).
_NAMED_FUNCTION = re.compile(r"(?:[A-ZÄÖÜ]\.\s?){0,2}[A-ZÄÖÜ][\w'’-]+"
                             r"(?:\s(?:van|de|der|den|von|zu|ter|[A-ZÄÖÜ][\w'’-]+)){0,3}(?:,|\s[|–])\s[^.!?]{3,80}")


# "Chief of Police", "Senior Public Information Officer": a function alone on its line, under the name it signs with.
FUNCTION_LINE = re.compile(r"(?:senior |deputy |acting |assistant )?(?:chief of police|police chief|fire chief|sheriff"
                           r"|public information officer|press officer|spokesperson|spokesman|spokeswoman"
                           r"|communications (?:officer|manager|director))", re.IGNORECASE)


# "Ine VAN WYMERSCH - Woordvoerder": a name, a hyphen and the function alone ("Anklage - Staatsanwalt fordert …" is a
# heading).
_DASHED_FUNCTION = re.compile(rf"[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+){{1,3}}\s-\s"
                              rf"(?i:{_alternatives(_all(SIGNING_FUNCTIONS_BY_LANGUAGE))})(?:,\s[^.!?:]{{2,60}})?")


def is_signature(text: str) -> bool:
    """Names with their functions and offices, one after the other, ending the release; maybe in brackets
    ("(Carina Weinzierl, Pressesprecherin Landkreis Landshut)")."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if "/" in text and len(text.split()) == 1 and text[:1].isupper() \
            and any(_SIGNING_FUNCTION.fullmatch(part) for part in text.split("/")):
        return True   # "Communicatieadviseur/Woordvoerder", "Landesamtsdirektion/Öffentlichkeitsarbeit": an office
        # and its function joined by a slash
    return len(text.split()) <= MAX_SIGNATURE_WORDS and _SIGNING_FUNCTION.search(text) is not None \
        and (SIGNATURE.fullmatch(text) is not None or _NAMED_FUNCTION.fullmatch(text) is not None
             or _DASHED_FUNCTION.fullmatch(text) is not None)


# Those who sign a statement at its end: "Wethouders van gemeente Gennep", "Der Bürgermeister", "Mayor of …".
_OFFICE_HOLDERS = re.compile(r"\b(?:wethouders?|burgemeester|college van (?:b&w|burgemeester en wethouders)"
                             r"|b(?:ü|ue)rgermeister(?:in)?|landr(?:a|ä)t(?:in)?|oberb(?:ü|ue)rgermeister(?:in)?"
                             r"|gemeinderat|stadtrat|mayor|councillors?|council members?|selectmen)\b", re.IGNORECASE)


def is_closing_signature(text: str) -> bool:
    """Names and the office they hold, signing a statement at its end ("Janine van Hulsteijn, Peter Lucassen en Rob
    Peperzak, Wethouders van gemeente Gennep"): no sentence, the office named last."""
    if len(text.split()) > MAX_SIGNATURE_WORDS or _PERIOD_END.search(text) or "," not in text:
        return False
    office = text.rsplit(",", 1)[1]
    return _OFFICE_HOLDERS.search(office) is not None and _NAMED_FUNCTION.fullmatch(text) is not None


def is_publisher(text: str) -> bool:
    """A press office's name without a label ("Polizei Hamburg - Polizeipressestelle"): it signs a release."""
    if PUBLISHER_NAME.match(text):
        return True
    return is_attribution(text) and not ATTRIBUTION_LABEL.match(text) and \
        text.strip("()[] ").casefold() not in NEWS_AGENCIES

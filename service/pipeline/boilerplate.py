"""What is not content: contact blocks, footers, page chrome, teasers, captions and bylines.

Each paragraph gets a non-content role (``SegmentRole`` CONTACT, FOOTER, NAVIGATION, RELATED, CAPTION, BYLINE)
or None. Two kinds of rules: the shape of one line (a URL, a "Telefon: …" field, a photo credit, a date alone)
and a trigger that starts a block running to the end of the release ("Rückfragen bitte an:", "Original-Content
von:", "Meer uit Binnenland"). The phrases are per language (dict registries: adding a language adds an entry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from service.pipeline import labels
from service.pipeline.dateline import (
    NEWS_AGENCIES,
    initials,
    is_wire_dateline,
    is_wire_name,
    match_dateline,
    match_lone_dateline,
)
from service.pipeline.dates import MONTH_NUMBERS, WEEKDAYS_BY_LANGUAGE, is_date_label, is_date_line
from service.pipeline.filing import COVER_LINE
from service.pipeline.labels import PUBLISHER_NAME
from service.pipeline.shapes import LIST_ITEM, PROPOSER
from service.pipeline.unglue import (
    AUTHOR_NAME,
    BRANCH_WITH_REGIONS,
    MAX_REPEATED_TITLE_WORDS,
    SALUTATION_LINE,
    SIGNED_RELEASE_NUMBER,
)
from service.vocabulary import SegmentRole

# A line that opens the press contact: what follows are names, numbers and addresses.
CONTACT_TRIGGERS_BY_LANGUAGE = {
    "de": (r"rückfragen\b.*:", r"rückfragen (?:&|und) kontakt$",
           r"für (?:fragen|rückfragen) (?:oder|und) interviews?\b[^.!?]{0,20}:$",
           r"(?:reaktionen|anfragen|rückfragen) bitte an\b",
           r"rückfragehinweis\b",
           r"weitere auskünfte\b[^.!?]{0,40}$",
           r"für (?:presse)?rückfragen\b", r"(?:quelle und )?kontaktadresse\s*:", r"pressekontakt", r"kontakt\s*:",
           r"firmenkontakt\b",
           r"für (?:zusätzliche|weitere) informationen\s*:(?=.*(?:\btel\b|@|\d{3}))",
           r"ansprechpartner", r"medienkontakt", r"verantwortlich\s*:", r"v\.\s?i\.\s?s\.\s?d\.\s?p\.",
           r"bitte unterstützt unsere arbeit", r"\w{2,4}[- ]ansprechpartner",
           r"kontakt für (?:pressevertreter|journalisten|medienvertreter|die presse|medien)\w*\s*:?$"),
    "nl": (r"voor meer informatie", r"contactpersoon", r"contact\s*:", r"noot (?:voor|aan) (?:de )?redacti(?:e|es)\b",
           r"persvragen",
           r"hulp en contact(?:\s+(?-i:[A-Z])[\w ]{0,30})?$",
           # "Contacteer de ACV pers- verantwoordelijke", "Vragen? Meer info? Contacteer:"
           # ("CONTACTEER DE POLITIE" over a police page is its menu)
           r"contacteer\b[^.!?]{0,50}(?:\bpers(?:-|dienst|verantwoordelijke|woordvoerder|contact|vragen)|:$)",
           r"vragen\?\s*meer info\?",
           r"meer informatie(?: en beeldmateriaal| voor de (?:pers|media)| voor journalisten)?\s*:?$",
           # "Nadere informatie:", "Nadere informatie: drs. A.C. Pronk, (030) 659 86 21."
           r"(?:voor )?nadere informatie\s*:", r"perscontact(?:en)?\s*:?$"),
    "en": (r"contacts?\s*:?$", r"media contacts?", r"for information\s*:$", r"contact information\s*:?$",
           r"(?:[\w.&]+ ){0,3}media relations(?: section| office| unit| dept\.?| department| contacts?)?$",
           r"press contacts?", r"investor contacts?", r"for more information",
           # "Swatch Group Media:", "Swatch Group Investors:": the company's desks over their numbers
           # ("Social Media:", "Participating Analysts:", "Existing Investors:" head lists, not desks)
           r"(?!(?:social|paid|earned|owned|new|existing|lead|participating|accredited|digital|local|national"
           r"|international|mass|print|broadcast|news|other|key|major|institutional|retail|private)\b)"
           r"(?-i:[A-Z])[\w.&]*(?: (?-i:[A-Z])[\w.&]*){0,3} (?:media|investors|analysts)\s*:$",
           r"for additional information(?: contact)?\s*:?$", r"enquiries\s*:?$",
           r"for (?:further|more|additional) details,? (?:please )?contact\b[^.!?]{0,30}:?$",
           r"further information\s*:(?=.*(?:\btel\b|@|\d{3}))",
           r"(?:media|press) (?:enquiries|inquiries) only\.?$",
           r"(?:for (?:\w+ )?)?(?:media|press) (?:enquiries|inquiries)\b[^.!?]{0,30}$",
           r"for further information",
           # "Financial analysts may call:", "Members of the media may contact:"
           r"(?:financial |securities )?(?:analysts|investors|members of the media|news media|media|reporters)"
           r" (?:may|should|can) (?:call|contact)\b.{0,30}:$"),
}
# A line after which the release is over: the rest is wire or site footer.
FOOTER_TRIGGERS_BY_LANGUAGE = {
    # "*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER …": APA's wire note, its hyphen included
    "de": (r"original-content von", r"ots[- ]originaltext", r"originaltext\s*:", r"digitale pressemappe",
           r"original quelle",
           r"herausgegeben von\s*:?$", r"impressum\s*:?$", r"impressum\s*:\s*(?-i:[A-ZÄÖÜ])",
           r"hier geht es zur originalquelle",
           r"über (?!\d)\S+(?: \S+){0,4}$", r"pressestelle$",
           # "Liebe Kolleginnen und Kollegen der Presse,": a note to the newsroom under the release
           # (a speech or an open letter opens "Liebe Kolleginnen und Kollegen,": the press must be named)
           r"liebe kolleginnen und kollegen der (?:presse|medien|redaktion(?:en)?)(?:,|$)",
           r"(?:sehr )?geehrte redaktion(?:en)?(?:,|$)"),
    "nl": (r"over (?!\d)\S+(?: \S+){0,4}$", r"tippen kan ook", r"bekijk dit persbericht in", r"uitgegeven door\s*:?$",
           r"colofon\s*:?$",
           r"meld verdachte situaties$",
           # a listed company's profile under its notice: "Umicore profiel", "Bedrijfsprofiel"; "Dit persbericht is
           # beschikbaar op onze website."
           r"(?!(?:het|de|een|ons|onze|uw|jouw|mijn|zijn|haar|hun|dit|dat|nieuw|nieuwe|gewenst|gezocht|hoog|sterk)\b)"
           r"(?-i:[A-Z][\w&.-]*)(?: (?-i:[A-Z][\w&.-]*)){0,3} profiel$", r"bedrijfsprofiel$",
           r"dit persbericht is (?:ook )?beschikbaar (?:op|via)\b",
           r"informatie voor (?:de )?(?:media|pers|publiek)$"),   # a court's notes on the hearing for the press
    "en": (r"original content of", r"view source version on\b",
           # "About Partnership for a Healthier America (PHA)": a longer name, its small words in lower case
           r"about (?-i:[A-Z][\w&.’'-]*)(?: (?:for|of|the|and|a|an|(?-i:[A-Z(][\w&.()’'-]*))){5,6}$",
           r"source .{2,60}$", r"about (?!\d)\S+(?: \S+){0,4}$", r"issued by\s*:$", r"disclaimer\s*:?$",
           # "ING PROFILE", "Company profile": the sender's profile; "Note for editors"
           r"(?-i:[A-Z][A-Z&.'’ -]{1,40}) PROFILE$", r"company profile\s*:?$", r"notes? for (?:the )?editors?\s*:?$",
           # "About Rocky Mountain PBS: Each week, …": the sender's profile run into its label
           # (two words at least, not "The …": "About The Building: The three-story library …" is a subheading)
           r"about (?!(?:the|this|our)\b)(?-i:[A-Z][\w&.’'-]*)(?: (?:of|the|and|for|(?-i:[A-Z][\w&.’'-]*))){1,5}"
           r":\s(?-i:[A-Z])",
           r"contact pr newswire", r"information for (?:the )?(?:media|press)$",
           # "Notes to Editors WVT:", "Editor's notes", "For News Editors:": what the newsroom adds for the press
           r"notes? to editors?\b.{0,20}:?$", r"editor[’']?s[’']? notes?\s*:?$", r"for (?:news )?editors\s*:$",
           r"welcome to the discussion\.?$",   # a paper's rules for comments under the article
           # a finance portal's disclaimer and promotions under the story
           r"pick the best stocks\b",
           r"published first on thefly\b", r"(?:story|article|content) provided by \S+$",
           r"[-–]?\s?ends\.?\s?[-–]?$"),   # NZ and UK offices' end mark: after it, notes and a signature
}
# A line after which the page lists other articles.
RELATED_TRIGGERS_BY_LANGUAGE = {
    "de": (r"mehr zum thema", r"weitere meldungen", r"weitere themen\s*:?$", r"vielleicht auch interessant",
           r"das könnte (?:sie|dich) auch (?:noch )?interessieren",
           r"weitere (?:news|nachrichten|meldungen|artikel) aus dem ressort\b",
           r"mehr aus "),
    "nl": (r"meer uit \S+", r"lees ook", r"meer nieuws", r"gerelateerd", r"verder in het nieuws\s*:?$",
           r"(?:dit |dat )?(?:vindt|vind) (?:u|je) misschien ook interessant"),
    "en": (r"(?:top )?related (?:news|stories|articles|links|content|resources)", r"more from \S+",
           r"you may also like", r"read more", r"more on this topic", r"in the same (?:theme|category|section)\s*:?$"),
}
# One line of page chrome, whatever the language.
_NAVIGATION = re.compile(
    r"^(?:[*+•-]\s*)?(?:!?\[[^\]]*\]\([^)]*\)\s*)+$"         # markdown links only: "[Skip Navigation](#main)"
    r"|^\[!\[|^!\[|^\S*https?://\S+$|^www\.\S+$"              # images, a URL alone
    # breadcrumbs "A → B → C", the title last maybe long
    r"|^.{1,60}(?:\s(?:[→>›»]|->)\s.{1,60}){2,}$"
    r"|^(?:[^>›»→]{1,40}\s[>›»→]\s){2,}[^>›»→:]{1,200}?(?:\.\.\.|…|[^.!?:>›»→])$"   # (no sentence: "A > B: how …")
    r"|^[\w -]{2,30}\s->\s[\w -]{2,30}$"
    r"|^-?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CF]?|[CF])$"               # the weather widget's "8°C", "22.2 C"
    # a page's previous and next links: "Vorig bericht €2 miljoen voor …", "Volgend artikel Stakingsacties …"
    r"|^(?:vorig(?:e)?|volgend(?:e)?|previous|next|vorheriger|nächster) (?:bericht|artikel|nieuwsbericht|post|article"
    r"|story|beitrag|meldung)\b"
    r"|^\((?:anp|belga|dpa|apa|reuters|afp|ap|epd|kna)\b[^)]{0,30}\)$"   # the agency's credit: "(ANP /upday)"
    # a press-release portal's mark alone on its line: "(pressrelations) -"
    r"|^\((?:pressrelations|firmenpresse|pressebox|openpr|lifepr|pr-gateway|prmaximus|pressetext|presseportal)\)"
    r"\s*[-–—]?$"
    # a forum's board and thread: "Biotech / Medical : ACMI - Accumed Inc."
    r"|^\w+(?: \w+)? / \w+(?: \w+)? : [^!?]{3,60}$"
    r"|^[\w -]{1,30}: *(?:true|false|null|\d+)$"              # key: value junk "showPaywall: false"
    r"|^[-–•·]\s(?:categor(?:y|ies)|kategorien?|categorieën)\s*:\s*[^.!?:–]{1,40}$"   # "- Category: Digitale Gemeinde"
    r"|^(?:categor(?:y|ies)|categorieën|tags?|filed under|kategorien?|schlagworte|rubriek|trefwoorden"
    r"|zoekwoorden)\s*:"
    # a share button with the title it shares, a link's label: "Deel: ' Waarnemend burgemeester … '",
    # "Interner Link: Klick auf das Große Bayerische Staatswappen öffnet die Startseite"
    r"|^(?:deel|delen|teilen|share|volgen|follow)\s*:$"
    r"|^(?:deel|delen|teilen|share)\s*:|^(?:interner|externer|internal|external|interne|externe) link\s*:"
    r"|(?-i:^[a-z]+(?:[-_][a-z0-9]+)+$)"                       # an image's id: "newsletter-banner"
    r"|^qr-code\b|^.*\bon line \d+$"                          # a QR code's label, a PHP warning's tail
    # "2 min read", "·6 min read"
    r"|^(?:reading time|read time|lesezeit|lesedauer|leestijd)\s*:?\s*"
    r"(?:(?:weniger als|ca\.|etwa|unter|less than|about|under"
    r"|minder dan|ongeveer)\s)?\d{1,3}\s?(?:min\w*|minuten|sek\w*|seconds?)\b[^.!?:]{0,15}$"
    r"|^[·•|]?\s*\d{1,2}\s?min(?:ute)?s?\.? read$"
    r"|^(?:\d[\d.,]*\s(?:comments?|kommentare|reacties)\s?){2}$"          # "0 comments 0 comments"
    r"|^(?:\d[\d.,]*\s){1,2}(?:leser|readers?|views?|aufrufe|lezers|keer (?:gelezen|bekeken)|mal gelesen|kommentare"
    r"|comments|reacties)$"                                    # "102 Leser", "357 0 Kommentare"
    r"|^what do you think(?: about this)?\?$|^.{0,80}\bleave a (?:comment|reply)$"        # a comment box's prompt
    r"|^getting your .{0,30}player ready|^listen to this article\b"      # an audio player's label
    # a download link: "Kamerbrief … (PDF | 38 pagina's | 930 kB)"
    r"|^.*\((?:pdf|docx?|odt|xlsx?)\s*\|[^)]*\b\d+(?:[.,]\d+)?\s?[kKmM]B\)$"
    # "Antwort des Stadtrats PDF 106 KB", "Jahresbericht (PDF, 2,4 MB)": a document's link, its type and its size
    r"|^[^.!?]{2,120}?\s\(?(?:pdf|docx?|odt|xlsx?|pptx?)(?:-datei|-file|-bestand)?,?\s\d+(?:[.,]\d+)?\s?[kKmM]i?B\)?$"
    r"|^note: only a member of this blog may post a comment|^subscribe to: post comments"
    r"|^this site uses akismet to reduce spam\b|^leave a (?:reply|comment)$|^your email address will not be published"
    # a cookie banner: "Damit wir Ihnen ein optimales Besucher-Erlebnis bieten können, verwendet diese Seite Cookies."
    # (the whole banner at most 400 characters: "Wir verwenden Cookies, um … Wenn Sie weitersurfen, … Mehr erfahren")
    r"|^(?=.{0,400}$).{0,160}\b(?:verwendet|nutzt|verwenden|nutzen|uses|use|gebruikt|gebruiken|maakt gebruik van)\b"
    r".{0,60}\bcookies?\b"
    # ("Diese Webseite verwendet ausschließlich für die Funktionen der Website zwingend erforderliche Cookies.": the
    # site or "we" as the subject, no figures)
    r"|^(?=[^\d]{0,400}$)(?:diese (?:web)?seite|diese website|this (?:web)?site|deze (?:web)?site|our (?:web)?site"
    r"|wir|we|wij)\b.{0,40}\b(?:verwendet|nutzt|verwenden|nutzen|uses|use|gebruikt|gebruiken)\b.{0,100}\bcookies?\b"
    # a consent box's question and its note: "Dürfen wir hierzu vorübergehend einen Statistik-Cookie setzen?", "Sie
    # können Ihre Einwilligung jederzeit in unserer Datenschutzerklärung widerrufen."
    r"|^(?=.{0,200}$)(?:dürfen|darf|mogen|may) (?:wir|we|ik|i)\b.{0,60}\bcookies?\b.{0,30}\?$"
    r"|^(?=.{0,200}$)(?:sie können|you can|u kunt|je kunt)\b.{0,60}\b(?:einwilligung|consent|toestemming)\b.{0,40}"
    r"\b(?:in unserer datenschutzerklärung|in our (?:privacy|cookie) (?:policy|statement)|in onze privacyverklaring)"
    r".{0,20}$"
    r"|^ex-\d+(?:\.\d+)?\s+\d+\s+\S+\.htm|^\S+(?: \S+){0,10}\.(?:html?|txt)$"   # a filing's or a dataset's file names
    r"|^(?:[•·]\s*)?(?:you are here|sie sind hier|sie befinden sich hier|u bent hier|u bevindt zich hier"
    r"|je bent hier)\s*:"                                                        # a breadcrumb's label
    r"|^(?:you are here|sie sind hier|sie befinden sich hier|u bent hier|je bent hier|du är här)$"
    # a share button, a site's search box: "Email share", "Website durchsuchen"
    r"|^(?:e-?mail share|share (?:by |via )?e-?mail|website durchsuchen|seite durchsuchen|website doorzoeken"
    r"|search (?:this|the) (?:web)?site)$"
    # a blog's comment form: "You are commenting using your Google+ account. Log Out / Change )", "Connecting to %s"
    r"|^you are commenting using your (?:\S+ )?account\b.{0,40}$|^connecting to %s$"
    # "More News by Anna Muster": the writer's other items; "Subscribe to WDR Westdeutscher Rundfunk": a feed
    r"|^more (?:news|posts|articles|stories) by (?-i:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})$"
    r"|^(?:subscribe to|abonnieren sie|abonneer op) (?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})$"
    r"|^subscribe to [^.!?:]{2,60}\bfeed\b[^.!?:]{0,40}$"                    # "Subscribe to News from WWF feed …"
    # a republisher's lead-in: "Dinsmore & Muster LLP issued the following announcement on Jan. 12." (a wire's
    # lead-in opens on its dateline: "JACKSON, Mississippi, July 11 -- … issued the following news release …")
    # (with its date: "Mayor Muster issued the following statement:" introduces the release's own quote)
    r"|^(?![^.!?]*\s(?:--|[–—])\s)[^.!?]{2,80}\bissued the following"
    r" (?:announcement|statement|(?:news |press )?release) on (?-i:[A-Z])[a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\.?$"
    r"|^for media use only$"
    # APA's wire header: "OTS0093 5 II 0160 GOK002 Mo, 18.Jun 2001"
    r"|^OTS\d{4}\s[^!?]{0,60}$"
    # a breadcrumb's last crumb, its slash kept: "Preise und Auszeichnungen /"
    r"|^[\w&,-]+(?: [\w&,-]+){0,3} /$"
    # a company wire's header: "DGAP-News: Muster AG", "DGAP-HV: MUSTER Aktiengesellschaft: -2-" (the item's next
    # part), "Muster AG / Schlagwort(e): Anleihe", the security's numbers "Muster AG, WKN WCH888, ISIN DE000WCH8881"
    # (the company's name ends on its legal form: "EQS-News: Muster AG erhöht Prognose" is a title)
    r"|^(?:dgap|eqs)-[\w-]{2,12}\s*:\s*(?:[^:.!?]|(?<=\bCo)\.){1,60}?"   # ("CTS Eventim AG & Co. KGaA")
    r"\s(?-i:AG|SE|GmbH|KGaA|Aktiengesellschaft|N\.V\.|S\.A\.|plc|Inc\.|Ltd\.?)"
    r"(?::\s*-\d+-)?$|^(?:[^/.!?]|(?<=\bCo)\.){0,60}/\s*schlagwort\(e\)\s*:[^.!?]{0,80}$"
    r"|^[^.!?|]{0,60}\bisin:?\s*[a-z]{2}[a-z0-9]{9}\d$"
    # the legal label over an ad-hoc notice: "Veröffentlichung von Insiderinformationen nach Art. 17 Abs. 1 der
    # Verordnung (EU) 596/2014 …", "Ad hoc-Mitteilung gemäss Art. 53 KR", "Disclosure of inside information pursuant
    # to Article 17 MAR"
    r"|^(?:veröffentlichung (?:von insiderinformationen|einer (?:ad[- ]?hoc[- ]?mitteilung|insiderinformation))"
    r"|ad[- ]?hoc[- ]?mitteilung|disclosure of (?:an )?inside information|announcement)"
    r"\s+(?:gem(?:ä|ae|a)ß|gem(?:ä|a)ss|nach|pursuant to|according to|in accordance with)"
    r"\s+(?:art(?:ikel|icle|\.)?|§)[^!?]{0,140}$"
    # GOV.UK's history banner: "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition
    # government", "This blog post was published under the 2015-2024 Conservative Administration"
    r"|^this (?:[\w-]+ ){0,2}was published under the\b[^.!?]{0,100}(?:government|administration)$"
    # Canada's: "This release was issued under a previous government."
    r"|^this (?:[\w-]+ ){0,2}was issued under a previous government\.?$"
    # a social row's calls "Follow Us! Like Our Page!", a page's content label "Page Content:", the sender line "From
    # the Province of Alberta", a state site's owner line "• This page, …, is offered by"
    r"|^follow us!?\s*like our page!?$|^page content\s*:$"
    r"|^from the (?:province|state|government|city|county|office) of (?![\w ]*\bto\b)(?-i:[A-Z])[\w ]{2,40}$"
    r"|^•?\s*this page, [^!?]{5,200}, is offered by$"
    # a US Attorney's letterhead: "Western District of Kentucky"
    r"|^(?:(?:eastern|western|northern|southern|middle|central) )?district of (?-i:[A-Z][\w ]{2,25})$"
    # a stock photo's credit "Photo by Anna Muster on Unsplash"; an advert's slot "Hide AdAdvertisement"
    r"|^(?:photo|image|foto|bild) (?:by|von|door) [^.!?]{2,50} (?:on|auf|op) (?:unsplash|pexels|pixabay|flickr"
    r"|shutterstock|istock|getty images)$|^(?:hide ad)?\s*advertisement$|^hide ad$"
    # a time glued to its year after a date split over two lines ("January 8" / "12:22 2025"); a tag's leftover
    # attributes ('class="gem-c-govspeak govuk-govspeak">')
    r"|^\d{1,2}:\d{2}\s+(?:19|20)\d{2}$|^(?:class|id|style|href|src)=\"[^\"]*\"\s*/?>$"
    # a press room's banner and blurb: "Newsroom für Medien", "Hier finden Sie alle Medienmitteilungen, Publikationen
    # und Kontakte für Ihre Medienarbeit."
    r"|^newsroom (?:für (?:medien|journalisten|die presse)|voor (?:de )?(?:media|pers)|for (?:the )?(?:media|press))$"
    r"|^hier finden sie (?:alle |unsere )?(?:aktuellen )?(?:medienmitteilungen|pressemitteilungen|pressemeldungen"
    r"|presseinformationen)\b[^!?]{0,100}$"
    # a breadcrumb with no separators left: "Startseite Archiv Nachricht vom 06. August 2021"
    r"|^startseite\s+(?:archiv|aktuelles|presse|news|nachrichten|meldungen|service)\b[^!?]{0,80}$"
    # account links in brackets, a menu button glued to the menu: "(Registrieren)", "jetzt spendenspendenMenü öffnen"
    r"|^\((?:registrieren|anmelden|login|log in|register|sign in|inloggen|registreren)\)$"
    r"|^[^.!?]{0,40}(?:menü öffnen|menu openen|open menu)$"
    # the US government's banner: "An official website of the United States government", "Here's how you know",
    # "Official websites use .gov", "A .gov website belongs to …", "Secure .gov websites use HTTPS", "A lock () or
    # https:// means you've safely connected to the .gov website. …"
    r"|^an official website of the (?:united states government|state of [\w ]{2,20}|[\w .]{2,30} government)$"
    r"|^here[’']s (?-i:how you know)$|^official websites use \.gov$|^a \.gov website belongs to\b[^!?]{0,100}$"
    r"|^secure \.gov websites use https$|^a lock\b[^!?]{0,40}\bmeans you[’']ve safely connected to the \.gov website\b"
    r"[^!?]{0,120}$"
    # a release's number: "RELEASE 24-042", "Release No. 0365.05"; an archive's month "Month: August 2020"
    r"|^(?:news )?release(?: no\.?| number)?:?\s*[a-z]?\d{2,4}[-.]\d{2,4}$"
    r"|^(?:month|monat|maand)\s*:\s*[^\W\d]{3,10}\s(?:19|20)\d{2}$"
    # a survey's banner, icon names left by a web font: "Help us improve your website experience! Take our community
    # survey.", "translate keyboard_arrow_down"
    r"|^help us improve (?:our|your|the) (?:web ?site|website experience)\b[^!?]{0,30}[!.]?\s*"
    r"(?:take|complete|fill in)\b[^!?]{0,60}\bsurvey\b[^!?]{0,20}$"
    r"|^(?:\w+ ){0,3}(?:keyboard_arrow_(?:down|up|left|right)|expand_more|expand_less|chevron_right|arrow_forward)$"
    # a portal's sender label: "Press Release: Fire and Emergency NZ"; a company's name and legal form over its
    # release: "Royal Muster Westminster N.V."; the document's type and its sender: "Persbericht Muster Exchanges"
    # (its last word an acronym or a body's noun: "Press Release: Council Approves New Budget" is a title)
    r"|^press release\s*:\s*(?-i:(?:[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|and|of|for|the|&)){0,4} )?(?:[A-Z]{2,6}"
    r"|Police|Council|Ministry|Department|Government|Agency|Services?|Limited|Ltd|Inc|Trust|Board|University"
    r"|Foundation|Office|Commission|Authority))$"
    # (not "Encal Energy Ltd.": an old Canadian wire's title is the company's name)
    r"|^(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}) (?-i:N\.V\.|B\.V\.|NV|BV|AG|SE|GmbH|S\.A\.)$"
    # ("Nieuwsbericht Brand Zaltbommel" is a title: a news item's label needs its sender's kind, "nieuwsbericht
    # gemeente Utrecht")
    # (a sender's kind is needed: "Persbericht Brand Zaltbommel" is a title)
    r"|^(?:persbericht|nieuwsbericht|pressemitteilung|press release|medienmitteilung|news release)"
    r" (?:gemeente|stad|provincie|stadt|gemeinde|landkreis|kreis)(?-i: [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$"
    # a regulated notice's label: "PERSBERICHT – 25 november 2014 17:45h CET – Gereglementeerde informatie",
    # "Gereglementeerde informatie - voorwetenschap, Leuven, 9 april 2019 (na beurs)"
    r"|^(?:persbericht|press release|pressemitteilung)\s+[–—-]\s+[^!?]{4,60}\s+[–—-]\s+(?:gereglementeerde informatie"
    r"|regulated information|inside information|voorwetenschap)\b[^!?]{0,60}$"
    r"|^(?:gereglementeerde informatie|regulated information|information réglementée)(?:\s*[-–—,]\s*[^!?]{0,100})?$"
    # a page's languages: "English Dutch French"
    r"|^(?:english|nederlands|dutch|français|french|deutsch|german)(?:\s*[|/]?\s*(?:english|nederlands|dutch|français"
    r"|french|deutsch|german|frans|engels|duits)){1,4}$"
    # a pointer to the full release: "Die vollständige Pressemitteilung … sind im Internet-Angebot des Statistischen
    # Bundesamtes unter http://… zu finden."; a newsletter's invitation "Unser Newsletter lädt alle Interessierten
    # ein, Pressemitteilungen … zu abonnieren."
    r"|^(?:die vollständige|the full|het volledige) (?:pressemitteilung|press release|persbericht)\b[^!?]{0,220}$"
    r"|^unser newsletter\b[^!?]{0,200}\babonnieren\b[^!?]{0,120}$"
    # an office's code and its editors' after the release "(BFS/mc/pg)"; a file number "291/2019/16/Z"; the release's
    # sender in brackets "(Medienmitteilung des Statistischen Amts)"; APA's end mark "(Schluss) red"
    r"|^\((?-i:[A-Z]{2,6})(?:/[a-z]{1,4}){1,3}\)$|^\d{1,4}(?:/\d{1,4}){2,3}(?:/[a-z]{1,3})?$"
    r"|^\((?:medienmitteilung|pressemitteilung|mitteilung|persbericht) (?:des|der|von|van)\b[^()]{2,60}\)$"
    r"|^\(schluss\)(?: \w{1,6})?$"
    # a document viewer's furniture ("Größe: px", "Ab Seite anzeigen:", "Transkript"), a rating box, a "show more"
    # button
    r"|^größe: px$|^ab seite anzeigen:?$|^transkript$|^(?:artikel|beitrag) bewerten:?$|^rate this (?:article|post):?$"
    r"|^(?:mehr anzeigen|weniger anzeigen|show more|show less|meer tonen|toon meer|minder tonen)$"
    # a cookie note's button glued to its link "Weitere Informationen zum Thema DatenschutzOK"; a translation
    # widget "Translate", "Use Google to translate this website. …"; a CMS's leftover "Achtergrond om de custom css
    # te laten werken NIET VERWIJDEREN"; an image's file name "LWF_Bildwelt-588_Kreishaus_Führerschein"
    r"|^[^.!?]{0,60}datenschutz\s?ok$|^translate$|^use google to translate this (?:web)?site\b[^!?]{0,120}$"
    r"|^[^.!?]{0,60}\bcustom css\b[^.!?]{0,30}\b(?:niet verwijderen|do not (?:delete|remove)"
    r"|nicht (?:löschen|entfernen))$"
    r"|^[\w-]+_[\w-]+_[\w-]+(?:\.(?:jpe?g|png|gif|webp))?$"
    # a running report's update stamps "UPDATE: 6.40pm", "UPDATE Saturday 13 Aug 2016 – 9.05am"; its label
    r"|^update\b[\s:]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:\d{1,2}\s[a-z]{3,9}\s\d{4}\s*[–—-]\s*)?"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)$|^incident details$"
    # a wire's mark alone: "(Thomson Reuters ONE) -"
    r"|^\((?:thomson reuters one|business wire|globe newswire|marketwired|pr newswire)\)\s*[-–—]?$"
    # account links "Mein WKO", "Mijn omgeving"; an attachment "Dokument: Medienmitteilung_WBQ126_DE.docx"; a menu's
    # leftovers, item ids and flags ("bab449ae-2477-46b3-8fca-27c4c5741bd6", "true"); a web font's icon names
    r"|^(?:mein|mijn|my) (?:konto|account|wko|profil|profile|bereich|gemeente|omgeving|overheid|dashboard|area)$"
    r"|^(?:dokument|document|datei|file|bijlage|attachment)\s*:\s*\S+\.(?:docx?|pdf|xlsx?|pptx?|zip|jpe?g|png)$"
    r"|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^(?:true|false)$"
    # a trade site's article box: "• Author: ChemistryViews", "• Copyright: WILEY-VCH Verlag …", "• Associated
    # Suppliers: …", "thumbnail image: …"; its comment box "Sign in Area", "Please note that to comment on an article
    # you must be registered and logged in.", "Article Comments - To add a comment please sign in"
    r"|^[•·]\s*author\s*:\s*[^.!?]{2,80}$|^(?:[•·]\s*)?(?:copyright|associated suppliers?)\s*:\s*[^!?]{2,100}$"
    r"|^thumbnail image\s*:[^!?]{0,100}$|^sign in area$"
    r"|^please note that to comment\b[^!?]{0,80}\b(?:registered|logged in)\b[^!?]{0,40}$"
    r"|^article comments\b[^!?]{0,60}\bsign in$"
    # pressetext's item id "pta20190618036"; an embargo between exclamation marks "! Sperrfrist: 15:30 Uhr !"; a
    # reading time "Uhr Lesedauer: 2 Minuten"
    r"|^pt[aes]\d{11}$|^!?\s*sperrfrist\s*:\s*[^!?]{2,40}!?$|^(?:uhr\s+)?lesedauer\s*:\s*\d+\s*min(?:\.|uten?)?$"
    # an embargo's request "Bitte beachten Sie, dass diese Meldung erst nach Ablauf der Sperrfrist zur
    # Veröffentlichung freigegeben ist."; an archive's age notice "(…RWE Power)Diese Presseinformation ist mehr als
    # zwei Jahre alt"; a page count "Seite 1 von 2"
    r"|^bitte beachten sie, dass diese (?:meldung|pressemitteilung|information) erst nach ablauf der\s?sperrfrist\b"
    r"[^!?]{0,60}$"
    r"|^[^!?]{0,80}diese (?:presseinformation|pressemitteilung|meldung) ist (?:mehr als|älter als) \w+ jahre? alt$"
    r"|^(?:seite|page|pagina) \d{1,3} (?:von|of|van) \d{1,3}$"
    # a press page's blurb "Informieren Sie sich über die aktuellen Pressemeldungen der …"; a one-line teaser
    # "Lesen Sie auch: Heimtiere verantwortungsbewusst anschaffen - …"
    r"|^informieren sie sich über (?:die )?aktuellen (?:pressemeldungen|pressemitteilungen|meldungen)\b[^!?]{0,80}$"
    r"|^(?:lesen sie auch|lees ook|read also|see also|siehe auch)\s*:\s*[^!?]{3,150}$"
    # Scoop's banner "Scoop has an Ethical Paywall", "Work smarter with a Pro licence Learn More"; a news site's
    # offers "… Subscribe to a digital package and support local news publishing.", "Click here to sign up to our
    # free newsletters!"; a skip link "Skip the NI Direct Bar"
    r"|^scoop has an ethical paywall$|^work smarter with a pro licence\b[^.!?]{0,30}$"
    r"|^[^!?]{0,60}\bsubscribe to a digital package\b[^!?]{0,60}$|^click here to sign up\b[^.?]{0,60}!?$"
    r"|^skip the [\w ]{2,30}$"
    # a state's sender label "NT Government", "VIC Premier"; a quote's label "Comments attributed to Collie MLA …"
    r"|^(?-i:(?:NSW|VIC|QLD|WA|SA|NT|ACT|TAS)) (?:government|premier|police)$"
    r"|^hon\.?\s(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})$"             # a minister's name: "Hon Maggie Muster"
    r"|^comments? attributed to\b[^.!?\"“]{2,80}$"
    # a call to register "Klik hier om u te registreren en te abonneren"; a browser notice's salutation and sign-off
    # "Sehr geehrter User", "Ihr Flughafen Muster Team"
    r"|^klik hier (?:om|voor)\b[^.!?]{0,80}$|^\(\d[\d.,]*\s*(?:euro|eur|€|chf|usd|\$)[^()]{0,30}\)$"   # its price
    r"|^sehr geehrte[r]? (?:user|nutzer(?:in)?|besucher(?:in)?)\b[^.!?]{0,20}$"
    r"|^ihr (?-i:[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){0,3})[- ]team$"
    # a letter's closing formula alone: "Mit freundlichen Grüßen,", "Met vriendelijke groet,", "Kind regards,"
    r"|^(?:mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|met vriendelijke groet(?:en)?"
    r"|kind regards|best regards|yours sincerely|sincerely)\s*,?$"
    # a comment box: "Geef een reactie op dit artikel", "Jouw bericht"
    r"|^geef een reactie(?: op dit (?:artikel|bericht))?$|^(?:jouw|uw|your) (?:bericht|reactie|message|comment)$"
    # a portal's link row in brackets "[ Aktienkurs Muster AG | Weitere Meldungen zur Muster AG ]", its source line,
    # a blog's pick and a search box
    r"|^\[[^\[\]|]{1,80}(?:\|[^\[\]|]{1,80}){1,5}\]$|^nachrichtenquelle\s*:[^.!?]{0,60}$"
    r"|^empfohlene[rn]? (?:beitrag|beiträge|artikel)$|^in allen (?:meldungen|nachrichten|beiträgen|artikeln) suchen$"
    # the skip links and the breadcrumb's label of an accessible page: "Seitenanfang: Liste der Access-Keys",
    # "Breadcumb Navigation:" (sic)
    r"|^seitenanfang\b[^.!?]{0,40}$|^[^.!?]{0,30}\baccess-?keys?$|^bread(?:c?rumbs?|cumb)(?: navigation)?\s*:?$"
    # a page that failed to load beside the text: "File not found.", "Seite nicht gefunden"
    r"|^(?:file|page|document|datei|seite|dokument|bestand|pagina|document) (?:not found|nicht gefunden"
    r"|niet gevonden)\.?$"
    # an archive's or a site's account links: "Wachtwoord vergeten", "Passwort vergessen?", "Forgot your password?"
    r"|^(?:wachtwoord vergeten|passwort vergessen|forgot (?:your )?password|kennwort vergessen)\??$"
    # an e-mail's confidentiality notice under a release sent by mail (Dutch, English, German)
    r"|^[\"“]?(?:de informatie (?:verzonden met|in) dit e-?mail ?bericht|the information (?:contained )?in this"
    r" (?:e-?mail|message)|die (?:informationen|information) in dieser (?:e-?mail|nachricht))\b.{0,200}"
    r"\b(?:uitsluitend bestemd|intended (?:only|solely)|ausschließlich für)\b"
    # an A-Z index's letters: "Search A-Z Services: A B C D E F H I L M N O P R S T W"
    r"|^(?:[^.!?:]{0,40}:\s*)?(?-i:[A-Z](?:\s[A-Z]){7,})$"
    # a form's and a search box's notes: "* required fields", "Use double quotes to find documents that …"
    r"|^\*?\s?(?:required fields?|pflichtfelder?|verplichte velden)$|^use (?:double )?quotes to find\b"
    # a comment form's heading: "Ihre Meinung zum Artikel", "Your views on this story"
    r"|^(?:ihre|deine) meinung zu[mr]? (?:artikel|beitrag|thema|meldung)$"
    r"|^(?:your|uw|jouw) (?:opinion|views|mening) (?:on|about|over) (?:this|dit|deze)"
    r" (?:article|story|artikel|bericht)$"
    r"|^(?:navigation|navigatie) (?:auf|on|op) [\w.-]+\.[a-z]{2,6}$"     # "Navigation auf uzh.ch"
    # a wire's legend over the release: "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR RELEASE …"
    r"|^not for (?:distribution|release|dissemination|publication)\b"
    r"|^classified in\s*:"                                     # a portal's category: "Classified in: Health"
    r"|^(?:search results|zoekresultaten|suchergebnisse)$|^skip navigation\b"
    # an archive's fields and notices: "Thema: Klima · Energie", "Hinweis: Dieser Text stammt aus dem Pressearchiv."
    r"|^(?:thema|themen|ressort|rubrik)\s*:[^.!?]{0,60}[·|][^.!?]{0,60}$|^herausgeber\s*:\s*\S.{0,80}$"
    r"|^hinweis\s*:\s*dieser text stammt aus dem (?:presse)?archiv\b|^(?:werbung|anzeige|advertisement)\s*:"
    # a blog's comment form: "Het e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *"
    r"|^(?:your email address will not be published|(?:het|je|uw) e-mailadres wordt niet gepubliceerd"
    r"|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht"
    r"|votre adresse (?:e-mail|de messagerie) ne sera pas publiée)\b|^laisser un commentaire$"
    r"|^(?:you must be (?:logged in|registered) to post a comment|je moet ingelogd zijn om een reactie te plaatsen"
    r"|sie müssen (?:angemeldet|eingeloggt) sein, um (?:einen )?kommentar\w* (?:zu )?(?:schreiben|verfassen))\b"
    r"[^.!?]{0,20}\.?$"
    r"|^follow us on\b|^follow us at\b[^.!?]{0,40}$|^publish date$"   # ("Follow us at the festival …!" is a call)
    r"|^(?:jahresarchive?|archiv|archief|archive)\s*:\s*(?:\d{4}\s*\|?\s*){2,}$"   # "Jahresarchive: 2024 | 2023 | …"
    r"|^\d{1,2}\s+(?:source|sources|quelle|quellen|bron|bronnen)\s*:"  # a footnote: "1 Source: Headset … as of …"
    r"|^(?:press release|news release)\s+(?:pr ?newswire|business ?wire|globe ?newswire|accesswire)$"
    r"|^(?:home|start|startseite|homepage)\s*[»>›|]\s*\S"        # a breadcrumb from home: "Home » Het OM …"
    r"|^\[[^\]]{2,40}\]$|^.{0,40}intentionally (?:left )?blank$"   # a link in brackets, a print layout's blank
    # a page's time zone, alone or ending a feed's stamp: "Europe/Amsterdam", "… 16:15:57 America/New_York"
    r"|^(?:.{0,80}\s)?(?:europe|america|australia|asia|africa|pacific)/[a-z_]+$"
    r"|^\((?:tekst|text|foto|bron|quelle)\s*:.{2,60}\)$"       # a credit in brackets: "(tekst: gemeente Leeuwarden)"
    r"|^/?public release\.|^dit is een afdruk van een pagina\b"  # a portal's disclaimer, a print notice
    # a skip link: "Zum Hauptinhalt springen", "Skip to main navigation", "Direct naar de hoofdinhoud"
    r"|^(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|search|menu)\b.{0,20}$"
    # (with its English twin after a slash: "Zum Inhalt dieser Seite / To the content of this page")
    r"|^(?:direkt |springe )?(?:zum|zur) (?:haupt|seiten|sekundär)?(?:inhalt|navigation|suche|menü)(?: dieser seite)?"
    r"(?: springen| wechseln)?(?:\s/\s(?:skip |jump |go )?to (?:the )?(?:main |secondary )?(?:content|navigation"
    r"|search|menu)(?: of this page)?)?$"
    r"|^(?:direct |ga |doorgaan )?naar (?:de )?(?:hoofd)?(?:inhoud|content|navigatie|zoeken)$"
    # a link to the social accounts: "Follow the CPC on Twitter @CPC_CPP.", "Volg ons op Facebook"
    # (or "Follow us for updates on Twitter: twitter.com/FRC_LAW.", its link's dots included)
    r"|^(?:follow|like|find|join|folgen sie|volg|vind) (?:us|uns|ons|[\w@.-]+(?: [\w@.-]+){0,3})"
    r"(?: for (?:updates|news|more))? (?:on|auf|bei|op)"
    r" (?:twitter|facebook|instagram|linkedin|youtube|x|mastodon|bluesky|threads)\b(?:[^.!?]|\.(?=\w)){0,40}[.!]?$"
    r"|^(?:quick(?:ly)? exit|exit|leave) this (?:site|page|website)\b.{0,80}$"      # a safety exit button
    r"|^(?:view |see )?more (?:in|from) this (?:section|category)$"
    # a news section's blurb: "Our latest media releases, podcasts and stories", "Latest news"
    r"|^(?:our |the )?latest (?:news|media releases|press releases|releases|stories|updates|articles)\b[^.!?]{0,60}$"
    # a newsletter's own lines: "View this email in your browser", "Dit is de nieuwsbrief van het Hoogheemraadschap"
    r"|^(?:view|open|read|bekijk|lees|open) (?:this|deze|de) (?:e-?mail|nieuwsbrief|newsletter|mail)\b.{0,30}"
    r"\b(?:browser|online)\b[^.!?]{0,20}$"
    r"|^(?:dit is de nieuwsbrief van|this is the newsletter of|dies ist der newsletter de[rs])\b.{2,200}$"
    # "Is deze e-mail niet goed leesbaar? Bekijk hem in je browser.": a question whether the mail shows well, a link
    # to its page ("Phishing-Mail erhalten? … im Browser öffnen" is a warning)
    r"|^(?=[^?]{0,100}\b(?:e-?mail|nieuwsbrief|newsletter|mail)\b)"
    r"(?=[^?]{0,100}\b(?:leesbaar|angezeigt|viewing|displayed|display|weergegeven|reading)\b)"
    r"[^.!?]{0,100}\?\s*(?:bekijk|view|klik|click|hier|öffnen|open|lees|zur|im|read)\b[^.!?]{0,60}"
    r"(?:\b(?:browser|webversie|web version|webversion|webansicht)\b[^.!?]{0,20}"
    r"|\b(?:online|hier) (?:ansehen|anzeigen|öffnen|lesen|bekijken)|\bview (?:it )?online)[.!]?$"
    # a share button's consent notice: "Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook
    # übertragen. Sind Sie damit einverstanden?", "Hier können Sie mittels unseres Service-Formular eine Seite
    # empfehlen."
    r"|^(?:wenn sie diesen (?:button|knopf|link) (?:an)?klicken|if you click (?:on )?this (?:button|link)"
    r"|als u op deze (?:knop|link) klikt)\b.{0,160}$|^hier können sie\b.{0,40}\bseite empfehlen\b.{0,120}$"
    r"|^you have .{1,40} in your (?:basket|cart|bag)\.?$"               # a shop's basket: "You have … in your basket."
    r"|^click here (?:to|for)\b[^.!?]{0,60}\.?$"                       # a link: "Click here to sign up or …"
    # a ministry's archive fields: "Laufende Nummer: Nr. 158/16", "Thema: Klimaschutzinitiative", "Leitung: …"
    r"|^laufende nummer\s*:|^(?:thema|themen|thema's|ressort|rubrik)\s*:\s*\S+(?:\s\S+)?$"
    r"|^leitung\s*:\s*(?-i:[A-ZÄÖÜ])\S*(?:\s\S+){0,3}$"
    # sites' names side by side: "Vlaanderen.be www.vmm.be"
    r"|^(?:(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?(?:\s+|$)){2,4}$"
    # a tag's listing and where the item was filed: "Anzeige der Artikel nach Schlagwörtern: Flammen",
    # "Publiziert in SI Feuerwehr"
    r"|^[^.!?]{0,30}\b(?:nach schlagw(?:ö|oe)rtern|tagged with|met (?:de )?tag)\b[^.!?]{0,40}$"
    r"|^(?:publiziert|veröffentlicht|posted|filed|published|gepubliceerd) in\s*:?\s*(?-i:[A-Z])[^.!?]{0,40}$"
    r"|^download\b[^.!?]{0,50}\b(?:als |as )?(?:pdf|docx?)\)?$"          # "Download het nieuwsbericht als pdf"
    r"|^[^.!?]{0,40}\b(?:als )?pdf (?:herunterladen|downloaden)$"       # "Pressemitteilung als PDF herunterladen"
    # a cookie banner's buttons: "Accepteren Verdergaan zonder te accepteren"
    r"|^(?:(?:alle )?(?:accepteren|akzeptieren|accept(?: all)?|weigeren|ablehnen|reject(?: all)?"
    r"|verdergaan zonder te accepteren|instellingen|einstellungen|settings)\s*){2,4}$"
    # a saved page's front matter: "--- title: …", "source_blog: Ray Tracey's blog"
    r"|^---\s+\w+\s*:|(?-i:^[a-z]+_[a-z_]+\s*:)|(?-i:^[a-z][a-z_]*:\s+'[^']*'$)"
    # a share price's box: "Share Price: 1,175.00", "Change: 0.00 (0.00%)", "Share Price is delayed by 15 minutes"
    r"|^(?:share price|bid|ask|change|spread|open|high|low|prev\.? close|volume|last|mid)\s*:\s*[\d,.]+"
    r"(?:\s*\([\d.,%+-]+\))?$|^(?:share )?prices? (?:is|are) delayed\b"
    r"|^\w+ (?:is|are) an? (?:member[- ]only|premium) feature$"
    # a counter and a feed reader's lines: "Visited 445 times, 2 visit(s) today", "Viewing all 11965 articles"
    r"|^visited \d[\d,]* times\b|^viewing all \d[\d,]* (?:articles|items|posts|entries)$|^channel\s*:\s*\S"
    r"|^(?:url|website|homepage|internet)\s*:$"                          # a link's label that lost its link
    r"|^(?:provincie|regio|tag\(s\)|categorie|kategorie|rubriek|category|region|dateien|bilder|downloads|anhänge"
    r"|bijlagen|files|attachments)\s*:$"   # a field that lost its value, a download box's empty labels
    # "Für Rückfragen steht Ihnen gern unsere Pressesprecherin Regina Muster zur Verfügung.": who answers the press
    # (page furniture like the rest of this pattern, not a contact block's field)
    r"|^für (?:rückfragen|weitere (?:informationen|auskünfte)) steh(?:t|en) (?:ihnen )?(?:gerne? )?[^.!?]{0,60}"
    r"\b(?:pressesprecher\w*|pressestelle|ansprechpartner\w*|pressereferent\w*)\b[^.!?]{0,60}zur verfügung\.?$"
    # a pointer to the privacy notice: "→ Weitere Informationen finden Sie in unserem Datenschutzhinweis."
    r"|^(?:→\s*)?(?:weitere informationen|mehr informationen|more information|meer informatie)\b.{0,40}"
    r"\b(?:unsere[mnrs]?|our|onze)\s(?:datenschutz\w*|privacy\w*|cookie\w*)\b.{0,20}$"
    r"|^share this\s*:|^scrollen sie nach unten\b|^.{0,40}\bhier als download$"
    # a Belgian police zone's banner: "Bel 101 voor dringende politiehulp | …", "niet dringend 014 56 47 00"
    r"|^bel 1(?:01|12) voor dringende\b.{0,100}$|^(?:niet[- ])?dringend\s*:?\s*\d[\d /]{2,}$"
    r"|^due to (?:scheduled|planned) maintenance\b"                   # a site's notice
    r"|^joint (?:media|press|news) release(?: with)?\s*:?$"              # "Joint Media Release with:"
    r"|^anmerkungen zum beitrag\b|^quelle (?:text|bild|foto|text/bild)\s*:?$"   # a portal's note and credit labels
    # a comment box: "Kommentare sind geschlossen.", "Sie möchten kommentieren?"
    r"|^(?:kommentare sind geschlossen|comments are closed|reacties zijn gesloten)\.?$"
    r"|^sie möchten (?:kommentieren|zur diskussion beitragen)\b"
    # a copy-link button and a blog's default category: "Link ophalen Gekopieerd", "In Geen categorie"
    r"|^link (?:ophalen|kopiëren|kopieren|copy|copied)\b[^.!?]{0,20}$"
    r"|^distribution\s*:\s*all media$"                                  # a police release's distribution field
    r"|^(?:in |filed in |posted in )?(?:geen categorie|uncategori[sz]ed|ongecategoriseerd|allgemein)$"
    # copy protection and glued share links: "error: Kopiëren mag niet!", "Deel op FacebookDeel op Whatsapp…"
    r"|^(?:error\s*:\s*)?(?:kopiëren mag niet|content is protected|kopieren (?:ist )?nicht erlaubt)\b"
    r"|^(?:(?:deel op|share on|teilen auf)\s*[A-Z]\w+){2,}$"
    # a filter's row of regions or sections: "ALLE · Salzburg · Oberösterreich · Niederösterreich · …"
    r"|^(?:[^·•|.!?]{1,30}\s[·•]\s){4,}[^·•|.!?]{1,30}$|^added by\s*:"   # (a table's "|" row is content)
    r"|^[\w .'-]{2,40} said\.\.\.$"                                   # a blog comment's head: "Maxva said..."
    # a browser's or a script's warning: "Your web browser is outdated and may be insecure", "The RCN recommends using
    # an updated browser such as …", "Please ensure Javascript is enabled for purposes of website accessibility"
    r"|^your (?:web )?browser is (?:outdated|out of date|not supported|no longer supported)\b[^!?]{0,60}$"
    r"|^[^.!?]{0,40}\brecommends? using an? (?:updated|modern|newer|supported|current) (?:web )?browser,? (?:such as"
    r"|like)\b[^.!?]{0,60}\b(?:edge|chrome|firefox|safari)\b[^.!?]{0,40}$"
    r"|^please (?:ensure|enable|make sure|turn on)\b[^.!?]{0,20}\bjavascript\b[^!?]{0,60}$"
    # a blog's archive heading, its latest post, a paywall's login: "Category Archives: Exhibitions", "Latest post on
    # Left Futures", "Existing user? Just click login."
    r"|^(?:category|tag|monthly|yearly|author) archives?\s*:\s*[^.!?]{1,60}$|^latest posts? (?:on|from)\b[^.!?]{1,40}$"
    r"|^(?:existing|already a) (?:user|member|subscriber)\?[^!?]{0,40}$"
    r"|^screen ?shot \d{4}[- ]\d{2}[- ]\d{2} at\b[\d .:apm]{0,20}$"      # a screenshot's file name as its caption
    # a search box's prompt, a print link, a language chooser: "Wie können wir Ihnen helfen? Geben Sie einen
    # Suchbegriff ein.", "… von Redaktion Salzburg Print This Article", "Deze bladzijde weergeven in het: Frans …"
    r"|^[^.!?]{0,40}\?\s*(?:geben sie|enter|voer)\b[^.!?]{0,40}\b(?:suchbegriff|search term|zoekterm)\b[^!?]{0,10}$"
    r"|^.{0,80}\bprint this (?:article|page|story)$"
    r"|^(?:deze (?:bladzijde|pagina) weergeven in het|view this page in|diese seite (?:anzeigen )?(?:auf|in))\s*:"
    r"[^.!?]{0,60}$"
    # a blog's label page and followers, an archive's date, a pager of years, an archived snapshot's notice
    r"|^showing posts with label\b[^!?]{0,80}$"
    r"|^(?:archive|archiv|archief)\s*:\s*(?:[a-z]{3,9}\.?\s\d{1,2},?\s(?:19|20)\d{2}|\d{1,2}\.?\s[a-zäë]{3,9}\.?\s(?:19|20)\d{2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$"
    r"|^(?:(?:19|20)\d{2}\s*\|\s*){3,}(?:19|20)\d{2}$|^\(\s*plain text\s*\)$"
    r"|^you are (?:currently )?viewing (?:a snapshot|an archived?)\b[^?]{0,300}$"
    # a cookie dialog's choices: "Functionele cookies", "Google analytics Toestaan Niet toestaan", "Cookie beleid FVC"
    r"|^(?:functionele|analytische|noodzakelijke|statistische|functional|analytics?|analytical|necessary|essential"
    r"|statistics|performance|marketing|funktionale|notwendige|essenzielle|statistik)[- ]cookies$"
    r"|^[^.!?]{0,40}\b(?:toestaan niet toestaan|allow deny|accept reject|zulassen ablehnen|akzeptieren ablehnen)$"
    r"|^cookie ?(?:beleid|policy|richtlinie|einstellungen|instellingen|settings)(?:\s(?-i:[A-Z0-9])\S*){0,3}$"
    # a calendar widget's weekdays: "Mo Di Mi Do Fr Sa So", "ma di wo do vr za zo", "M T W T F S S"
    r"|^(?:(?:mo|di|mi|do|fr|sa|so) ){6}(?:mo|di|mi|do|fr|sa|so)$"
    r"|^(?:(?:ma|di|wo|do|vr|za|zo) ){6}(?:ma|di|wo|do|vr|za|zo)$"
    r"|^(?:(?:mon|tue|wed|thu|fri|sat|sun) ){6}(?:mon|tue|wed|thu|fri|sat|sun)$|^(?:[mtwfs] ){6}[mtwfs]$"
    # a content system's error left on the page: "User warning: The following module is missing … (line 1156 of …"
    r"|^(?:user |php )?(?:warning|notice|deprecated|fatal error)\s*:.{0,400}\(\)\s\(line \d+ of\b.{0,200}$"
    r"|^(?:[•·]\s*)?this field is for validation purposes and should be left unchanged\.?$"   # a form's hidden field
    # a press notice's number, a lone time stamp: "Press Notice No: 105-12", "Posted 22.15 GMT", "11:38 Uhr"
    r"|^(?:press|news|media) (?:notice|release) (?:no|nr|number)\.?\s*:?\s*(?=[\w/-]*\d)[\w/-]{1,30}$"
    r"|^(?:posted|updated|published) (?:at )?\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?\s?(?:gmt|bst|utc|cet|cest)?$"
    r"|^\d{1,2}[.:]\d{2}\s?(?:gmt|bst|utc|cet|cest)$"
    r"|^\W{0,8}video has no (?:sound|audio)\.?$"
    r"|^(?:change|select|choose) (?:language|your language)\s*:?\s*\w*$|^(?:sprache wählen|taal kiezen)\s*:?\s*\w*$"
    r"|^=>\s(?!.*\d)(?:\S+\s){0,7}\S+$"          # a link's arrow: "=> Unser Volksbegehren …" (no figures: a fact's)
    r"|^(?:zum|zur) [\w-]*(?:überblick|übersicht)$"                      # "Zum Medien-Überblick"
    # a newsletter's issue: "Nieuwsbrief 1 - oktober 2019", "nr. 4 - februari 2017"
    r"|^(?:nieuwsbrief|newsletter|rundbrief|ausgabe|editie|issue|nr\.|no\.)\s*(?:nr\.?\s*)?\d{1,3}\s*[-–|,]\s*"
    r"(?:[a-zäöü]+\.?\s)?(?:19|20)\d{2}$"
    # a social account's counters and a wire's section: "Likes: 3.1k", "Lastest from Businesswire"
    r"|^(?:likes|followers|following|fans|subscribers)\s*:\s*[\d.,]+\s?[km]?$|^la(?:te)?st(?:e?st)? from\b[^.!?]{0,40}$"
    r"|^(?:other|more) news in\b[^.!?]{0,60}$"                          # "Other News in Public Service Announcements"
    r"|^the original item was published from\b"                          # an archived item's notice
    # "Archivmeldung aus dem Jahr 2018"
    r"|^(?:archivmeldung|archivartikel|archivbeitrag)(?: aus dem jahr? (?:19|20)\d{2})?$"
    # an archive's notice: "Archive This press release is from 2004 and may contain information that is no longer …"
    r"|^(?:archived?\b.{0,80})?\bmay contain information that (?:is|may be) (?:no longer|out of date|outdated)\b"
    r"|^(?:this (?:is an )?(?:archived?|older) (?:page|item|article|news release|press release|release)\b"
    r"|dieser (?:artikel|beitrag|inhalt) (?:ist|wurde) archiviert\b|dit (?:bericht|artikel) is gearchiveerd\b)"
    r"|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.nz|co\.uk|com\.au|nz|uk|au|de|nl|be|at|ch|eu|info)/?$"   # a site's name
    r"|^zur webansicht$|^(?:im browser|online) (?:ansehen|anzeigen|lesen)$"     # a newsletter's link to its page
    # a release's sender line: "Presseaussendung der Polizei Niederösterreich"
    # "Pressestatement der CDU-Fraktion im Thüringer Landtag", "Persbericht van de Gemeente Utrecht"
    # (a topic after the sender makes it a title: "Pressestatement der Bundeskanzlerin zum Ausgang des Gipfels")
    r"|^(?:presseaussendung|pressemitteilung|medienmitteilung|presseinformation|pressestatement|presseerklärung"
    r"|medieninformation) (?:der|des|von) (?-i:[A-ZÄÖÜ])(?![^.!?]*\b(?:zum|zur|zu|über|nach|anlässlich|für)\b)"
    r"[^.!?]{2,60}$"
    r"|^persbericht(?:en)? (?:van|namens) (?:de |het )?(?-i:[A-Z])[^.!?]{2,60}$"
    # "Persberichten St Jansdal", "Pressemitteilungen Stadt Musterstadt": a section of releases and whose it is
    r"|^(?:persberichten|nieuwsberichten|pressemitteilungen|pressemeldungen|presseinformationen|medienmitteilungen)"
    r" (?-i:[A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){0,2})$"
    # "Archived page: may contain outdated information!": an archive's warning over an old page
    r"|^archived (?:page|content|article|news release|press release)\s*[:.!-]\s*.{0,60}$"
    # "Archived news releases from Kent Fire and Rescue Service", "News releases from September 2014 and onwards can
    # be found here:": an archive page's title and its pointer to the current releases
    r"|^archived (?:news|press|media) releases (?:from|of|by)\s(?-i:[A-Z])[^.!?]{2,60}$"
    r"|^(?:(?:news|press|media) releases|archived)\b[^.!?]{0,60}\bcan be found here\s*:?$"
    # "Embargoed: 10.00am", "Issued on behalf of Leeds Group plc": the release's own handling notes
    r"|^(?:under (?:strict )?)?embargo(?:ed)?\s*(?:until|till|to|:)\s*(?=[^!?]{0,40}\d)[^!?]{0,40}$(?<!\.)"
    r"|^issued on behalf of\s(?-i:[A-Z])[^.!?]{2,60}$"
    # "Photo source:", "Bildquelle:": a credit's label, its name on the next line
    r"|^(?:photo|image|picture|foto|bild|beeld)\s?(?:source|credits?|quelle|bron|nachweis)\s*:$"
    # "mainImage", "Editiepajot_prov": a page's identifier or image name where its picture stood
    r"|(?-i:^[a-z]{3,}[A-Z][A-Za-z]+$)|^[A-Za-z]+_[A-Za-z0-9_]+$"
    # "Chevron Down IconSubmit a story tip", "Camera IconSend us your pictures": an icon's name glued to its link
    r"|(?-i:^(?:[A-Z][a-z]+ ){0,3}Icon[A-Z][^.!?]{2,60}$)"
    r"|^follow (?-i:[A-Z][\w.&'-]{1,30})\s*:$|^follow us(?: on [\w ]{2,20})?\s*:$"   # "Follow Authorlink:"
    # "Lees ook: Brandweer Blokker uit de penarie", "Read also: …": a link to another article, its title after the
    # label
    r"|^(?:lees ook|bekijk ook|read also|see also|also read|lesen sie auch|auch interessant)\s*:\s*\S[^.!?]{2,150}"
    r"[!?]?$"
    # "Taalfout opgemerkt?", "Heb je een taal- of schrijffout opgemerkt in dit artikel?": a news site's feedback box
    r"|^(?:taalfout|schrijffout|tikfout) opgemerkt\?$|^heb je een taal- of schrijffout opgemerkt\b.{0,40}$"
    # "Heb jij tips? … Stuur ons jouw nieuws op …", "💬 Whatsapp ons!": a paper's call for tips
    r"|^heb (?:jij|je|u) (?:een )?tips?\?.{0,80}\b(?:stuur (?:ons|het)|mail|whatsapp|redactie|tip ons)\b.{0,80}$"
    r"|^\W{0,3}\s*whatsapp ons!?$"
    r"|^log in of maak een account aan\b.{0,120}$|^(?:log|sign) in or (?:create|register) (?:an|your) account\b.{0,80}$"
    # a finance portal's clock and tickers: "U.S. markets close in 6 hours 1 minute", "TSXV:BMK", "Toronto: TSX-V:"
    r"|^u\.s\. markets (?:open|close)s? in \d.{0,30}$|^u\.s\. markets (?:open|closed)$"
    r"|(?-i:^(?:[\w ()]{2,20}:\s*)?(?:TSXV?|TSX-V|NYSE|NASDAQ|Nasdaq|OTCQ[BX]|OTC|CSE|ASX|LSE|AIM|FSE|FRA|AMEX)"
    r"\s*[:-]\s*"
    r"(?:[A-Z.]{1,6})?$)"
    # a news site's reader boxes: "ORGANIZATIONS IN THIS STORY", "Have a concern or an opinion about this story? …"
    # a filing archive's pager and markers: "Previous: ACUSON CORP, 8-K, EX-4.1, 2000-10-02", "<PAGE>"
    r"|^(?:previous|next|vorige|volgende|vorheriger?|nächster?)\s*:\s*(?-i:[A-Z0-9])[^!?]{1,120}(?<![.!?])$|^<page>$"
    r"|(?-i:^[A-Z][A-Z0-9 .&,'-]{2,60}, (?:8-K|10-K|10-Q|6-K|20-F|S-1|DEF 14A|497J?)\b.{0,40}$)"
    # a site's accessibility hint, a link back, a comment policy: "Press Enter to show all options, press Tab go to
    # next option", "Return to full list >>", "Comments are welcome and encouraged. Please note, …"
    r"|^press enter to\b[^!?]{0,80}\bpress tab\b[^!?]{0,40}$"
    r"|^return to (?:the |our )?(?:(?:\w+ ){0,3}home ?page|(?:main |full |latest |all )?(?:blog|full list|list|news"
    r"|overview|top|previous page))\b"
    r"[^.!?\w]{0,4}$"
    r"|^comments are welcome\b(?=[^?]{0,200}\b(?:moderat|off-topic|abusive|spam|approved|reserve the right"
    r"|comment policy))[^?]{0,200}$"
    # a media kit's links, a camera's file name, a repost's note: "Broll and images available here", "1_DSC_2072",
    # "The following press release was published by … It is reproduced in full below."
    r"|^(?:b-?roll|images|photos|imagery|additional imagery|video|footage)\b[^.!?]{0,40}\bavailable here\.?$"
    r"|(?-i:^\d{0,3}_?(?:DSC|IMG|DSCN|DSCF)[_-]?\d{3,5}\b[^.!?]{0,80}$)"
    r"|^the following (?:press |news |media )?release was (?:published|issued)\b[^?]{0,200}$"
    r"|^add this \w+ to your watchlist\b[^!?]{0,80}$"
    # a web server's and a site's leftovers: "[an error occurred while processing this directive]", "Text Size:Increase
    # Text Size | Default Text Size", "Mobile Menu - OpenMobile Menu - Closed", "Powered by Perlanet", "The post …
    # appeared first on …"
    r"|^(?:\[an error occurred while processing this directive\]\s*)+$"
    r"|^(?:text|font) size\s*:\s*(?:increase|decrease|default|larger|smaller)\b[^.!?]{0,60}$"
    r"|^(?:mobile )?menu\s*[-–]\s*(?:open|closed?)(?:\s*(?:mobile )?menu\s*[-–]\s*(?:open|closed?))?$"
    r"|^powered by\s(?:wordpress|drupal|joomla|typo3|wix|squarespace|perlanet|blogger|ghost|hugo|jekyll"
    r"|[\w-]+\.(?:com|org|net|de|nl|be|co\.uk))\b[^.!?]{0,20}\.?$"
    r"|^the post\b.{5,200}\bappeared first on\b.{0,60}$"
    # (one "follow … on" at a time: a run of them backtracks)
    r"|^(?:follow\b(?:(?!\bfollow\b)[^.!?]){0,40}\bon (?:facebook|twitter|youtube|instagram|linkedin|x)\s*){2,}$"
    r"|^subscribe to (?:our |the latest )(?:news|updates|newsletter|press releases)\b(?:\s(?:from|via)\b[^.!?]{0,40})?$"
    r"|^(?:[^\s.!?]+\s){6,20}(?:\.\.\.|…)\s?more$"                          # a teaser cut off: "… ... more"
    # a press page's blurbs: "In diesem Bereich finden Sie unsere aktuellen Pressemeldungen …", "Um in den
    # Presseverteiler aufgenommen zu werden, …"
    r"|^in diesem bereich finden sie (?:unsere |alle |die )?(?:aktuellen |neuesten )?(?:presse\w*|meldungen"
    r"|nachrichten|mitteilungen|informationen für (?:journalist|medien))\b[^?]{0,150}$"
    r"|^um in den presseverteiler aufgenommen zu werden\b[^?]{0,200}$"
    r"|^(?:markiert in|getaggt|verschlagwortet|tagged(?: with)?)\s*:\s*(?:[\w&-]+(?: [\w&-]+){0,2}"
    r"(?:,\s*[\w&-]+(?: [\w&-]+){0,2})*)?$"
    # a paper's and a blog's boxes: "Wat vindt u? Reageer op dit artikel.", "Dit artikel bevat in totaal 599
    # woorden.", "Klik op 'toestaan' om meldingen … te ontvangen.", "Country(Required)", "You must be logged in to
    # post a comment", "Votre adresse e-mail ne sera pas publiée.", "Writer's picture…", "Read the entire message",
    # "Der Pressebericht ist … auch als PDF-Datei verfügbar."
    r"|^(?:reacties\s*:\s*)?wat vindt u\?\s*reageer (?:op|onder) (?:dit|het) (?:artikel|bericht)\b[^?]{0,20}$"
    r"|^(?:dit artikel bevat in totaal|this article contains) \d+ (?:woorden|words)\.?$"
    r"|^(?:klik op|click) ['‘\"](?:toestaan|allow)['’\"] (?:om|to)\b[^.!?]{0,60}\b(?:meldingen|notifications)\b"
    r"[^!?]{0,40}$"
    r"|^[\w ]{1,29}\w\((?:required|verplicht|pflichtfeld)\)$"                  # a form's field: "Country(Required)"
    r"|^writer['’]s picture\S*[^.!?]{0,40}$"
    r"|^read the (?:entire|full|whole) (?:message|article|story|release|statement)$"
    r"|^(?:(?:diese[rs]?|die|der|das) )?(?:presse(?:mitteilung|meldung|bericht|information)|pressebericht|artikel"
    r"|beitrag|meldung|mitteilung|text)\b[^.!?]{0,40}\b(?:auch )?als pdf(?:-datei)? (?:verfügbar|erhältlich"
    r"|abrufbar)\.?$"
    # a list's teaser, its time glued on ("7:30PM Doors open", "14:00Uhr Eröffnung" are a programme's)
    r"|(?-i:^\d{1,2}:\d{2}(?!Uhr|Uur|[AP]M)[A-ZÄÖÜ](?:[a-zäöüß]|[A-Z]{1,4}\s)[^.!?]{4,120}$)"
    # a blog's subscription box: "Discover more from Muster Public Relations", "Subscribe to get the latest posts
    # sent to your email."; a paper's: "Get the latest news to your email inbox FREE!", "FREE EMAIL SUBSCRIPTION: …"
    r"|^discover more from\s[^.!?,]{2,60}$|^subscribe to get the latest posts\b.{0,60}$"
    r"|^get (?:the latest|our) (?:news|headlines|stories)\b.{0,60}$"
    r"|^(?:disclaimer|comment policy|free (?:e-?mail )?subscription|haftungsausschluss)\s*:\s.{10,400}$"
    # "If in an emergency Dial 911": the emergency number in the page's banner
    r"|^(?:if in an emergency|in an emergency|in case of (?:an )?emergency|for emergencies),?\s(?:please\s)?"
    r"(?:dial|call)\s(?:911|999|112|000|111)\.?$"
    r"|^go to the [^.!?]{2,40} homepage$|^jump to main (?:navigation|content).{0,40}$"
    r"|^this account is pending registration confirmation\b.{0,160}$"
    # "Mr. Jack Muster reports": a portal's line naming who reports, above its rewrite of the release
    r"|(?-i:^(?:Mr|Mrs|Ms|Dr)\.?\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\sreports$)"
    # "Bel naar 03 776 72 50": a number to call; "Zur Bildergalerie von …": a gallery's link
    r"|^bel (?:naar|ons op)\s*\+?[\d ()/-]{7,20}$|^zur (?:bildergalerie|fotostrecke|galerie)\b.{0,80}$"
    r"|^organi[sz]ations in this story$|^have a concern or an opinion about this story\?.{0,60}$"
    # a site's banners: "U gebruikt een verouderde browser. DNB.nl werkt het beste met:", "Polizeinotruf in dringenden
    # Fällen: 110"
    r"|^(?:u gebruikt|you are using|sie verwenden|sie nutzen) (?:een|an|einen) (?:verouderde|outdated|veralteten)"
    r" browser\b.{0,120}$"
    # "UEFA.com works better on other browsers", "For the best possible experience, we recommend using Chrome, …"
    r"|^\S+ works (?:best|better) (?:on|in|with) (?:other|another|a modern|modern|these) browsers?\b.{0,40}$"
    r"|^for the best (?:possible )?experience,? (?:we recommend|please) us(?:e|ing) (?:the latest version of )?"
    r"(?:chrome|firefox|edge|safari|microsoft edge|a modern browser)\b.{0,60}$"
    r"|^(?:polizei)?notruf in dringenden fällen\s*:?\s*\d{3}$|^in dringenden fällen\s*:?\s*(?:polizei)?notruf\s*\d{3}$"
    # an archive's notice: "Diese Meldung ist vor 2018 erschienen. Gegenüber der ursprünglichen Fassung …"
    r"|^diese (?:meldung|mitteilung|seite|pressemitteilung) ist (?:vor|im|am) .{2,30}erschienen\b"
    # a stock portal's fields: "Registriert in: Kanada WKN: …", "Währung: CAD", "Art: Originalaktie ISIN: …"
    r"|^(?:registriert in|heimatbörse|währung|symbol)\s*:|^art\s*:\s*(?:originalaktie|aktie|stammaktie|anleihe)\b"
    r"|^pte\d{11}\b"                                           # pressetext's item code: "pte20050616012 Unternehmen/…"
    # a sharing widget: "Bookmark and Share RSS IconRSS"; after the item's stamp: "18 Jan 2007 [14:45h] Bookmark and
    # Share"
    r"|^(?:\d{1,2}\.? [a-zäö]{3,9}\.? \d{4}\s*(?:\[\d{1,2}:\d{2}h?\])?\s*)?bookmark (?:and|&) share\b"
    r"|^visit \S+\.[a-z]{2,}\S* for (?:more|further|the latest)\b[^.!?]{0,30}\.?$"   # "Visit www.premier.vic.gov.au …"
    # "FOR IMMEDIATE RELEASE: Friday, June 4, 2010 3:50pm": the release's stamp
    r"|^for immediate release\s*[:,–—-]?\s*(?=[^.!?]{0,50}$)[^.!?]*\b(?:19|20)\d{2}\b"
    # "For Release: Tuesday, October 2, 2012, 10 a.m. EDT"
    r"|^for release\s*:\s*(?=[^!?]{0,60}$)[^!?]*\b(?:19|20)\d{2}\b"
    r"|^for\s*:\s*(?-i:[A-Z])[^.!?]{2,60}$|^published date\s*:"       # a release's header fields: "For: Comtex …"
    r"|^\((?:symbol|ticker|nasdaq|nyse|tsx|otc)\s*:\s*[A-Z.]{1,8}\)$"    # its ticker alone: "(Symbol: CMTX)"
    # an announcement's defined terms alone: "('Desire' or the 'Company')", "("Symphony", the "Company" or the "Group")"
    r"|^\([\"'‘“][^()]{2,80}(?:the [\"'‘“](?:company|group|issuer|fund|trust|bank)[\"'’”])\)$"
    r"|^download\b.{0,60}\b(?:click(?:ing)? here|right[- ]click)"       # "Download the audio … by right clicking here."
    # an archive's sorting links: "Feature Stories by Date", "Browse by Topic"; a release's stamp "Release: IMMEDIATE"
    r"|^(?:[\w-]+ ){0,3}by (?:date|topic|category|year|month)$|^release\s*:\s*immediate(?:ly)?\b"
    # a document site's viewer: "Size: px", "Start display at page:", "Download "Title""
    r"|^size:\s*px$|^start display at page:?$|^download\s+[\"“].{3,200}[\"”]$"
    # the masthead's line under the office: "a division of the DEPARTMENT OF PUBLIC SAFETY"; a release's code "B13101"
    r"|(?-i:^an? (?:division|part|unit|member|subsidiary|service) of (?:the )?[A-Z][A-Za-z&,.' -]{3,60}$)"
    r"|(?-i:^[A-Z]{1,2}\d{4,8}$)|^\d{5,7}$"                  # an incident's number alone: "64764"
    # "For further information please contact: Sergeant Brent J. Bernhardt": the contact's name after the label
    r"|^.{0,50}\bcontact\s*:\s*(?-i:(?:(?:Sergeant|Sgt\.|Lieutenant|Lt\.|Officer|Captain|Capt\.|Corporal|Cpl\.|Trooper"
    r"|Deputy|Detective|Mr\.|Ms\.|Mrs\.|Dr\.)\s)?[A-Z][\w'-]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w'-]+){1,2})$"
    # a portal's label over the sender: "Press Release: New Zealand Police"; who put it out: "From Department of …"
    r"|^(?:press release|media release|news release|persbericht|pressemitteilung)\s*:\s*"
    r"(?-i:[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|of|and|&|the|for|van|de|der)){0,5}\s)?"
    r"(?:police|polizei|politie|department|ministry|council|government|office|service|agency|authority|commission"
    r"|university|gemeente|provincie|regierung|ministerium|landkreis)$"
    r"|^from (?:the )?(?:department|ministry|office|minister) (?:of|for)\b[^.!?]{2,80}$"
    # a report's field glued to its value: "EinsatzstichwortFEU", "Einsatzbeginn13:37 Uhr"
    r"|(?-i:^(?:Einsatzstichwort|Einsatzbeginn|Einsatzende|Einsatzort|Einsatzdauer|Alarmierung|Alarmzeit|Einsatzart"
    r"|Einsatzbeschreibung|Einsatzdatum|Eingesetzte Kräfte|Fahrzeuge)"
    r"(?=[A-Z\d])[^!?]{1,60}$)"
    # a site's welcome and skip-link intro: "Willkommen auf der Website der Gemeinde Wallisellen", "Sprungnavigation",
    # "Von hier aus können Sie direkt zu folgenden Bereichen springen:", "Startseite Alt+0 Navigation Alt+1 …"
    r"|^(?:herzlich )?(?:willkommen|welcome|welkom) (?:auf|bei|to|op|bij) (?:der |den |the |de |unserer |onze )?"
    r"(?:website|homepage|webseite|internetseite|site|portal|seiten?)\b(?:[^.!?]|\.(?=\w)){0,60}$"
    # a pager's page, a search box's question, a link to send the paper a story, a print view's title, an image's
    # alternative text, a dealer's opening hours, a sponsor's line
    r"|^(?:page|seite|pagina)\s+\d{1,3}(?:\s+(?:of|von|van)\s+\d{1,3})?$"
    r"|^(?:was|wonach) suchen sie\??$|^what are you looking for\??$|^waar (?:ben je|bent u) (?:naar )?op zoek\??$"
    r"|^(?:suggest|submit) a (?:story|news tip|tip)$|^send us (?:a|your) (?:story|tip|news tip)$"
    r"|^[^.!?]{2,80}\((?:druckversion|druckansicht|print version|printable version|printversie)\)$"
    r"|^(?:image|thumbnail) for [^.!?:]{3,160}$|^afbeelding bij [^.!?:]{3,160}$"
    # a logo's and a divider's alternative text: "European Commission logo print header", "… logo and also link to
    # the homepage", "Two color orange horizontal divider"
    r"|^[^.!?]{2,80}\blogo(?: (?:and )?(?:also )?links? to the)? ?(?:homepage|home page|startseite)$"
    r"|^[^.!?]{2,80}\blogo print header$"
    r"|^(?:[\w-]+ ){0,4}(?:horizontal|vertical) (?:divider|separator|spacer)(?: image| line| bar)?$"
    r"|^(?:[\w-]+ ){0,4}(?:divider|separator|spacer) (?:image|line|bar)$"
    # a file's link and its size: "PDF zum Download: TdoT2012.pdf", "(451 KB)"
    r"|^[^.!?]{0,40}\b(?:pdf|download)\b[^!?]{0,20}:\s*\S+\.(?:pdf|docx?|zip|pptx?|xlsx?)$"
    r"|^\(\d+(?:[.,]\d+)?\s?(?:kb|mb|gb)\)$"
    # an archive's stamp and a language chooser's label: "Content archived on 2022-11-18", "Article available in
    # the following languages:"
    r"|^(?:content |page |article )?archived (?:on|am|op)\s.{6,30}$"
    r"|^(?:this )?(?:article|page|release|content) (?:is )?(?:also )?available in (?:the following|other) languages"
    r"\s*:?$"
    # a reference field: "Ref: 292a06", "Az.: 3-12/2020" (a value with a digit, no words)
    r"|^(?:ref|réf|our ref|reference|kenmerk|ons kenmerk|unser zeichen)\.?\s*:\s*(?=[\w/.-]*\d)"
    r"[\w/.-]{2,20}$"
    r"|^logo (?:der firma|des|der|von|of|van(?: de| het)?)\s(?-i:[A-ZÄÖÜ][\w.&'’-]*(?:\s(?:[A-ZÄÖÜ][\w.&'’-]*|für"
    r"|der|des|und|&|of|and|van|de|het|in|im|am|an|zu|for|at|voor|op)){0,6})$"
    r"|^(?:service |sales |parts |office |store )?hours\s+(?:mon|tue|wed|thu|fri|sat|sun|daily)\w*"
    r"[^.!?]{0,30}\d{1,2}\s?(?:am|pm)\s?[-–]\s?\d{1,2}\s?(?:am|pm)\b[^.!?]{0,60}$"
    r"|^proudly (?:partnered|sponsored|supported|powered) (?:with|by)\b(?:[^.!?]|\.(?=\w)){2,60}$"
    r"|^(?:dit \w+ wordt )?mede mogelijk gemaakt door:?$|^(?:this \w+ is )?(?:made possible|brought to you) by:?$"
    # a wire's logo or photo link ("· (Logo: http://www.newscom.com/…)"), a link back to a section ("back to business")
    r"|^[·•]?\s*\((?:logo|photo|video|audio|graphic):\s*https?://\S+\s*\)$|(?-i:^back to (?:the )?[a-z]+(?: [a-z]+)?$)"
    # a country chooser's lines, a link's label over its address, a reading-time widget
    r"|^please choose your (?:local|country)\b[^.!?]{0,40}$|^no thanks, i want to stay on\b(?:[^!?]|\.(?=\w)){0,40}$"
    r"|^(?:weiterlesen|weitere informationen|mehr informationen|more information|meer informatie|lees verder"
    r"|read more) (?:unter|at|op|here|hier)\s*:?$"
    r"|^(?:lesedauer|lesezeit|reading time|leestijd)\s*:?\s*(?:\d+\s*)?min(?:\.|uten|utes)?$"
    r"|^(?:[-–•·]\s)?\d{1,2}\s*min(?:\.|uten|utes)?\s*(?:lesezeit|lesedauer|reading time|leestijd|lezen|read)$"
    r"|^gemiddelde leestijd\b[^.!?]{0,40}\d+\s*(?:seconden|minuten|min)\.?$"
    # a newsletter's sign-up box: "Schrijf je in voor onze dagelijkse nieuwsbrief …", "Ik ben al ingeschreven"
    r"|^(?:schrijf je in|meld je (?:nu )?aan|abonneer je) (?:voor|op) (?:onze|de) (?:\w+ )?nieuwsbrief\b[^?]{0,100}$"
    r"|^(?:melden sie sich|abonnieren sie)\b[^?]{0,40}\bnewsletter\b[^.?]{0,120}"
    r"(?:\.\s*hier können sie sich anmelden)?\.?$"
    r"|^(?:inschrijven|abonneren|aanmelden) ik ben al ingeschreven$"
    # a link in brackets or a footnote's link ("[ http://fsfeurope.org/… ]", "¹ http://www.bundestux.de"), a site's
    # service label, a category field with its date, a greeting to the site's visitors
    r"|^\[\s*https?://\S+\s*\]$|^[¹²³⁴⁵⁶⁷⁸⁹]\s*(?:https?://|www\.)\S+$"
    r"|^(?:ein service von|a service (?:of|by|from)|een (?:dienst|service) van)$"
    r"|^(?:rubrik|ressort)\s*:\s*[^.!?:]{1,40}\s+datum\s*:\s*[\d.]{6,10}$"
    r"|^(?:rubrik|ressort|kategorie|category|categorie)\s*:\s*[\w&/-]+$"   # ("Categorie: Beste roman" is an award's)
    r"|^(?:guten (?:morgen|tag|abend)|hallo|herzlich willkommen),? liebe (?:besucher|leser)\w*(?: und \w+)?"
    r" (?:unserer|auf unserer) (?:webseite|homepage|internetseite|seite)\b[^.?]{0,40}!?$"
    # a comment count, a paywall's questions, a notice that the release is old
    r"|^(?:reacties|comments|kommentare)(?: op dit artikel| zu diesem artikel| on this article)?\s*\(\d+\)$"
    r"|^\d+ (?:comments?|kommentare?|reacties?)\s*:?$"                   # "0 comments:"
    r"|^sie sind (?:bereits|schon) abonnent\b[^.!]{0,40}$|^sie sind noch nicht registriert\??$"
    r"|^this (?:news )?release was (?:posted|published) more than\b[^!?]{0,120}$"
    # "Weitere Informationen:" over links or contacts (the label alone; it opens no block)
    r"|^(?:weitere|mehr) (?:informationen|infos)\s*:$"
    # a blog's view counter, a portal's note on whose update it shows
    r"|^\(visited \d+ times?, \d+ visits? today\)$|^about this (?:update|release|news) from\b[^!?]{2,80}$"
    # "Fotos zur honorarfreien Verwendung: …": the credit over a release's pictures
    r"|^fotos? zur (?:honorarfreien|freien) (?:verwendung|veröffentlichung)\b[^!?]{0,80}$"
    # a page's title: the document's type and who issued it ("Pressemitteilung | Deutscher Kulturrat e.V.")
    r"|^(?:pressemitteilung|medienmitteilung|press release|news release|media release|persbericht)\s[-–]\s"
    r"(?-i:[A-ZÄÖÜ][\w.&'’-]*(?:\s[A-ZÄÖÜ][\w.&'’-]*){0,2})$"   # ("News Release - Manitoba", not a title's four words)
    r"|^(?:pressemitteilung|medienmitteilung|press release|news release|media release|persbericht)\s*\|\s*"
    r"(?-i:[A-ZÄÖÜ][\w.&'’-]*(?:\s(?:[A-ZÄÖÜ][\w.&'’-]*|e\.V\.|für|der|des|van|de|of|the|and|und|en)){0,5})$"
    r"|^von hier aus k\S{1,3}nnen sie direkt\b.{0,60}$|^[^.!?]{0,60}(?:\balt\s?\+\s?\d\b[^.!?]{0,60}){2,}$"
    # a fire brigade's note on what it publishes: "… dass verschiedene Einsätze aus rechtlichen Gründen … nicht
    # veröffentlicht werden können.", "Die hier veröffentlichten Angaben … haben keine rechtliche Aussagekraft."
    # (its own wording only: "Namen … können aus ermittlungstaktischen Gründen nicht veröffentlicht werden" is news)
    r"|^[^!?]{0,120}\beinsätze aus rechtlichen gründen\b[^!?]{0,120}\bnicht veröffentlicht werden\b.{0,40}$"
    r"|^die hier veröffentlichten angaben\b[^!?]{0,300}\brechtliche aussagekraft\b.{0,200}$"
    r"|^(?:bericht)?verfasser(?:in)?\s*:\s*\S.{0,80}$|^zur übersicht\b[^.!?]{0,60}$"
    # a bulletin's number and date: "Hochwassernachrichtendienst: Nr. 15 / Mittwoch, 02. Juni 2010"
    r"|^[\wäöü-]{4,40}\s*:\s*(?:nr|no)\.\s*\d{1,4}\s*/\s*.{6,40}$"
    r"|^(?:besuchen sie uns|folgen sie uns|visit us|find us|volg ons) (?:in|auf|on|op) (?:den )?(?:sozialen"
    r" (?:netzwerken|medien)|social media|sociale media)\b.{0,20}$"
    # a document site's viewer in Dutch: "Maat: px", "Weergave met pagina beginnen:"
    r"|^maat:\s*px$|^weergave met pagina beginnen:?$"
    # a portal's stamp: "Freitag, 12.05.2017 00:05 von GlobeNewswire | Aufrufe: 132"
    r"|^.{0,40}\d{1,2}:\d{2}\s+(?:von|by|door)\s+\S+(?:\s\S+)?\s*\|\s*(?:aufrufe|views|weergaven)\s*:\s*[\d.,]+$"
    r"|^.{3,80}\((?:pdf|docx?|xlsx?)\)\.?$"                   # a link to a document: "Bekijk hier het overzicht (pdf)."
    r"|^issued by (?-i:[A-Z])[^!?]{3,80}\.?$"       # "Issued by Fire Control at … Fire and Rescue Service."
    r"|^please (?:check out|follow|visit|like) (?:us|our)\b.{0,40}\b(?:twitter|facebook|instagram|social media)\b"
    r".{0,60}$"
    # (the box's whole text: "Sign up to receive email updates about …. You can unsubscribe at any time.")
    r"|^sign up (?:to|for) (?:receive |get )?(?:our |monthly |weekly |regular |daily |local |e-?mail )*(?:updates"
    r"|newsletters?|news|alerts)\b(?:.{0,60}$|(?![^?]*(?:www\.|https?://))(?=[^?]{0,250}\b(?:unsubscribe|privacy|inbox)\b)"
    r"[^?]{0,300}$)"
    r"|^sign up to our (?:[\w-]+ ){0,4}newsletter\b(?:[^.!?]{0,20}[.!]?$"
    r"|(?=.{0,400}\b(?:thank you for signing up|unsubscribe|privacy)\b).{0,400}$)"
    r"|^(?:[^\s.!?]+\s){1,3}(?:at|on|unter|op)\s+(?:https?://|www\.)\S+(?<!\.)$"   # "Court file information at https://…"
    r"|^visit the\b.{0,40}\bweb ?site$"
    # a Word document's leftovers in a page: "Normal 0 21 false false false DE X-NONE X-NONE", "/* Style Definitions */"
    r"|^normal\s+\d+\s+\d+\s+false\s+false\s+false(?:\s+[a-z]{1,2}(?:-[a-z]{2,})?){1,4}$|^/\*\s*style definitions\s*\*/"
    # an empty comment box: "Es existieren Keine Kommentare zu diesem Thema", "No comments yet."
    r"|^(?:es (?:existieren|gibt) keine kommentare(?: zu diesem (?:thema|beitrag|artikel))?|no comments yet"
    r"|(?:er zijn )?nog geen reacties)\.?$"
    # a fire brigade's report table: "Alarmstichwort | Verkehrsunfall, Person eingeklemmt |"
    r"|^(?:alarmstichwort|einsatzstichwort|mannschaftsstärke|eingesetzte fahrzeuge|weitere kräfte|einsatzort"
    r"|einsatzdauer|alarmierung|alarmzeit|einsatzart)\s*\|.{1,160}$"
    r"|^(?:klik op|click on|klicken sie auf) [\"'‘“]?(?:lees meer|read more|weiterlesen)[\"'’”]? (?:om verder te lezen"
    r"|to (?:continue|read more)(?: reading)?)\.?$"
    # a finance portal's masthead: "Freitag, 03.05.2024 Börsentäglich über 12.000 News von 685 internationalen Medien"
    r"|^.{0,30}\b(?:19|20)\d{2}\s+börsentäglich über [\d.]+ news\b.{0,60}$"
    # an article's toolbar: "Print Email Article Font Down Font Up Charts"; a language switch ("English VersionIrish
    # Version")
    r"|^(?:print|e-?mail|share|article|font|text|size|up|down|charts?|comments?)(?:\s+(?:print|e-?mail|share|article"
    r"|font|text|size|up|down|charts?|comments?)){3,}$"
    r"|^(?:(?:english|irish|gaeilge|deutsch|nederlands|français|french|german|dutch)\s*version\s*){2,3}$"
    r"|^search for\s+click to search$|^list of links present in page$"
    r"|^advertisements?$|^advertisement\s*[-–]\s*scroll\b[^.!?]{0,40}$"
    r"|^(?:accessibility\s+)?(?>skip to (?:(?!skip to\b)[\w ]){3,40}){2,}$"       # (an item never runs into the next)
    # a reference in brackets: "(Occurrence Number: 23-29641)", "(Court Information Number: 991225398)"
    r"|^\((?:court information|occurrence|case|file|incident|reference|report) (?:number|no\.?)\s*:\s*[\w-]{3,20}\)$"
    r"|^note\s*:\s*the (?:preceding|above|following) information is preliminary\b.{0,120}$"
    r"|^office hours\s*:.{0,80}$|^office hours are (?:monday|mon\.?|weekdays)\b[^.!?]{0,80}$"
    # a browser notice, a wire portal's subject codes, a site's maker, an account form's lines
    r"|^your browser does not support\b.{0,40}$|^subjects?\s*:\s*[A-Z]{2,6}(?:,\s*[A-Z]{2,6})*$"
    r"|^(?:site|website|web design|design) by\b.{0,40}$"
    r"|^enter (?:your|the)\b.{0,60}\b(?:password|verification code)\b.{0,60}$"
    r"|^\*?you will receive a verification code\b"
    r"|^\d{1,2}/\d{1,2}/\d{2,4}\s*@\s*\d{1,2}:\d{2}$"            # an incident page's stamp: "01/06/2018 @ 03:49"
    # a site's menu from home: "Home Region Sport Magazin Schweiz/Ausland Agenda"; an Austrian police page's state
    # (two of a menu's usual items in it: "Home Office Announces New Visa Rules" is a title)
    r"|(?-i:^(?:Home|Startseite)(?=(?:.*\b(?:Region|Sport|Agenda|Kontakt|News|Service|Magazin|Kultur|Wirtschaft|Politik"
    r"|About|Contact|Events|Termine|Aktuelles)\b){2})(?:\s[A-ZÄÖÜ][\w/&-]*){3,8}$)"
    r"|(?-i:^(?:BURGENLAND|KÄRNTEN|NIEDERÖSTERREICH|OBERÖSTERREICH|SALZBURG|STEIERMARK|TIROL|VORARLBERG|WIEN)$)"
    # a news portal's boxes: "Join Our Newsletter!", "Want to keep up to date …? Subscribe to newsletter!"
    r"|^join our newsletter!?$|^want to keep up to date\b.{0,80}\bsubscribe\b.{0,30}$|^you may also (?:read|like)!?$"
    r"|^fbpx$|^lorem ipsum\b|^view (?:the )?pdf\b.{0,60}$"
    r"|(?-i:^(?:[A-Z@][\w.&@-]*\s){1,3}on (?:Twitter|Facebook|Instagram|LinkedIn|X)$)"
    r"|^share this (?:post|article|page|story)\s*:?$|^.{0,60}\[weiter\s?(?:\.{3}|…)\]$"
    # a wire's e-mail header: "News release via CNW Telbec, Montreal 514-878-2520", "Attention News/Health Editors:"
    r"|^news release via\b.{0,60}$|^attention\b[^.!?]{0,40}\beditors?\s*:?$"
    r"|^read (?:the )?full\b.{0,40}\b(?:pdf|announcement|release|statement)\b.{0,10}$"
    # a company's letterhead in capitals: "JOURNEY RESOURCES CORP."
    # (a name of at most four words and no verb: "GOLDCORP TO ACQUIRE NORTHERN MINING CORP." is a title)
    r"|(?-i:^(?!.*\b(?:TO|ANNOUNCES?|WITH|AND|ACQUIRES?|REPORTS?|COMPLETES?|SIGNS?|ENTERS?|BUYS?|SELLS?|MERGES?)\b)"
    r"[A-Z][A-Z&.,'’-]*(?:\s[A-Z][A-Z&.,'’-]*){0,3}\s(?:CORP\.?|CORPORATION|INC\.?|LTD\.?|LIMITED|PLC|GMBH|N\.V\.|B\.V\.|S\.A\.)$)"
    # BioSpace's boxes around a wire release: "free biotech news Get the latest …", "Help employers find you! …"
    r"|^free biotech news\b.{0,160}$|^help employers find you!.{0,80}$"
    r"|^(?:download|bekijk|lees) (?:de|het|the|die|den) [^.!?]{1,30} (?:hier|here|hier herunterladen)$"
    # a newsletter's sign-up: "Meld u aan voor de nieuwsbrief, wij houden u op de hoogte …"
    r"|^(?:meld (?:u|je) aan voor|schrijf (?:u|je) in voor|abonneer (?:u|je) op) (?:de|onze) nieuwsbrief\b.{0,100}$"
    # idw's page: "idw – Informationsdienst Wissenschaft", "Nachrichten, Termine, Experten", its search link
    r"|^idw\s*[-–]\s*informationsdienst wissenschaft$|^nachrichten, termine, experten$"
    r"|^search / advanced search of the idw archives$"
    r"|^grafik(?:\s(?-i:[A-Z])[\wäöüß-]*){1,3}$|^system\s*:\s*\w+$"     # a picture's label, a CMS's name
    # a footer's address and links: "Amt der … Landesregierung, 8011 Graz Burgring - Impressum Datenschutz"
    r"|^.{0,120}\b(?:impressum|datenschutz)\s+(?:datenschutz|impressum|barrierefreiheit|kontakt)\b.{0,30}$"
    # a news site's stamp: "Published: Dec. 24, 2020 at 5:57 PM CST|Updated: 5 hours ago"
    r"|^published\s*:.{4,40}\|\s*updated\s*:.{1,40}$"
    # a site's notices: "Your cookie preferences have been saved. …", "Sorry, there was a technical problem. …"
    r"|^your cookie (?:preferences|settings) ha(?:ve|s) been (?:saved|updated)\b"
    r"|^sorry, (?:there was|something went) (?:a technical problem|wrong)\b.{0,40}$"
    # an aggregator's buttons: "Ontvang updates voor Mechelen", "Lees het volledige artikel bij de bron"
    r"|^ontvang updates voor\b.{0,40}$|^lees het volledige (?:artikel|bericht) (?:bij|op) de bron$"
    r"|^bekijk al het (?:lokale )?nieuws (?:van|uit|in)\b.{0,40}$|^meer meldingen in deze omgeving$"
    r"|^meld je (?:dan )?(?:gratis|GRATIS) aan voor\b.{0,80}$"
    r"|^(?:deel|delen|share|teilen)(?: dit artikel| this article| diesen artikel)? (?:via|on|op|auf)\s*:?$"
    r"|^(?:bron|quelle|source)\s+(?:video|foto|beeld|bild|tekst|text)\s*:\s*\S.{0,60}$"   # "Bron video: Gemeente …"
    r"|^\d{1,2}u\d{2}(?:\s+\d{1,3})?$"                    # a Belgian site's time and comment count: "03u00 0"
    r"|^(?:e-?mail (?:mij|me) bij wijziging|e-?mail deze pagina|e-?mail this page)(?:\s+e-?mail deze pagina)?$"
    # a social counter, a ticker with spaces, a clock: "0 Shares", "TSX : AXL", "00:04:41 EDT Thu 02 May 2024"
    r"|^\d{1,2}:\d{2}:\d{2}\s+[A-Z]{2,5}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}$"
    r"|^\d[\d.,]*\s?[km]?\s(?:shares?|likes?|tweets?|pins?|views?)$|^(?:tsx(?:-?v)?|nyse|nasdaq|amex|otc\w*|cse|asx)\s+:\s*[A-Z.]{1,6}$"
    r"|^(?:stock )?symbol\s*:\s*[A-Z.]{1,6}(?:\s*\([^)]{2,20}\))?$"
    # a skip link in Dutch and English mixed: "Skip naar content"; a page's back link: "Terug naar vorige pagina"
    r"|^(?:skip|spring|ga) naar (?:de )?(?:content|inhoud|hoofdinhoud|navigatie)$"
    r"|^(?:terug naar (?:de )?vorige pagina|zurück zur vorherigen seite|back to (?:the )?previous page)$"
    r"|^ga naar (?:het|de) (?:volledige )?(?:nieuws)?(?:overzicht|archief)$"
    # an app's store buttons: "Download onze app op de Google Play Store Download onze app in de App Store"
    r"|^(?:download (?:onze|our|unsere) app\b.{0,40}){1,2}$"
    r"|^(?:fotoreportage|fotoserie|fotogalerij|photo gallery|bildergalerie)(?:\s*:\s*[^.!?]{2,40}"
    r"|\s*\(\d+ (?:foto's|fotos|photos|bilder)\)(?:\.\.\.|…)?)$"
    r"|^(?:of |or |oder )?(?:registreer je|register|registrieren sie sich)\b.{0,20}"
    r"\b(?:reageren|comment|kommentieren)\b.{0,10}$|^(?:log in|inloggen)\b.{0,20}\b(?:reageren|comment)\b.{0,10}$"
    # an archive's notice: "This material is available primarily for archival purposes."
    r"|^this (?:material|page|release|item|document) is (?:available|provided|retained|kept)"
    r" (?:primarily |solely |only )?for (?:archival|historical|reference) purposes\b"
    # a page's image name: "fly tip-2"
    r"|(?-i:^[a-z]+(?: [a-z]+)?[-_]\d{1,3}$)"
    # a file's size: "1.76 kB", "Dateigröße: 3349.81 KBytes"
    r"|^(?:(?:dateigröße|dateigrösse|file ?size|bestandsgrootte|größe|grootte|size)\s*:\s*)?\d+(?:[.,]\d+)?\s?"
    r"(?:[kKMG]i?B(?:ytes?)?|bytes)$"
    # numbered skip links: "1. Navigation", "2. Inhalt"
    r"|^\d\.\s*(?:navigation|hauptnavigation|inhalt|hauptinhalt|suche|menü|footer|fußzeile|content|main content"
    r"|search|menu|navigatie|inhoud|zoeken)$"
    # "Medieninformation der Polizeidirektion Chemnitz Nr. 41|2026": the release's number after its office
    r"|^(?:medieninformation|pressemitteilung|presseinformation|medienmitteilung)\s(?:der|des)\s[^.!?]{3,60}"
    r"\bnr\.?\s*\d{1,4}\s*[|/]\s*\d{2,4}$"
    r"|^sie sind (?:derzeit |zurzeit )?nicht angemeldet\.\s.{0,120}\bkommentar"   # a comment box's login prompt
    # a release's number: "Medieninformation: 03/2020", "Pressemitteilung Nr. 12/2019", "Medienmitteilungsnummer 207"
    r"|^(?:medieninformation|medienmitteilung|pressemitteilung|presseinformation|pressemeldung|persbericht"
    r"|press release|news release|media release)(?:\s*:?\s*\d{1,4}\s*/\s*(?:\d{2}|\d{4})"
    r"|(?:\s*(?:nr\.?|no\.?|nummer|number)|s?nummer)\s*:?\s*\d{1,4}(?:\s*/\s*(?:\d{2}|\d{4}))?)$"
    # the label over a release's pictures: "Bildmaterial zur Medieninformation:", "Pressefotos:"
    r"|^(?:bildmaterial|fotomaterial|pressefotos?|pressebilder|beeldmateriaal|persfoto's)(?: zu[rm] \w+)?\s*:?$"
    r"|^(?:pdf icon\s+)?\S+\.(?:pdf|docx?|xlsx?|odt|pptx?|zip)$"                  # "PDF icon nota_….pdf": an attachment
    r"|^(?:[A-Z]{1,6} )?(?:[A-Z]?%[A-Z]{2,6}(?: |$)){2,}$"          # a wire's codes: "ACMI %HEA V%PRN P%PRN"
    r"|^[A-Z]{2,5}\.[A-Z]{1,2}$"                                # a ticker with its market's suffix: "IIP.UN"
    # an image's alt text: "Collage image", "Featured image", "Photo of Dr. Douglas Peterson"
    r"|^(?:collage|featured|header|hero|banner|cover|main|article|lead|teaser) (?:image|photo|picture|bild|foto)$"
    r"|^(?:photo|picture|image|foto|bild|afbeelding) (?:of|von|van) [^!?]{3,80}(?<!\.)$"
    r"|^(?:wkn|isin)\s*:\s*\w+(?:\s+(?:wkn|isin)\s*:\s*\w+)?$"                     # a security's numbers
    # a language switch: "Other available languages: none", "Auch verfügbar in: EN FR"
    r"|^(?:other available languages|available languages|also available in|auch verfügbar in|andere sprachen"
    r"|weitere sprachen|andere talen|ook beschikbaar in|beschikbaar in)\s*:"
    r"|^(?:comments|kommentare|reacties|reactions)\s*\(\d+\)$"        # a comment count: "Comments (0)"
    r"|^(?:rate this|bewerten sie diese[nm]?|beoordeel dit|beoordeel deze) (?:article|artikel|page|seite|post|story"
    r"|feed|beitrag|bericht)\b.{0,40}$"                                   # a rating widget
    r"|^subscribe(?: to)?\b.{0,60}\bfeed$|^subscribe\s*:"                # a feed reader's "Subscribe: …"
    # a view counter: "Aufrufe gesamt: 139, letzte 30 Tage: 1", "Views: 1.204"
    r"|^(?:aufrufe|views|hits|weergaven)(?: gesamt| total)?\s*:\s*\d"
    r"|^(?:home|start|startseite)\s.{0,40}\b(?:page|seite|pagina)\s\d+$"   # a listing's crumb: "Home Blog Page 539"
    # a link to the document: "Download the full statement.", "Download the press release (PDF)"
    r"|^download (?:the )?(?:full |complete )?(?:statement|release|press release|media release|news release"
    r"|report|document|pdf)\b[^.!?]{0,20}\.?$"
    r"|^[A-Z]{2,6}(?:[-/]\d{2,}){2,3}$"                                   # a file's reference: "IVH-9048-20180628"
    r"|^[^.!?]{2,40}\s?[®™]$"                                             # a brand's logo text: "Acme Security ®"

    r"|^(?:read|lees|lesen sie)(?: (?:more|meer|mehr))? (?:at|on|op|auf|bei) \S+\.\w{2,4}$"   # "Read at BioSpace.com"
    r"|^home\s+tags\b|^posts tagged with\b|^schlagwort:"                        # a tag page's chrome
    r"|^the conversation \(\d+\)$|^\(\d+\) (?:comments?|reacties|kommentare)$"   # a comments widget with its count
    r"|^[^.!?]{6,40}\s·\s*\d+\s+(?:comments?|reacties|kommentare)$"          # "August 15, 2024 · 0 Comments"
    r"|^coat of arms(?:\s?media (?:release|statement))?$"                 # a government's crest, its alt text
    r"|^the views and opinions expressed herein are the views and opinions of the author\b"   # a portal's disclaimer
    # a post's category: "in News", "Posted in Press Releases" ("in London" is a list's item)
    r"|^(?:posted in|filed under) (?-i:[A-Z][\w&-]*(?: (?:[A-Z&][\w&-]*|and|&)){0,3})$"
    r"|^(?-i:in (?:News|Press Releases?|Media Releases?|Updates|Blog|Announcements|Nieuws|Aktuelles))$"
    r"|^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|gov|de|nl|be|at|ch|eu|uk)(?:/\S*)?$"   # a bare site name
    r"|^(?:\*{3,}|#{3}|-0-|[-–—]{1,2}\s?30\s?[-–—]{1,2}|\((?:schluss|ende|einde|end)\)|ends|einde|ende"
    r"|[-–—]{1,2}\s?(?:end|ende|einde)\s?[-–—]{1,2})$"  # end mark
    r"|^(?:url source|published time|markdown content|exhibit)\b.*$"
    r"|^(?:lees meer|weiterlesen|read more|mehr lesen|meer lezen)\s*»?$"
    r"|^[-=_*]{3,}$"
    r'|^"?\s*(?:[\w-]+="[^"]*"\s*){2,}/?>$'                   # the tail of a broken tag
    r"|^\[\w+ [\w ]*=[^\]]*\]$|^[\W\d_]{1,3}$"                # a template tag "[php snippet=5]", a stray "0"
    r"|^[:.)\]]\s?\d{1,4}$"                                   # a number that lost its label: ": 69" (of "Nr.: 69")
    r"|^there were [\d,]+ press releases posted"              # a wire site's counter above the release
    # a public site's phase banner: "This is a new service – your feedback will help us to improve it."
    r"|^(?:beta\s+|alpha\s+)?this is a new (?:service|website)\b.{0,80}\bfeedback\b"
    r"|^this (?:site|website|service) is (?:a |an |in )?(?:beta|alpha)\b.{0,240}$"
    # a finance portal's chrome around a reprinted release: "Delayed by 15 minutes", "Historical Stock Chart"
    r"|^(?:data |quotes? |prices? )?delayed (?:by )?\d+ min(?:ute)?s?\b.{0,40}$|^historical stock chart\b"
    r"|^.{0,40}\bno english (?:translation|version) of this page|^this page is not available in \w+"
    r"|^(?:archive for|archiv für|archief van|archief voor) \w+"          # a blog's archive title
    r"|^\d{1,2}[:.]\d{2}\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$"               # "14:18 21/04/2017"
    r"|^[^.!?:]{3,80}:\s*(?:https?://|www\.)\S+$"                         # "Andere informatie …: www.belgium.be"
    # a CMS's expiry notice: "Dit item is verlopen op 01-12-2019."
    r"|^(?:dit (?:item|bericht|artikel|nieuwsbericht) is verlopen|this (?:item|article|page|post) (?:has )?expired"
    r"|(?:dieser|diese) (?:beitrag|artikel|meldung|seite) ist abgelaufen)\b.{0,40}$"
    # a comment box's heading with its count after it ("3 Kommentare" is a rule above) and its prompts: "Reacties
    # (3)", "Comments (2)", "Bekijk alle reacties", "Je moet ingelogd zijn om een reactie te kunnen plaatsen."
    r"|^(?:reacties|kommentare|leserkommentare|comments?)\s?\(\d+\)$"
    r"|^(?:bekijk|toon|lees) alle reacties$"
    r"|^(?:alle kommentare (?:anzeigen|lesen)|view all comments|show all comments)$"
    r"|^(?:je moet|u moet|you must|sie müssen) (?:ingelogd|be logged in|angemeldet)\b.{0,30}\b(?:reactie|comment"
    r"|kommentar)\b.{0,30}$"
    # the warning a Dutch gambling advert must carry: "Wat kost gokken jou? Stop op tijd, 24+"
    r"|^\W{0,3}wat kost gokken jou\?\s*stop op tijd\b.{0,20}$"
    # a video call's dial-in fields under an invitation: "Meeting-ID: 861 3782 5488", "Kenncode: 123456"
    r"|^(?:meeting|webinar|konferenz)[- ]?id\s*:\s*[\d ]{6,20}$"
    r"|^(?:kenncode|passcode|zugangscode|toegangscode)\s*:\s*\S{3,20}$"
    # a page's widgets left as text: "Copied!", "Wird geladen.... (Jetzt Volltext ansehen)", "N/A"
    r"|^(?:copied|kopiert|gekopieerd|link (?:copied|kopiert|gekopieerd))!?$"
    r"|^(?:wird geladen|loading|laden|lade daten|daten werden geladen|bezig met laden)"
    r"\s?(?:\.{2,}|…)(?:\s*\([^)]{0,40}\))?$"
    # a digest's pointer to the source: "Read entire article at KU Leuven"
    r"|^read (?:the )?(?:entire|full|whole|complete|original) (?:article|story|release|press release)"
    r"(?: (?:at|on|from)\b[^.!?]{2,60})?$"
    # a wire's own lines around the release: WebWire's ("WebWireID53584", "This news content was configured by
    # WebWire editorial staff. Linking is permitted.", its slogan "Deliver Your News to the World"), AAP Medianet's
    # ("Media release distributed by AAP Medianet.", "Multimedia news release available:")
    r"|^webwireid\d+$|^webwire$|^this news content was (?:configured|edited) by\b.{0,80}$"
    r"|^news release distribution and press release distribution services provided by\b.{0,40}$"
    r"|^deliver your news to the world$|^(?:media|news) release distributed by\b.{2,40}$"
    r"|^multimedia news release available\s*:?$"
    # a portal's disclaimer: "News stories provided by third parties are not edited by "Site Publication" staff."
    r"|^news stories provided by third parties are not edited\b.{0,200}$"
    # a newsletter's prompt: "Are you getting our free newsletter?"
    r"|^are you (?:getting|receiving) our (?:free )?(?:weekly |daily )?newsletter\?$"
    # an audience note above the title: "Not intended for U.S. and UK Media"
    r"|^not intended for\b.{0,40}\bmedia$"
    # an embedded post: its link line "Latest info https://t.co/QwDLMfRBfs", its signature "- Met Office (@metoffice)
    # September 22, 2024"
    r"|^[^.!?]{0,200}\shttps://t\.co/\w+$|^[-—–]\s[^()]{1,60}\(@\w{1,30}\)\s[A-Za-z]+\.?\s\d{1,2},\s\d{4}$"
    # a wiki's chrome: "Revision as of 20:46, 20 March 2014 by RobertG (Talk | contribs)", "Jump to: navigation, search"
    r"|^revision as of \d{1,2}:\d{2},\s.{0,100}$|^jump to:\s*navigation,\s*search$"
    # a newspaper's newsletter box: "RD.nl in uw mailbox?", "Ontvang onze wekelijkse nieuwsbrief om op de hoogte te
    # blijven."
    r"|^\S{2,30} in (?:uw|je) (?:mail)?box\?$|^ontvang (?:onze|de) (?:wekelijkse |dagelijkse )?nieuwsbrief\b.{0,60}$"
    # a site's links and notes: "Druckansicht zum Seitenanfang", "Die mobile Version verlassen", "Terug naar
    # artikeloverzicht", "(1.470 Zeichen)", "🕘 Wörter: 351 • Lesedauer: max. 1 Minute", "Geen opmerkingen:", "Mogelijk
    # gemaakt door Blogger."
    r"|^(?:druckansicht|zum seitenanfang|nach oben)(?:\s(?:druckansicht|zum seitenanfang|nach oben))+$"
    r"|^die mobile version verlassen$|^terug naar (?:het )?(?:artikel|nieuws|berichten)overzicht$"
    r"|^\(\s?[\d.]+ zeichen(?: inkl\.? leerzeichen)?\s?\)$"
    r"|^\W{0,3}\s?(?:wörter\s*:\s*\d+\s*[•|·]\s*)?(?:lesedauer|leestijd|reading time)\s*:"
    r"\s*(?:max\.\s|ca\.\s)?\d+\s\w+$"
    r"|^(?:geen opmerkingen|keine kommentare|no comments)\s*:$|^(?:mogelijk gemaakt door|powered by) blogger\.?$"
    # presseportal's pointer to its pictures: "- Querverweis: Bildmaterial ist abrufbar unter http://… -"
    r"|^-?\s*querverweis\s*:\s.{0,120}$"
    # a filings portal's viewer and its AI widget: "Open in Viewer", "Opens in native device viewer", "SYSTEM ACCESS
    # LOCKED", "MODULE: AI_ANALYST", "AI Terminal"; a forum's post counter: "Post# of 15624"
    r"|^open in viewer$|^opens in native device viewer$|^system access locked$|^ai terminal$"
    r"|(?-i:^MODULE\s*:\s*[A-Z]+_[A-Z_]+$)|^interactive q&a, risk assessment, summarization$"
    r"|^excel export, xbrl parsing, table digitization$|^sector benchmarking, sentiment analysis$"
    r"|^post#\s*(?:\d+\s*)?of \d+$"
    # a stock portal's alert box: "Get the next $EXPE alert in real time by email", "$EXPE"
    r"|^get the next \$[A-Z]{1,6} alert\b.{0,40}$|^\$(?-i:[A-Z]{1,6})$"
    # a pointer to the sender's copy: "This release can be found in the USGS Newsroom at:"
    r"|^this (?:release|news release|press release|story) (?:can|may) (?:also )?be found\b[^.!?]{0,60}$"
    # a site's controls and its slots: "Toggle high contrast", "Return to our Home page Search", "Ads Top", "Search
    # Instructions", "Follow VisitScotland"
    r"|^toggle (?:high contrast|contrast|navigation|menu|search|dropdown|sidebar)\b.{0,20}$"
    r"|^return to (?:our |the )?home ?page\b.{0,20}$|^ads? (?:top|bottom|left|right|middle|\d)$"
    r"|^search (?:instructions|tips|help|options)$|^follow (?!(?:up|through|me|on|along)$)(?-i:[A-Z][\w.&'-]{1,30})$"
    # a cookie notice's heading: "Hinweis zur Verwendung von Cookies"
    r"|^(?:hinweis zur |informationen zur )?(?:verwendung|nutzung|einsatz) von cookies$"
    # a document site's file line: "File Type:pdf, Size:1020Kb"; a logo's text: "Logo Füchse Berlin"
    r"|^file type\s*:\s*\w{2,5},\s*size\s*:\s*[\d.,]+\s?[kmg]b$"
    # (a name's words, or the alt text glued twice; "Logo des Jahres geht an …", "Logo Contest Winners Announced" are
    # titles)
    r"|^logo (?:van |von |of |der )?(?!.*\b(?:contest|competition|design|redesign|winners?|announced|opens|unveil\w*"
    r"|launch\w*|wettbewerb|prijsvraag|awards?|vote)\b)"
    r"(?-i:[A-ZÄÖÜ][\w&.'’-]*)(?:\s(?:(?-i:[A-ZÄÖÜ][\w&.'’-]*)|&|und|and|en|der|de|van|von)){0,4}$"
    r"|^(logo [^.!?:]{1,60}?)\1$"
    # a print view's stamp: "Kassenärztliche Vereinigung Bayerns (KVB)Ausdruck vom 26.04.2024 14:51 Uhr"
    r"|^(?:.{0,80}?\))?\s*(?:ausdruck|gedruckt|printed) (?:vom|am|on) \d{1,2}\.\d{1,2}\.\d{4}"
    r"(?:,?\s\d{1,2}:\d{2}(?:\s?uhr)?)?$"
    # a site's title with its section, as the browser's tab shows it: "Stadt Linz - Presse", "Stadt Linz - Startseite"
    r"|^(?-i:[A-ZÄÖÜ][\w&.'’-]*(?:\s(?:[A-ZÄÖÜ][\w&.'’-]*|&|und|and|de|van|der)){0,5})\s[-–|]\s"
    r"(?:startseite|homepage|home|presse|presseservice|pressebereich|medienservice)$"
    # a page's notice without its scripts: "Some parts of this page will not display.", "JavaScript is not available
    # in this browser or may be turned off."; a reprint's note "From a release"
    r"|^some parts of this page (?:will|may) not display\.?$"
    r"|^javascript is (?:not available|disabled|turned off) in (?:this|your) browser\b[^!?]{0,40}$"
    r"|^(?:from|via) (?:a|the) (?:news |press |media )?release\.?$"
    # a Dutch forum's post header and counters: "Oud 6 december 2015, 00:40 #1", "Berichten: 28.704"
    r"|^oud \d{1,2} [a-z]+ \d{4}, \d{1,2}:\d{2}\s*#\d+$|^berichten: [\d.]+$|^registreer\s*faq"
    r"|^een verloren wachtwoord\?$|^problemen met registreren of reageren op de berichten\?$"
    # a site's accessibility bar: "DE EN | SCHRIFT: A A+ A++ | KONTRAST +| Österreichische Gebärdensprache"
    # (only on a short line with the bar's other controls: "Klassen A A+ A++ verbrauchen …" is a sentence)
    r"|^(?=[^.!?]{0,160}$)(?=.*(?:\||schrift|font|kontrast|contrast)).{0,80}?\ba-?\s+a\+\s+a\+\+(?:\s|$)"
    # an outdated-browser banner: "Your browser is out of date!", "Internet Explorer, Chrome Browser, Firefox Browser,
    # Safari Browser"
    r"|^your (?:web )?browser is (?:out of date|outdated|not supported)\b[^.!?]{0,40}[.!]?$"
    r"|^update your browser to view this website correctly\b"
    r"|^(?:(?:internet explorer|(?:google )?chrome|(?:mozilla )?firefox|safari|(?:microsoft )?edge|opera)"
    r"(?: browser)?(?:,\s*|\s+|$)){3,}$"
    # a distributor's notice under a release it took from the sender's site: "Bayer AG issued this content on
    # 2016-01-08 and is solely responsible for the information contained herein."
    r"|^.{2,80}? (?:issued|published) this content on .{4,40}? and is solely responsible for the information"
    # a games site's fact box: "Platform(s): PlayStation 3, Xbox 360", "Genre: Action", "Developer: SEGA"
    # (names only: "Developer: 200 new homes to be built …" is a title)
    r"|^(?:platform\(s\)|platforms?|genre|developer|publisher|esrb rating|pegi rating)\s*:\s*"
    r"(?-i:[A-Z0-9][\w.+&'-]*(?:,?\s(?:[A-Z0-9][\w.+&'-]*|&|and)){0,5})$"
    # a listing's counter: "Displaying 1 - 25 of 55", "Showing 11-20 of 143 results"
    r"|^(?:displaying|showing|results?|treffer|resultaten|weergave van)\s\d+\s?[-–]\s?\d+\s(?:of|von|van)\s\d+"
    r"(?:\s(?:results|items|treffern?|resultaten))?$"
    # a skip link named the other way round: "Navigatie overslaan", "Navigation überspringen"
    r"|^(?:navigatie|inhoud|menu|navigation|inhalt) (?:overslaan|überspringen)$"
    # a wire portal's count of the pictures beside a release: "1 weiterer Medieninhalt", "3 weitere Medieninhalte"
    r"|^\d{1,2} weiterer? medieninhalte?$"
    # a notice over an archived item: "Dit artikel is ouder dan twee jaar en bevat mogelijk onjuiste informatie.",
    # "This article is more than 5 years old"
    r"|^(?:dit (?:artikel|bericht) is ouder dan \w+ jaar"
    r"|this (?:article|story|page) is (?:more than|over) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" years? old"
    r"|dieser (?:artikel|beitrag) ist älter als \w+ jahre?)"
    r"(?:,? (?:en|and|und) (?:bevat|may|might|could|kann|enthält)\b[^.!?,]{0,60})?[.!]?$"
    # a stock-exchange news service's link lines: "For best results when printing this announcement, please click on
    # link below:", "Click on, or paste the following link into your web browser, to view the associated PDF document."
    r"|^for best results when printing this announcement\b"
    r"|^click on, or paste the following link into your web browser\b"
    # a PDF converter's trace of a picture: "==> picture [145 x 54] intentionally omitted <=="
    r"|^=+>\s*picture \[\d+ x \d+\] intentionally omitted\s*<=+$"
    # a stock-exchange news service's header: "RNS Number : 3823C Arcontech Group PLC 02 September 2024", its
    # regulatory flag over the item "REG - Rio Tinto - Rio Tinto to acquire …", a portal's quote "Last trade - 00:00"
    r"|^rns number\s*:\s*\w{4,6}\b[^.!?]{0,80}$|^reg\s?-\s(?-i:[A-Z])[^-–]{1,60}\s-\s\S"
    r"|^.{0,40}?last trade\s?-\s?\d{1,2}:\d{2}$"
    # a wire's name left over from a cut header: ", GlobeNewswire"
    r"|^[,;]\s*(?:globe ?newswire|business ?wire|pr ?newswire|marketwired?)$"
    # a link's copy widget: "Teilen Sie diesen Beitrag", "Der Link wurde in die Zwischenablage kopiert!"; a skip link's
    # target "Hauptinhaltsbereich"; "Zum Inhalt der Seite springen."
    r"|^teilen sie diesen (?:beitrag|artikel)$|^(?:•\s*)?der link wurde in die$|^zwischenablage kopiert!?$"
    r"|^(?:•\s*)?(?:der )?link wurde in die zwischenablage kopiert!?$|^hauptinhaltsbereich$"
    r"|^zum inhalt der seite springen\.?$"
    # an outdated-browser notice in German: "Sie verwenden eine alte Browserversion. Daher wird die Seite …"
    r"|^sie verwenden eine (?:alte|veraltete) browserversion\b"
    # a blog's featured picture and a feed plugin's mark: "Uitgelichte foto", "Auto Added by WPeMatico"
    r"|^(?:uitgelichte (?:foto|afbeelding)|featured image|beitragsbild)$|^auto added by wpematico$"
    # a stock-exchange page's fields: "Share Price Information for Glencore (GLEN)", "GLEN Live PriceLast checked at -",
    # "Pin to quick picks…", a SENS notice's "Share code: BHG", "Release Time IMMEDIATE", "Release Number 9/23"
    r"|^share price information for [^.!?]{1,40}$|^.{0,20}live price\s*last checked at\b|^pin to quick picks"
    r"|^(?:share|jse|alpha) code\s*:\s*\w{2,6}$|^release (?:time\s+immediate|number\s+\d{1,3}/\d{2})$"
    # a search box's prompt: "Niet gevonden wat je zocht?"
    r"|^niet gevonden wat je zocht\?$|^nicht gefunden,? was sie gesucht haben\?$"
    # a listed company's registration under its notice: "Registered Office: Level 18, 171 Collins Street …",
    # "Registered in Australia", "BHP Group Limited ABN 49 004 028 077"
    r"|^registered office\s*:|^registered in (?:england(?: and wales)?|scotland|australia|ireland|the netherlands)$"
    r"|^[^.!?]{2,60}\babn \d{2} \d{3} \d{3} \d{3}$"
    # a file's link with its size: "Download (0.36 MB)"; a pointer to a paper's article: "Lees het artikel in De
    # Morgen.", "Read the full article in The Times"
    r"|^download\s*\(\s*[\d.,]+\s*[kmg]i?b\s*\)$"
    r"|^(?:lees (?:het|dit) (?:volledige )?artikel|read the (?:full )?article|lesen sie den (?:ganzen |vollständigen )?"
    r"artikel) (?:in|op|on|auf|bei)\b[^.!?]{1,40}\.?$"
    # Hong Kong's government press releases: "Ends/Wednesday, October 22, 2014", the page's language and mail links
    r"|^ends\s*/\s*[a-z]+day,\s[^!?]{4,30}$|^traditional chinese\s+simplified chinese\b"
    # a social network's description of a picture: "Image may contain: 4 people, people standing"
    r"|^image may contain\s*:"
    # a print view's header, the site's name and address: "Landeshauptstadt Dresden - www.dresden.de"
    r"|^(?-i:[A-ZÄÖÜ][\w&.'-]*(?: [A-ZÄÖÜ][\w&.'-]*){0,4})\s[-–|]\s(?:https?://)?www\.[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?$"
    # a breadcrumb set with arrows: "Schattenblick →INFOPOOL →MEDIZIN → FAKTEN"
    r"|^(?=[^.!?]{0,100}$)[^→]{1,40}(?:→\s*[^→]{1,40}){2,}$"
    # a trade site's box of suppliers: "Anbieter zum Thema"; a newsletter's call: "… straight to your inbox!"; a
    # page's loading notice
    r"|^anbieter(?: zum thema)?$|^[^.!?]{0,80}\bstraight to your inbox[.!]?$|^(?:•\s*)?loading\.{3}$"
    # a reprint's note on where the release comes from: "The following is a press release from the California
    # Department of Public Health:", "(The following press release from DHL was received by e-mail. It was not"
    r"|^\(?the following (?:is a (?:news |press )?|(?:news|press) )release (?:from|by|issued by)\b"
    r"(?:[^.]{0,120}[:.]?$|[^.]{0,80}\bwas received\b)"
    # a charity's registration lines: "Registered Charity in England and Wales no. 208728", "Company Number RC000749",
    # "Registered address:"
    r"|^registered charity\b[^.!?]{0,60}\bno\.?\s*\d+$|^company number\s*:?\s*\w{4,10}$|^registered address\s*:?$"
    r"|^principal office\b[^.!?]{0,40}\bcompany number\b"
    # an archive's notice: "Bitte beachten Sie, dass Sie sich gerade im Pressearchiv befinden. …"
    r"|^bitte beachten sie, dass sie sich (?:gerade )?im (?:presse)?archiv befinden\b"
    # a read-aloud widget: "Beitrag vorlesen und MP3-Download Vorlesen"; an empty date label "• Eingestellt am:"; a
    # pointer to another release: "Lesen Sie auch unsere Pressemitteilung zur Eröffnung."; a pager's "- Vorherige Seite"
    r"|^(?:beitrag|artikel|seite|text) vorlesen(?: und mp3-download)?(?: vorlesen)?$|^(?:•\s*)?eingestellt am\s*:?$"
    r"|^lesen sie auch (?:unsere|die) (?:presse)?mitteilung\b[^!?]{0,60}$|^(?:[-•]\s*)?(?:vorherige|nächste) seite$"
    # a news site's newsletter call and byline: "Sign up to our Editors Choice newsletter now! Click here",
    # "Published by Neil Young for Peabody in Housing and also in …"; an external link's mark, a sharing row
    r"|^sign up (?:to|for) our\b[^.!?]{0,40}\bnewsletter(?: now)?[.!]?(?:\s*click here)?$"
    r"|^published by (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3} for (?-i:[A-Z])[^.!?]{0,60}\band also in\b"
    r"|^[^.!?]{0,60}[.!?]?\s?\(external link\)$|^print this (?:article|page|story)\b[^.!?]{0,40}$"
    # a filings site's header and viewer link: "Earnings Release • Aug 19, 2008", "Open in ViewerOpens in native device
    # viewer"; Scoop's licence note "Licence needed for work use Learn More"; a stock ticker's line "BAFL 53.19
    # Increased By ▲ 3.16 (6.32%)"; a release's label over its company "Persbericht TKH Group N.V. (TKH)"
    r"|^earnings release\s*[•|]\s*|^open in viewer\s*opens in\b|^licence needed for work use\b"
    r"|^[A-Z]{2,6} [\d.,]+ (?:increased|decreased) by [▲▼]?\s?[\d.,]+ \([\d.,]+%\)$"
    r"|^(?:persbericht|pressemitteilung|press release) (?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,3}"
    r" (?-i:N\.V\.|B\.V\.|AG|SE|plc|PLC|Inc\.)(?: \([A-Z]{2,6}\))?$"
    # PR Newswire's stamp under the title: "Jan 27, 2012, 07:00 ET from IDEXX Laboratories, Inc."
    r"|^(?-i:[A-Z])[a-z]{2}\.? \d{1,2}, \d{4},? \d{1,2}:\d{2}(?: [ap]\.?m\.?)? (?:ET|EST|EDT|CT|PT|GMT|BST|CET)"
    r" from (?-i:[A-Z])[^!?:]{1,60}$"
    # the wires' notes on pictures and distribution: "Bild(er) zu dieser Meldung finden Sie im AOM/Original Bild
    # Service, sowie im OTS Bildarchiv unter http://bild.ots.at", "Release of a Adhoc News, transmitted by DGAP - a
    # company of EquityStory AG.", "This announcement was originally distributed by Hugin. …", "Attachments: PR Q2
    # 2009 ASMI: [ http://… ]"
    r"|^bild\(er\) zu dieser meldung finden sie\b[^!?]{0,160}$"
    r"|^release of an? (?:ad[- ]?hoc news|corporate news)\b[^!?]{0,40}transmitted by\b[^!?]{0,80}$"
    r"|^this announcement (?:was )?(?:originally )?distributed by (?:hugin|thomson reuters|globenewswire|cision)\b"
    r"[^!?]{0,120}$"
    r"|^attachments?\s*:[^!?]{0,80}\[\s*https?://\S+\s*\]$"
    r"|^information and explanation of the issuer to this news:?$"
    # a page's links: "zum Seitenanfang", "Print deze pagina", "Retour sommaire", "RSS-Feed", "RSS Subscribe to email",
    # "[ Back ] [ More News ] [ Home ]"
    r"|^(?:zum|nach) seitenanfang$|^print deze pagina$|^retour (?:au )?sommaire$|^rss[- ]feeds?$"
    r"|^rss\s+subscribe to e-?mail$|^(?:\[ *\w(?:[\w ]{0,13}\w)? *\] *){2,5}$"
    # a newsroom's call to subscribe: "Abonnieren Sie die Pressemeldungen des DGB-Bundesvorstandes."
    r"|^abonnieren sie (?:unsere |die )?(?:pressemeldungen|pressemitteilungen|newsletter)\b[^!?]{0,80}$"
    # a site's job and membership teasers: "Finden Sie Ihren Traumjob bei Vonovia!", "Jobs bei #teamgesobau",
    # "Mitglied werden!", "Werden Sie Mitglied bei Haus & Grund im Ruhrgebiet und profitieren Sie …", "LID WORDEN VAN
    # DE ACP?"; its arrowed links: "» Zur Ortsvereinssuche", "» E-Mail schreiben"; a link's call in Dutch: "Lees hier
    # meer over het toeslagbeleid.", "Klik hier voor meer informatie over …"
    # (one sentence each: "Werden Sie Mitglied im Förderverein. Die Jahresgebühr …" is the release's; a title "Jobs at
    # Risk in Ohio", "Lid worden van een vakbond loont", a list's "» Kostenloser WLAN-Zugang" are content)
    r"|^finden sie ihren (?:traum)?job bei\b[^.?]{0,40}!?$|^jobs (?:bei|at|bij) [#@][\w&.-]+$"
    r"|^(?:jetzt )?mitglied werden!?$|^werden sie (?:jetzt )?mitglied\b[^.!?]{0,30}[.!]?$"
    r"|^(?:lid worden|word (?:nu )?lid)(?: van (?:de |het )?[^.!?\d]{1,30})?[?!]$"
    r"|^»\s*(?:zur|zum|zu|mehr|e-mail|kontakt|weiter|alle|more|read|meer|naar|lees)\b[\w -]{0,40}$"
    r"|^(?:lees|klik) hier (?:meer|voor)\b[^.!?]{0,100}\.?$"
    # a stock page's style labels glued together: "FinancialsBalancedMid CapMomentum Trap"
    r"|(?-i:^[A-Z][A-Za-z ]{2,30}(?:Conservative|Balanced|Adventurous|Speculative)(?:Micro|Small|Mid|Large|Mega)"
    r" Cap[A-Z][A-Za-z ]{2,30}$)"
    # a site's search box and list buttons: "Search gov.ie", "Go to Homepage", "See all", "Sort by", "Volg Milcobel";
    # a quote widget left empty: "Stock value -- --%"
    r"|^search [\w-]+(?:\.[\w-]+)+$|^go to (?:the )?home ?page$|^see all$|^sort by$"
    r"|^volg (?:ons|(?-i:[A-Z])[\w&-]*(?: (?-i:[A-Z])[\w&-]*)?)"
    r"(?: op (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok)\b[\w ,&]{0,30})?$"
    r"|^stock value(?=[^-–]*[-–])[-–\s]*%?$"
    # a template's placeholder and a hosted newsroom's sample boxes left in: "###HEADER_MOBILE###", "This is the
    # Tagline, edited under "Misc Content"", "Sample Left Feature Box", "Build feature boxes to go in your left …"
    r"|^#{3}[a-z_]{3,40}#{3}$|^this is the tagline\b[^.!?]{0,60}$|^sample (?:left|right) feature box$"
    r"|^build feature boxes to go in\b[^!?]{0,120}$"
    # a portal's follow button, a search box with no hits, a breadcrumb glued with its arrows, a way home: "Subscribe
    # to Robert Half Deutschland GmbH & Co. KG", "We could not find any results for:", "Make sure your spelling is
    # correct or try broadening your search.", "StartseitevorwärtsAktienvorwärtsHays Aktie…", "Home Terug"
    r"|^subscribe to (?-i:[A-Z])[^!?:]{2,80}\b(?:gmbh(?: & co\. kg)?|ag|kg|se|inc\.?|ltd\.?|llc|plc|[nb]\.v\.|e\.v\.)$"
    r"|^we could not find any results for\b[^.!?]{0,60}$"
    r"|^make sure (?:your spelling is correct|all words are spelled correctly)\b[^!?]{0,60}$"
    r"|^(?=(?:[^\n]{0,60}?\Svorwärts(?-i:[A-ZÄÖÜ])){2})[^.!?]{0,200}$|^home (?:terug|zurück|back)$"
    # an archive's notes over a scanned copy: "View original document", "The full text on this page is automatically
    # extracted from the file linked above …", "The Wayback Machine - https://web.archive.org/…"
    r"|^view (?:the )?original document$|^the full text on this page is automatically extracted\b[^!?]{0,120}$"
    r"|^the wayback machine\s*[-–]\s*https?://\S+$"
    # a distributor's number and a picture's download link with its size: "AsiaNet 52889", "Einzelbild, Web (338 KB)"
    r"|^asianet\s?\d{4,6}$"
    # (a download's format named: "• Flash memory (512 KB)" in a list of features is content)
    r"|^[^.!?]{0,40}\b(?:web|print|druck|download|pdf|jpe?g|png|zip|tiff?|einzelbild|bild|foto|photo|image|datei|file"
    r"|hi-?res|low-?res)\b[^.!?]{0,20}\(\d+(?:[.,]\d+)?\s?[km]b\)$"
    # a hashtag alone, a logo's alt text, a blog's post fields, an old browser's warning in Dutch and German:
    # "#koelnmesse", "KVB Logo im Header", "News Category : PressRelease", "Posted on : 2009-01-09 | Author : X",
    # "Het lijkt erop dat je een verouderde browser gebruikt …", "Sie verwenden einen veralteten Browser …"
    r"|^#[\w-]{3,30}$|^[^.!?]{0,40}\blogo (?:im|in the|in) (?:header|footer|kopf)(?:bereich)?$"
    r"|^news category\s*:\s*\S[^.!?]{0,30}$|^posted on\s*:\s*[\d-]{8,10}\s*\|\s*author\s*:[^.!?]{1,40}$"
    r"|^het lijkt erop dat (?:je|u) een verouderde browser gebruikt\b[^!?]{0,200}$"
    r"|^sie (?:verwenden|nutzen) (?:einen )?veraltete[nr]? (?:web)?browser\b[^!?]{0,200}$"
    # a site's path and login, a jump to the top, closed comments, a portal's search and detail labels: "Sie befinden
    # sich in der Pfadnavigation", "Login Formular", "Top of the article", "De commentaren zijn gesloten.",
    # "Unternehmenssuche:", "News Detail"
    r"|^sie befinden sich in der pfadnavigation$|^login[- ]?formular$|^top of (?:the )?(?:article|page)$"
    r"|^(?:de )?(?:commentaren|reacties) zijn gesloten\.?$|^(?:die )?kommentare sind geschlossen\.?$"
    r"|^unternehmenssuche\s*:?$|^news[- ]detail$"
    # a finance portal's login box and lists (ADVFN): "It looks like you aren't logged in.", "Click the button below
    # to log in …", "Registration Strip Icon for default …", "Toplists", "Hot Features"
    r"|^it looks like you aren[’']t logged in\.?$|^click the button below to log in\b[^!?]{0,60}$"
    r"|^registration strip icon\b[^!?]{0,160}$|^(?:toplists|hot features)$"
    # where the text was first published, a mailing's note, a reuse policy's heading, a portal's follow button and
    # e-paper teaser, a picture's alt text: "This post was originally published on the Fitbit press site. …", "If you
    # have received this release in error, …", "Republishing and referencing", "Abonner Schweizerisches Rotes Kreuz",
    # "Aktuelle Ausgabe kostenfrei als E-Paper lesen", "Headshot of Nigel Sheinwald"
    r"|^this (?:post|article|release|story) was originally published (?:on|in|by)\b[^!?]{0,160}$"
    r"|^if you have received this (?:release|e-?mail|message) in error\b[^!?]{0,120}$|^republishing and referencing$"
    r"|^(?:abonner|abonnieren)\s+(?!(?:sie|ihr|ihren|jetzt|unseren?)\b)(?-i:[A-Z])[^.!?:\d]{2,80}$|^[^.!?]{0,40}\be-paper\b[^.!?]{0,40}\blesen$"
    r"|^headshot of\b[^.!?]{2,60}$"
    # a portal's stamp over a DGAP item: "DGAP-News News vom 29.07.2020"
    r"|^(?:dgap|eqs)-(?:news|adhoc|ad-hoc)\b[^.!?]{0,30}\bvom \d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$"
    # a picture's file name, a wire's note on its media: "Image00011", "A Media Snippet accompanying this announcement
    # is available by clicking on this link.", "A photo accompanying this announcement is available at …"
    r"|^(?:image|img|dsc|bild|foto)[_-]?\d{3,8}$"
    r"|^an? (?:media snippet|photo|video|image|multimedia (?:file|content))(?: accompanying| for)? this "
    r"(?:announcement|release|press release) is available\b[^!?]{0,160}$"
    # a site's detail-page label, its login state and forms, a jump to the top, a link back to the list, the start of
    # the main text, a portal's mail box and previews: "Nachrichten Detail Seite", "Sie sind nicht angemeldet", "Alle
    # Felder sind Pflichtfelder.", "… das Häkchen im reCAPTCHA-Feld …", "Scroll naar boven", "Naar het
    # nieuwsoverzicht", "Main content starts here.", "Persberichten in je mailbox", "Website preview", "Deel deze
    # pagina:", "Click to access the login or register cheese", "Sorry, you need to enable JavaScript to visit this
    # website.", "The following press release comes from YARA...", "• Search Hotels in Menlo Park"
    r"|^(?:nachrichten|presse(?:mitteilungs?)?)[- ]?detail(?:[- ]?seite|ansicht)?$"
    r"|^(?:sie sind nicht (?:angemeldet|eingeloggt)|you are not logged in|(?:u bent|je bent|jij bent) niet (?:ingelogd"
    r"|aangemeld))\.?$"
    r"|^alle (?:mit \* (?:gekennzeichneten|markierten) )?felder sind pflichtfelder\.?$"
    r"|^(?:alle )?angaben werden (?:nur )?intern (?:erfasst|gespeichert|verwendet)\b[^!?]{0,60}$"
    r"|^[^!?]{0,100}\b(?:häkchen|kästchen|checkbox|tick|vinkje)\b[^!?]{0,60}\brecaptcha\b[^!?]{0,120}$"
    r"|^[^!?]{0,60}\bprotected by recaptcha\b[^!?]{0,120}$"
    r"|^om te kunnen reageren (?:op een bericht )?(?:dient|moet) (?:u|je) (?:ingelogd|aangemeld) te zijn\.?$"
    r"|^(?:scroll )?(?:terug )?naar boven$|^(?:scroll |back )to top$|^(?:nach oben|zum seitenanfang)$"
    r"|^(?:terug )?naar (?:het )?(?:nieuws|pers(?:berichten)?)[- ]?overzicht$|^zurück zur (?:news|nachrichten|presse)?"
    r"übersicht$|^back to (?:the )?(?:news|press releases?)(?: overview| list)?$"
    r"|^(?:the )?main content (?:starts|begins) here\.?$|^(?:start|beginning) of (?:the )?main content\.?$"
    r"|^(?:persberichten|nieuwsberichten) in (?:je|uw) (?:mailbox|inbox)$|^website preview$"
    r"|^(?:deel|delen) (?:deze|dit) (?:pagina|bericht|artikel|nieuwsbericht)\s*:?$|^(?:diese )?seite teilen\s*:?$"
    r"|^click to access the login or register\b[^.!?]{0,20}$"
    r"|^sorry,? you need to enable javascript to (?:visit|view|use) this (?:website|site|page)\.?$"
    r"|^the following (?:press )?release (?:comes|is) from\b[^!?]{0,60}$"
    r"|^(?:[•*-]\s*)?search (?:hotels|restaurants|flights|jobs|homes) in (?-i:[A-Z])[^.!?]{1,40}$"
    # skip links in two languages, a portal's favourites and sign-up forms with their template fields, a session's
    # and a site's leave notes, labels of sections and of a release's languages, pictures' file names and alt texts,
    # a newsroom's banner and its note on the press contact, an attachment's count, a character count, a newsletter
    # box: "Zum Hauptinhalt springen Skip to page footer", "Mijn favorieten", "Become a member today, It's free!",
    # "Password Hint : {{passwordHint}}", "Sie sind im Begriff, diese Website zu verlassen. Fortfahren?", "Nieuws,
    # Regio", "Uit de krant", "Media Release – Communiqué aux Médias – Medienmitteilung", "News release – 2017 Number
    # 15", "Foto opening delariks", "3683-b1a926deb221b862295a290aea3caae0 – kopie", "750 teaser pm dfv kormoran",
    # "Hornbach newsroom Persportaal van Hornbach Nederland voor mediaprofessionals", "Ein Dokument", "Zahl der
    # Anschläge (inklusive Leerzeichen): 1.451", "Verpassen Sie keine Neuigkeiten aus der Welt des …"
    r"|^(?:(?:zum (?:haupt)?inhalt|zur (?:haupt)?navigation|zum (?:seiten)?(?:ende|footer)|zur suche) springen"
    r"|skip to (?:main |page )?(?:content|navigation|footer|search))(?:\s+(?:(?:zum (?:haupt)?inhalt"
    r"|zur (?:haupt)?navigation|zum (?:seiten)?(?:ende|footer)|zur suche) springen"
    r"|skip to (?:main |page )?(?:content|navigation|footer|search))){0,3}$"
    r"|^mijn favorieten$|^er zijn nog geen favoriete?n?\b[^.!?]{0,60}\.?$"
    r"|^become a member today,? it[’']?s free!?$|^please try again\.?$|^[^{}]{0,40}\{\{\s*\w+\s*\}\}[^{}]{0,40}$"
    r"|^we will not (?:release|sell) or (?:resell|share|rent) your (?:personal )?(?:information"
    r"|e-?mail(?: address)?|details|data)\b[^!?]{0,80}$"
    r"|^by providing (?:my|your) e-?mail,? (?:i|you) consent\b[^!?]{0,140}$"
    r"|^an e-?mail (?:was|has been) sent with (?:password|instructions)\b[^!?]{0,140}$"
    r"|^thank you for visiting\.?$|^to log out and end your session\b[^!?]{0,40}$|^(?:or|oder|of|ou)$"
    r"|^sie sind im begriff,? diese (?:web)?(?:seite|site) zu verlassen\b[^!]{0,40}$"
    r"|^you are (?:about to leave|now leaving) (?:this|our) (?:web)?site\b[^!]{0,60}$"
    r"|^einverstanden\s*[-–]\s*seite wechseln$"
    r"|^breaking(?: news)?(?:\s*[:|–-])?\s*(?:covid-?19|corona(?:virus)?|update|alert)$"
    r"|^(?:nieuws|regio|algemeen|actueel|sport|cultuur|economie|politiek|agenda|lokaal|binnenland|buitenland)"
    r"(?:,\s*(?:nieuws|regio|algemeen|actueel|sport|cultuur|economie|politiek|agenda|lokaal|binnenland"
    r"|buitenland)){1,4}$|^uit de krant$"
    r"|^(?:media release|press release|communiqué (?:aux médias|de presse)|medienmitteilung|pressemitteilung"
    r"|persbericht)(?:\s[-–]\s(?:media release|press release|communiqué (?:aux médias|de presse)|medienmitteilung"
    r"|pressemitteilung|persbericht)){1,3}$|^(?:pressemeddelelse|pressemelding|pressmeddelande)\s*[-–]?$"
    r"|^(?:news|press|media) release\s[-–]\s(?:19|20)\d{2}\s(?:number|no\.?|nr\.?)\s?\d{1,4}$"
    r"|^(?:foto|photo|bild|image)\s(?-i:[a-z0-9_-]+(?: [a-z0-9_-]+){0,4})$|^\d+_\d+\s[-–]\s(?:photo|foto|bild|image)$"
    # (the lookahead bounds the name first: a long run of figures that fails must not backtrack)
    r"|^(?=[\w-]{16,100}(?:\s[-–]\s(?:kopie|copy)(?: \d+)?)?$)[\w-]*?[0-9a-f]{16}"
    r"|^(?!(?:19|20)\d{2}\s)\d{2,4}\s(?:teaser|header|banner|img|image)\b(?-i:[a-z0-9 _-]{0,50})$"
    r"|^(?:[\w&.-]+\s){1,3}newsroom\b[^.!?]{0,80}\bvoor (?:media(?:professionals)?|journalisten|de pers)$"
    r"|^onderstaande gegevens zijn (?:alleen|uitsluitend) (?:bedoeld )?voor pers\w*\b[^!?]{0,40}$"
    r"|^voor (?:overige|andere) vragen\b[^!?]{0,100}\bcontactformulier\.?$"
    r"|^(?:ein|\d{1,2}) dokumente?$"
    r"|^(?:zahl der )?(?:anschläge|zeichen)(?: \(inkl(?:usive|\.) leerzeichen\))?\s*:\s*[\d.]+$"
    r"|^verpassen sie (?:keine|nie wieder) (?:neuigkeiten|news)\b[^.!?:]{0,80}!?$"
    r"|^erfahren sie (?:alle )?neuigkeiten vor allen anderen\b[^?]{0,80}$"
    # a share button, a loading note, a chart's axis and values flattened into one line, a security's codes, a page's
    # view counter, a social network's name, a mailing-list archive's header and its links: "Bericht delen", "Lädt...",
    # "Q1Q2Q3Q4Q1Q2", "1. Vj2. Vj3. Vj4. Vj", "-1,4-9,59,00,6-1,51,90,80", "0,1 0,4 0,3 0,4 0,6", "ISIN:",
    # "DE0005085708", "6069", "Instagram", "[Date Prev] [Date Next] [Thread Prev] …", "Al het nieuws cinema"
    r"|^(?:bericht|artikel|pagina|beitrag|seite) (?:delen|teilen)$|^(?:lädt|laden|loading|wird geladen)\s?(?:\.{3}|…)$"
    r"|^(?:q[1-4]\s?){4,}$|^(?:\d\.\s?vj\.?\s?){3,}$|^(?=(?:[^,]*,){3})(?=(?:[^\d]*\d){6})[-+−\d,.\s%]{12,}$"
    r"|^(?:isin|wkn|ticker|symbol|börsenkürzel)\s*:?$|^(?-i:[A-Z]{2}[A-Z0-9]{9}\d)$"
    r"|^(?!(?:19|20)\d{2}$)\d{1,6}(?:\s\d{1,6})?$"
    r"|^(?:instagram|facebook|twitter|linkedin|youtube|xing|tiktok|pinterest|mastodon|threads|bluesky|flickr|vimeo)$"
    r"|^(?:\[(?:date|thread) (?:prev|next|index)\]\s*){2,}$|^al het nieuws(?:\s[\w-]+)?$"
    # a service company's banner (its hotline and regions), a list's way back, link lines opened by a guillemet, a
    # portal's sender field, a "full story" link: "24/7 Notdienst", "Stmk · W · Nö · Bgld", "TEMA Headlines - Back",
    # "» More Information on Florida Severe Storms …", "Ga naar de informatiepagina en plaatsingsplannen", "Sender
    # Name: Indaver", "The Full Story"
    r"|^24/7[- ](?:notdienst|notruf|hotline|service|support)$|^(?:[\w.]{1,4}\s·\s){2,}[\w.]{1,4}$"
    r"|^[^.!?]{0,40}\b(?:headlines|news|press releases)\s*[-–]\s*back$"
    # ("» Kostenloser WLAN-Zugang": an item of a list, a guillemet for its bullet)
    r"|^»\s(?:more information|mehr (?:info|informationen)|meer (?:info|informatie)|bekijk|read more|lees meer"
    r"|weiterlesen|zum artikel|zur (?:seite|übersicht)|go to|ga naar|view)\b[^«]{0,120}$"
    r"|^ga naar (?:de|het|onze|uw|je) (?:\w+)?(?:pagina|overzicht)\b[^.!?]{0,60}$|^sender name\s*:\s*[^.!?]{1,60}$"
    r"|^the full story$"
    # a row of share and follow links in Dutch: "meld deze pagina op Twitter meld deze pagina op Facebook", "link
    # naar de RSS Feed van de laatste nieuwsberichten volg Bisdom Haarlem-Amsterdam op Twitter volg … op Facebook"
    r"|^(?:link naar de rss[- ]feed\b[^.!?]{0,60}?\s)?(?:(?:meld|deel|volg) [^.!?]{2,50}? op "
    r"(?:twitter|facebook|linkedin|instagram|youtube|x)\s*){2,5}$"
    # a language switch with its icons' and graphics' names: "DE Icon Pfeil Icon Pfeil", "DE Element 13300 Element
    # 12300 EN"
    r"|^(?:(?:de|en|nl|fr)\s+)?(?:(?:icon|element)\s+\w+\s*){2,4}(?:de|en|nl|fr)?$"
    # a print plugin's button row: "Print Friendly, PDF & Email"
    r"|^print friendly,? pdf (?:&|and) email$",
    re.IGNORECASE,
)
_FIGURE_LABEL = re.compile(r"(?:figure|fig\.|abbildung|abb\.|figuur)\s*\d{1,2}", re.IGNORECASE)
_CAPTION = re.compile(
    # "ABOVE: Illustrations by …"
    r"^(?:(?:above|below|top|left|right)\s*:\s*(?:illustrations?|photos?|images?|pictures?)\s+by\b"
    r"|\(?(?:fotos?|foto['’]s|bilder?|photos?|beeld|logo|image)\s*:|(?:fotos?|bild)\s*\([^)]{1,20}\)\s*:"
    r"|(?:bild)?legende?\s*:|©|\(c\)|copyright\b|symbolbild|bildergalerie|fotogalerie"
    r"|bron foto\b|photo credit\b|bildquelle\b|fotoquelle\b|.{0,120}\slogo\.?$"
    r"|(?:fotos?|photos?|picture)\s?[-–]\s(?-i:[A-Z])[^.!?]{2,40}$"            # "Photo- Crime Stoppers"
    # "(Foto Amstelveenweb.com - 2017)", "Foto Amstelveen": a credit with no caption, in brackets or a name only
    r"|\((?:fotos?|photos?|bild|beeld)\s[^()]{2,60}\)$|(?:fotos?|photos?|bild|beeld)\s(?-i:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})$"
    r"|(?:photos?|pictures?|images?|fotos?|bilder?) (?:by|von|door)\s*:"        # "Photos By: Graphic by …"
    r"|(?:photograph|photo|picture|image)s? by\s+(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})$"   # "Photograph By …"
    r"|\S+(?:'s|’s) (?:picture|avatar|profile picture|photo)$"                # a user's avatar: "jdoe's picture"
    r"|op de foto\b|auf dem (?:foto|bild)\b|im bild\b|pictured\b|in the photo\b"
    # "Company logo of ABO Wind AG" (a name only: "Logo von Musterstadt erhält Designpreis" is a title)
    r"|(?:company|corporate) logo (?:of|von|van) (?-i:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})$"
    r"|(?:foto's|fotos|bilder|photos|pictures) (?:van|vom|von|from|of)\b.{0,60}$"   # "Foto's van 30 januari 2024"
    # a caption's label: "Fotobijschrift:", "Vlnr: …", "v.l.n.r.:"
    r"|(?:fotobijschrift|bijschrift|bildunterschrift|caption)\s*:|v\.?\s?l\.?\s?(?:n\.?\s?)?r\.?\s*:"
    r"|(?:(?:from )?left to right|von links nach rechts|van links naar rechts)\s*:"
    r"|porträt (?-i:[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){1,3})$"                  # "Porträt Anna Muster"
    r"|(?:vordere|hintere|obere|untere|mittlere) reihe\b[^:]{0,10}:|symbolfoto$"   # "Vordere Reihe/vlnr: …"
    r"|grafik\s*:|impressie\s*:|(?:picture|photo|image|foto|bild)\s+(?:copyright|©|credit)\b"
    r"|credits?\s*:\s*(?-i:[A-Z])[^.!?,]{1,25}$"                                 # "Credits: NASA"
    r"|[^.!?]{0,60}(?:©|\bwikimedia commons\b|\bcc[- ]by(?:-sa)?\b)"                # a credit with its licence
    # a caption with its credit last: "Impfpass für Katzen und Hunde. Foto: © aktion tier e.V."
    r"|[^!?]{3,160}\s(?:foto|photo|bild|beeld)\s*:\s*©\s?(?:[^.!?]|\.(?!\s)){2,60}$"
    r"|(?:source:\s*)?prnewsfoto/|\(?photo:\s*business wire\)?"
    # a picture's credit alone: "Map courtesy of JetBlue", "Photo courtesy VIB"
    r"|(?:photo|map|image|picture|graphic|illustration|video|foto|bild|beeld)s? courtesy(?: of)?\s[^.!?]{2,60}$"
    # the photographer's name after the label: "Fotografie: Naturalis", "Photography: Jane van der Muster"
    # (one name: "Photography: Henri Cartier-Bresson" may be an exhibition's title)
    r"|(?:fotografie|photography)\s*:\s*(?-i:[A-ZÄÖÜ][\w.'’&-]*)$"
    r"|generic story image|medium \d+ von \d+|\(to view the multimedia)"
    # a figure's caption and the link to a larger copy: "Figure 2: Maxwell and JMW properties …", "To view an
    # enhanced version of Figure 1, please visit:"
    r"|(?:figure|fig\.|abbildung|abb\.|afbeelding|figuur)\s*\d{1,2}\s*[:.–-]\s[^!?]{3,200}$"
    r"|to view an enhanced version of\b.{0,40}$"
    rf"|{_FIGURE_LABEL.pattern}$"   # a figure's label alone: "Figure 1"
    # who stands where in the picture: "Ministerpräsident Kretschmann (Mitte) hält im Landtag …"
    r"|[^()]{3,120}\((?:l\.|r\.|m\.|v\.\s?l\.(?:\s?n\.\s?r\.)?)\)"
    # "… visited BESSY II light source. From left to right: A. Vollmer (…), …": who is who in the picture
    # (at the start, after a sentence or after the picture's name: "Op de grote foto van links naar rechts: …"; not
    # inside a sentence's brackets: "Die Preisträger (von links: …) erhielten …")
    r"|(?:[^!?]{0,200}[.!?;]\s|[^!?()]{0,60}\b(?:foto|photo|bild|picture|image|beeld)\b[^!?()]{0,30}\s)?"
    r"(?:from left(?: to right)?|(?-i:L to R)|von links(?: nach rechts)?"
    r"|van links(?: naar rechts)?)\s*:\s"
    r"(?-i:[A-Z])[^!?]{2,300}$"
    # ("… (links) en Peter de Muster.": the next name and the caption's full stop; "Maria Muster (Mitte) fordert
    # mehr Geld." and "Jane Muster (left) and John Doe founded the company in 2010." are sentences)
    r"|[^()]{3,120}\((?:mitte|links|rechts|centre|center|left|right|midden)\)"
    r"(?:[^.!?]*|\s(?:und|and|en|&)\s(?-i:[A-Z][\w'’-]+(?: (?:van |de |der |von |den )?[A-Z][\w'’.-]+){0,3})\.)$"
    # "Herbert Hofauer (Bildmitte) und Hannelore Wendt (3. v. links) …": where each one stands in the picture
    r"|[^()]{3,120}\((?:bildmitte|\d\.\s?v\.\s?(?:links|rechts|l\.|r\.))(?:\s[^()]{1,20})?\)"
    r"|.{0,120}\[(?:view full size|enlarge|vergrößern|vergroten)\]$",           # an image's link: "… [View Full Size]"
    re.IGNORECASE,
)
# "Photo: The obverse … The reverse …": a caption that says it is one may describe the picture at length.
_CAPTION_LABEL = re.compile(
    r"^\(?(?:fotos?|bilder?|photos?|beeld|image|fotobijschrift|bijschrift|bildunterschrift"
    r"|(?:pic(?:ture)?|photo|image) caption|caption"
    r"|gruppenbild|titelbild|symbolfoto|pressefoto"
    r"|above|below|pictured|top left|top right|left|right"   # "Above: Crews work to remove glass …"
    r"|figure|figuur|afbeelding|abbildung)"   # "Figure: August Statement interest rate projections"
    r"\s*:"
    # where the picture stands: "Bild links: Der Minister …", "Bild rechts; Elena Fey (LNVG), …"; "Picture: …"
    r"|^(?:bild|foto|photo|image|picture)\s(?:links|rechts|oben|unten|mitte|left|right|above|below|top|bottom)\s*[:;]"
    r"|^pic(?:ture)?s?\s*:", re.IGNORECASE)
# "Polizei. Foto: FoTe Press": the end of a caption with its credit.
# "Cision logo. (PRNewsFoto/Cision)", "… (Foto: Polizei)": a picture's credit in brackets ends its caption.
# "K-9 Duke and his handler (Photo Courtesy: GCSO)".
# "… musste er das Bike der Polizei überlassen. (Symbolbild) © dpa": a stock picture's mark and its credit.
_PHOTO_CREDIT_END = re.compile(r"\((?:(?:foto|photo|bild|beeld|prnewsfoto|newsfoto|cnw group|bildquelle|fotoquelle"
                               r"|fotobron)(?:\s(?:courtesy|credit))?"
                               # ("(CNW Group/Parks Canada (HQ))": the sender's office in brackets inside)
                               r"|courtesy)\s*[:/][^()]*(?:\([^()]*\)[^()]*)?\)$"
                               r"|\((?:symbolbild|symbolfoto|archivbild|archivfoto|archiefbeeld|archieffoto|stock photo"
                               r"|file photo)\)\.?\s*(?:©\s*[^()©]{2,100}|[-–]\s[^()©.!?]{2,60})?$"
                               # "… Solar Cells. (© Fraunhofer ISE/photo: Guido Kirsch).": the credit in brackets
                               r"|\(©\s?[^()©]{0,40}(?:/|photo|foto|bild|beeld|image)[^()©]{0,40}\)\.?$"
                               # "Aerial view of the property. — Photo courtesy Muster Resources Inc."
                               r"|\s[-–—]\s(?:photo|foto|bild|image)s? (?:courtesy|credit|by)\b[^!?]{2,60}$"
                               # "… in ontvangst. - Foto's © Roger Mortelmans": the credit after a dash
                               r"|\s[-–]\s(?:foto'?s?|photos?|bild(?:er)?|beeld)\s*©\s*[^.!?©]{2,40}$", re.IGNORECASE)
# "APA/GEORG HOCHMUTH", "ANP/Remko de Waal", "AP Photo/Jane Muster": a news agency's picture credit alone on its line.
# (the photographer's name in capitals or of two words or more: "Reuters/Ipsos Poll" and "AP/NORC Survey" are polls)
_AGENCY_PICTURE_CREDIT = re.compile(r"^(?!.*\b(?:[Pp]oll|[Ss]urvey|[Uu]mfrage|[Pp]eiling)\b)"
                                    r"(?:APA|dpa|DPA|AFP|AP(?: Photo)?|EPA|ANP|Belga|BELGA|Reuters|REUTERS|KEYSTONE"
                                    r"|Keystone|picturedesk\.com)"
                                    r"(?:/(?:[A-ZÄÖÜ][A-ZÄÖÜ.'-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ.'-]+){0,3}"
                                    r"|[A-ZÄÖÜ][\w.'-]*(?: (?:[A-ZÄÖÜ][\w.'-]*|de|van|der|den|von|da)){1,4})){1,2}$")
# ("… luisterden stiekem mee. - Foto: KNVB Media": a dash before the credit)
_TRAILING_CREDIT = re.compile(r"(?:^|[.!?]\s(?:[-–]\s)?)"
                              r"(?:foto|bild|photo|beeld|picture|pic|image|afbeelding|courtesy)\s*:"
                              r"\s*[^.!?:]{2,40}\.?$"                 # ("… SJ. Foto: priv.")
                              # "Bild 1: Unwetterschäden …", "… unterwegs auf der Linie. / Quelle: AB"
                              r"|^(?:bild|foto|photo|image|picture)\s\d{1,2}\s*:\s*[^.!?]{2,100}$"
                              r"|[.!?]\s/\s(?:quelle|foto|bild|source|bron)\s*:\s*[^.!?/]{1,40}$"
                              # "… naar maart 2022. Foto Easyfairs / Seijbel": the credit after the caption's sentence
                              r"|[.!?]\s(?:foto|photo|bild|beeld)\s(?-i:[A-Z])[\w.-]*(?:\s(?:/\s)?(?-i:[A-Z])[\w.-]*){0,3}$"
                              # "Blick in die Versammlung der Kammer© Landesärztekammer": the credit glued to the end
                              r"|^[^©]{5,200}©\s?(?:(?:19|20)\d{2}\s)?(?-i:[A-ZÄÖÜ][\wäöüß.&/-]*)"
                              r"(?:\s(?-i:[A-ZÄÖÜ][\wäöüß.&/-]*)){0,4}$"
                              # "Im Pflegewohnzentrum Wuhlepark; Foto: Holger Groß", "Messe Berlin GmbH, Fotograf:
                              # Volkmar Otto", "Regal im Foyer - Foto: Petra Engel Videoaufnahmen - Foto: Markus
                              # Pleyer": no sentence, then the credit after a dash, a semicolon or a comma
                              # (the credit a name or an agency: "Ausstellung – Fotos: Menschen am Rhein" is a title)
                              r"|^[^.!?]{2,120}?(?:\s[-–]\s|;\s|,\s)(?:fotos?|fotograf(?:in)?|photos?|bild|beeld)\s*:"
                              r"\s*(?:(?-i:[A-ZÄÖÜ][\w.'’-]*(?:\s(?:[A-ZÄÖÜ][\w.'’-]*|von|van|de|der|&|/)){0,4})"
                              r"|privat|priv\.)$", re.IGNORECASE)
# "Die Pressesprecherin Iris Throm teilt mit:": the spokesperson introducing the release, not part of it.
_SPOKESPERSON_INTRO = re.compile(
    r"^(?:\w+ )?(?:presse)?(?:sprecher(?:in)?|woordvoerd(?:er|ster)|spokes(?:person|man|woman))\b.{0,50}"
    r"(?:teilt(?: folgendes)? mit|meldet|deelt mee|laat weten|announces?|reports?)\s*:$"
    # "Das Ministerium für Inneres und Kommunales teilt mit:": the office introducing its release
    # (the office is the subject: "Der Leiter der Direktion, Hans Müller, teilt mit:" introduces a quote)
    r"|^(?:das|die|der) [\wäöü-]*(?:ministerium|staatskanzlei|landratsamt|präsidium|direktion|senatsverwaltung"
    r"|behörde|stadtverwaltung)\b[^.!?,]{0,60}\bteilt(?: folgendes)? mit\s*:$", re.IGNORECASE)
# "Mitschrift der Pressekonferenz - Freitag, 28. Februar 2020", "Datum nieuwsfeit: 03-01-2002": a label and the
# date of the document. ("Ministerraad van 14 juli 2025" is a title.)
# ("Updated: Mar 24, 2022", "FOR RELEASE: October 1, 2007": a month's name after a publishing label's colon; "When:
# June 12, 2025", "Deadline: June 30, 2025" are an event's facts)
_LABELLED_DATE = re.compile(r"^(?!(?i:when|wann|wanneer|deadline|frist|einsendeschluss|anmeldeschluss|aanmelden"
                            r"|termin|premiere|première|opening|eröffnung)\b)"
                            # ("BUND Landesverband Baden-Württemberg e.V. - 24. Juli 2009": a hyphen inside a name
                            # that ends on an organisation's form)
                            r"(?:[-•]\s*)?(?:[^-–:]{3,40}|(?:[^-–:]|(?<=\w)-(?=\w)){3,50}?\s(?:e\.\s?V\.|g?GmbH|AG"
                            r"|Verband|Verein))(?:\s[-–:]\s+|:\s*(?=\d))(?P<date>.{6,40})$"
                            r"|^(?i:(?:news )?(?:release|published|publication|posted|updated|geplaatst|gepubliceerd"
                            r"|bijgewerkt|veröffentlicht|aktualisiert)(?: date| on| op| am)?|for (?:immediate )?release"
                            r"|document date|datum|stand)\s*:\s*(?=[A-Za-z]{3,9}\.?\s\d)(?P<named>.{6,40})$")
# "Georg Muster greve at gnu.org": a mailing list archive's sender, the address's "@" written as " at ".
_LIST_SENDER = re.compile(r"^(?:[A-Z][\w'’.-]*\s){2,4}[a-z][\w.+-]* at [a-z0-9-]+(?:\.[a-z0-9-]+)+$")
# "Friday September 17, 9:13 am ET": a portal's stamp of a wire item, the year left out.
_ENGLISH_WEEKDAY = "|".join(WEEKDAYS_BY_LANGUAGE["en"])
_YEARLESS_STAMP = re.compile(rf"^(?:{_ENGLISH_WEEKDAY}),?\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+\d{{1,2}}:\d{{2}}"
                             r"\s?(?:am|pm|a\.m\.|p\.m\.)"
                             r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST))?$", re.IGNORECASE)
# "Gert Muster | 12 maart 2020 12:43 | Aangepast op 12 maart 2020 12:43", "Rijnmond | 23 feb 2026 08:00": who wrote
# or sent it and when, between bars.
_PIPED_BYLINE = re.compile(r"^[^|!?]{2,40}\s\|\s(?P<date>[^|]{6,30}?)"
                           r"(?:\s\|\s(?i:aangepast|bijgewerkt|updated|aktualisiert)\b[^|!?]{2,60})?$")
# A contact block's field: "Tel.: …", "E-Mail: …", "Call us at: 310-914-5007", "Visit our website at: …".
# "Geen spoed: 0900-8844", "Contact Lieutenant Brian Baitx": a labelled number, a contact's name.
_LABELLED_NUMBER = re.compile(r"^[\wäöüÄÖÜ][\w ]{2,24}:\s*\+?\(?\d[\d ()/-]{6,}\d(?:,\s*@\w{2,30})?$"
                              r"|^(?:\+\d{1,3}[\d ()/.-]{6,}\d\s*){2,3}$"   # side by side: "+32 2 287 41 07 +32 2 …"
                              # "Pressesprecherin Tel.: 0561 - 910 1021": a function or name and the number
                              # "Polk County Sheriff’s Phone# 863-298-6200"
                              r"|^[A-ZÄÖÜ][\wäöüß'’-]+(?: [A-ZÄÖÜ][\wäöüß'’-]+){0,3}\s(?:[Tt]el|[Tt]elefon|[Pp]hone)"
                              r"(?:\.?\s*:|#)\s*\+?\(?\d[\d ()/-]{6,}\d$"
                              # "To report a crime or request assistance: (423) 698-2525": what to call for
                              r"|^[Tt]o report a crime\b[^.!?]{0,60}:\s*\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$"
                              # "KDHE Office of Communications, 785-296-0461": an office and its number
                              r"|^[A-Z][^.!?]{2,60},\s*\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$"
                              r"|^[Cc]ontact:?\s+(?:Lieutenant|Lt\.?|Sergeant|Sgt\.?|Officer|Detective|Det\.?|Captain"
                              r"|Capt\.?|Chief|Constable|Inspector|Deputy|Corporal|Cpl\.?)\s(?:[A-Z][\w.'-]*\s?){1,3}$"
                              # "P 720.374.4200 F 720.374.4375", "M. +32 (0)2 553 81 32": numbers by their letters
                              # (one alone with nine digits)
                              r"|^(?:(?:P|T|F|M|Tel|Fax|Ph|Phone)\.?:?\s*\+?\(?\d[\d.() -]{6,}\d\s*){2,3}$"
                              r"|^(?:P|T|F|M|Tel|Fax|Ph|Phone)\.?:?\s*\+?\(?\d(?:[ ./()-]*\d){8,}$"
                              # "(Phone: 410-338-4493)": the number in brackets under the name
                              r"|^\((?i:phone|tel|telefon|telephone|fax)\.?:?\s*\+?[\d() ./-]{7,20}\)$"
                              # "Leiterin Unternehmenskommunikation +41 44 258 17 70": a function and a number
                              r"|^[A-ZÄÖÜ][\wäöüß&-]+(?: [\wäöüß&-]+){0,5} \+\d{2,3}(?: ?\(0\))?[\d ]{7,16}\d$")
# The word that makes a name a street in an English address: "808 Nelson Street", "475 Howe St."
_STREET_WORD = (r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Lane|Place|Square|Parkway"
                r"|Court|Highway|Hwy\.?)")
# An e-mail address, started only where a word starts or after an "@": "\S+@\S+" retried from each character of a
# line of "@@@…" and backtracked over it (cubic).
_MAIL_ADDRESS = r"(?<![^\s@])[^\s@]+@[^\s@]+\.\w+"
_CONTACT_LINE = re.compile(
    r"^telephone\s+\(?\+?\d[\d ()/-]{5,}\d\.?$|"                  # "Telephone 01743 260290."
    # "Pressesprecherin: Frau Anna Muster": the press officer's name under its function
    r"^(?:pressesprecher(?:in)?|pressereferent(?:in)?|woordvoerder|woordvoerster|spokesperson|press officer)\s*:\s*"
    r"(?:(?:frau|herr|dr\.|mr\.?|ms\.?|mrs\.?|mevrouw|de heer)\s)?(?-i:[A-ZÄÖÜ][\wäöüß'’-]+)"
    r"(?:\s(?:van|de|von|der|den|ter|ten|(?-i:[A-ZÄÖÜ][\wäöüß'’.-]+))){1,4}$|"
    r"^tel\.?\s*(?:[:+]\s*)?\+?\s?\d[\d ()/-]{6,20}$|"                   # "Tel + 41 41 248 80 11"
    # a letterhead's street: "Suite 207 – 475 Howe Street", "1208 – 808 Nelson Street"; its town and postcode
    rf"(?-i:^(?:Suite |Unit |Floor )?\d{{1,5}}\s?[-–]\s?\d{{1,5}} [A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}} {_STREET_WORD}$)|"
    r"(?-i:^[A-Z][\w.' -]{2,30},\s*(?:[A-Z]\.?[A-Z]\.?|[A-Z][a-z]+\.?)\s+[A-Z]\d[A-Z] ?\d[A-Z]\d$)|"
    # "3410 Amnicola Hwy.": a street alone ("12 Sentenced In Federal Court" is a title: no small words in a street)
    rf"(?-i:^(?!.*\b(?:In|On|Of|For|At|After|To|By|From|And|With)\b)\d{{2,5}} [A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}"
    rf" {_STREET_WORD}$)|"
    # "Tellsgasse 5, CH-6460 Altdorf": a street, its number, the postcode and the town
    r"(?-i:^[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|laan|straat|plein|kade)"
    r"(?: [\wäöüß.-]+){0,2} \d{1,4}[a-z]?,\s*(?:[A-Z]{1,2}-)?\d{4,5}\s[A-ZÄÖÜ][\wäöüß-]+$)|"
    r"^(?:tel(?:efon)?|phone|fax|e-?mail|mail|mobil|mobile|gsm|web|internet|twitter|iban|bic|konto|paypal)"
    # ("Fon 030/72 62 52-0, Fax 030/72 62 52-42": the German short label, maybe the fax beside it)
    r"\b\.?\s*[:►]|^(?:tel(?:efon)?|tele?fax|phone|fax|mobil|mobile|gsm|fon)\.?\s+(?:[–—-]\s+)?"
    r"(?=\(?\+?\d[\d ()/-]{5,}(?:,\s*fax\.?:?\s*\+?\d[\d ()/-]{5,})?$)"
    r"|^[tfm]\s*:\s*(?=\(?\+?\d[\d ()/-]{5,}$)"      # "T: 020 8263 5200": a phone or fax number under its letter
    # "CONTACT: Jane Muster, 215–686–8711,": a contact's name and number after the label
    r"|^contacts?\s*:\s*(?-i:[A-Z])[^.!?:]{2,60}\d[\d ()/.–-]{5,}\d[,;]?$"
    # "Consumer Inquiries: 888-INFO-FDA"; an emergency number and what it is for: "132 500 for SES emergency
    # assistance", "13 DFES (13 3337) for emergency information"
    r"|^(?:consumer|media|press|general) (?:inquiries|enquiries)\s*:\s*\S[^!?]{0,40}$"
    # ("450 for fire brigades in rural areas" is a budget's item: a short number must be an emergency one)
    r"|^(?:000|111|112|911|999|\d{2,4} \d{3,4}|\d{2,4} (?-i:[A-Z]{2,6}) \([\d ]{4,12}\)) for"
    r" (?:fire|police|ses|ambulance|emergency|emergencies|life|non-urgent)\b[^.!?]{0,60}$"
    # "David Muster : 202.513.2302": a press officer's name and number (nine digits at least: "World War - 1939-1945"
    # is a span of years); not a dial-in line ("International Dial-In: 303-590-3030"), which is the release's own
    r"|^(?![^:,–-]*\b(?:dial|toll|call|conference|replay|hotline|passcode|access|line)\b)"
    r"(?-i:[A-Z][a-z][\w'’-]*+(?: (?:(?:van|von|de|der|den|ten|ter|zu|la|le|du|da|di) ){0,2}[A-Z][\w'’.-]*+){1,3})"
    r" ?[:,–-] ?(?=(?:\D*\d){9})(?!\d{1,3}(?:\.\d{3})+$)\+?\(?\d[\d ()/.-]{6,}\d$"   # (not "Revenue: 123.456.789")
    r"|^(?:e-?mail|call|phone|text|write to|reach|visit) (?:us|our (?:web ?)?site)(?: at| on)?\s*:"
    rf"|{_MAIL_ADDRESS}"
    r"|^[\w.-]+\s?[\[(]at[\])]\s?[\w-]+(?:\.[\w-]+)+\b"        # "info[at]dehoga.de": an address hidden from robots
    r"|^\+?\(?\d[\d ()/.-]{6,}\d(?:\s+\(\w+\))?(?:\s+(?:or|oder|of))?$"
    r"|^(?:[A-Z]{1,2}\s?[–-]\s?)?\d{4,5} [A-ZÄÖÜ]\w+$"                  # "B – 2640 Mortsel": a postcode and its town
    r"|\[email\s?protected\]"                                        # an address a page's mail guard hid
    r"|^p\.?\s?o\.?\s?box\s+\w"                                            # "P.O. Box HM 530"
    # "Mediendienst / Tel. 044 247 36 36": a desk and its number
    r"|^[^.!?]{2,40}\s[/|,]\s(?:tel(?:efon)?|phone|fax)\b\.?\s*:?\s*\+?\(?\d[\d ()/.-]{6,}\d$",
    re.IGNORECASE,
)
# "WESCO International, Inc. / Suite 700, 225 West Station Square Drive / Pittsburgh, PA 15219": a letterhead's
# address in one row, its parts set apart by slashes, bars or dots; one part holds a postcode.
_ROW_SEPARATOR = re.compile(r"\s[/|·•]\s")
_POSTCODE = re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\b\d{5} [A-ZÄÖÜ]|\b\d{4} ?[A-Z]{2}\b|^\d{4} [A-Z]"
                       r"|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"                              # "Vancouver, B.C. V6Z 2H2"
                       r"|\b(?:CH|D|A|NL|B|L)-\d{4,5}\s[A-ZÄÖÜ]"                    # "CH-6460 Altdorf"
                       r"|,\s[A-Z][a-z]+(?: [A-Z][a-z]+)?\s\d{5}(?:-\d{4})?\b")   # "Macon, Missouri 63552"
MIN_ADDRESS_PARTS = 3
_STREET_NUMBER = re.compile(r"[A-ZÄÖÜ][\wäöüß.-]+(?: [\wäöüß.-]+){0,2} \d{1,4}[a-z]?")
# A footer's links run together: "Terms of usePrivacy policyCookie policy", "ImpressumDatenschutzKontakt".
_GLUED_LINK = re.compile(r"(?<=[a-zäöü])(?=[A-ZÄÖÜ])")
_FOOTER_LINK = re.compile(r"^(?:privacy|terms|cookie|contact|impressum|datenschutz|kontakt|colofon|disclaimer"
                          r"|sitemap|about|accessibility|barrierefreiheit|toegankelijkheid|nutzungsbedingungen)",
                          re.IGNORECASE)
MIN_GLUED_FOOTER_LINKS = 2
MAX_GLUED_LINKS_CHARS = 160
# A field of a contact block: a label and a number ("Tel. 06221 / 33 10-311", "Fax: +49 …"), or an address.
_CONTACT_FIELD = re.compile(r"\b(?:tel(?:efon)?\.?|(?:tele)?fax|mobil|mobile|phone#?)\b\.?\s*(?::\s*)?[+\d(]|"
                            + _MAIL_ADDRESS, re.IGNORECASE)
# A telephone number written in a sentence: "at 301-780-2773", "(0201) 12-3701", "+31 70 123 4567"; not a
# date ("14.06.2007").
_PHONE = re.compile(r"(?<![\w.])(?!\d{1,2}\.\d{1,2}\.\d{2,4}\b)(?:\+\d{1,3}[ .]?)?\(?\d{2,5}\)?[ ./-]\d{2,4}"
                    r"[ .-]\d{2,5}(?:[ -]\d{1,5})?(?![\w.]?\d)")
MAX_CONTACT_SENTENCE_WORDS = 30
MIN_LABELLED_BLOCK_FIELDS = 3
MAX_LABELLED_BLOCK_WORDS = 90
# A labelled block is names, streets and numbers; a paragraph of prose with a number is mostly lower case.
MAX_LABELLED_BLOCK_LOWER_SHARE = 0.45
MIN_CAPITAL_TITLE_WORDS = 5
# "lr", "mb/gst", "pol", "Ka.": an editor's code alone on a line; "2022214486", "(2019224513 ^SK)": a case number.
_AUTHOR_CODE = re.compile(r"^(?:[a-zäöü]{1,4}(?:/[a-zäöü]{1,4})*|[A-Z][a-z]{0,2}\.)$|^\(?\d{8,}(?: \^?\w+)?\)?$")
# "... Mehr in der Pressemitteilung des Ministeriums vom 02.01.2020.": an excerpt's pointer to the whole text.
# "… mehr", "Lees meer in onze INFO AAN DE HANDELAARS (…)": a pointer to another page.
_POINTER = re.compile(r"^(?:\.{3}|…)\s*(?:mehr|more|meer|lees|lesen|read|weiter|further)\b"
                      r"|^(?:lees meer|read more|mehr lesen|weiterlesen)\s+(?:in|op|on|about|over|im|auf|zu)\b",
                      re.IGNORECASE)
MAX_POINTER_WORDS = 25
# "door anp", "By Reuters", "Door ANP - 16-9-2016, 14:56 (Update 16-9-2016, 14:56)": the agency as the author, with
# its stamps.
_AGENCY_BYLINE = re.compile(rf"^(?:by|von|door|van)\s+(?:{'|'.join(sorted(NEWS_AGENCIES))})"
                            r"(?:\s*[-–,|]\s*\d.{0,60})?$", re.IGNORECASE)
# "nog meer namen bekend van nieuw kabinet rutte1508317447": a link's slug with the article's id glued on.
_SLUG = re.compile(r"^[a-zäöüßéèë0-9]+(?: [a-zäöüßéèë0-9]+){2,}[a-z]\d{8,}$")
# "3 uur geledenDEN HAAG (ANP) - …": a teaser with its age glued on.
_TEASER_AGE = re.compile(r"^\d+ (?:uur|minuten|minuut|dagen|dag|weken|week|maanden|maand|jaar|jaren|seconden|hours?"
                         r"|minutes?|days?|weeks?|months?|years?) (?:geleden|ago)"
                         r"|^vor \d+ (?:stunden|minuten|tagen|wochen|monaten|jahren)", re.IGNORECASE)
# "Van onze parlementaire redactie", "By John Smith", "Von Max Muster": the author line of a web page.
_BYLINE = re.compile(r"^(?:van onze \w+ redactie|van onze verslaggever"
                     # "Van onze redacteur Anna Muster", "Reported by Paul Muster, University of Musterton"
                     r"|van onze (?:redacteur|redactrice|correspondent|verslaggeefster)\s(?-i:[A-Z])[^.!?]{2,60}$"
                     r"|reported by (?-i:[A-Z]\w+ [A-Z][\w'-]+)(?:,\s[^.!?]{2,60})?$"
                     r"|(?:author|autor|auteur)\s*:\s*[^.!?]{2,80}$"   # "Author: Benzinga Newsdesk | May 07, 2024 …"
                     # "(by: Communication TU Delft)": who wrote it, in brackets
                     r"|\((?:by|door|von|text|tekst)\s*:\s(?-i:[A-ZÄÖÜ])[^()]{2,60}\)$"
                     # "Tekst: Guido Muster, voorzitter …": who wrote it, unbracketed, no sentence
                     r"|(?:text|tekst)\s*:\s(?!(?-i:Die|Der|Das|De|Het|Een|The|Ein|Eine)\s)"
                     r"(?-i:[A-ZÄÖÜ][a-zäöüß]+\s[A-ZÄÖÜ])[^.!?]{2,140}$"
                     # "Bericht uitgegeven door SOVON op 5 februari 2008": a nature portal's stamp
                     r"|(?:bericht|artikel) uitgegeven door [^.!?]{2,60} op (?:[a-z]+dag )?\d{1,2}\s[a-z]+\s"
                     r"(?:19|20)\d{2}$"
                     # a portal's category and date: "Categorie: Circulaire activiteiten | Gepubliceerd: 14 mei 2008"
                     r"|(?:categorie|category|kategorie|rubriek)\s*:\s*[^|]{2,60}\|\s*(?:gepubliceerd|published"
                     r"|veröffentlicht)(?: op| on| am)?\s*:?\s*[^|]{4,30}$"
                     # a blog's author field, a motoring portal's date and section: "Geschrieben von: Elisa Muster",
                     # "[10.05.2007] Auto-News"
                     r"|geschrieben von\s*:\s*[^.!?]{2,60}$"
                     r"|\[\d{1,2}\.\d{1,2}\.\d{4}\]\s*(?:[\w-]+-)?(?:news|nachrichten|aktuell|meldungen|presse)\b"
                     r"[\w -]{0,20}$"
                     # a portal's author line, with the time it went up: "by ZIMRA", "by World Sailing today at 6:00 am"
                     r"|(?-i:by [A-Z]{2,8})$|by (?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?:today|yesterday) at "
                     r"\d{1,2}:\d\d\s?(?:am|pm)?$"
                     # a council's listing stamp: "Posted in the Announcements page on 04/01/2016 14:55:10 on …"
                     r"|posted in the [\w ]{2,40} (?:page|section|category) on\b[^!?]{4,80}$"
                     # a date and who wrote it: "14.11.2017 Von: Dr. Anna Muster, hessenARCHÄOLOGIE"; a date and
                     # when it was last updated: "19 april 2021 – Laatst bijgewerkt om 19 april 2021 14:26"
                     r"|\d{1,2}\.\d{1,2}\.\d{4}\s+(?:von|door|by)\s*:\s*(?-i:[A-ZÄÖÜ])[^!?]{2,80}$"
                     r"|(?:\d{1,2}\.?\s[a-zäöü]+\.?\s|\d{1,2}\.\d{1,2}\.)(?:19|20)\d{2}\s+[–—-]\s+(?:laatst bijgewerkt"
                     r"|last updated|zuletzt aktualisiert)(?: om| at| am| on)?\s[^!?]{4,40}$"
                     # a minister's name over the release: "MINISTER MARK MUSTER"; the
                     # portfolios "Treasurer, Minister for … and Minister for Sport"; a dated statement's label
                     # "Statement: Wednesday 30 September 2020"
                     r"|minister (?-i:[A-Z]{2,}(?: [A-Z]{2,}){1,3})$"
                     r"|(?:premier|treasurer|attorney[- ]general),\s(?:deputy |assistant )?minister (?:for|of)\b"
                     r"[^.!?]{2,150}$"
                     r"|statement\s*:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?\d{1,2}\s[a-z]+\s\d{4}$"
                     # a portal's desk and date: "RETAIL Redaktion 24.02.2020"
                     r"|(?:\w+ )?redaktion\s+\d{1,2}\.\d{1,2}\.\d{4}$"
                     # a column's writer and office in capitals: "Pieter Muster, GEDELEGEERD BESTUURDER"
                     r"|(?-i:[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,3}, [A-ZÄÖÜ ]{0,30}(?:BESTUURDER|DIRECTEUR"
                     r"|DIRECTOR|VOORZITTER|PRESIDENT|CHAIR\w*|CEO|MANAGER|SECRETARIS|SECRETARY|GESCHÄFTSFÜHRER\w*"
                     r"|VORSTAND\w*|OFFICER|WOORDVOERDER|SPRECHER\w*)[A-ZÄÖÜ ]{0,20})$"
                     # a prosecutor's letterhead: "David J. Muster, United States Attorney"; a minister's office
                     # "Office of the Honourable Dominic Muster"
                     r"|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){1,3}), (?:united states attorney|u\.s\. attorney"
                     r"|district attorney|attorney general)$"
                     r"|office of the honou?rable (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3})$"
                     # a blog's byline left empty: "Posted by: , Posted on: - Categories: Ofsted"
                     r"|posted by\s*:\s*,?\s*posted on\s*:[^!?]{0,80}$"
                     # a portal's stamp: "06.06.2013 17:19 Uhr in Energie & Umwelt von Deutsches Rotes Kreuz (DRK)"
                     r"|\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}:\d{2} uhr in"
                     r" (?-i:[A-ZÄÖÜ][\w&-]*(?: (?:&|und|[A-ZÄÖÜ][\w&-]*)){0,4})"
                     r" von [^.!?]{2,80}$"
                     # an Australian minister's offices under the crest: "Deputy Premier and Minister for Health"
                     r"|(?:deputy )?(?:premier|treasurer|minister)(?: and (?:deputy )?(?:premier|treasurer|minister))?"
                     r" for (?:the )?(?-i:[A-Z][\w'’-]*)(?:,? (?:(?-i:[A-Z][\w'’-]*)|and|the|of|for|&))*$"
                     # "ots/Feuerwehr Essen": the wire and its sender
                     r"|ots/(?-i:[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,3})$"
                     r"|(?:by|von|door) [A-Z]\w+ [A-Z][\w-]+(?:(?:,| and| und| en| &) [A-Z]\w+ [A-Z][\w-]+)*$"
                     r"|(?:by|von|door) (?-i:[A-Z]\w+(?: [A-Z][\w-]+){2,3})$"   # "By New Zealand Police"
                     # an Australian minister's name over the release: "THE HON CATHERINE KING MP, MINISTER FOR …"
                     r"|(?:the hon\.?|senator the hon\.?)\s(?-i:[A-Z][\w'’-]+)\b[^.!?]{0,140}$"
                     # "The Honourable Judy Spence": the name alone, maybe its office after a comma or "MP"
                     r"|the honou?rable\s(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){1,3})(?:,\s[^.!?]{2,100}|\s+MP)?$"
                     # the minister's letterhead: "Minister of Health", "MINISTER FOR TRADE, TOURISM & INVESTMENT",
                     # "FEDERAL MEMBER FOR WANNON", "DAN TEHAN MP"
                     r"|(?:deputy |associate |acting |assistant )?(?:prime )?minister (?:of|for)"
                     r"(?: (?:and|the|of|for|&)|,| (?-i:[A-Z][\w'’-]*)){1,8}$"
                     r"|(?:federal |state )?member for(?: (?-i:[A-Z][\w'’-]*)){1,4}$"
                     r"|(?-i:(?:[A-Z][\w'’-]+ ){1,3}MP)$"
                     # "Matthew Groom, Minister for Environment and Parks": the minister who issues it
                     r"|(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), (?:deputy |acting )?(?:premier|treasurer"
                     r"|attorney[- ]general|minister (?:for|of) [^.!?]{2,80})$"
                     # "13 februari 2015 door Hennie van der Zouw": the date and who wrote it
                     r"|(?:\d{1,2}[./-]\d{1,2}[./-]|\d{1,2}\.?\s[a-zäöü]+\.?,?\s|[a-z]+\.?\s\d{1,2},\s)(?:19|20)\d{2}"
                     r"\s+(?:door|by|von)\s+(?-i:[A-Z][\w.'’-]*(?:\s(?:van|de|der|den|von|[A-Z][\w.'’-]*)){1,4})$"
                     # "Gedeputeerde van de provincie Antwerpen": the office of who issues it
                     r"|(?:gedeputeerde|wethouder|schepen|burgemeester) (?:van|voor) (?:de |het )?"
                     r"(?:provincie |gemeente |stad )?(?-i:[A-Z][\w-]+(?: [A-Z][\w-]+)?)$"
                     r"|issuing officer\s*:\s*\S.{0,60}$"          # a fire department's: "ISSUING OFFICER: Bob …"
                     # a press officer's note under the release: "— Kelly Hoover is a public information specialist …"
                     r"|[—–]\s?(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}) is (?:a|an|the) [^!?]{5,140}\.$"
                     # a portal's author and its code: "Jacques van der Linden - ANN"
                     r"|(?-i:[A-Z][\w'’-]+(?: (?:van|de|der|den|von|ter|te)){0,2}(?: [A-Z][\w'’-]+){1,2})"
                     r" [-–] (?-i:[A-Z]{2,5})"
                     r"|(?:by|von|door|author|autor|auteur)\s*:\s*[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*){0,3}$"
    # "Erstellt von Thüringer Staatskanzlei", "Posted by Media Relations": who put the page up
    r"|[-—–]?\s*(?:erstellt|verfasst|geschrieben|eingestellt|posted|written|created|submitted|geplaatst|geschreven"
    r"|ingezonden|gepubliceerd|veröffentlicht|published)"
    r" (?:von|by|door)"
    r" (?:the )?[A-ZÄÖÜ][\w.-]*(?: [\w.&-]+){0,7}$"
                     r"|the press release issued by .{3,80} on .{6,30}\.$"
                     # "Veröffentlicht in: Heute in Sachsen-Anhalt | 0", "Please attribute to Inspector …:",
                     # "Issued by Police Media Centre": where the page filed it, whom to quote, who issued it
                     r"|(?:veröffentlicht|published|gepubliceerd|erschienen) in\s*:.{0,60}$"
                     r"|please attribute (?:this )?to\b.{0,60}$|issued by\s+(?:the\s+)?(?-i:[A-Z][\w.&' -]{2,50})\.?$"
                     r"|(?:from )?staff reports?$|(?:published|updated|veröffentlicht|aktualisiert|gepubliceerd"
                     r"|gewijzigd|bijgewerkt|geändert)"
                     r"\s*:?\s*(?:on\s+|am\s+|op\s+)?\d"
                     r"|\(?menafn\s?-[^()]{1,60}\)$"         # MENAFN's source note: "(MENAFN- PR Newswire)"
                     # "Last updated on March 3, 2023 at 11:03 am": the stamp with the month written out
                     # (only a time may follow: "Updated on March 3, 2023: roads reopened." is news)
                     r"|(?:last )?(?:updated|published|posted|modified) on [a-z]{3,9}\.? \d{1,2},? (?:19|20)\d{2}"
                     r"(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[a-z]{2,4})?"
                     r"|, [a-z]{3,9}\.? \d{1,2},? (?:19|20)\d{2})?$"
                     r"|@\w{2,30}$"                        # the author's handle: "@DRobertson_Star"
                     # a distributor's credit: "/EINPresswire.com/ --", "/EIN News/ --"
                     r"|/(?:[\w.-]+\.[a-z]{2,4}|ein news)/\s*-*$)",
                     re.IGNORECASE)
# "By Jane Muster Saturday 31 Aug 2019, 4:54 PM", "Door Gert-Jan van Muster op 8 mei 2016": the author and the date.
_BYLINE_OPENER = re.compile(r"^(?:by|door|von|van)\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"(?:van|de|der|den|von|ter|[A-ZÄÖÜ][\w'’.-]*),?")
_DATE_PREPOSITION = re.compile(r"^(?:op|on|am)\s+", re.IGNORECASE)
MAX_BYLINE_NAME_WORDS = 5


_ENDS_ON_DATE = re.compile(r"(?:19|20)\d{2}$|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|uur|h)?$", re.IGNORECASE)


def _dated_byline(text: str) -> bool:
    """An author's name (two to five words; the weekday after it has a capital too) and a date that ends the line
    ("Van Muster Groep op 1 januari 2025 verkocht" is a title)."""
    opener = _BYLINE_OPENER.match(text)
    tokens = text[opener.end():].split() if opener else []
    if not tokens or not tokens[0][:1].isupper():
        return False
    for length in range(2, min(len(tokens), MAX_BYLINE_NAME_WORDS + 1)):
        if not _NAME_WORD.fullmatch(tokens[length - 1]):
            return False
        rest = _DATE_PREPOSITION.sub("", " ".join(tokens[length:]))
        if is_date_line(rest) and _ENDS_ON_DATE.search(rest):
            return True
    return False


# "(ALo)", "|erf": an editor's initials split off the last sentence (unglue.py), wherever they stand.
# An agency in brackets ("(dpa)") is a credit of its own, not an editor's mark (see _is_editor_mark).
# ("(ampnet/Sm)": an agency's code and its editor's)
_EDITOR_MARK = re.compile(r"\((?P<initials>[A-Za-z]{1,4})\)|[|/][a-zäöü]{2,4}|/\s?" + AUTHOR_NAME
                          + r"|\((?:ampnet|dpa|afp|apa|kna|epd|ddp|sid)/[A-Za-z]{1,4}\)")
# "- 297/ri": a city press office's release number and its editor's code.
# "- 12/mak", "RNS Number : 1335Y": a release's code in the wire's system.
_RELEASE_CODE = re.compile(r"^[-–]\s*\d{1,4}/[a-z]{1,4}$|^RNS Number\s*:\s*\w+$", re.IGNORECASE)
MAX_CONTACT_WORDS = 14
MIN_LIST_ITEM_WORDS = 4        # "• Revenue increased 4.7 % to …" is an item; "• Crisisbeheer" is a tag
MAX_CAPTION_WORDS = 40         # "Op de foto van links naar rechts: …" names everyone in the picture
MAX_LABELLED_CAPTION_WORDS = 90
MAX_CONTACT_LOWER_SHARE = 0.3
MIN_PROSE_WORDS = 12
MAX_CAPTION_LINES = 2
_PICTURE_CREDIT = re.compile(r"©|^(?:source:\s*)?prnewsfoto/|^\(?(?:foto|photo|bild|beeld)\s*:", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# "24 November", "March 3": a page's date without its year, alone on its line.
_MONTHS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))   # names and their abbreviations
# "mrt" / "1": a date widget's month and day on lines of their own.
# "Oktober", "Januari 2006": an archive's month (and year) over the item
_MONTH_ALONE = re.compile(rf"(?:{_MONTHS})\.?(?:\s(?:19|20)\d{{2}})?", re.IGNORECASE)
_DAY_AND_MONTH = re.compile(rf"(?:\d{{1,2}}\.?\s(?:{_MONTHS})|(?:{_MONTHS})\s\d{{1,2}})", re.IGNORECASE)
_SOCIAL_NETWORK = re.compile(r"\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|whatsapp|xing|mastodon"
                             r"|bluesky|threads|pinterest|flickr|rss|e-?mail)\b", re.IGNORECASE)
MIN_SOCIAL_LINKS = 3
MIN_SOCIAL_SHARE = 0.4   # "See all news articles Facebook Twitter Instagram Youtube": the names are the line
# An advert's or a campaign's call to action, opening the line or one of its phrases ("Dien nu uw eerste vordering
# in! Klik hier!", "Jetzt informieren! Unser Wahlprogramm 2025!"); "Thousands sign up for …" is a title.
_CALL_TO_ACTION = re.compile(
    r"(?:^|[!?.,]\s+|\s(?=register for free))"
    r"(?:register (?:now|today|for free|online|here)|sign up|subscribe (?:now|today)|click here|join (?:now|today|us)\b"
    r"|jetzt (?:informieren|anmelden|registrieren|abonnieren|spenden|mitmachen)"
    r"|hier klicken|klik hier|meld je (?:nu )?aan|schrijf je (?:nu )?in|steun ons|word (?:nu )?lid|doneer nu)\b",
    re.IGNORECASE)
MAX_ORDER_WORDS = 8   # "Klik hier voor de nieuwsbrief.": a link's text, with its full stop
MIN_MENU_ITEMS = 6
_FIGURES = re.compile(r"[\d$€£%]")   # "• Revenue of $2.1 billion": a highlight has figures, a menu item none
MAX_MENU_ITEM_WORDS = 8
_PORTAL_NOTICE = re.compile(r"^the post .{3,200} appeared first on .{2,80}$"   # a blog feed's footer
                            r"|^(?:dies ist eine|this is an?|dit is een) (?:redaktionell\w* )?"
                            r"(?:unbearbeitete |unedited )?(?:pressemitteilung|press release|persbericht|pressemeldung)"
                            r"\b.{0,80}$"
                            # "Hinweis Für den Inhalt der Pressemitteilung ist der Einsteller, … verantwortlich."
                            r"|^(?:hinweis:?\s*)?für den inhalt (?:der|dieser) (?:pressemitteilung|meldung|mitteilung)"
                            r" (?:ist|sind)\b.{0,120}$"
                            # EIN Presswire's and the FDA list's notes under a release: "EIN Presswire provides this
                            # news content "as is" without warranty …", "FDA posts press releases and other notices
                            # of recalls and market withdrawals from the firms involved as a service …"; a health
                            # portal's: "Dieser Artikel enthält nur allgemeine Hinweise und darf nicht zur
                            # Selbstdiagnose …"
                            r"|^ein presswire provides this news content\b.{0,300}$|^legal disclaimer\s*:$"
                            r"|^fda posts press releases and other notices of recalls\b.{0,300}$"
                            r"|^dieser artikel enthält (?:nur )?allgemeine hinweise\b.{0,300}$", re.IGNORECASE)
# "Ehrung von Kommunalpolitikern (Gruppenfoto)": a picture's title with its kind.
# "Max Muster (Foto)", "(Archivbild)": the picture beside the line; the wires' upper-case "(FOTO)" marks a title whose
# release comes with a picture.
# "Im Bild v.l.n.r.: …", "Spatenstich bei B. Braun (v.l.n.r. ): …", "v.l.: Doris Muster, …": the people in the picture
# named from the left (German "von links nach rechts", Dutch "van links naar rechts").
_LEFT_TO_RIGHT = re.compile(r"(?:^|[\s(])v\.\s?l\.(?:\s?n\.\s?r\.)?\s?\)?\s*:")
_PICTURE_MARK = re.compile(r"\((?!(?-i:FOTO|BILD)\))(?:gruppen|archiv|symbol)?(?:foto|bild)\)$", re.IGNORECASE)
# A line that points at what the page shows beside the text (a video, a link), not a sentence of the release.
_REFERS_ELSEWHERE = re.compile(r"^(?=.*\b(?:zie|see|siehe|watch|bekijk|kijk|schau|meer|more|mehr|informatie|information"
                               r"|informationen|video)\b).*\b(?:hieronder|below|unten|(?:staat )?op (?:de|onze) website"
                               r"|on (?:our|the) website|auf (?:unserer|der) (?:web)?seite)$", re.IGNORECASE)
MAX_POINTER_LINE_WORDS = 10
_BYLINE_LABEL = re.compile(r"(?:reporter|author|autor|auteur|verslaggever|redactie|text|tekst)\s*:", re.IGNORECASE)
_PERSON_NAME = re.compile(r"[A-ZÄÖÜ][\w'’.-]+(?: (?:van|de|der|den|von|ter|[A-ZÄÖÜ][\w'’.-]+)){1,3}")
_ADBLOCK_NOTICE = re.compile(r"\b(?:ad[- ]?block(?:er|ing)?|ad content blocking|werbeblocker|adblocker"
                             r"|advertentieblocker)\b"
                             # (a site's plea in Dutch, its own words: "Je maakt helaas gebruik van software die onze
                             # advertenties blokkeert.", "Dankzij reclamebanners kan onze website blijven bestaan.")
                             r"|^je maakt (?:helaas )?gebruik van software die onze advertenties blokkeert\b"
                             r"|^dankzij (?:reclamebanners|advertenties) kan (?:onze|deze) (?:web)?site\b"
                             # an old browser's notice: "Seitens Microsoft wird Ihre Version des Internetbrowsers nicht
                             # mehr unterstützt …", "… Internet Explorer 10 oder höher … den Kompatibilitätsmodus"
                             r"|\bihre version des (?:internet)?browsers\b|\bkompatibilitätsmodus\b"
                             r"|\buw browser wordt niet (?:meer )?ondersteund\b"
                             r"|\bauf eine aktuelle(?:re)? version (?:ihres|des) (?:internet)?browsers\b",
                             re.IGNORECASE)
# A forwarded mail's or a forum post's header: "From: leigh aulper of 68", "To: Lawrence Burg who wrote …".
_MAIL_HEADER = re.compile(r"^(?:from|sent|cc|von|gesendet|van|verzonden)\s*:\s*\S.{0,80}$(?<![.!?])"
                          r"|^(?:to|an|aan)\s*:\s*.{0,80}(?:@|\bwrote\b|\bschrieb\b|\bschreef\b).{0,40}$",
                          re.IGNORECASE)
# "2-2016 Gun1", "IMG_2034.jpg": an image's file name where its caption should be.
# ("Mayors Message Website News Block.jpg": a file's name with its spaces)
_FILE_NAME = re.compile(r"^(?:\S+\.(?i:jpe?g|png|gif|webp)|[\w-]+(?: [\w-]+){1,8}\.(?i:jpe?g|png|gif|webp)"
                        r"|(?:IMG|DSC|DSCN|PIC|P)_?\d{3,}"
                        r"|\d{1,2}-\d{4}\s[A-Za-z]+\d+)$"
                        r"|^(?:IMG|DSC|DSCN)_\d{3,}[A-Z]")    # a gallery's file name and alt texts run together
MAX_CAPTION_LINE_WORDS = 14
MAX_LABEL_WORDS = 3
MIN_REPEATED_TITLE_WORDS = 5   # a short subheading ("Hintergrund") may well come back
_LOWER_START = re.compile(r"^[a-zäöüß]{2}")   # not "iPhone", "eBay", "’t Zandt"
MIN_TEASER_TITLES = 3
MAX_TEASER_TITLE_WORDS = 20
MAX_TITLE_WORDS = 30


def _compile(registry: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    return re.compile(r"^[*_\s]*(?:" + "|".join(p for phrases in registry.values() for p in phrases) + r")",
                      re.IGNORECASE)


CONTACT_TRIGGER = _compile(CONTACT_TRIGGERS_BY_LANGUAGE)
FOOTER_TRIGGER = _compile(FOOTER_TRIGGERS_BY_LANGUAGE)
RELATED_TRIGGER = _compile(RELATED_TRIGGERS_BY_LANGUAGE)
_TERMINAL = re.compile(r"[.!?…:][\"'”’“»)\]]*$")   # German quotes close with “


def _plain(text: str) -> str:
    return text.strip("*_| ")


# The legal notice a listed company's release ends on, whatever its length: "This news release contains certain
# statements which constitute forward-looking …", "Neither the TSX Venture Exchange nor its Regulation Services
# Provider …".
_SAFE_HARBOUR = re.compile(
    r"^(?:this (?:news |press )?release contains (?:certain )?(?:statements|forward-looking|information)\b"
    r"|certain (?:statements|information) (?:in|contained in) this (?:news |press )?release\b"
    r"|diese (?:presse)?mitteilung enthält (?:möglicherweise )?(?:bestimmte )?in die zukunft gerichtete aussagen\b"
    r"|neither (?:the )?tsx venture exchange nor it[’']?s\b"
    # its heading: "Uncertainties Affecting Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking …"
    r"|(?:[\w-]+ ){0,4}forward[- ]looking (?:statements?|information)\s*:?$"
    r"|(?:in die )?zukunft(?:sgerichtete|sbezogene| gerichtete) aussagen\s*:?$|toekomstgerichte verklaringen\s*:?$)",
    re.IGNORECASE)
# "Bei Fragen zu dieser Meldung wenden Sie sich bitte an den unten aufgeführten Kontakt.": the way to the contact.
# "Call us at" (its number on the next line): the office's number in the page's banner; "(Kontakt: Hauke Muster, …,
# Tel. 03578/3746721)": a contact in brackets under the release.
_CONTACT_POINTER = re.compile(r"^bei (?:fragen|rückfragen)\b[^.!?]{0,60}\bwenden sie sich\b[^.!?]{0,60}[.:]$"
                              r"|^call us (?:at|on)(?:\s*:?\s*\+?[\d() -]{7,20})?$"
                              r"|^\((?:kontakt|contact|contactpersoon|info)\s*:[^()]{3,160}\)$"
                              # "For media queries, please contact Stefan Ruhkamp, tel.: +49 69 …" (with a number or
                              # an address), "Should you have any questions, please contact … in the Media Office at
                              # media@…" (a press word and an address: a hotline for customers is the release's)
                              r"|^for (?:media|press) (?:queries|enquiries|inquiries)\b,?[^!?]{0,40}\bplease contact\b"
                              r"[^!?]{0,120}(?:@|\d{3})[^!?]{0,60}$"
                              r"|^should you have any (?:questions|queries)\b,?[^!?]{0,40}\bplease contact\b[^!?]{0,80}"
                              r"\b(?:media|press|communications)\b[^!?]{0,60}@[^!?]{0,60}$",
                              re.IGNORECASE)


# A bulleted tag: "• Crisisbeheer" (a list of short items under a sentence that introduces it stays content).
_BULLET_TAG = re.compile(r"^•\s*[\w,&-]+(?: [\w,&-]+){0,2}$")


_DATED_SECTION = re.compile(r"^(?P<date>\S.{5,30}?)\s+(?:[|l·•]\s+[A-ZÄÖÜ][\w-]*(?: [\w-]+){0,2}"
                            rf"|\|\s+{BRANCH_WITH_REGIONS})$")


MIN_ICON_NAMES = 16
MIN_HYPHENATED_ICON_NAMES = 3
_ICON_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")


MIN_MENU_CELLS = 4
MAX_MENU_CELL_WORDS = 3
MIN_LONG_MENU_CELLS = 6


def _menu_row(text: str) -> bool:
    """Four or more short items between pipes, none a sentence: a site's menu printed as one line."""
    cells = [cell.strip() for cell in text.split(" | ")]
    # (a long menu's items may be longer: "… | NZ in World News | NZ National News Video | NZ Regional News | Search")
    # ("Zaterdag 12 mei | 10.00 tot 16.00 uur | Stadhuis Utrecht | …": an event's facts, with figures)
    longest = MAX_MENU_CELL_WORDS + (len(cells) >= MIN_LONG_MENU_CELLS and not any(char.isdigit() for char in text))
    # ("Revenue | 10 | 12 | 14 | 16": a table's row, its cells numbers)
    return len(cells) >= MIN_MENU_CELLS and all(0 < len(cell.split()) <= longest for cell in cells) \
        and all(any(char.isalpha() for char in cell) for cell in cells) \
        and not _TERMINAL.search(text) and ":" not in text   # ("Ort: Rathaus | Zeit: 18 Uhr | …": an event's fields)


def _icon_names(text: str) -> bool:
    """A run of lower-case names, several hyphenated, with no punctuation: the icons a web font left as text."""
    names = text.split()
    return len(names) >= MIN_ICON_NAMES and all(_ICON_NAME.fullmatch(name) for name in names) \
        and sum("-" in name or "_" in name for name in names) >= MIN_HYPHENATED_ICON_NAMES


def line_role(text: str) -> SegmentRole | None:
    """The non-content role one line has on its own, wherever it stands."""
    plain = _plain(text)
    if _PORTAL_NOTICE.match(plain) or _SAFE_HARBOUR.match(plain):
        return SegmentRole.FOOTER       # "Dies ist eine redaktionell unbearbeitete Pressemitteilung der …"
    if _CONTACT_POINTER.match(plain):
        return SegmentRole.CONTACT
    if _BYLINE_LABEL.fullmatch(plain):
        return SegmentRole.NAVIGATION   # "Reporter:": a byline's label, the name on the next line
    if _REFERS_ELSEWHERE.search(plain) and len(plain.split()) <= MAX_POINTER_LINE_WORDS:
        return SegmentRole.NAVIGATION   # "Zie video van 17 november in Zuidwolde hieronder": a pointer to an embed
    if _ADBLOCK_NOTICE.search(plain) or _MAIL_HEADER.match(plain):
        return SegmentRole.NAVIGATION   # "We've detected that you're using an ad content blocking …", "From: …"
    if _is_call_to_action(plain):
        return SegmentRole.NAVIGATION   # "Less Ads, More Data, More Tools Register for FREE": the site's advert
    if len(_SOCIAL_NETWORK.findall(plain)) >= max(MIN_SOCIAL_LINKS, len(plain.split()) * MIN_SOCIAL_SHARE) \
            and not _TERMINAL.search(plain):
        return SegmentRole.NAVIGATION   # "See all news articles Facebook Twitter Instagram Youtube": a row of links
    if _menu_row(plain):
        return SegmentRole.NAVIGATION   # "Video | Agriculture | Confidence | Economy | Energy": a menu printed in a row
    if _icon_names(plain):
        return SegmentRole.NAVIGATION   # "th share video content contact download event-wifi …": a web font's icons
    if not any(char.isalnum() for char in plain) or _YEAR.fullmatch(plain):
        # "|", "**", "- – - – -": a table's or a menu's separator, a rule; "2017": an archive's year
        return SegmentRole.NAVIGATION
    if (_CAPTION.match(plain) or _CAPTION_LABEL.match(plain) or plain.endswith(("(Foto)", "Symbolbild"))
            or _PICTURE_MARK.search(plain) or _LEFT_TO_RIGHT.search(plain)
            or _PHOTO_CREDIT_END.search(plain) or _AGENCY_PICTURE_CREDIT.match(plain)
            or _TRAILING_CREDIT.search(plain)):
        limit = MAX_LABELLED_CAPTION_WORDS if _CAPTION_LABEL.match(plain) or _LEFT_TO_RIGHT.search(plain) \
            else MAX_CAPTION_WORDS
        return SegmentRole.CAPTION if len(plain.split()) <= limit else None
    if _TEASER_AGE.match(plain) or labels.CUT_TEASER.match(plain):
        return SegmentRole.RELATED
    if _FILE_NAME.match(plain):
        return SegmentRole.CAPTION
    if _is_editor_mark(plain):
        return SegmentRole.FOOTER
    labelled = _LABELLED_DATE.match(plain)
    # "Magdeburg, den 18. September 2002" alone on its line is the dateline of the paragraph below it.
    whole_dateline = _whole_dateline(plain)
    label_dates = labelled is not None and is_date_line(labelled["date"] or labelled["named"])
    dated = (is_date_line(plain) or label_dates or _DAY_AND_MONTH.fullmatch(plain) or _MONTH_ALONE.fullmatch(plain)) \
        and not whole_dateline
    section = _DATED_SECTION.match(plain)   # "11. September 2017 l Wasserversorgung": the date and the item's section
    dated = dated or section is not None and is_date_line(section["date"])
    if dated or _BYLINE.match(plain) or _AGENCY_BYLINE.match(plain) or SALUTATION_LINE.fullmatch(plain) \
            or _dated_byline(plain) or _piped_byline(plain) or _YEARLESS_STAMP.match(plain) \
            or _LIST_SENDER.match(plain) \
            or is_date_label(plain) or labels.is_dated_document(plain):
        return SegmentRole.BYLINE
    if labels.is_speaker_list(plain) or labels.is_report_field(plain) or is_wire_name(plain) \
            or labels.is_signature(plain) or labels.FUNCTION_LINE.fullmatch(plain) \
            or _RELEASE_CODE.match(plain) \
            or _SPOKESPERSON_INTRO.match(plain) or SIGNED_RELEASE_NUMBER.fullmatch(plain):
        return SegmentRole.BYLINE
    if _teaser_card(plain):
        return SegmentRole.RELATED
    if _date_labels_only(plain):
        return SegmentRole.BYLINE
    if _NAVIGATION.match(plain) or COVER_LINE.match(plain) or _BULLET_TAG.match(plain) \
            or _named_organisation(plain) or labels.is_note_to_editors(plain) or labels.READ_MORE.match(plain) \
            or _glued_footer_links(plain) or labels.is_menu(plain) \
            or _SLUG.match(plain) or _POINTER.match(plain) and len(plain.split()) <= MAX_POINTER_WORDS:
        return SegmentRole.NAVIGATION
    # A contact block written on one line: two or more phone, fax or e-mail fields.
    # Prose that gives a number ("… erreichbar. Auskünfte unter Tel. 0231 …") is not one: it is mostly lower-case words.
    # ("Rückfragen bitte an: Polizeidirektion … Tel. … Fax … Mobil … E-Mail: …": opened by its label, however long)
    fields = len(_CONTACT_FIELD.findall(plain))
    one_line_block = fields >= 2 and len(plain.split()) <= MAX_CAPTION_WORDS \
        and _lower_share(plain) < MAX_CONTACT_LOWER_SHARE \
        or fields >= MIN_LABELLED_BLOCK_FIELDS and CONTACT_TRIGGER.match(plain) is not None \
        and len(plain.split()) <= MAX_LABELLED_BLOCK_WORDS and _lower_share(plain) < MAX_LABELLED_BLOCK_LOWER_SHARE
    if _CONTACT_LINE.search(plain) and len(plain.split()) <= 8 or one_line_block or _is_address_row(plain) \
            or _US_TOWN_LINE.match(plain) or _named_number(plain) or _one_line_address(plain) \
            or _PRESS_OFFICE_FIELD.match(plain) \
            or _LABELLED_NUMBER.match(plain):
        return SegmentRole.CONTACT
    # "For more information contact the Sheriff's Press Information Office at 301-780-2773.": the press contact
    # in one sentence. An appeal to witnesses ("Anyone with information … is asked to call …") is content.
    if (CONTACT_TRIGGER.match(plain) or labels.CONTACT_SENTENCE.match(plain)) \
            and len(plain.split()) <= MAX_CONTACT_SENTENCE_WORDS \
            and (_PHONE.search(plain) or _CONTACT_FIELD.search(plain)):
        return SegmentRole.CONTACT
    return None


# "Landwirtschaftsetat der Ampel … 25.09.2024 Landwirtschaftsetat der Ampel …": a teaser card, its title printed
# twice (the link and the picture's alt text) around its date.
_TEASER_CARD = re.compile(r"^(?P<title>\S.{8,150}?)\s+(?P<date>\S.{5,30}?)\s+(?P=title)$")


def _title_over_dateline(paragraphs: list[str], index: int) -> bool:
    """The dateline right under the line, or under the subtitle under it ("BMBF-Geförderte … nominiert" /
    "Bundesforschungsministerin Schavan gratuliert …" / "(lifePR) (Berlin, )")."""
    below = paragraphs[index + 1:index + 3]
    if below and match_dateline(below[0]) is not None:
        return True
    if len(below) < 2 or _TERMINAL.search(below[0]) or line_role(below[0]) is not None:
        return False
    dateline = match_dateline(below[1])
    return dateline is not None and dateline.raw.strip() == below[1].strip()


def _named_number(text: str) -> bool:
    """"Jess Muster, Campaigner: 0431 684 741": a phone number's nine digits or more, not opening times ("Museum
    Boijmans, Openingstijden: 10.00 - 17.00") or a count in thousands ("Zoo Hannover, Besucher 2023: 1.234.567")."""
    match = _NAMED_NUMBER.match(text)
    if match is None:
        return False
    number = text.rsplit(":", 1)[1].strip()
    return sum(char.isdigit() for char in number) >= MIN_PHONE_DIGITS and not _THOUSANDS.fullmatch(number)


MIN_PHONE_DIGITS = 9
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _one_line_address(text: str) -> bool:
    """"Muster GmbH Musterstraße 55 6010 Innsbruck, Österreich http://www.muster.at": a letterhead's address on one
    line, its street and number, its postcode and town, and its web or mail address."""
    label = re.match(r"^([\w-]+)\s*:", text)   # "Veranstaltungsort: Stadthalle, …" is the event's venue
    if label is not None and label.group(1).casefold() not in ("kontakt", "anschrift", "adresse", "contact", "address"):
        return False
    return len(text.split()) <= MAX_CONTACT_WORDS + 6 and not _TERMINAL.search(text) \
        and _STREET_AND_POSTCODE.search(text) is not None \
        and (re.search(r"https?://|www\.", text) is not None or _EMAIL.search(text) is not None)


# "Prinzregentenstr. 28 80538 München", "Musterstraße 55, 6010 Innsbruck": a street's number, then the postcode.
# ("Nagelsweg 27-31 20097 Hamburg": a range of numbers too)
_STREET_AND_POSTCODE = re.compile(r"[A-ZÄÖÜ][\wäöüß.-]+ \d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?,? "
                                  r"(?:[A-Z]{1,2}-)?\d{4,5} [A-ZÄÖÜ][a-zäöüß]")


# "DLRG - Deutsche Lebens-Rettungs-Gesellschaft": a sender's short name and the name it abbreviates, alone on a line
_ABBREVIATED_NAME = re.compile(r"(?P<short>[A-ZÄÖÜ]{2,8})\s[-–]\s(?P<name>[^.!?:]{5,80})")
_BODY_WORD = re.compile(r"gesellschaft|verband|verein|bund\b|stiftung|institut|hilfswerk|ministeri|organi[sz]ation"
                        r"|association|agentur|agency|authority|behörde|dienst\b|kammer|society|foundation|council"
                        r"|federation|union\b|genootschap|vereniging|stichting", re.IGNORECASE)


def _named_organisation(text: str) -> bool:
    # (a glossary's terms are spelled out too, "EEG – Erneuerbare-Energien-Gesetz", "ESG – Environmental, Social and
    # Governance": only a body's name, its initials exactly)
    match = _ABBREVIATED_NAME.fullmatch(text)
    if match is None or not _BODY_WORD.search(match["name"]):
        return False
    return initials(match["name"]) == match["short"] \
        and len(re.split(r"[\s-]+", match["name"])) <= len(match["short"]) + 3


def _piped_byline(text: str) -> bool:
    """With the time of day or an update's field ("Spring Concert | May 12, 2024 | City Hall" is a programme's line);
    or the date first and the publisher after the bar ("16. April 2024 | Evangelische Akademien in Deutschland e. V.")
    or the reading time after the date ("27 September 2024 Read time 8 min.")."""
    stamp = _DATE_THEN_PUBLISHER.match(text)
    if stamp is not None and is_date_line(stamp["date"]):
        return True
    match = _PIPED_BYLINE.match(text)
    return match is not None and is_date_line(match["date"]) \
        and (re.search(r"\d{1,2}[:.]\d{2}", match["date"]) is not None or text.count("|") == 2) \
        and not re.search(r"\d{1,2}[:.]\d{2}\s*(?:uhr|uur)", match["date"], re.IGNORECASE)


# (after the bar a body's name, no figures or commas: "12. März 2024 | Spatenstich für den neuen Kindergarten" is an
# event's line)
_DATE_THEN_PUBLISHER = re.compile(r"^(?P<date>[^|]{6,30}?)\s(?:\|\s(?-i:[A-Z])[^|!?,\d]{2,60}?\s(?-i:e\.\s?V\.|(?:gGmbH"
                                  r"|GmbH|AG|Stiftung|Verband|Verein|Ltd|Inc|B\.V|vzw|Akademien?|University|Universität"
                                  r"|Universiteit|Ministerium|Ministerie|Council|Gemeente|Stadt)\.?)"
                                  r"|\|\s(?:updated|aktualisiert|bijgewerkt)\s*:\s*[\w ,.:]{6,30}"   # "… | Updated: …"
                                  r"|read time\s*:?\s*\d{1,2}\s*min\.?)$", re.IGNORECASE)


def _teaser_card(text: str) -> bool:
    match = _TEASER_CARD.match(text)
    return match is not None and is_date_line(match["date"])


# "Gepubliceerd op: - Laatste update:", "publicatie:": a date's labels whose values the page lost.
_LABEL_SEPARATOR = re.compile(r"\s*[-–|]\s*")


def _date_labels_only(text: str) -> bool:
    parts = [part for part in _LABEL_SEPARATOR.split(text) if part]
    return bool(parts) and text.rstrip().endswith(":") and all(is_date_label(part) for part in parts)


def _glued_footer_links(text: str) -> bool:
    pieces = _GLUED_LINK.split(text)
    return len(text) <= MAX_GLUED_LINKS_CHARS and not _TERMINAL.search(text) \
        and sum(bool(_FOOTER_LINK.match(piece)) for piece in pieces[1:]) >= MIN_GLUED_FOOTER_LINKS


def _is_address_row(text: str) -> bool:
    parts = [part.strip() for part in _ROW_SEPARATOR.split(text)]
    # "4021 Linz • Landhausplatz 1": two parts do when one is the postcode and town and the other a street and number.
    street = len(parts) == 2 and any(_STREET_NUMBER.fullmatch(part) for part in parts)
    if len(parts) < MIN_ADDRESS_PARTS and not street:
        # "Troop B Headquarters - 308 Pine Crest Drive - Macon, Missouri 63552": dashes between the parts, one of them
        # a street named as streets are ("Stadtfest 2023 - 25000 Besucher - Neuer Rekord" is a title)
        dashed = [part.strip() for part in re.split(r"\s[-–]\s", text)]
        if len(dashed) < MIN_ADDRESS_PARTS or not any(_US_STREET.match(part) for part in dashed):
            return False
        parts, street = dashed, True
    return (len(parts) >= MIN_ADDRESS_PARTS or street) and len(text.split()) <= MAX_CONTACT_WORDS + 6 \
        and not _TERMINAL.search(text) and any(_POSTCODE.search(part) for part in parts)


# "Palo Alto, CA 94301": a US address's last line; "Jess Muster, Campaigner: 0431 684 741": a contact's name,
# function and number.
_US_TOWN_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [A-Z]{2} \d{5}(?:-\d{4})?$")
# "Presse-Stelle: BUND … e.V., D-10179 Berlin": the press office's field with its address.
_PRESS_OFFICE_FIELD = re.compile(r"^presse-?stelle\s*:\s*\S[^!?]{0,120}\b\d{4,5} [A-ZÄÖÜ][a-zäöüß]+$", re.IGNORECASE)
_NAMED_NUMBER = re.compile(r"^[A-Z][\w'’-]+ [A-Z][\w'’-]+, [A-Z][\w ]{2,40}:\s*\+?\(?\d[\d ()/.-]{6,}\d$")
_US_STREET = re.compile(rf"\d{{1,5}} [A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}} {_STREET_WORD}$")


def _is_editor_mark(text: str) -> bool:
    mark = _EDITOR_MARK.fullmatch(text)
    return mark is not None and (mark["initials"] or "").casefold() not in NEWS_AGENCIES


# A contact field's own label ("tel:", "fax:") is lower case in a row of names and numbers.
_FIELD_LABEL = re.compile(r"(?:tel|telefon|phone|fax|telefax|mobile?|e-?mail|web)[.:]*", re.IGNORECASE)


def _lower_share(text: str) -> float:
    words = [word for word in text.split() if word[:1].isalpha() and not _FIELD_LABEL.fullmatch(word)]
    return sum(word[0].islower() for word in words) / len(words) if words else 0.0


def _whole_dateline(text: str) -> bool:
    dateline = match_dateline(text) or match_lone_dateline(text)
    return dateline is not None and dateline.raw == text


def wire_page_chrome(paragraphs: list[str], junk: list[SegmentRole | None], depth: int) -> list[SegmentRole | None]:
    """A wire service's release on its web page: what stands between the page's title and the wire's dateline,
    deeper than any header block (``depth`` paragraphs), is the page's menus and widgets."""
    content = [index for index, role in enumerate(junk) if role is None]
    if any(match_dateline(paragraphs[index]) for index in content[:depth + 1]):
        return junk
    wire = next((position for position, index in enumerate(content) if is_wire_dateline(paragraphs[index])), None)
    if wire is None:
        return junk
    chrome = {content[position] for position in range(1, wire)}
    return [SegmentRole.NAVIGATION if index in chrome else role for index, role in enumerate(junk)]


def _is_short_label(text: str) -> bool:
    # Alone it may be a subheading or a headline; in a run of labels it is listing chrome (see _label_runs).
    return bool(re.fullmatch(r"(?:•\s*)?[\w,&-]+(?: [\w,&-]+){0,2}", text)) and not labels.is_page_label(text)


# "Informationen über den" at the end: a sentence cut off where the page was cut ends on an article; no label does.
# (in lower case: "Dies & Das", "Plan A" are labels; above the end a label may run on: "Pressemitteilung des" /
# "Rhein-Sieg-Kreises")
_CUT_OFF = re.compile(r"\s(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an|de|het|een)$")


def _title_over_prose(text: str, following: str) -> bool:
    """"PCC encourages rural communities to remain vigilant …" over the first sentence of prose: a title (no number,
    no address, no sentence's end), the release's first line under contacts printed first."""
    words = len(text.split())
    return MIN_CONTACT_TITLE_WORDS <= words <= MAX_TITLE_WORDS and not _TERMINAL.search(text) \
        and not _PHONE.search(text) and not _EMAIL.search(text) and not _CONTACT_FIELD.search(text) \
        and len(following.split()) >= MIN_PROSE_WORDS and _TERMINAL.search(following) is not None \
        and line_role(following) is None


MIN_CONTACT_TITLE_WORDS = 5
# An address, not the "@" of a slogan ("DISCOVER THE WORLD @ YOUR LIBRARY").
_EMAIL = re.compile(r"\S@\S")
_PAGE_NUMBER = re.compile(r"^[-–]\s*\d{1,3}\s*[-–]$|^(?:page|seite|pagina)\s+\d{1,3}(?:\s+(?:of|von|van)\s+\d{1,3})?$",
                          re.IGNORECASE)
# "FOR IMMEDIATE RELEASE: Thursday, July 26, 2012" under the contact printed first: the release starts below it.
_IMMEDIATE_RELEASE = re.compile(r"^for (?:immediate|release)\b", re.IGNORECASE)
# "Over de kop" over a paragraph that opens with a quotation: a subheading of the release, for the sender's profile
# under "Over X", "Über X", "About X" never opens with someone's words.
_ABOUT_HEADING = re.compile(r"^(?:about|over|über)\s", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r"^[\"“„«‚‘]")
# '"Dit is een primeur", laat het park weten': a closing mark, a comma and the speaker in lower case (a slogan under
# "Über die Muster GmbH" is followed by a dash)
_ATTRIBUTED = re.compile(r"[\"”“»‘’]\s*,\s+[a-zäöüß]|,[\"”“»‘’]\s+[a-zäöüß]")


def _heading_over_quotation(paragraphs: list[str], index: int) -> bool:
    following = next((_plain(text) for text in paragraphs[index + 1:] if text.strip()), "")
    return _ABOUT_HEADING.match(_plain(paragraphs[index])) is not None and _OPENING_QUOTE.match(following) is not None \
        and _ATTRIBUTED.search(following) is not None


def classify(paragraphs: list[str]) -> list[SegmentRole | None]:
    """A non-content role for each paragraph, or None for content (and header) paragraphs."""
    roles: list[SegmentRole | None] = [line_role(text) for text in paragraphs]
    block: SegmentRole | None = None   # the block a trigger opened; it runs to the end of the release
    prose_seen = False   # a trigger above the first sentence of prose ("Bekijk dit persbericht in NL FR") is chrome
    for index, text in enumerate(paragraphs):
        plain = _plain(text)
        words = len(plain.split())
        if RELATED_TRIGGER.match(plain) and words <= 6:
            block = SegmentRole.RELATED if prose_seen else block
            roles[index] = roles[index] or SegmentRole.RELATED
        elif FOOTER_TRIGGER.match(plain) and words <= 16 and not _heading_over_quotation(paragraphs, index):
            block = (SegmentRole.FOOTER if block is not SegmentRole.RELATED else block) if prose_seen else block
            roles[index] = roles[index] or (SegmentRole.FOOTER if prose_seen else SegmentRole.NAVIGATION)
        elif CONTACT_TRIGGER.match(plain) and words <= 8 and index > 0:
            # A contact block may come first ("CONTACTS:" above an SEC exhibit's release): it ends at the prose.
            block = SegmentRole.CONTACT if block is None else block
        # A long title is no prose: a sentence ends, or the paragraph is longer than any title.
        prose_seen = prose_seen or (roles[index] is None and words >= MIN_PROSE_WORDS
                                    and (_TERMINAL.search(plain) is not None or words > MAX_TITLE_WORDS))
        # "FOR IMMEDIATE RELEASE" or the release's date under contacts printed first: the release itself starts
        if block is SegmentRole.CONTACT and (labels.is_page_label(plain) or _IMMEDIATE_RELEASE.match(plain)
                                             or not prose_seen and is_date_line(plain)):
            block = None
        if block is SegmentRole.CONTACT and _PAGE_NUMBER.match(plain):
            block = None   # "-2-": a new page of the release begins under the contacts (an RNS's statement)
        if block is SegmentRole.CONTACT and not prose_seen and roles[index] is None \
                and _title_over_dateline(paragraphs, index):
            block = None   # the title above the dateline, under contacts printed first: the release starts
        if block is SegmentRole.CONTACT and not prose_seen and roles[index] is None and index + 1 < len(paragraphs) \
                and _title_over_prose(plain, _plain(paragraphs[index + 1])):
            block = None   # a sidebar's contacts above the page's title: the release starts at the title
        if block is SegmentRole.CONTACT and not prose_seen and roles[index] is None and plain.isupper() \
                and words >= MIN_CAPITAL_TITLE_WORDS and not _PHONE.search(plain) and not _EMAIL.search(plain):
            block = None   # "PSS WORLD MEDICAL APPOINTS …": a title in capitals under contacts printed first
        if block is not None:
            own = roles[index]
            roles[index] = block if roles[index] is None or block is SegmentRole.RELATED else roles[index]
            # "Judith Aklin, Kommunikationsverantwortliche, steht Ihnen … zur Verfügung (T 041 728 41 14).": a
            # sentence that gives the contact's number is still the contact block.
            # (only in a block under the release: contacts printed first end at the release's first sentence)
            gives_number = prose_seen and words <= MAX_CONTACT_SENTENCE_WORDS \
                and (_PHONE.search(plain) is not None or _CONTACT_FIELD.search(plain) is not None)
            if block is SegmentRole.CONTACT and words > MAX_CONTACT_WORDS and _TERMINAL.search(plain) \
                    and not gives_number:
                # a sentence again: the contact block is over (an archive's notice there keeps its own role)
                roles[index], block = own, None
    _contact_intros(paragraphs, roles)
    _captions_above_credits(paragraphs, roles)
    _captions_under_figure_labels(paragraphs, roles)
    _menu_lists(paragraphs, roles)
    _gallery_titles(paragraphs, roles)
    _names_under_byline_labels(paragraphs, roles)
    _names_above_signatures(paragraphs, roles)
    _institutions_under_press_officers(paragraphs, roles)
    _label_runs(paragraphs, roles)
    _chapter_marks(paragraphs, roles)
    _repeated_titles(paragraphs, roles)
    _author_codes(paragraphs, roles)
    _stray_lines(paragraphs, roles)
    _streets_above_towns(paragraphs, roles)
    _teasers_after_contact(paragraphs, roles)
    _listed_items(paragraphs, roles)
    _labels_without_values(paragraphs, roles)
    return roles


MAX_EMPTY_LABEL_WORDS = 3


def _labels_without_values(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """Above the first prose, a label whose value the page lost ("idw-News App:" over "AppStore", "Instanz:" over
    "Teilen:", "Newsauswahl:" over "Alle News aus Österreich:"): what follows it is chrome or another such label."""
    def empty_label(index: int) -> bool:
        text = _plain(paragraphs[index])
        return text.endswith(":") and len(text.split()) <= MAX_EMPTY_LABEL_WORDS

    for index in range(len(paragraphs) - 1):
        if roles[index] is None and len(paragraphs[index].split()) >= MIN_PROSE_WORDS:
            return   # the prose has begun: a label from here on heads what it introduces
        if roles[index] is None and empty_label(index) \
                and (roles[index + 1] is not None or empty_label(index + 1)):
            roles[index] = SegmentRole.NAVIGATION


def _listed_items(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """Short bulleted items under a content line that introduces them ("Common procedures being delivered
    include:" / "• Hip and knee replacements" / "• Cataract surgeries") are the release's list, not a page's tags."""
    for index, text in enumerate(paragraphs):
        if roles[index] is not None or not text.rstrip().endswith(":"):
            continue
        below = index + 1
        while below < len(paragraphs) and LIST_ITEM.match(paragraphs[below]):
            item = _plain(paragraphs[below])
            if roles[below] is SegmentRole.NAVIGATION and (_BULLET_TAG.match(item) or line_role(item) is None):
                roles[below] = None
            below += 1


def _stray_lines(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """What a page leaves of its links and pictures once the markup is gone: below the first prose, a line alone
    that starts in lower case and ends without punctuation (a link's text "zur Aufzeichnung der …", a picture's
    alt text "zwei Männer und eine Frau stehen vor …"); and a last line that introduces what is no longer there
    ("Der Freistaat Thüringen in den sozialen Netzwerken:"). A lower-case list under a colon stays."""
    lower = [bool(_LOWER_START.match(_plain(text))) and not _TERMINAL.search(text) for text in paragraphs]
    prose_seen = False
    for index, text in enumerate(paragraphs):
        after_intro = index > 0 and paragraphs[index - 1].rstrip().endswith((":", ",", ";"))
        in_run = any(lower[other] for other in (index - 1, index + 1) if 0 <= other < len(paragraphs))
        if roles[index] is None and prose_seen and lower[index] and not after_intro and not in_run \
                and len(text.split()) <= MAX_CAPTION_WORDS:
            roles[index] = SegmentRole.NAVIGATION
        prose_seen = prose_seen or (roles[index] is None and len(text.split()) >= MIN_PROSE_WORDS)
    last = len(paragraphs) - 1
    if last > 0 and roles[last] is None and paragraphs[last].rstrip().endswith(":") \
            and len(paragraphs[last].split()) <= MAX_CONTACT_WORDS:
        roles[last] = SegmentRole.NAVIGATION


# "Dorotheenstr. 84", "Kerkstraat 12a", "1600 Pennsylvania Ave.": a street and its number alone on a line.
_STREET_LINE = re.compile(r"[A-ZÄÖÜ][\wäöüß.-]*(?:str\.|straße|strasse|weg|platz|allee|gasse|damm|ring|ufer|laan|straat"
                          r"|plein|kade|gracht|singel)\s?\d{1,4}\s?[a-zA-Z]?(?:[-/]\d{1,4})?"
                          r"|\d{1,5} [A-Z][\w.]*(?: [A-Z][\w.]*){0,3} (?:St\.?|Street|Rd\.?|Road|Ave\.?|Avenue|Blvd\.?"
                          r"|Boulevard|Drive|Dr\.|Lane|Way|Place|Square)")


def _streets_above_towns(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """A street and its number alone above the postcode and town of a contact block is the block's address."""
    for index, text in enumerate(paragraphs[:-1]):
        if roles[index] is None and roles[index + 1] is SegmentRole.CONTACT \
                and _STREET_LINE.fullmatch(_plain(text)) and _POSTCODE.search(paragraphs[index + 1]):
            roles[index] = SegmentRole.CONTACT


def _teasers_after_contact(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """Titles in a row after the press contact, with no prose below them, are the site's other stories
    ("Man jailed after harassing woman" / "Appeal for witnesses following collision near Winsford")."""
    contact = max((index for index, role in enumerate(roles) if role is SegmentRole.CONTACT), default=None)
    if contact is None:
        return
    below = [index for index in range(contact + 1, len(paragraphs)) if roles[index] is None]
    titles = [index for index in below if _is_teaser_title(paragraphs[index])]
    if len(titles) >= MIN_TEASER_TITLES and titles == below:
        for index in titles:
            roles[index] = SegmentRole.RELATED


def _is_teaser_title(text: str) -> bool:
    words = text.split()
    return MIN_LIST_ITEM_WORDS <= len(words) <= MAX_TEASER_TITLE_WORDS and text[:1].isupper() \
        and not _TERMINAL.search(text) and not LIST_ITEM.match(text)


def _names_under_byline_labels(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """"Reporter:" / "Justin Kelly": the name under a byline's label is the byline."""
    for index in range(1, len(paragraphs)):
        if roles[index] is None and _BYLINE_LABEL.fullmatch(_plain(paragraphs[index - 1])) \
                and _PERSON_NAME.fullmatch(_plain(paragraphs[index])):
            roles[index] = SegmentRole.BYLINE


# "Richard Hill", "Jane M. Doe": a person's name alone on its line.
_PERSON_NAME = re.compile(r"(?-i:[A-ZÄÖÜ][a-zäöüß'’-]+(?: [A-Z]\.)?(?: (?:van|de|der|von|ter)){0,2}"
                          r"(?: [A-ZÄÖÜ][a-zäöüß'’-]+){1,2})")


def _names_above_signatures(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """A name alone above the function it signs with ("Richard Hill" / "Senior Public Information Officer")."""
    for index in range(len(paragraphs) - 1):
        if roles[index] is None and _PERSON_NAME.fullmatch(_plain(paragraphs[index])) \
                and (labels.is_signature(_plain(paragraphs[index + 1]))
                     or labels.FUNCTION_LINE.fullmatch(_plain(paragraphs[index + 1])) is not None):
            roles[index] = roles[index + 1] or SegmentRole.BYLINE


# "Barbara Muster Referat Presse- und Öffentlichkeitsarbeit": a press officer's line, ending on the office's work.
_PRESS_OFFICE_END = re.compile(r"(?:öffentlichkeitsarbeit|pressestelle|pressesprecher(?:in)?|kommunikation"
                               r"|communications?|press office|media relations|persvoorlichting|communicatie)$",
                               re.IGNORECASE)
MAX_INSTITUTION_WORDS = 10
# What an institution calls itself: "Universitätsklinikum …", "Max-Planck-Gesellschaft … e.V.", "VolkswagenStiftung".
_INSTITUTION = re.compile(r"universit|klinik|institut|hochschule|hospital|college|stiftung|gesellschaft|museum|zentrum"
                          r"|cent(?:er|re)\b|foundation|e\.\s?v\.|gmbh|akademie|academy|ziekenhuis|umc\b",
                          re.IGNORECASE)


def _institutions_under_press_officers(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """The institution's name under its press officer's line (an idw release: "Holger Muster Presse- und
    Öffentlichkeitsarbeit" / "Universitätsklinikum Carl Gustav Carus Dresden") signs with it."""
    for index in range(1, len(paragraphs)):
        plain = _plain(paragraphs[index])
        officer = _plain(paragraphs[index - 1])
        if roles[index] is None and roles[index - 1] is SegmentRole.BYLINE and _PRESS_OFFICE_END.search(officer) \
                and not _BYLINE_OPENER.match(officer) and "|" not in officer \
                and len(plain.split()) <= MAX_INSTITUTION_WORDS and not _TERMINAL.search(plain) \
                and _INSTITUTION.search(plain):
            roles[index] = SegmentRole.BYLINE


def _gallery_titles(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """A picture gallery's item: its caption, the picture's title ("Landwirtschaftsminister Peter Hauk"), its
    download link. A short line between a caption and a link belongs to the picture."""
    for index in range(1, len(paragraphs) - 1):
        if roles[index] is None and roles[index - 1] is SegmentRole.CAPTION \
                and (roles[index + 1] in (SegmentRole.NAVIGATION, SegmentRole.CAPTION)
                     or labels.is_page_label(paragraphs[index + 1])) \
                and len(paragraphs[index].split()) <= MAX_CAPTION_LINE_WORDS \
                and not _TERMINAL.search(paragraphs[index]):
            roles[index] = SegmentRole.CAPTION


def _is_call_to_action(text: str) -> bool:
    """An advert's order: short ("Steun ons en help Nederland vooruit"), shouted ("Klik hier!", "Jetzt
    informieren! …") or closing the line ("Less Ads, More Data, More Tools Register for FREE"); an invitation in a
    sentence ("Join us for the grand opening on Saturday!") is the release's."""
    found = _CALL_TO_ACTION.search(text)
    if found is None:
        return False
    rest = text[found.end():]
    return len(text.split()) <= MAX_ORDER_WORDS and not text.endswith("?") or rest.startswith("!") \
        or not rest.strip(" .!")


def _menu_lists(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """A long list of short unpunctuated items above the first sentence of prose ("- Rathaus+Bürger" / "- Service" /
    "- Verwaltung" / …) is the site's menu; a list in the body comes after prose."""
    first_prose = next((index for index, text in enumerate(paragraphs) if roles[index] is None
                        and len(text.split()) >= MIN_PROSE_WORDS and _TERMINAL.search(text)), len(paragraphs))
    run: list[int] = []
    for index in range(first_prose + 1):
        text = paragraphs[index] if index < len(paragraphs) else ""
        if index < first_prose and LIST_ITEM.match(text) and len(text.split()) <= MAX_MENU_ITEM_WORDS \
                and not _TERMINAL.search(text) and not _FIGURES.search(text):
            run.append(index)
            continue
        if len(run) >= MIN_MENU_ITEMS:
            for item in run:
                roles[item] = roles[item] or SegmentRole.NAVIGATION
        run = []


def _captions_under_figure_labels(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """"Figure 1" / "Site plan of Exploration drilling completed at the Black Butte Project …": the lines under a
    figure's label, up to the next prose, describe the figure."""
    for index, text in enumerate(paragraphs[:-1]):
        if _FIGURE_LABEL.fullmatch(_plain(text)) is None:
            continue
        for below in range(index + 1, min(index + 1 + MAX_CAPTION_LINES, len(paragraphs))):
            if roles[below] is not None or len(paragraphs[below].split()) > MAX_CAPTION_WORDS:
                break
            roles[below] = SegmentRole.CAPTION


MAX_HEADER_CAPTION_WORDS = 2


def _title_follows(paragraphs: list[str], roles: list[SegmentRole | None], index: int) -> bool:
    """The first content line after a credit (and the chrome beside it) is a title, not a sentence."""
    following = next((text for text, role in zip(paragraphs[index + 1:], roles[index + 1:], strict=True)
                      if role is None and not _AGENCY_PICTURE_CREDIT.match(text)
                      and not labels.is_page_label(text)), None)
    return following is not None and not _TERMINAL.search(following) \
        and len(following.split()) <= MAX_CAPTION_LINE_WORDS


def _captions_above_credits(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """The lines just above a picture's credit ("Herrmann am Rednerpult. Eindringlich." / "Joachim Herrmann, …" /
    "Michael Lucan; ©SA 3.0; Wikimedia Commons", "Source: PRNewsfoto/Quaker Oats") are its caption; in the header
    they may be the title instead."""
    prose = [roles[index] is None and len(text.split()) >= MIN_PROSE_WORDS for index, text in enumerate(paragraphs)]
    for index, text in enumerate(paragraphs):
        credit = _PICTURE_CREDIT.search(text) is not None
        agency = not credit and _AGENCY_PICTURE_CREDIT.match(text) is not None
        if roles[index] is not SegmentRole.CAPTION or not (credit or agency):
            continue
        # (a word or two over an agency's credit is the caption even at the top where a title follows: "Alkomat" /
        # "APA/GEORG HOCHMUTH" / "Vier Lenker ohne Führerschein"; over "Foto: NL-Alert" they may be the title)
        header_words = MAX_HEADER_CAPTION_WORDS if agency and _title_follows(paragraphs, roles, index) else 0
        # (a bare agency credit between paragraphs takes one line, and no sentence: "Verletzt wurde niemand.")
        lines = 1 if agency else MAX_CAPTION_LINES
        for above in range(index - 1, max(index - 1 - lines, -1), -1):
            if roles[above] is not None or len(paragraphs[above].split()) > MAX_CAPTION_LINE_WORDS \
                    or agency and _TERMINAL.search(paragraphs[above]) \
                    or not any(prose[:above]) and len(paragraphs[above].split()) > header_words:
                break
            roles[above] = SegmentRole.CAPTION


MAX_CONTACT_NAME_LINES = 3
MAX_CONTACT_HEADING_LINES = 6
MAX_CONTACT_HEADING_WORDS = 6
MIN_CONTACT_PROSE_WORDS = 8
_CONTACT_HEADING = re.compile(r"(?:kontakt|kontakte|contact|contacts|contactpersoon|ansprechpartner(?:in)?)",
                              re.IGNORECASE)
MAX_CONTACT_NAME_WORDS = 10
_REACHABLE = re.compile(r"\d[\d ()/.-]{5,}\d|@")
# A sentence that hands over to the contacts below it: "Voor vragen kunt u contact opnemen met … via onderstaande
# gegevens.", "For more information, contact:".
_HANDS_OVER = re.compile(r"\b(?:contact (?:opnemen|met ons)|neem contact|kontakt aufnehmen|wenden sie sich"
                         r"|for (?:more |further )?information,? (?:please )?contact|contact us|onderstaande gegevens)"
                         r"|\b(?:contacts?|kontakt|media contact)\s*:|contact[-_]info|:$", re.IGNORECASE)
# A run of lines with times or weekdays is an event's details, not a desk's name: "Von 16 bis 18 Uhr im Rathaus".
_EVENT_DETAIL = re.compile(r"\b(?:uhr|uur|"
                           + "|".join(day for days in WEEKDAYS_BY_LANGUAGE.values() for day in days)
                           + r")\b|\d{1,2}[.:]\d{2}", re.IGNORECASE)


def _contact_intros(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """The line that hands over to a contact block ("Tips can also be submitted anonymously to … at:") is part of
    it."""
    for index in range(len(paragraphs) - 1, 0, -1):
        text = _plain(paragraphs[index - 1])
        if roles[index] is SegmentRole.CONTACT and roles[index - 1] is None and text.endswith(":") \
                and len(text.split()) <= MAX_CONTACT_WORDS:
            roles[index - 1] = SegmentRole.CONTACT
    # A desk's or an office's name over its numbers ("Servicepunt Beheer en Uitvoering" / "tel: 0800 …"), between
    # the signature or the sentence handing over to the contacts and the numbers: a few short lines, no sentence.
    for index in range(len(paragraphs) - 1, 0, -1):
        if roles[index] is not SegmentRole.CONTACT:
            continue
        start = index
        while start > 0 and index - start < MAX_CONTACT_NAME_LINES and roles[start - 1] is None \
                and len(_plain(paragraphs[start - 1]).split()) <= MAX_CONTACT_NAME_WORDS \
                and not _TERMINAL.search(_plain(paragraphs[start - 1])):
            start -= 1
        above = _plain(paragraphs[start - 1]) if start > 0 else ""
        # (the numbers must be a phone's or a mail address: "2018 Paving" reads like a postcode and its town)
        if start < index and _REACHABLE.search(paragraphs[index]) is not None and start > 0 \
                and (labels.is_signature(above) or _HANDS_OVER.search(above) is not None) \
                and not any(_EVENT_DETAIL.search(paragraphs[position]) for position in range(start, index)):
            for position in range(start, index):
                roles[position] = SegmentRole.CONTACT
    # "Kontakt" without its colon over names and functions, then the numbers: the heading and the lines under it are
    # the contact block ("Kontakt" alone elsewhere is a menu's item: the numbers must follow a few short lines later).
    # (only below the release's prose: "Kontakt" over the title is the page's menu; names and functions are a few
    # words, no dates or times: "Sommerfest 2024" / "Samstag, 6. Juli" is an event's box)
    prose = [index for index, text in enumerate(paragraphs) if roles[index] is None and _TERMINAL.search(_plain(text))
             and len(_plain(text).split()) >= MIN_CONTACT_PROSE_WORDS]
    for index, text in enumerate(paragraphs):
        if roles[index] is not None or not _CONTACT_HEADING.fullmatch(_plain(text)) or not prose or prose[0] > index:
            continue
        end = index + 1
        while end < len(paragraphs) and end - index <= MAX_CONTACT_HEADING_LINES \
                and roles[end] is not SegmentRole.CONTACT \
                and len(_plain(paragraphs[end]).split()) <= MAX_CONTACT_HEADING_WORDS \
                and not _TERMINAL.search(_plain(paragraphs[end])) and not _EVENT_DETAIL.search(paragraphs[end]) \
                and not is_date_line(_plain(paragraphs[end])):
            end += 1
        if end < len(paragraphs) and roles[end] is SegmentRole.CONTACT and _REACHABLE.search(paragraphs[end]):
            for position in range(index, end):
                roles[position] = SegmentRole.CONTACT


def _chapter_marks(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """A run of three or more chapter marks ("00:15 Beginn") is a recording's table of contents, with the line
    introducing it ("Themen/Naive Fragen zu:")."""
    marks = [bool(labels.CHAPTER_MARK.match(text)) and len(text.split()) <= 16 for text in paragraphs]
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and marks[end]:
            end += 1
        if end - index >= 3:
            intro = index - 1 if index > 0 and paragraphs[index - 1].endswith(":") else index
            for position in range(intro, end):
                roles[position] = roles[position] or SegmentRole.NAVIGATION
        index = end + 1


_DATED_COPY = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s+")


_TITLE_BAR = re.compile(r"(?P<title>[^|]{10,200}?)(?:\s\|\s[^|]{2,40}){1,3}")
MIN_DASHED_TITLE_WORDS = 4
MAX_LINES_TO_TITLE_COPY = 3
MAX_LINE_WORDS_ABOVE_COPY = 6
_DASHED_TITLE_BAR = re.compile(r"(?P<title>.{10,200}?)\s[-–—]\s(?P<site>(?!(?:update|updated|nachtrag|aktualisierung"
                               r"|correction|korrektur|rectificatie|vervolg)\b)(?-i:[A-Z])[\w&.'’]*"
                               r"(?:\s(?:of|for|and|the|de|het|van|für|und|der|(?-i:[A-Z])[\w&.'’]*)){0,4})",
                               re.IGNORECASE)


def _repeated_titles(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """A title line seen before ("• POL-STD: Silvester …" under each picture of a gallery) is page chrome."""
    copies: dict[str, list[int]] = {}
    for index, text in enumerate(paragraphs):
        if _TERMINAL.search(text) or not MIN_REPEATED_TITLE_WORDS <= len(text.split()) <= MAX_REPEATED_TITLE_WORDS \
                or PROPOSER.match(text):   # "Op voorstel van minister X" under each of X's items is no title
            continue
        # "08-23-10 Latest Crime Stats …" under "Latest Crime Stats …": the copy with the date is the same title
        copies.setdefault(_title_key(text), []).append(index)
    for indexes in copies.values():
        # The copy that is not a list item ("• Title" in a teaser list above it) is the title itself.
        kept = next((index for index in indexes if not paragraphs[index].lstrip().startswith(("•", "*", "-"))),
                    indexes[0])
        for index in indexes:
            if index != kept and roles[index] is None:
                roles[index] = SegmentRole.NAVIGATION
    # "Waterschap houdt waterpeil in de gaten | Wereldnieuws uit je regio | wereldregio" over the same title alone:
    # the page's title bar, the site's name after it (rows of a programme or a table share a first cell, with times
    # or figures after it, and no unpiped copy)
    for index, text in enumerate(paragraphs):
        bar = _TITLE_BAR.match(text)
        if bar is None or roles[index] is not None \
                or any(_FIGURE_CELL.fullmatch(cell) for cell in text[bar.end("title"):].split("|")[1:]):
            continue
        if any(other != index and "|" not in paragraphs[other] for other in copies.get(_title_key(bar["title"]), [])):
            roles[index] = SegmentRole.NAVIGATION
    # "Refugee Council response to … - Refugee Council" right over the same title alone, only short lines between:
    # the browser's title, the site's name after a dash (a title below a lead is another release's: "… abduction –
    # Update" over a link to "… abduction"; a word or three is a label: "Presse-Information - Covestro Presseserver";
    # words in lower case after the dash are a subtitle: "… geopend – wethouder neemt eerste duik")
    for index, text in enumerate(paragraphs):
        dashed = _DASHED_TITLE_BAR.fullmatch(text)
        if dashed is None or roles[index] is not None or len(dashed["title"].split()) < MIN_DASHED_TITLE_WORDS:
            continue
        key = _title_key(dashed["title"])
        for other in paragraphs[index + 1:index + 1 + MAX_LINES_TO_TITLE_COPY]:
            if _title_key(other) == key:
                roles[index] = SegmentRole.NAVIGATION
                break
            if _TERMINAL.search(other) or len(other.split()) > MAX_LINE_WORDS_ABOVE_COPY:
                break


# A programme's or a table's cell: "10 Uhr", "11:30", "1,610", "$26.8", "Q1 2024", "FY 2023".
_FIGURE_CELL = re.compile(r"\s*(?:q[1-4]|fy|h[12])?\s*[$€£]?\d[\d.,:/ -]*\s*(?:uhr|uur|h|am|pm|%|bn|mio\.?|m)?\s*",
                          re.IGNORECASE)


def _title_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[-–—]", "-", _DATED_COPY.sub("", text.strip(" •*_-")))).casefold()


MAX_LINES_ABOVE_TYPE = 2


def _label_runs(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """Runs of two or more short labels ("• Crisisbeheer", "Volksgezondheid") are listing chrome."""
    # A date or a stray "0" beside a headline makes no run: only worded labels that are not bylines count.
    # A line with its date under it ("Statements und Regierungspressekonferenz" / "veröffentlicht am …") is a
    # title, not a tag.
    # A date's label ("Kategorie" / "Die Polizei" / "Datum" / "19.02.2026") dates nothing.
    # An archive's month ("Juni 2016") dates no title: it is one more label of the run ("Titel des Claims" / "Juni
    # 2016" / "Pressemitteilung:").
    months = [_MONTH_ALONE.fullmatch(text.strip()) is not None for text in paragraphs]
    dated = [index + 1 < len(paragraphs) and roles[index + 1] is SegmentRole.BYLINE and not months[index + 1]
             and not is_date_label(paragraphs[index + 1]) for index in range(len(paragraphs))]
    labels = [months[index] or roles[index] is not SegmentRole.BYLINE and _is_short_label(_plain(text))
              and not dated[index] and any(char.isalpha() for char in text)
              and not (index == len(paragraphs) - 1 and _CUT_OFF.search(text)) for index, text in enumerate(paragraphs)]
    for index, is_label in enumerate(labels):
        # A copy of the same line is no run: a title printed twice ("Neue Bürgermeisterin" / "Neue Bürgermeisterin")
        # keeps its first copy (see _repeated_titles).
        neighbours = [labels[other] and _plain(paragraphs[other]) != _plain(paragraphs[index])
                      for other in (index - 1, index + 1) if 0 <= other < len(paragraphs)]
        # "Inneres" over "Staatskanzlei Nordrhein-Westfalen": a topic's tag over the publisher's name
        # (not the page's first line, and no prose right under the publisher: "Burglary Arrests" over "U.S.
        # Attorney's Office, …" and the release is its title)
        neighbours.append(0 < index < len(paragraphs) - 2 and len(paragraphs[index].split()) <= MAX_TAG_WORDS
                          and PUBLISHER_NAME.match(_plain(paragraphs[index + 1])) is not None
                          and roles[index + 2] is not None)
        if is_label and roles[index] is None and any(neighbours) and not _heads_a_list(paragraphs, labels, index) \
                and not _above_its_type(paragraphs, index) and not _title_over_its_section(paragraphs, labels, index) \
                and not _title_under_tags(paragraphs, labels, index):
            roles[index] = SegmentRole.NAVIGATION


# "Hochschulen im Umbruch", "Schools in Crisis", "Zorg op maat": two words joined by a preposition say something.
_PHRASE_TITLE = re.compile(r"^[\w-]+ (?:im|in|am|auf|für|ohne|unter|vor|nach|mit|ins|zum|zur|on|for|at|with|under"
                           r"|without|op|met|uit|voor|zonder|onder|naar)\s[\w-]+$")


MIN_SUBTITLE_WORDS = 5   # "Officers in Action" / "Officer N. Arellano": a section over a name


def _title_under_tags(paragraphs: list[str], labels: list[bool], index: int) -> bool:
    """"importierte Nachrichten" / "Hochschulen im Umbruch" / "Bundestagung der … in Lübeck" / prose: the last line
    of a run that says something, over a subtitle and the prose, is the release's title."""
    if index + 2 >= len(paragraphs) or labels[index + 1] or _PHRASE_TITLE.match(paragraphs[index]) is None:
        return False
    subtitle, prose = paragraphs[index + 1], paragraphs[index + 2]
    # (the title's words come back in the text: "Ihr Thema: "Hochschulen im Umbruch …""; "Living in Springfield"
    # over a title and its text is the site's section)
    recurs = any(paragraphs[index].casefold() in text.casefold() for text in paragraphs[index + 1:index + 4])
    return recurs and not _TERMINAL.search(subtitle) and len(subtitle.split()) >= MIN_SUBTITLE_WORDS \
        and len(prose.split()) >= MIN_PROSE_WORDS and _TERMINAL.search(prose) is not None


def _title_over_its_section(paragraphs: list[str], labels: list[bool], index: int) -> bool:
    """"Hallenbad vorübergehend geschlossen" / "| Freizeit und Sport" / prose, "Bewohner verfolgte Einbrecher" /
    "Bezirk Linz-Land" / prose: the page's first line over one short label and the prose is the title, not a tag."""
    return index == 0 and len(paragraphs) > 2 and labels[1] and not labels[2] \
        and len(paragraphs[0].split()) >= MIN_TITLE_OVER_SECTION_WORDS \
        and len(paragraphs[2].split()) >= MIN_PROSE_WORDS and _TERMINAL.search(paragraphs[2]) is not None


MIN_TITLE_OVER_SECTION_WORDS = 3


MAX_TAG_WORDS = 2


def _above_its_type(paragraphs: list[str], index: int) -> bool:
    # "Zunahme von Taschendiebstählen" / "MedienmitteilungStaatsanwaltschaft": a title over the document's type;
    # "BRAND IM MEHRFAMILIENHAUS" / "Sonnenhöhe" / "EINSATZBERICHT": the place of the operation between them.
    below = [_plain(text).casefold() for text in paragraphs[index + 1:index + 1 + MAX_LINES_ABOVE_TYPE]]
    return index == 0 and any(line.startswith(kind) for line in below for kind in labels.DOCUMENT_TYPES
                              if " " not in kind)


def _heads_a_list(paragraphs: list[str], labels: list[bool], index: int) -> bool:
    # "Financial Highlights" / "Third Quarter 2019" / "• Revenue increased 4.7 % …": headings stacked over a list.
    end = index
    while end < len(paragraphs) and labels[end]:
        end += 1
    return end < len(paragraphs) and LIST_ITEM.match(paragraphs[end]) is not None \
        and len(paragraphs[end].split()) >= MIN_LIST_ITEM_WORDS


def _author_codes(paragraphs: list[str], roles: list[SegmentRole | None]) -> None:
    """An editor's code or a name alone just before the contact block or at the very end."""
    end = next((i for i, role in enumerate(roles) if role in (SegmentRole.CONTACT, SegmentRole.FOOTER)),
               len(paragraphs))
    for index in range(max(0, end - 2), end):
        plain = _plain(paragraphs[index])
        # A name with prose after it heads that prose ("Schermen"): a subheading, not a signature.
        prose_follows = index + 1 < end and len(paragraphs[index + 1].split()) >= MIN_PROSE_WORDS
        signed = _is_signature(plain) or labels.is_closing_signature(plain)
        if roles[index] is None and (_AUTHOR_CODE.match(plain) or signed and not prose_follows) and index > 0:
            roles[index] = SegmentRole.FOOTER
    for index, text in enumerate(paragraphs):
        if roles[index] is None and re.fullmatch(r"\(?\d{8,}(?: \^?\w+)?\)?", _plain(text)):
            roles[index] = SegmentRole.FOOTER


def _is_signature(text: str) -> bool:
    # "Hauke", "Dennis Faber, Pressestelle", "Dr. Hans-Ulrich Muster": one or two capitalised words, maybe a title in
    # front and a function after a comma.
    # "Stefan Bauer/n": an editor's letter after the name.
    return bool(re.fullmatch(r"(?:(?:Dr|Prof|Dipl\.-Ing|Mr|Mrs|Ms|Drs|Mr\.\s?Dr)\.\s)*[A-ZÄÖÜ][\wäöüß-]+"
                             r"(?: [A-ZÄÖÜ][\wäöüß-]+)?(?:/[a-z]{1,3})?(?:, [\wÄÖÜäöüß -]{3,30})?", text))

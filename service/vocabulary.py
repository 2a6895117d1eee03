"""The closed sets of values the store, the API, the exports and the workspace share, as ``StrEnum``s.

A member is its string (``DocumentStatus.DONE == "done"``), so rows, JSON and query strings carry plain text,
and the OpenAPI enums are generated from these classes.
"""

from __future__ import annotations

from enum import StrEnum


class DocumentStatus(StrEnum):
    QUEUED = "queued"
    TRANSLATING = "translating"
    DONE = "done"
    FAILED = "failed"
    WAITING_FOR_MODEL = "waiting_for_model"


FINAL_STATUSES = frozenset({DocumentStatus.DONE, DocumentStatus.FAILED})


class PairOrigin(StrEnum):
    MT = "mt"          # the model's output
    TM = "tm"          # reused from the translation memory (an earlier pair or an imported TMX unit)
    HUMAN = "human"    # a person's edit, or a human translation imported from TMX


class PairState(StrEnum):
    """Review state of a pair (Weblate's and Trados's states, in Transnorm's words)."""

    UNREVIEWED = "unreviewed"   # new machine output
    EDITED = "edited"           # a human revision, not yet approved
    APPROVED = "approved"       # a reviewer accepted it (who and when are stored)


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class SegmentRole(StrEnum):
    """What a paragraph (and each of its sentences) is in a release. Only ``TRANSLATED_ROLES`` get pairs."""

    HEADLINE = "headline"          # the release's title line
    LEAD = "lead"                  # the standfirst/summary right under the headline
    SUBHEADING = "subheading"      # a short heading inside the body ("Karabakh situation")
    BODY = "body"                  # body text
    DATELINE = "dateline"          # "BAKU, September 27. /TASS/." at the start of the first body paragraph
    KICKER = "kicker"              # section label above the headline ("AMTLICHE CHRONIK")
    ATTRIBUTION = "attribution"    # source or credit line ("Quelle: dpa", "Mitteilung des Pressedienstes des …")
    NAVIGATION = "navigation"      # site chrome: skip links, breadcrumbs, menus ("All news")
    CONTACT = "contact"            # press contact block: names, phone, e-mail
    FOOTER = "footer"              # what follows the release: "Original-Content von …", legal lines, author codes
    RELATED = "related"            # teasers of other articles ("Meer uit Politiek")
    CAPTION = "caption"            # image captions and credits ("Symbolbild")
    BYLINE = "byline"              # author and date line of a web page


# A source or credit line is the release's metadata (shown as the document's attribution, stored, searchable),
# not its content: "Source: dpa" in a corpus of translations is a credit (issue 11), so it gets no pair.
TRANSLATED_ROLES = frozenset({
    SegmentRole.HEADLINE, SegmentRole.LEAD, SegmentRole.SUBHEADING, SegmentRole.BODY, SegmentRole.DATELINE,
    SegmentRole.KICKER,
})

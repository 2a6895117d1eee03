"""Things a translation copies character for character: URLs, e-mail addresses, @handles, stock tickers and
report or case numbers. Shared by the ``names`` check (they must reappear), the ``numbers`` check (their digits
are not quantities) and terminology masking (a sentence that is only one of them is copied, not translated)."""

from __future__ import annotations

import re

URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”„«»]+[^\s<>\"“”„«».,;:!?)\]]"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:de|nl|be|at|ch|eu|com|org|net|int|gov|info|nrw|bund\.de)(?:/[^\s<>\"“”„]*[\w/])?"
    r"(?![\w@-])",
    re.IGNORECASE,
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
TICKER = re.compile(
    r"\b(?:NYSE|NASDAQ|Nasdaq|Xetra|XETRA|ETR|FWB|Euronext|AEX|LSE|TSX|SIX|ISIN|WKN)\s?:\s?[A-Z0-9][A-Z0-9.]*[A-Z0-9]?"
    r"|\b[A-Z]{2}[A-Z0-9]{9}\d\b"   # ISIN
)
# Court and case numbers, printed papers, regulations: "2 BvR 1234/21", "C-123/22", "20/1234", "ECLI:NL:RBAMS:
# 2023:1234", "13/123456-22". Not dates (24/07/2026) nor seasons (2022/23), which the numbers check reads.
CASE_NUMBER = re.compile(
    r"\bECLI(?::[A-Z0-9.]+){4}"
    r"|\b\d+\s[A-Z][A-Za-z]{0,4}\s\d+/\d{2,4}\b"              # 2 BvR 1234/21, 12 Js 345/23
    r"|\b[A-Z]{1,4}-\d+/\d{2,4}\b"                              # C-123/22
    r"|(?<![\d/.])\d{1,4}/\d{3,7}(?:-\d{2})?(?![\d/])"          # 20/1234, 13/123456-22
)
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{2}")

VERBATIM_PATTERNS = {"e-mail": EMAIL, "URL": URL, "handle": HANDLE, "ticker": TICKER, "case number": CASE_NUMBER}


def identifiers(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, text, start, end) of every verbatim item, left to right, none overlapping."""
    found: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in VERBATIM_PATTERNS.items():   # an e-mail before its domain is taken for a URL
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken) or _DATE_LIKE.fullmatch(match.group()):
                continue
            taken.append((start, end))
            found.append((kind, match.group(), start, end))
    return sorted(found, key=lambda item: item[2])


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces (same length, so later offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)

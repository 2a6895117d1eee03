"""The ``quotes`` check: quotations and brackets are balanced like the source's.

A quotation that opens and never closes (or the reverse) confuses every reader and most downstream tools. Double
quotation marks of every style are counted together („…“, “…”, "…", «…», »…«: a translation may change the
style), single ones by their openers only (the closing ’ is also the English apostrophe), brackets each by
kind. An odd number of double marks or unequal brackets in the translation is a warning; a translation that is
balanced but quotes or brackets a different number of passages is only noted (it may have turned a quotation
into reported speech).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.translation.checks.findings import Finding, Severity

DOUBLE_MARKS = "„“”\"«»‟"
_SINGLE_OPENER = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‚‘'‹›](?=\w)")
_BRACKETS = {"(": ")", "[": "]"}


def _double(text: str) -> int:
    return sum(text.count(mark) for mark in DOUBLE_MARKS)


def _singles(text: str) -> int:
    return len(_SINGLE_OPENER.findall(text))


def check_quotes(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()) -> list[
    Finding
]:
    findings: list[Finding] = []
    ours, theirs = _double(source), _double(target)
    if theirs % 2 and not ours % 2:
        findings.append(
            Finding("quotes", Severity.WARNING, f"a quotation mark is unmatched in the translation ({theirs} marks)")
        )
    elif ours != theirs:
        findings.append(
            Finding("quotes", Severity.INFO, f"the source has {ours} quotation marks, the translation {theirs}")
        )
    if _singles(source) != _singles(target):
        findings.append(Finding(
            "quotes", Severity.INFO,
            f"the source opens {_singles(source)} single quotations, the translation {_singles(target)}",
        ))
    for opening, closing in _BRACKETS.items():
        opened, closed = target.count(opening), target.count(closing)
        balanced_source = source.count(opening) == source.count(closing)
        if opened != closed and balanced_source:
            findings.append(Finding(
                "quotes", Severity.WARNING,
                f"brackets {opening}{closing} are unbalanced in the translation ({opened} opened, {closed} closed)",
            ))
        elif opened != source.count(opening):
            findings.append(Finding(
                "quotes", Severity.INFO,
                f"the source has {source.count(opening)} {opening}{closing} brackets, the translation {opened}",
            ))
    return findings

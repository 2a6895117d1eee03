"""The stored text's canonical form."""

from __future__ import annotations

import pytest

from service.pipeline.normalize import normalize_text, repair_mojibake, split_paragraphs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # NFC: a decomposed umlaut is composed.
        ("Pra\u0308sident", "Präsident"),
        # Never NFKC: superscripts, ligature-free text and curly quotes stay as written.
        ("120 m² „Zitat“ – “quote” ’s", "120 m² „Zitat“ – “quote” ’s"),
        # Zero-width, BOM, soft hyphen, bidi marks and overrides, isolates, controls: removed.
        (
            "Ali\u200byev\u200c \ufeffBa\u00adku \u202aX\u202c \u2066Y\u2069 \u202eZ\u202d a\x07b\x1bc",
            "Aliyev Baku X Y Z abc",
        ),
        # Whitespace runs of any kind become one space; NBSP and tabs included.
        ("a \t\u00a0 b\u3000c", "a b c"),
        # One or two (or more) newlines all end a paragraph; stored paragraphs are joined by a blank line.
        ("  First line  \nSecond\r\n\r\n\r\nThird\u2029Fourth\n \n", "First line\n\nSecond\n\nThird\n\nFourth"),
        ("", ""),
        (" \n\t\u200b\n ", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_invisible_character_between_letter_and_accent_still_composes() -> None:
    assert normalize_text("e\u200b\u0301") == "é"


def test_split_paragraphs() -> None:
    assert split_paragraphs(normalize_text("A\nB\n\nC")) == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("PrÃ¤sident", "Präsident"),
        ("Ã„uÃŸerung Ã¼ber", "Äußerung über"),
        ("â€œquotedâ€\x9d", "“quoted”"),
    ],
)
def test_repair_mojibake(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed


def test_repair_keeps_curly_quotes_and_entities() -> None:
    # Curly quotes are content; HTML entities in plain text are the writer's, not markup to decode.
    assert repair_mojibake("“Ja” & &amp;") == "“Ja” & &amp;"

"""Translate HTML fragments and keep their markup: split into blocks, translate the text, put the tags back.

A block is the text between block-level tags (``<p>``, ``<li>``, ``<td>``, ``<br>``, ...). Inline tags (``<b>``,
``<a href>``, ``<span>``, nested or not) do not end a block, so a sentence that runs through ``<b><i>..</i></b>``
is translated as one sentence, and a newline inside ``<p>`` is only wrapping. After translation, each inline tag
goes back at the position in the translation that corresponds, by word count, to where it stood in the source
(snapped to a word boundary). The output therefore has exactly the input's tags, in the same order and nesting,
verbatim; only the text between them changes. Comments and the content of script/style/code/pre are kept as they
are. Pure: the caller does the translating.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

_TOKEN = re.compile(r"(<!--.*?-->|<![^>]*>|<[^>]+>)", re.S)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
_WORD = re.compile(r"\S+")

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main",
    "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
VERBATIM_TAGS = frozenset({"script", "style", "code", "pre", "textarea"})


def _tag_name(token: str) -> str:
    match = _TAG_NAME.match(token)
    return match.group(1).lower() if match else ""


@dataclass
class Block:
    """One block's text runs and the inline tags between them: ``parts`` alternates text (even) and tag (odd)."""

    parts: list[str] = field(default_factory=lambda: [""])

    def add_text(self, text: str) -> None:
        self.parts[-1] += text

    def add_tag(self, tag: str) -> None:
        self.parts.extend([tag, ""])

    @property
    def text(self) -> str:
        """The block's plain text: entities decoded, whitespace (newlines included) folded to single spaces."""
        return " ".join(html.unescape("".join(self.parts[::2])).split())


@dataclass
class MarkupPlan:
    """A fragment as a sequence of verbatim pieces (str) and translatable blocks."""

    pieces: list[str | Block]

    @property
    def blocks(self) -> list[Block]:
        return [p for p in self.pieces if isinstance(p, Block)]


def plan_markup(fragment: str) -> MarkupPlan:
    pieces: list[str | Block] = []
    current: Block | None = None
    verbatim_until: str | None = None
    for token in _TOKEN.split(fragment):
        if not token:
            continue
        is_tag = token.startswith("<") and _TOKEN.fullmatch(token) is not None
        name = _tag_name(token) if is_tag else ""
        if verbatim_until is not None:
            pieces.append(token)
            if is_tag and token.startswith("</") and name == verbatim_until:
                verbatim_until = None
            continue
        if is_tag and (name in BLOCK_TAGS or name in VERBATIM_TAGS or not name):
            current = None
            pieces.append(token)
            if name in VERBATIM_TAGS and not token.startswith("</") and not token.endswith("/>"):
                verbatim_until = name
            continue
        if current is None:
            if not is_tag and not token.strip():
                pieces.append(token)  # whitespace between blocks stays as it is
                continue
            current = Block()
            pieces.append(current)
        if is_tag:
            current.add_tag(token)
        else:
            current.add_text(token)
    return MarkupPlan(pieces)


def _place(block: Block, translation: str) -> str:
    """The block with its translated text, the inline tags re-inserted at corresponding word positions."""
    source_words = [len(_WORD.findall(html.unescape(text))) for text in block.parts[::2]]
    total_source = sum(source_words)
    words = translation.split()
    out: list[str] = []
    taken = 0
    seen = 0
    lead = block.parts[0][: len(block.parts[0]) - len(block.parts[0].lstrip())]
    trail_text = block.parts[-1]
    trail = trail_text[len(trail_text.rstrip()):]
    for index, text_words in enumerate(source_words):
        seen += text_words
        # The last run takes every remaining word; earlier ones their share (monotone, so order is kept).
        if index == len(source_words) - 1:
            until = len(words)
        else:
            until = round(seen * len(words) / total_source) if total_source else 0
        chunk = " ".join(html.escape(w, quote=False) for w in words[taken:until])
        source_text = block.parts[2 * index]
        if chunk:
            # Keep the source's spacing at the tag boundaries ("<b>x</b> y" vs "<b>x</b>y").
            before = " " if source_text[:1].isspace() and out else ""
            after = " " if source_text[-1:].isspace() and index < len(source_words) - 1 else ""
            out.append(before + chunk + after)
        taken = max(taken, until)
        if index < len(source_words) - 1:
            out.append(block.parts[2 * index + 1])
    return lead + "".join(out) + trail


def translate_markup(fragment: str, translate: Callable[[Sequence[str]], list[str]]) -> str:
    """The fragment with every block's text translated by ``translate`` (one call for all blocks)."""
    plan = plan_markup(fragment)
    blocks = [b for b in plan.blocks if b.text]
    translations = translate([b.text for b in blocks]) if blocks else []
    by_block = {id(b): t for b, t in zip(blocks, translations, strict=True)}
    out = []
    for piece in plan.pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif id(piece) in by_block:
            out.append(_place(piece, by_block[id(piece)]))
        else:
            out.append("".join(piece.parts))
    return "".join(out)

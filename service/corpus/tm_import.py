"""Import a TMX file as translation memory: de→en and nl→en units into ``memory_units``.

Any TMX (1.4, level 1; 1.1–1.3 read the same way) is read as a stream with lxml's iterparse and every ``<tu>`` is
cleared once read, so memory stays flat whatever the file's size. Language codes are reduced to their primary
subtag (de-DE, nl-BE, EN-US → de, nl, en). A unit with a German or Dutch variant and an English one gives one
memory unit per source variant, whichever variant the file calls its source (a memory is bidirectional); a unit
without such a pair is skipped and counted. Inline markup of level-2 files is dropped, its text kept. Units go in
in batches with ON CONFLICT DO NOTHING: re-importing a file adds nothing, and counts as duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from lxml import etree
from sqlalchemy.orm import Session

from models.registry import TARGET_LANGUAGE, source_languages
from service.db import repository
from service.errors import InputError
from service.pipeline.normalize import normalize_inline

BATCH_UNITS = 1000
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class TmImportReport:
    read: int            # <tu> elements read
    imported: int        # memory units added
    duplicates: int      # units already stored (or repeated in the file)
    skipped_pairs: int   # <tu>s without a de/nl variant and an English one

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def primary_language(code: str) -> str:
    return code.strip().replace("_", "-").split("-")[0].lower()


CODE_ELEMENTS = frozenset({"bpt", "ept", "ph", "it", "ut"})  # level 2: native markup, not text


def _seg_text(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag not in CODE_ELEMENTS:
            parts.append(_seg_text(child))  # <hi>, <sub>: their text is the segment's text
        parts.append(child.tail or "")
    return "".join(parts)


def _variants(tu: Any) -> dict[str, str]:
    variants: dict[str, str] = {}
    for tuv in tu.iterfind("tuv"):
        lang = primary_language(tuv.get(XML_LANG) or tuv.get("lang") or "")
        seg = tuv.find("seg")
        if seg is None or lang in variants:
            continue
        text = normalize_inline(_seg_text(seg))
        if text:
            variants[lang] = text
    return variants


class _Counting:
    """A binary stream that counts what has been read, for the progress bar."""

    def __init__(self, raw: IO[bytes], on_progress: Callable[[int], None] | None) -> None:
        self.raw, self.on_progress, self.position = raw, on_progress, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        if self.on_progress:
            self.on_progress(self.position)
        return data


def import_tmx(
    session: Session, stream: IO[bytes], *, provenance: str, on_progress: Callable[[int], None] | None = None
) -> TmImportReport:
    """Load the memory units of a TMX stream; ``provenance`` (e.g. the file name) is stored with each unit."""
    sources = set(source_languages())
    read = imported = candidates = skipped = 0
    batch: list[dict[str, Any]] = []
    counted = _Counting(stream, on_progress)
    try:
        for _, tu in etree.iterparse(counted, events=("end",), tag="tu", resolve_entities=False, no_network=True,
                                     huge_tree=True):
            read += 1
            variants = _variants(tu)
            target = variants.get(TARGET_LANGUAGE)
            found = [lang for lang in variants if lang in sources] if target else []
            if not found:
                skipped += 1
            for lang in found:
                unit_provenance = provenance + (f"#tu={tu.get('tuid')}" if tu.get("tuid") else "")
                batch.append({"source_lang": lang, "target_lang": TARGET_LANGUAGE, "source": variants[lang],
                              "target": target, "provenance": unit_provenance})
            # Free the element and the siblings already read: the tree never grows.
            tu.clear()
            parent = tu.getparent()
            while parent is not None and tu.getprevious() is not None:
                del parent[0]
            if len(batch) >= BATCH_UNITS:
                candidates += len(batch)
                imported += repository.insert_memory_units(session, batch)
                batch.clear()
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a well-formed TMX file: {exc}") from exc
    candidates += len(batch)
    imported += repository.insert_memory_units(session, batch)
    return TmImportReport(read=read, imported=imported, duplicates=candidates - imported, skipped_pairs=skipped)

"""XLIFF 1.2 export for CAT tools (OmegaT, memoQ, Trados, Okapi): one ``<file>`` per document, one
``<trans-unit>`` per pair, streamed like the other formats.

The review state maps onto XLIFF's: machine output (origin mt) is ``state="needs-review-translation"`` with
``state-qualifier="leveraged-mt"`` (``leveraged-tm`` when it was reused from the memory, which also goes in an
``<alt-trans>``); a human edit is ``translated``; an approved pair is ``approved="yes"`` and ``signed-off``.
Flags, quality checks, origin, model and provenance go in ``<note>``s. The trans-unit ``id`` is the pair id and
``<file original>`` names the document, which is what service.corpus.xliff_import checks on the way back. Valid
against the OASIS XLIFF 1.2 strict schema (tests/data/xliff-core-1.2-strict.xsd).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

from service.export.streaming import CHUNK_SIZE, ByteSink
from service.export.tmx import strip_xml_invalid
from service.export.values import flags_text, score_text
from service.records import PairRecord
from service.vocabulary import PairOrigin, PairState

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
DOCUMENT_PREFIX = "transnorm:document:"


def document_original(document_id: int) -> str:
    return f"{DOCUMENT_PREFIX}{document_id}"


def _state(record: PairRecord) -> dict[str, str]:
    if record.state == PairState.APPROVED:
        return {"state": "signed-off"}
    if record.origin == PairOrigin.HUMAN or record.state == PairState.EDITED:
        return {"state": "translated"}
    qualifier = "leveraged-tm" if record.origin == PairOrigin.TM else "leveraged-mt"
    return {"state": "needs-review-translation", "state-qualifier": qualifier}


def _notes(record: PairRecord) -> list[tuple[str, str]]:
    notes = [("origin", f"origin {record.origin}; state {record.state}; revision {record.revision}")]
    if record.model:
        notes.append(("model", f"{record.model}@{record.model_revision or '?'} score {score_text(record.score)}"))
    if record.flags:
        notes.append(("flags", flags_text(record.flags)))
    for check in record.checks:
        notes.append(("check", f"{check.get('severity', '')}: {check.get('check', '')}: {check.get('message', '')}"))
    if record.provenance:
        notes.append(("provenance", record.provenance))
    if record.reviewed_by:
        notes.append(("reviewer", record.reviewed_by))
    return notes


def _unit(record: PairRecord) -> etree._Element:
    unit = etree.Element(f"{{{XLIFF_NS}}}trans-unit", id=str(record.id),
                         resname=f"p{record.paragraph}-s{record.sentence}", restype="x-" + record.role)
    if record.state == PairState.APPROVED:
        unit.set("approved", "yes")
    etree.SubElement(unit, f"{{{XLIFF_NS}}}source").text = strip_xml_invalid(record.source)
    etree.SubElement(unit, f"{{{XLIFF_NS}}}target", _state(record)).text = strip_xml_invalid(record.target)
    for kind, text in _notes(record):
        etree.SubElement(unit, f"{{{XLIFF_NS}}}note", {"from": "transnorm", "annotates": "general"}).text = (
            strip_xml_invalid(f"{kind}: {text}"))
    if record.origin == PairOrigin.TM:
        alt = etree.SubElement(unit, f"{{{XLIFF_NS}}}alt-trans", origin="transnorm-memory")
        etree.SubElement(alt, f"{{{XLIFF_NS}}}target").text = strip_xml_invalid(record.target)
    return unit


def write_xliff(records: Iterable[PairRecord], *, srclang: str) -> Iterator[str]:
    """One XLIFF 1.2 document; ``srclang`` is unused (each <file> names its document's own languages)."""
    sink = ByteSink()
    drain = sink.drain

    with etree.xmlfile(sink, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{XLIFF_NS}}}xliff", version="1.2", nsmap={None: XLIFF_NS}):
            xf.write("\n")
            current: int | None = None
            file_cm = body_cm = None
            for record in records:
                if record.document_id != current:
                    if body_cm is not None and file_cm is not None:
                        body_cm.__exit__(None, None, None)
                        file_cm.__exit__(None, None, None)
                        xf.write("\n")
                    current = record.document_id
                    file_cm = xf.element(f"{{{XLIFF_NS}}}file", {
                        "original": document_original(record.document_id), "datatype": "plaintext",
                        "source-language": record.source_lang, "target-language": record.target_lang})
                    file_cm.__enter__()
                    body_cm = xf.element(f"{{{XLIFF_NS}}}body")
                    body_cm.__enter__()
                    xf.write("\n")
                xf.write(_unit(record), pretty_print=True)
                xf.flush()
                if sink.tell() >= CHUNK_SIZE:
                    yield drain()
            if body_cm is not None and file_cm is not None:
                body_cm.__exit__(None, None, None)
                file_cm.__exit__(None, None, None)
                xf.write("\n")
    yield drain() + "\n"

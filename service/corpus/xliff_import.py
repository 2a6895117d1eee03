"""Import a translator's edited XLIFF 1.2 file (one exported by Transnorm): changed targets become human revisions.

All or nothing: every trans-unit is checked first (its id is a pair, the pair belongs to the file's document,
and the source text is the pair's), and only when all pass is each changed target stored, through the same
``correct_pair`` as ``PATCH /v1/pairs/{id}``. A unit whose target is unchanged, or has no target, is left alone.
The caller commits once.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from sqlalchemy.orm import Session

from service.corpus.review import correct_pair
from service.db import repository
from service.errors import InputError
from service.export.xliff import DOCUMENT_PREFIX, XLIFF_NS
from service.pipeline.normalize import normalize_inline

MAX_LISTED = 20  # problems named in the error's detail; all of them are in its ``problems`` member

_NS = {"x": XLIFF_NS}


@dataclass(frozen=True)
class XliffImportReport:
    units: int
    changed: list[int]      # pair ids that got a new human revision (the new revisions' ids are in revisions)
    revisions: list[int]
    unchanged: int

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


class XliffMismatchError(InputError):
    type_slug = "xliff-mismatch"
    title = "XLIFF file does not match the corpus"


def _text(element: etree._Element | None) -> str | None:
    return None if element is None else normalize_inline("".join(element.itertext()))


def import_xliff(session: Session, data: bytes, *, document_id: int | None = None) -> XliffImportReport:
    """Check the whole file, then store its changed targets; ``document_id`` restricts it to one document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a well-formed XLIFF file: {exc}") from exc
    if etree.QName(root).localname != "xliff" or root.get("version") != "1.2":
        raise InputError("not an XLIFF 1.2 file (expected <xliff version=\"1.2\">)")
    problems: list[str] = []
    changes: list[tuple[int, str]] = []
    units = 0
    for file in root.iterfind("x:file", _NS):
        original = file.get("original", "")
        file_doc = int(original.removeprefix(DOCUMENT_PREFIX)) if original.startswith(DOCUMENT_PREFIX) and \
            original.removeprefix(DOCUMENT_PREFIX).isdigit() else None
        if file_doc is None:
            problems.append(f"<file original={original!r}> is not a Transnorm document")
            continue
        if document_id is not None and file_doc != document_id:
            problems.append(f"<file original={original!r}> is for document {file_doc}, not {document_id}")
            continue
        for unit in file.iterfind(".//x:trans-unit", _NS):
            units += 1
            unit_id = unit.get("id", "")
            pair = repository.get_pair(session, int(unit_id)) if unit_id.isdigit() else None
            if pair is None:
                problems.append(f"trans-unit {unit_id!r}: no such pair")
                continue
            if pair.document_id != file_doc:
                problems.append(f"trans-unit {unit_id}: pair belongs to document {pair.document_id}, not {file_doc}")
                continue
            if _text(unit.find("x:source", _NS)) != pair.source:
                problems.append(f"trans-unit {unit_id}: the source text was changed")
                continue
            target = _text(unit.find("x:target", _NS))
            if target and target != pair.target:
                changes.append((pair.id, target))
    if problems:
        listed = "; ".join(problems[:MAX_LISTED]) + ("; ..." if len(problems) > MAX_LISTED else "")
        raise XliffMismatchError(f"{len(problems)} problem(s), nothing was changed: {listed}",
                                 extra={"problems": problems})
    revisions = [correct_pair(session, pair_id, target).id for pair_id, target in changes]
    return XliffImportReport(units=units, changed=[c[0] for c in changes], revisions=revisions,
                             unchanged=units - len(changes))

"""Stateless endpoints: translate, detect, languages. Inference runs in the thread pool, never on the loop."""

from __future__ import annotations

from fastapi import APIRouter

from service.api.deps import RuntimeDep
from service.api.problems import problem_responses
from service.api.schemas import DetectIn, DetectOut, LanguageOut, TranslateIn, TranslateOut, TranslationOut
from service.translation import usecases

router = APIRouter(prefix="/v1", tags=["stateless"])


@router.post("/translate", response_model=TranslateOut, responses=problem_responses(413, 422, 503))
def translate(body: TranslateIn, runtime: RuntimeDep) -> TranslateOut:
    """Translate text (segmented into sentences) or a list of sentences into English; nothing is stored."""
    result = usecases.translate_text(runtime.pool, runtime.settings, body.text, body.source_lang)
    return TranslateOut(
        source_lang=result.source_lang,
        target_lang=result.translator.target_lang,
        model=result.translator.model_id,
        model_revision=result.translator.revision,
        translations=[
            TranslationOut(source=t.source, target=t.target, score=t.score, flags=list(t.flags))
            for t in result.translations
        ],
    )


@router.post("/detect", response_model=list[DetectOut], responses=problem_responses(422))
def detect(body: DetectIn) -> list[DetectOut]:
    """The most likely languages of a text, with confidences."""
    return [DetectOut(language=g.language, confidence=round(g.confidence, 4)) for g in usecases.detect(body.text)]


@router.get("/languages", response_model=list[LanguageOut])
def languages(runtime: RuntimeDep) -> list[LanguageOut]:
    """The served language pairs, the model serving each, its revision and whether it is loaded."""
    return [LanguageOut(**status) for status in runtime.pool.status()]

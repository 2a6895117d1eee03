"""Properties that must hold for any input, checked with Hypothesis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.errors import TransnormError
from service.pipeline.ingest import decode_document
from service.pipeline.normalize import normalize_text
from service.pipeline.release import process_release
from service.pipeline.segment import segment_paragraph

# Characters the pipeline treats specially, so that random text hits those paths often.
INTERESTING = list(
    " \t\n\r\u00a0\u3000.!?…;:,\"'„“”‚‘’«»()[]-–—/ABCÄÖÜabcäöüßéİı0123456789"
    "\u200b\u200c\u200d\ufeff\u00ad\u202a\u202e\u2066\u2069\u2028\u2029\x00\x07\x1b\x85\u0301\u0308\ud800\udfff\U0001f600"
)
WORDS = ["Der", "Präsident", "sagte", "U.S.", "z.", "B.", "Art.", "5", "Abs.", "BAKU,", "/TASS/.", "Mr.", "the",
         "“Ja.”", "„Nein.“", "talks.", "e.g.", "Karabakh", "date", "2023-09-20", "AMTLICHE", "Quelle:", "dpa"]

texts = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(INTERESTING)),
    st.text(alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters())),
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(INTERESTING)), max_size=60).map(" ".join),
)
# Each property with an early return for rejected input asserts that at least this many inputs were checked.
MIN_CHECKED = 50
PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _nonspace(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


@PROPERTY_SETTINGS
@given(text=texts)
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()


@PROPERTY_SETTINGS
@given(text=texts, lang=st.sampled_from(["de", "nl", "en"]), max_chars=st.integers(1, 80), offset=st.integers(0, 50))
def test_spans_cover_every_nonspace_character_exactly_once(text: str, lang: str, max_chars: int, offset: int) -> None:
    spans = segment_paragraph(text, lang, offset=offset, max_chars=max_chars)
    for span in spans:
        assert span.text == text[span.start - offset : span.end - offset]
        assert span.text and span.text == span.text.strip()
        assert len(span.text) <= max_chars
    assert all(left.end <= right.start for left, right in zip(spans, spans[1:], strict=False))
    assert "".join(_nonspace(span.text) for span in spans) == _nonspace(text)


def test_process_release_raises_only_typed_errors_and_keeps_offsets() -> None:
    checked: list[int] = []

    @PROPERTY_SETTINGS
    @given(text=texts, lang=st.sampled_from([None, "de", "nl", "en"]))
    def prop(text: str, lang: str | None) -> None:
        try:
            document = process_release(text, source_lang=lang, max_sentence_chars=60)
        except TransnormError:
            return
        assert document.text == normalize_text(document.text)
        for paragraph in document.paragraphs:
            assert document.text[paragraph.start : paragraph.end] == paragraph.text
            own = [s for s in document.segments if s.paragraph == paragraph.index]
            assert [s.sentence for s in own] == list(range(len(own)))
            assert "".join(_nonspace(s.text) for s in own) == _nonspace(paragraph.text)
        for segment in document.segments:
            assert document.text[segment.start : segment.end] == segment.text
        checked.append(len(document.segments))

    prop()
    # Most random text is rejected (empty, or not a served language); the property must still see real documents.
    assert len(checked) >= MIN_CHECKED, f"only {len(checked)} inputs reached the offset checks"


def test_decode_document_raises_only_typed_errors() -> None:
    checked: list[int] = []

    @PROPERTY_SETTINGS
    @given(data=st.binary(max_size=300), content_type=st.sampled_from([None, "text/plain", "text/html",
                                                                         "application/octet-stream"]))
    def prop(data: bytes, content_type: str | None) -> None:
        try:
            text = decode_document(data, content_type)
        except TransnormError:
            return
        assert isinstance(text, str) and text.strip()
        checked.append(len(text))

    prop()
    assert len(checked) >= MIN_CHECKED, f"only {len(checked)} inputs decoded"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["de", "nl", "en"]))
def test_the_one_sentence_shortcut_agrees_with_the_splitter(text: str, lang: str) -> None:
    # Where the shortcut skips the splitter, the splitter itself must find exactly one sentence.
    from service.pipeline.segment import _MAY_BREAK, _splitter, _splitter_view

    view = _splitter_view(normalize_text(text).replace("\n", " "))
    if view.strip() and not _MAY_BREAK.search(view):
        assert len(_splitter(lang).split(view)) == 1

"""Each quality flag fires on a hand-written bad translation and stays quiet on a good one."""

from __future__ import annotations

import pytest

from service.translation.quality import (
    has_repetition,
    is_length_ratio_out_of_range,
    is_untranslated,
    quality_flags,
)

GOOD = (
    "Der Präsident hat am Dienstag mit dem Außenminister telefoniert.",
    "The President spoke on the phone with the Foreign Minister on Tuesday.",
)


def test_a_good_translation_has_no_flags() -> None:
    assert quality_flags(*GOOD) == ()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Der Präsident hat am Dienstag telefoniert.", "Der Präsident hat am Dienstag telefoniert."),
        ("Der Präsident hat am Dienstag telefoniert.", "der präsident hat am dienstag telefoniert"),
        (   # 9 of the 10 output words are copied
            "De president heeft dinsdag gebeld met Blinken en Aliyev.",
            "De president heeft dinsdag gebeld met Blinken en Aliyev today.",
        ),
    ],
)
def test_untranslated_fires_on_a_copy(source: str, target: str) -> None:
    assert is_untranslated(source, target)
    assert "untranslated" in quality_flags(source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        GOOD,
        ("Ilham Aliyev empfängt Antony Blinken", "Ilham Aliyev receives Antony Blinken"),  # names carry over
        ("Baku", "Baku"),                  # too short to judge
        ("Am 26. September 2023", "On 26 September 2023"),
    ],
)
def test_untranslated_quiet_on_real_translations(source: str, target: str) -> None:
    assert not is_untranslated(source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (GOOD[0], "The President."),                  # lost most of the sentence
        (GOOD[0], GOOD[1] + " " + GOOD[1] + " And then some more."),  # hallucinated
        ("Ja.", ""),                                  # empty output for a non-empty source
    ],
)
def test_length_ratio_fires(source: str, target: str) -> None:
    assert is_length_ratio_out_of_range(source, target)
    assert "length_ratio" in quality_flags(source, target)


@pytest.mark.parametrize(("source", "target"), [GOOD, ("Ja.", "Yes, indeed."), ("", "")])
def test_length_ratio_quiet(source: str, target: str) -> None:
    assert not is_length_ratio_out_of_range(source, target)


@pytest.mark.parametrize(
    "target",
    [
        "The president said said said said that.",                         # a word 4 times in a row
        "of the state of the state and of the state again",               # a 3-gram 3 times
        "The head of the state, the head of the state, the head of the state",
        "trotrotrotrotro mortar",                                          # a subword loop
    ],
)
def test_repetition_fires(target: str) -> None:
    assert has_repetition(GOOD[0], target)
    assert "repetition" in quality_flags(GOOD[0], target)


@pytest.mark.parametrize(
    "target",
    [
        GOOD[1],
        "He said: no, no, no.",                        # three in a row is allowed
        "It cost 1000000 euros in 2023.",              # digits are not a loop
        "The state of the art of the state of the union.",   # a 3-gram twice
    ],
)
def test_repetition_quiet(target: str) -> None:
    assert not has_repetition(GOOD[0], target)


def test_repetition_that_the_source_has_is_not_flagged() -> None:
    assert not has_repetition("Nein, nein, nein, nein!", "No, no, no, no!")


def test_split_input_is_passed_through_and_flags_keep_their_order() -> None:
    assert quality_flags(*GOOD, split_input=True) == ("split_input",)
    copy = "Der Präsident sagte sagte sagte sagte das."
    assert quality_flags(copy + " Und mehr Text hier.", copy, split_input=True) == (
        "untranslated", "split_input",
    )
    flags = quality_flags(GOOD[0], "said said said said said", split_input=True)
    assert flags == ("length_ratio", "repetition", "split_input")

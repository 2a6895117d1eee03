"""How PairRecord fields become text, shared so that every export format writes them the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

# Quality flags are identifiers ("length_ratio", "untranslated"), so a comma never occurs inside one.
FLAG_SEPARATOR = ","


def as_utc(moment: dt.datetime) -> dt.datetime:
    """The moment in UTC; a naive datetime is taken to be UTC already (SQLite hands timestamps back naive)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def iso_timestamp(moment: dt.datetime) -> str:
    """ISO 8601 with an explicit ``+00:00`` offset, so readers never have to guess the zone."""
    return as_utc(moment).isoformat()


def flags_text(flags: Sequence[str]) -> str:
    return FLAG_SEPARATOR.join(flags)


def score_text(score: float | None) -> str:
    # repr() is the shortest text that reads back as the identical float.
    return "" if score is None else repr(score)

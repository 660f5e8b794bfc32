"""The contract's date-times parse on every Python the package supports (3.8+).

Generated models parse ``format: date-time`` with python-dateutil's ``isoparse``: RFC 3339 with a
``Z`` suffix or an offset, and fractions of any length, which ``datetime.fromisoformat`` takes
only from 3.11 on. `make test-matrix` runs this on each version.
"""

from __future__ import annotations

import datetime as dt

import pytest

from amigo_client.models.delivery_attempt import DeliveryAttempt

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-18T10:00:00Z", dt.datetime(2026, 3, 18, 10, 0, tzinfo=UTC)),
        ("2026-03-18T10:00:00.5Z", dt.datetime(2026, 3, 18, 10, 0, 0, 500000, tzinfo=UTC)),
        ("2026-03-18T10:00:00.12345+00:00", dt.datetime(2026, 3, 18, 10, 0, 0, 123450, tzinfo=UTC)),
        (
            "2026-03-18T12:00:00.123456+02:00",
            dt.datetime(2026, 3, 18, 10, 0, 0, 123456, tzinfo=UTC),
        ),
    ],
)
def test_a_model_parses_rfc3339_date_times(text: str, expected: dt.datetime) -> None:
    attempt = DeliveryAttempt.from_dict({"delivery_time": text, "status_code": 200})
    assert attempt.delivery_time == expected
    assert attempt.delivery_time.utcoffset() is not None
    # and writes them back as ISO 8601 that parses to the same instant
    again = DeliveryAttempt.from_dict(attempt.to_dict())
    assert again.delivery_time == expected


def test_a_date_time_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError):
        DeliveryAttempt.from_dict({"delivery_time": "18/03/2026 10:00", "status_code": 200})

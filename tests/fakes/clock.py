"""A clock that stands still until the test moves it: services take `clock` as a callable."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

FIXED_NOW = datetime(2025, 3, 6, 12, 0, tzinfo=timezone.utc)


class FixedClock:
    def __init__(self, now: datetime = FIXED_NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> datetime:
        self.now += by
        return self.now

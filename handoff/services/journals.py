"""Support-data-transfer authorisations and the access log: append-only, listed newest first."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

from handoff.domain.journal import AccessRecord, SupportTransfer
from handoff.errors import InvalidQueryError
from handoff.ports import Journal


class SupportTransferService:
    def __init__(self, journal: Journal[SupportTransfer], clock: Callable[[], datetime]):
        self._journal = journal
        self._clock = clock

    def authorise(self, case_number: str, scope: str, authorised_by: str, message_ids: Sequence[str] = (),
                  range_from: datetime | None = None, range_to: datetime | None = None,
                  note: str = "") -> SupportTransfer:
        if not message_ids and (range_from is None or range_to is None):
            raise InvalidQueryError("name the messages (message_ids) or a time range (from and to)")
        if (range_from is None) != (range_to is None):
            raise InvalidQueryError("a time range needs both 'from' and 'to'")
        if range_from is not None and range_to is not None and range_from >= range_to:
            raise InvalidQueryError("'from' must be earlier than 'to'")
        record = SupportTransfer(transfer_id="", case_number=case_number, scope=scope,
                                 authorised_by=authorised_by, authorised_at=self._clock(),
                                 message_ids=tuple(dict.fromkeys(message_ids)), range_from=range_from,
                                 range_to=range_to, note=note)
        return self._journal.append(record)

    def page(self, since, until, limit, after=None):
        return self._journal.page(since, until, limit, after)

    def all(self, since: datetime, until: datetime) -> Iterator[SupportTransfer]:
        return self._journal.all(since, until)


class AccessLog:
    def __init__(self, journal: Journal[AccessRecord], clock: Callable[[], datetime]):
        self._journal = journal
        self._clock = clock

    def record(self, who: str, action: str, target: str, status: int) -> AccessRecord:
        return self._journal.append(AccessRecord("", self._clock(), who, action, target, status))

    def page(self, since, until, limit, after=None):
        return self._journal.page(since, until, limit, after)

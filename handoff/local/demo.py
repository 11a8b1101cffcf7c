"""A realistic, made-up demo stream: a few hundred conversations over the last 14 days.

Both directions, statuses out of order, redeliveries, failures on Meta's side (with Meta's codes, some
caused by the sender, some by the recipient) and on ACS's side, hidden numbers (BSUIDs), two ACS
resources (one in the EU, one in the US), and some messages that talk about health. Every number is
from a reserved fictional range; every text is ours.

`demo_stream` adds the completeness side: ACS's operations log for the same traffic, two status
updates Event Grid never delivered, three sends that failed inside ACS (Microsoft-side), one poison
event, and a customer in WhatsApp's move to BSUIDs (named by number and BSUID, then by BSUID alone,
reacting to a message the business sent, on a newer payload version with a field this ledger does not
know), so that every number of the completeness panel is non-zero on a first `make run`.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from handoff.domain.reconciliation import Observation

EU_RESOURCE = ("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-wa-demo/providers/"
               "Microsoft.Communication/communicationServices/acs-wa-demo-eu")
US_RESOURCE = ("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-wa-demo/providers/"
               "Microsoft.Communication/communicationServices/acs-wa-demo-us")
DEMO_LOCATIONS = {EU_RESOURCE: "Europe", US_RESOURCE: "United States"}
CHANNELS = {EU_RESOURCE: "7c1f3a52-0d4e-4b8e-9a61-2f5d8c9e0b17", US_RESOURCE: "2b9e4d61-7a3c-4f08-b5d2-8e1c6a9f3b40"}

EVERYDAY_TEXTS = [
    "Hi, is my order on its way?", "What are your opening hours on Saturday?", "Can I change my delivery address?",
    "Thanks, that's perfect!", "Do you have this jacket in a medium?", "Hola, ¿cuándo llega mi pedido?",
    "Bonjour, je voudrais annuler ma commande.", "Olá, posso pagar com cartão?", "Wann öffnet ihr morgen?",
    "How much is the family plan per month?", "Please call me back tomorrow morning.", "Ok 👍",
]
HEALTH_TEXTS = [
    "I need to move my physiotherapy appointment, my back pain is worse.",
    "Can you refill my metformin prescription? I ran out yesterday.",
    "My daughter has a fever of 39 since last night, should we come in?",
    "Mi madre tiene la presión alta y necesita una cita con el cardiólogo.",
    "Resultado do meu exame de sangue saiu? O médico pediu urgente.",
    "Je dois reporter ma séance de chimiothérapie de jeudi.",
    "Ich brauche ein neues Rezept für mein Insulin.",
    "I've been feeling really depressed and anxious, can I talk to someone?",
]
META_FAILURES = [("131026", "Message Undeliverable."), ("131047", "Re-engagement message."),
                 ("131049", "Meta chose not to deliver."), ("130472", "User's number is part of an experiment.")]


def _phone(rng: random.Random) -> str:
    # +1 555 01xx (NANP fiction), +44 7700 900xxx (Ofcom drama range), +49 30 xxxx, +33 6 xx
    return rng.choice([f"1555555{rng.randint(100, 199):04d}", f"447700900{rng.randint(0, 999):03d}",
                       f"4930{rng.randint(1000000, 1999999)}", f"336{rng.randint(10000000, 19999999)}"])


def _party(rng: random.Random) -> dict[str, str]:
    if rng.random() < 0.1:  # from 2026 WhatsApp may hide the number behind a business-scoped user id
        return {"id": "", "bsuid": f"{rng.choice(['DE', 'FR', 'BR', 'US'])}.{uuid.UUID(int=rng.getrandbits(128)).hex[:20]}"}
    return {"id": _phone(rng), "bsuid": ""}


def _envelope(rng: random.Random, resource: str, event_type: str, data: dict, at: datetime) -> dict:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "topic": resource,
        "subject": "advancedMessage/redacted",
        "eventType": f"Microsoft.Communication.{event_type}",
        "eventTime": (at + timedelta(milliseconds=rng.randint(200, 1500))).isoformat(),
        "dataVersion": "1.0",
        "metadataVersion": "1",
        "data": data,
    }


def _inbound(rng: random.Random, resource: str, party: dict, at: datetime) -> list[dict]:
    health = rng.random() < 0.12
    message_type = rng.choices(["text", "image", "document", "button"], [80, 8, 6, 6])[0]
    data: dict = {"messageId": str(uuid.UUID(int=rng.getrandbits(128))), "channelType": "whatsapp",
                  "messageType": message_type, "from": party["id"], "to": CHANNELS[resource],
                  "receivedTimestamp": at.isoformat()}
    if party["bsuid"]:
        data["fromBSUID"] = party["bsuid"]
    text = rng.choice(HEALTH_TEXTS if health else EVERYDAY_TEXTS)
    if message_type == "text":
        data["content"] = text
    elif message_type == "image":
        data["media"] = {"id": str(uuid.UUID(int=rng.getrandbits(128))), "mimeType": "image/jpeg"}
        if rng.random() < 0.5:
            data["media"]["caption"] = text
    elif message_type == "document":
        data["media"] = {"id": str(uuid.UUID(int=rng.getrandbits(128))), "mimeType": "application/pdf",
                         "fileName": "lab-results.pdf" if health else "invoice.pdf"}
    else:
        data["button"] = {"text": "Confirm", "payload": "confirm"}
    return [_envelope(rng, resource, "AdvancedMessageReceived", data, at)]


def _outbound(rng: random.Random, resource: str, party: dict, at: datetime) -> list[dict]:
    message_id = str(uuid.UUID(int=rng.getrandbits(128)))
    base = {"messageId": message_id, "channelType": "whatsapp", "from": CHANNELS[resource], "to": party["id"]}
    if party["bsuid"]:
        base["toBSUID"] = party["bsuid"]
    steps: list[tuple[str, datetime, dict]] = []
    sent_at = at + timedelta(seconds=rng.uniform(0.3, 3))
    roll = rng.random()
    if roll < 0.04:  # ACS refused it before the hand-off
        steps.append(("Failed", sent_at, {"error": {"channelMessage": "Channel not registered."}}))
    else:
        steps.append(("Sent", sent_at, {}))
        delivered_at = sent_at + timedelta(seconds=rng.lognormvariate(1.2, 0.9))
        if roll < 0.12:  # Meta could not deliver it
            code, text = rng.choice(META_FAILURES)
            steps.append(("Failed", delivered_at, {"error": {"channelCode": code, "channelMessage": text}}))
        else:
            steps.append(("Delivered", delivered_at, {}))
            if rng.random() < 0.7:
                steps.append(("Read", delivered_at + timedelta(minutes=rng.expovariate(1 / 20)), {}))
    events = [_envelope(rng, resource, "AdvancedMessageDeliveryStatusUpdated",
                        {**base, "status": status if rng.random() > 0.1 else status.upper(),
                         "receivedTimestamp": when.isoformat(), **extra}, when)
              for status, when, extra in steps]
    rng.shuffle(events)  # Event Grid does not keep order
    if rng.random() < 0.15:
        events.append(dict(events[0]))  # at-least-once: a redelivery with the same id
    return events


def demo_events(conversations: int = 300, days: int = 14, seed: int = 7,
                now: datetime | None = None) -> Iterator[dict]:
    rng = random.Random(seed)
    now = now or datetime.now(timezone.utc)
    for _ in range(conversations):
        resource = EU_RESOURCE if rng.random() < 0.7 else US_RESOURCE
        party = _party(rng)
        at = now - timedelta(days=rng.uniform(0, days))
        for _turn in range(rng.randint(1, 4)):
            yield from (_inbound if rng.random() < 0.5 else _outbound)(rng, resource, party, at)
            at += timedelta(minutes=rng.uniform(1, 30))
            if at > now:
                break


# -- the completeness side of the demo: ACS's operations log, a lost delivery, a poison event ----------

# An event Event Grid could never have parsed: recorded in quarantine with its reason, never its content.
POISON_EVENT = {"id": "demo-poison-event", "eventType": "Microsoft.Communication.AdvancedMessageReceived",
                "subject": "advancedMessage/redacted", "dataVersion": "1.0", "data": "truncated by a proxy"}


# The field a future payload version carries in the demo: Meta's click-to-WhatsApp ad referral.
DRIFT_FIELD = "referral"


def transition_events(rng: random.Random, now: datetime) -> list[dict]:
    """One customer across WhatsApp's move to BSUIDs: the business's message to them names them both ways
    (the ledger links the two pseudonyms); their reaction to it names them by BSUID only and arrives on
    payload version 2.0 with a field this ledger does not know (schema drift)."""
    resource, phone = EU_RESOURCE, f"447700900{rng.randint(0, 999):03d}"
    bsuid = f"GB.{uuid.UUID(int=rng.getrandbits(128)).hex[:20]}"
    sent_at = now - timedelta(hours=rng.uniform(4, 20))
    message_id = str(uuid.UUID(int=rng.getrandbits(128)))
    base = {"messageId": message_id, "channelType": "whatsapp", "from": CHANNELS[resource], "to": phone,
            "toBSUID": bsuid}
    events = [_envelope(rng, resource, "AdvancedMessageDeliveryStatusUpdated",
                        {**base, "status": status, "receivedTimestamp": at.isoformat()}, at)
              for status, at in (("Sent", sent_at), ("Delivered", sent_at + timedelta(seconds=4)))]
    reacted_at = sent_at + timedelta(minutes=12)
    reaction = _envelope(rng, resource, "AdvancedMessageReceived", {
        "messageId": str(uuid.UUID(int=rng.getrandbits(128))), "channelType": "whatsapp", "messageType": "reaction",
        "reaction": {"messageId": message_id, "emoji": "👍"}, "from": "", "fromBSUID": bsuid,
        "to": CHANNELS[resource], "receivedTimestamp": reacted_at.isoformat(),
        DRIFT_FIELD: {"sourceType": "ad", "sourceId": "demo-ad"}}, reacted_at)
    reaction["dataVersion"] = "2.0"
    return events + [reaction]


@dataclass(frozen=True)
class DemoStream:
    events: list[dict]                 # what Event Grid delivers (with redeliveries and one poison event)
    log: list[Observation]             # what ACS's operations log says happened
    lost: int                          # operations the log has and Event Grid never delivered
    microsoft_failures: int            # accepted, then preprocessingfailed: no event at all


def _log_row(event: dict, skew: timedelta) -> Observation:
    data = event["data"]
    at = datetime.fromisoformat(event["eventTime"]) - skew
    if event["eventType"].endswith("AdvancedMessageReceived"):
        return Observation(at, data["to"], "received")
    return Observation(at, data["from"], data["status"].lower())


def demo_stream(conversations: int = 300, days: int = 14, seed: int = 7, now: datetime | None = None,
                lost: int = 2, microsoft_failures: int = 3) -> DemoStream:
    """The demo events plus the operations log ACS would have written for them, in which `lost` status
    updates never reached the ledger and `microsoft_failures` sends failed inside ACS."""
    now = now or datetime.now(timezone.utc)
    rng = random.Random(seed + 1)
    events = list(demo_events(conversations, days, seed, now)) + transition_events(rng, now)
    unique = list({e["id"]: e for e in events}.values())
    statuses = [e for e in unique if e["eventType"].endswith("DeliveryStatusUpdated")]
    missing = {e["id"] for e in rng.sample(statuses, min(lost, len(statuses)))}
    # ACS logs an operation a few hundred milliseconds before it publishes the event.
    log = [_log_row(e, timedelta(milliseconds=rng.randint(50, 900))) for e in unique]
    for number in range(microsoft_failures):
        at = now - timedelta(days=rng.uniform(0.5, days - 0.5))
        channel, operation = rng.choice(list(CHANNELS.values())), f"demo-ms-failure-{number}"
        log += [Observation(at, channel, "accepted", operation),
                Observation(at + timedelta(milliseconds=800), channel, "preprocessingfailed", operation)]
    poison = {**POISON_EVENT, "eventTime": (now - timedelta(hours=3)).isoformat()}
    delivered = [e for e in events if e["id"] not in missing] + [poison]
    return DemoStream(delivered, sorted(log, key=lambda o: o.at), len(missing), microsoft_failures)


def seed(container, stream: DemoStream | None = None, progress: bool = True) -> str:
    """Ingest the demo stream (a progress bar on stderr, no log line per alert), compare it with its
    operations log, seal the complete days and verify them. Returns the one summary line."""
    from tqdm import tqdm

    from handoff.domain.reconciliation import day_range
    from handoff.domain.records import IngestReport

    stream = stream or demo_stream()
    report = IngestReport()
    quiet = logging.getLogger("handoff")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # demo alerts and the poison event are expected: no warning per item
    try:
        with tqdm(total=len(stream.events), desc="Seeding the demo", unit="event", disable=not progress,
                  leave=False) as bar:
            for start in range(0, len(stream.events), 100):
                batch = stream.events[start:start + 100]
                report += container.ingest.ingest(batch)
                bar.update(len(batch))
        first = min(o.at for o in stream.log).date()
        since, until = day_range(first, datetime.now(timezone.utc).date())
        compared, _, _ = container.reconciliation.record(stream.log, since, until)
        sealed = container.seals.seal_due()
        verified = container.completeness.verify_recent()
    finally:
        quiet.setLevel(level)
    return (f"Seeded the demo: {report.ingested} events recorded, {report.duplicates} redeliveries recognised, "
            f"{report.quarantined} quarantined; reconciliation {len(compared.gaps)} gap(s), "
            f"{compared.microsoft_failures} Microsoft-side failure(s); {sum(o.created for o in sealed)} day(s) sealed, "
            f"verify {'clean' if verified.clean else 'found problems'}.")

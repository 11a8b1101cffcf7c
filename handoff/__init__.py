"""Handoff Ledger: a privacy-preserving ledger of WhatsApp hand-offs between ACS and Meta.

Layers (data flows one way):
    handoff.events    pydantic models of the ACS Advanced Messaging events, both schemas (tolerant)
    handoff.domain    pure records and rules: ledger entries, message summaries, keys, pseudonyms
    handoff.health    the offline health-data detector (pure)
    handoff.services  use cases over the ports (ingest, queries)
    handoff.ports     the roles the services need (LedgerStore, AlertPublisher)
    handoff.adapters  those roles implemented with Azure Table Storage / Event Grid, and in memory
    handoff.composition  the one place that builds the real adapters, lazily
"""

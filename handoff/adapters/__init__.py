"""Adapters: the ports implemented with real technology (Azure Table Storage, Event Grid) and in memory."""

"""Use cases over the ports: what the edges (triggers, HTTP) call."""

"""Pure domain: records, rules and keys. Imports no Azure SDK and does no I/O."""

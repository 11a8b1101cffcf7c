"""`python -m handoff <command>`: seal, verify, retention, replay, reconcile. See handoff/cli and docs/trust.md."""

from handoff.cli import main

raise SystemExit(main())

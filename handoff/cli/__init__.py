"""The operator's command line. Thin: parse arguments, call one service, render, choose the exit code.

Exit codes: 0 done and clean, 1 problems found (or the work failed), 2 usage error.
Settings come from the environment (HANDOFF_*), exactly as in the Function App.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date

from handoff.cli import render
from handoff.domain.seals import parse_day
from handoff.errors import HandoffError, InvalidQueryError, TransientStoreError

OK, PROBLEMS, USAGE = 0, 1, 2


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m handoff", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    seal = commands.add_parser("seal", help="seal every complete day not sealed yet")
    seal.add_argument("--through", type=_day, help="last day to seal (default: the last complete day)")
    seal.add_argument("--json", action="store_true", help="machine-readable output")

    verify = commands.add_parser("verify", help="recompute sealed days and check them and the seal chain")
    verify.add_argument("--from", dest="first", type=_day, help="first day, YYYY-MM-DD (default: first seal)")
    verify.add_argument("--to", dest="last", type=_day, help="last day, YYYY-MM-DD (default: last seal)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")

    retention = commands.add_parser("retention", help="apply retention now (legal holds respected)")
    retention.add_argument("--list", action="store_true", help="list the recorded runs instead")
    retention.add_argument("--json", action="store_true", help="machine-readable output")

    replay = commands.add_parser("replay", help="re-ingest Event Grid dead letters (idempotent)")
    replay.add_argument("source", nargs="*", metavar="PATH",
                        help="dead-letter .json files or folders (an https:// URL is read as --container-url; nothing: HANDOFF_DEADLETTER_CONTAINER_URL)")
    replay.add_argument("--container-url", help="blob container URL, read with DefaultAzureCredential")
    replay.add_argument("--connection-string", help="storage connection string (with --container)")
    replay.add_argument("--container", help="container name (with --connection-string)")
    replay.add_argument("--prefix", help="only blobs whose names start with this")
    replay.add_argument("--json", action="store_true", help="machine-readable output")
    replay.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    from handoff.cli import reconcile

    reconcile.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # exits with 2 on a usage error
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from handoff.composition import Container

    container = Container()
    try:
        return _COMMANDS[args.command](container, args, parser)
    except InvalidQueryError as error:
        print(f"error: {error}", file=sys.stderr)
        return USAGE
    except TransientStoreError as error:
        print(f"error: {error}; nothing is lost, run the command again", file=sys.stderr)
        return PROBLEMS
    except HandoffError as error:
        print(f"error: {error}", file=sys.stderr)
        return PROBLEMS


def _emit(args: argparse.Namespace, machine: object, human: str) -> None:
    print(json.dumps(machine, indent=2, sort_keys=True, default=str) if args.json else human)


def _seal(container, args, parser) -> int:
    outcomes = container.seals.seal_due(args.through)
    _emit(args, render.seals_json(outcomes), render.seals_text(outcomes))
    return OK


def _verify(container, args, parser) -> int:
    report = container.verifier.verify(args.first, args.last)
    _emit(args, render.verify_json(report), render.verify_text(report))
    return OK if report.clean else PROBLEMS


def _retention(container, args, parser) -> int:
    if args.list:
        runs = container.retention.runs()
        _emit(args, [render.run_json(r) for r in runs], "\n\n".join(render.run_text(r) for r in runs) or "no runs")
        return OK
    run = container.retention.apply()
    _emit(args, render.run_json(run), render.run_text(run))
    return OK


def _replay(container, args, parser) -> int:
    from handoff.cli.replay import run_replay

    return run_replay(container, args, parser)


def _reconcile(container, args, parser) -> int:
    from handoff.cli import reconcile

    report = reconcile.run(container, args)
    _emit(args, reconcile.as_json(report), reconcile.as_text(report))
    return OK if report.clean else PROBLEMS


_COMMANDS = {"seal": _seal, "verify": _verify, "retention": _retention, "replay": _replay, "reconcile": _reconcile}

"""The operator's command line. Thin: parse arguments, call one service, render, choose the exit code.

Exit codes: 0 done and clean, 1 problems found (or the work failed), 2 usage error (including: no
deployment named). Every command that reads or writes a ledger needs to be told which one: the deployed
Function App (--function-app, settings and key read with your identity), explicit HANDOFF_* settings,
or --local (handoff/cli/deployment.py; docs/deploy.md, "Operating a deployment").
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime

from handoff.cli import deployment, render
from handoff.errors import DeploymentTargetError, HandoffError, InvalidQueryError, TransientStoreError

OK, PROBLEMS, USAGE = 0, 1, 2


def _day(text: str) -> date:
    """`YYYY-MM-DD`, or `YYYYMMDD` as the seals and their blobs name days."""
    cleaned = text.strip().replace("-", "")
    try:
        if len(cleaned) != 8 or not cleaned.isdigit():
            raise ValueError
        return datetime.strptime(cleaned, "%Y%m%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


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

    pseudonym = commands.add_parser("pseudonym", help="the pseudonym key: which key made a pseudonym; seed it")
    actions = pseudonym.add_subparsers(dest="action", required=True, metavar="ACTION")
    which = actions.add_parser("which", help="which key (current, or a version kept after rotation) made a "
                                             "pseudonym; reads the phone number or BSUID from stdin")
    which.add_argument("--pseudonym", required=True, help="the party pseudonym, p_...")
    seed = actions.add_parser("seed", help="create the key in Key Vault if it does not exist (never overwrites)")
    seed.add_argument("--vault-url", required=True, help="https://<vault>.vault.azure.net")
    seed.add_argument("--secret-name", default="pseudonym-key")
    migrate = commands.add_parser("migrate-messages",
                                  help="move the messages table to the current layout (once, after upgrading)")
    migrate.add_argument("--json", action="store_true", help="machine-readable output")
    from handoff.cli import reconcile

    reconcile.add_parser(commands)
    for command in (seal, verify, retention, replay, which, migrate, commands.choices["reconcile"]):
        deployment.add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # exits with 2 on a usage error
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from handoff.composition import Container

    try:
        if args.command == "pseudonym" and args.action == "seed":
            return _seed(args)
        target = deployment.resolve(args, needs_receipt_settings=args.command == "replay")
        return _COMMANDS[args.command](Container(target.settings), args, parser, target)
    except DeploymentTargetError as error:
        print(f"error: {error}", file=sys.stderr)
        return USAGE
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


def _seal(container, args, parser, target) -> int:
    outcomes = container.seals.seal_due(args.through)
    _emit(args, render.seals_json(outcomes), render.seals_text(outcomes))
    return OK


def _verify(container, args, parser, target) -> int:
    report = container.verifier.verify(args.first, args.last)
    _emit(args, render.verify_json(report), render.verify_text(report))
    return OK if report.clean else PROBLEMS


def _retention(container, args, parser, target) -> int:
    if args.list:
        runs = container.retention.runs()
        _emit(args, [render.run_json(r) for r in runs], "\n\n".join(render.run_text(r) for r in runs) or "no runs")
        return OK
    run = container.retention.apply()
    _emit(args, render.run_json(run), render.run_text(run))
    return OK


def _migrate_messages(container, args, parser, target) -> int:
    moved = container.store.migrate_message_layout()
    stale = (f"; {moved.stale_day_rows} consolidated day row(s) of the earlier layout removed (recomputed "
             "by the daily timer)" if moved.stale_day_rows else "")
    _emit(args, {"messages": moved.messages, "rows": moved.rows, "stale_day_rows": moved.stale_day_rows},
          (f"messages table on the current layout: {moved.messages} message(s), {moved.rows} row(s) moved"
           if moved.messages else "messages table on the current layout: nothing to move") + stale)
    return OK


def _replay(container, args, parser, target) -> int:
    from handoff.cli.replay import run_replay

    return run_replay(container, args, parser)


def _pseudonym(container, args, parser, target) -> int:
    from handoff.domain.pseudonym_keys import key_that_made

    identifier = sys.stdin.readline().strip()  # stdin, not argv: a phone number stays out of shell history
    if not identifier:
        parser.error("pseudonym which reads the phone number or BSUID from stdin")
    keys = _known_keys(container.settings, target)
    made_by = key_that_made(args.pseudonym, identifier, [(name, key) for name, key in keys])
    if made_by is None:
        print(f"none of the {len(keys)} known keys made {args.pseudonym} from that identifier")
        return PROBLEMS
    print(f"{args.pseudonym} was made by {made_by}")
    return OK


def _known_keys(settings, target) -> list[tuple[str, bytes]]:
    """Newest first: every version of the Key Vault secret when the key came from Key Vault (rotation
    adds a version and keeps the old ones), else the current key and HANDOFF_PSEUDONYM_PREVIOUS_KEYS."""
    from handoff.domain.pseudonym_keys import checked_key

    if target.key_reference:
        from handoff.adapters import key_vault

        versions = key_vault.secret_versions(target.key_reference, target.credential)
        return [(f"Key Vault version {v.version} (created {v.created_on:%Y-%m-%d})" if v.created_on else
                 f"Key Vault version {v.version}", checked_key(v.value, f"version {v.version}")) for v in versions]
    keys = [("the current key (HANDOFF_PSEUDONYM_KEY)", settings.pseudonym_key_bytes())]
    keys += [(f"previous key {i + 1} (HANDOFF_PSEUDONYM_PREVIOUS_KEYS[{i}])", k.get_secret_value().encode())
             for i, k in enumerate(settings.pseudonym_previous_keys)]
    return keys


def _seed(args) -> int:
    from handoff.adapters import key_vault

    created = key_vault.seed_secret(args.vault_url, args.secret_name, deployment._credential())
    print(f"pseudonym key: {'created' if created else 'exists already, left unchanged'} "
          f"({args.vault_url.rstrip('/')}/secrets/{args.secret_name})")
    return OK


def _reconcile(container, args, parser, target) -> int:
    from handoff.cli import reconcile

    report = reconcile.run(container, args)
    _emit(args, reconcile.as_json(report), reconcile.as_text(report))
    return OK if report.clean else PROBLEMS


_COMMANDS = {"seal": _seal, "verify": _verify, "retention": _retention, "replay": _replay, "reconcile": _reconcile,
             "pseudonym": _pseudonym, "migrate-messages": _migrate_messages}

"""`python -m handoff replay`: choose the source, show progress on stderr, print the counts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from handoff.cli import render

OK, PROBLEMS, USAGE = 0, 1, 2


def run_replay(container, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from tqdm import tqdm

    from handoff.services.replay import ReplayService, documents_in

    urls = [s for s in args.source if s.startswith(("https://", "http://"))]
    paths = [s for s in args.source if s not in urls]
    container_url = args.container_url or (urls[0] if len(urls) == 1 else None)
    if not (paths or container_url or args.connection_string):
        container_url = container.settings.deadletter_container_url  # the deployment's dead-letter container
    sources = sum(bool(x) for x in (paths, container_url, args.connection_string))
    if len(urls) > 1 or sources != 1 or bool(args.connection_string) != bool(args.container):
        parser.error("replay takes PATH..., or --container-url URL, or --connection-string CS --container NAME")

    if paths:
        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            parser.error(f"no such file or folder: {', '.join(missing)}")
        documents = list(documents_in(paths))
    else:
        from handoff.adapters import deadletter_blobs as blobs

        client = (blobs.container_from_url(container_url, container.settings.azure_client_id) if container_url
                  else blobs.container_from_connection_string(args.connection_string, args.container))
        names = blobs.blob_names(client, args.prefix)
        documents = list(blobs.documents_in_container(client, names))

    with tqdm(total=len(documents), unit="file", desc="replay", file=sys.stderr,
              disable=args.no_progress, dynamic_ncols=True) as bar:
        def progress(report) -> None:
            bar.update(1)
            bar.set_postfix(ingested=report.ingested, duplicates=report.duplicates,
                            quarantined=report.quarantined, refresh=False)

        report = ReplayService(container.ingest).replay(documents, progress)
    print(json.dumps(render.replay_json(report), indent=2, sort_keys=True) if args.json
          else render.replay_text(report))
    return PROBLEMS if report.unreadable else OK

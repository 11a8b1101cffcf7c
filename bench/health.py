"""Quality and speed of the health-data detector on the labelled development set.

Reads ../shared/phi-bench/ relative to the repository (or $HANDOFF_PHI_BENCH); the rows are never
copied into the repository. Prints recall on the health set, false-alarm rates on the non-health
sets, and messages per second on one core for our detector and for Presidio's AnalyzerEngine run
offline with pattern recognizers only (requirements-bench.txt).

    python bench/health.py [--speed-sample N] [--show-misses K] [--show-false-alarms K]
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from handoff.health import detect  # noqa: E402


def bench_dir() -> Path:
    return Path(os.environ.get("HANDOFF_PHI_BENCH") or REPO.parent / "shared" / "phi-bench")


def load(name: str) -> list[dict]:
    with open(bench_dir() / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rate(rows: list[dict]) -> tuple[int, int]:
    return sum(detect(r["text"]).flagged for r in rows), len(rows)


def presidio_analyzer():
    """Presidio with its no-op NLP engine (no spaCy model) and its predefined pattern recognizers.

    tldextract (used by Presidio's e-mail recognizer) would fetch the public suffix list over the
    network; an empty URL list makes it use the snapshot it ships.
    """
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])


def throughput(fn, texts: list[str]) -> float:
    fn(texts[0])  # warm-up: builds lazy caches outside the timing
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-sample", type=int, default=5000, help="messages timed per engine")
    parser.add_argument("--show-misses", type=int, default=0, help="print K missed health rows")
    parser.add_argument("--show-false-alarms", type=int, default=0, help="print K flagged non-health rows")
    args = parser.parse_args()

    health = load("health_mqp.jsonl")
    banking = load("nonhealth_banking77.jsonl")
    clinc = load("nonhealth_clinc150.jsonl")
    hard = [r for r in clinc if "hard_negative_candidate" in r["notes"]]

    hit, n = rate(health)
    print(f"recall health_mqp: {hit / n:.4f} ({hit}/{n})  target >= 0.90")
    for label, rows, target in (
        ("banking77", banking, "<= 0.01"),
        ("clinc150 hard_negative_candidate", hard, "<= 0.02"),
        ("clinc150 all", clinc, ""),
    ):
        fa, n = rate(rows)
        print(f"false alarms {label}: {fa / n:.4f} ({fa}/{n})  {'target ' + target if target else ''}".rstrip())

    for rows, k, want in ((health, args.show_misses, False), (banking + clinc, args.show_false_alarms, True)):
        shown = 0
        for r in rows:
            if shown >= k:
                break
            v = detect(r["text"])
            if v.flagged == want:
                print(f"  {r['id']}\t{v.score}\t{','.join(v.rules)}\t{r['text']}")
                shown += 1

    texts = [r["text"] for r in health + banking + clinc]
    sample = texts[:: max(1, len(texts) // args.speed_sample)][: args.speed_sample]
    ours = throughput(detect, sample)
    print(f"speed ours: {ours:,.0f} msgs/s on one core ({len(sample)} messages)")
    try:
        analyzer = presidio_analyzer()
    except Exception as exc:  # the bench still reports our side when Presidio is missing or breaks
        print(f"speed presidio: not measured ({type(exc).__name__}: {exc})")
        return 0
    theirs = throughput(lambda t: analyzer.analyze(text=t, language="en"), sample)
    print(f"speed presidio (AnalyzerEngine, NoOpNlpEngine, pattern recognizers): {theirs:,.0f} msgs/s")
    print(f"speed ratio ours/presidio: {ours / theirs:.1f}x  target >= 10x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

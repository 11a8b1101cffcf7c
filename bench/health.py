"""Quality, speed and memory of the health-data detector on the labelled development sets.

Reads ../shared/phi-bench/ relative to the repository (or $HANDOFF_PHI_BENCH); the rows are never
copied into the repository. Prints one table: per set and per language, rows, recall (health sets) or
false-alarm rate (non-health sets) and the target. Then, in the same run: messages per second on one
core over a mixed-language sample for our detector and for Presidio's AnalyzerEngine run offline with
its pattern recognizers only (requirements-bench.txt), timed in alternating chunks so both run under
the same load; the time to the first verdict and the time to load the lexicon artefact in a fresh
process; the peak RSS of a fresh process that loaded every language, after the speed sample and with
every stem memo full (the most a long-running process holds).

    python bench/health.py [--speed-sample N] [--show-misses K] [--show-false-alarms K] [--set NAME]
"""

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from handoff.health import detect  # noqa: E402

RECALL_TARGET = 0.95
FALSE_ALARM_TARGET = 0.005
TARGETS = {"banking77": 0.001, "clinc150 hard negatives": 0.01}
SPEED_RATIO_TARGET = 40.0
RSS_TARGET_MB = 150.0
LOAD_TARGET_MS = 150.0

# (set name, file, health?, row filter)
SETS = (
    ("mqp", "health_mqp.jsonl", True, None),
    ("clef2015 queries", "health_ml_clef2015_queries.jsonl", True, None),
    ("xsid reminders", "health_ml_xsid_valid_reminders.jsonl", True, None),
    ("banking77", "nonhealth_banking77.jsonl", False, None),
    ("clinc150 hard negatives", "nonhealth_clinc150.jsonl", False, lambda r: "hard_negative_candidate" in r["notes"]),
    ("clinc150 all", "nonhealth_clinc150.jsonl", False, None),
    ("xsid commands", "nonhealth_ml_xsid_valid.jsonl", False, None),
)


def bench_dir() -> Path:
    return Path(os.environ.get("HANDOFF_PHI_BENCH") or REPO.parent / "shared" / "phi-bench")


def load(name: str) -> list[dict]:
    with open(bench_dir() / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def lang_of(row: dict) -> str:
    notes = row.get("notes") or ""
    return notes.split(";")[0].split()[0][5:] if notes.startswith("lang=") else "en"


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


_CHUNK = 100


def throughputs(engines: list, texts: list[str]) -> list[float]:
    """Messages per second of each engine over ``texts``, timed in alternating chunks of 100 messages
    so that every engine runs under the same load (the machine is shared: timing one engine after
    the other would measure the neighbours as much as the engines)."""
    for fn in engines:
        fn(texts[0])  # warm-up: builds lazy caches outside the timing
    spent = [0.0] * len(engines)
    for i in range(0, len(texts), _CHUNK):
        chunk = texts[i : i + _CHUNK]
        for k, fn in enumerate(engines):
            start = time.perf_counter()
            for t in chunk:
                fn(t)
            spent[k] += time.perf_counter() - start
    return [len(texts) / s for s in spent]


# The peak is read from /proc/self/status (VmHWM, this process's own address space): getrusage's
# ru_maxrss survives exec, and a child started by vfork from this bench inherits the bench's own
# peak (the first redesign's 143-173 MB were the parent's figure, not the detector's).
_FRESH = """
import resource, sys, time

def peak_rss_mb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

start = time.perf_counter()
from handoff.health import detect, language, lexicon
detect("mi madre tiene diabetes")
first = time.perf_counter() - start
language.load(); lexicon.lexicon()
for text in sys.stdin.read().split("\\n"):
    detect(text)
sampled = peak_rss_mb()
# The worst a long-running process reaches: every language's stem memo full (made-up words).
from handoff.health import stemming
for lang in stemming.ALGORITHMS:
    stemming.stem_words(lang, [f"w{n}x{lang}" for n in range(stemming.MEMO_LIMIT)])
print(first, sampled, peak_rss_mb())
"""


_LOAD = """
import time
from handoff.health import lexicon
start = time.perf_counter()
lexicon.lexicon().surface()
print(time.perf_counter() - start)
"""


def lexicon_load_ms() -> float:
    """Milliseconds a new interpreter takes to read the artefact and index its surface keys (the
    stem table of a language is read and indexed when a text is first read in it: 18-54 ms each on
    a loaded two-core machine, Spanish the largest; the time to the first verdict includes one)."""
    out = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, cwd=REPO, check=True)
    return float(out.stdout) * 1000


def fresh_process(texts: list[str]) -> tuple[float, float, float]:
    """(seconds to the first verdict, peak RSS in MB after ``texts``, peak RSS in MB with every stem
    memo full) of a new interpreter that runs every language."""
    out = subprocess.run(
        [sys.executable, "-c", _FRESH], input="\n".join(texts), capture_output=True, text=True, cwd=REPO, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def row_line(name: str, lang: str, n: int, hit: int, health: bool) -> tuple[str, bool]:
    value = hit / n if n else 0.0
    if health:
        target, ok = f">= {RECALL_TARGET:.2f}", value >= RECALL_TARGET
        shown = f"recall {value:.3f}"
    else:
        limit = TARGETS.get(name, FALSE_ALARM_TARGET)
        target, ok = f"<= {limit * 100:.1f}%", value <= limit
        shown = f"false alarms {value * 100:.2f}%"
    return f"| {name} | {lang} | {n} | {shown} ({hit}) | {target} | {'ok' if ok else 'MISS'} |", ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-sample", type=int, default=4000, help="messages timed per engine")
    parser.add_argument("--show-misses", type=int, default=0, help="print K missed health rows per set")
    parser.add_argument("--show-false-alarms", type=int, default=0, help="print K flagged non-health rows per set")
    parser.add_argument("--set", help="only the sets whose name contains this")
    args = parser.parse_args()

    print("| set | language | rows | measure | target | |")
    print("|---|---|---:|---|---|---|")
    cache: dict[str, list[dict]] = {}
    samples: list[str] = []
    shown: list[str] = []
    failing = 0
    for name, file, health, keep in SETS:
        if args.set and args.set not in name:
            continue
        rows = cache.setdefault(file, load(file))
        rows = [r for r in rows if keep is None or keep(r)]
        by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        show = args.show_misses if health else args.show_false_alarms
        examples = 0
        for r in rows:
            v = detect(r["text"])
            counts = by_lang[lang_of(r)]
            counts[0] += 1
            counts[1] += v.flagged
            if v.flagged != health and examples < show:
                shown.append(f"  [{name}] {lang_of(r)}\t{v.score}\t{','.join(v.rules)}\t{r['text']}")
                examples += 1
        total = [sum(c[0] for c in by_lang.values()), sum(c[1] for c in by_lang.values())]
        langs = sorted(by_lang) if len(by_lang) > 1 else []
        for lang, (n, hit) in [("all", total)] + [(lang, by_lang[lang]) for lang in langs]:
            line, ok = row_line(name, lang, n, hit, health)
            failing += not ok
            print(line)
        samples.extend(r["text"] for r in rows[:: max(1, len(rows) // 600)])
    for line in shown:
        print(line)

    if args.speed_sample <= 0 or not samples:
        print()
        print("speed, RSS and time to first verdict: not measured (--speed-sample 0, or no messages)")
        print(f"rows below target: {failing}")
        return 0
    # A mixed-language sample: every set and language, in a fixed interleaved order.
    sample = (samples * (1 + args.speed_sample // max(1, len(samples))))[: args.speed_sample]
    sample = sample[::2] + sample[1::2]
    first, rss, worst = fresh_process(sample)
    print()
    print(f"time to first verdict in a fresh process (import, model and lexicon load): {first * 1000:.0f} ms")
    load_ms = lexicon_load_ms()
    print(f"lexicon artefact load (read, parse, index): {load_ms:.0f} ms  target <= {LOAD_TARGET_MS:.0f} ms"
          f"  {'ok' if load_ms <= LOAD_TARGET_MS else 'MISS'}")
    failing += load_ms > LOAD_TARGET_MS
    for what, mb in ((f"after the {len(sample)} sample messages", rss), ("with every stem memo full", worst)):
        print(f"peak RSS of a process with every language loaded, {what}: {mb:.0f} MB  target <= {RSS_TARGET_MB:.0f} MB"
              f"  {'ok' if mb <= RSS_TARGET_MB else 'MISS'}")
        failing += mb > RSS_TARGET_MB
    try:
        analyzer = presidio_analyzer()
    except Exception as exc:  # the bench still reports our side when Presidio is missing or breaks
        (ours,) = throughputs([detect], sample)
        print(f"speed ours: {ours:,.0f} msgs/s on one core ({len(sample)} mixed-language messages)")
        print(f"speed presidio: not measured ({type(exc).__name__}: {exc})")
        return 0
    # Both engines' loaded heaps (our lexicon, Presidio's recognizers) are moved out of the cyclic
    # collector's reach, as a long-running worker does after warm-up: otherwise a full collection,
    # which walks every loaded object, lands in one engine's chunk or the other's by chance (one
    # 50-80 ms collection moved this ratio between 2.5x and 3.3x on the same code).
    gc.collect()
    gc.freeze()
    ours, theirs = throughputs([detect, lambda t: analyzer.analyze(text=t, language="en")], sample)
    print(f"speed ours: {ours:,.0f} msgs/s on one core ({len(sample)} mixed-language messages,"
          f" timed in chunks of {_CHUNK} alternating with Presidio)")
    ratio = ours / theirs
    print(f"speed presidio (AnalyzerEngine, NoOpNlpEngine, pattern recognizers; both heaps frozen out of the collector after loading): {theirs:,.0f} msgs/s")
    print(f"speed ratio ours/presidio: {ratio:.1f}x  target >= {SPEED_RATIO_TARGET:.0f}x"
          f"  {'ok' if ratio >= SPEED_RATIO_TARGET else 'MISS'}")
    failing += ratio < SPEED_RATIO_TARGET
    print(f"rows below target: {failing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

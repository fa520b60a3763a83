"""Throughput of `recover(text).to_dict()` on the dev bench (or any folder).

    python benchmarks/throughput.py [FOLDER] [--repeat N] [--worst]

Prints MB/s on one core for the recover engine and for the citation and
date extractors together, each with the ratio to a baseline pass over the same texts
in the same process: splitting every text into lines and hashing each line,
about the least any line-based cleaner must do. The ratio cancels out most of
the machine's speed; the MB/s is for comparison with the target.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "bench" / "dev" / "noisy"


def baseline(texts: list[str]) -> None:
    for t in texts:
        for line in t.splitlines():
            hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest()


def run_recover(texts: list[str]) -> None:
    from temize import recover
    for t in texts:
        recover(t).to_dict()


def run_extractors(texts: list[str]) -> None:
    from temize import extract_citations, extract_dates
    for t in texts:
        extract_dates(t, "tr", citations=extract_citations(t))


def best_of(fn, texts, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--worst", action="store_true", help="also time the texts with their line breaks or spaces gone")
    a = ap.parse_args(argv)
    files = sorted(Path(a.folder).glob("*.txt"))
    if not files:
        print(f"no .txt files in {a.folder}", file=sys.stderr)
        return 2
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    # warm-up: imports, and each lexicon and language model a text loads on first use
    run_recover(texts)
    t_base = best_of(baseline, texts, a.repeat)
    t_rec = best_of(run_recover, texts, a.repeat)
    run_extractors(texts[:2])
    t_ext = best_of(run_extractors, texts, a.repeat)
    mb = size / 1e6
    print(f"texts: {len(texts)} files, {mb:.2f} MB")
    print(f"baseline (split lines + hash): {mb / t_base:8.1f} MB/s")
    print(f"recover(text).to_dict():       {mb / t_rec:8.2f} MB/s per core  ({1000 * t_rec / len(texts):.1f} ms per document)")
    print(f"ratio recover / baseline time: {t_rec / t_base:.0f}x")
    print(f"citations + dates extractors:  {mb / t_ext:8.2f} MB/s per core  (ratio to baseline {t_ext / t_base:.0f}x)")
    if a.worst:
        # the same texts as an extractor at its worst might leave them: every
        # line break gone, or every space; a pass that reads a whole line or
        # token at each place it looks at shows here as a collapse
        # and as one long document: all the texts as its pages, all of them
        # on one line, one short line ("Ibid.") or a number as often as the
        # texts have lines; a pass that is quadratic in a document's length
        # (its pages, its headers, a line's copies, a run of short lines)
        # shows here
        every = "\f".join(texts)
        cases = [("one line", [" ".join(t.split()) for t in texts]),
                 ("no spaces", ["".join(t.split()) for t in texts]),
                 ("all as one document", [every]),
                 ("all on one line", [" ".join(every.split())]),
                 ("one line repeated", ["Ibid.\n" * every.count("\n")]),
                 ("a number a line", ["\n".join(map(str, range(1, every.count("\n") + 1)))])]
        for name, worst in cases:
            t_w = best_of(run_recover, worst, 2)  # (the first may load another language's lexicon)
            print(f"recover, {name + ':':22} {sum(len(t.encode()) for t in worst) / 1e6 / t_w:8.2f} MB/s per core")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""ssot-audit against run-clang-tidy: the same checks, the same units, the
same number of parallel jobs, on the generated corpus.

    python3 bench/audit.py --build build --size 100 --jobs 2 --reps 3

Both variants read the corpus's .clang-tidy (Checks: -*,ssot-*, the
designated utilities); run-clang-tidy runs build/bin/ssot-tidy once per unit,
ssot-audit parses every unit once on --jobs threads of one process. Each
repetition runs both, in an order rotated from one repetition to the next.
Printed: median wall time, CPU time and peak resident memory (ru_maxrss from
wait4: for run-clang-tidy the largest single process, with up to --jobs of
them alive at once; for ssot-audit its one process), the findings each
reported, and the wall-time ratio audit / run-clang-tidy (target <= 1.0).
Standard library only; uses bench/gen_corpus.py and bench/run.py's
measurement.
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from run import count_warnings, run_measured  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--size", type=int, default=100, help="generated files")
    ap.add_argument("--functions", type=int, default=20)
    ap.add_argument("--designated", type=int, default=100, help="utilities designated")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--run-clang-tidy", default="run-clang-tidy-22")
    ap.add_argument("--work", help="scratch folder (default: a temporary one)")
    a = ap.parse_args()
    a.build = os.path.abspath(a.build)

    work = a.work or tempfile.mkdtemp(prefix="ssot-audit-bench-")
    os.makedirs(work, exist_ok=True)
    corpus = os.path.join(work, "corpus")
    if os.path.isdir(corpus):
        shutil.rmtree(corpus)
    subprocess_args = [sys.executable, os.path.join(HERE, "gen_corpus.py"), corpus,
                       "--files", str(a.size), "--functions", str(a.functions),
                       "--ssot-include", os.path.join(ROOT, "include")]
    wall, _, _, status = run_measured(subprocess_args, work, os.devnull, os.devnull)
    if status:
        sys.exit("gen_corpus.py failed")
    with open(os.path.join(corpus, "utilities.txt")) as f:
        utilities = [line.strip() for line in f if line.strip()][:a.designated]
    with open(os.path.join(corpus, ".clang-tidy"), "w") as f:
        f.write("Checks: '-*,ssot-*'\nCheckOptions:\n")
        f.write("  ssot-reimplemented-utility.Utilities: %s\n" % json.dumps(";".join(utilities)))
    with open(os.path.join(corpus, "compile_commands.json")) as f:
        units = len(json.load(f))

    ssot_tidy = os.path.join(a.build, "bin", "ssot-tidy")
    audit = os.path.join(a.build, "bin", "ssot-audit")
    variants = {
        "run-clang-tidy": [a.run_clang_tidy, "-j", str(a.jobs), "-clang-tidy-binary", ssot_tidy,
                           "-checks=-*,ssot-*", "-header-filter=.*", "-p", corpus, "-quiet"],
        "ssot-audit": [audit, "-p", corpus, "-j%d" % a.jobs, "--quiet",
                       "--json", os.path.join(work, "audit.json")],
    }
    samples = {name: [] for name in variants}
    order = list(variants)
    for rep in range(a.reps):
        for name in order[rep % len(order):] + order[:rep % len(order)]:
            out = os.path.join(work, "%s.%d.out" % (name, rep))
            wall, cpu, rss, status = run_measured(variants[name], corpus, out, out + ".err")
            with open(out, errors="replace") as f:
                text = f.read()
            if name == "ssot-audit":
                with open(os.path.join(work, "audit.json")) as f:
                    counts = json.load(f)["counts"]
                findings = "%d (one per place)" % counts["findings"]
            else:
                findings = "%d distinct warning lines" % count_warnings(text)
            samples[name].append({"wall": wall, "cpu": cpu, "rss": rss, "status": status,
                                  "findings": findings})
            print("rep %d %-15s wall %7.2fs cpu %7.2fs peak %7.1f MiB exit %d, %s"
                  % (rep + 1, name, wall, cpu, rss / 1024.0, status, findings), flush=True)

    def med(name, key):
        return statistics.median(s[key] for s in samples[name])

    print("\n%d units, -j%d, %d repetitions (medians)" % (units, a.jobs, a.reps))
    print("| variant | wall s | cpu s | peak RSS MiB | findings |")
    print("|---|---|---|---|---|")
    for name in variants:
        print("| %s | %.2f | %.2f | %.1f | %s |" % (name, med(name, "wall"), med(name, "cpu"),
                                                 med(name, "rss") / 1024.0,
                                                 samples[name][-1]["findings"]))
    ratios = [s["wall"] / r["wall"] for s, r in zip(samples["ssot-audit"], samples["run-clang-tidy"])]
    ratio = statistics.median(ratios)
    print("\nwall-time ratio ssot-audit / run-clang-tidy: %.2f (per repetition: %s); target <= 1.0: %s"
          % (ratio, ", ".join("%.2f" % r for r in ratios), "PASS" if ratio <= 1.0 else "MISS"))
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

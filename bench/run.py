#!/usr/bin/env python3
"""ssot-tidy benchmarks: what the checks cost next to the parse and next to
the alternatives, measured in one run on the same files.

    python3 bench/run.py --build build --corpus generated --size 100 --reps 5
    python3 bench/run.py --build build --corpus /path/to/tree --reps 3

--corpus generated writes a corpus with bench/gen_corpus.py (--size files of
--functions functions each); any other value is a source tree whose
compile_commands.json (in the tree, in its build/, or named with
--compile-commands) lists the translation units to measure.

Every repetition runs every variant once, in an order rotated from one
repetition to the next, so drift in machine load hits all variants alike. The
table shows medians over the repetitions: wall time, CPU time (user+system of
the process and its children, from wait4), peak resident memory (ru_maxrss),
CPU and memory as ratios to the parse alone, the checks' own time from
clang-tidy's --enable-check-profile where that variant profiles, and the
number of warnings each variant reported (a variant that finds nothing in a
corpus full of findings is measuring the wrong thing). Then the targets of
issue #6 with PASS or MISS and the numbers behind the verdict. See
docs/performance.md for what each number means.

Standard library only.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "test", "tools"))
import gen_corpus  # noqa: E402

SSOT_CHECKS = ["ssot-env-access", "ssot-factory-construction",
               "ssot-reimplemented-utility"]
SSOT_CHECKS += ["ssot-relative-include"]  # sees only directives: its own target below
# A check that registers no matchers for C and C++ (it is Objective-C only):
# clang-tidy refuses to run with no check at all, and this is the nearest
# thing, the tool's own parse and start-up with nothing to match.
NO_OP_CHECK = "objc-dealloc-in-category"
# A stock check with a single matcher on a rare node kind (namespaceDecl):
# what clang-tidy's match finder costs before any check matches anything.
WALK_CHECK = "llvm-namespace-comment"


# --- the translation units --------------------------------------------------

class Unit:
    def __init__(self, directory, file, flags):
        self.directory = directory
        self.file = file
        self.flags = flags  # compiler arguments without the compiler, -c, -o and the file


def parse_compile_commands(path, limit=None):
    with open(path) as f:
        entries = json.load(f)
    units, seen = [], set()
    for e in entries:
        directory = e["directory"]
        args = e["arguments"] if "arguments" in e else shlex.split(e["command"])
        file = os.path.normpath(os.path.join(directory, e["file"]))
        if file in seen or not re.search(r"\.(c|cc|cpp|cxx|c\+\+)$", file):
            continue
        seen.add(file)
        flags, skip = [], False
        for a in args[1:]:
            if skip:
                skip = False
                continue
            if a in ("-c", "-S", "-E"):
                continue
            if a in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if a.startswith("-o") or a in ("-MD", "-MMD") or a.startswith("-MF"):
                continue
            if os.path.normpath(os.path.join(directory, a)) == file or a == e["file"]:
                continue
            flags.append(a)
        units.append(Unit(directory, file, flags))
        if limit and len(units) >= limit:
            break
    return units


def groups_of(units):
    """Units that share directory and flags are parsed by one process, as a
    build would batch them; both clang and clang-tidy take many files."""
    groups = {}
    for u in units:
        groups.setdefault((u.directory, tuple(u.flags)), []).append(u.file)
    return [(d, list(fl), files) for (d, fl), files in groups.items()]


# --- running one process and measuring it -------------------------------------

def run_measured(argv, cwd, stdout_path, stderr_path, env=None):
    """Runs argv and returns (wall seconds, cpu seconds, peak RSS in KiB,
    exit status). CPU and peak memory come from wait4, so they cover the
    process and the children it waited for."""
    with open(stdout_path, "ab") as out, open(stderr_path, "ab") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode


_PROFILE_COLUMNS = {"User Time": "user", "System Time": "sys",
                    "User+System": "cpu", "Wall Time": "wall"}


def parse_check_profile(text):
    """Sums clang-tidy's --enable-check-profile tables (one per translation
    unit) into {check: cpu seconds}. The table prints only the columns whose
    total is non-zero, so the header says which numbers a row has."""
    totals, columns = {}, None
    for line in text.splitlines():
        if "--- Name ---" in line:
            columns = [_PROFILE_COLUMNS.get(c.strip("- "))
                       for c in re.findall(r"-+[A-Za-z+ ]+?-+(?=\s|$)", line)]
            columns = [c for c in columns if c]
            continue
        if columns is None:
            continue
        nums = re.findall(r"([\d.]+) \(\s*[\d.]+%\)", line)
        name = line.strip().split()[-1] if line.strip() else ""
        if len(nums) != len(columns) or not name or name == "Total":
            continue
        row = dict(zip(columns, (float(n) for n in nums)))
        cpu = row.get("cpu", row.get("user", 0.0) + row.get("sys", 0.0))
        totals[name] = totals.get(name, 0.0) + cpu
    return totals


WARNING_RE = re.compile(r": warning: .*\[([A-Za-z0-9_.,-]+)\]$")


def count_warnings(text):
    """Distinct check warnings in a tool's output; compiler warnings
    ([-Wfoo]) are not the checks' and are left out."""
    seen = set()
    for line in text.splitlines():
        m = WARNING_RE.search(line)
        if m and not m.group(1).startswith("-W"):
            seen.add(line)
    return len(seen)


# --- the variants --------------------------------------------------------------

class Variant:
    """One way of processing the corpus. argv(directory, flags, files) gives
    the command for one group of units; profile says whether the command
    prints clang-tidy's per-check profile."""

    def __init__(self, name, argv, profile=False, what=""):
        self.name = name
        self.argv = argv
        self.profile = profile
        self.what = what


def tidy_config(path, checks, options, custom=None):
    lines = ["Checks: '%s'" % checks, "CheckOptions:"]
    for k, v in sorted(options.items()):
        lines.append("  %s: %s" % (k, json.dumps(v)))
    if not options:
        lines[-1] = "CheckOptions: {}"
    if custom:
        lines.append(custom)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def env_functions():
    """The functions ssot-env-access flags, read from its source so that the
    alternatives are configured for exactly the same set."""
    with open(os.path.join(ROOT, "checks", "EnvAccessCheck.cpp")) as f:
        src = f.read()
    m = re.search(r"EnvFunctions\[\]\s*=\s*\{(.*?)\};", src, re.S)
    names = re.findall(r'"(::[A-Za-z_:0-9]+)"', m.group(1)) if m else []
    if not names:
        sys.exit("bench: cannot read the function list from checks/EnvAccessCheck.cpp")
    return names


def custom_query_yaml(functions):
    quoted = ", ".join('"%s"' % n for n in functions)
    return """CustomChecks:
  - Name: env-read
    Query: |
      match declRefExpr(to(namedDecl(anyOf(functionDecl(hasAnyName(%s)), varDecl(hasAnyName("::environ", "::__environ", "::_environ", "::_wenviron"), hasGlobalStorage()))))).bind("ref")
    Diagnostic:
      - BindName: ref
        Message: direct environment access
        Level: Warning""" % quoted


def record_fingerprints(a, work, tools, corpus, utilities):
    """--layout split: the units see only the utilities' declarations, so
    the check compares their functions with fingerprints recorded from
    src/core/util.cpp, as a project would record them once in CI. One
    directory per designated count, since a record designates its utility.
    Recording is set-up, not measured."""
    dirs = {}
    source = os.path.join(corpus, "src", "core", "util.cpp")
    for n in sorted(set(a.utility_counts + [a.designated])):
        directory = os.path.join(work, "fingerprints-%d" % n)
        if os.path.isdir(directory):
            shutil.rmtree(directory)
        config = tidy_config(os.path.join(work, "record-%d.yaml" % n),
                             "-*,ssot-reimplemented-utility", {
                                 "ssot-reimplemented-utility.Utilities":
                                     ";".join(utilities[:n]),
                                 "ssot-reimplemented-utility.RecordFingerprints": "true",
                                 "ssot-reimplemented-utility.FingerprintDirectory": directory})
        done = subprocess.run([tools["clang-tidy"], "--load", tools["plugin"],
                               "--config-file=" + config, "-p", corpus, "--quiet", source],
                              cwd=corpus, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True)
        recorded = (len([f for f in os.listdir(directory) if f.endswith(".fp")])
                    if os.path.isdir(directory) else 0)
        if done.returncode != 0 or recorded < n:
            sys.exit("bench: recording %d fingerprints from %s gave %d (exit %d):\n%s"
                     % (n, source, recorded, done.returncode, done.stdout[-2000:]))
        dirs[n] = directory
    build_record_indexes(tools, corpus, dirs)
    return dirs


def build_record_indexes(tools, corpus, dirs):
    """A project's units read the records through the directory's index,
    which the first unit to read a directory left alone for two seconds
    writes (lib/analysis/RecordIndex.h). Here that first read is set-up: one
    run per directory after the wait, so every measured run reads through
    the index, as all but one of a project's units would."""
    time.sleep(2.5)
    unit = os.path.join(corpus, "src", "mod_0000.cpp")
    for n, directory in sorted(dirs.items()):
        config = tidy_config(os.path.join(os.path.dirname(directory), "index-%d.yaml" % n),
                             "-*,ssot-reimplemented-utility", {
                                 "ssot-reimplemented-utility.FingerprintDirectory": directory})
        subprocess.run([tools["clang-tidy"], "--load", tools["plugin"],
                        "--config-file=" + config, "-p", corpus, "--quiet", unit],
                       cwd=corpus, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        index = os.path.join(directory, ".index", "records.fpx")
        if not os.path.isfile(index):
            sys.exit("bench: no record index was written in %s" % directory)


def build_variants(a, work, tools, utilities):
    clang, clang_tidy = tools["clang"], tools["clang-tidy"]
    plugin = tools["plugin"]
    variants, skipped = [], []
    opts = dict(a.options)
    util_list = utilities[:a.designated] if utilities else []
    if util_list:
        opts["ssot-reimplemented-utility.Utilities"] = ";".join(util_list)
    fingerprints = "ssot-reimplemented-utility.FingerprintDirectory"
    if a.designated in a.fingerprint_dirs:
        opts[fingerprints] = a.fingerprint_dirs[a.designated]

    def cfg(name, checks, options=None, custom=None):
        return tidy_config(os.path.join(work, name + ".yaml"), checks,
                           opts if options is None else options, custom)

    def tidy(binary, config, extra=()):
        def argv(d, flags, files):
            return ([binary] + list(extra) + ["--config-file=" + config,
                    "-p", a.compile_commands_dir, "--quiet"] + files)
        return argv

    # The floor: the compiler's own parse and semantic analysis.
    variants.append(Variant("parse", lambda d, fl, files:
                            [clang, "-fsyntax-only"] + fl + files,
                            what="clang -fsyntax-only"))
    # The same compile with the checks run inside it by the compiler plugin,
    # given the same configuration as the clang-tidy runs.
    all_cfg = cfg("ssot", "-*,ssot-*")
    if os.path.isfile(tools["compiler-plugin"]):
        with open(all_cfg) as f:
            plugin_args = ["-fplugin-arg-SSOTCompilerPlugin-config=" + f.read()]
        variants.append(Variant(
            "parse+ssot-plugin", lambda d, fl, files:
            [clang, "-fsyntax-only", "-fplugin=" + tools["compiler-plugin"]]
            + plugin_args + fl + files,
            what="clang -fsyntax-only -fplugin=SSOTCompilerPlugin.so"))
    else:
        skipped.append("skipped: %s not built (parse+ssot-plugin)" % tools["compiler-plugin"])

    variants.append(Variant("tidy-no-checks", tidy(clang_tidy, cfg("none", "-*," + NO_OP_CHECK, {})),
                            what="clang-tidy, no check active for C/C++"))
    # The floor of any matcher-based check: a stock check with one matcher
    # on a node kind the code hardly has (namespaces) still makes clang-tidy
    # walk every declaration and statement outside the system headers.
    variants.append(Variant("tidy:walk-floor", tidy(clang_tidy, cfg("walk-floor", "-*," + WALK_CHECK, {})),
                            what="clang-tidy, one stock check with one namespaceDecl matcher"))
    variants.append(Variant("tidy-ssot", tidy(clang_tidy, all_cfg, ["--load", plugin]),
                            what="clang-tidy --load libSSOTTidy.so, all ssot checks"))
    if os.path.isfile(tools["ssot-tidy"]):
        variants.append(Variant("ssot-tidy", tidy(tools["ssot-tidy"], all_cfg),
                                what="ssot-tidy, all ssot checks"))
    else:
        skipped.append("skipped: %s not built (ssot-tidy)" % tools["ssot-tidy"])
    if not a.instructions:
        # Under callgrind the profiler's clock reads would be counted too;
        # there the single checks' exact counts answer the same question.
        variants.append(Variant("prof:ssot-all", tidy(clang_tidy, all_cfg,
                                                      ["--load", plugin, "--enable-check-profile"]),
                                profile=True, what="all ssot checks, profiled"))
    # Single checks run unprofiled: the profiler's timers cost more for a
    # check with more matchers, so profiled times of different checks are not
    # comparable. What a check adds is its run minus tidy-no-checks.
    # The floor of a variant that loads the plugin: clang-tidy --load with no
    # check active, so that loading the library (relocations, registering
    # the module) is not counted as what one check adds.
    if a.instructions:
        variants.append(Variant("tidy-plugin-no-checks",
                                tidy(clang_tidy, cfg("none", "-*," + NO_OP_CHECK, {}), ["--load", plugin]),
                                what="clang-tidy --load libSSOTTidy.so, no check active for C/C++"))
    # ssot-tidy links clang-tidy's core itself and so skips the AST walk when
    # no enabled check registered a matcher (lib/hosts/MatcherlessFinder.cpp);
    # the pair measures ssot-relative-include in the same binary, no plugin.
    if a.instructions and os.path.isfile(tools["ssot-tidy"]):
        variants.append(Variant("ssot-tidy-no-checks",
                                tidy(tools["ssot-tidy"], cfg("none", "-*," + NO_OP_CHECK, {})),
                                what="ssot-tidy, no check active for C/C++"))
        variants.append(Variant("ssot-tidy:ssot-relative-include",
                                tidy(tools["ssot-tidy"], cfg("ssot-relative-include",
                                                             "-*,ssot-relative-include")),
                                what="ssot-relative-include alone in ssot-tidy"))
    for check in SSOT_CHECKS:
        if check == "ssot-reimplemented-utility":
            continue  # measured below with 1, 100 and 1000 designated utilities
        variants.append(Variant("tidy:" + check, tidy(clang_tidy, cfg(check, "-*," + check),
                                                      ["--load", plugin]),
                                what=check + " alone"))
    if not utilities:
        skipped.append("skipped: designated-utility scaling (needs the generated corpus)")
    for n in a.utility_counts if utilities else []:
        o = dict(opts)
        o["ssot-reimplemented-utility.Utilities"] = ";".join(utilities[:n])
        if n in a.fingerprint_dirs:
            o[fingerprints] = a.fingerprint_dirs[n]
        if a.instructions:
            # Instruction counts need no profiler: the run minus
            # tidy-no-checks is the check's cost, and it is exact.
            variants.append(Variant(
                "tidy:utilities-%d" % n,
                tidy(clang_tidy, cfg("utilities-%d" % n, "-*,ssot-reimplemented-utility", o),
                     ["--load", plugin]),
                what="ssot-reimplemented-utility, %d designated" % n))
            continue
        variants.append(Variant(
            "prof:utilities-%d" % n,
            tidy(clang_tidy, cfg("utilities-%d" % n, "-*,ssot-reimplemented-utility", o),
                 ["--load", plugin, "--enable-check-profile"]),
            profile=True, what="ssot-reimplemented-utility, %d designated, profiled" % n))

    # ssot-bridge-bypass checks nothing until components are configured. On
    # the generated corpus, src/ and include/core/ are two components and
    # core is reached through its factory and load() (its utilities are
    # internal, so the units' many references to them are all decided); on
    # a real tree pass them with --option ssot-bridge-bypass.Components=...
    bridge = dict(opts)
    if utilities and "ssot-bridge-bypass.Components" not in bridge:
        root = a.compile_commands_dir
        bridge.update({
            "ssot-bridge-bypass.Components": "app=%s;core=%s" % (
                os.path.join(root, "src"), os.path.join(root, "include", "core")),
            "ssot-bridge-bypass.Bridges": "core=::core::EngineFactory,::core::load",
            "ssot-bridge-bypass.BridgeHeaders": "core=core/engine.h"})
    if "ssot-bridge-bypass.Components" in bridge:
        variants.append(Variant(
            "tidy:bridge-bypass",
            tidy(clang_tidy, cfg("bridge-bypass", "-*,ssot-bridge-bypass", bridge),
                 ["--load", plugin]),
            what="ssot-bridge-bypass alone, with components"))
    else:
        skipped.append("skipped: tidy:bridge-bypass (no --option "
                       "ssot-bridge-bypass.Components=... for this tree)")

    functions = env_functions()
    regex = "^(%s)$" % "|".join(sorted({n.split("::")[-1] for n in functions}))
    variants.append(Variant(
        "tidy:bugprone-unsafe-functions",
        tidy(clang_tidy, cfg("unsafe", "-*,bugprone-unsafe-functions", {
            "bugprone-unsafe-functions.ReportDefaultFunctions": "false",
            "bugprone-unsafe-functions.CustomFunctions":
                regex + ",,>is direct environment access"})),
        what="bugprone-unsafe-functions, CustomFunctions = the env functions"))
    variants.append(Variant(
        "tidy:custom-env-read",
        tidy(clang_tidy, cfg("custom", "-*,custom-env-read", {}, custom_query_yaml(functions)),
             ["--experimental-custom-checks"]),
        what="query-based CustomChecks for the env functions and variables"))
    if a.variants:
        keep = re.compile(a.variants)
        # The two baselines every ratio is taken against always run.
        # tidy-plugin-no-checks is the floor of the relative-include target.
        relinc = keep.search("tidy:ssot-relative-include")
        variants = [v for v in variants
                    if v.name in ("parse", "tidy-no-checks") or keep.search(v.name)
                    or (v.name in ("tidy-plugin-no-checks", "ssot-tidy-no-checks",
                                   "ssot-tidy:ssot-relative-include") and relinc)]
    return variants, skipped


# --- clangd ------------------------------------------------------------------------

def prepare_clangd_root(a, work, corpus, probe):
    """The folder the servers are started in. clangd reads its clang-tidy
    configuration from .clang-tidy files: for the generated corpus both
    servers get the same one, with the ssot checks enabled, and a .clangd that
    lets clangd run checks that are not in its table of fast ones (stock
    clangd has no ssot checks, so for it this changes nothing)."""
    if a.corpus != "generated":
        return os.path.dirname(probe)
    shutil.copy(os.path.join(work, "ssot.yaml"), os.path.join(corpus, ".clang-tidy"))
    with open(os.path.join(corpus, ".clangd"), "w") as f:
        f.write("Diagnostics:\n  ClangTidy:\n    FastCheckFilter: Loose\n")
    return corpus


def process_cpu(pid):
    """CPU seconds (user+system, all threads) the process has used so far."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def clangd_time(argv, root, path, timeout):
    """Seconds from didOpen to the first diagnostics of path, wall and CPU of
    the server (all its threads) in that interval, the number of
    diagnostics, and the server's peak RSS (KiB) at that moment."""
    from lsp_client import LspClient
    client = LspClient(argv, root_dir=root)
    try:
        client.initialize(timeout=timeout)
        cpu0 = process_cpu(client.proc.pid)
        start = time.perf_counter()
        client.open(path)
        diags = client.wait_diagnostics(path, timeout=timeout)
        elapsed = time.perf_counter() - start
        cpu = process_cpu(client.proc.pid) - cpu0
        rss = 0
        try:
            with open("/proc/%d/status" % client.proc.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        rss = int(line.split()[1])
        except OSError:
            pass
        return elapsed, cpu, rss, len(diags)
    finally:
        client.shutdown()


# --- instruction counts ------------------------------------------------------------
#
# The targets ask about differences of 2 to 5%, the size of the load noise on
# a shared machine. Instruction counts do not depend on load: callgrind counts
# every instruction the process executes, the same from one run to the next
# up to a fraction of a percent. --instructions measures each variant that way
# (slowly: about 50 times the run time) instead of timing it.

COLLECTED_RE = re.compile(r"Collected : (\d+)")


def callgrind(argv, log):
    return ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
            "--log-file=" + log] + argv


def read_collected(log):
    """Instructions callgrind counted, from its log (0 when it wrote none,
    e.g. because the process was killed)."""
    try:
        with open(log) as f:
            return sum(int(n) for n in COLLECTED_RE.findall(f.read()))
    except OSError:
        return 0


def count_instructions(argv, cwd, log, out_path):
    """Runs argv under callgrind; returns (instructions, exit status, output)."""
    with open(out_path, "wb") as out:
        status = subprocess.run(callgrind(argv, log), cwd=cwd, stdout=out,
                                stderr=subprocess.STDOUT).returncode
    with open(out_path, errors="replace") as f:
        return read_collected(log), status, f.read()


def clangd_instructions(argv, root, path, log, timeout):
    """Instructions of a whole clangd session under callgrind: start,
    initialize, open path, wait for its diagnostics, shut down. Start-up and
    shutdown are the same work for both servers; the difference is the file's
    preamble, AST and checks. Returns (instructions, diagnostics)."""
    from lsp_client import LspClient
    client = LspClient(callgrind(argv, log), root_dir=root)
    try:
        client.initialize(timeout=timeout)
        client.open(path)
        diags = client.wait_diagnostics(path, timeout=timeout)
    finally:
        client.shutdown(timeout=timeout)
    return read_collected(log), len(diags)


# The same clang-tidy run differs by up to ~1% of the parse from one heap
# layout to another: Sema's hash tables are keyed by pointers, so where the
# allocator puts declarations changes how often their lookups collide (seen
# with callgrind: DeclContext::lookupImpl, same number of calls, 6.6M vs
# 12.8M instructions). A few hundred bytes more or less allocated before the
# parse moves everything after it. --layouts N runs every clang-tidy variant
# in N layouts, each with an unused option of a different length in its
# configuration, and counts the median, so that a difference of a few tenths
# of a percent is the variant's and not its layout's.
LAYOUT_PADDING = 1000  # bytes added per layout


def with_layout(argv, layout):
    """argv with its --config-file= replaced by a copy that carries an unused
    option LAYOUT_PADDING * layout bytes long (layout 0: argv unchanged)."""
    if layout == 0:
        return argv
    out = []
    for arg in argv:
        if arg.startswith("--config-file="):
            path = arg[len("--config-file="):]
            with open(path) as f:
                lines = f.read().split("\n")
            padded = "%s.layout%d.yaml" % (path[:-len(".yaml")], layout)
            option = '  bench-layout.Padding: "%s"' % ("x" * (LAYOUT_PADDING * layout))
            for i, line in enumerate(lines):
                if line.startswith("CheckOptions:"):
                    lines[i:i + 1] = ["CheckOptions:", option]
                    break
            with open(padded, "w") as f:
                f.write("\n".join(lines))
            arg = "--config-file=" + padded
        out.append(arg)
    return out


def run_instructions(a, variants, groups, units, tools, work, logs, corpus):
    """--instructions: every variant once under callgrind (with --layouts N,
    every clang-tidy variant N times), a.jobs at a time (counts do not
    depend on the load, so they may run side by side)."""
    import concurrent.futures
    if not shutil.which("valgrind"):
        sys.exit("bench: --instructions needs valgrind (apt-get install valgrind)")
    jobs = []
    for v in variants:
        layouts = a.layouts if v.name.startswith(("tidy", "ssot-tidy")) else 1
        for k in range(layouts):
            for i, (d, fl, files) in enumerate(groups):
                stem = os.path.join(logs, "%s.g%d%s" % (v.name.replace(":", "_"), i,
                                                         ".l%d" % k if k else ""))
                jobs.append((v, k, d, with_layout(v.argv(d, fl, files), k), stem))
    per_layout = {}
    warnings = {v.name: 0 for v in variants}
    failures = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        futures = {pool.submit(count_instructions, argv, d, stem + ".callgrind",
                               stem + ".out"): (v, k, stem)
                   for v, k, d, argv, stem in jobs}
        for fut in concurrent.futures.as_completed(futures):
            v, k, stem = futures[fut]
            n, status, text = fut.result()
            per_layout.setdefault(v.name, {}).setdefault(k, 0)
            per_layout[v.name][k] += n
            if k == 0:
                warnings[v.name] += count_warnings(text)
            if status != 0 or n == 0:
                failures[v.name] = "exit status %d, see %s.out" % (status, stem)
    counts = {v.name: int(statistics.median(per_layout.get(v.name, {0: 0}).values()))
              for v in variants}
    if a.layouts > 1:
        print("layouts: %d per clang-tidy variant; counts are medians (spread: min..max in M)"
              % a.layouts)
        for v in variants:
            ns = sorted(per_layout.get(v.name, {}).values())
            if len(ns) > 1:
                print("  %-32s %s" % (v.name, " ".join("%.1f" % (n / 1e6) for n in ns)))
    print("%-34s %14s %9s %12s %8s" % ("variant", "instructions", "/parse",
                                      "added_M", "warnings"))
    base = counts["parse"] or 1
    summary = {}
    for v in variants:
        # What a variant adds: the compile against the parse alone, a
        # clang-tidy run against clang-tidy with nothing to match.
        ref = ("parse" if v.name.startswith("parse") else
               "ssot-tidy-no-checks" if v.name.startswith("ssot-tidy:") else "tidy-no-checks")
        add = (counts[v.name] - counts.get(ref, 0)
               if v.name not in ("parse", "tidy-no-checks", "tidy-plugin-no-checks",
                                 "ssot-tidy-no-checks") else 0)
        summary[v.name] = {"instructions": counts[v.name], "added": add,
                           "warnings": warnings[v.name], "what": v.what}
        print("%-34s %14d %9.4f %12s %8d%s" % (
            v.name, counts[v.name], counts[v.name] / base,
            "%+.1f" % (add / 1e6) if add else "-", warnings[v.name],
            "  FAILED: " + failures[v.name] if v.name in failures else ""))

    clangd = {}
    if not a.no_clangd and os.path.isfile(tools["ssot-clangd"]):
        print()
        probe = units[0].file
        root = prepare_clangd_root(a, work, corpus, probe)
        args = ["--compile-commands-dir=" + a.compile_commands_dir,
                "--background-index=false", "--log=error"]
        servers = [("clangd", [tools["clangd"]] + args),
                   ("ssot-clangd", [tools["ssot-clangd"]] + args),
                   ("ssot-clangd --clang-tidy=false",
                    [tools["ssot-clangd"], "--clang-tidy=false"] + args)]

        def session(item):
            name, argv = item
            log = os.path.join(logs, name.replace(" ", "_").replace("=", "_") + ".callgrind")
            try:
                return name, clangd_instructions(argv, root, probe, log, 1200), None
            except Exception as e:  # one server failing is a finding, not a crash
                return name, (read_collected(log), 0), str(e)

        with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
            results = list(pool.map(session, servers))
        print("%-34s %14s %12s" % ("server session (%s)" % os.path.basename(probe),
                                   "instructions", "diagnostics"))
        for name, (n, nd), err in results:
            clangd[name] = {"instructions": n, "diagnostics": nd}
            if err or n == 0:
                failures[name] = err or "no instruction count"
            print("%-34s %14d %12d%s" % (name, n, nd,
                                         "  FAILED: " + failures[name] if name in failures else ""))

    print()
    print("targets (instruction counts of %s):"
          % ("one run each" if a.layouts <= 1 else "medians over %d layouts" % a.layouts))
    targets = {}

    def target(name, ok, text, inputs):
        record_target(targets, failures, name, ok, text, inputs)

    def pct(x):
        return "%+.2f%%" % (100.0 * x)

    if "parse+ssot-plugin" in counts:
        t = counts["parse+ssot-plugin"] / base - 1
        target("all-ssot-time", t <= 0.03,
               "compile with the plugin adds %s instructions to the parse alone (limit 3%%)" % pct(t),
               ["parse", "parse+ssot-plugin"])
    elif "tidy-ssot" in counts:
        t = summary["tidy-ssot"]["added"] / base
        target("all-ssot-time", t <= 0.03,
               "(tidy-ssot - tidy-no-checks) / parse = %s instructions (limit 3%%)" % pct(t),
               ["parse", "tidy-ssot", "tidy-no-checks"])
    if "tidy:walk-floor" in summary:
        w = summary["tidy:walk-floor"]["added"]
        print("  %-28s info  one stock matcher on a rare node kind (%s) adds %s of the parse: "
              "the match finder's walk, which every matcher-based check pays"
              % ("walk-floor", WALK_CHECK, pct(w / base)))
        targets["walk-floor"] = {"verdict": "INFO", "detail": w / base}
    if "ssot-tidy:ssot-relative-include" in summary and "ssot-tidy-no-checks" in counts:
        # The check alone: the same binary with and without it, no plugin to
        # load, no AST walk (ssot-tidy skips it when no check has a matcher).
        own = summary["ssot-tidy:ssot-relative-include"]["added"] / base
        target("relative-include-time", own <= 0.005,
               "(ssot-tidy:ssot-relative-include - ssot-tidy-no-checks) / parse = %s "
               "instructions (limit 0.5%%)" % pct(own),
               ["parse", "ssot-tidy:ssot-relative-include", "ssot-tidy-no-checks"])
        if "tidy:ssot-relative-include" in summary:
            r = summary["tidy:ssot-relative-include"]["added"] / base
            f = ((counts["tidy:ssot-relative-include"] - counts["tidy-plugin-no-checks"]) / base
                 if "tidy-plugin-no-checks" in counts else float("nan"))
            print("  %-28s info  clang-tidy --load (stock clang-tidy walks the AST for any "
                  "enabled check): %s against tidy-plugin-no-checks, %s against tidy-no-checks"
                  % ("relative-include-load", pct(f), pct(r)))
    elif "tidy:ssot-relative-include" in summary:
        r = summary["tidy:ssot-relative-include"]["added"] / base
        if "tidy-plugin-no-checks" in counts:
            # Against clang-tidy with the same library loaded: what the check
            # adds, without the cost of loading a plugin (ssot-tidy has none).
            f = (counts["tidy:ssot-relative-include"] - counts["tidy-plugin-no-checks"]) / base
            target("relative-include-time", f <= 0.005,
                   "(tidy:ssot-relative-include - tidy-plugin-no-checks) / parse = %s "
                   "instructions (limit 0.5%%); against tidy-no-checks (no --load) %s"
                   % (pct(f), pct(r)),
                   ["parse", "tidy:ssot-relative-include", "tidy-plugin-no-checks"])
        else:
            target("relative-include-time", r <= 0.005,
                   "(tidy:ssot-relative-include - tidy-no-checks) / parse = %s instructions (limit 0.5%%)"
                   % pct(r), ["parse", "tidy:ssot-relative-include", "tidy-no-checks"])
    e, u = "tidy:ssot-env-access", "tidy:bugprone-unsafe-functions"
    if e in summary and u in summary:
        ea, ua = summary[e]["added"], summary[u]["added"]
        target("env-access-vs-unsafe", ea <= ua,
               "added to clang-tidy: ssot-env-access %+.1fM, bugprone-unsafe-functions %+.1fM "
               "instructions (%s)" % (ea / 1e6, ua / 1e6, pct(ea / ua - 1) if ua else "n/a"),
               ["tidy-no-checks", e, u])
    if len(a.utility_counts) >= 2:
        lo = "tidy:utilities-%d" % min(a.utility_counts)
        hi = "tidy:utilities-%d" % max(a.utility_counts)
        if lo in summary and hi in summary and summary[lo]["added"]:
            l, h = summary[lo]["added"], summary[hi]["added"]
            target("utilities-%d-vs-%d" % (max(a.utility_counts), min(a.utility_counts)),
                   h <= l * 1.02,
                   "the check adds %+.1fM vs %+.1fM instructions (%s, limit 2%%); whole runs %s"
                   % (h / 1e6, l / 1e6, pct(h / l - 1),
                      pct(counts[hi] / counts[lo] - 1)),
                   [lo, hi])
    if clangd.get("clangd", {}).get("instructions") and "ssot-clangd" in clangd:
        r = clangd["ssot-clangd"]["instructions"] / clangd["clangd"]["instructions"] - 1
        off = clangd.get("ssot-clangd --clang-tidy=false", {}).get("instructions")
        target("ssot-clangd-latency", r <= 0.05,
               "ssot-clangd session %s instructions vs clangd (limit 5%%)%s" % (
                   pct(r), "; its checks add %s over ssot-clangd --clang-tidy=false"
                   % pct(clangd["ssot-clangd"]["instructions"] / off - 1) if off else ""),
               ["clangd", "ssot-clangd"])

    print_failures(failures)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"mode": "instructions", "summary": summary, "clangd": clangd,
                       "targets": targets, "failures": failures}, f, indent=1)
    return 1 if failures else 0


# --- the report ----------------------------------------------------------------------

def med(xs):
    return statistics.median(xs) if xs else float("nan")


def paired_ratio(samples, a, b, key):
    """Median over repetitions of a/b for the same repetition: both ran
    back to back, so the ratio cancels most of the drift between reps."""
    rs = [x[key] / y[key] for x, y in zip(samples[a], samples[b]) if y[key] > 0]
    return med(rs)


def verdict(ok):
    return "PASS" if ok else "MISS"


def record_target(targets, failures, name, ok, text, inputs):
    """Prints and records one target's verdict. A verdict computed from a
    run that failed would be noise: it is ERROR, naming the failed runs."""
    broken = [n for n in inputs if n in failures]
    v = "ERROR" if broken else verdict(ok)
    if broken:
        text = "no verdict: %s failed" % ", ".join(broken)
    targets[name] = {"verdict": v, "detail": text}
    print("  %-28s %s  %s" % (name, v, text))


def print_failures(failures):
    if failures:
        print()
        for n, why in failures.items():
            print("FAILED %s: %s" % (n, why))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"),
                    help="the ssot-tidy build directory (default: build)")
    ap.add_argument("--corpus", default="generated",
                    help="'generated', or a source tree with a compile_commands.json")
    ap.add_argument("--compile-commands", help="folder of the tree's compile_commands.json")
    ap.add_argument("--size", type=int, default=10,
                    help="generated corpus: number of files (default 10)")
    ap.add_argument("--functions", type=int, default=20,
                    help="generated corpus: functions per file (default 20)")
    ap.add_argument("--layout", choices=["inline", "split"], default=None,
                    help="generated corpus: core/util.h declares the utilities and "
                    "src/core/util.cpp defines them (split, the default; the check "
                    "reads their recorded fingerprints, recorded first by this "
                    "command), or core/util.h defines them all (inline: every unit "
                    "parses 1000 function bodies, a stress case)")
    ap.add_argument("--utility-counts", default="1,100,1000",
                    help="designated-utility counts to compare (default 1,100,1000)")
    ap.add_argument("--designated", type=int, default=100,
                    help="designated utilities in the all-checks runs (default 100)")
    ap.add_argument("--limit", type=int, help="real tree: measure only the first N units")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--variants", help="regex: run only the variants it matches (the baselines parse "
                    "and tidy-no-checks always run)")
    ap.add_argument("--no-clangd", action="store_true", help="skip the clangd comparison")
    ap.add_argument("--option", action="append", default=[], metavar="CHECK.OPTION=VALUE",
                    help="extra check option for the ssot runs (repeatable)")
    ap.add_argument("--llvm-bin", help="the LLVM the build was made against (default: "
                    "the one its test/lit.site.cfg.py names)")
    ap.add_argument("--work", help="scratch folder (default: a temporary one)")
    ap.add_argument("--json", help="write every sample and the summary here")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under callgrind (one run per variant, "
                    "load-independent, ~50x slower) instead of timing repetitions")
    ap.add_argument("--layouts", type=int, default=1,
                    help="with --instructions: run every clang-tidy variant in N heap "
                    "layouts and count the median (see with_layout)")
    ap.add_argument("--instruction-units", type=int, default=1,
                    help="with --instructions: measure the first N units (default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="with --instructions: runs side by side (default: the cores)")
    a = ap.parse_args()
    a.utility_counts = [int(x) for x in a.utility_counts.split(",") if x]
    a.options = dict(o.split("=", 1) for o in a.option)
    a.fingerprint_dirs = {}
    # Only an explicit --layout is refused on a real tree (the default is
    # the generated corpus's).
    if a.layout is not None and a.corpus != "generated":
        sys.exit("bench: --layout applies to the generated corpus only")
    a.layout = a.layout or "split"

    build = os.path.abspath(a.build)
    if not a.llvm_bin:
        # The hosts refuse an LLVM of another major version (build-llvm19).
        a.llvm_bin = "/usr/lib/llvm-22/bin"
        site = os.path.join(build, "test", "lit.site.cfg.py")
        if os.path.isfile(site):
            m = re.search(r'^config\.llvm_tools_dir = "([^"]*)"', open(site).read(), re.M)
            if m:
                a.llvm_bin = m.group(1)
    tools = {
        "clang": os.path.join(a.llvm_bin, "clang++"),
        "clang-tidy": os.path.join(a.llvm_bin, "clang-tidy"),
        "clangd": os.path.join(a.llvm_bin, "clangd"),
        "plugin": os.path.join(build, "lib", "libSSOTTidy.so"),
        "compiler-plugin": os.path.join(build, "lib", "SSOTCompilerPlugin.so"),
        "ssot-tidy": os.path.join(build, "bin", "ssot-tidy"),
        "ssot-clangd": os.path.join(build, "bin", "ssot-clangd"),
    }
    if not os.path.isfile(tools["plugin"]):
        sys.exit("bench: %s not built (cmake --build %s --target SSOTTidy)"
                 % (tools["plugin"], a.build))

    work = os.path.abspath(a.work) if a.work else tempfile.mkdtemp(prefix="ssot-bench-")
    os.makedirs(work, exist_ok=True)

    utilities = []
    if a.corpus == "generated":
        corpus = os.path.join(work, "corpus")
        if os.path.isdir(corpus):
            shutil.rmtree(corpus)
        gen_corpus.generate(corpus, a.size, a.functions, max(a.utility_counts + [a.designated]),
                            os.path.join(ROOT, "include"), layout=a.layout)
        with open(os.path.join(corpus, "utilities.txt")) as f:
            utilities = f.read().split()
        a.compile_commands_dir = corpus
        corpus_desc = "generated: %d files x %d functions, %d utilities %s" % (
            a.size, a.functions, len(utilities),
            "declared in core/util.h, defined in src/core/util.cpp"
            if a.layout == "split" else "defined in core/util.h")
        if a.layout == "split":
            a.fingerprint_dirs = record_fingerprints(a, work, tools, corpus, utilities)
    else:
        corpus = os.path.abspath(a.corpus)
        cands = [a.compile_commands] if a.compile_commands else [corpus, os.path.join(corpus, "build")]
        found = [c for c in cands if os.path.isfile(os.path.join(c, "compile_commands.json"))]
        if not found:
            sys.exit("bench: no compile_commands.json in %s" % " or ".join(cands))
        a.compile_commands_dir = os.path.abspath(found[0])
        corpus_desc = corpus
    units = parse_compile_commands(os.path.join(a.compile_commands_dir, "compile_commands.json"),
                                   a.limit)
    if not units:
        sys.exit("bench: no C or C++ translation units in the compile_commands.json")
    groups = groups_of(units)
    if a.corpus != "generated":
        corpus_desc += " (%d translation units)" % len(units)

    variants, skipped = build_variants(a, work, tools, utilities)
    logs = os.path.join(work, "logs")
    os.makedirs(logs, exist_ok=True)

    print("ssot-tidy benchmark")
    print("corpus: " + corpus_desc)
    if a.instructions:
        units = units[:a.instruction_units]
        print("instructions (callgrind), units: %s; work folder: %s"
              % (" ".join(os.path.basename(u.file) for u in units), work))
    else:
        print("reps: %d, work folder: %s" % (a.reps, work))
    for s in skipped:
        print(s)
    sys.stdout.flush()
    if a.instructions:
        return run_instructions(a, variants, groups_of(units), units, tools, work,
                                logs, corpus)

    # One untimed pass warms the file cache so the first variant is not
    # charged for reading the headers from disk.
    for d, fl, files in groups:
        subprocess.run(variants[0].argv(d, fl, files), cwd=d,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    samples = {v.name: [] for v in variants}
    failures = {}
    for rep in range(a.reps):
        shift = rep % len(variants)
        for v in variants[shift:] + variants[:shift]:
            wall = cpu = 0.0
            rss, status = 0, 0
            out = os.path.join(logs, "%s.rep%d.out" % (v.name.replace(":", "_"), rep))
            err = out[:-4] + ".err"
            for path in (out, err):
                open(path, "w").close()
            for d, fl, files in groups:
                w, c, r, s = run_measured(v.argv(d, fl, files), d, out, err)
                wall, cpu, rss = wall + w, cpu + c, max(rss, r)
                status = status or s
            with open(out, errors="replace") as f:
                stdout_text = f.read()
            with open(err, errors="replace") as f:
                stderr_text = f.read()
            # clang-tidy prints findings on stdout, the compiler on stderr.
            if status != 0:
                failures[v.name] = "exit status %d, see %s" % (status, err)
            prof = parse_check_profile(stderr_text) if v.profile else {}
            samples[v.name].append({"wall": wall, "cpu": cpu, "rss": rss,
                                    "warnings": count_warnings(stdout_text + "\n" + stderr_text),
                                    "profile": prof})
        print("rep %d/%d done" % (rep + 1, a.reps))
        sys.stdout.flush()

    base = samples["parse"]
    base_cpu = med([s["cpu"] for s in base])
    base_rss = med([s["rss"] for s in base])
    summary = {}
    print()
    print("%-34s %8s %8s %9s %9s %9s %10s %8s" % (
        "variant", "wall_s", "cpu_s", "cpu/parse", "peak_MiB", "mem/parse",
        "checks_s", "warnings"))
    for v in variants:
        ss = samples[v.name]
        row = {
            "wall": med([s["wall"] for s in ss]),
            "cpu": med([s["cpu"] for s in ss]),
            "rss": med([s["rss"] for s in ss]),
            "warnings": ss[-1]["warnings"],
            "what": v.what,
        }
        row["cpu_ratio"] = paired_ratio(samples, v.name, "parse", "cpu")
        row["rss_ratio"] = paired_ratio(samples, v.name, "parse", "rss")
        if v.profile:
            names = sorted({n for s in ss for n in s["profile"]})
            row["profile"] = {n: med([s["profile"].get(n, 0.0) for s in ss]) for n in names}
            row["checks"] = med([sum(s["profile"].values()) for s in ss])
        summary[v.name] = row
        print("%-34s %8.3f %8.3f %9.3f %9.1f %9.3f %10s %8d%s" % (
            v.name, row["wall"], row["cpu"], row["cpu_ratio"], row["rss"] / 1024.0,
            row["rss_ratio"], "%.4f" % row["checks"] if "checks" in row else "-",
            row["warnings"], "  FAILED: " + failures[v.name] if v.name in failures else ""))
    if any(v.profile for v in variants):
        print()
        print("per-check time from --enable-check-profile (median seconds, share of parse cpu):")
        for v in variants:
            for n, t in summary[v.name].get("profile", {}).items():
                print("  %-32s %-26s %8.4f %7.2f%%" % (v.name, n, t, 100.0 * t / base_cpu))

    # --- clangd -----------------------------------------------------------------
    clangd = {}
    if not a.no_clangd:
        print()
        probe = units[0].file
        servers = [("clangd", [tools["clangd"]])]
        if os.path.isfile(tools["ssot-clangd"]):
            servers.append(("ssot-clangd", [tools["ssot-clangd"]]))
            # The same executable with clang-tidy switched off separates what
            # the checks cost from what our build of clangd costs.
            servers.append(("ssot-clangd --clang-tidy=false",
                            [tools["ssot-clangd"], "--clang-tidy=false"]))
        else:
            print("skipped: %s not built (ssot-clangd)" % tools["ssot-clangd"])
        clangd_root = prepare_clangd_root(a, work, corpus, probe)
        args = ["--compile-commands-dir=" + a.compile_commands_dir,
                "--background-index=false", "--log=error"]
        times = {n: [] for n, _ in servers}
        for rep in range(a.reps):
            for n, command in (servers if rep % 2 == 0 else servers[::-1]):
                if n in failures:
                    continue  # a server that failed once is not waited for again
                try:
                    t, c, rss, nd = clangd_time(command + args, clangd_root, probe, 60)
                    times[n].append({"time": t, "cpu": c, "rss": rss, "diagnostics": nd})
                except Exception as e:  # report and go on: one server failing is a finding
                    failures[n] = str(e)
        print("%-34s %12s %8s %9s %12s" % ("server (%s)" % os.path.basename(probe),
                                            "open->diag_s", "cpu_s", "peak_MiB", "diagnostics"))
        for n, _ in servers:
            ts = times[n]
            clangd[n] = {"time": med([x["time"] for x in ts]),
                         "cpu": med([x["cpu"] for x in ts]),
                         "rss": med([x["rss"] for x in ts]),
                         "diagnostics": ts[-1]["diagnostics"] if ts else 0}
            print("%-34s %12.3f %8.2f %9.1f %12d%s" % (
                n, clangd[n]["time"], clangd[n]["cpu"], clangd[n]["rss"] / 1024.0,
                clangd[n]["diagnostics"],
                "  FAILED: " + failures[n] if n in failures else ""))
        if "ssot-clangd" in times and times["ssot-clangd"] and times["clangd"]:
            # CPU of the server between didOpen and the diagnostics: on a
            # shared machine the wall time also counts waiting for a core.
            clangd["ratio"] = med([x["cpu"] / y["cpu"] for x, y in
                                   zip(times["ssot-clangd"], times["clangd"]) if y["cpu"] > 0])
            clangd["wall_ratio"] = med([x["time"] / y["time"] for x, y in
                                        zip(times["ssot-clangd"], times["clangd"])])
        off = "ssot-clangd --clang-tidy=false"
        if times.get(off) and times.get("ssot-clangd"):
            clangd["checks_ratio"] = med([x["cpu"] / y["cpu"] for x, y in
                                          zip(times["ssot-clangd"], times[off]) if y["cpu"] > 0])

    # --- targets -----------------------------------------------------------------
    print()
    print("targets (ratios are medians of per-repetition ratios):")
    targets = {}

    def target(name, ok, text, inputs):
        record_target(targets, failures, name, ok, text, inputs)

    def skip(name, why):
        targets[name] = {"verdict": "SKIP", "detail": why}
        print("  %-28s SKIP  %s" % (name, why))

    if "parse+ssot-plugin" in samples:
        t = paired_ratio(samples, "parse+ssot-plugin", "parse", "cpu") - 1
        m = paired_ratio(samples, "parse+ssot-plugin", "parse", "rss") - 1
        target("all-ssot-time", t <= 0.03,
               "compile with the plugin adds %+.1f%% cpu to the parse alone (limit 3%%)" % (100 * t),
               ["parse", "parse+ssot-plugin"])
        target("all-ssot-memory", m <= 0.03,
               "compile with the plugin uses %+.1f%% peak memory (limit 3%%)" % (100 * m),
               ["parse", "parse+ssot-plugin"])
    elif "tidy-ssot" in samples:
        # Without the compiler plugin, the cost of the checks is what they add
        # to a clang-tidy run that parses the same files with nothing to match.
        t = med([(x["cpu"] - y["cpu"]) / z["cpu"] for x, y, z in
                 zip(samples["tidy-ssot"], samples["tidy-no-checks"], samples["parse"])])
        m = paired_ratio(samples, "tidy-ssot", "tidy-no-checks", "rss") - 1
        target("all-ssot-time", t <= 0.03,
               "(tidy-ssot - tidy-no-checks) / parse = %+.1f%% cpu (limit 3%%)" % (100 * t),
               ["parse", "tidy-ssot", "tidy-no-checks"])
        target("all-ssot-memory", m <= 0.03,
               "tidy-ssot vs tidy-no-checks peak memory %+.1f%% (limit 3%%)" % (100 * m),
               ["tidy-ssot", "tidy-no-checks"])
    if "prof:ssot-all" in summary and "prof:ssot-all" not in failures:
        share = summary["prof:ssot-all"]["checks"] / base_cpu
        print("  %-28s info  the ssot checks' own time (profile) is %.2f%% of the parse alone"
              % ("all-ssot-profile", 100 * share))
        targets["all-ssot-profile"] = {"verdict": "INFO", "detail": share}

    def added(name):
        """Per repetition, CPU the variant adds to tidy-no-checks."""
        return [x["cpu"] - y["cpu"] for x, y in zip(samples[name], samples["tidy-no-checks"])]

    if "tidy:ssot-env-access" in samples and "tidy:bugprone-unsafe-functions" in samples:
        e, u = added("tidy:ssot-env-access"), added("tidy:bugprone-unsafe-functions")
        d = med([x - y for x, y in zip(e, u)])
        target("env-access-vs-unsafe", d <= 0,
               "added to clang-tidy: ssot-env-access %+.3fs, bugprone-unsafe-functions %+.3fs cpu "
               "(median paired difference %+.3fs, %+.1f%% of parse)" % (
                   med(e), med(u), d, 100 * d / base_cpu),
               ["tidy-no-checks", "tidy:ssot-env-access", "tidy:bugprone-unsafe-functions"])
    if len(a.utility_counts) >= 2:
        lo, hi = "prof:utilities-%d" % min(a.utility_counts), "prof:utilities-%d" % max(a.utility_counts)
        if lo in summary and hi in summary:
            l, h = summary[lo]["checks"], summary[hi]["checks"]
            run = paired_ratio(samples, hi, lo, "cpu") - 1
            target("utilities-%d-vs-%d" % (max(a.utility_counts), min(a.utility_counts)), h <= l * 1.02,
                   "check's own time %.4fs vs %.4fs (%s, limit 2%%); whole runs %+.1f%% cpu"
                   % (h, l, "%+.1f%%" % (100 * (h / l - 1)) if l else "n/a", 100 * run),
                   [lo, hi])
    if "ratio" in clangd:
        r = clangd["ratio"] - 1
        target("ssot-clangd-latency", r <= 0.05,
               "ssot-clangd open->diagnostics %+.1f%% cpu vs clangd (limit 5%%; wall %+.1f%%)%s" % (
                   100 * r, 100 * (clangd["wall_ratio"] - 1), "; ssot-clangd with its checks vs with clang-tidy off: %+.1f%%"
                   % (100 * (clangd["checks_ratio"] - 1)) if "checks_ratio" in clangd else ""),
               ["clangd", "ssot-clangd"])
    elif not a.no_clangd:
        if os.path.isfile(tools["ssot-clangd"]):
            target("ssot-clangd-latency", False, "", ["clangd", "ssot-clangd"])
        else:
            skip("ssot-clangd-latency", "ssot-clangd not built")

    print_failures(failures)

    if a.json:
        with open(a.json, "w") as f:
            json.dump({"corpus": corpus_desc, "reps": a.reps, "samples": samples,
                       "summary": summary, "clangd": clangd, "targets": targets,
                       "skipped": skipped, "failures": failures}, f, indent=1)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs one ssot check on a lit test file and verifies its expectations.

Usage (through the %check_ssot lit substitution):
  check_ssot.py [driver options] FILE CHECK TMP [-- TIDY-ARGS... [-- COMPILER-ARGS...]]

Expectations are comments in FILE:
  CHECK-MESSAGES: warnings and errors, in order. Every warning or error that
                  clang-tidy prints must be expected (notes are ignored).
  CHECK-NOTES:    as CHECK-MESSAGES, but notes are part of the output and
                  must be expected too. A file uses one of the two.
  CHECK-FIXES:    lines of the file after the fixes were applied.
With -check-suffix=S the prefixes become CHECK-MESSAGES-S and so on.

The fixes are applied to a copy of FILE and of its Inputs/ folder (in
TMP.dir), with the CHECK lines blanked so line numbers still match FILE. The fixed copy is then compiled
with the same compiler arguments: a fix that breaks the build fails the test.

Hosts (--host, chosen by lit's -Dhost through the %check_ssot substitution):
  tidy-plugin      clang-tidy --load libSSOTTidy.so   (TIDY-ARGS passed as is)
  ssot-tidy        build/bin/ssot-tidy                 (TIDY-ARGS passed as is)
  clangd           build/bin/ssot-clangd over LSP: the diagnostics of the
                   opened file, every quick fix applied through code actions
  compiler-plugin  clang -fsyntax-only -fplugin=SSOTCompilerPlugin.so, fixes
                   applied by clang's -fixit
For clangd and the compiler plugin the check and TIDY-ARGS (-config=,
-header-filter=, --quiet) become the .clang-tidy of the test's folder, as a
user would write it. What a host cannot do is declared by lit.cfg.py
(--host-lacks) and reported on stderr as "... not checked: host X ...".
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def fail(msg, output=None):
    sys.stderr.write("check_ssot: " + msg + "\n")
    if output:
        sys.stderr.write(output + "\n")
    sys.exit(1)


def split_args(rest):
    tidy, compiler = [], []
    if rest and rest[0] == "--":
        rest = rest[1:]
    if "--" in rest:
        i = rest.index("--")
        tidy, compiler = rest[:i], rest[i + 1:]
    else:
        tidy = rest
    return tidy, compiler


def note(msg):
    sys.stderr.write("check_ssot: " + msg + "\n")


# What a host may lack, and how check_ssot words it when it skips the part of
# a test that needs it.
CAPABILITIES = {
    "fixes": "cannot apply fix-its",
    "header-diagnostics": "reports only the main file's diagnostics "
                          "(clangd shows a header's findings when the header is open)",
    "fixit-notes": "prints no 'FIX-IT applied' notes (its fixes are code actions)",
    # Not skipped line by line: a test that compares bodies of functions
    # defined in headers marks itself UNSUPPORTED: host-lacks-header-function-bodies.
    "header-function-bodies": "skips the bodies of functions defined in headers "
                              "(clangd's preamble does, for speed)",
}


def expectations_without(path, work, prefixes, lacks):
    """A copy of the expectations without the lines a host cannot produce
    (blanked, so [[@LINE]] still matches); returns the copy and how many
    lines were dropped per capability."""
    kinds = "|".join(re.escape(prefixes[k]) for k in ("MESSAGES", "NOTES"))
    patterns = {
        # a warning or error expected in another file ("Inputs/x.h:3:4: ...")
        "header-diagnostics": re.compile(
            r"//\s*(%s):\s*[^:\s{][^:]*:\d+:\d+: (warning|error):" % kinds),
        "fixit-notes": re.compile(r"//\s*(%s):.*note: FIX-IT applied" % kinds),
    }
    # The notes written right below a dropped header warning are that
    # warning's, and go with it.
    note_line = re.compile(r"//\s*(%s):.*note: " % kinds)
    skipped = {c: 0 for c in lacks if c in patterns}
    kept = []
    dropping = None
    for line in open(path).read().split("\n"):
        if dropping and note_line.search(line):
            skipped[dropping] += 1
            kept.append("")
            continue
        dropping = None
        for capability in skipped:
            if patterns[capability].search(line):
                skipped[capability] += 1
                line = ""
                if capability == "header-diagnostics":
                    dropping = capability
        kept.append(line)
    out = os.path.join(work, "expectations-" + os.path.basename(path))
    with open(out, "w") as f:
        f.write("\n".join(kept))
    return out, skipped


def tidy_config(host, check, tidy_args):
    """The .clang-tidy text that asks a non-command-line host for what the
    clang-tidy arguments ask for."""
    entries = ["Checks: '-*,%s'" % check]
    config = None
    for arg in tidy_args:
        name, _, value = arg.lstrip("-").partition("=")
        if name == "config":
            config = value.strip()
        elif name == "header-filter":
            entries.append("HeaderFilterRegex: '%s'" % value.replace("'", "''"))
        elif name == "system-headers":
            entries.append("SystemHeaders: true")
        elif name == "quiet":
            pass  # only clang-tidy prints the summary --quiet hides
        else:
            fail("host %s cannot take the clang-tidy argument '%s'" % (host, arg))
    text = "{" + ", ".join(entries)
    if config:
        if not (config.startswith("{") and config.endswith("}")):
            fail("host %s needs -config as a YAML flow mapping, got '%s'" % (host, config))
        inner = config[1:-1].strip()
        text += (", " + inner) if inner else ""
    return "# written by check_ssot.py for host %s\n%s}\n" % (host, text)


def run_tidy(args, fixed, work, is_c, tidy_args, compiler_args):
    """clang-tidy (with --load) or ssot-tidy: the command line as written."""
    if not args.clang_tidy:
        fail("host %s needs --clang-tidy" % args.host)
    load = ["--load", args.load] if args.host == "tidy-plugin" else []
    cmd = [args.clang_tidy] + load + [fixed, "-fix", "--checks=-*," + args.check] \
        + tidy_args + ["--"] + compiler_args
    res = run(cmd)
    if res.returncode not in (0, 1):
        fail("clang-tidy exited with %d" % res.returncode, res.stdout)
    return res.stdout


def run_compiler_plugin(args, fixed, work, is_c, tidy_args, compiler_args):
    """clang with the plugin and the folder's .clang-tidy; -fixit applies the
    fixes to the copy as clang-tidy -fix does. Only the ssot diagnostics (and
    their notes) are kept: the compiler's own warnings are not the check's."""
    if not args.compiler_plugin:
        fail("host compiler-plugin needs --compiler-plugin")
    with open(os.path.join(work, ".clang-tidy"), "w") as f:
        f.write(tidy_config(args.host, args.check, tidy_args))
    cmd = [args.clang, "-fsyntax-only", "-x", "c" if is_c else "c++",
           "-fplugin=" + args.compiler_plugin, "-fno-color-diagnostics"] \
        + compiler_args + ["-Xclang", "-fixit", fixed]
    res = run(cmd, cwd=work)
    if re.search(r"^(fatal )?error: ", res.stdout, re.M):
        fail("clang with the plugin failed", res.stdout)
    kept, keep_notes = [], False
    for line in res.stdout.splitlines():
        m = re.match(r"^.*: (warning|error|note): (.*)$", line)
        if not m:
            continue
        if m.group(1) == "note":
            if keep_notes:
                kept.append(line)
            continue
        keep_notes = bool(re.search(r"\[ssot-[a-z-]+\]$", line))
        if keep_notes or m.group(1) == "error":
            kept.append(line)  # compile errors fail the test as with clang-tidy
    return "\n".join(kept)


def run_clangd(args, fixed, work, is_c, tidy_args, compiler_args):
    """ssot-clangd over LSP, as an editor drives it: the folder's .clang-tidy
    and the one-line .clangd the README documents; every quick fix of every
    ssot diagnostic is applied to the copy."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from lsp_client import LspClient, LspError, apply_text_edits, uri_to_path
    if not args.clangd:
        fail("host clangd needs --clangd")
    with open(os.path.join(work, ".clang-tidy"), "w") as f:
        f.write(tidy_config(args.host, args.check, tidy_args))
    with open(os.path.join(work, ".clangd"), "w") as f:
        f.write("Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}\n")
    driver = args.clang + ("" if is_c else "++")
    with open(os.path.join(work, "compile_commands.json"), "w") as f:
        json.dump([{"directory": work, "file": fixed,
                    "arguments": [driver, "-x", "c" if is_c else "c++"]
                    + compiler_args + ["-c", fixed]}], f)
    client = LspClient([args.clangd, "--background-index=false", "--log=error"],
                       work, stderr=args.tmp + ".clangd.log")
    try:
        client.initialize()
        client.open(fixed, language_id="c" if is_c else "cpp")
        diags = client.wait_diagnostics(fixed, timeout=120)
        ours = [d for d in diags if d.get("source") == "clang-tidy"
                or d.get("severity") == 1]
        edits = {}
        for d in ours:
            for action in client.code_actions(fixed, d):
                if action.get("kind") != "quickfix" or "edit" not in action:
                    continue
                edit = action["edit"]
                for uri, changes in (edit.get("changes") or {}).items():
                    edits.setdefault(uri_to_path(uri), []).extend(changes)
                for change in edit.get("documentChanges") or []:
                    edits.setdefault(uri_to_path(change["textDocument"]["uri"]),
                                     []).extend(change["edits"])
                break  # the diagnostic's own fix, as clang-tidy -fix applies
    except LspError as e:
        fail("ssot-clangd: %s" % e, open(args.tmp + ".clangd.log").read())
    finally:
        client.shutdown()
    lines = []
    texts = {}

    def position(path, pos):
        # LSP columns count UTF-16 units; clang-tidy's count bytes.
        if path not in texts:
            texts[path] = open(path, encoding="utf-8").read().split("\n")
        row = texts[path][pos["line"]] if pos["line"] < len(texts[path]) else ""
        units, col = 0, 0
        for ch in row:
            if units >= pos["character"]:
                break
            units += 2 if ord(ch) > 0xFFFF else 1
            col += len(ch.encode("utf-8"))
        return "%s:%d:%d" % (path, pos["line"] + 1, col + 1)

    def message(text):
        # clangd capitalizes messages for display and appends "(fix
        # available)" to those with a quick fix; clang-tidy prints neither
        # (the checks write messages in lower case, house style).
        if text.endswith(" (fix available)"):
            text = text[:-len(" (fix available)")]
        return text[:1].lower() + text[1:]

    severity = {1: "error", 2: "warning", 3: "warning", 4: "warning"}
    for d in sorted(ours, key=lambda d: (d["range"]["start"]["line"],
                                          d["range"]["start"]["character"])):
        tag = (" [%s]" % d["code"]) if d.get("source") == "clang-tidy" else ""
        lines.append("%s: %s: %s%s" % (position(fixed, d["range"]["start"]),
                                       severity.get(d.get("severity"), "warning"),
                                       message(d["message"]), tag))
        for rel in d.get("relatedInformation") or []:
            loc = rel["location"]
            lines.append("%s: note: %s" % (position(uri_to_path(loc["uri"]),
                                                    loc["range"]["start"]),
                                           message(rel["message"])))
    for path, changes in edits.items():
        unique = []
        for e in changes:  # each diagnostic repeats a shared include insertion
            if e not in unique:
                unique.append(e)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(apply_text_edits(text, unique))
    return "\n".join(lines)


HOSTS = {
    "tidy-plugin": run_tidy,
    "ssot-tidy": run_tidy,
    "clangd": run_clangd,
    "compiler-plugin": run_compiler_plugin,
}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", choices=sorted(HOSTS), default=None,
                   help="default: tidy-plugin with --load, else ssot-tidy")
    p.add_argument("--clang-tidy", help="clang-tidy executable (tidy hosts)")
    p.add_argument("--load", help="plugin for clang-tidy --load (tidy-plugin)")
    p.add_argument("--clangd", help="ssot-clangd (clangd host)")
    p.add_argument("--compiler-plugin", help="SSOTCompilerPlugin.so")
    p.add_argument("--host-lacks", default="",
                   help="comma-separated capabilities the host lacks: "
                        + ", ".join(sorted(CAPABILITIES)))
    p.add_argument("--clang", required=True)
    p.add_argument("--filecheck", required=True)
    p.add_argument("-check-suffix", "--check-suffix", default="")
    p.add_argument("--no-compile-fixed", action="store_true",
                   help="the input itself does not compile (say why in the test)")
    p.add_argument("--main-dir", default="",
                   help="put the copy of FILE in this folder below TMP.dir (e.g. one of "
                   "Inputs/), so that the main file has neighbours that the include "
                   "path (which has TMP.dir) does not reach by their bare names")
    p.add_argument("file")
    p.add_argument("check")
    p.add_argument("tmp")
    # Split on "--" before argparse sees the arguments: it would swallow the
    # first "--" and hand the compiler's arguments to clang-tidy.
    argv = sys.argv[1:]
    rest = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i:]
    args = p.parse_args(argv)
    tidy_args, compiler_args = split_args(rest)
    if args.host is None:
        args.host = "tidy-plugin" if args.load else "ssot-tidy"
    lacks = set(filter(None, args.host_lacks.split(",")))
    if lacks - set(CAPABILITIES):
        fail("unknown capability in --host-lacks: " + ", ".join(sorted(lacks - set(CAPABILITIES))))

    suffix = ("-" + args.check_suffix) if args.check_suffix else ""
    prefixes = {k: "CHECK-%s%s" % (k, suffix) for k in ("MESSAGES", "NOTES", "FIXES")}
    text = open(args.file).read()
    has = {k: (v + ":") in text for k, v in prefixes.items()}
    if has["MESSAGES"] and has["NOTES"]:
        fail("use CHECK-MESSAGES or CHECK-NOTES in one run, not both")

    is_c = args.file.endswith(".c")
    # Work on a copy of the test and of its Inputs/, so that fixes in headers
    # never touch the source tree and every fixed file can be compiled.
    src_dir = os.path.dirname(os.path.abspath(args.file))
    work = args.tmp + ".dir"
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    if os.path.isdir(os.path.join(src_dir, "Inputs")):
        shutil.copytree(os.path.join(src_dir, "Inputs"), os.path.join(work, "Inputs"))
    fixed = os.path.join(work, args.main_dir, os.path.basename(args.file))
    os.makedirs(os.path.dirname(fixed), exist_ok=True)
    # Without InheritParentConfig, this stops clang-tidy from picking up the
    # .clang-tidy of whatever tree the build folder sits in.
    with open(os.path.join(work, ".clang-tidy"), "w") as f:
        f.write("# the test's own configuration comes from its RUN line\nChecks: ''\n")
    # Blank the expectation comments (keeping the line) so that they cannot
    # match themselves when the fixed copy is checked.
    check_line = re.compile(r"//\s*CHECK-[A-Z0-9-]+:.*$", re.M)
    with open(fixed, "w") as f:
        f.write(check_line.sub("", text))

    if not compiler_args:
        compiler_args = ["-std=c11"] if is_c else ["-std=c++17"]
    compiler_args = compiler_args + ["-I", work]
    output = HOSTS[args.host](args, fixed, work, is_c, tidy_args, compiler_args)

    out_file = args.tmp + ".out"
    diag = re.compile(r"^.*(warning|error|note): ")
    lines = [l for l in output.splitlines() if diag.match(l)]
    if not has["NOTES"]:
        lines = [l for l in lines if not re.match(r"^.*note: ", l)]
    with open(out_file, "w") as f:
        f.write("\n".join(lines) + "\n")

    check_file = args.file
    if lacks & {"header-diagnostics", "fixit-notes"}:
        check_file, skipped = expectations_without(args.file, work, prefixes, lacks)
        for capability, count in sorted(skipped.items()):
            if count:
                note("%d expectation(s) not checked (%s): host %s %s"
                     % (count, capability, args.host, CAPABILITIES[capability]))
        # A run whose every expectation was dropped expects no diagnostics.
        remaining = open(check_file).read()
        for k in ("MESSAGES", "NOTES"):
            has[k] = has[k] and (prefixes[k] + ":") in remaining

    def filecheck(prefix, input_file, implicit):
        cmd = [args.filecheck, check_file, "--input-file=" + input_file,
               "--check-prefix=" + prefix]
        for pat in implicit:
            cmd.append("--implicit-check-not=" + pat)
        r = run(cmd)
        if r.returncode != 0:
            fail("%s did not match" % prefix, r.stdout + "\n--- clang-tidy output ---\n" + output)

    if has["NOTES"]:
        filecheck(prefixes["NOTES"], out_file, ["{{warning|error|note}}:"])
    elif has["MESSAGES"]:
        filecheck(prefixes["MESSAGES"], out_file, ["{{warning|error}}:"])
    elif lines:
        fail("clang-tidy reported diagnostics but the test expects none", output)

    if has["FIXES"]:
        if "fixes" in lacks:
            note("fixes not checked: host %s %s" % (args.host, CAPABILITIES["fixes"]))
        else:
            filecheck(prefixes["FIXES"], fixed, [])

    if not args.no_compile_fixed:
        cc = [args.clang, "-fsyntax-only"] + (["-x", "c"] if is_c else ["-x", "c++"])
        r = run(cc + compiler_args + [fixed])
        if r.returncode != 0:
            fail("the fixed file does not compile", r.stdout)


if __name__ == "__main__":
    main()

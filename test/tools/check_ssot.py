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
"""
import argparse
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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--clang-tidy", required=True)
    p.add_argument("--load", required=True)
    p.add_argument("--clang", required=True)
    p.add_argument("--filecheck", required=True)
    p.add_argument("-check-suffix", "--check-suffix", default="")
    p.add_argument("--no-compile-fixed", action="store_true",
                   help="the input itself does not compile (say why in the test)")
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
    fixed = os.path.join(work, os.path.basename(args.file))
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
    cmd = [args.clang_tidy, "--load", args.load, fixed, "-fix",
           "--checks=-*," + args.check] + tidy_args + ["--"] + compiler_args
    res = run(cmd)
    output = res.stdout
    if res.returncode not in (0, 1):
        fail("clang-tidy exited with %d" % res.returncode, output)

    out_file = args.tmp + ".out"
    diag = re.compile(r"^.*(warning|error|note): ")
    lines = [l for l in output.splitlines() if diag.match(l)]
    if not has["NOTES"]:
        lines = [l for l in lines if not re.match(r"^.*note: ", l)]
    with open(out_file, "w") as f:
        f.write("\n".join(lines) + "\n")

    def filecheck(prefix, input_file, implicit):
        cmd = [args.filecheck, args.file, "--input-file=" + input_file,
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
        filecheck(prefixes["FIXES"], fixed, [])

    if not args.no_compile_fixed:
        cc = [args.clang, "-fsyntax-only"] + (["-x", "c"] if is_c else ["-x", "c++"])
        r = run(cc + compiler_args + [fixed])
        if r.returncode != 0:
            fail("the fixed file does not compile", r.stdout)


if __name__ == "__main__":
    main()

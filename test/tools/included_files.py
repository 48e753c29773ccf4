#!/usr/bin/env python3
"""Prints the files a compile includes, one a line, from `clang -M` output on
stdin: each resolved through symlinks and written relative to ROOT when it is
below ROOT, sorted. Two trees that include the same files under different
spellings ("a/../b.h", "b.h", a symlinked directory) print the same lines.

Usage: clang -M ... | included_files.py ROOT
"""
import os
import sys


def main():
    root = os.path.realpath(sys.argv[1])
    text = sys.stdin.read().replace("\\\n", " ")
    files = set()
    for rule in text.splitlines():
        _, _, deps = rule.partition(": ")
        for dep in deps.split():
            real = os.path.realpath(dep)
            if real == root or real.startswith(root + os.sep):
                real = os.path.relpath(real, root)
            files.add(real)
    sys.stdout.write("".join(f + "\n" for f in sorted(files)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes .clang-tidy files too large to check in.

  make_config.py deep-regex FILE   AllowedFiles of 100,000 nested groups
  make_config.py long-list FILE    Primitives of 10,000 pairs, one key twice
"""
import sys

what, path = sys.argv[1], sys.argv[2]
with open(path, "w") as out:
    if what == "deep-regex":
        out.write("Checks: '-*,ssot-env-access'\nCheckOptions:\n"
                  "  ssot-env-access.AllowedFiles: '%s%s'\n"
                  % ("(" * 100000, ")" * 100000))
    elif what == "long-list":
        pairs = ["ns::p%d=::core::u%d" % (i, i) for i in range(10000)]
        pairs.append("ns::p5=::core::again")
        out.write("Checks: '-*,ssot-reimplemented-utility'\nCheckOptions:\n"
                  "  ssot-reimplemented-utility.Primitives: '%s'\n"
                  % ";".join(pairs))
    else:
        sys.exit("make_config.py: unknown kind " + what)

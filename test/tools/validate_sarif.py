#!/usr/bin/env python3
"""Validates SARIF files with Microsoft's SARIF Multitool and fails on any
error it reports (the Multitool itself exits 0 even when a file is invalid).

Usage: validate_sarif.py --multitool PATH FILE...
"""
import argparse
import re
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--multitool", required=True)
parser.add_argument("files", nargs="+")
args = parser.parse_args()

status = 0
for sarif in args.files:
    try:
        run = subprocess.run([args.multitool, "validate", sarif], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=300)
    except FileNotFoundError:
        sys.exit("validate_sarif.py: '%s' not found: run scripts/install-deps.sh "
                 "(npm install -g @microsoft/sarif-multitool)" % args.multitool)
    errors = [line for line in run.stdout.splitlines()
              if re.search(r":\s*error\s+[A-Z]+[0-9]+:", line)]
    if run.returncode != 0 or errors or "Analysis completed successfully" not in run.stdout:
        print("validate_sarif.py: %s is not valid SARIF:" % sarif)
        print(run.stdout)
        status = 1
    else:
        warnings = [line for line in run.stdout.splitlines() if ": warning " in line]
        print("validate_sarif.py: %s: valid (%d warnings)" % (sarif, len(warnings)))
        for line in warnings:
            print("  " + line)
sys.exit(status)

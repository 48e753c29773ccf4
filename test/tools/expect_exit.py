#!/usr/bin/env python3
"""Runs a command and succeeds only if it exits with the given status (lit's
internal shell has no $?). Usage: expect_exit.py STATUS COMMAND [ARGS...]"""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
if got != want:
    sys.exit("expect_exit.py: '%s' exited with %d, expected %d" % (" ".join(sys.argv[2:]), got, want))

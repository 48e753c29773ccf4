#!/usr/bin/env python3
"""Opens one file in a language server started in another folder and prints
its clang-tidy diagnostics the way clang prints them, for FileCheck.

Usage: clangd_diagnostics.py CLANGD WORKING_DIR FILE [CLANGD ARGS...]

The server runs with WORKING_DIR as its working directory and workspace
root (an editor opened on another folder); it finds FILE's
compile_commands.json and .clang-tidy files as it always does, from FILE's
folder upwards. Each diagnostic becomes "FILE:LINE:COL: warning: MESSAGE
[CODE]" (columns in UTF-16 units, as LSP counts them).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import LspClient  # noqa: E402

clangd, working_dir, path = sys.argv[1:4]
path = os.path.abspath(path)
client = LspClient([clangd, "--background-index=false", "--log=error"] + sys.argv[4:],
                   working_dir)
client.initialize()
client.open(path)
severity = {1: "error", 2: "warning", 3: "note", 4: "note"}
for d in client.wait_diagnostics(path, timeout=120):
    if d.get("source") != "clang-tidy" and d.get("severity") != 1:
        continue
    start = d["range"]["start"]
    print("%s:%d:%d: %s: %s [%s]" % (path, start["line"] + 1, start["character"] + 1,
                                     severity.get(d.get("severity"), "note"),
                                     d["message"], d.get("code")))
client.shutdown()

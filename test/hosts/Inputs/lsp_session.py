#!/usr/bin/env python3
"""One editor session with ssot-clangd over stdio, printed for FileCheck.

Usage: lsp_session.py SSOT_CLANGD CLANGXX PROJECT WORK

Copies PROJECT to WORK, writes its compile_commands.json, then
  1. without a .clangd: clangd's default fast-check filter hides the ssot
     checks (they are not in its table of measured checks);
  2. with the README's one-line .clangd: the ssot diagnostic arrives, its
     quick fix is requested, applied to disk, sent back with didChange, and
     the diagnostic goes away.
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from lsp_client import LspClient  # noqa: E402

clangd, clangxx, project, work = sys.argv[1:5]
shutil.rmtree(work, ignore_errors=True)
shutil.copytree(project, work)
source = os.path.join(work, "service.cpp")
with open(os.path.join(work, "compile_commands.json"), "w") as f:
    json.dump([{"directory": work, "file": source,
                "arguments": [clangxx, "-std=c++17", "-I", work, "-c", source]}], f)


def ours(diags):
    """The clang-tidy findings and any error (a missing <cstddef> would be one)."""
    return [d for d in diags if d.get("source") == "clang-tidy" or d.get("severity") == 1]


def session():
    client = LspClient([clangd, "--background-index=false"], work,
                       stderr=os.path.join(work, "clangd.log"))
    info = client.initialize()
    print("server:", info["serverInfo"]["name"])
    client.open(source)
    return client


client = session()
print("without .clangd:", len(ours(client.wait_diagnostics(source, 120))), "diagnostics")
client.shutdown()

with open(os.path.join(work, ".clangd"), "w") as f:
    f.write("Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}\n")
client = session()
diags = ours(client.wait_diagnostics(source, 120))
for d in diags:
    start = d["range"]["start"]
    print("diagnostic: %d:%d %s [%s]" % (start["line"] + 1, start["character"] + 1,
                                         d["message"], d.get("code")))
fixes = [a for a in client.code_actions(source, diags[0]) if a.get("kind") == "quickfix"]
for a in fixes:
    print("quick fix:", a["title"])
texts = client.apply_workspace_edit(fixes[0]["edit"])
for line in texts[source].splitlines():
    if "env" in line or "#include" in line:
        print("fixed:", line.strip())
client.change(source, texts[source])
print("after the fix:", len(ours(client.wait_diagnostics(source, 120))), "diagnostics")
print("shutdown status:", client.shutdown())

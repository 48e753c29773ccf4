#!/usr/bin/env python3
"""Editor sessions with ssot-clangd over stdio, printed for FileCheck.

Usage: lsp_session.py SSOT_CLANGD CLANGXX PROJECT WORK [RECORDS SSOT_INCLUDE]

Copies PROJECT to WORK, writes its compile_commands.json, then
  1. with no .clangd at all: the ssot diagnostic arrives (ssot-clangd counts
     the ssot checks as fast, so clangd's default FastCheckFilter keeps
     them), its quick fix is requested, applied to disk, sent back with
     didChange, and the diagnostic goes away;
  2. with a .clangd that has its own Diagnostics key: still there;
  3. with a .clangd that removes the check: gone (the user's word wins);
  4. with a bad option value in .clang-tidy: an error at the top of the file
     names the option, once, also after an edit (each rebuild replaces the
     file's diagnostics, it does not add to them);
  5. with a .clang-tidy that cannot be parsed: an error at the top of the
     file names it (clangd alone only logs it and runs without it).
With RECORDS (a folder whose .clang-tidy names a relative
FingerprintDirectory, and whose src/user.cpp clones a recorded utility), the
file is opened from a server started in another folder: the record is found
next to the .clang-tidy, not in the server's working directory.
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


def show(diags):
    for d in diags:
        start = d["range"]["start"]
        print("diagnostic: %d:%d %s [%s]" % (start["line"] + 1, start["character"] + 1,
                                             d["message"], d.get("code")))


original = open(source).read()
client = session()
diags = ours(client.wait_diagnostics(source, 120))
show(diags)
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

with open(source, "w") as f:
    f.write(original)
for name, clangd_file in [
        ("own Diagnostics key", "Diagnostics:\n  UnusedIncludes: None\n"),
        ("check removed", "Diagnostics:\n  ClangTidy:\n    Remove: ssot-env-access\n")]:
    with open(os.path.join(work, ".clangd"), "w") as f:
        f.write(clangd_file)
    client = session()
    print("with .clangd, %s: %d diagnostics" % (
        name, len(ours(client.wait_diagnostics(source, 120)))))
    client.shutdown()

os.remove(os.path.join(work, ".clangd"))
tidy_file = os.path.join(work, ".clang-tidy")
tidy_text = open(tidy_file).read()
with open(tidy_file, "w") as f:
    f.write(tidy_text + "  ssot-env-access.AllowedFiles: '(unclosed'\n")
client = session()
print("bad option:")
show(ours(client.wait_diagnostics(source, 120)))
client.change(source, original + "int unrelated;\n")
print("bad option, after an edit:")
show(ours(client.wait_diagnostics(source, 120)))
client.shutdown()
with open(tidy_file, "w") as f:
    f.write(tidy_text.replace("'::app::env'", "'::app::env"))
client = session()
print("unparseable .clang-tidy:")
# clangd then takes the parent folders' .clang-tidy (the build tree's, here),
# whose findings are not this test's business.
diags = client.wait_diagnostics(source, 120)
show([d for d in diags if d.get("code") == "clang-tidy-config"])
print("ssot-env-access findings:", len([d for d in diags if d.get("code") == "ssot-env-access"]))
client.shutdown()
with open(tidy_file, "w") as f:
    f.write(tidy_text)

if len(sys.argv) > 6:
    records, include = sys.argv[5:7]
    user = os.path.join(records, "src", "user.cpp")
    with open(os.path.join(records, "compile_commands.json"), "w") as f:
        json.dump([{"directory": records, "file": user,
                    "arguments": [clangxx, "-std=c++17", "-I", include, "-c", user]}], f)
    elsewhere = os.path.join(work, "elsewhere")
    os.makedirs(elsewhere, exist_ok=True)
    client = LspClient([clangd, "--background-index=false"], elsewhere,
                       stderr=os.path.join(work, "clangd-elsewhere.log"))
    client.initialize()
    client.open(user)
    show(ours(client.wait_diagnostics(user, 120)))
    client.shutdown()

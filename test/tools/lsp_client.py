#!/usr/bin/env python3
"""A small language-server client over stdio, standard library only.

Used by the ssot-clangd host test (test/hosts/) and by the benchmarks to drive
ssot-clangd or a stock clangd the way an editor does.

    from lsp_client import LspClient
    c = LspClient(["build/bin/ssot-clangd"], root_dir="/path/to/project")
    c.initialize()
    c.open("/path/to/project/a.cpp")             # text read from disk
    diags = c.wait_diagnostics("/path/to/project/a.cpp", timeout=60)
    actions = c.code_actions("/path/to/project/a.cpp", diags[0])
    new_texts = c.apply_workspace_edit(actions[0]["edit"])  # writes to disk
    c.change("/path/to/project/a.cpp", new_texts["/path/to/project/a.cpp"])
    diags = c.wait_diagnostics("/path/to/project/a.cpp", timeout=60)
    c.shutdown()

Positions follow LSP: zero-based lines, columns in UTF-16 code units.
"""
import json
import os
import queue
import subprocess
import threading
import time
import urllib.parse
import urllib.request


def path_to_uri(path):
    """file:// URI of an absolute or relative path."""
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def uri_to_path(uri):
    """Local path of a file:// URI."""
    return urllib.request.url2pathname(urllib.parse.urlparse(uri).path)


def _offset(text, position):
    """Index in text of an LSP position (line, UTF-16 character)."""
    lines = text.split("\n")
    line = position["line"]
    if line >= len(lines):
        return len(text)
    start = sum(len(l) + 1 for l in lines[:line])
    units, index = 0, 0
    row = lines[line]
    while index < len(row) and units < position["character"]:
        units += 2 if ord(row[index]) > 0xFFFF else 1
        index += 1
    return start + index


def apply_text_edits(text, edits):
    """Returns text with the LSP TextEdits applied (they must not overlap)."""
    spans = [(_offset(text, e["range"]["start"]), _offset(text, e["range"]["end"]),
              e["newText"]) for e in edits]
    # Apply back to front so earlier offsets stay valid.
    for begin, end, new in sorted(spans, key=lambda s: (s[0], s[1]), reverse=True):
        text = text[:begin] + new + text[end:]
    return text


class LspError(Exception):
    """The server answered a request with an error, or did not answer in time."""


class LspClient:
    """One language server process spoken to over stdio with JSON-RPC.

    LspClient(argv, root_dir, stderr=None): starts argv (e.g. ["clangd"]) with
    root_dir as its working directory and workspace root. The server's stderr
    goes to the file named by stderr, or is discarded.
    """

    def __init__(self, argv, root_dir, stderr=None):
        self.root_dir = os.path.abspath(root_dir)
        self._log = open(stderr, "w") if stderr else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._log, cwd=self.root_dir)
        self._next_id = 0
        self._lock = threading.Lock()
        self._responses = {}
        self._response_ready = threading.Condition(self._lock)
        self._diagnostics = {}  # uri -> queue.Queue of publishDiagnostics params
        self._versions = {}  # path -> version of the open document
        self.notifications = queue.Queue()  # every other server notification
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # --- wire -------------------------------------------------------------
    def _send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode("utf-8")
        header = ("Content-Length: %d\r\n\r\n" % len(body)).encode("ascii")
        with self._lock:
            self.proc.stdin.write(header + body)
            self.proc.stdin.flush()

    def _read_message(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return None
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length).decode("utf-8"))

    def _read_loop(self):
        while True:
            msg = self._read_message()
            if msg is None:
                with self._lock:
                    self._responses["closed"] = True
                    self._response_ready.notify_all()
                return
            if "id" in msg and "method" in msg:
                # A request from the server (workDoneProgress/create,
                # workspace/configuration...): acknowledge with an empty result.
                self._send({"id": msg["id"], "result": None})
            elif "id" in msg:
                with self._lock:
                    self._responses[msg["id"]] = msg
                    self._response_ready.notify_all()
            elif msg.get("method") == "textDocument/publishDiagnostics":
                self._diag_queue(msg["params"]["uri"]).put(msg["params"])
            else:
                self.notifications.put(msg)

    def _diag_queue(self, uri):
        with self._lock:
            return self._diagnostics.setdefault(uri, queue.Queue())

    # --- JSON-RPC -----------------------------------------------------------
    def request(self, method, params, timeout=60):
        """Sends a request and returns its result; raises LspError on an error
        answer or when no answer came within timeout seconds."""
        with self._lock:
            self._next_id += 1
            rid = self._next_id
        self._send({"id": rid, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self._lock:
            while rid not in self._responses:
                if self._responses.get("closed"):
                    raise LspError("server exited while waiting for " + method)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LspError("no answer to %s within %ss" % (method, timeout))
                self._response_ready.wait(left)
            msg = self._responses.pop(rid)
        if "error" in msg:
            raise LspError("%s failed: %s" % (method, msg["error"]))
        return msg.get("result")

    def notify(self, method, params):
        """Sends a notification (no answer expected)."""
        self._send({"method": method, "params": params})

    # --- the editor's side of a session --------------------------------------
    def initialize(self, timeout=60):
        """Sends initialize (with the capabilities an editor has for
        diagnostics and quick fixes) and initialized; returns the server's
        InitializeResult."""
        result = self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": path_to_uri(self.root_dir),
            "capabilities": {
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": True,
                                           "versionSupport": True},
                    "codeAction": {"codeActionLiteralSupport": {
                        "codeActionKind": {"valueSet": ["quickfix", "refactor", ""]}}},
                    "synchronization": {"didSave": True},
                },
                "workspace": {"applyEdit": True,
                              "workspaceEdit": {"documentChanges": True}},
            },
        }, timeout)
        self.notify("initialized", {})
        return result

    def open(self, path, text=None, language_id="cpp"):
        """Opens path in the server (didOpen, version 1). text defaults to the
        file's contents on disk. Diagnostics published before this call are
        dropped, so wait_diagnostics sees the ones for this text."""
        path = os.path.abspath(path)
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        self._drain(path)
        self._versions[path] = 1
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": path_to_uri(path), "languageId": language_id,
            "version": 1, "text": text}})

    def change(self, path, text):
        """Replaces the whole text of the open document path (didChange, next
        version). Earlier diagnostics are dropped as in open()."""
        path = os.path.abspath(path)
        self._drain(path)
        self._versions[path] = self._versions.get(path, 1) + 1
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": path_to_uri(path), "version": self._versions[path]},
            "contentChanges": [{"text": text}]})

    def close(self, path):
        """Closes the open document path (didClose)."""
        path = os.path.abspath(path)
        self._versions.pop(path, None)
        self.notify("textDocument/didClose", {"textDocument": {"uri": path_to_uri(path)}})

    def _drain(self, path):
        q = self._diag_queue(path_to_uri(path))
        while not q.empty():
            q.get_nowait()

    def wait_diagnostics(self, path, timeout=60):
        """Returns the list of diagnostics of the next publishDiagnostics for
        path (after the last open/change of it); raises LspError when none
        came within timeout seconds."""
        path = os.path.abspath(path)
        try:
            params = self._diag_queue(path_to_uri(path)).get(timeout=timeout)
        except queue.Empty:
            raise LspError("no diagnostics for %s within %ss" % (path, timeout))
        return params["diagnostics"]

    def code_actions(self, path, diagnostic, timeout=60):
        """Asks for the code actions at diagnostic's range with diagnostic as
        context (what an editor does for a quick fix); returns the list of
        CodeAction / Command objects."""
        result = self.request("textDocument/codeAction", {
            "textDocument": {"uri": path_to_uri(os.path.abspath(path))},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic], "only": None},
        }, timeout)
        return result or []

    def apply_workspace_edit(self, edit, write=True):
        """Applies a WorkspaceEdit ("changes" or "documentChanges") to the
        files on disk (unless write=False); returns {path: new text}."""
        per_file = {}
        for uri, edits in (edit.get("changes") or {}).items():
            per_file.setdefault(uri_to_path(uri), []).extend(edits)
        for change in edit.get("documentChanges") or []:
            if "textDocument" in change:
                per_file.setdefault(uri_to_path(change["textDocument"]["uri"]),
                                    []).extend(change["edits"])
        result = {}
        for path, edits in per_file.items():
            text = ""
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            result[path] = apply_text_edits(text, edits)
            if write:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(result[path])
        return result

    def shutdown(self, timeout=30):
        """Sends shutdown and exit and waits for the server to end; returns its
        exit status."""
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit", None)
        except (LspError, BrokenPipeError, OSError):
            pass
        try:
            status = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            status = self.proc.wait()
        if self._log is not subprocess.DEVNULL:
            self._log.close()
        return status

# lit configuration of the ssot-tidy test suite.
#
# Each test is a source file with RUN lines and its expectations beside the
# code; inputs it includes live in an Inputs/ folder next to it.
import os
import lit.formats

config.name = "ssot-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "unit", "tools", "consumer", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
# The host the suite runs the checks through (lit -Dhost=...). Every test of
# every check runs in each host; what a host cannot do is declared here and
# check_ssot.py reports it as "... not checked: host X ..." instead of
# passing silently.
#   lacks:    capabilities check_ssot.py skips (see CAPABILITIES there); each
#             is also a lit feature host-lacks-<capability> for tests to
#             mark themselves UNSUPPORTED where the difference cannot be
#             skipped line by line
#   tidy_cli: the clang-tidy command line behind %clang_tidy_ssot. Tests that
#             drive clang-tidy's own flags need one; hosts without a command
#             line of their own run those tests with ssot-tidy, the same
#             check library.
HOSTS = {
    "tidy-plugin": {"lacks": [], "tidy_cli": "tidy-plugin"},
    "ssot-tidy": {"lacks": [], "tidy_cli": "ssot-tidy"},
    "clangd": {"lacks": ["header-diagnostics", "fixit-notes", "header-function-bodies"],
               "tidy_cli": "ssot-tidy"},
    "compiler-plugin": {"lacks": [], "tidy_cli": "ssot-tidy"},
}
# The LLVM major version the hosts were built against, as a lit feature
# (llvm-19, llvm-22): a test of something that version lacks says
# "UNSUPPORTED: llvm-19" and lit reports it as unsupported, not passed.
config.available_features.add("llvm-" + config.llvm_major)
# ... and as %llvm_major, for text that names it (FileCheck -DLLVM_MAJOR=%llvm_major).
config.substitutions.append(("%llvm_major", config.llvm_major))
host = lit_config.params.get("host", "tidy-plugin")
if host not in HOSTS:
    lit_config.fatal("unknown host '%s' (known: %s)" % (host, ", ".join(sorted(HOSTS))))
config.available_features.add("host-" + host)
for capability in HOSTS[host]["lacks"]:
    config.available_features.add("host-lacks-" + capability)
# Each host gets its own output folder so their runs never share %t files.
config.test_exec_root = os.path.join(config.ssot_build_dir, "test", "out-" + host)

tools = config.llvm_tools_dir
clang_tidy = os.path.join(tools, "clang-tidy")
clang = os.path.join(tools, "clang")
driver = os.path.join(config.test_source_root, "tools", "check_ssot.py")
host_args = {
    "tidy-plugin": "--clang-tidy %s --load %s" % (clang_tidy, config.ssot_tidy_plugin),
    "ssot-tidy": "--clang-tidy %s" % config.ssot_tidy,
    "clangd": "--clangd %s" % config.ssot_clangd,
    "compiler-plugin": "--compiler-plugin %s" % config.ssot_compiler_plugin,
}[host]
if HOSTS[host]["lacks"]:
    host_args += " --host-lacks=" + ",".join(HOSTS[host]["lacks"])
config.substitutions.append(
    ("%check_ssot",
     "%s %s --host %s %s --clang %s --filecheck %s"
     % (config.python, driver, host, host_args, clang, os.path.join(tools, "FileCheck"))))
tidy_cli = {
    "tidy-plugin": "%s --load %s" % (clang_tidy, config.ssot_tidy_plugin),
    "ssot-tidy": config.ssot_tidy,
}[HOSTS[host]["tidy_cli"]]
if HOSTS[host]["tidy_cli"] != host:
    lit_config.note("host %s has no clang-tidy command line: %%clang_tidy_ssot runs %s"
                    % (host, HOSTS[host]["tidy_cli"]))
config.substitutions.append(("%clang_tidy_ssot", tidy_cli))
config.substitutions.append(("%ssot_tidy", config.ssot_tidy))
config.substitutions.append(("%ssot_clangd", config.ssot_clangd))
config.substitutions.append(("%ssot_compiler_plugin", config.ssot_compiler_plugin))
config.substitutions.append(("%ssot_audit", config.ssot_audit))
config.substitutions.append(("%expect_exit", "%s %s" % (
    config.python, os.path.join(config.test_source_root, "tools", "expect_exit.py"))))
config.substitutions.append(("%clang_tidy", clang_tidy))
config.substitutions.append(("%ssot_version_probe", config.ssot_version_probe))
config.substitutions.append(("%ssot_include", os.path.join(config.ssot_source_dir, "include")))
config.substitutions.append(("%ssot_root", config.ssot_source_dir))
config.substitutions.append(("%ssot_build", config.ssot_build_dir))
config.substitutions.append(("%python", config.python))
# The resource dir (builtin headers) of the clang the hosts were built against.
import subprocess
config.substitutions.append(("%clang_resource_dir", subprocess.run(
    [clang, "-print-resource-dir"], stdout=subprocess.PIPE, text=True).stdout.strip()))
# Last: lit substitutes in order, and %clang is a prefix of %clang_tidy*.
config.substitutions.append(("%clang", clang))
config.environment["PATH"] = os.pathsep.join([tools, config.environment.get("PATH", "")])

# googletest's sources, from Debian's libgtest-dev, for the real-code test.
googletest = "/usr/src/googletest/googletest"
if os.path.isfile(os.path.join(googletest, "src", "gtest-port.cc")):
    config.available_features.add("googletest-sources")
    config.substitutions.append(("%googletest", googletest))

# Debian's Neovim drives ssot-clangd as an editor would (test/hosts/neovim.test);
# scripts/install-deps.sh installs it.
import shutil
if shutil.which("nvim"):
    config.available_features.add("nvim")
# ssot-audit's SARIF is validated by Microsoft's SARIF Multitool (npm
# @microsoft/sarif-multitool, installed by scripts/install-deps.sh); the
# validating tests fail, not skip, when it is missing.
config.substitutions.append(("%validate_sarif", "%s %s --multitool %s" % (
    config.python, os.path.join(config.test_source_root, "tools", "validate_sarif.py"),
    shutil.which("sarif-multitool") or "sarif-multitool")))
# A sanitizer build (-DSSOT_SANITIZE=ON) is steered by these; lit passes
# them on so that .ci/run can, e.g., turn leak checking off for clang-tidy.
for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
    if name in os.environ:
        config.environment[name] = os.environ[name]
# ASan reserves terabytes of address space: a test that limits it (ulimit -v)
# says UNSUPPORTED: ssot-sanitized.
if getattr(config, "ssot_sanitize", "OFF").upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("ssot-sanitized")
# libFuzzer targets, run by ctest (test/fuzz/CMakeLists.txt), not by lit.
config.excludes.append("fuzz")
# An unreadable .clang-tidy: root reads a chmod 000 file, so the tests read it
# as another user. %as_other_user runs a command as uid 65534 in a user
# namespace that maps it to ourselves (the files stay ours, the mode 000
# denies, root's capabilities are gone); without root nothing is needed.
if os.getuid() != 0:
    config.available_features.add("unreadable-files")
    config.substitutions.append(("%as_other_user", ""))
elif subprocess.run(["unshare", "--user", "--map-user=65534", "--map-group=65534", "true"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
    config.available_features.add("unreadable-files")
    config.substitutions.append(("%as_other_user",
                                 "unshare --user --map-user=65534 --map-group=65534"))
# The --load plugin itself (not a prefix of another substitution).
config.substitutions.append(("%load_plugin_so", config.ssot_tidy_plugin))

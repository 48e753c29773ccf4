# lit configuration of the ssot-tidy test suite.
#
# Each test is a source file with RUN lines and its expectations beside the
# code; inputs it includes live in an Inputs/ folder next to it.
import os
import lit.formats

config.name = "ssot-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "unit", "tools", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ssot_build_dir, "test")

# The host the suite runs the checks through. Only the clang-tidy --load
# plugin exists so far.
host = lit_config.params.get("host", "tidy-plugin")
if host != "tidy-plugin":
    lit_config.fatal("unknown host '%s' (known: tidy-plugin)" % host)
config.available_features.add("host-" + host)

tools = config.llvm_tools_dir
clang_tidy = os.path.join(tools, "clang-tidy")
driver = os.path.join(config.test_source_root, "tools", "check_ssot.py")
config.substitutions.append(
    ("%check_ssot",
     "%s %s --clang-tidy %s --load %s --clang %s --filecheck %s"
     % (config.python, driver, clang_tidy, config.ssot_tidy_plugin,
        os.path.join(tools, "clang"), os.path.join(tools, "FileCheck"))))
config.substitutions.append(
    ("%clang_tidy_ssot", "%s --load %s" % (clang_tidy, config.ssot_tidy_plugin)))
config.substitutions.append(("%clang_tidy", clang_tidy))
config.substitutions.append(("%ssot_version_probe", config.ssot_version_probe))
config.substitutions.append(("%ssot_include", os.path.join(config.ssot_source_dir, "include")))
config.substitutions.append(("%ssot_root", config.ssot_source_dir))
config.substitutions.append(("%ssot_build", config.ssot_build_dir))
config.substitutions.append(("%python", config.python))
config.environment["PATH"] = os.pathsep.join([tools, config.environment.get("PATH", "")])

# googletest's sources, from Debian's libgtest-dev, for the real-code test.
googletest = "/usr/src/googletest/googletest"
if os.path.isfile(os.path.join(googletest, "src", "gtest-port.cc")):
    config.available_features.add("googletest-sources")
    config.substitutions.append(("%googletest", googletest))

#!/usr/bin/env python3
"""Generates a C++ corpus for the ssot-tidy benchmarks.

The corpus looks like an ordinary service: every file includes a handful of
standard headers (so parsing dominates, as in real code), defines classes,
templates and free functions, and now and then does what the ssot checks look
for: reads the environment directly, constructs a factory-made class
directly, or re-implements one of the shared utilities.

    python3 bench/gen_corpus.py OUT_DIR --files 100 --functions 20

writes
    OUT_DIR/include/core/config.h   the designated environment accessor
    OUT_DIR/include/core/engine.h   a factory-designated class and its factory
    OUT_DIR/include/core/util.h     --utilities shared utility functions
    OUT_DIR/src/mod_NNNN.cpp        --files translation units
    OUT_DIR/src/core/util.cpp       with --layout split: the utilities'
                                    definitions (the header then only
                                    declares them); the last unit
    OUT_DIR/compile_commands.json   one entry per translation unit
    OUT_DIR/utilities.txt           the utilities' qualified names, one a line

The size of the corpus is the number of files (--files); --functions sets the
functions per file. The output is a pure function of the arguments (seeded),
so two runs of the benchmark measure the same code.
"""
import argparse
import json
import os
import random
import shlex

# The first five utilities are common shapes (trim, clamp, join, split,
# parse) that the generated sources re-implement. The others are arithmetic
# helpers whose statements are random operator chains, so that no two of them
# are near-duplicates, as the utilities of a real project are not: the
# benchmark then measures what designating N utilities costs, not what
# reporting hundreds of look-alike utilities costs.
UTILITY_SHAPES = [
    # trim
    """inline std::string {name}(const std::string &text) {{
  const char *blank = " \\t\\r\\n{extra}";
  std::size_t first = text.find_first_not_of(blank);
  if (first == std::string::npos)
    return std::string();
  std::size_t last = text.find_last_not_of(blank);
  return text.substr(first, last - first + 1);
}}""",
    # clamp
    """inline long {name}(long value, long low, long high) {{
  long margin = {k};
  if (value < low - margin)
    return low;
  if (value > high + margin)
    return high;
  return value;
}}""",
    # join
    """inline std::string {name}(const std::vector<std::string> &parts) {{
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {{
    if (i != 0)
      out += "{sep}";
    out += parts[i];
  }}
  return out;
}}""",
    # split
    """inline std::vector<std::string> {name}(const std::string &text) {{
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {{
    if (i == text.size() || text[i] == '{sep}') {{
      out.push_back(text.substr(start, i - start));
      start = i + 1;
    }}
  }}
  return out;
}}""",
    # checked parse of an integer
    """inline bool {name}(const std::string &text, long &value) {{
  if (text.empty() || text.size() > {k})
    return false;
  long result = 0;
  for (char c : text) {{
    if (c < '0' || c > '9')
      return false;
    result = result * 10 + (c - '0');
  }}
  value = result;
  return true;
}}""",
]
SEPARATORS = [",", ";", ":", "|", "/", "-", "+", "."]


OPERATORS = ["+", "-", "*", "^", "|", "&"]
OPERANDS = ["value", "step", "acc"]


def arithmetic_utility(i, name):
    rng = random.Random(1000003 + i)
    lines = ["inline long %s(long value, long step) {" % name, "  long acc = value;"]
    for k in range(6):
        expr = "acc"
        for _ in range(3 + k):
            expr += " %s %s" % (rng.choice(OPERATORS), rng.choice(OPERANDS))
        lines.append("  acc = %s;" % expr)
    lines += ["  return acc;", "}"]
    return "\n".join(lines)


def utility_name(i):
    if i < len(UTILITY_SHAPES):
        return "%s_%d" % (["trim", "clamp", "join", "split", "parse_count"][i], i)
    return "mix_%d" % i


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def gen_headers(out, utilities, layout):
    write(os.path.join(out, "include/core/config.h"), """\
// core/config.h - the one place the service reads its environment.
#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H
#include <ssot/annotations.h>
#include <string>
namespace core {
SSOT_ENV_ACCESSOR const char *env(const char *name);
struct Config {
  std::string name;
  int threads = 1;
};
Config load();
} // namespace core
#endif
""")
    write(os.path.join(out, "include/core/engine.h"), """\
// core/engine.h - engines are made by EngineFactory::create only.
#ifndef CORE_ENGINE_H
#define CORE_ENGINE_H
#include <ssot/annotations.h>
#include "core/config.h"
#include <memory>
#include <string>
#include <utility>
namespace core {
class SSOT_FACTORY("::core::EngineFactory::create") Engine {
public:
  Engine(std::string name, int threads)
      : name_(std::move(name)), threads_(threads) {}
  const std::string &name() const { return name_; }
  int threads() const { return threads_; }
private:
  std::string name_;
  int threads_;
};
class EngineFactory {
public:
  static std::unique_ptr<Engine> create(const Config &config);
};
} // namespace core
#endif
""")
    body = []
    for i in range(utilities):
        if i < len(UTILITY_SHAPES):
            body.append(UTILITY_SHAPES[i].format(
                name=utility_name(i), k=3 + i, sep=SEPARATORS[i % len(SEPARATORS)],
                extra="" if i % 2 else "\\v"))
        else:
            body.append(arithmetic_utility(i, utility_name(i)))
    includes = "#include <string>\n#include <vector>\n#include <cstddef>\n"
    if layout == "split":
        # As a project keeps them: the header declares, one source file
        # defines. Units that include the header see 1000 declarations, not
        # 1000 bodies; the check learns the bodies from recorded fingerprints.
        declarations = [d.split("\n", 1)[0][len("inline "):-len(" {")] + ";"
                        for d in body]
        header = "\n".join(declarations)
        write(os.path.join(out, "src/core/util.cpp"),
              "// core/util.cpp - the shared utilities' definitions.\n"
              "#include \"core/util.h\"\n%s"
              "namespace util {\n%s\n} // namespace util\n"
              % (includes, "\n\n".join(d[len("inline "):] for d in body)))
    else:
        header = "\n\n".join(body)
    write(os.path.join(out, "include/core/util.h"),
          "// core/util.h - the shared utilities (%d of them).\n"
          "#ifndef CORE_UTIL_H\n#define CORE_UTIL_H\n%s"
          "namespace util {\n%s\n} // namespace util\n#endif\n"
          % (utilities, includes, header))
    write(os.path.join(out, "utilities.txt"),
          "".join("::util::%s\n" % utility_name(i) for i in range(utilities)))


def gen_function(rng, file_index, j):
    """One function of a translation unit; most are ordinary code."""
    kind = rng.randrange(10)
    name = "f%d_%d" % (file_index, j)
    if kind == 0:  # a direct environment read (a finding)
        return """const char *%s() {
  const char *value = std::getenv("MOD_%d_%d");
  return value ? value : "default";
}""" % (name, file_index, j)
    if kind == 1:  # a read through the accessor (no finding)
        return """std::string %s() {
  const char *value = core::env("MOD_%d_%d");
  return value ? std::string(value) : std::string();
}""" % (name, file_index, j)
    if kind == 2:  # a direct construction of a factory-made class (a finding)
        return """int %s() {
  core::Engine engine("direct", %d);
  return engine.threads();
}""" % (name, j + 1)
    if kind == 3:  # construction through the factory (no finding)
        return """int %s(const core::Config &config) {
  std::unique_ptr<core::Engine> engine = core::EngineFactory::create(config);
  return engine ? engine->threads() : 0;
}""" % name
    if kind == 4:  # a re-implementation of a shared utility (a finding)
        return """std::string %s(const std::string &s) {
  const char *ws = " \\t\\r\\n";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos)
    return std::string();
  std::size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}""" % name
    if kind == 5:  # a call of a shared utility (no finding)
        return """std::string %s(const std::vector<std::string> &parts) {
  return util::join_2(parts) + util::trim_0(" x ");
}""" % name
    if kind == 6:  # a template and its instantiation
        return """template <typename T> T %s_sum(const std::vector<T> &values) {
  T total{};
  for (const T &v : values)
    total += v;
  return total;
}
double %s() { return %s_sum(std::vector<double>{1.0, 2.0, %d.5}); }""" % (
            name, name, name, j)
    if kind == 7:  # map and algorithm work
        return """std::size_t %s(const std::vector<std::string> &words) {
  std::map<std::string, int> counts;
  for (const std::string &w : words)
    ++counts[w];
  auto it = std::max_element(counts.begin(), counts.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
  return it == counts.end() ? 0 : static_cast<std::size_t>(it->second);
}""" % name
    # a small class with a virtual interface
    return """class %s_impl : public Handler {
public:
  explicit %s_impl(int limit) : limit_(limit) {}
  int handle(const std::string &request) override {
    return request.size() > static_cast<std::size_t>(limit_) ? limit_ : 0;
  }
private:
  int limit_;
};
std::unique_ptr<Handler> %s() { return std::make_unique<%s_impl>(%d); }""" % (
        name, name, name, name, j)


def gen_source(rng, file_index, functions):
    parts = ["// Generated benchmark source %d." % file_index,
             "#include \"core/config.h\"",
             "#include \"core/engine.h\"",
             "#include \"core/util.h\"",
             "#include <algorithm>", "#include <cstdlib>", "#include <map>",
             "#include <memory>", "#include <string>", "#include <vector>",
             "",
             "namespace mod%d {" % file_index,
             "struct Handler {",
             "  virtual ~Handler() = default;",
             "  virtual int handle(const std::string &request) = 0;",
             "};", ""]
    for j in range(functions):
        parts.append(gen_function(rng, file_index, j))
        parts.append("")
    parts.append("} // namespace mod%d" % file_index)
    return "\n".join(parts) + "\n"


def compile_flags(out, ssot_include):
    return ["-std=c++17", "-I" + os.path.join(out, "include"),
            "-I" + ssot_include]


def generate(out, files, functions, utilities, ssot_include, seed=6,
             layout="inline"):
    out = os.path.abspath(out)
    rng = random.Random(seed)
    gen_headers(out, utilities, layout)
    flags = compile_flags(out, ssot_include)
    entries = []
    paths = []
    for i in range(files):
        path = os.path.join(out, "src", "mod_%04d.cpp" % i)
        write(path, gen_source(rng, i, functions))
        paths.append(path)
    if layout == "split":
        # Last, so that the first units measured are the ordinary ones.
        paths.append(os.path.join(out, "src", "core", "util.cpp"))
    for path in paths:
        entries.append({
            "directory": out,
            "file": path,
            "command": " ".join(shlex.quote(a) for a in
                                ["clang++"] + flags + ["-c", path, "-o",
                                 path[:-4] + ".o"]),
        })
    write(os.path.join(out, "compile_commands.json"),
          json.dumps(entries, indent=1) + "\n")
    return entries


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=10)
    ap.add_argument("--functions", type=int, default=20)
    ap.add_argument("--utilities", type=int, default=1000)
    ap.add_argument("--layout", choices=["inline", "split"], default="inline",
                    help="inline: core/util.h defines the utilities; split: it "
                    "declares them and src/core/util.cpp defines them")
    ap.add_argument("--ssot-include",
                    default=os.path.join(os.path.dirname(here), "include"))
    args = ap.parse_args()
    generate(args.out, args.files, args.functions, args.utilities,
             args.ssot_include, layout=args.layout)


if __name__ == "__main__":
    main()

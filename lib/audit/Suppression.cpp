//===--- Suppression.cpp - NOLINT comments and the reasons they give ------===//
#include "lib/audit/Suppression.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <cstdint>

namespace ssot::audit {

namespace {

enum class DirectiveKind : std::uint8_t { SameLine, NextLine, Begin, End };

struct Directive {
  DirectiveKind Kind;
  Suppression Where;
  std::string Checks; // the parenthesised list, "" when absent
};

// Reads the first NOLINT directive of one line. A reason is whatever follows
// the directive in the comment, after an optional ':' or '-'.
std::optional<Directive> parseLine(llvm::StringRef Line, unsigned LineNo) {
  size_t At = Line.find("NOLINT");
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  Directive D{DirectiveKind::SameLine, {}, {}};
  llvm::StringRef Rest = Line.drop_front(At + 6);
  if (Rest.consume_front("NEXTLINE"))
    D.Kind = DirectiveKind::NextLine;
  else if (Rest.consume_front("BEGIN"))
    D.Kind = DirectiveKind::Begin;
  else if (Rest.consume_front("END"))
    D.Kind = DirectiveKind::End;
  if (Rest.consume_front("(")) {
    size_t Close = Rest.find(')');
    if (Close == llvm::StringRef::npos)
      return std::nullopt; // clang-tidy ignores an unterminated list as well
    D.Checks = Rest.take_front(Close).trim().str();
    Rest = Rest.drop_front(Close + 1);
  } else if (!Rest.empty() && (llvm::isAlnum(Rest.front()) || Rest.front() == '_')) {
    return std::nullopt; // "NOLINTFOO" is no directive
  }
  llvm::StringRef Directive = Line.slice(At, Line.size() - Rest.size());
  Rest = Rest.trim();
  if (Rest.ends_with("*/"))
    Rest = Rest.drop_back(2).rtrim();
  if (Rest.consume_front(":") || Rest.consume_front("-") ||
      Rest.consume_front("--"))
    Rest = Rest.ltrim();
  D.Where.Line = LineNo;
  D.Where.Column = static_cast<unsigned>(At) + 1;
  D.Where.Directive = Directive.str();
  D.Where.Reason = Rest.str();
  D.Where.Blanket = D.Checks.empty() || D.Checks == "*";
  return D;
}

bool covers(const Directive &D, llvm::StringRef Check) {
  if (D.Checks.empty())
    return true;
  clang::tidy::GlobList Globs(D.Checks);
  return Globs.contains(Check);
}

} // namespace

std::optional<Suppression> findSuppression(llvm::StringRef Buffer,
                                           unsigned Line,
                                           llvm::StringRef Check) {
  llvm::SmallVector<Directive, 4> Open; // open BEGIN blocks covering Check
  unsigned LineNo = 0;
  std::optional<Directive> Previous;
  while (!Buffer.empty() && LineNo < Line) {
    auto [Text, Rest] = Buffer.split('\n');
    Buffer = Rest;
    ++LineNo;
    std::optional<Directive> D = parseLine(Text, LineNo);
    if (LineNo == Line) {
      if (D && D->Kind == DirectiveKind::SameLine && covers(*D, Check))
        return D->Where;
      if (Previous && Previous->Kind == DirectiveKind::NextLine &&
          covers(*Previous, Check))
        return Previous->Where;
      if (!Open.empty())
        return Open.back().Where;
      return std::nullopt;
    }
    if (D && D->Kind == DirectiveKind::Begin && covers(*D, Check))
      Open.push_back(*D);
    else if (D && D->Kind == DirectiveKind::End && !Open.empty() &&
             covers(*D, Check))
      Open.pop_back();
    Previous = std::move(D);
  }
  return std::nullopt;
}

} // namespace ssot::audit

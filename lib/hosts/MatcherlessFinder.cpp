//===--- MatcherlessFinder.cpp - no AST walk when no check has a matcher --===//
//
// clang-tidy adds its MatchFinder's AST consumer to every run with at least
// one check enabled (ClangTidyASTConsumerFactory::createASTConsumer), also
// when no enabled check registered a matcher: a run of only
// ssot-relative-include, which sees directives and nothing else, then walks
// the whole AST calling nothing, about 0.3% of the parse
// (docs/performance.md). The hosts that link clang-tidy's core into
// themselves (ssot-tidy, the compiler plugin) wrap the one call to
// MatchFinder::newASTConsumer at link time (-Wl,--wrap, see their
// CMakeLists.txt): a finder without matchers gets a consumer that does
// nothing. Skipping the walk is exact: with no callback registered it calls
// no check (not even onStartOfTranslationUnit). clang-tidy --load runs the
// stock clang-tidy's own copy of that code, which this cannot change.
//
//===----------------------------------------------------------------------===//
#include "clang/AST/ASTConsumer.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <memory>

namespace {
using clang::ast_matchers::MatchFinder;
using MatchersMember = MatchFinder::MatchersByType MatchFinder::*;

// MatchFinder keeps its matchers private and says nothing about them; an
// explicit instantiation may name a private member, so this one hands the
// member pointer to the friend below.
MatchersMember matchersMember();
template <MatchersMember Member> struct MatchersAccess {
  friend MatchersMember matchersMember() { return Member; }
};
template struct MatchersAccess<&MatchFinder::Matchers>;
} // namespace

// The Itanium C++ ABI passes a member function's return slot before `this`,
// so MatchFinder::newASTConsumer() is called as this free function of the
// finder.
std::unique_ptr<clang::ASTConsumer>
matchFinderNewASTConsumer(MatchFinder *Finder) __asm__(
    "__real__ZN5clang12ast_matchers11MatchFinder14newASTConsumerEv");
std::unique_ptr<clang::ASTConsumer>
newASTConsumerUnlessMatcherless(MatchFinder *Finder) __asm__(
    "__wrap__ZN5clang12ast_matchers11MatchFinder14newASTConsumerEv");
std::unique_ptr<clang::ASTConsumer>
newASTConsumerUnlessMatcherless(MatchFinder *Finder) {
  if ((Finder->*matchersMember()).AllCallbacks.empty())
    return std::make_unique<clang::ASTConsumer>();
  return matchFinderNewASTConsumer(Finder);
}

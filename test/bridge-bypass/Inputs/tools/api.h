// Component 'tools' is reached through a namespace (option Bridges).
#ifndef TOOLS_API_H
#define TOOLS_API_H
namespace tools {
struct Token {
  int Kind = 0;
};
namespace detail {
inline Token parse(int Kind) { return Token{Kind}; }
} // namespace detail
namespace api {
inline Token tokenize(int Kind) { return detail::parse(Kind); }
} // namespace api
} // namespace tools
// A macro of 'tools' naming an internal of 'agents': the reference is
// tools' text, reported in this header, not where the macro is expanded.
#define TOOLS_SCHEDULE(Job) ::agents::schedule(Job)
#endif

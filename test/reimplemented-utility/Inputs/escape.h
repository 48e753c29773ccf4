// A primitive with a defaulted parameter and a utility without it.
#pragma once
#include <string>

namespace conv {
enum class Wrap { Yes, No };
std::string escape(const std::string &S, Wrap W = Wrap::Yes);
std::string pad(const std::string &S, int Width);
} // namespace conv
namespace gen {
std::string quote(const std::string &S);
std::string widen(const std::string &S);
} // namespace gen

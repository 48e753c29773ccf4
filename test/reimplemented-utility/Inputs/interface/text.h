// The utility and the project function its body is built around.
#ifndef INTERFACE_TEXT_H
#define INTERFACE_TEXT_H
#include <string>
#include <string_view>
namespace text {
bool is_blank(char c);
bool is_comma(char c);
std::string trimWhitespace(std::string_view s);
} // namespace text
#endif

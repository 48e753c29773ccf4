#pragma once
// The primitives: what a unit that has not adopted the utilities includes.
namespace raw {
long parse(const char *text);
long parse_wide(const wchar_t *text);
void sleep_ms(int ms);
long count(const char *text);
void up(const char *text);
} // namespace raw

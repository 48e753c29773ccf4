// The factories of classes.h: each returns what one use of the object
// makes, not the object.
#ifndef SIGREC_REPLACE_FACTORIES_H
#define SIGREC_REPLACE_FACTORIES_H
#include "classes.h"
#include <initializer_list>
#include <string_view>

namespace gx {
// Parses and evaluates in one call.
std::string evaluate(const std::string &Input, const Context *Where,
                     const std::string &Config);
} // namespace gx

namespace cl {
// A list holding one line of these words.
Lines makeSingleLine(std::initializer_list<std::string_view> Words);
// Another specialization of the line's base class template: no line.
std::vector<int> makeSingleLine(int Count);
} // namespace cl

namespace st {
// Joins what it is given; each of More is made a Piece too.
template <typename... More>
std::string cat(const Piece &First, const More &...Rest);
} // namespace st

namespace ex {
template <typename... More>
std::string joinViews(const ViewPiece &First, const More &...Rest);
int countBoxed(Box<int> Value);
// Scratch is given, not filled with a note: describe makes none.
std::string describe(const Any &Value, Note *Scratch = nullptr);
} // namespace ex
#endif

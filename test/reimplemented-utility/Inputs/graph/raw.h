#pragma once
namespace raw {
inline int up(int C) { return C + 1; }
} // namespace raw

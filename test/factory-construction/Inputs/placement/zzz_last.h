#pragma once
inline int lastOne() { return 1; }

// Included last by sorted_below.h.
#pragma once

#pragma once
namespace cfg {
const char *env(const char *name);
}

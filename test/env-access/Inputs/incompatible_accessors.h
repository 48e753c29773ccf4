// Accessors whose declarations do not fit every getenv call.
struct Str { Str(const char *); };
namespace two { const char *env(const char *name, int flags); }
namespace str { Str env(const char *name); }
namespace cfg { const char *env(const char *name); }

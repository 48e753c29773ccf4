// Classes designated through the Factories option, not in code.
#ifndef POOL_H
#define POOL_H
#include <memory>

namespace pool {
// A factory that is a class: all its members may construct a Conn.
class ConnPool;

class Conn {
public:
  explicit Conn(int Port) : Port(Port) {}
  int port() const { return Port; }

private:
  int Port;
};

class ConnPool {
public:
  Conn acquire(int Port) { return Conn(Port); }
  std::unique_ptr<Conn> acquireOwned(int Port);
};
inline std::unique_ptr<Conn> ConnPool::acquireOwned(int Port) {
  return std::make_unique<Conn>(Port);
}

// An aggregate designated to a free function factory.
struct Point {
  int X;
  int Y;
};
std::unique_ptr<Point> makePoint(int X, int Y);
std::unique_ptr<Point> makePoint(int X);
} // namespace pool

// Look-alikes: same names in other namespaces are not designated.
namespace other {
class Conn {
public:
  explicit Conn(int) {}
};
struct Point {
  int X;
  int Y;
};
} // namespace other
#endif

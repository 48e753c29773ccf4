// A factory that is a virtual function, and one that is a class with
// subclasses.
#ifndef BACKENDS_H
#define BACKENDS_H
#include <memory>

namespace io {
class Logger {
public:
  explicit Logger(int Fd) : Fd(Fd) {}
  virtual ~Logger() = default;
  int Fd;
};
class Env {
public:
  virtual ~Env() = default;
  virtual Logger *newLogger(int Fd) = 0;
};
} // namespace io

namespace gen {
class Local {
public:
  explicit Local(int Id) : Id(Id) {}
  int Id;
};
class Global {
public:
  virtual ~Global() = default;
  virtual Local *createLocal(int Id) { return new Local(Id); }
};
} // namespace gen
#endif

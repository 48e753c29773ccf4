// An override of a designated factory function is that factory (a backend's
// newLogger overriding io::Env::newLogger), and a class derived from a
// designated factory class is part of it (a generator subclass creating its
// locals). Functions of the same name elsewhere are not.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::io::Logger=::io::Env::newLogger;::gen::Local=::gen::Global'}}" -- -std=c++17

#include "Inputs/backends.h"

namespace posix {
class PosixEnv : public io::Env {
public:
  io::Logger *newLogger(int Fd) override { return new io::Logger(Fd); }
};
// An override of the override.
class TracingEnv : public PosixEnv {
public:
  io::Logger *newLogger(int Fd) override;
};
io::Logger *TracingEnv::newLogger(int Fd) {
  auto Make = [Fd] { return std::make_unique<io::Logger>(Fd + 1); };
  return Make().release();
}
} // namespace posix

// A subclass of the factory class: all its members may create a Local.
class UnixGlobal : public gen::Global {
public:
  gen::Local *createLocal(int Id) override { return new gen::Local(Id + 1); }
  gen::Local helper() { return gen::Local(2); }
};

// A class template override, instantiated.
template <typename T> class GenericEnv : public io::Env {
public:
  io::Logger *newLogger(int Fd) override { return new io::Logger(Fd * 2); }
};
GenericEnv<int> Generic;

// Look-alikes: same name, not an override; a sibling class that does not
// derive from the factory class; a non-virtual function hiding nothing.
class MemEnv {
public:
  io::Logger *newLogger(int Fd) { return new io::Logger(Fd); }
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'io::Logger' is constructed with 'new'; create it through its factory 'io::Env::newLogger' [ssot-factory-construction]
};
class NotAGlobal {
public:
  gen::Local *createLocal(int Id) { return new gen::Local(Id); }
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'gen::Local' is constructed with 'new'; create it through a member of 'gen::Global' [ssot-factory-construction]
};
class OverloadEnv : public io::Env {
public:
  io::Logger *newLogger(int Fd) override { return nullptr; }
  io::Logger *newLogger(int Fd, int Flags) { return new io::Logger(Fd | Flags); }
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'io::Logger' is constructed with 'new'; create it through its factory 'io::Env::newLogger' [ssot-factory-construction]
};

int outside() {
  io::Logger L(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'io::Logger' is constructed directly; create it through its factory 'io::Env::newLogger' [ssot-factory-construction]
  gen::Local G(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'gen::Local' is constructed directly; create it through a member of 'gen::Global' [ssot-factory-construction]
  return L.Fd + G.Id;
}

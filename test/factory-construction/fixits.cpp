// make_unique, make_shared and new are rewritten to call the factory only
// where the rewritten code compiles: the factory is a function that accepts
// the arguments and returns a suitable pointer. The driver compiles the
// fixed file.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::pool::Conn=::pool::ConnPool'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include "Inputs/pool.h"
#include <memory>
#include <string>

namespace ui {
class SSOT_FACTORY("::ui::makeWidget") Widget {
public:
  explicit Widget(int Id) : Id(Id) {}
  int Id;
};
std::shared_ptr<Widget> makeWidget(int Id);
} // namespace ui

#define MAKE_ENGINE(N) std::make_unique<core::Engine>(N, 1)

std::unique_ptr<core::Engine> unique(const char *Name, short Threads) {
  auto A = std::make_unique<core::Engine>("a", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique'; create it through its factory 'core::EngineFactory::create'
  // CHECK-FIXES: auto A = ::core::EngineFactory::create("a", 1);
  auto B = std::make_unique<core::Engine>(Name);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto B = ::core::EngineFactory::create(Name);
  auto C = std::make_unique<core::Engine>(std::string(Name), Threads);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto C = ::core::EngineFactory::create(std::string(Name), Threads);
  // Used: a local nothing uses gets no fix (unused-objects.cpp).
  if (A->threads() + B->threads() + C->threads() == 0)
    return nullptr;
  return std::make_unique<core::Engine>(Name, 2.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: return ::core::EngineFactory::create(Name, 2.5);
}

void noUniqueFix(const std::string &Name) {
  // Engine has a constructor from int, the factory has no overload for it.
  auto B = std::make_unique<core::Engine>(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto B = std::make_unique<core::Engine>(3);
  // An array is not what the factory makes.
  auto C = std::make_unique<core::Engine[]>(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto C = std::make_unique<core::Engine[]>(2);
  // Written in a macro that other code may use differently.
  auto D = MAKE_ENGINE("macro");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto D = MAKE_ENGINE("macro");
  // The factory returns a shared_ptr, which cannot become a unique_ptr.
  auto E = std::make_unique<ui::Widget>(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'ui::Widget' is constructed through 'std::make_unique'; create it through its factory 'ui::makeWidget'
  // CHECK-FIXES: auto E = std::make_unique<ui::Widget>(1);
  // A factory that is a class: which member to call is the user's choice.
  auto F = std::make_unique<pool::Conn>(80);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'pool::Conn' is constructed through 'std::make_unique'; create it through a member of 'pool::ConnPool'
  // CHECK-FIXES: auto F = std::make_unique<pool::Conn>(80);
}

int shared() {
  // A unique_ptr factory is converted, so the expression keeps its type.
  auto A = std::make_shared<core::Engine>("a", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_shared';
  // CHECK-FIXES: auto A = std::shared_ptr<core::Engine>(::core::EngineFactory::create("a", 1));
  std::shared_ptr<core::Engine> B = A;
  // A shared_ptr factory replaces the call.
  auto C = std::make_shared<ui::Widget>(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'ui::Widget' is constructed through 'std::make_shared';
  // CHECK-FIXES: auto C = ::ui::makeWidget(7);
  auto D = std::make_shared<pool::Conn>(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'pool::Conn' is constructed through 'std::make_shared';
  // CHECK-FIXES: auto D = std::make_shared<pool::Conn>(8);
  return B->threads() + C->Id + D->port();
}

void plainNew(void *Buffer) {
  core::Engine *A = new core::Engine("a", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new'; create it through its factory 'core::EngineFactory::create'
  // CHECK-FIXES: core::Engine *A = ::core::EngineFactory::create("a", 1).release();
  delete A;
  delete new core::Engine("b");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed with 'new';
  // CHECK-FIXES: delete ::core::EngineFactory::create("b").release();
  // Forms the factory does not replace.
  core::Engine *B = new core::Engine;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  // CHECK-FIXES: core::Engine *B = new core::Engine;
  core::Engine *C = new core::Engine{"c", 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  // CHECK-FIXES: core::Engine *C = new core::Engine{"c", 1};
  core::Engine *D = new core::Engine[2];
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  // CHECK-FIXES: core::Engine *D = new core::Engine[2];
  core::Engine *E = new (Buffer) core::Engine("e", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  // CHECK-FIXES: core::Engine *E = new (Buffer) core::Engine("e", 1);
  ui::Widget *W = new ui::Widget(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'ui::Widget' is constructed with 'new';
  // CHECK-FIXES: ui::Widget *W = new ui::Widget(3);
  delete B;
  delete C;
  delete[] D;
  E->~Engine();
  delete W;
}

//===--- FactoryConstructionCheck.cpp ---===//
#include "checks/FactoryConstructionCheck.h"

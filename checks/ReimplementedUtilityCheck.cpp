//===--- ReimplementedUtilityCheck.cpp ---===//
#include "checks/ReimplementedUtilityCheck.h"

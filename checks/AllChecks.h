//===--- AllChecks.h - headers of every registered check ------------------===//
#ifndef SSOT_CHECKS_ALLCHECKS_H
#define SSOT_CHECKS_ALLCHECKS_H

#include "checks/EnvAccessCheck.h"
#include "checks/FactoryConstructionCheck.h"
#include "checks/ReimplementedUtilityCheck.h"
#include "checks/RelativeIncludeCheck.h"
#include "checks/BridgeBypassCheck.h"

#endif

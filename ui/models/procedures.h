#pragma once

#include "core/alert.h"

#include <QStringList>

namespace bg {

/// The checklist an operator follows for an alert of this category, in the current language.
/// Drawn from common control-room practice in Korea (verify on camera, call the 112/119
/// situation room when people are at risk, dispatch, record); a centre adapts them.
QStringList procedureSteps(AlertCategory category);

}  // namespace bg

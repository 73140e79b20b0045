#pragma once

#include "cli/ctl_options.h"

#include <QTextStream>

/// The commands of `bitgoeulctl`, each printing to `out` (results) and `err` (one line per
/// problem). Returns the process exit status: 0 success, 1 failure (2 is for usage errors,
/// decided before a command runs).
int runCtlCommand(const bg::CtlOptions& options, QTextStream& out, QTextStream& err);

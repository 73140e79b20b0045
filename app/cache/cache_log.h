#pragma once

#include <QLoggingCategory>

/// Logging category of app/cache: `bitgoeul.cache` (opening, moving aside, migrations, batches).
/// Toggle with QT_LOGGING_RULES="bitgoeul.cache.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCache)

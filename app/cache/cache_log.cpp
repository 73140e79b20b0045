#include "cache/cache_log.h"

// Info and above by default: opening, moving aside and migrations are rare and worth a line.
Q_LOGGING_CATEGORY(lcCache, "bitgoeul.cache", QtInfoMsg)

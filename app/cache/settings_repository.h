#pragma once

#include "cache/cache_writer.h"
#include "core/result.h"

#include <QString>

#include <optional>

class QSqlDatabase;

namespace bg {

/// Small key/value preferences kept in the cache (last page, map view …).
///
/// Threading: stateless; the WriteOps run on the CacheWriter thread, the reads on the caller's
/// thread with a connection that thread opened.
class SettingsRepository {
public:
    static WriteOp set(QString key, QString value);
    static WriteOp remove(QString key);
    /// The value, or nothing when the key was never set.
    static Result<std::optional<QString>> get(QSqlDatabase& db, const QString& key);
};

}  // namespace bg

#pragma once

#include "core/share_delivery.h"

#include <QString>

namespace bg {

/// Delivers a share by writing its manifest as `<dir>/<share id>.json` (written whole, then
/// renamed, so a gateway polling the folder never reads half a file). A revocation rewrites it.
///
/// Threading: any one thread; `done` is called before deliver() returns.
class FileShareDelivery : public ShareDelivery {
public:
    explicit FileShareDelivery(QString dir) : m_dir(std::move(dir)) {}
    QString name() const override { return QStringLiteral("file:") + m_dir; }
    void deliver(const QJsonObject& manifest, Done done) override;
    /// The file a share's manifest goes to.
    QString pathFor(const QString& shareId) const;

private:
    QString m_dir;
};

}  // namespace bg

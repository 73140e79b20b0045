#include "services/file_share_delivery.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace bg {

QString FileShareDelivery::pathFor(const QString& shareId) const {
    // The URN's last part is a UUID: safe as a file name.
    return QDir(m_dir).filePath(QStringLiteral("share-%1.json").arg(shareId.section(u':', -1)));
}

void FileShareDelivery::deliver(const QJsonObject& manifest, Done done) {
    const QString shareId = manifest.value(u"shareId").toString();
    if (shareId.isEmpty()) {
        done(Status::fail(QStringLiteral("manifest: shareId is missing")));
        return;
    }
    if (!QDir().mkpath(m_dir)) {
        done(Status::fail(
            QStringLiteral("escalation/delivery: cannot create folder %1").arg(m_dir)));
        return;
    }
    QSaveFile file(pathFor(shareId));
    if (!file.open(QIODevice::WriteOnly)) {
        done(Status::fail(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())));
        return;
    }
    file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        done(Status::fail(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())));
        return;
    }
    done(Status::ok());
}

}  // namespace bg

#include "video/gst_runtime.h"

#include <QLoggingCategory>

#include <gst/gst.h>

Q_LOGGING_CATEGORY(lcVideo, "bitgoeul.video")

namespace bg {

Status initGStreamer() {
    static const Status status = [] {
        GError* error = nullptr;
        if (!gst_init_check(nullptr, nullptr, &error)) {
            const QString msg = QStringLiteral("GStreamer failed to initialise: %1")
                                    .arg(QString::fromUtf8(error ? error->message : "unknown"));
            if (error) g_error_free(error);
            qCCritical(lcVideo).noquote() << msg;
            return Status::fail(msg);
        }
        return Status::ok();
    }();
    return status;
}

QString gstreamerVersion() {
    if (!initGStreamer()) return QStringLiteral("GStreamer (not available)");
    gchar* v = gst_version_string();
    const QString s = QString::fromUtf8(v);
    g_free(v);
    return s;
}

QStringList requiredVideoElements() {
    return {QStringLiteral("rtspsrc"),      QStringLiteral("rtph264depay"),
            QStringLiteral("h264parse"),    QStringLiteral("avdec_h264"),
            QStringLiteral("videoconvert"), QStringLiteral("videoscale"),
            QStringLiteral("tee"),          QStringLiteral("queue"),
            QStringLiteral("appsink"),      QStringLiteral("identity")};
}

QStringList missingGstElements(const QStringList& elements) {
    if (!initGStreamer()) return elements;
    QStringList missing;
    for (const QString& name : elements) {
        GstElementFactory* f = gst_element_factory_find(name.toUtf8().constData());
        if (!f)
            missing << name;
        else
            gst_object_unref(f);
    }
    return missing;
}

}  // namespace bg

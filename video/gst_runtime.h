#pragma once

#include "core/result.h"

#include <QStringList>

namespace bg {

/// Initialises GStreamer once per process (idempotent). Fails with GStreamer's message.
Status initGStreamer();

/// "GStreamer 1.22.0"; initialises GStreamer when needed.
QString gstreamerVersion();

/// The GStreamer elements live video needs: RTSP source, depayloader, parser, decoder,
/// conversion, the tee for recording and the appsink.
QStringList requiredVideoElements();

/// Which of `elements` this machine's GStreamer lacks (empty when all are present).
QStringList missingGstElements(const QStringList& elements);

}  // namespace bg

#include "ui/camera_preview.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "ui/wall_controller.h"
#include "video/live_source.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace bg {

namespace {
constexpr int kGrabTimeoutMs = 6000;
constexpr QSize kPreviewSize(320, 180);
}  // namespace

CameraPreviewProvider::CameraPreviewProvider(EntityStore* store, WallController* wall,
                                             QThread* videoThread, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_wall(wall),
      m_videoThread(videoThread),
      m_poll(new QTimer(this)) {
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &CameraPreviewProvider::poll);
}

CameraPreviewProvider::~CameraPreviewProvider() {
    stopGrab();
}

void CameraPreviewProvider::request(const QString& cameraId) {
    if (cameraId == m_pending && m_grab) return;  // already looking
    cancel();
    const Camera* c = m_store ? m_store->get<Camera>(cameraId) : nullptr;
    if (!c) {
        Q_EMIT failed(cameraId, tr("Unknown camera"));
        return;
    }
    if (m_wall) {
        const VideoFrame live = m_wall->latestFrame(cameraId);
        if (!live.isNull()) {
            const qint64 at = live.captureUtcMs > 0 ? live.captureUtcMs : live.arrivalUtcMs;
            Q_EMIT ready(cameraId, live.image, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), true);
            return;
        }
    }
    const auto cached = m_cache.constFind(cameraId);
    if (cached != m_cache.cend() && cached->at.msecsTo(QDateTime::currentDateTimeUtc()) < m_ttlMs) {
        Q_EMIT ready(cameraId, cached->image, cached->at, false);
        return;
    }
    const QUrl url = c->subStreamUrl.isEmpty() ? c->mainStreamUrl : c->subStreamUrl;
    if (url.isEmpty() || !m_videoThread) {
        Q_EMIT failed(cameraId, tr("No stream"));
        return;
    }
    m_pending = cameraId;
    LiveSourceConfig config;
    config.url = url;
    m_grab = std::make_unique<LiveSource>(config, m_videoThread);
    m_grab->setOutputSize(kPreviewSize);
    m_grab->start();
    m_grabStartMs = QDateTime::currentMSecsSinceEpoch();
    m_poll->start();
}

void CameraPreviewProvider::cancel() {
    stopGrab();
    m_pending.clear();
}

void CameraPreviewProvider::poll() {
    if (!m_grab) return;
    if (auto f = m_grab->frames().latestAfter(0)) {
        const QString id = m_pending;
        const qint64 at = f->captureUtcMs > 0 ? f->captureUtcMs : f->arrivalUtcMs;
        const Cached c{f->image.copy(), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)};
        m_cache.insert(id, c);
        cancel();
        Q_EMIT ready(id, c.image, c.at, false);
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_grabStartMs > kGrabTimeoutMs) {
        const QString id = m_pending;
        cancel();
        Q_EMIT failed(id, tr("The camera sent no picture"));
    }
}

void CameraPreviewProvider::stopGrab() {
    m_poll->stop();
    if (!m_grab) return;
    LiveSource::retire(std::move(m_grab));  // its teardown waits for the camera: not here
}

// --- popup ------------------------------------------------------------------------------------

CameraPreviewPopup::CameraPreviewPopup(QWidget* parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint),
      m_title(new QLabel),
      m_picture(new QLabel),
      m_status(new QLabel) {
    setObjectName(QStringLiteral("cameraPreview"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFrameShape(QFrame::Box);
    setStyleSheet(
        QStringLiteral("#cameraPreview { background: #11161d; border: 1px solid #f2a900; }"
                       "QLabel { color: #e6ebf2; } #previewStatus { color: #9aa5b5; }"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_picture->setFixedSize(kPreviewSize);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setStyleSheet(QStringLiteral("background: #0b0e13;"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(6, 6, 6, 6);
    l->setSpacing(4);
    l->addWidget(m_title);
    l->addWidget(m_picture);
    l->addWidget(m_status);
}

void CameraPreviewPopup::showLoading(const QString& name, const QPoint& globalPos) {
    m_title->setText(name);
    m_picture->setPixmap({});
    m_picture->setText(tr("Connecting…"));
    m_status->setText(tr("Opening the camera's sub stream"));
    adjustSize();
    place(globalPos);
    show();
}

void CameraPreviewPopup::showImage(const QString& name, const QImage& image, const QDateTime& at,
                                   bool live) {
    m_title->setText(name);
    m_picture->setText({});
    m_picture->setPixmap(QPixmap::fromImage(
        image.scaled(kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const QString time = toSeoul(at).toString(QStringLiteral("HH:mm:ss"));
    m_status->setText(live ? tr("Live on the wall · %1").arg(time)
                           : tr("Snapshot · %1 · click to open it live").arg(time));
}

void CameraPreviewPopup::showFailure(const QString& name, const QString& reason) {
    m_title->setText(name);
    m_picture->setPixmap({});
    m_picture->setText(reason);
    m_status->setText(tr("No picture"));
}

QString CameraPreviewPopup::statusText() const {
    return m_status->text();
}

void CameraPreviewPopup::place(const QPoint& globalPos) {
    QPoint at = globalPos + QPoint(18, 18);
    if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        if (at.x() + width() > area.right()) at.setX(globalPos.x() - width() - 12);
        if (at.y() + height() > area.bottom()) at.setY(globalPos.y() - height() - 12);
    }
    move(at);
}

}  // namespace bg

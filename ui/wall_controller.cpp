#include "ui/wall_controller.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "video/analytics/analytics_engine.h"
#include "video/cpu_meter.h"
#include "video/live_source.h"
#include "widgets/video_wall.h"

#include <QDateTime>
#include <QDebug>
#include <QSettings>
#include <QTimer>

namespace bg {

namespace {
constexpr int kDisplayIntervalMs = 33;  // ~30 Hz: enough for CCTV, frames are never queued
constexpr qint64 kNoSignalAfterMs = 3000;
}  // namespace

bool wantsMainStream(int gridSize, bool maximised) {
    if (gridSize * gridSize > 16) return maximised;  // big layouts: sub unless maximised
    return maximised || gridSize == 1;
}

struct WallController::Slot {
    QString cameraId;
    QUrl url;
    bool main = false;
    bool keyframesOnly = false;
    bool analysed = false;   ///< registered with the analytics engine
    quint64 generation = 0;  ///< counts sources, so results of an old one are not taken for new
    double fullFps = 0;      ///< the rate it decoded before it went keyframe-only
    QSize nativeSize;        ///< the stream's own frame size, learnt from an unscaled frame
    QSize outputSize;        ///< what the pipeline scales to now (empty: native)
    std::unique_ptr<LiveSource> source;
    quint64 lastSeq = 0;
    qint64 troubleSinceMs = -1;  ///< since when the stream has not been playing
    bool troubleReported = false;
};

WallController::WallController(VideoWall* wall, EntityStore* store, QThread* videoThread,
                               QObject* parent)
    : QObject(parent),
      m_wall(wall),
      m_store(store),
      m_videoThread(videoThread),
      m_display(new QTimer(this)),
      m_balance(new QTimer(this)),
      m_cpu(std::make_unique<CpuMeter>()) {
    connect(wall, &VideoWall::gridChanged, this, &WallController::onGridChanged);
    connect(wall, &VideoWall::maximisedChanged, this, &WallController::onMaximised);
    connect(wall, &VideoWall::cameraDropped, this, &WallController::openByOperator);
    // Crosswalk signals change in the hub: the crosswalk rules follow them.
    connect(store, &EntityStore::entityChanged, this, [this](const QString&, EntityKind kind) {
        if (kind == EntityKind::Crosswalk) updateSignalPhases();
    });
    connect(m_display, &QTimer::timeout, this, &WallController::tick);
    m_display->start(kDisplayIntervalMs);
    connect(m_balance, &QTimer::timeout, this, &WallController::balanceLoad);
    connect(m_balance, &QTimer::timeout, this, &WallController::watchStreams);
    m_balance->start(1000);
    onGridChanged(wall->gridSize());
}

WallController::~WallController() {
    if (m_analytics)
        for (int i = 0; i < int(m_slots.size()); ++i)
            if (m_slots[i]->analysed) m_analytics->removeCamera(analyticsKey(i));
}

void WallController::setAnalytics(AnalyticsEngine* engine, int maxCameras) {
    m_analytics = engine;
    m_maxAnalysed = maxCameras;
    if (engine) connect(engine, &AnalyticsEngine::analysed, this, &WallController::onAnalysed);
    updateAnalytics();
}

bool WallController::isAnalysed(int index) const {
    return index >= 0 && index < int(m_slots.size()) && m_slots[index]->analysed;
}

QString WallController::analyticsKey(int index) const {
    return QStringLiteral("tile%1#%2").arg(index).arg(m_slots[index]->generation);
}

QVector<Rule> WallController::rulesFor(const QString& cameraId) {
    if (cameraId.isEmpty()) return {};
    if (auto it = m_rules.constFind(cameraId); it != m_rules.constEnd()) return *it;
    QVector<Rule> rules;
    if (m_ruleSettings) {
        const QByteArray json =
            m_ruleSettings->value(QStringLiteral("rules/") + cameraId).toString().toUtf8();
        if (!json.isEmpty()) {
            auto parsed = rulesFromJson(json);
            if (parsed)
                rules = parsed.value();
            else
                qWarning().noquote() << "rules of" << cameraId << "ignored:" << parsed.error();
        }
    }
    m_rules.insert(cameraId, rules);
    return rules;
}

void WallController::setRulesFor(const QString& cameraId, const QVector<Rule>& rules) {
    m_rules.insert(cameraId, rules);
    if (m_ruleSettings) {
        if (rules.isEmpty())
            m_ruleSettings->remove(QStringLiteral("rules/") + cameraId);
        else
            m_ruleSettings->setValue(QStringLiteral("rules/") + cameraId,
                                     QString::fromUtf8(rulesToJson(rules)));
    }
    for (int i = 0; i < int(m_slots.size()); ++i)
        if (m_slots[i]->cameraId == cameraId && m_slots[i]->analysed && m_analytics)
            m_analytics->setRules(analyticsKey(i), rules);
    refreshRuleShapes();
}

bool WallController::addRule(int index, const QString& kind, const QPolygonF& zone,
                             const QLineF& line) {
    const QString camera = cameraAt(index);
    const auto k = enumFromName<RuleKind>(kind);
    if (camera.isEmpty() || !k) return false;
    Rule r = Rule::drawn(*k, zone, line);
    r.id = QStringLiteral("%1-%2").arg(kind).arg(QDateTime::currentMSecsSinceEpoch());
    auto json = Rule::fromJson(r.toJson());  // the same checks as a rule read back
    if (!json) {
        qWarning().noquote() << json.error();
        return false;
    }
    QVector<Rule> rules = rulesFor(camera);
    rules.append(json.value());
    setRulesFor(camera, rules);
    return true;
}

void WallController::updateSignalPhases() {
    if (!m_analytics) return;
    for (const Crosswalk& x : m_store->all<Crosswalk>()) {
        if (x.cameraId.isEmpty()) continue;
        for (int i = 0; i < int(m_slots.size()); ++i)
            if (m_slots[i]->analysed && m_slots[i]->cameraId == x.cameraId)
                m_analytics->setSignalPhase(analyticsKey(i), x.phase);
    }
}

void WallController::refreshRuleShapes() {
    for (int i = 0; i < int(m_slots.size()); ++i) {
        QVector<VideoTile::RuleShape> shapes;
        for (const Rule& r : rulesFor(m_slots[i]->cameraId))
            shapes.append({r.zone, r.line, VideoTile::ruleKindText(enumName(r.kind))});
        m_wall->tile(i)->setRuleShapes(shapes);
    }
}

void WallController::updateAnalytics() {
    if (!m_analytics) return;
    int budget = m_maxAnalysed;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        Slot& s = *m_slots[i];
        VideoTile* t = m_wall->tile(i);
        const bool want = s.source && t->isVisible() && t->overlayEnabled() && budget > 0;
        if (want) --budget;
        if (want && !s.analysed) {
            m_analytics->addCamera(analyticsKey(i), &s.source->frames(), 5);
            m_analytics->setRules(analyticsKey(i), rulesFor(s.cameraId));
            s.analysed = true;
            updateSignalPhases();
        } else if (!want && s.analysed) {
            m_analytics->removeCamera(analyticsKey(i));
            s.analysed = false;
            t->setOverlay({}, {}, -1);
            t->setAnalyticsText({});
        }
    }
}

int inRuleZones(const QVector<Rule>& rules, const QVector<Track>& tracks, QSize frameSize) {
    if (frameSize.isEmpty()) return 0;
    static const QStringList kInteresting{QStringLiteral("person"),     QStringLiteral("car"),
                                          QStringLiteral("bus"),        QStringLiteral("truck"),
                                          QStringLiteral("motorcycle"), QStringLiteral("bicycle")};
    int count = 0;
    for (const Track& t : tracks) {
        if (!kInteresting.contains(t.className)) continue;
        // The foot point, normalised like the zones.
        const QPointF foot(t.box.center().x() / frameSize.width(),
                           t.box.bottom() / frameSize.height());
        for (const Rule& rule : rules)
            if (rule.enabled && rule.zone.size() >= 3 &&
                rule.zone.containsPoint(foot, Qt::OddEvenFill)) {
                ++count;
                break;
            }
    }
    return count;
}

void WallController::onAnalysed(const AnalysisResult& r) {
    for (int i = 0; i < int(m_slots.size()); ++i) {
        if (!m_slots[i]->analysed || analyticsKey(i) != r.cameraId) continue;
        QVector<VideoTile::OverlayBox> boxes;
        for (const Track& track : r.tracks) {
            const bool person = track.className == u"person";
            boxes.append({track.box,
                          QStringLiteral("%1 %2 · %3")
                              .arg(track.className)
                              .arg(track.id)
                              .arg(double(track.confidence), 0, 'f', 2),
                          person ? QColor(0xf2, 0xa9, 0x00) : QColor(0x4c, 0xc9, 0xf0),
                          track.trail});
        }
        VideoTile* t = m_wall->tile(i);
        t->setOverlay(boxes, r.frameSize, r.frameArrivalMs);
        for (const RuleEvent& e : r.events) Q_EMIT ruleEvent(m_slots[i]->cameraId, e, r.snapshot);
        Q_EMIT presence(m_slots[i]->cameraId,
                        inRuleZones(rulesFor(m_slots[i]->cameraId), r.tracks, r.frameSize));
        const CameraAnalyticsHealth h = m_analytics->health(r.cameraId);
        t->setAnalyticsText(QStringLiteral("AI %1 fps · %2 ms")
                                .arg(h.analysedFps, 0, 'f', 1)
                                .arg(qRound(h.inferenceMs)));
        return;
    }
}

void WallController::onGridChanged(int n) {
    for (size_t i = size_t(n * n); i < m_slots.size(); ++i)
        if (m_slots[i]->analysed && m_analytics) m_analytics->removeCamera(analyticsKey(int(i)));
    m_slots.resize(size_t(n * n));
    for (auto& s : m_slots)
        if (!s) s = std::make_unique<Slot>();
    for (int i = 0; i < int(m_slots.size()); ++i) {
        VideoTile* t = m_wall->tile(i);
        t->setTimeZone(seoulTimeZone());
        if (!t->property("bgWired").toBool()) {  // new tiles only: a grid change keeps the old
            t->setProperty("bgWired", true);
            connect(t, &VideoTile::overlayToggled, this, &WallController::updateAnalytics);
            connect(t, &VideoTile::ruleRequested, this, [this, i, t](const QString& kind) {
                m_pendingRule.insert(i, kind);
                t->startDrawing(kind == u"lineCrossing" ? VideoTile::DrawMode::Line
                                                        : VideoTile::DrawMode::Zone);
            });
            connect(t, &VideoTile::zoneDrawn, this, [this, i](const QPolygonF& zone) {
                addRule(i, m_pendingRule.take(i), zone, {});
            });
            connect(t, &VideoTile::lineDrawn, this,
                    [this, i](const QLineF& line) { addRule(i, m_pendingRule.take(i), {}, line); });
            connect(t, &VideoTile::rulesCleared, this, [this, i] { setRulesFor(cameraAt(i), {}); });
        }
        const QString id = m_slots[i]->cameraId;
        const Camera* c = id.isEmpty() ? nullptr : m_store->get<Camera>(id);
        if (c)
            t->setCamera(c->id, c->name.text());
        else
            t->clear();
        refreshStream(i);
    }
}

void WallController::onMaximised(int index) {
    if (!cameraAt(index).isEmpty()) Q_EMIT cameraViewed(cameraAt(index), true);
    for (int i = 0; i < int(m_slots.size()); ++i) refreshStream(i);
    updateAnalytics();
}

void WallController::assign(int index, const QString& cameraId) {
    if (index < 0 || index >= int(m_slots.size())) return;
    Slot& s = *m_slots[index];
    s.cameraId = cameraId;
    s.url.clear();  // force a new source
    VideoTile* t = m_wall->tile(index);
    const Camera* c = cameraId.isEmpty() ? nullptr : m_store->get<Camera>(cameraId);
    if (c)
        t->setCamera(c->id, c->name.text());
    else
        t->clear();
    refreshStream(index);
    refreshRuleShapes();
}

void WallController::openByOperator(int index, const QString& cameraId) {
    assign(index, cameraId);
    if (!cameraAt(index).isEmpty()) Q_EMIT cameraViewed(cameraId, false);
}

QString WallController::cameraAt(int index) const {
    return index >= 0 && index < int(m_slots.size()) ? m_slots[index]->cameraId : QString();
}

QStringList WallController::cameras() const {
    QStringList out;
    for (const auto& s : m_slots) out << s->cameraId;
    return out;
}

QUrl WallController::playingUrl(int index) const {
    return index >= 0 && index < int(m_slots.size()) && m_slots[index]->source ? m_slots[index]->url
                                                                               : QUrl();
}

VideoFrame WallController::latestFrame(const QString& cameraId) const {
    for (int i = 0; i < int(m_slots.size()); ++i)
        if (m_slots[i]->cameraId == cameraId && m_slots[i]->source) {
            const VideoFrame& f = m_wall->tile(i)->frame();
            if (!f.isNull()) return f;
        }
    return {};
}

int WallController::firstEmptyTile() const {
    for (int i = 0; i < int(m_slots.size()); ++i)
        if (m_slots[i]->cameraId.isEmpty()) return i;
    return -1;
}

void WallController::refreshStream(int index) {
    Slot& s = *m_slots[index];
    const Camera* c = s.cameraId.isEmpty() ? nullptr : m_store->get<Camera>(s.cameraId);
    const bool maximised = m_wall->maximisedIndex() == index;
    const bool hidden = m_wall->maximisedIndex() >= 0 && !maximised;
    const bool main = wantsMainStream(m_wall->gridSize(), maximised);
    QUrl url;
    if (c && !hidden)
        url = main && !c->mainStreamUrl.isEmpty() ? c->mainStreamUrl : c->subStreamUrl;
    if (url == s.url && (s.source != nullptr) == !url.isEmpty()) return;
    if (s.analysed && m_analytics) {  // the engine reads the old source's slot: detach first
        m_analytics->removeCamera(analyticsKey(index));
        s.analysed = false;
    }
    LiveSource::retire(std::move(s.source));  // the GUI thread does not wait for the camera
    s.url = url;
    s.main = main;
    s.keyframesOnly = false;
    s.nativeSize = {};
    s.outputSize = {};
    s.lastSeq = 0;
    if (url.isEmpty()) return;
    LiveSourceConfig config;
    config.url = url;
    ++s.generation;
    s.source = std::make_unique<LiveSource>(config, m_videoThread);
    s.source->start();
    m_wall->tile(index)->setState(VideoTile::State::Connecting);
    updateAnalytics();
}

void WallController::tick() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < int(m_slots.size()); ++i) {
        Slot& s = *m_slots[i];
        VideoTile* t = m_wall->tile(i);
        if (!s.source || !t->isVisible()) continue;
        // Scale in the pipeline to what the tile shows; analysed tiles keep the stream's pixels.
        QSize wanted;
        if (!s.analysed && t->frameSize().isValid()) {
            const QSize fitted = t->frameSize().scaled(t->size(), Qt::KeepAspectRatio);
            if (fitted.width() < s.nativeSize.width()) wanted = fitted;
        }
        if (wanted != s.outputSize) {
            s.outputSize = wanted;
            s.source->setOutputSize(wanted);
        }
        if (auto f = s.source->frames().latestAfter(s.lastSeq)) {
            if (s.outputSize.isEmpty()) s.nativeSize = f->image.size();
            s.lastSeq = f->sequence;
            t->setFrame(*f);
        }
        const StreamStats stats = s.source->stats();
        switch (s.source->state()) {
            case StreamState::Playing:
                t->setState(s.source->frames().msSinceLastFrame(now) > kNoSignalAfterMs
                                ? VideoTile::State::NoSignal
                                : VideoTile::State::Playing);
                break;
            case StreamState::Reconnecting:
                t->setState(VideoTile::State::Reconnecting, stats.reconnects);
                break;
            case StreamState::Unauthorized:
                t->setState(VideoTile::State::Unauthorized);
                break;
            case StreamState::NotFound:
                t->setState(VideoTile::State::NotFound);
                break;
            default:
                t->setState(VideoTile::State::Connecting);
                break;
        }
        t->setHealth({stats.fps, stats.latencyMs, stats.kbps, s.keyframesOnly, s.main});
    }
}

void WallController::watchStreams() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto& slot : m_slots) {
        Slot& s = *slot;
        const StreamState state = s.source ? s.source->state() : StreamState::Idle;
        if (!s.source || state == StreamState::Playing) {
            s.troubleSinceMs = -1;
            s.troubleReported = false;
            continue;
        }
        if (s.troubleSinceMs < 0) s.troubleSinceMs = now;
        if (s.troubleReported || now - s.troubleSinceMs < m_streamTroubleMs) continue;
        s.troubleReported = true;
        Q_EMIT streamTrouble(s.cameraId, state == StreamState::Unauthorized,
                             int((now - s.troubleSinceMs) / 1000));
    }
}

void WallController::balanceLoad() {
    const double load = m_cpu->sample();
    if (load < 0) return;
    QVector<TileLoad> tiles;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        const Slot& s = *m_slots[i];
        if (!s.source || s.source->state() != StreamState::Playing) continue;
        const QSize size = m_wall->tile(i)->frameSize();
        // A keyframe-only tile counts what it cost at full rate, so recovery restores the
        // cheapest first.
        const double fps = s.keyframesOnly ? s.fullFps : s.source->stats().fps;
        tiles.append({i, double(size.width()) * size.height() * fps, s.keyframesOnly});
    }
    const DegradeDecision d =
        decideDegrade(DegradeConfig{}, m_degrade, load, tiles, QDateTime::currentMSecsSinceEpoch());
    for (int i : d.toKeyframes) {
        m_slots[i]->keyframesOnly = true;
        m_slots[i]->fullFps = m_slots[i]->source->stats().fps;
        m_slots[i]->source->setKeyframesOnly(true);
    }
    for (int i : d.toFull) {
        m_slots[i]->keyframesOnly = false;
        m_slots[i]->source->setKeyframesOnly(false);
    }
}

}  // namespace bg

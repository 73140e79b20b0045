#pragma once

#include "video/analytics/rule.h"
#include "video/analytics/rule_engine.h"
#include "video/degrade_policy.h"

#include <QHash>
#include <QImage>
#include "widgets/video_tile.h"

#include <QObject>
#include <QUrl>
#include <QVector>

#include <memory>

class QSettings;
class QThread;
class QTimer;

namespace bg {

class EntityStore;
class AnalyticsEngine;
struct AnalysisResult;
class CpuMeter;
class LiveSource;
class VideoWall;

/// Which stream a tile should play: the main stream for a maximised tile or a single-tile
/// layout, the sub stream for every other tile — and always the sub stream above 16 tiles.
bool wantsMainStream(int gridSize, bool maximised);

/// How many people or vehicles (by class) have their foot point inside an enabled rule zone.
int inRuleZones(const QVector<Rule>& rules, const QVector<Track>& tracks, QSize frameSize);

/// Plays cameras in the tiles of a VideoWall: one LiveSource per occupied tile (sub or main
/// stream as `wantsMainStream` says), frames pulled at display rate from each source's slot,
/// the tile's state and health badge kept current. Once a second it measures the console's CPU
/// and, as `decideDegrade` says, moves the costliest tiles to keyframe-only decoding under
/// overload and back when the load has been low for a while.
///
/// Threading: GUI thread. The sources' GStreamer work runs on `videoThread`.
class WallController : public QObject {
    Q_OBJECT
public:
    WallController(VideoWall* wall, EntityStore* store, QThread* videoThread,
                   QObject* parent = nullptr);
    ~WallController() override;

    /// Shows camera `cameraId` in tile `index` (empty id clears the tile).
    void assign(int index, const QString& cameraId);
    /// assign() for a camera the operator chose (list, map, drop): also reports cameraViewed.
    void openByOperator(int index, const QString& cameraId);
    QString cameraAt(int index) const;
    QStringList cameras() const;
    /// The URL a tile plays now (credentials included: never show it), empty when idle.
    QUrl playingUrl(int index) const;
    /// The latest picture of a camera that plays on the wall now; null when it does not.
    VideoFrame latestFrame(const QString& cameraId) const;
    /// The first tile without a camera, or -1.
    int firstEmptyTile() const;
    /// Runs the AI analytics on the playing tiles whose overlay is on, at most `maxCameras`
    /// of them (detection costs a large share of a core per camera).
    void setAnalytics(AnalyticsEngine* engine, int maxCameras = 4);
    /// Whether tile `index` is being analysed now.
    bool isAnalysed(int index) const;
    /// How long a stream may be without a picture before `streamTrouble` (default 30 s).
    void setStreamTroubleMs(int ms) { m_streamTroubleMs = ms; }
    /// Where each camera's rules are kept ("rules/<camera id>", JSON).
    void setRuleSettings(QSettings* settings) { m_ruleSettings = settings; }
    QVector<Rule> rulesFor(const QString& cameraId);
    void setRulesFor(const QString& cameraId, const QVector<Rule>& rules);
    /// Adds a rule of `kind` ("zoneIntrusion" …) with its shape to the camera in tile `index`.
    bool addRule(int index, const QString& kind, const QPolygonF& zone, const QLineF& line);

Q_SIGNALS:
    /// A rule of a camera on the wall saw something: the alert engine turns it into an alert.
    void ruleEvent(const QString& cameraId, const bg::RuleEvent& event, const QImage& snapshot);
    /// An analysed frame of a camera: how many people or vehicles stand inside its rule zones
    /// (0 when it has none). Selective monitoring ranks cameras by it.
    void presence(const QString& cameraId, int count);
    /// A camera on the wall has given no picture for the trouble time (reconnecting, refused,
    /// no such stream): once per outage, with whether the camera refused our credentials.
    void streamTrouble(const QString& cameraId, bool unauthorized, int seconds);
    /// The operator opened a camera on the wall or maximised its tile (for the activity log).
    void cameraViewed(const QString& cameraId, bool maximised);

private:
    struct Slot;
    void onGridChanged(int n);
    void onMaximised(int index);
    void refreshStream(int index);
    void tick();
    void balanceLoad();
    void watchStreams();
    void updateAnalytics();
    void onAnalysed(const AnalysisResult& result);
    QString analyticsKey(int index) const;

    VideoWall* m_wall;
    EntityStore* m_store;
    QThread* m_videoThread;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QTimer* m_display;
    QTimer* m_balance;
    std::unique_ptr<CpuMeter> m_cpu;
    DegradeState m_degrade;
    AnalyticsEngine* m_analytics = nullptr;
    int m_maxAnalysed = 4;
    QSettings* m_ruleSettings = nullptr;
    int m_streamTroubleMs = 30'000;
    QHash<QString, QVector<Rule>> m_rules;
    QHash<int, QString> m_pendingRule;  ///< tile → rule kind being drawn
    void refreshRuleShapes();
    /// Passes each analysed camera's crosswalk signal (from the store) to its rules.
    void updateSignalPhases();
};

}  // namespace bg

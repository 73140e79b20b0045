#pragma once

#include "core/entity.h"
#include "ui/map_data.h"
#include "ui/page.h"
#include "widgets/map_marker.h"

#include <QHash>
#include <QSet>

#include <optional>

class QCheckBox;
class QCompleter;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace bg {

class EntityStore;
class MapView;

/// The Dong-gu map: the district, its dongs and roads from the bundled public data, and on them
/// what the entity store holds (cameras with their fields of view, parking occupancy, chargers,
/// crosswalks, smart poles, recycling machines, active alerts) plus the public child protection
/// zones and enforcement cameras. A side panel toggles the layers, explains the colours and
/// searches by name, address or dong. Clicking a camera emits `cameraActivated`.
class MapPage : public Page {
    Q_OBJECT
public:
    /// `store` may be null: the page then shows the base map and the public facilities only.
    explicit MapPage(EntityStore* store, QWidget* parent = nullptr);
    ~MapPage() override;

    QString pageName() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map"); }
    QString iconPath() const override { return QStringLiteral(":/icons/map.svg"); }

    MapView* view() const { return m_view; }
    /// Centres the map on a place (an alarm's location).
    void centerOn(const GeoPoint& at);
    /// Marks these cameras as unwatched (attention coverage); the others lose the mark.
    void setUnwatched(const QStringList& cameraIds);
    bool isUnwatched(const QString& cameraId) const { return m_unwatched.contains(cameraId); }
    /// Where hovering a camera gets its picture from (none: cameras have text tooltips).
    void setPreviewProvider(class CameraPreviewProvider* provider);
    class CameraPreviewPopup* previewPopup() const {
        return m_preview;
    }
    QCheckBox* layerToggle(MarkerKind kind) const { return m_toggles.value(int(kind)); }
    /// Finds `text` in dong names, then in names and addresses; centres the map on the first
    /// match and highlights it. Returns false when nothing matches.
    bool search(const QString& text);
    /// Problems met reading the bundled map data (empty when all was well).
    QStringList dataErrors() const { return m_data.errors; }

Q_SIGNALS:
    /// The operator clicked a camera on the map.
    void cameraActivated(const QString& id);

protected:
    void retranslateUi() override;

private:
    QString language() const;
    void setBaseAreas();
    void rebuildMarkers();
    void refreshEntity(const QString& id);
    void scheduleRefreshCounts();
    void refreshCounts();
    std::optional<MapMarker> markerFor(const Entity& entity) const;
    MapMarker facilityMarker(const MapFacility& f, MarkerKind kind) const;
    QWidget* buildSidePanel();
    QString legendText(int row) const;

    EntityStore* m_store;
    QSet<QString> m_unwatched;  ///< cameras nobody has looked at for a while
    class CameraPreviewProvider* m_previewProvider = nullptr;
    class CameraPreviewPopup* m_preview = nullptr;
    QString m_hovered;
    MapData m_data;
    MapView* m_view;
    QLineEdit* m_search;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QLabel* m_searchResult;
    QGroupBox* m_layersBox;
    QGroupBox* m_legendBox;
    QLabel* m_hint;
    QHash<int, QCheckBox*> m_toggles;  ///< MarkerKind → its toggle
    QCheckBox* m_roadsToggle;
    QCheckBox* m_dongsToggle;
    QCheckBox* m_neighboursToggle;
    QVector<QLabel*> m_legendLabels;  ///< one per legend row, texts set by retranslateUi
    QTimer* m_countTimer;
};

}  // namespace bg

#include "ui/map_page.h"

#include "ui/camera_preview.h"

#include "core/entity_store.h"
#include "widgets/map_view.h"
#include "widgets/marker_painter.h"

#include <QCheckBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace bg {

namespace {

const QColor kGood(0x2f, 0xbf, 0x71);
const QColor kBusy(0xf2, 0xa9, 0x00);
const QColor kBad(0xe5, 0x48, 0x4d);
const QColor kIdle(0x7d, 0x87, 0x96);
const QColor kCharging(0x3d, 0x8b, 0xfd);
const QColor kLightOn(0xf2, 0xc9, 0x4c);

/// Official romanisations, for the English UI (the data has Korean names only).
struct PlaceName {
    const char16_t* ko;
    const char* en;
};
constexpr PlaceName kPlaceNames[] = {{u"충장동", "Chungjang-dong"}, {u"동명동", "Dongmyeong-dong"},
                                     {u"계림1동", "Gyerim 1-dong"}, {u"계림2동", "Gyerim 2-dong"},
                                     {u"산수1동", "Sansu 1-dong"},  {u"산수2동", "Sansu 2-dong"},
                                     {u"지산1동", "Jisan 1-dong"},  {u"지산2동", "Jisan 2-dong"},
                                     {u"서남동", "Seonam-dong"},    {u"학동", "Hak-dong"},
                                     {u"학운동", "Hagun-dong"},     {u"지원1동", "Jiwon 1-dong"},
                                     {u"지원2동", "Jiwon 2-dong"},  {u"동구", "Dong-gu"},
                                     {u"서구", "Seo-gu"},           {u"남구", "Nam-gu"},
                                     {u"북구", "Buk-gu"},           {u"광산구", "Gwangsan-gu"}};

QString placeName(const QString& ko, const QString& lang) {
    if (lang != u"en") return ko;
    for (const PlaceName& p : kPlaceNames)
        if (ko == QStringView(p.ko)) return QString::fromLatin1(p.en);
    return ko;
}

/// The legend's colour keys, in the order shown.
enum LegendRow {
    LegendParkingFree,
    LegendParkingFilling,
    LegendParkingFull,
    LegendConnectorAvailable,
    LegendConnectorCharging,
    LegendConnectorFaulted,
    LegendCrosswalkGreen,
    LegendCrosswalkRed,
    LegendBlinking,
    LegendCameraOffline,
    LegendUnknown,
    LegendUnwatched,
    LegendCluster,
    kLegendRows
};
QColor legendColor(int row) {
    switch (row) {
        case LegendParkingFree:
        case LegendConnectorAvailable:
        case LegendCrosswalkGreen:
            return kGood;
        case LegendParkingFilling:
            return kBusy;
        case LegendConnectorCharging:
            return kCharging;
        case LegendUnknown:
            return kIdle;
        case LegendUnwatched:
            return QColor(0xf2, 0xa9, 0x00);
        case LegendCluster:
            return MarkerPainter::kindColor(MarkerKind::Camera).darker(115);
        default:
            return kBad;
    }
}

QPixmap swatch(QColor c, qreal dpr, bool dashedRing = false) {
    QPixmap pm(QSize(14, 14) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(10, 14, 20), 1));
    p.setBrush(c);
    if (dashedRing) {  // as the map draws it: a dashed ring around the marker
        p.setPen(QPen(c, 1.6, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return pm;
}

}  // namespace

MapPage::MapPage(EntityStore* store, QWidget* parent)
    : Page(parent),
      m_store(store),
      m_data(MapData::load()),
      m_view(new MapView),
      m_search(new QLineEdit),
      m_completer(new QCompleter(this)),
      m_completions(new QStringListModel(this)),
      m_searchResult(new QLabel),
      m_layersBox(new QGroupBox),
      m_legendBox(new QGroupBox),
      m_hint(new QLabel),
      m_roadsToggle(new QCheckBox),
      m_dongsToggle(new QCheckBox),
      m_neighboursToggle(new QCheckBox),
      m_countTimer(new QTimer(this)) {
    for (const QString& e : std::as_const(m_data.errors))
        qCWarning(lcUi).noquote() << "map data:" << e;

    m_view->setRoads(m_data.roads);
    connect(m_view, &MapView::cameraActivated, this, &MapPage::cameraActivated);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidePanel());
    layout->addWidget(m_view, 1);

    // Counts in the layer list follow the store at most twice a second.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(500);
    connect(m_countTimer, &QTimer::timeout, this, &MapPage::refreshCounts);

    if (m_store) {
        connect(m_store, &EntityStore::entityChanged, this,
                [this](const QString& id) { refreshEntity(id); });
        connect(m_store, &EntityStore::entitiesChanged, this, [this](const QStringList& ids) {
            for (const QString& id : ids) refreshEntity(id);
        });
        connect(m_store, &EntityStore::entityRemoved, this, [this](const QString& id) {
            m_view->removeMarker(id);
            scheduleRefreshCounts();
        });
        connect(m_store, &EntityStore::cleared, this, &MapPage::rebuildMarkers);
    }
    retranslateUi();
}

MapPage::~MapPage() = default;

QString MapPage::language() const {
    return currentLanguage();
}

QWidget* MapPage::buildSidePanel() {
    auto* panel = new QWidget;
    panel->setObjectName(QStringLiteral("mapSidePanel"));
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(8, 8, 8, 8);

    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setClearButtonEnabled(true);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { search(text); });
    m_searchResult->setObjectName(QStringLiteral("mapSearchResult"));
    m_searchResult->setWordWrap(true);
    m_searchResult->hide();
    column->addWidget(m_search);
    column->addWidget(m_searchResult);

    m_layersBox->setObjectName(QStringLiteral("mapLayers"));
    auto* layers = new QVBoxLayout(m_layersBox);
    const qreal dpr = devicePixelRatioF();
    for (MarkerKind kind : kAllMarkerKinds) {
        auto* box = new QCheckBox;
        box->setObjectName(QStringLiteral("layer%1").arg(int(kind)));
        box->setIcon(QIcon(MarkerPainter::icon(kind, 18, dpr)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this,
                [this, kind](bool on) { m_view->setLayerVisible(kind, on); });
        layers->addWidget(box);
        m_toggles.insert(int(kind), box);
    }
    auto addBase = [this, layers](QCheckBox* box, MapView::BaseLayer layer, const char* name) {
        box->setObjectName(QString::fromLatin1(name));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this,
                [this, layer](bool on) { m_view->setBaseLayerVisible(layer, on); });
        layers->addWidget(box);
    };
    addBase(m_roadsToggle, MapView::BaseLayer::Roads, "layerRoads");
    addBase(m_dongsToggle, MapView::BaseLayer::Dongs, "layerDongs");
    addBase(m_neighboursToggle, MapView::BaseLayer::Neighbours, "layerNeighbours");
    column->addWidget(m_layersBox);

    m_legendBox->setObjectName(QStringLiteral("mapLegend"));
    auto* legend = new QVBoxLayout(m_legendBox);
    legend->setSpacing(3);
    for (int row = 0; row < kLegendRows; ++row) {
        auto* line = new QHBoxLayout;
        auto* dot = new QLabel;
        dot->setPixmap(swatch(legendColor(row), dpr, row == LegendUnwatched));
        dot->setFixedWidth(18);
        auto* text = new QLabel;
        text->setWordWrap(true);
        line->addWidget(dot, 0, Qt::AlignTop);
        line->addWidget(text, 1);
        legend->addLayout(line);
        m_legendLabels.append(text);
    }
    column->addWidget(m_legendBox);
    m_hint->setObjectName(QStringLiteral("mapHint"));
    m_hint->setWordWrap(true);
    column->addWidget(m_hint);
    column->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mapSideScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(300);
    return scroll;
}

QString MapPage::legendText(int row) const {
    switch (row) {
        case LegendParkingFree:
            return tr("Parking: spaces free (label: free/total)");
        case LegendParkingFilling:
            return tr("Parking: over 70 % occupied");
        case LegendParkingFull:
            return tr("Parking: over 90 % occupied");
        case LegendConnectorAvailable:
            return tr("Charger ring: connector available");
        case LegendConnectorCharging:
            return tr("Charger ring: connector charging");
        case LegendConnectorFaulted:
            return tr("Charger ring: connector faulted");
        case LegendCrosswalkGreen:
            return tr("Crosswalk: pedestrian signal green");
        case LegendCrosswalkRed:
            return tr("Crosswalk: pedestrian signal red");
        case LegendBlinking:
            return tr("Blinking: a new alert, or an emergency bell ringing");
        case LegendCameraOffline:
            return tr("CCTV camera offline");
        case LegendUnknown:
            return tr("Device offline or state unknown");
        case LegendUnwatched:
            return tr("Amber dashed ring: a camera nobody has looked at for a while");
        case LegendCluster:
            return tr("Bubble: markers grouped at this zoom; click to zoom in");
    }
    return {};
}

void MapPage::retranslateUi() {
    m_search->setPlaceholderText(tr("Search name, address or dong"));
    m_layersBox->setTitle(tr("Layers"));
    m_legendBox->setTitle(tr("Legend"));
    m_roadsToggle->setText(tr("Roads"));
    m_dongsToggle->setText(tr("Dong boundaries and names"));
    m_neighboursToggle->setText(tr("Neighbouring districts"));
    for (int row = 0; row < m_legendLabels.size(); ++row)
        m_legendLabels[row]->setText(legendText(row));
    m_hint->setText(
        tr("Wheel or +/− to zoom, drag or arrow keys to pan, Home for all of Dong-gu. Click a "
           "camera to open it on the video wall."));
    m_view->setAttribution(
        tr("Map data: KOSTAT SGIS, vuski/admdongkor (CC BY 4.0) · ITS standard node-link, "
           "National Transport Information Center (KOGL-1) · data.go.kr (KOGL-1)"));
    m_searchResult->hide();
    setBaseAreas();
    rebuildMarkers();
}

void MapPage::setBaseAreas() {
    const QString lang = language();
    auto named = [&lang](QVector<MapArea> areas) {
        for (MapArea& a : areas) a.name = placeName(a.name, lang);
        return areas;
    };
    m_view->setAreas(MapView::BaseLayer::Neighbours, named(m_data.neighbours));
    m_view->setAreas(MapView::BaseLayer::Dongs, named(m_data.dongs));
    m_view->setAreas(MapView::BaseLayer::District, named(m_data.district));
}

// ---- markers -------------------------------------------------------------------------------

MapMarker MapPage::facilityMarker(const MapFacility& f, MarkerKind kind) const {
    MapMarker m;
    m.id = f.id;
    m.kind = kind;
    m.lon = f.lon;
    m.lat = f.lat;
    m.name = f.name;
    if (kind == MarkerKind::ChildZone) {
        m.state = tr("Child protection zone (%1)").arg(f.detail);
    } else {
        m.state = f.detail.isEmpty()
                      ? tr("Traffic enforcement camera")
                      : tr("Traffic enforcement camera, limit %1 km/h").arg(f.detail);
    }
    return m;
}

std::optional<MapMarker> MapPage::markerFor(const Entity& entity) const {
    const EntityBase& base = baseOf(entity);
    const QString lang = language();
    MapMarker m;
    m.id = base.id;
    m.name = base.name.text(lang);
    if (m.name.isEmpty()) m.name = base.id;
    GeoPoint at = base.location;

    if (const auto* c = std::get_if<Camera>(&entity)) {
        m.kind = MarkerKind::Camera;
        m.headingDeg = c->headingDeg;
        m.fovDeg = c->ptz ? 0 : c->fovDeg;  // a PTZ camera looks anywhere: no cone
        m.rangeM = c->rangeM;
        m.unwatched = m_unwatched.contains(c->id);
        switch (c->status) {
            case CameraStatus::Online:
                m.state = c->ptz ? tr("Online, PTZ") : tr("Online");
                break;
            case CameraStatus::Offline:
                m.state = tr("Offline");
                m.color = kBad;
                break;
            case CameraStatus::Unknown:
                m.state = tr("State unknown");
                m.color = kIdle;
                break;
        }
    } else if (const auto* p = std::get_if<ParkingLot>(&entity)) {
        m.kind = MarkerKind::ParkingLot;
        const double occ = p->occupancy();
        m.color = p->totalSpots <= 0 ? kIdle : occ >= 0.9 ? kBad : occ >= 0.7 ? kBusy : kGood;
        m.label = QStringLiteral("%1/%2").arg(p->availableSpots).arg(p->totalSpots);
        m.state = tr("%1 of %2 spaces free (%3 % occupied)")
                      .arg(p->availableSpots)
                      .arg(p->totalSpots)
                      .arg(qRound(occ * 100));
    } else if (const auto* s = std::get_if<ChargingStation>(&entity)) {
        m.kind = MarkerKind::ChargingStation;
        m.major = s->megaStation;
        if (s->megaStation) m.label = QStringLiteral("RE100");
        for (const Connector& c : s->connectors) {
            switch (c.state) {
                case ConnectorState::Available:
                    m.segments.append(kGood);
                    break;
                case ConnectorState::Charging:
                    m.segments.append(kCharging);
                    break;
                case ConnectorState::Faulted:
                    m.segments.append(kBad);
                    break;
                default:
                    m.segments.append(kIdle);
                    break;
            }
        }
        m.state = tr("%1 available, %2 charging, %3 faulted of %4 connectors; %5 kW")
                      .arg(s->count(ConnectorState::Available))
                      .arg(s->count(ConnectorState::Charging))
                      .arg(s->count(ConnectorState::Faulted))
                      .arg(s->connectors.size())
                      .arg(s->drawKw(), 0, 'f', 1);
    } else if (const auto* x = std::get_if<Crosswalk>(&entity)) {
        m.kind = MarkerKind::Crosswalk;
        switch (x->phase) {
            case SignalPhase::Red:
                m.color = kBad;
                m.state = tr("Signal red");
                break;
            case SignalPhase::Green:
                m.color = kGood;
                m.state = tr("Signal green");
                break;
            case SignalPhase::FlashingGreen:
                m.color = kGood;
                m.flashing = true;
                m.state = tr("Signal flashing green");
                break;
            case SignalPhase::Unknown:
                m.color = kIdle;
                m.state = tr("Signal unknown");
                break;
        }
        m.state +=
            u'\n' + tr("%n pedestrian(s) on the crossing", nullptr, x->pedestriansOnCrossing);
        // A crossing with an alert nobody has acknowledged blinks until someone does.
        if (m_store)
            for (const Alert& a : m_store->all<Alert>())
                if (a.state == AlertState::New && a.sourceId == x->id) {
                    m.flashing = true;
                    m.state += u'\n' + tr("Unacknowledged alert");
                    break;
                }
    } else if (const auto* pole = std::get_if<SmartPole>(&entity)) {
        m.kind = MarkerKind::SmartPole;
        if (pole->emergencyBellActive) {
            m.color = kBad;
            m.flashing = true;
            m.state = tr("Emergency bell ringing");
        } else if (pole->lightOn) {
            m.color = kLightOn;
            m.state = tr("Light on (%1 %)").arg(pole->lightLevelPercent);
        } else {
            m.state = tr("Light off");
        }
    } else if (const auto* r = std::get_if<RecyclingMachine>(&entity)) {
        m.kind = MarkerKind::RecyclingMachine;
        const double fill = r->maxFillPercent();
        m.level = fill / 100.0;
        if (r->status == MachineStatus::Full || r->status == MachineStatus::Fault)
            m.color = kBad;
        else if (r->status == MachineStatus::Offline)
            m.color = kIdle;
        else if (fill >= 80)
            m.color = kBusy;
        m.label = QStringLiteral("%1 %").arg(qRound(fill));
        m.state = tr("PET %1 %, cans %2 %, paper %3 %")
                      .arg(qRound(r->pet.fillPercent))
                      .arg(qRound(r->can.fillPercent))
                      .arg(qRound(r->paper.fillPercent));
        if (r->status == MachineStatus::Fault) m.state += u'\n' + tr("Fault");
        if (r->status == MachineStatus::Offline) m.state += u'\n' + tr("Offline");
    } else if (const auto* a = std::get_if<Alert>(&entity)) {
        if (a->state == AlertState::Resolved || a->state == AlertState::Closed) return std::nullopt;
        m.kind = MarkerKind::Alert;
        m.flashing = a->state == AlertState::New;
        switch (a->severity) {
            case Severity::Critical:
                m.color = kBad;
                break;
            case Severity::High:
                m.color = QColor(0xf0, 0x7b, 0x2a);
                break;
            case Severity::Medium:
                m.color = kBusy;
                break;
            case Severity::Low:
                m.color = kIdle;
                break;
        }
        if (!a->description.isEmpty()) m.name = a->description;
        m.state = a->state == AlertState::New ? tr("New alert") : tr("Alert being handled");
        // An alert without a place of its own stands where its source is.
        if (!at.isValid() && m_store) {
            if (const Entity* source = m_store->find(a->sourceId)) at = baseOf(*source).location;
        }
    } else {
        return std::nullopt;  // sites, solar arrays and incidents are not drawn
    }
    if (!at.isValid()) return std::nullopt;
    m.lon = at.lon;
    m.lat = at.lat;
    return m;
}

void MapPage::rebuildMarkers() {
    QVector<MapMarker> markers;
    for (const MapFacility& f : std::as_const(m_data.childZones))
        markers.append(facilityMarker(f, MarkerKind::ChildZone));
    for (const MapFacility& f : std::as_const(m_data.enforcementCameras))
        markers.append(facilityMarker(f, MarkerKind::EnforcementCamera));
    if (m_store) {
        for (EntityKind kind :
             {EntityKind::Camera, EntityKind::ParkingLot, EntityKind::ChargingStation,
              EntityKind::Crosswalk, EntityKind::SmartPole, EntityKind::RecyclingMachine,
              EntityKind::Alert}) {
            for (const QString& id : m_store->ids(kind))
                if (const Entity* e = m_store->find(id))
                    if (auto m = markerFor(*e)) markers.append(*m);
        }
    }
    m_view->setMarkers(markers);
    refreshCounts();
}

void MapPage::setPreviewProvider(CameraPreviewProvider* provider) {
    m_previewProvider = provider;
    if (!provider) return;
    m_preview = new CameraPreviewPopup(this);
    m_preview->hide();
    const auto nameOf = [this](const QString& id) {
        const Camera* c = m_store ? m_store->get<Camera>(id) : nullptr;
        return c ? c->name.text(language()) : id;
    };
    connect(m_view, &MapView::cameraHovered, this,
            [this, nameOf](const QString& id, const QPoint& globalPos) {
                if (id == m_hovered && m_preview->isVisible()) return;
                m_hovered = id;
                m_preview->showLoading(nameOf(id), globalPos);
                m_previewProvider->request(id);
            });
    connect(m_view, &MapView::cameraHoverEnded, this, [this] {
        m_hovered.clear();
        m_preview->hide();
        m_previewProvider->cancel();
    });
    connect(provider, &CameraPreviewProvider::ready, this,
            [this, nameOf](const QString& id, const QImage& image, const QDateTime& at, bool live) {
                if (id == m_hovered) m_preview->showImage(nameOf(id), image, at, live);
            });
    connect(provider, &CameraPreviewProvider::failed, this,
            [this, nameOf](const QString& id, const QString& reason) {
                if (id == m_hovered) m_preview->showFailure(nameOf(id), reason);
            });
}

void MapPage::setUnwatched(const QStringList& cameraIds) {
    const QSet<QString> next(cameraIds.cbegin(), cameraIds.cend());
    if (next == m_unwatched) return;
    const QSet<QString> changed = (next - m_unwatched) + (m_unwatched - next);
    m_unwatched = next;
    for (const QString& id : changed) refreshEntity(id);
}

void MapPage::refreshEntity(const QString& id) {
    const Entity* e = m_store ? m_store->find(id) : nullptr;
    if (!e) return;
    // An alert's state shows on the crossing that raised it, too.
    if (const auto* a = std::get_if<Alert>(e); a && m_store->get<Crosswalk>(a->sourceId))
        if (auto m = markerFor(*m_store->find(a->sourceId))) m_view->updateMarker(*m);
    if (auto m = markerFor(*e))
        m_view->updateMarker(*m);
    else
        m_view->removeMarker(id);  // e.g. an alert that was resolved
    scheduleRefreshCounts();
}

void MapPage::scheduleRefreshCounts() {
    if (!m_countTimer->isActive()) m_countTimer->start();
}

void MapPage::refreshCounts() {
    QStringList completions;
    const QString lang = language();
    for (const MapArea& dong : std::as_const(m_data.dongs))
        completions << placeName(dong.name, lang);
    for (MarkerKind kind : kAllMarkerKinds) {
        if (QCheckBox* box = m_toggles.value(int(kind)))
            box->setText(QStringLiteral("%1 (%2)")
                             .arg(MapView::kindTitle(kind))
                             .arg(m_view->markerCount(kind)));
    }
    for (const MapMarker& m : m_view->markers())
        if (m.kind != MarkerKind::Alert) completions << m.name;
    completions.removeDuplicates();
    m_completions->setStringList(completions);
}

bool MapPage::search(const QString& raw) {
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        m_view->clearHighlight();
        m_searchResult->hide();
        return false;
    }
    const QString lang = language();
    auto matches = [&text](const QString& s, bool exact) {
        return exact ? s.compare(text, Qt::CaseInsensitive) == 0
                     : s.contains(text, Qt::CaseInsensitive);
    };
    auto showResult = [this](const QString& message) {
        m_searchResult->setText(message);
        m_searchResult->show();
    };

    // What can be found: the markers with their names in both languages and their addresses.
    struct Candidate {
        QString id;
        MarkerKind kind;
        QStringList names;
        QString address;
        QString dong;
    };
    QVector<Candidate> candidates;
    for (const MapMarker& m : m_view->markers()) {
        Candidate c{m.id, m.kind, {m.name}, {}, {}};
        if (const Entity* e = m_store ? m_store->find(m.id) : nullptr) {
            const EntityBase& base = baseOf(*e);
            c.names << base.name.ko << base.name.en;
            c.dong = base.dong;
            if (const auto* lot = std::get_if<ParkingLot>(e)) c.address = lot->address;
            if (const auto* st = std::get_if<ChargingStation>(e)) c.address = st->address;
            if (const auto* cam = std::get_if<Camera>(e))
                if (const Site* site = m_store->get<Site>(cam->siteId)) c.address = site->address;
        }
        for (const auto* list : {&m_data.childZones, &m_data.enforcementCameras})
            for (const MapFacility& f : *list)
                if (f.id == m.id) {
                    c.address = f.address;
                    c.dong = f.dong;
                }
        c.names.removeAll(QString());
        candidates.append(std::move(c));
    }

    for (bool exact : {true, false}) {
        // A dong first: "충장동" means the dong, not the first camera that has it in its name.
        for (const MapArea& dong : std::as_const(m_data.dongs)) {
            if (matches(dong.name, exact) ||
                matches(placeName(dong.name, QStringLiteral("en")), exact)) {
                m_view->highlightArea(placeName(dong.name, lang));
                showResult(tr("Dong: %1").arg(placeName(dong.name, lang)));
                return true;
            }
        }
        QVector<const Candidate*> found;
        for (const Candidate& c : std::as_const(candidates)) {
            const bool hit = std::any_of(c.names.cbegin(), c.names.cend(),
                                         [&](const QString& n) { return matches(n, exact); }) ||
                             (!exact && !c.address.isEmpty() && matches(c.address, false));
            if (hit) found.append(&c);
        }
        if (found.isEmpty()) continue;
        // Things people look for first, alerts last.
        std::stable_sort(found.begin(), found.end(), [](const Candidate* a, const Candidate* b) {
            return int(a->kind) < int(b->kind);
        });
        const Candidate* best = found.first();
        if (QCheckBox* box = m_toggles.value(int(best->kind))) box->setChecked(true);
        m_view->highlightMarker(best->id);
        const QString name = m_view->marker(best->id) ? m_view->marker(best->id)->name : best->id;
        showResult(
            found.size() == 1
                ? tr("Showing %1").arg(name)
                : tr("Showing %1 (%n more match(es))", nullptr, int(found.size()) - 1).arg(name));
        return true;
    }
    m_view->clearHighlight();
    showResult(tr("Nothing found for \"%1\"").arg(text));
    return false;
}

void MapPage::centerOn(const GeoPoint& at) {
    if (at.isValid()) m_view->centerOnGeo(at.lon, at.lat);
}

}  // namespace bg

#include "core/incident.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace bg {

bool canTransition(IncidentState from, IncidentState to) {
    using S = IncidentState;
    switch (from) {
        case S::Open:
            return to == S::Escalated || to == S::Resolved;
        case S::Escalated:
            return to == S::Resolved;
        case S::Resolved:
            return to == S::Closed || to == S::Open;
        case S::Closed:
            return false;
    }
    return false;
}

GeoPoint centroid(const QVector<GeoPoint>& points) {
    double lon = 0;
    double lat = 0;
    int n = 0;
    for (const GeoPoint& p : points) {
        if (!p.isValid()) continue;
        lon += p.lon;
        lat += p.lat;
        ++n;
    }
    if (n == 0) return {};
    return {lon / n, lat / n};
}

QStringList camerasWithinRadius(const GeoPoint& centre, double radiusM,
                                const QVector<Camera>& cameras) {
    if (!centre.isValid() || radiusM <= 0) return {};
    QVector<std::pair<double, QString>> found;
    for (const Camera& c : cameras) {
        if (!c.location.isValid()) continue;
        const double d = distanceMeters(centre, c.location);
        if (d <= radiusM) found.append({d, c.id});
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto& f : found) out << f.second;
    return out;
}

namespace {
TimelineEntry::Kind timelineKind(ActivityKind k) {
    using K = TimelineEntry::Kind;
    switch (k) {
        case ActivityKind::IncidentCreated:
            return K::Created;
        case ActivityKind::IncidentState:
            return K::StateChange;
        case ActivityKind::AlertAdded:
            return K::AlertAdded;
        case ActivityKind::AlertRemoved:
            return K::AlertRemoved;
        case ActivityKind::CameraViewed:
            return K::CameraViewed;
        case ActivityKind::Export:
            return K::Export;
        case ActivityKind::Escalation:
            return K::Escalation;
        case ActivityKind::ShareRevoked:
            return K::ShareRevoked;
    }
    return K::Note;
}
}  // namespace

QVector<TimelineEntry> buildTimeline(const Incident& incident, const QVector<Alert>& alerts,
                                     const QVector<AlertTransition>& transitions,
                                     const QVector<ActivityEntry>& activity,
                                     const QVector<IncidentShare>& shares) {
    using K = TimelineEntry::Kind;
    QVector<TimelineEntry> out;
    // Every alert that was ever part of it: removed ones keep their history in the timeline.
    QSet<QString> alertIds(incident.alertIds.cbegin(), incident.alertIds.cend());
    for (const ActivityEntry& a : activity)
        if (a.incidentId == incident.id && a.kind == ActivityKind::AlertRemoved)
            alertIds.insert(a.subject);
    QSet<QString> cameras;
    QDateTime start = incident.createdAt;
    for (const Alert& a : alerts) {
        if (!alertIds.contains(a.id)) continue;
        out.append({a.raisedAt, K::AlertRaised, {}, a.id, {}, {}, enumName(a.category)});
        if (!a.sourceId.isEmpty()) cameras.insert(a.sourceId);
        if (a.raisedAt.isValid() && (!start.isValid() || a.raisedAt < start)) start = a.raisedAt;
    }
    for (const AlertTransition& t : transitions) {
        if (!alertIds.contains(t.alertId)) continue;
        if (t.from == t.to)
            out.append({t.at, K::AlertStep, t.user, t.alertId, {}, {}, t.note});
        else
            out.append({t.at, K::AlertTransition, t.user, t.alertId, enumName(t.from),
                        enumName(t.to), t.note});
    }
    for (const IncidentNote& n : incident.notes)
        out.append({n.at, K::Note, n.user, incident.id, {}, {}, n.text});
    for (const IncidentShare& s : shares)
        if (s.incidentId == incident.id)
            for (const QString& c : s.cameraIds) cameras.insert(c);
    // The incident's own window: from its first alert until it was closed.
    QDateTime end;
    for (const ActivityEntry& a : activity)
        if (a.incidentId == incident.id && a.kind == ActivityKind::IncidentState)
            end = a.subject == enumName(IncidentState::Closed) ? a.at : QDateTime();
    const auto inWindow = [&](const QDateTime& at) {
        return (!start.isValid() || at >= start) && (!end.isValid() || at <= end);
    };
    for (const ActivityEntry& a : activity) {
        bool take = a.incidentId == incident.id;
        if (a.incidentId.isEmpty() && inWindow(a.at))
            take = (a.kind == ActivityKind::CameraViewed && cameras.contains(a.subject)) ||
                   a.kind == ActivityKind::Export;
        if (!take) continue;
        TimelineEntry e{a.at, timelineKind(a.kind), a.user, a.subject, {}, {}, a.detail};
        if (a.kind == ActivityKind::IncidentState) {
            e.from = a.detail;
            e.to = a.subject;
            e.detail.clear();
        }
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
    return out;
}

QJsonObject shareManifest(const IncidentShare& s, const Incident& incident,
                          const QVector<Camera>& cameras) {
    QJsonArray cams;
    for (const QString& id : s.cameraIds) {
        const auto it = std::find_if(cameras.cbegin(), cameras.cend(),
                                     [&id](const Camera& c) { return c.id == id; });
        QJsonObject c{{QStringLiteral("id"), id}};
        if (it != cameras.cend()) {
            c.insert(QStringLiteral("name"), it->name.text(u"ko"));
            if (it->location.isValid())
                c.insert(QStringLiteral("location"),
                         QJsonArray{it->location.lon, it->location.lat});
            if (incident.location.isValid() && it->location.isValid())
                c.insert(QStringLiteral("distanceM"),
                         qRound(distanceMeters(incident.location, it->location)));
            // Credentials never leave with a share: the gateway holds its own.
            QUrl main = it->mainStreamUrl;
            main.setUserInfo({});
            if (main.isValid() && !main.isEmpty())
                c.insert(QStringLiteral("stream"), main.toString());
        }
        cams.append(c);
    }
    QJsonObject m{{QStringLiteral("shareId"), s.id},
                  {QStringLiteral("incidentId"), s.incidentId},
                  {QStringLiteral("incidentTitle"), incident.title},
                  {QStringLiteral("agency"), enumName(s.agency)},
                  {QStringLiteral("radiusM"), s.radiusM},
                  {QStringLiteral("createdAt"), s.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("expiresAt"), s.expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("createdBy"), s.createdBy},
                  {QStringLiteral("cameras"), cams}};
    if (incident.location.isValid())
        m.insert(QStringLiteral("location"),
                 QJsonArray{incident.location.lon, incident.location.lat});
    return m;
}

Result<DeliverySpec> parseDeliverySpec(const QString& value) {
    using R = Result<DeliverySpec>;
    const QString v = value.trimmed();
    if (v.isEmpty() || v == u"record") return R::ok({});
    if (v.startsWith(u"file:")) {
        const QString dir = v.mid(5);
        if (dir.isEmpty())
            return R::fail(QStringLiteral("escalation/delivery: 'file:' needs a folder"));
        return R::ok({DeliverySpec::Kind::File, dir});
    }
    if (v.startsWith(u"http:")) {
        const QUrl url(v.mid(5));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return R::fail(
                QStringLiteral("escalation/delivery: 'http:' needs an http(s) URL, not '%1'")
                    .arg(v.mid(5)));
        return R::ok({DeliverySpec::Kind::Http, url.toString()});
    }
    return R::fail(QStringLiteral("escalation/delivery: '%1' is none of record, file:<folder>, "
                                  "http:<url>")
                       .arg(v));
}

}  // namespace bg

#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace bg {

/// One query of `/entities`. Empty fields and negative numbers are left out of the URL.
struct EntityQuery {
    QString type;
    QStringList attrs;
    QString q;
    int limit = -1;
    int offset = -1;
    bool keyValues = false;
    QList<QPair<QString, QString>> extra;  ///< e.g. georel, geometry, coordinates
};

/// The representation a temporal query asks for.
enum class TemporalForm {
    Normalized,  ///< instances {type, value, observedAt}
    Values,      ///< "temporalValues": [[value, time], …]
    KeyValues,   ///< KETI's keyValuesHistory
};

/// One query of `/temporal/entities` (with `id`: that entity; else every entity of `type`).
struct TemporalQuery {
    QString id;
    QString type;
    QStringList attrs;
    QDateTime from;  ///< with `to`: timerel=between; alone: timerel=after
    QDateTime to;    ///< alone: timerel=before
    int lastN = 0;   ///< 0: all
    TemporalForm form = TemporalForm::Values;
};

/// How one family of NGSI-LD brokers spells the API: ETSI GS CIM 009 (Orion-LD, Scorpio,
/// Stellio) or the older KETI City Data Hub. A plain value; the client is configured with one.
struct HubDialect {
    QString name;                     ///< "etsi" or "keti"
    QString basePath;                 ///< before "/entities": "/ngsi-ld/v1", or "" for KETI
    QString idPrefix;                 ///< "urn:ngsi-ld:" or "urn:datahub:"
    QString attrsParam;               ///< "attrs", or KETI's "attr"
    QString timeAtParam;              ///< "timeAt", or KETI's "time"
    QString endTimeAtParam;           ///< "endTimeAt", or KETI's "endtime"
    QString temporalValuesOption;     ///< options= value for TemporalForm::Values
    QString normalizedHistoryOption;  ///< options= value for TemporalForm::Normalized ("" = none)
    QString keyValuesHistoryOption;   ///< options= value for TemporalForm::KeyValues

    static HubDialect etsi();
    static HubDialect keti();
    /// "etsi" or "keti" (any case); anything else fails with a message naming the value.
    static Result<HubDialect> fromName(QStringView name);

    /// "urn:ngsi-ld:OffStreetParking:lot-1" for ("OffStreetParking", "lot-1").
    QString entityId(const QString& type, const QString& localId) const;

    /// `hub` + basePath + `relativePath` (which starts with '/') + the encoded `query`. The path
    /// may hold entity ids: characters a URL cannot carry are percent-encoded.
    QUrl url(const QUrl& hub, const QString& relativePath,
             const QList<QPair<QString, QString>>& query = {}) const;

    QUrl entitiesUrl(const QUrl& hub, const EntityQuery& query) const;
    QUrl entityUrl(const QUrl& hub, const QString& id) const;
    /// `/entities/{id}/attrs`, or with `attr` `/entities/{id}/attrs/{attr}`.
    QUrl attrsUrl(const QUrl& hub, const QString& id, const QString& attr = {}) const;
    QUrl temporalUrl(const QUrl& hub, const TemporalQuery& query) const;
    /// `/subscriptions`, or with `id` `/subscriptions/{id}`.
    QUrl subscriptionsUrl(const QUrl& hub, const QString& id = {}) const;

    friend bool operator==(const HubDialect&, const HubDialect&) = default;
};

/// Percent-encodes a query. Unlike QUrlQuery it also encodes '+', which servers read as a space
/// (a timestamp's "+09:00" would arrive as " 09:00").
QString encodeQuery(const QList<QPair<QString, QString>>& items);

}  // namespace bg

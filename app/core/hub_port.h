#pragma once

#include "core/hub_entity.h"

#include <QObject>
#include <QStringList>

namespace bg {

/// Port: the data hub as the services see it. Implemented by the hub module's HubClient
/// (NGSI-LD over HTTP, ETSI or KETI dialect). Every request is answered by exactly one signal.
///
/// Threading: used on the thread it lives on (the GUI thread in the console).
class HubPort : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~HubPort() override = default;

    /// Fetches every entity of `type`, following pagination; answered by `fetched`.
    virtual void fetchType(const QString& type) = 0;
    /// Sends one queued write; answered by `delivered`.
    virtual void deliver(const OutboxWrite& write) = 0;

Q_SIGNALS:
    /// All valid entities of `type`; `warnings` name each rejected entity and attribute;
    /// `error` is set when the type could not be fetched (then `entities` holds what came
    /// before the failure and must not be taken as complete).
    void fetched(const QString& type, const QVector<bg::HubEntity>& entities,
                 const QStringList& warnings, const QString& error);
    /// `ok`: the hub took it (2xx, or a 409 for a create it already has). `retryable`: a
    /// timeout, a connection failure or a 5xx — try again later; otherwise (4xx) it never will.
    void delivered(const QString& opId, bool ok, bool retryable, const QString& message);
    /// Entities the hub pushed (subscription notification) or polling found changed.
    void notified(const QVector<bg::HubEntity>& entities);
};

}  // namespace bg

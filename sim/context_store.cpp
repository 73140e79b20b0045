#include "context_store.h"

#include <QSet>

namespace sim {

namespace {

bool isSystemMember(const QString& key) {
    return key == QLatin1String("id") || key == QLatin1String("type") ||
           key == QLatin1String("@context");
}

}  // namespace

ContextStore::ContextStore(int historyPerAttribute, QObject* parent)
    : QObject(parent), m_historyPerAttribute(qMax(1, historyPerAttribute)) {}

QStringList ContextStore::types() const {
    QSet<QString> set;
    for (const QJsonObject& e : m_entities) set.insert(e.value(QLatin1String("type")).toString());
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

bool ContextStore::create(const QJsonObject& entity, const QDateTime& at) {
    const QString id = entity.value(QLatin1String("id")).toString();
    if (id.isEmpty() || m_entities.contains(id)) return false;
    QJsonObject stored = entity;
    stored.remove(QLatin1String("@context"));
    m_entities.insert(id, stored);
    QStringList names;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (isSystemMember(it.key())) continue;
        names << it.key();
        // Only observed attributes have a temporal evolution worth keeping from creation on;
        // static facts (name, address) would cost memory for 1,200 cameras and tell nothing.
        const QJsonObject attr = it.value().toObject();
        if (attr.contains(QLatin1String("observedAt"))) record(id, it.key(), attr, at);
    }
    Q_EMIT entityChanged(id, names);
    return true;
}

ContextStore::UpdateResult ContextStore::updateAttributes(const QString& id,
                                                          const QJsonObject& attributes,
                                                          const QDateTime& at, bool onlyExisting) {
    UpdateResult result;
    auto it = m_entities.find(id);
    if (it == m_entities.end()) return result;
    for (auto a = attributes.begin(); a != attributes.end(); ++a) {
        if (isSystemMember(a.key())) continue;
        if (onlyExisting && !it->contains(a.key())) {
            result.notPresent << a.key();
            continue;
        }
        if (it->value(a.key()) == a.value()) continue;
        it->insert(a.key(), a.value());
        result.updated << a.key();
        const QJsonObject attr = a.value().toObject();
        if (attr.contains(QLatin1String("value"))) record(id, a.key(), attr, at);
    }
    if (!result.updated.isEmpty()) Q_EMIT entityChanged(id, result.updated);
    return result;
}

bool ContextStore::remove(const QString& id) {
    if (m_entities.remove(id) == 0) return false;
    m_history.remove(id);
    Q_EMIT entityRemoved(id);
    return true;
}

std::deque<ContextStore::Instance> ContextStore::history(const QString& id,
                                                         const QString& attribute) const {
    return m_history.value(id).value(attribute);
}

QStringList ContextStore::historyAttributes(const QString& id) const {
    QStringList names = m_history.value(id).keys();
    names.sort();
    return names;
}

void ContextStore::record(const QString& id, const QString& attribute, const QJsonObject& attr,
                          const QDateTime& at) {
    Instance instance;
    instance.value = attr.value(QLatin1String("value"));
    const QString observed = attr.value(QLatin1String("observedAt")).toString();
    instance.observedAt =
        observed.isEmpty() ? at.toUTC() : QDateTime::fromString(observed, Qt::ISODateWithMs);
    if (!instance.observedAt.isValid()) instance.observedAt = at.toUTC();
    instance.instanceId = m_nextInstanceId++;
    auto& ring = m_history[id][attribute];
    ring.push_back(instance);
    while (int(ring.size()) > m_historyPerAttribute) ring.pop_front();
}

}  // namespace sim

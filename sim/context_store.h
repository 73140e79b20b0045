#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <deque>

namespace sim {

/// The simulated broker's entities, in NGSI-LD normalized form, ordered by id (so pages are
/// stable), with a bounded history of every observed attribute for the temporal API.
///
/// Threading: lives on the simulator's main thread; not thread-safe.
class ContextStore : public QObject {
    Q_OBJECT
public:
    /// One recorded value of an attribute.
    struct Instance {
        QJsonValue value;
        QDateTime observedAt;  ///< UTC
        quint64 instanceId = 0;
    };

    /// Result of updateAttributes().
    struct UpdateResult {
        QStringList updated;     ///< attributes whose content changed or were added
        QStringList notPresent;  ///< attributes refused because the entity lacked them
    };

    /// `historyPerAttribute`: the ring size of each attribute's history.
    explicit ContextStore(int historyPerAttribute = 500, QObject* parent = nullptr);

    bool contains(const QString& id) const { return m_entities.contains(id); }
    /// The entity, or an empty object when there is none.
    QJsonObject entity(const QString& id) const { return m_entities.value(id); }
    /// All entities, ordered by id.
    const QMap<QString, QJsonObject>& entities() const { return m_entities; }
    /// The distinct entity types, sorted.
    QStringList types() const;

    /// Adds a normalized entity (id, type, attributes); false if the id exists. `at` stamps the
    /// history of attributes that carry no observedAt.
    bool create(const QJsonObject& entity, const QDateTime& at);
    /// Replaces or adds attributes. With `onlyExisting` (NGSI-LD Update Attributes) attributes
    /// the entity lacks are refused; otherwise they are added (the simulator's own writes).
    /// Attributes whose content is unchanged are not reported as updated.
    UpdateResult updateAttributes(const QString& id, const QJsonObject& attributes,
                                  const QDateTime& at, bool onlyExisting);
    /// Removes an entity and its history; false if there was none.
    bool remove(const QString& id);

    /// The recorded instances of one attribute, oldest first.
    std::deque<Instance> history(const QString& id, const QString& attribute) const;
    /// Names of the attributes of `id` that have a history.
    QStringList historyAttributes(const QString& id) const;

Q_SIGNALS:
    /// An entity was created (all its attributes listed) or some of its attributes changed.
    void entityChanged(const QString& id, const QStringList& attributes);
    void entityRemoved(const QString& id);

private:
    void record(const QString& id, const QString& attribute, const QJsonObject& attr,
                const QDateTime& at);

    int m_historyPerAttribute;
    quint64 m_nextInstanceId = 1;
    QMap<QString, QJsonObject> m_entities;
    QHash<QString, QHash<QString, std::deque<Instance>>> m_history;
};

}  // namespace sim

#pragma once

#include "core/entity.h"

#include <QHash>
#include <QObject>

namespace bg {

/// The latest state of every entity the console knows; the one source the pages read.
/// Changes arrive from the sync service (hub) or the cache at start-up; pages listen to the
/// signals. An upsert that changes nothing emits nothing, so a re-sync does not repaint.
///
/// Threading: lives on the GUI thread and is used only there; other threads post their
/// updates to it (queued calls), they never call it directly.
class EntityStore : public QObject {
    Q_OBJECT
public:
    explicit EntityStore(QObject* parent = nullptr);

    /// Adds or replaces one entity. Returns false and keeps the old state when the entity
    /// is invalid; `error` then names the entity and the field.
    bool upsert(const Entity& entity, QString* error = nullptr);

    /// Applies many entities at once and emits `entitiesChanged` once for those that changed.
    /// Invalid ones are skipped (their problems appended to `errors`); the rest are kept.
    /// Returns how many entities changed.
    int upsertMany(const QVector<Entity>& entities, QStringList* errors = nullptr);

    bool remove(const QString& id);
    void clear();

    const Entity* find(const QString& id) const;
    template <class T>
    const T* get(const QString& id) const {
        const Entity* e = find(id);
        return e ? std::get_if<T>(e) : nullptr;
    }
    template <class T>
    QVector<T> all() const {
        QVector<T> out;
        for (const auto& e : m_entities)
            if (const T* v = std::get_if<T>(&e)) out.append(*v);
        return out;
    }
    QStringList ids(EntityKind kind) const;
    int count() const { return int(m_entities.size()); }
    int count(EntityKind kind) const;

Q_SIGNALS:
    /// One entity was added (`added`) or changed.
    void entityChanged(const QString& id, bg::EntityKind kind, bool added);
    void entityRemoved(const QString& id, bg::EntityKind kind);
    /// After `upsertMany`, the ids that changed (not emitted when none did).
    void entitiesChanged(const QStringList& ids);
    void cleared();

private:
    enum class Outcome { Rejected, Unchanged, Added, Updated };
    Outcome apply(const Entity& entity, QString* error);

    QHash<QString, Entity> m_entities;
};

}  // namespace bg

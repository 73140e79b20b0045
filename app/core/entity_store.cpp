#include "core/entity_store.h"

#include "core/logging.h"

namespace bg {

EntityStore::EntityStore(QObject* parent) : QObject(parent) {
    qRegisterMetaType<bg::EntityKind>();
}

EntityStore::Outcome EntityStore::apply(const Entity& entity, QString* error) {
    const QStringList problems = validate(entity);
    if (!problems.isEmpty()) {
        if (error) *error = problems.join(QStringLiteral("; "));
        qCWarning(lcCore).noquote() << "rejected entity:" << problems.join(QStringLiteral("; "));
        return Outcome::Rejected;
    }
    auto it = m_entities.find(idOf(entity));
    if (it == m_entities.end()) {
        m_entities.insert(idOf(entity), entity);
        return Outcome::Added;
    }
    if (*it == entity) return Outcome::Unchanged;
    *it = entity;
    return Outcome::Updated;
}

bool EntityStore::upsert(const Entity& entity, QString* error) {
    const Outcome o = apply(entity, error);
    if (o == Outcome::Added || o == Outcome::Updated)
        Q_EMIT entityChanged(idOf(entity), kindOf(entity), o == Outcome::Added);
    return o != Outcome::Rejected;
}

int EntityStore::upsertMany(const QVector<Entity>& entities, QStringList* errors) {
    QStringList changed;
    for (const auto& e : entities) {
        QString error;
        const Outcome o = apply(e, &error);
        if (o == Outcome::Rejected && errors) errors->append(error);
        if (o == Outcome::Added || o == Outcome::Updated) {
            changed.append(idOf(e));
            Q_EMIT entityChanged(idOf(e), kindOf(e), o == Outcome::Added);
        }
    }
    if (!changed.isEmpty()) Q_EMIT entitiesChanged(changed);
    return int(changed.size());
}

bool EntityStore::remove(const QString& id) {
    auto it = m_entities.find(id);
    if (it == m_entities.end()) return false;
    const EntityKind kind = kindOf(*it);
    m_entities.erase(it);
    Q_EMIT entityRemoved(id, kind);
    return true;
}

void EntityStore::clear() {
    m_entities.clear();
    Q_EMIT cleared();
}

const Entity* EntityStore::find(const QString& id) const {
    auto it = m_entities.constFind(id);
    return it == m_entities.constEnd() ? nullptr : &*it;
}

QStringList EntityStore::ids(EntityKind kind) const {
    QStringList out;
    for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it)
        if (kindOf(*it) == kind) out << it.key();
    out.sort();
    return out;
}

int EntityStore::count(EntityKind kind) const {
    int n = 0;
    for (const auto& e : m_entities) n += kindOf(e) == kind ? 1 : 0;
    return n;
}

}  // namespace bg

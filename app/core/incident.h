#pragma once

#include "core/enum_names.h"
#include "core/site.h"

#include <QStringList>
#include <QVector>

namespace bg {

enum class IncidentState { Open, Escalated, Resolved, Closed };
template <>
struct EnumNames<IncidentState> {
    static constexpr std::array kNames{
        std::pair{IncidentState::Open, "open"}, std::pair{IncidentState::Escalated, "escalated"},
        std::pair{IncidentState::Resolved, "resolved"}, std::pair{IncidentState::Closed, "closed"}};
};

struct IncidentNote {
    QDateTime at;
    QString user;
    QString text;
    friend bool operator==(const IncidentNote&, const IncidentNote&) = default;
};

/// An incident built from one or more alerts, possibly across domains.
struct Incident : EntityBase {
    QString title;
    IncidentState state = IncidentState::Open;
    QStringList alertIds;
    QDateTime createdAt;
    QString createdBy;
    QVector<IncidentNote> notes;
    friend bool operator==(const Incident&, const Incident&) = default;
};

}  // namespace bg

#pragma once

#include "core/geo.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bg {

/// "ko" or "en": the interface language now in force (the language manager sets the default
/// QLocale when it switches), for picking names and labels.
inline QString currentLanguage() {
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

/// A name in Korean and English; `text(lang)` falls back to the other when one is missing.
struct LocalizedText {
    QString ko;
    QString en;
    QString text(QStringView lang) const {
        if (lang == u"en") return en.isEmpty() ? ko : en;
        return ko.isEmpty() ? en : ko;
    }
    /// The name in the interface language now in force.
    QString text() const { return text(currentLanguage()); }
    bool isEmpty() const { return ko.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

/// What every entity the console shows has: an NGSI-LD id (URN), a name and a place.
struct EntityBase {
    QString id;
    LocalizedText name;
    GeoPoint location;
    QString dong;            ///< administrative dong (행정동), e.g. "충장동"
    QDateTime modifiedAt;    ///< when the hub last changed it (UTC)
    bool simulated = false;  ///< placed by the simulator where public data has nothing
    friend bool operator==(const EntityBase&, const EntityBase&) = default;
};

/// A place where equipment stands (a CCTV site, a lot, a pole...).
struct Site : EntityBase {
    QString address;
    friend bool operator==(const Site&, const Site&) = default;
};

}  // namespace bg

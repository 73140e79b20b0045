#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace bg {

/// Stable wire/storage names for enums. Specialise with
///   template <> struct EnumNames<E> { static constexpr std::array kNames{std::pair{E::A, "a"},
///   ...}; };
/// The names are what the cache stores and the hub sends; never reorder meaning behind a name.
template <class E>
struct EnumNames;

template <class E>
QString enumName(E value) {
    for (const auto& [v, name] : EnumNames<E>::kNames)
        if (v == value) return QString::fromLatin1(name);
    return {};
}

template <class E>
std::optional<E> enumFromName(QStringView name) {
    for (const auto& [v, n] : EnumNames<E>::kNames)
        if (name == QLatin1String(n)) return v;
    return std::nullopt;
}

}  // namespace bg

#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace sim {

/// The NGSI-LD query language (`q`, GS CIM 009 clause 4.9) on an entity's simple attributes:
/// `attr`, `attr==v`, `!=`, `<`, `<=`, `>`, `>=`, `~=` (regex), value lists `a,b` (any of) and
/// ranges `a..b`, `attr[key]` into a compound value, `;` (AND) binding tighter than `|` (OR),
/// and parentheses. Values are numbers, `true`/`false`, "quoted strings" or bare words;
/// date-times compare as instants. An array-valued attribute matches if any element does.
class QueryFilter {
public:
    /// Parses `text`; on failure returns nothing and puts the reason in `error`.
    static std::optional<QueryFilter> parse(const QString& text, QString* error);

    /// True if the normalized entity satisfies the filter.
    bool matches(const QJsonObject& entity) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

}  // namespace sim

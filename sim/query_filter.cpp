#include "query_filter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <vector>

namespace sim {

struct QueryFilter::Node {
    enum class Kind { And, Or, Test };
    enum class Op { Exists, Eq, Ne, Lt, Le, Gt, Ge, Match, NoMatch };
    Kind kind = Kind::Test;
    std::vector<std::shared_ptr<const Node>> children;
    QString attribute;
    QString key;  // attr[key]: member of a compound value
    Op op = Op::Exists;
    std::vector<QJsonValue> values;  // one value, or the any-of list
    bool range = false;              // values[0]..values[1]
    QRegularExpression regex;
};

namespace {

using Node = QueryFilter::Node;

class Parser {
public:
    explicit Parser(const QString& text) : m_text(text) {}

    std::shared_ptr<const Node> parse(QString* error) {
        auto node = parseOr();
        if (node && m_pos != m_text.size()) fail(QStringLiteral("unexpected '%1'").arg(rest()));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return node;
    }

private:
    QString rest() const { return m_text.mid(m_pos, 20); }
    void fail(const QString& why) {
        if (m_error.isEmpty()) m_error = QStringLiteral("q at %1: %2").arg(m_pos).arg(why);
    }
    bool peek(QChar c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

    std::shared_ptr<const Node> parseOr() {
        auto first = parseAnd();
        if (!first || !peek(u'|')) return first;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Or;
        node->children.push_back(first);
        while (m_error.isEmpty() && peek(u'|')) {
            ++m_pos;
            if (auto next = parseAnd()) node->children.push_back(next);
        }
        return node;
    }

    std::shared_ptr<const Node> parseAnd() {
        auto first = parseTerm();
        if (!first || !peek(u';')) return first;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::And;
        node->children.push_back(first);
        while (m_error.isEmpty() && peek(u';')) {
            ++m_pos;
            if (auto next = parseTerm()) node->children.push_back(next);
        }
        return node;
    }

    std::shared_ptr<const Node> parseTerm() {
        if (peek(u'(')) {
            ++m_pos;
            auto inner = parseOr();
            if (!peek(u')')) {
                fail(QStringLiteral("missing ')'"));
                return nullptr;
            }
            ++m_pos;
            return inner;
        }
        return parseStatement();
    }

    std::shared_ptr<const Node> parseStatement() {
        auto node = std::make_shared<Node>();
        const int start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c.isLetterOrNumber() || c == u'_' || c == u'@' || c == u'.' || c == u':' ||
                c == u'-')
                ++m_pos;
            else
                break;
        }
        node->attribute = m_text.mid(start, m_pos - start);
        if (node->attribute.isEmpty()) {
            fail(QStringLiteral("expected an attribute name"));
            return nullptr;
        }
        if (peek(u'[')) {
            const int close = m_text.indexOf(u']', m_pos);
            if (close < 0) {
                fail(QStringLiteral("missing ']'"));
                return nullptr;
            }
            node->key = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
        }
        static const std::pair<const char16_t*, Node::Op> kOps[] = {
            {u"==", Node::Op::Eq}, {u"!=", Node::Op::Ne},       {u"<=", Node::Op::Le},
            {u">=", Node::Op::Ge}, {u"!~=", Node::Op::NoMatch}, {u"~=", Node::Op::Match},
            {u"<", Node::Op::Lt},  {u">", Node::Op::Gt}};
        for (const auto& [text, op] : kOps) {
            const QString t = QString::fromUtf16(text);
            if (m_text.mid(m_pos, t.size()) == t) {
                node->op = op;
                m_pos += t.size();
                break;
            }
        }
        if (node->op == Node::Op::Exists) return node;
        if (!parseValues(node.get())) return nullptr;
        if (node->op == Node::Op::Match || node->op == Node::Op::NoMatch) {
            node->regex = QRegularExpression(node->values.front().toString());
            if (!node->regex.isValid()) {
                fail(QStringLiteral("bad pattern: %1").arg(node->regex.errorString()));
                return nullptr;
            }
        }
        return node;
    }

    bool parseValues(Node* node) {
        node->values.push_back(parseValue());
        if (!m_error.isEmpty()) return false;
        if (m_text.mid(m_pos, 2) == QLatin1String("..")) {
            m_pos += 2;
            node->values.push_back(parseValue());
            node->range = true;
        } else {
            while (m_error.isEmpty() && peek(u',')) {
                ++m_pos;
                node->values.push_back(parseValue());
            }
        }
        const bool ordered = node->op == Node::Op::Lt || node->op == Node::Op::Le ||
                             node->op == Node::Op::Gt || node->op == Node::Op::Ge;
        if (ordered && node->values.size() > 1)
            fail(QStringLiteral("a list or range needs == or !="));
        return m_error.isEmpty();
    }

    QJsonValue parseValue() {
        if (peek(u'"')) {
            QString s;
            ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
                if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size()) ++m_pos;
                s += m_text[m_pos++];
            }
            if (!peek(u'"')) {
                fail(QStringLiteral("unterminated string"));
                return {};
            }
            ++m_pos;
            return s;
        }
        const int start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u';' || c == u'|' || c == u')' || c == u',') break;
            if (c == u'.' && m_text.mid(m_pos, 2) == QLatin1String("..")) break;
            ++m_pos;
        }
        const QString word = m_text.mid(start, m_pos - start);
        if (word.isEmpty()) {
            fail(QStringLiteral("expected a value"));
            return {};
        }
        if (word == QLatin1String("true")) return true;
        if (word == QLatin1String("false")) return false;
        bool ok = false;
        const double d = word.toDouble(&ok);
        if (ok) return d;
        return word;  // a bare date-time or word
    }

    const QString& m_text;
    int m_pos = 0;
    QString m_error;
};

std::optional<QDateTime> asDateTime(const QJsonValue& v) {
    if (!v.isString()) return std::nullopt;
    const QString s = v.toString();
    // Only strings shaped like a date-time compare as instants: "2026-03-01T09:00:00Z".
    if (s.size() < 19 || s[4] != u'-' || s[10] != u'T') return std::nullopt;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) return std::nullopt;
    return t;
}

/// -1, 0, 1, or nothing when the two are not comparable (different kinds).
std::optional<int> compare(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isBool() && b.isBool()) return int(a.toBool()) - int(b.toBool());
    if (a.isString() && b.isString()) {
        const auto ta = asDateTime(a), tb = asDateTime(b);
        if (ta && tb) return *ta < *tb ? -1 : (*ta > *tb ? 1 : 0);
        const int c = a.toString().compare(b.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return std::nullopt;
}

bool testScalar(const Node& n, const QJsonValue& target) {
    switch (n.op) {
        case Node::Op::Exists:
            return true;
        case Node::Op::Match:
            return target.isString() && n.regex.match(target.toString()).hasMatch();
        case Node::Op::NoMatch:
            return target.isString() && !n.regex.match(target.toString()).hasMatch();
        case Node::Op::Eq:
        case Node::Op::Ne: {
            bool hit = false;
            if (n.range) {
                const auto lo = compare(target, n.values[0]), hi = compare(target, n.values[1]);
                hit = lo && hi && *lo >= 0 && *hi <= 0;
            } else {
                for (const QJsonValue& v : n.values) {
                    const auto c = compare(target, v);
                    if (c && *c == 0) hit = true;
                }
            }
            return n.op == Node::Op::Eq ? hit : !hit;
        }
        default: {
            const auto c = compare(target, n.values.front());
            if (!c) return false;
            switch (n.op) {
                case Node::Op::Lt:
                    return *c < 0;
                case Node::Op::Le:
                    return *c <= 0;
                case Node::Op::Gt:
                    return *c > 0;
                default:
                    return *c >= 0;
            }
        }
    }
}

bool evaluate(const Node& n, const QJsonObject& entity) {
    switch (n.kind) {
        case Node::Kind::And:
            for (const auto& c : n.children)
                if (!evaluate(*c, entity)) return false;
            return true;
        case Node::Kind::Or:
            for (const auto& c : n.children)
                if (evaluate(*c, entity)) return true;
            return false;
        case Node::Kind::Test:
            break;
    }
    QJsonValue target;
    if (n.attribute == QLatin1String("id") || n.attribute == QLatin1String("type")) {
        target = entity.value(n.attribute);
    } else {
        const QJsonValue attr = entity.value(n.attribute);
        if (!attr.isObject()) return false;  // absent: no comparison can hold
        const QJsonObject a = attr.toObject();
        target = a.contains(QLatin1String("object")) ? a.value(QLatin1String("object"))
                                                     : a.value(QLatin1String("value"));
    }
    if (!n.key.isEmpty()) {
        if (!target.isObject()) return false;
        target = target.toObject().value(n.key);
        if (target.isUndefined()) return false;
    }
    if (target.isArray()) {
        const QJsonArray items = target.toArray();
        if (n.op == Node::Op::Ne || n.op == Node::Op::NoMatch) {
            for (const QJsonValue& v : items)
                if (!testScalar(n, v)) return false;
            return true;
        }
        for (const QJsonValue& v : items)
            if (testScalar(n, v)) return true;
        return n.op == Node::Op::Exists;
    }
    return testScalar(n, target);
}

}  // namespace

std::optional<QueryFilter> QueryFilter::parse(const QString& text, QString* error) {
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("q is empty");
        return std::nullopt;
    }
    Parser parser(text);
    auto root = parser.parse(error);
    if (!root) return std::nullopt;
    QueryFilter f;
    f.m_root = root;
    return f;
}

bool QueryFilter::matches(const QJsonObject& entity) const {
    return m_root && evaluate(*m_root, entity);
}

}  // namespace sim

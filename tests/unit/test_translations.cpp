// The .ts files are complete: every message of the Korean catalogue has a finished, non-empty
// translation that keeps the same %1..%n placeholders; the English catalogue has every message
// of the Korean one.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QString translation;
    QString type;  // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                m = Message{context, {}, {}, {}};
            else if (name == u"source")
                m.source = xml.readElementText();
            else if (name == u"translation") {
                m.type = xml.attributes().value(QStringLiteral("type")).toString();
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out << m;
        }
    }
    if (xml.hasError()) *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

QStringList placeholders(const QString& s) {
    QStringList out;
    auto it = QRegularExpression(QStringLiteral("%(\\d+|n)")).globalMatch(s);
    while (it.hasNext()) out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}
}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void koreanIsComplete() {
        QString error;
        const auto messages =
            readTs(QStringLiteral(BITGOEUL_SOURCE_DIR "/resources/i18n/bitgoeul_ko.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 40);
        QStringList problems;
        for (const auto& m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete") {
                problems
                    << QStringLiteral("%1: obsolete message left in: %2").arg(m.context, m.source);
                continue;
            }
            if (m.type == u"unfinished" || m.translation.trimmed().isEmpty())
                problems << QStringLiteral("%1: untranslated: %2").arg(m.context, m.source);
            else if (placeholders(m.source) != placeholders(m.translation))
                problems << QStringLiteral("%1: placeholders differ: %2 -> %3")
                                .arg(m.context, m.source, m.translation);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishHasTheSameMessages() {
        QString error;
        const auto ko =
            readTs(QStringLiteral(BITGOEUL_SOURCE_DIR "/resources/i18n/bitgoeul_ko.ts"), &error);
        const auto en =
            readTs(QStringLiteral(BITGOEUL_SOURCE_DIR "/resources/i18n/bitgoeul_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> koKeys;
        QSet<QString> enKeys;
        for (const auto& m : ko) koKeys.insert(m.context + u'|' + m.source);
        for (const auto& m : en) enKeys.insert(m.context + u'|' + m.source);
        QCOMPARE(enKeys, koKeys);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"

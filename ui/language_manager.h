#pragma once

#include <QObject>
#include <QTranslator>

namespace bg {

/// Switches the user interface language at run time: the console's own translations
/// (`:/i18n/bitgoeul_<lang>.qm`) and Qt's (qtbase_<lang>.qm) for standard dialogs.
/// Installing the translators sends LanguageChange to every widget, which retranslates itself.
///
/// Threading: GUI thread only.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// "ko" or "en". Returns false (and keeps the current language) for anything else or when
    /// the translation file cannot be loaded.
    bool setLanguage(const QString& lang);
    QString language() const { return m_lang; }

    /// "ko" when the system locale is Korean, "en" otherwise.
    static QString systemDefault();
    static QStringList supported() { return {QStringLiteral("ko"), QStringLiteral("en")}; }

Q_SIGNALS:
    void languageChanged(const QString& lang);

private:
    QString m_lang;
    QTranslator m_app;
    QTranslator m_qt;
};

}  // namespace bg

#include "ui/language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUi, "bitgoeul.ui")

namespace bg {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager() {
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QString LanguageManager::systemDefault() {
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& lang) {
    if (!supported().contains(lang)) {
        qCWarning(lcUi).noquote() << "unsupported language" << lang;
        return false;
    }
    if (lang == m_lang) return true;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QString file = QStringLiteral(":/i18n/bitgoeul_%1.qm").arg(lang);
    if (!m_app.load(file)) {
        qCWarning(lcUi).noquote() << "cannot load translation" << file;
        return false;
    }
    // Qt's own strings (standard buttons, dialogs); absent for English, which is fine.
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(lang),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_app);
    m_lang = lang;
    QLocale::setDefault(QLocale(lang == u"ko" ? QLocale::Korean : QLocale::English,
                                lang == u"ko" ? QLocale::SouthKorea : QLocale::UnitedStates));
    qCInfo(lcUi).noquote() << "language" << lang;
    Q_EMIT languageChanged(lang);
    return true;
}

}  // namespace bg

#pragma once

#include "ui/page.h"
#include "ui/system_info.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace bg {

class LanguageManager;

/// Administration: the interface language, the hub the console connects to at its next start,
/// and what this console runs on (versions, cache file, log file).
class AdminPage : public Page {
    Q_OBJECT
public:
    AdminPage(SystemInfo info, LanguageManager* language, QSettings* settings,
              QWidget* parent = nullptr);

    QString pageName() const override { return QStringLiteral("admin"); }
    QString title() const override { return tr("Admin"); }
    QString iconPath() const override { return QStringLiteral(":/icons/admin.svg"); }

    /// Validates and stores the hub URL for the next start; returns the message shown.
    QString saveHubUrl(const QString& text);

Q_SIGNALS:
    void aboutRequested();
    /// The attention coverage threshold changed (saved as "attention/minutes").
    void attentionMinutesChanged(int minutes);

protected:
    void retranslateUi() override;

private:
    void addRow(QFormLayout* form, QLabel** label, QLabel** value, const QString& text);

    SystemInfo m_info;
    LanguageManager* m_language;
    QSettings* m_settings;

    QGroupBox* m_languageBox;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;

    QGroupBox* m_hubBox;
    QLabel* m_hubNowLabel;
    QLabel* m_hubNow;
    QLabel* m_hubNextLabel;
    QLineEdit* m_hubNext;
    QPushButton* m_hubSave;
    QLabel* m_hubMessage;

    QGroupBox* m_monitoringBox;
    QLabel* m_attentionLabel;
    QSpinBox* m_attention;

    QGroupBox* m_systemBox;
    QLabel* m_versionLabel;
    QLabel* m_version;
    QLabel* m_librariesLabel;
    QLabel* m_libraries;
    QLabel* m_cacheLabel;
    QLabel* m_cache;
    QLabel* m_logLabel;
    QLabel* m_log;
    QPushButton* m_about;
};

}  // namespace bg

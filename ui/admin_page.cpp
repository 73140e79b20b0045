#include "ui/admin_page.h"

#include "ui/language_manager.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace bg {

AdminPage::AdminPage(SystemInfo info, LanguageManager* language, QSettings* settings,
                     QWidget* parent)
    : Page(parent), m_info(std::move(info)), m_language(language), m_settings(settings) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->setSpacing(16);

    m_languageBox = new QGroupBox;
    auto* langForm = new QFormLayout(m_languageBox);
    m_languageLabel = new QLabel;
    m_languageCombo = new QComboBox;
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so anyone can find their own.
    m_languageCombo->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    langForm->addRow(m_languageLabel, m_languageCombo);
    outer->addWidget(m_languageBox);
    if (m_language) {
        m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language->language()));
        connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
            const QString lang = m_languageCombo->itemData(index).toString();
            if (m_language->setLanguage(lang) && m_settings)
                m_settings->setValue(QStringLiteral("ui/language"), lang);
        });
        connect(m_language, &LanguageManager::languageChanged, this, [this](const QString& lang) {
            m_languageCombo->setCurrentIndex(m_languageCombo->findData(lang));
        });
    }

    m_hubBox = new QGroupBox;
    auto* hubForm = new QFormLayout(m_hubBox);
    addRow(hubForm, &m_hubNowLabel, &m_hubNow, {});
    m_hubNextLabel = new QLabel;
    m_hubNext = new QLineEdit;
    m_hubNext->setObjectName(QStringLiteral("hubUrlEdit"));
    m_hubNext->setText(m_settings ? m_settings->value(QStringLiteral("hub/url")).toString()
                                  : QString());
    m_hubSave = new QPushButton;
    m_hubSave->setObjectName(QStringLiteral("hubUrlSave"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_hubNext, 1);
    row->addWidget(m_hubSave);
    hubForm->addRow(m_hubNextLabel, row);
    m_hubMessage = new QLabel;
    m_hubMessage->setObjectName(QStringLiteral("hubUrlMessage"));
    m_hubMessage->setWordWrap(true);
    hubForm->addRow(QString(), m_hubMessage);
    connect(m_hubSave, &QPushButton::clicked, this, [this] { saveHubUrl(m_hubNext->text()); });
    connect(m_hubNext, &QLineEdit::returnPressed, this, [this] { saveHubUrl(m_hubNext->text()); });
    outer->addWidget(m_hubBox);

    m_monitoringBox = new QGroupBox;
    auto* monForm = new QFormLayout(m_monitoringBox);
    m_attentionLabel = new QLabel;
    m_attention = new QSpinBox;
    m_attention->setObjectName(QStringLiteral("attentionMinutes"));
    m_attention->setRange(1, 480);
    m_attention->setMaximumWidth(140);
    m_attention->setValue(
        m_settings ? m_settings->value(QStringLiteral("attention/minutes"), 15).toInt() : 15);
    monForm->addRow(m_attentionLabel, m_attention);
    connect(m_attention, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_settings) m_settings->setValue(QStringLiteral("attention/minutes"), minutes);
        Q_EMIT attentionMinutesChanged(minutes);
    });
    outer->addWidget(m_monitoringBox);

    m_systemBox = new QGroupBox;
    auto* sysForm = new QFormLayout(m_systemBox);
    addRow(sysForm, &m_versionLabel, &m_version, m_info.appVersion);
    addRow(sysForm, &m_librariesLabel, &m_libraries,
           QStringList{m_info.qtVersion, m_info.gstreamerVersion, m_info.opencvVersion}.join(
               QStringLiteral(" · ")));
    addRow(sysForm, &m_cacheLabel, &m_cache, {});
    addRow(sysForm, &m_logLabel, &m_log,
           m_info.logPath.isEmpty() ? QStringLiteral("—") : m_info.logPath);
    outer->addWidget(m_systemBox);

    m_about = new QPushButton;
    m_about->setObjectName(QStringLiteral("aboutButton"));
    connect(m_about, &QPushButton::clicked, this, &AdminPage::aboutRequested);
    auto* aboutRow = new QHBoxLayout;
    aboutRow->addWidget(m_about);
    aboutRow->addStretch(1);
    outer->addLayout(aboutRow);
    outer->addStretch(1);
    retranslateUi();
}

void AdminPage::addRow(QFormLayout* form, QLabel** label, QLabel** value, const QString& text) {
    *label = new QLabel;
    *value = new QLabel(text);
    (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (*value)->setWordWrap(true);
    (*value)->setTextFormat(Qt::PlainText);
    form->addRow(*label, *value);
}

QString AdminPage::saveHubUrl(const QString& text) {
    const QString trimmed = text.trimmed();
    QString message;
    if (trimmed.isEmpty()) {
        if (m_settings) m_settings->remove(QStringLiteral("hub/url"));
        message = tr("No hub saved: the next start runs the embedded simulator.");
    } else {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            message =
                tr("Not saved: the hub URL must start with http:// or https:// and name a "
                   "host, e.g. http://hub.example:1026.");
        } else {
            if (m_settings) m_settings->setValue(QStringLiteral("hub/url"), trimmed);
            message = tr("Saved. The console connects to %1 at its next start.")
                          .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        }
    }
    m_hubMessage->setText(message);
    return message;
}

void AdminPage::retranslateUi() {
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Interface language"));
    m_hubBox->setTitle(tr("Data hub"));
    m_monitoringBox->setTitle(tr("Monitoring"));
    m_attentionLabel->setText(tr("A camera counts as unwatched after"));
    m_attention->setSuffix(tr(" min"));
    m_hubNowLabel->setText(tr("Connected to"));
    QString source;
    if (m_info.hubSource == u"demo")
        source = tr("embedded simulator (bitgoeul-sim)");
    else if (m_info.hubSource == u"command line")
        source = tr("from the command line");
    else if (m_info.hubSource == u"settings")
        source = tr("from the settings");
    m_hubNow->setText(m_info.hubDisplay.isEmpty()
                          ? tr("none")
                          : QStringLiteral("%1 (%2)").arg(m_info.hubDisplay, source));
    m_hubNextLabel->setText(tr("Hub at next start"));
    m_hubNext->setPlaceholderText(tr("empty: embedded simulator"));
    m_hubSave->setText(tr("Save"));
    m_hubMessage->clear();
    m_systemBox->setTitle(tr("This console"));
    m_versionLabel->setText(tr("Version"));
    m_librariesLabel->setText(tr("Libraries"));
    m_cacheLabel->setText(tr("Cache file"));
    QString outcome;
    if (m_info.cacheOutcome == u"created")
        outcome = tr("Created at this start.");
    else if (m_info.cacheOutcome == u"upgraded")
        outcome = tr("Upgraded from schema version %1 at this start.").arg(m_info.cacheFromVersion);
    else if (m_info.cacheOutcome == u"movedAside")
        outcome = tr("The previous file was unreadable; it was kept as %1 and a new one was made.")
                      .arg(m_info.cacheMovedAsidePath);
    m_cache->setText(tr("%1\nschema version %2. %3")
                         .arg(m_info.cachePath)
                         .arg(m_info.cacheSchemaVersion)
                         .arg(outcome)
                         .trimmed());
    m_logLabel->setText(tr("Log file"));
    m_about->setText(tr("About Bitgoeul Console and its data…"));
}

}  // namespace bg

#include "ui/about_dialog.h"

#include "core/site.h"

#include "ui/models/data_sources_model.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bg {

AboutDialog::AboutDialog(const SystemInfo& info, const QString& lang, QWidget* parent)
    : QDialog(parent),
      m_info(info),
      m_heading(new QLabel),
      m_text(new QLabel),
      m_sourcesHeading(new QLabel),
      m_table(new QTableView),
      m_model(new DataSourcesModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close)) {
    setObjectName(QStringLiteral("aboutDialog"));
    resize(980, 620);
    auto* layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("aboutHeading"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_sourcesHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFile file(QStringLiteral(":/about/data_sources.json"));
    if (file.open(QIODevice::ReadOnly)) {
        auto parsed = parseDataSources(file.readAll());
        if (parsed)
            m_model->setSources(std::move(parsed).value());
        else
            qWarning().noquote() << parsed.error();
    } else {
        qWarning().noquote() << "cannot read" << file.fileName();
    }
    m_model->setLanguage(lang);
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DataSourcesModel::TitleColumn, 260);
    m_table->setColumnWidth(DataSourcesModel::ProviderColumn, 240);
    m_table->setColumnWidth(DataSourcesModel::LicenceColumn, 150);
    // Row heights follow the wrapped attribution text whenever the columns change width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [this] { m_table->resizeRowsToContents(); });
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi() {
    setWindowTitle(tr("About Bitgoeul Console"));
    m_model->setLanguage(currentLanguage());
    m_heading->setText(tr("Bitgoeul Console %1").arg(m_info.appVersion));
    m_text->setText(
        tr("The operator console of the integrated CCTV control center of Dong-gu, Gwangju: "
           "live video with AI analytics, the Dong-gu map, the smart-city services (RE100 mega "
           "station, smart parking, smart poles, smart crosswalks, AI recycling machines) and "
           "the alerts that join them.\n\nBuilt on %1, %2 and %3; SQLite; libsodium.")
            .arg(m_info.qtVersion, m_info.gstreamerVersion, m_info.opencvVersion));
    m_sourcesHeading->setText(tr("Data used by this program, and their licences"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

}  // namespace bg

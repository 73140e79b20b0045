#include "ui/shift_report_dialog.h"

#include "ui/models/shift_report_document.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bg {

ShiftReportDialog::ShiftReportDialog(Builder build, QString centre, QWidget* parent)
    : QDialog(parent),
      m_build(std::move(build)),
      m_centre(std::move(centre)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)),
      m_hours(new QSpinBox),
      m_preview(nullptr),
      m_summary(new QLabel),
      m_message(new QLabel) {
    setObjectName(QStringLiteral("shiftReportDialog"));
    setWindowTitle(tr("Shift handover report"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageOrientation(QPageLayout::Portrait);
    m_preview = new QPrintPreviewWidget(m_printer.get());
    m_preview->setObjectName(QStringLiteral("shiftReportPreview"));
    m_hours->setRange(1, 24);
    m_hours->setValue(8);
    m_hours->setSuffix(tr(" h"));
    m_hours->setObjectName(QStringLiteral("shiftHours"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Last")));
    top->addWidget(m_hours);
    top->addWidget(m_summary, 1);
    auto* buttons = new QDialogButtonBox;
    QPushButton* save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveShiftReport"));
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(save, &QPushButton::clicked, this, &ShiftReportDialog::askAndSave);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ShiftReportDialog::paint);
    connect(m_hours, &QSpinBox::valueChanged, this, &ShiftReportDialog::rebuild);
    resize(980, 900);
    rebuild();
}

ShiftReportDialog::~ShiftReportDialog() {
    delete m_preview;  // before the printer it paints on
}

void ShiftReportDialog::setHours(int hours) {
    m_hours->setValue(hours);
}

int ShiftReportDialog::pageCount() const {
    return m_preview->pageCount();
}

void ShiftReportDialog::rebuild() {
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_report = m_build ? m_build(to.addSecs(-qint64(m_hours->value()) * 3600), to) : ShiftReport{};
    m_summary->setText(tr("%1 alerts, %2 incidents, %3 open items")
                           .arg(m_report.raised)
                           .arg(m_report.incidentsCreated)
                           .arg(m_report.stillOpen.size() + m_report.incidentsOpen));
    m_preview->updatePreview();
}

void ShiftReportDialog::paint(QPrinter* printer) {
    QTextDocument doc;
    setUpShiftReportDocument(doc, m_report, m_centre);
    doc.print(printer);
}

void ShiftReportDialog::askAndSave() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("shift-report-%1.pdf")
                             .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the shift report"),
                                                      dir + u'/' + name, tr("PDF (*.pdf)"));
    if (!path.isEmpty()) saveAsPdf(path);
}

QString ShiftReportDialog::saveAsPdf(const QString& path) {
    if (const Status s = writeShiftReportPdf(m_report, m_centre, path); !s) {
        m_message->setText(tr("Not saved: %1").arg(s.error()));
    } else {
        m_message->setText(tr("Saved to %1").arg(path));
        Q_EMIT exported(path);
    }
    return m_message->text();
}

}  // namespace bg

#pragma once

#include "services/shift_report.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QSpinBox;
class QTextDocument;

namespace bg {

/// The shift handover report before it is saved: the last N hours' alerts and incidents laid out
/// on A4 pages exactly as the PDF will be, with "Save as PDF…". Every export is reported through
/// `exported` (the console logs it in the activity log).
class ShiftReportDialog : public QDialog {
    Q_OBJECT
public:
    /// `build(from, to)` makes the report of a period (UTC).
    using Builder = std::function<ShiftReport(const QDateTime& from, const QDateTime& to)>;

    ShiftReportDialog(Builder build, QString centre, QWidget* parent = nullptr);
    ~ShiftReportDialog() override;

    void setHours(int hours);
    int pageCount() const;
    const ShiftReport& report() const { return m_report; }
    QPrintPreviewWidget* preview() const { return m_preview; }
    /// Writes the PDF; the message shown.
    QString saveAsPdf(const QString& path);

Q_SIGNALS:
    void exported(const QString& path);

private:
    void rebuild();
    void paint(QPrinter* printer);
    void askAndSave();

    Builder m_build;
    QString m_centre;
    ShiftReport m_report;
    std::unique_ptr<QPrinter> m_printer;
    QSpinBox* m_hours;
    QPrintPreviewWidget* m_preview;
    QLabel* m_summary;
    QLabel* m_message;
};

}  // namespace bg

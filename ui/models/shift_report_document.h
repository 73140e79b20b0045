#pragma once

#include "core/result.h"
#include "services/shift_report.h"

#include <QString>

class QTextDocument;

namespace bg {

/// The shift handover report as HTML in the current language (times in Asia/Seoul), for the
/// preview and the PDF.
QString shiftReportHtml(const ShiftReport& report, const QString& centre);

/// Fills `doc` with the report (HTML and the default font), for the preview and the PDF.
void setUpShiftReportDocument(QTextDocument& doc, const ShiftReport& report, const QString& centre);

/// Writes the report as an A4 PDF (QPdfWriter + QTextDocument). Needs a QGuiApplication (fonts);
/// Hangul renders with NanumGothic (fonts-nanum).
Status writeShiftReportPdf(const ShiftReport& report, const QString& centre, const QString& path);

}  // namespace bg

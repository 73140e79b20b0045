#include "ui/models/shift_report_document.h"

#include "core/seoul_time.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/incident_models.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bg {

namespace {
QString duration(double seconds) {
    if (seconds < 0) return QStringLiteral("—");
    const int s = qRound(seconds);
    return s < 60
               ? QCoreApplication::translate("ShiftReport", "%1 s").arg(s)
               : QCoreApplication::translate("ShiftReport", "%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString row(const QStringList& cells, bool header = false) {
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += (header ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>"))
                   .arg(c.toHtmlEscaped());
    return out + QStringLiteral("</tr>");
}
}  // namespace

QString shiftReportHtml(const ShiftReport& r, const QString& centre) {
    QString h = QStringLiteral(
        "<html><head><style>body{font-family:'NanumGothic';font-size:10pt}"
        "h1{font-size:16pt}h2{font-size:12pt;margin-top:14px}"
        "table{border-collapse:collapse}td,th{border:1px solid #888;padding:3px 6px}"
        "th{background:#ddd}</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(QCoreApplication::translate("ShiftReport", "Shift handover report — %1")
                      .arg(centre)
                      .toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(QCoreApplication::translate("ShiftReport", "Shift from %1 to %2 (KST)")
                      .arg(formatSeoulDateTime(r.from), formatSeoulDateTime(r.to))
                      .toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2><table>")
             .arg(QCoreApplication::translate("ShiftReport", "Summary").toHtmlEscaped());
    h += row(
        {QCoreApplication::translate("ShiftReport", "Alerts raised"), QString::number(r.raised)});
    h += row({QCoreApplication::translate("ShiftReport", "Acknowledged"),
              QString::number(r.acknowledged)});
    h += row({QCoreApplication::translate("ShiftReport", "Resolved"), QString::number(r.resolved)});
    h += row({QCoreApplication::translate("ShiftReport", "Still open at handover"),
              QString::number(r.stillOpen.size())});
    h += row({QCoreApplication::translate("ShiftReport", "Time to acknowledge (median)"),
              duration(r.medianAckSeconds)});
    h += row({QCoreApplication::translate("ShiftReport", "Time to acknowledge (mean)"),
              duration(r.meanAckSeconds)});
    h += row({QCoreApplication::translate("ShiftReport", "Time to resolve (median)"),
              duration(r.medianResolveSeconds)});
    h += row({QCoreApplication::translate("ShiftReport", "Incidents created"),
              QString::number(r.incidentsCreated)});
    h += row({QCoreApplication::translate("ShiftReport", "Incidents escalated to 112/119"),
              QString::number(r.incidentsEscalated)});
    h += row({QCoreApplication::translate("ShiftReport", "Incidents still open"),
              QString::number(r.incidentsOpen)});
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table>")
             .arg(QCoreApplication::translate("ShiftReport", "Incidents").toHtmlEscaped());
    h += row({QCoreApplication::translate("ShiftReport", "Created"),
              QCoreApplication::translate("ShiftReport", "Incident"),
              QCoreApplication::translate("ShiftReport", "State"),
              QCoreApplication::translate("ShiftReport", "Alerts"),
              QCoreApplication::translate("ShiftReport", "Operator")},
             true);
    for (const Incident& i : r.incidents)
        h += row({formatSeoulDateTime(i.createdAt), i.title, IncidentListModel::stateText(i.state),
                  QString::number(i.alertIds.size()), i.createdBy});
    h += QStringLiteral("</table>");
    if (!r.escalations.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table>")
                 .arg(QCoreApplication::translate("ShiftReport", "Escalations and camera shares")
                          .toHtmlEscaped());
        h += row({QCoreApplication::translate("ShiftReport", "Time"),
                  QCoreApplication::translate("ShiftReport", "Agency"),
                  QCoreApplication::translate("ShiftReport", "Cameras"),
                  QCoreApplication::translate("ShiftReport", "Radius"),
                  QCoreApplication::translate("ShiftReport", "Until"),
                  QCoreApplication::translate("ShiftReport", "Operator")},
                 true);
        for (const IncidentShare& s : r.escalations)
            h += row({formatSeoulDateTime(s.createdAt), IncidentListModel::agencyText(s.agency),
                      QString::number(s.cameraIds.size()),
                      QCoreApplication::translate("ShiftReport", "%1 m").arg(qRound(s.radiusM)),
                      formatSeoulDateTime(s.expiresAt), s.createdBy});
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2><table>")
             .arg(QCoreApplication::translate("ShiftReport", "Alerts by category and severity")
                      .toHtmlEscaped());
    h += row({QCoreApplication::translate("ShiftReport", "Category"),
              QCoreApplication::translate("ShiftReport", "Alerts")},
             true);
    for (auto it = r.byCategory.cbegin(); it != r.byCategory.cend(); ++it)
        h += row({AlertQueueModel::categoryText(it.key()), QString::number(it.value())});
    h += row({QCoreApplication::translate("ShiftReport", "Severity"),
              QCoreApplication::translate("ShiftReport", "Alerts")},
             true);
    for (auto it = r.bySeverity.cbegin(); it != r.bySeverity.cend(); ++it)
        h += row({AlertQueueModel::severityText(it.key()), QString::number(it.value())});
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table>")
             .arg(QCoreApplication::translate("ShiftReport", "Open items for the next shift")
                      .toHtmlEscaped());
    h += row({QCoreApplication::translate("ShiftReport", "Raised"),
              QCoreApplication::translate("ShiftReport", "Severity"),
              QCoreApplication::translate("ShiftReport", "Category"),
              QCoreApplication::translate("ShiftReport", "Source"),
              QCoreApplication::translate("ShiftReport", "State")},
             true);
    for (const Alert& a : r.stillOpen)
        h += row({formatSeoulDateTime(a.raisedAt), AlertQueueModel::severityText(a.severity),
                  AlertQueueModel::categoryText(a.category),
                  a.name.ko.isEmpty() ? a.sourceId : a.name.ko,
                  AlertQueueModel::stateText(a.state)});
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table>")
             .arg(QCoreApplication::translate("ShiftReport", "What was done").toHtmlEscaped());
    h += row({QCoreApplication::translate("ShiftReport", "Time"),
              QCoreApplication::translate("ShiftReport", "Operator"),
              QCoreApplication::translate("ShiftReport", "Alert"),
              QCoreApplication::translate("ShiftReport", "Change"),
              QCoreApplication::translate("ShiftReport", "Note")},
             true);
    for (const AlertTransition& t : r.actions)
        h += row({formatSeoulDateTime(t.at), t.user, t.alertId.section(u':', -1),
                  QStringLiteral("%1 → %2").arg(AlertQueueModel::stateText(t.from),
                                                AlertQueueModel::stateText(t.to)),
                  t.note});
    h += QStringLiteral("</table></body></html>");
    return h;
}

void setUpShiftReportDocument(QTextDocument& doc, const ShiftReport& r, const QString& centre) {
    doc.setDefaultFont(QFont(QStringLiteral("NanumGothic"), 10));
    doc.setHtml(shiftReportHtml(r, centre));
}

Status writeShiftReportPdf(const ShiftReport& r, const QString& centre, const QString& path) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(
        QCoreApplication::translate("ShiftReport", "Shift handover report — %1").arg(centre));
    pdf.setCreator(QStringLiteral("Bitgoeul Console"));
    QTextDocument doc;
    setUpShiftReportDocument(doc, r, centre);
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Status::fail(QStringLiteral("could not write the report to %1").arg(path));
    return Status::ok();
}

}  // namespace bg

#include "ui/escalation_dialog.h"

#include "services/incident_service.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bg {

EscalationDialog::EscalationDialog(const QString& incidentTitle,
                                   std::function<int(double)> countCameras, QWidget* parent)
    : QDialog(parent),
      m_count(std::move(countCameras)),
      m_agency(new QComboBox),
      m_radius(new QSpinBox),
      m_validity(new QSpinBox),
      m_cameras(new QLabel) {
    setObjectName(QStringLiteral("escalationDialog"));
    setWindowTitle(tr("Escalate incident"));
    m_agency->setObjectName(QStringLiteral("escalationAgency"));
    m_agency->addItem(tr("Police 112"), int(Agency::Police112));
    m_agency->addItem(tr("Fire 119"), int(Agency::Fire119));
    m_radius->setObjectName(QStringLiteral("escalationRadius"));
    m_radius->setRange(50, int(IncidentService::kMaxRadiusM));
    m_radius->setSingleStep(50);
    m_radius->setValue(300);
    m_radius->setSuffix(tr(" m"));
    m_validity->setObjectName(QStringLiteral("escalationValidity"));
    m_validity->setRange(5, int(IncidentService::kMaxValiditySeconds / 60));
    m_validity->setSingleStep(15);
    m_validity->setValue(60);
    m_validity->setSuffix(tr(" min"));
    m_cameras->setObjectName(QStringLiteral("escalationCameras"));

    auto* title = new QLabel(incidentTitle);
    title->setObjectName(QStringLiteral("noticeTitle"));
    title->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Hand over to"), m_agency);
    form->addRow(tr("Share cameras within"), m_radius);
    form->addRow(tr("Share for"), m_validity);
    form->addRow(QString(), m_cameras);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Escalate and share"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_radius, &QSpinBox::valueChanged, this, &EscalationDialog::updateCount);
    updateCount();
    setMinimumWidth(460);
    resize(sizeHint().expandedTo(minimumSize()));
    m_agency->setFocus();
}

Agency EscalationDialog::agency() const {
    return Agency(m_agency->currentData().toInt());
}

void EscalationDialog::setAgency(Agency a) {
    m_agency->setCurrentIndex(m_agency->findData(int(a)));
}

double EscalationDialog::radiusM() const {
    return m_radius->value();
}

void EscalationDialog::setRadiusM(double m) {
    m_radius->setValue(qRound(m));
}

qint64 EscalationDialog::validitySeconds() const {
    return qint64(m_validity->value()) * 60;
}

void EscalationDialog::setValidityMinutes(int minutes) {
    m_validity->setValue(minutes);
}

void EscalationDialog::updateCount() {
    const int n = m_count ? m_count(radiusM()) : 0;
    m_cameras->setText(n > 0 ? tr("%n camera(s) will be shared", nullptr, n)
                             : tr("No camera within this radius"));
}

}  // namespace bg

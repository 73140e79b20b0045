#pragma once

#include "core/incident.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace bg {

/// Asks where an incident goes (police 112 or fire 119), the radius of the cameras to share and
/// how long the share lasts, showing how many cameras the radius takes as it changes.
/// Enter confirms, Esc cancels.
class EscalationDialog : public QDialog {
    Q_OBJECT
public:
    /// `countCameras(radiusM)` says how many cameras a radius would share.
    EscalationDialog(const QString& incidentTitle, std::function<int(double)> countCameras,
                     QWidget* parent = nullptr);

    Agency agency() const;
    void setAgency(Agency a);
    double radiusM() const;
    void setRadiusM(double m);
    qint64 validitySeconds() const;
    void setValidityMinutes(int minutes);

private:
    void updateCount();

    std::function<int(double)> m_count;
    QComboBox* m_agency;
    QSpinBox* m_radius;
    QSpinBox* m_validity;
    QLabel* m_cameras;
};

}  // namespace bg

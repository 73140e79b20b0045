#pragma once

#include "ui/system_info.h"

#include <QDialog>

class QLabel;
class QTableView;
class QDialogButtonBox;

namespace bg {

class DataSourcesModel;

/// The About box: what the console is, its version and libraries, and every data set it uses
/// with its provider, licence and the attribution the licence asks for.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const SystemInfo& info, const QString& lang, QWidget* parent = nullptr);

    /// The data sources table's model (for tests).
    DataSourcesModel* sourcesModel() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SystemInfo m_info;
    QLabel* m_heading;
    QLabel* m_text;
    QLabel* m_sourcesHeading;
    QTableView* m_table;
    DataSourcesModel* m_model;
    QDialogButtonBox* m_buttons;
};

}  // namespace bg

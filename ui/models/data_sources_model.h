#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace bg {

/// One data set the product uses, with what its licence asks us to show.
struct DataSource {
    QString id;
    QString titleKo;
    QString titleEn;
    QStringList files;
    QString provider;
    QString licence;
    QString attribution;
};

/// Parses the attribution list (resources/about/data_sources.json). Errors name the entry and
/// the field ("sources[3]: 'licence' is missing").
Result<QVector<DataSource>> parseDataSources(const QByteArray& json);

/// The data sources as a table for the About box: data set, provider, licence, attribution.
class DataSourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, ProviderColumn, LicenceColumn, AttributionColumn, ColumnCount };

    explicit DataSourcesModel(QObject* parent = nullptr);

    void setSources(QVector<DataSource> sources);
    /// "ko" or "en": which title to show.
    void setLanguage(const QString& lang);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<DataSource> m_sources;
    QString m_lang = QStringLiteral("ko");
};

}  // namespace bg

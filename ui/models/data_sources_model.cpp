#include "ui/models/data_sources_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bg {

Result<QVector<DataSource>> parseDataSources(const QByteArray& json) {
    using R = Result<QVector<DataSource>>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::fail(QStringLiteral("data sources: not JSON at offset %1: %2")
                           .arg(error.offset)
                           .arg(error.errorString()));
    if (!doc.object().value(u"sources").isArray())
        return R::fail(QStringLiteral("data sources: 'sources' must be an array"));
    QVector<DataSource> out;
    const QJsonArray arr = doc.object().value(u"sources").toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        DataSource s;
        const auto text = [&](const char* key, QString* into) -> QString {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return QStringLiteral("data sources: sources[%1]: '%2' is missing or empty")
                    .arg(i)
                    .arg(QLatin1String(key));
            *into = v.toString();
            return {};
        };
        for (const auto& [key, into] :
             {std::pair{"id", &s.id}, std::pair{"title_ko", &s.titleKo},
              std::pair{"title_en", &s.titleEn}, std::pair{"provider", &s.provider},
              std::pair{"licence", &s.licence}, std::pair{"attribution", &s.attribution}}) {
            if (const QString e = text(key, into); !e.isEmpty()) return R::fail(e);
        }
        for (const auto& f : o.value(u"files").toArray()) s.files << f.toString();
        out.append(s);
    }
    return R::ok(out);
}

DataSourcesModel::DataSourcesModel(QObject* parent) : QAbstractTableModel(parent) {}

void DataSourcesModel::setSources(QVector<DataSource> sources) {
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

void DataSourcesModel::setLanguage(const QString& lang) {
    if (lang == m_lang) return;
    m_lang = lang;
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DataSourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int DataSourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataSourcesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataSource& s = m_sources.at(index.row());
    if (role == Qt::ToolTipRole) return s.files.join(u'\n');
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case TitleColumn:
            return m_lang == u"en" ? s.titleEn : s.titleKo;
        case ProviderColumn:
            return s.provider;
        case LicenceColumn:
            return s.licence;
        case AttributionColumn:
            return s.attribution;
        default:
            return {};
    }
}

QVariant DataSourcesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TitleColumn:
            return tr("Data");
        case ProviderColumn:
            return tr("Provider");
        case LicenceColumn:
            return tr("Licence");
        case AttributionColumn:
            return tr("Attribution");
        default:
            return {};
    }
}

}  // namespace bg

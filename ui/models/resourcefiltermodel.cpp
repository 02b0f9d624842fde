#include "resourcefiltermodel.h"

#include "resourcetablemodel.h"

namespace lps {

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterModel::setSector(std::optional<Sector> sector)
{
    m_sector = sector;
    invalidateFilter();
}

void ResourceFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, ResourceTableModel::Name, sourceParent);
    if (m_sector && name.data(ResourceTableModel::SectorRole).toInt() != int(*m_sector))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {ResourceTableModel::Name, ResourceTableModel::Restriction}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace lps

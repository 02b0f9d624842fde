#include "servicefiltermodel.h"

#include "servicetablemodel.h"

namespace lps {

ServiceFilterModel::ServiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ServiceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ServiceFilterModel::setTier(std::optional<Tier> tier)
{
    m_tier = tier;
    invalidateFilter();
}

void ServiceFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ServiceFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool ServiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, ServiceTableModel::Name, sourceParent);
    if (m_tier && name.data(ServiceTableModel::TierRole).toInt() != int(*m_tier))
        return false;
    if (!m_tag.isEmpty() && !name.data(ServiceTableModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {ServiceTableModel::Name, ServiceTableModel::Tags, ServiceTableModel::Provider}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace lps

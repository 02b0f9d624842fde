#pragma once

#include "model/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace lps {

/// The resources table as a person narrows it down: one sector, and words to find in a
/// resource's name or in what it may fund; sorted by any column, amounts as numbers.
class ResourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResourceFilterModel(QObject *parent = nullptr);

    void setSector(std::optional<Sector> sector);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Sector> m_sector;
    QString m_text;
};

} // namespace lps

#pragma once

#include "model/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace lps {

/// The services table as a person narrows it down: one tier, one tag, and words to find in a
/// service's name, tags or provider; sorted by any column, amounts as numbers.
class ServiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterModel(QObject *parent = nullptr);

    void setTier(std::optional<Tier> tier);
    void setText(const QString &text);
    /// Only services carrying this tag; empty for any.
    void setTag(const QString &tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Tier> m_tier;
    QString m_text;
    QString m_tag;
};

} // namespace lps

#pragma once

#include "changes/planchange.h"
#include "model/plan.h"

#include <QAbstractListModel>

#include <functional>
#include <type_traits>

namespace lps {

/// Gives an item model (`Base`: QAbstractTableModel or QAbstractListModel) one way to follow a
/// list it shows as rows: given how the list changed, it removes and inserts rows and marks the
/// rest changed instead of resetting, so a view keeps its selection and scroll position through
/// an edit, an undo or a redo. Only a reordered list resets.
template <typename Base> class RowFollower : public Base
{
public:
    using Base::Base;

    static constexpr qsizetype kResetAbove = 300;

protected:
    /// Follows one of a plan's lists (`list`, such as &Plan::services) into the model's own copy
    /// of the plan, `mirror`: row by row, or afresh (a reset) for another plan or other years,
    /// when every row and header changes anyway.
    template <typename Item>
    void followPlan(const PlanChange &change, const ListChange &rows, Plan &mirror,
                    const Plan &plan, QList<Item> Plan::*list)
    {
        if (change.replaced || change.years) {
            this->beginResetModel();
            mirror = plan;
            this->endResetModel();
            emit this->headerDataChanged(Qt::Horizontal, 0, this->columnCount() - 1);
            return;
        }
        followRows(
            rows, [&mirror, list](qsizetype row) { (mirror.*list).removeAt(row); },
            [&mirror, &plan, list](qsizetype row) {
                (mirror.*list).insert(row, (plan.*list).at(row));
            },
            [&mirror, &plan] { mirror = plan; });
    }

    /// `remove(row)` and `insert(row)` change the model's own rows between the begin and end
    /// signals (insert takes the new list's row); `replace()` then takes the new list whole.
    void followRows(const ListChange &change, const std::function<void(qsizetype)> &remove,
                    const std::function<void(qsizetype)> &insert,
                    const std::function<void()> &replace)
    {
        if (change.reordered) {
            this->beginResetModel();
            replace();
            this->endResetModel();
            return;
        }
        // Runs of neighbouring rows go in one signal each; past a few hundred rows (a bulk
        // removal, or its undo) a reset is cheaper for the views than row by row.
        if (change.removed.size() + change.inserted.size() > kResetAbove) {
            this->beginResetModel();
            replace();
            this->endResetModel();
            return;
        }
        for (qsizetype i = change.removed.size() - 1; i >= 0;) {
            const qsizetype last = change.removed[i];
            qsizetype first = last;
            while (--i >= 0 && change.removed[i] == first - 1)
                first = change.removed[i];
            this->beginRemoveRows({}, int(first), int(last));
            for (qsizetype row = last; row >= first; --row)
                remove(row);
            this->endRemoveRows();
        }
        for (qsizetype i = 0; i < change.inserted.size();) {
            const qsizetype first = change.inserted[i];
            qsizetype last = first;
            while (++i < change.inserted.size() && change.inserted[i] == last + 1)
                last = change.inserted[i];
            this->beginInsertRows({}, int(first), int(last));
            for (qsizetype row = first; row <= last; ++row)
                insert(row);
            this->endInsertRows();
        }
        replace();
        const int rows = this->rowCount();
        int columns = 1; // a list model's only column
        if constexpr (!std::is_base_of_v<QAbstractListModel, Base>)
            columns = this->columnCount();
        if (rows > 0 && columns > 0)
            emit this->dataChanged(this->index(0, 0), this->index(rows - 1, columns - 1));
    }
};

} // namespace lps

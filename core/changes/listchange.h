#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace lps {

/// How one list of identified items (services, resources, scenarios) became another: which rows
/// went, which came, which kept their place but changed. A table model replays it as row removals
/// and insertions, so a view keeps its selection through an edit or an undo.
struct ListChange
{
    /// Rows of the old list that went, in ascending order.
    QList<qsizetype> removed;
    /// Rows of the new list that came, in ascending order.
    QList<qsizetype> inserted;
    /// Rows of the new list whose item stayed but changed.
    QList<qsizetype> changed;
    /// The items that stayed are in another order: only a reset shows that.
    bool reordered = false;

    bool isEmpty() const
    {
        return removed.isEmpty() && inserted.isEmpty() && changed.isEmpty() && !reordered;
    }
    bool operator==(const ListChange &) const = default;

    /// Compares by `id`: an item of the same id that stayed is the same row.
    template <typename Item>
    static ListChange between(const QList<Item> &before, const QList<Item> &after)
    {
        // Lists that still share their data (Qt's implicit sharing) are the same list: a
        // scenario-only edit costs nothing here, however many services the plan has.
        if (before.constData() == after.constData() && before.size() == after.size())
            return {};
        QHash<QString, qsizetype> afterRows;
        for (qsizetype row = 0; row < after.size(); ++row)
            afterRows.insert(after[row].id, row);
        QHash<QString, qsizetype> beforeRows;
        ListChange change;
        qsizetype lastKept = -1;
        for (qsizetype row = 0; row < before.size(); ++row) {
            beforeRows.insert(before[row].id, row);
            const auto at = afterRows.constFind(before[row].id);
            if (at == afterRows.cend()) {
                change.removed << row;
                continue;
            }
            change.reordered = change.reordered || *at < lastKept;
            lastKept = *at;
            if (!(after[*at] == before[row]))
                change.changed << *at;
        }
        for (qsizetype row = 0; row < after.size(); ++row)
            if (!beforeRows.contains(after[row].id))
                change.inserted << row;
        // Repeated ids (never in a valid plan) cannot be followed row by row: start afresh.
        change.reordered = change.reordered || afterRows.size() != after.size() ||
                           beforeRows.size() != before.size();
        std::sort(change.changed.begin(), change.changed.end());
        return change;
    }
};

} // namespace lps

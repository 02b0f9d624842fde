#pragma once

#include "model/plan.h"
#include "models/rowfollower.h"

#include <QAbstractListModel>

#include <functional>

namespace lps {

/// A plan's scenarios as a list, the baseline first, each shown under the one it is based on;
/// a name can be typed over when the list has an editor.
class ScenarioListModel : public RowFollower<QAbstractListModel>
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ScenarioListModel(QObject *parent = nullptr);

    /// Follows the plan's scenarios row by row (a view keeps its choice through an edit).
    void setPlan(const Plan &plan);
    /// Renames a scenario; returns why it was refused (empty when done).
    void setRenamer(std::function<QString(const QString &id, const QString &name)> renamer)
    {
        m_renamer = std::move(renamer);
    }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void changeRefused(const QString &message);

private:
    int depthOf(const Scenario &scenario) const;

    Plan m_plan;
    std::function<QString(const QString &, const QString &)> m_renamer;
};

} // namespace lps

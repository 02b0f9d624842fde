#pragma once

#include "editing/servicechange.h"
#include "engine/yearresult.h"
#include "model/plan.h"
#include "models/rowfollower.h"

#include <QAbstractListModel>
#include <QHash>

#include <functional>

namespace lps {

/// The services of one tier as cards on the tier board, highest priority first, with what the
/// allocation gives each. A card dropped here from another tier moves that service into this
/// tier (an undoable ServiceChange made by the editor).
class TierBoardModel : public RowFollower<QAbstractListModel>
{
    Q_OBJECT

public:
    enum Role
    {
        CostRole = Qt::UserRole + 1,
        FundedRole,
        StatusRole,
        SourcesRole,
        ServiceIdRole
    };
    static constexpr const char *kMimeType = "application/x-lps-service-id";

    explicit TierBoardModel(Tier tier, QObject *parent = nullptr);

    Tier tier() const { return m_tier; }
    void setPlan(const Plan &plan, int yearIndex);
    /// The allocation for the plan and year shown; clearOutcomes() until the next one arrives.
    void setOutcomes(const QList<ServiceOutcome> &outcomes,
                     const QHash<QString, QString> &resourceNames);
    void clearOutcomes();
    void setEditor(std::function<QString(const ServiceChange &)> editor)
    {
        m_editor = std::move(editor);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void changeRefused(const QString &message);

private:
    QString serviceIdIn(const QMimeData *data) const;

    Tier m_tier;
    Plan m_plan;
    int m_yearIndex = 0;
    /// The tier's services, as the scenario on show has them, in the order shown.
    QList<Service> m_cards;
    QHash<QString, ServiceOutcome> m_outcomes;
    QHash<QString, QString> m_resourceNames;
    std::function<QString(const ServiceChange &)> m_editor;
};

} // namespace lps

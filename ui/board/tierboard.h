#pragma once

#include "editing/servicechange.h"
#include "reports/evaluation.h"

#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QListView;

namespace lps {

class TierBoardModel;

/// The tier board: three columns, Must, Need and Could, each service a card. Dragging a card to
/// another column moves the service to that tier (undoable), and the board re-allocates; each
/// column's header gives the tier's cost, funding and gap.
class TierBoard : public QWidget
{
    Q_OBJECT

public:
    explicit TierBoard(QWidget *parent = nullptr);

    void setPlan(const Plan &plan, int yearIndex);
    void setEvaluation(const Evaluation &evaluation);
    /// Until the next setEvaluation(): the plan or year changed, and nothing stale is shown.
    void clearEvaluation();
    void setEditor(const std::function<QString(const ServiceChange &)> &editor);

    TierBoardModel *column(Tier tier) const { return m_models[size_t(tier)]; }
    QListView *view(Tier tier) const { return m_views[size_t(tier)]; }
    QString header(Tier tier) const;

signals:
    void changeRefused(const QString &message);

private:
    void setHeader(Tier tier, const QString &figures);

    Plan m_plan;
    std::array<TierBoardModel *, 3> m_models{};
    std::array<QListView *, 3> m_views{};
    std::array<QLabel *, 3> m_headers{};
};

} // namespace lps

#include "tierboard.h"

#include "tierboardmodel.h"
#include "tiercarddelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace lps {

TierBoard::TierBoard(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    for (const Tier tier : kAllTiers) {
        auto *column = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setTextFormat(Qt::RichText);
        header->setWordWrap(true);
        auto *model = new TierBoardModel(tier, this);
        auto *view = new QListView(this);
        view->setModel(model);
        view->setItemDelegate(new TierCardDelegate(view));
        view->setAccessibleName(tr("%1 tier services").arg(tierTitle(tier)));
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setUniformItemSizes(true);
        view->setSpacing(0);
        header->setBuddy(view);
        connect(model, &TierBoardModel::changeRefused, this, &TierBoard::changeRefused);
        column->addWidget(header);
        column->addWidget(view, 1);
        layout->addLayout(column, 1);
        m_models[size_t(tier)] = model;
        m_views[size_t(tier)] = view;
        m_headers[size_t(tier)] = header;
        setHeader(tier, QString());
    }
}

void TierBoard::setPlan(const Plan &plan, int yearIndex)
{
    m_plan = plan;
    for (TierBoardModel *model : m_models)
        model->setPlan(plan, yearIndex);
    clearEvaluation();
}

void TierBoard::setEditor(const std::function<QString(const ServiceChange &)> &editor)
{
    for (TierBoardModel *model : m_models)
        model->setEditor(editor);
}

void TierBoard::clearEvaluation()
{
    for (const Tier tier : kAllTiers) {
        m_models[size_t(tier)]->clearOutcomes();
        setHeader(tier, tr("allocating…"));
    }
}

void TierBoard::setEvaluation(const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    for (const Tier tier : kAllTiers) {
        m_models[size_t(tier)]->setOutcomes(year.services, evaluation.resourceNames);
        const TierOutcome &t = year.tiers[size_t(tier)];
        setHeader(tier,
                  tr("costs %1<br>funded %2<br><b>gap %3</b>")
                      .arg(t.cost.formatted(m_plan.currency), t.funded.formatted(m_plan.currency),
                           t.gap.formatted(m_plan.currency)));
    }
}

void TierBoard::setHeader(Tier tier, const QString &figures)
{
    QLabel *header = m_headers[size_t(tier)];
    header->setText(tr("<h2>%1</h2><p>%2</p>").arg(tierTitle(tier), figures));
    header->setAccessibleName(
        tr("%1 tier: %2")
            .arg(tierTitle(tier), QString(figures)
                                      .replace(QStringLiteral("<br>"), QStringLiteral(", "))
                                      .remove(QStringLiteral("<b>"))
                                      .remove(QStringLiteral("</b>"))));
}

QString TierBoard::header(Tier tier) const
{
    return m_headers[size_t(tier)]->text();
}

} // namespace lps

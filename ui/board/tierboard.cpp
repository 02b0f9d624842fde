#include "tierboard.h"

#include "answers/answernote.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "editing/scenarioedits.h"
#include "scenarios/scenarioapplier.h"
#include "tierboardmodel.h"
#include "tiercarddelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace lps {

TierBoard::TierBoard(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_note(new AnswerNote(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    outer->addWidget(m_note);
    for (const Tier tier : kAllTiers) {
        auto *column = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setTextFormat(Qt::RichText);
        header->setWordWrap(true);
        auto *model = new TierBoardModel(tier, this);
        model->setEditor([this](const ServiceChange &change) { return this->change(change); });
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
        addMoveActions(tier, view);
        connect(model, &TierBoardModel::changeRefused, this, &TierBoard::changeRefused);
        column->addWidget(header);
        column->addWidget(view, 1);
        layout->addLayout(column, 1);
        m_models[size_t(tier)] = model;
        m_views[size_t(tier)] = view;
        m_headers[size_t(tier)] = header;
        setHeader(tier, QString());
    }
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        // The last plan's answer has nothing to say about another plan's cards.
        if (change.replaced)
            clearEvaluation();
        follow();
    });
    connect(document, &PlanDocument::scenarioChosen, this, &TierBoard::follow);
    connect(document, &PlanDocument::yearChosen, this, &TierBoard::follow);
    connect(document->answers(), &PlanAnswers::asked, this, &TierBoard::setUpdating);
    connect(document->answers(), &PlanAnswers::answered, this, &TierBoard::setEvaluation);
    follow();
}

void TierBoard::follow()
{
    // Another plan sends the plan, its scenario and its year at once: one look is enough.
    if (m_document->plan() == m_followed.plan && m_document->scenarioId() == m_followed.scenario &&
        m_document->yearIndex() == m_followed.year)
        return;
    m_followed = {m_document->plan(), m_document->scenarioId(), m_document->yearIndex()};
    const Plan shown =
        ScenarioApplier(m_document->plan())
            .withServicesAsApplied(m_document->scenarioId(), m_document->yearIndex());
    for (TierBoardModel *model : m_models)
        model->setPlan(shown, m_document->yearIndex());
}

QString TierBoard::change(const ServiceChange &change)
{
    const Plan &plan = m_document->plan();
    if (change.field != ServiceChange::Field::Tier || !plan.baseline() ||
        m_document->scenarioId() == plan.baseline()->id)
        return m_document->change(change);
    const std::optional<Tier> tier = enumFromString<Tier>(change.value.toString().toLower());
    if (!tier)
        return change.problem(plan);
    return m_document->apply(ScenarioEdits::moveToTier(
        plan, m_document->scenarioId(), change.serviceId, *tier, m_document->yearIndex()));
}

// Dragging needs a mouse; these do the same from the keyboard and from a context menu.
void TierBoard::addMoveActions(Tier tier, QListView *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const int column = int(tier);
    if (column > 0) {
        auto *left = new QAction(tr("Move to the %1 tier").arg(tierTitle(Tier(column - 1))), view);
        left->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
        left->setShortcutContext(Qt::WidgetShortcut);
        connect(left, &QAction::triggered, this, [this, tier] { moveCurrentCard(tier, -1); });
        view->addAction(left);
    }
    if (column < 2) {
        auto *right = new QAction(tr("Move to the %1 tier").arg(tierTitle(Tier(column + 1))), view);
        right->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
        right->setShortcutContext(Qt::WidgetShortcut);
        connect(right, &QAction::triggered, this, [this, tier] { moveCurrentCard(tier, +1); });
        view->addAction(right);
    }
}

void TierBoard::moveCurrentCard(Tier from, int step)
{
    const int to = int(from) + step;
    const QModelIndex current = view(from)->currentIndex();
    if (to < 0 || to > 2 || !current.isValid())
        return;
    const QString id = current.data(TierBoardModel::ServiceIdRole).toString();
    const QString problem =
        change(ServiceChange{id, ServiceChange::Field::Tier, 0, spelling(Tier(to))});
    if (!problem.isEmpty()) {
        emit changeRefused(problem);
        return;
    }
    selectService(id);
}

void TierBoard::selectService(const QString &serviceId)
{
    for (const Tier tier : kAllTiers) {
        TierBoardModel *model = column(tier);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(TierBoardModel::ServiceIdRole).toString() != serviceId)
                continue;
            view(tier)->setCurrentIndex(index);
            view(tier)->scrollTo(index);
            view(tier)->setFocus();
            return;
        }
    }
}

void TierBoard::clearEvaluation()
{
    m_shown = false;
    for (const Tier tier : kAllTiers) {
        m_models[size_t(tier)]->clearOutcomes();
        setHeader(tier, tr("allocating…"));
    }
    m_note->setWaiting(tr("Allocating…"));
}

// The cards and figures on show stay until the new answer comes: the room never sees a blank.
void TierBoard::setUpdating()
{
    if (!m_shown) {
        clearEvaluation();
        return;
    }
    m_note->setUpdating();
}

void TierBoard::setEvaluation(const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    m_shown = true;
    m_note->setEvaluation(evaluation);
    for (const Tier tier : kAllTiers) {
        m_models[size_t(tier)]->setOutcomes(year.services, evaluation.resourceNames);
        const TierOutcome &t = year.tiers[size_t(tier)];
        setHeader(tier, tr("costs %1<br>funded %2<br><b>gap %3</b>")
                            .arg(t.cost.formatted(evaluation.currency),
                                 t.funded.formatted(evaluation.currency),
                                 t.gap.formatted(evaluation.currency)));
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

QString TierBoard::answerNote() const
{
    return m_note->text();
}

QString TierBoard::header(Tier tier) const
{
    return m_headers[size_t(tier)]->text();
}

} // namespace lps

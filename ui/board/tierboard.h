#pragma once

#include "editing/servicechange.h"
#include "reports/evaluation.h"

#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QListView;

namespace lps {

class AnswerNote;
class PlanDocument;
class TierBoardModel;

/// The tier board: three columns, Must, Need and Could, each service a card. Dragging a card to
/// another column moves the service to that tier (undoable), and the board re-allocates; each
/// column's header gives the tier's cost, funding and gap. From the keyboard, Ctrl+Left and
/// Ctrl+Right (or the card's context menu) move the chosen card to the next tier.
class TierBoard : public QWidget
{
    Q_OBJECT

public:
    /// Follows the document: its plan as its scenario has it in the year on show, and its answers.
    explicit TierBoard(PlanDocument *document, QWidget *parent = nullptr);

    void setEvaluation(const Evaluation &evaluation);
    /// Nothing on show until the next setEvaluation() (another plan).
    void clearEvaluation();
    /// A newer answer is on its way: the cards and figures stay, marked as updating.
    void setUpdating();
    /// What the line under the board says about the answer on show.
    QString answerNote() const;

    TierBoardModel *column(Tier tier) const { return m_models[size_t(tier)]; }
    QListView *view(Tier tier) const { return m_views[size_t(tier)]; }
    QString header(Tier tier) const;
    /// Moves the chosen card of the column `from` one tier to the left (-1) or right (+1), then
    /// keeps it chosen in its new column; does nothing at the board's edge.
    void moveCurrentCard(Tier from, int step);
    /// Chooses the card of a service and gives its column the focus.
    void selectService(const QString &serviceId);

signals:
    void changeRefused(const QString &message);

private:
    /// The services as the scenario on show places them in the year on show.
    void follow();
    /// A card moved: in the baseline the plan as written changes; in any other scenario the
    /// move is the scenario's own tier adjustment.
    QString change(const ServiceChange &change);
    void setHeader(Tier tier, const QString &figures);
    void addMoveActions(Tier tier, QListView *view);

    PlanDocument *m_document;
    /// What the cards were last laid out for.
    struct Followed
    {
        Plan plan;
        QString scenario;
        int year = -1;
    } m_followed;
    std::array<TierBoardModel *, 3> m_models{};
    std::array<QListView *, 3> m_views{};
    std::array<QLabel *, 3> m_headers{};
    AnswerNote *m_note;
    bool m_shown = false;
};

} // namespace lps

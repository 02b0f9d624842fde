#pragma once

#include "workshop/projectionfigures.h"

#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;

namespace lps {

class ComparisonPage;
class TierColumn;

/// What the room sees: the scenario's name and where the answer stands, a headline in words,
/// the difference from the baseline, the three tiers as big figures, bars and cards, and the
/// levers moved. Or, when the facilitator asks, a comparison side by side (snapshots, or the
/// room's priorities against the officers'). Everything scales with the widget, so a small copy
/// on the presenter's console shows exactly what the projector does.
class ProjectionView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionView(QWidget *parent = nullptr);

    /// An answer to show. The first one of a session appears; later ones slide.
    void showFigures(const ProjectionFigures &figures);
    const ProjectionFigures &figures() const { return m_figures; }
    bool hasFigures() const { return m_hasFigures; }
    /// "Updating..." beside the title while a newer answer is on its way; the last answer stays.
    void setUpdating(bool updating);
    /// The levers as the room should read them: what moved, the one in hand, and how many
    /// snapshots the session has kept.
    void setLevers(const QString &moved, const QString &inHand, int snapshots);
    ComparisonPage *comparison() const { return m_comparison; }
    /// The live answer, or the comparison.
    void showComparison(bool comparison);
    TierColumn *column(Tier tier) const { return m_columns[size_t(tier)]; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createLive();
    void restyle();
    void showState();

    QStackedWidget *m_pages;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_against = nullptr;
    QLabel *m_levers = nullptr;
    std::array<TierColumn *, 3> m_columns{};
    ComparisonPage *m_comparison = nullptr;
    ProjectionFigures m_figures;
    bool m_hasFigures = false;
    bool m_updating = false;
};

} // namespace lps

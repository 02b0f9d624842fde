#include "projectionview.h"

#include "comparisonpage.h"
#include "projectionstyle.h"
#include "tiercolumn.h"

#include "workshop/spokenmoney.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lps {

ProjectionView::ProjectionView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("projection"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, ProjectionStyle::background());
    palette.setColor(QPalette::WindowText, ProjectionStyle::ink());
    setPalette(palette);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(createLive());
    m_comparison = new ComparisonPage(m_pages);
    m_pages->addWidget(m_comparison);
    restyle();
    showState();
}

QWidget *ProjectionView::createLive()
{
    auto *page = new QWidget(m_pages);
    m_title = new QLabel(page);
    m_state = new QLabel(page);
    m_headline = new QLabel(page);
    m_against = new QLabel(page);
    m_levers = new QLabel(page);
    m_title->setObjectName(QStringLiteral("projectionTitle"));
    m_state->setObjectName(QStringLiteral("projectionState"));
    m_headline->setObjectName(QStringLiteral("projectionHeadline"));
    m_against->setObjectName(QStringLiteral("projectionAgainst"));
    m_levers->setObjectName(QStringLiteral("projectionLevers"));
    for (QLabel *label : {m_title, m_state, m_headline, m_against, m_levers})
        label->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_against->setWordWrap(true);
    m_levers->setWordWrap(true);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_state);
    auto *tiers = new QHBoxLayout;
    for (Tier tier : {Tier::Must, Tier::Need, Tier::Could}) {
        m_columns[size_t(tier)] = new TierColumn(tier, page);
        tiers->addWidget(m_columns[size_t(tier)], 1);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_against);
    layout->addLayout(tiers, 1);
    layout->addWidget(m_levers);
    return page;
}

void ProjectionView::restyle()
{
    const ProjectionStyle style(size());
    ProjectionStyle::dress(m_title, style.font(ProjectionStyle::kHeadingCap + 4, true));
    ProjectionStyle::dress(m_state, style.font(ProjectionStyle::kSmallestCap));
    ProjectionStyle::dress(m_headline, style.font(ProjectionStyle::kHeadingCap, true));
    ProjectionStyle::dress(m_against, style.font(ProjectionStyle::kSmallestCap));
    ProjectionStyle::dress(m_levers, style.font(ProjectionStyle::kSmallestCap));
    auto *layout = static_cast<QVBoxLayout *>(m_pages->widget(0)->layout());
    const int margin = style.px(36);
    layout->setContentsMargins(margin, style.px(24), margin, style.px(20));
    layout->setSpacing(style.px(14));
    static_cast<QBoxLayout *>(layout->itemAt(3)->layout())->setSpacing(style.px(40));
    for (TierColumn *column : m_columns)
        column->restyle(style);
    m_comparison->restyle(style);
}

void ProjectionView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    restyle();
}

void ProjectionView::showFigures(const ProjectionFigures &figures)
{
    const bool animate = m_hasFigures;
    m_figures = figures;
    m_hasFigures = true;
    m_title->setText(figures.yearLabel.isEmpty()
                         ? figures.scenarioName
                         : tr("%1, %2").arg(figures.scenarioName, figures.yearLabel));
    m_headline->setText(figures.headline);
    m_against->setText(figures.againstReference);
    m_against->setVisible(!figures.againstReference.isEmpty());
    for (Tier tier : {Tier::Must, Tier::Need, Tier::Could})
        m_columns[size_t(tier)]->showFigures(figures.tiers[size_t(tier)], figures.currency,
                                             animate);
    showState();
}

void ProjectionView::setUpdating(bool updating)
{
    m_updating = updating;
    showState();
}

void ProjectionView::showState()
{
    // Never a guess shown as fact: a first or unproven answer says so, with its gap in money.
    QString state;
    if (!m_hasFigures)
        state = tr("Working out the first answer\u2026");
    else if (m_updating)
        state = tr("Updating\u2026");
    else if (!m_figures.settled)
        state = tr("First answer; settling\u2026");
    else if (!m_figures.optimal)
        state = tr("Not proven best: within %1")
                    .arg(SpokenMoney::of(m_figures.unproven, m_figures.currency));
    else
        state = tr("Best answer, proven");
    m_state->setText(state);
}

void ProjectionView::setLevers(const QString &moved, const QString &inHand, int snapshots)
{
    QStringList lines;
    lines << (moved.isEmpty() ? tr("No lever moved yet.") : tr("Changed: %1").arg(moved));
    if (!inHand.isEmpty())
        lines << tr("In hand: %1").arg(inHand);
    if (snapshots > 0)
        lines << (snapshots == 1 ? tr("One snapshot kept")
                                 : tr("%1 snapshots kept").arg(snapshots));
    m_levers->setText(lines.join(QStringLiteral("     ")));
}

void ProjectionView::showComparison(bool comparison)
{
    m_pages->setCurrentIndex(comparison ? 1 : 0);
}

} // namespace lps

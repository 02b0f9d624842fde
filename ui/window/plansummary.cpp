#include "plansummary.h"

#include "answers/answernote.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lps {

PlanSummary::PlanSummary(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_tiers(new QLabel(this))
{
    for (QLabel *label : {m_headline, m_tiers}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_tiers->setAccessibleName(tr("Funding by tier"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_tiers);
}

void PlanSummary::setPlan(const Plan &plan, int yearIndex)
{
    Money cost, available;
    for (const Service &s : plan.services)
        cost += s.costInYear(yearIndex, plan.costInflation);
    for (const Resource &r : plan.resources)
        available += r.moneyValueOf(r.amountInYear(yearIndex));
    // One arg() for all: a "%1" typed into a plan's name must stay text, not take a figure.
    m_headline->setText(
        tr("<h2>%1</h2><p>%2</p><p>%3 services cost <b>%4</b> in %5; %6 resources bring "
           "<b>%7</b>. %8 scenarios.</p>")
            .arg(plan.name.toHtmlEscaped(), plan.locality.toHtmlEscaped(),
                 QString::number(plan.services.size()), cost.formatted(plan.currency),
                 plan.yearLabel(yearIndex), QString::number(plan.resources.size()),
                 available.formatted(plan.currency), QString::number(plan.scenarios.size())));
}

void PlanSummary::setAllocating(const QString &yearLabel)
{
    if (m_tierLines.isEmpty())
        m_tiers->setText(tr("<p>Allocating %1…</p>").arg(yearLabel));
    else
        showTiers(tr("<i>updating…</i>"));
}

void PlanSummary::showTiers(const QString &state)
{
    m_tiers->setText(
        tr("<p>%1 — %2, %3:<br>%4</p>").arg(m_scenarioName, m_yearLabel, state, m_tierLines));
}

void PlanSummary::setEvaluation(const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    const QString &currency = evaluation.currency;
    QStringList tiers;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        tiers << tr("<b>%1</b>: %2 of %3 funded, gap %4 (%5 funded, %6 partly, %7 unfunded)")
                     .arg(tierTitle(tier), t.funded.formatted(currency), t.cost.formatted(currency),
                          t.gap.formatted(currency))
                     .arg(t.fundedCount)
                     .arg(t.partialCount)
                     .arg(t.unfundedCount);
    }
    m_scenarioName = evaluation.scenarioName.toHtmlEscaped();
    m_yearLabel = evaluation.yearLabel(year.calendarYear);
    m_tierLines = tiers.join(QStringLiteral("<br>"));
    // A first answer or one not proven optimal says so, with its gap in money.
    const QString about = AnswerNote::about(evaluation).toHtmlEscaped();
    if (about.isEmpty())
        showTiers(tr("optimal allocation"));
    else if (year.optimal)
        showTiers(about);
    else
        showTiers(tr("<b>%1</b>").arg(about));
}

} // namespace lps

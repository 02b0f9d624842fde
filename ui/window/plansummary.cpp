#include "plansummary.h"

#include "answers/answernote.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lps {

PlanSummary::PlanSummary(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_headline(new QLabel(this))
    , m_figures(new QLabel(this))
{
    for (QLabel *label : {m_headline, m_figures}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_figures->setAccessibleName(tr("Funding by tier"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_figures);
    connect(document, &PlanDocument::changed, this, &PlanSummary::showPlan);
    connect(document->answers(), &PlanAnswers::asked, this, &PlanSummary::setAllocating);
    connect(document->answers(), &PlanAnswers::answered, this, &PlanSummary::setEvaluation);
    showPlan(PlanChange::replacement());
}

QString PlanSummary::headline() const
{
    return m_headline->text();
}

QString PlanSummary::figures() const
{
    return m_figures->text();
}

// Only what does not depend on a scenario or year: every amount comes with the answer, so that
// all the figures on screen are the same scenario's in the same year.
void PlanSummary::showPlan(const PlanChange &change)
{
    // The last plan's figures say nothing about another plan: "allocating" until its own come.
    if (change.replaced) {
        m_whose.clear();
        m_lines.clear();
        setAllocating();
    }
    const Plan &plan = m_document->plan();
    // One arg() for all: a "%1" typed into a plan's name must stay text, not take a figure.
    // One line, so the views below keep their height on a 768-pixel laptop; the description of
    // the place is a hover away.
    m_headline->setText(tr("<span style=\"font-size:x-large; font-weight:bold\">%1</span>"
                           "&nbsp;&nbsp;&nbsp;%2 services, %3 resources, %4 scenarios")
                            .arg(plan.name.toHtmlEscaped(), QString::number(plan.services.size()),
                                 QString::number(plan.resources.size()),
                                 QString::number(plan.scenarios.size())));
    m_headline->setToolTip(plan.locality);
}

void PlanSummary::setAllocating()
{
    const Plan &plan = m_document->plan();
    if (m_lines.isEmpty() || plan.years <= 0)
        m_figures->setText(
            tr("Allocating %1 in %2…")
                .arg(m_document->scenarioName().toHtmlEscaped(),
                     plan.years > 0 ? plan.yearLabel(m_document->yearIndex()) : QString()));
    else
        showFigures(tr("<i>updating…</i>"));
}

void PlanSummary::showFigures(const QString &state)
{
    m_figures->setText(tr("%1 (%2)<br>%3").arg(m_whose, state, m_lines));
}

void PlanSummary::setEvaluation(const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    const QString &currency = evaluation.currency;
    Money available, cost;
    for (const ResourceOutcome &resource : year.resources)
        available += resource.available;
    for (const TierOutcome &tier : year.tiers)
        cost += tier.cost;
    QStringList lines;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        lines << tr("<b>%1</b>: %2 of %3 funded, gap %4 (%5 funded, %6 partly, %7 unfunded)")
                     .arg(tierTitle(tier), t.funded.formatted(currency), t.cost.formatted(currency),
                          t.gap.formatted(currency))
                     .arg(t.fundedCount)
                     .arg(t.partialCount)
                     .arg(t.unfundedCount);
    }
    m_whose =
        tr("<b>%1</b> in <b>%2</b>: resources bring <b>%3</b>; services cost <b>%4</b>")
            .arg(evaluation.scenarioName.toHtmlEscaped(), evaluation.yearLabel(year.calendarYear),
                 available.formatted(currency), cost.formatted(currency));
    m_lines = lines.join(QStringLiteral("<br>"));
    // A first answer or one not proven optimal says so, with its gap in money.
    const QString about = AnswerNote::about(evaluation).toHtmlEscaped();
    if (about.isEmpty())
        showFigures(tr("optimal allocation"));
    else if (year.optimal)
        showFigures(about);
    else
        showFigures(tr("<b>%1</b>").arg(about));
}

} // namespace lps

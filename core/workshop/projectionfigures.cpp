#include "projectionfigures.h"

#include "spokenmoney.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace lps {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ProjectionFigures", text, nullptr, n);
}

// The room should see first what changed, then who is hurt most.
int rank(const ProjectionFigures::Card &card)
{
    if (card.changed())
        return 0;
    switch (card.status) {
    case FundingStatus::Unfunded:
        return 1;
    case FundingStatus::Partial:
        return 2;
    case FundingStatus::Decommissioned:
        return 3;
    case FundingStatus::Funded:
        return 4;
    }
    return 5;
}

QHash<QString, const ServiceOutcome *> outcomesById(const YearResult &year)
{
    QHash<QString, const ServiceOutcome *> byId;
    for (const ServiceOutcome &outcome : year.services)
        byId.insert(outcome.id, &outcome);
    return byId;
}

QString tierHeadline(Tier tier, const ProjectionFigures::TierFigures &figures,
                     const QString &currency)
{
    if (figures.cost.isZero())
        return tr("%1: nothing to fund.").arg(tierTitle(tier));
    if (figures.gap.isZero() && figures.decommissionedCount == 0)
        return tr("%1: fully funded.").arg(tierTitle(tier));
    QStringList counts;
    if (figures.partialCount > 0)
        counts << tr("%n part-funded", figures.partialCount);
    if (figures.unfundedCount > 0)
        counts << tr("%n unfunded", figures.unfundedCount);
    if (figures.decommissionedCount > 0)
        counts << tr("%n closed", figures.decommissionedCount);
    const QString services = counts.join(QStringLiteral(", "));
    if (figures.gap.isZero())
        return tr("%1: fully funded, %2.").arg(tierTitle(tier), services);
    return tr("%1: %2 short, %3.")
        .arg(tierTitle(tier), SpokenMoney::of(figures.gap, currency), services);
}

// "need £0.4 million more short"
QString gapChangeWords(Tier tier, Money change, const QString &currency)
{
    const QString name = tierTitle(tier).toLower();
    if (change.isZero())
        return {};
    if (change.minor() > 0)
        return tr("%1 %2 more short").arg(name, SpokenMoney::of(change, currency));
    return tr("%1 %2 less short").arg(name, SpokenMoney::of(-change, currency));
}

QString againstWords(const ProjectionFigures &figures)
{
    QStringList parts;
    for (Tier tier : {Tier::Must, Tier::Need, Tier::Could}) {
        const QString words =
            gapChangeWords(tier, figures.tiers[size_t(tier)].gapChange, figures.currency);
        if (!words.isEmpty())
            parts << words;
    }
    int lose = 0, gain = 0;
    for (const ProjectionFigures::StatusChange &change : figures.changes) {
        // By the money, not the status: unfunded to closed gains and loses nothing.
        if (change.fundedAfter < change.fundedBefore)
            ++lose;
        else if (change.fundedAfter > change.fundedBefore)
            ++gain;
    }
    if (lose > 0)
        parts << (lose == 1 ? tr("1 service loses funding")
                            : tr("%1 services lose funding").arg(lose));
    if (gain > 0)
        parts << (gain == 1 ? tr("1 service gains funding")
                            : tr("%1 services gain funding").arg(gain));
    if (parts.isEmpty())
        return tr("The same as %1.").arg(figures.referenceName);
    return tr("Against %1: %2.").arg(figures.referenceName, parts.join(QStringLiteral("; ")));
}

} // namespace

QString ProjectionFigures::statusWord(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return tr("funded");
    case FundingStatus::Partial:
        return tr("part-funded");
    case FundingStatus::Unfunded:
        return tr("unfunded");
    case FundingStatus::Decommissioned:
        // The room's word; the plan's is "decommissioned".
        return tr("closed");
    }
    return {};
}

QString ProjectionFigures::StatusChange::words() const
{
    return tr("%1: %2 \u2192 %3").arg(name, statusWord(from), statusWord(to));
}

QList<ProjectionFigures::StatusChange>
ProjectionFigures::between(const Plan &plan, const Evaluation &before, const Evaluation &after)
{
    QList<StatusChange> changes;
    if (before.years.isEmpty() || after.years.isEmpty())
        return changes;
    const QHash<QString, const ServiceOutcome *> earlier = outcomesById(before.years.first());
    for (Tier tier : {Tier::Must, Tier::Need, Tier::Could}) {
        for (const ServiceOutcome &outcome : after.years.first().services) {
            const ServiceOutcome *was = earlier.value(outcome.id);
            if (outcome.tier != tier || !was || was->status == outcome.status)
                continue;
            const qsizetype at = plan.serviceIndex(outcome.id);
            changes << StatusChange{
                outcome.id,     after.serviceNames.value(outcome.id, outcome.id),
                tier,           was->status,
                outcome.status, was->funded,
                outcome.funded, at >= 0 ? plan.services[at].consequence : QString()};
        }
    }
    return changes;
}

ProjectionFigures ProjectionFigures::of(const Plan &plan, const Evaluation &now,
                                        const Evaluation *reference, const QString &referenceName)
{
    ProjectionFigures figures;
    figures.scenarioName = now.scenarioName;
    figures.currency = now.currency;
    if (now.years.isEmpty())
        return figures;
    const YearResult &year = now.years.first();
    figures.yearLabel = now.yearLabel(year.calendarYear);
    figures.settled = year.settled;
    figures.optimal = year.optimal;
    for (const TierGap &gap : year.gaps)
        figures.unproven += gap.gap;

    const bool compared = reference && !reference->years.isEmpty();
    const QHash<QString, const ServiceOutcome *> before =
        compared ? outcomesById(reference->years.first())
                 : QHash<QString, const ServiceOutcome *>();
    for (const ServiceOutcome &outcome : year.services) {
        const ServiceOutcome *was = before.value(outcome.id);
        Card card{outcome.id,
                  now.serviceNames.value(outcome.id, outcome.id),
                  outcome.tier,
                  outcome.status,
                  outcome.cost,
                  outcome.funded,
                  was ? was->status : outcome.status};
        TierFigures &tier = figures.tiers[size_t(outcome.tier)];
        tier.cards << card;
        tier.fundedCount += outcome.status == FundingStatus::Funded;
        tier.partialCount += outcome.status == FundingStatus::Partial;
        tier.unfundedCount += outcome.status == FundingStatus::Unfunded;
        tier.decommissionedCount += outcome.status == FundingStatus::Decommissioned;
    }
    for (Tier t : {Tier::Must, Tier::Need, Tier::Could}) {
        TierFigures &tier = figures.tiers[size_t(t)];
        const TierOutcome &outcome = year.tiers[size_t(t)];
        tier.cost = outcome.cost;
        tier.funded = outcome.funded;
        tier.gap = outcome.gap;
        tier.figure = tier.gap.isZero()
                          ? tr("Fully funded")
                          : tr("%1 short").arg(SpokenMoney::of(tier.gap, now.currency));
        if (compared)
            tier.gapChange = tier.gap - reference->years.first().tiers[size_t(t)].gap;
        std::stable_sort(tier.cards.begin(), tier.cards.end(),
                         [](const Card &a, const Card &b) { return rank(a) < rank(b); });
    }
    QStringList headline;
    for (Tier t : {Tier::Must, Tier::Need, Tier::Could})
        headline << tierHeadline(t, figures.tiers[size_t(t)], now.currency);
    figures.headline = headline.join(QLatin1Char(' '));
    if (compared) {
        figures.referenceName = referenceName;
        figures.changes = between(plan, *reference, now);
        figures.againstReference = againstWords(figures);
    }
    return figures;
}

} // namespace lps

#include "packsummary.h"

#include "comparison/comparison.h"
#include "councillorpack/packwords.h"
#include "engine/gapwords.h"
#include "packsections/packchange.h"

namespace lps {

namespace {

QString scenarioName(const Plan &plan, const QString &id)
{
    const qsizetype index = plan.scenarioIndex(id);
    return index < 0 ? id : plan.scenarios.at(index).name;
}

QString yearsOf(const CouncillorPack::Inputs &inputs)
{
    const QList<int> &years = inputs.request.years;
    if (years.size() == 1)
        return inputs.plan.yearLabel(years.first());
    return QCoreApplication::translate("PackSummary", "%1 to %2")
        .arg(inputs.plan.yearLabel(years.first()), inputs.plan.yearLabel(years.last()));
}

std::array<Money, 3> atRisk(const YearResult &year)
{
    std::array<Money, 3> risk{};
    for (const ServiceOutcome &service : year.services)
        risk[size_t(service.tier)] += service.atRisk;
    return risk;
}

QString tierSentence(const YearResult &year, Tier tier, const QString &currency)
{
    const TierOutcome &outcome = year.tiers[size_t(tier)];
    const int short_ = outcome.partialCount + outcome.unfundedCount;
    if (outcome.gap.isZero())
        return QCoreApplication::translate("PackSummary", "%1: %2, fully funded.")
            .arg(PackWords::tier(tier), PackWords::money(outcome.cost, currency));
    return QCoreApplication::translate("PackSummary",
                                       "%1: costs %2, funded %3, a gap of %4 (%5 short).")
        .arg(PackWords::tier(tier), PackWords::money(outcome.cost, currency),
             PackWords::money(outcome.funded, currency), PackWords::money(outcome.gap, currency),
             PackWords::count(short_, QStringLiteral("service"), QStringLiteral("services")));
}

// What changed from the base in one year: each tier's gap, and how many services change status.
QStringList changeSentences(const CouncillorPack::Inputs &inputs, qsizetype position)
{
    const YearResult &now = inputs.evaluation.years.at(position);
    const qsizetype basePosition = inputs.detail.indexOf(position);
    if (basePosition < 0 || basePosition >= inputs.base->years.size())
        return {};
    const YearResult &base = inputs.base->years.at(basePosition);
    const QString &currency = inputs.plan.currency;
    QStringList sentences;
    for (const Tier tier : kAllTiers) {
        const Money difference = now.tiers[size_t(tier)].gap - base.tiers[size_t(tier)].gap;
        sentences << PackSummary::tr("%1: the gap %2 (%3 in %4).")
                         .arg(PackWords::tier(tier),
                              difference.isZero() ? PackSummary::tr("is unchanged")
                              : difference > Money()
                                  ? PackSummary::tr("grows by %1")
                                        .arg(PackWords::money(difference, currency))
                                  : PackSummary::tr("shrinks by %1")
                                        .arg(PackWords::money(-difference, currency)),
                              PackWords::money(now.tiers[size_t(tier)].gap, currency),
                              inputs.plan.yearLabel(now.yearIndex));
    }
    // Counted as the Against section lists them, so the two always agree.
    int changed = 0;
    for (const Comparison::Year &year : PackChange::comparison(inputs).years) {
        if (year.calendarYear != now.calendarYear)
            continue;
        for (const Comparison::ServiceChange &service : year.services)
            changed += service.baseStatus != service.status ? 1 : 0;
    }
    sentences << (changed == 0 ? PackSummary::tr("No service changes status.")
                  : changed == 1
                      ? PackSummary::tr("1 service changes status; it is listed under "
                                        "\u201cAgainst %1\u201d.")
                            .arg(scenarioName(inputs.plan, inputs.request.baseId))
                      : PackSummary::tr("%1 services change status; they are listed under "
                                        "\u201cAgainst %2\u201d.")
                            .arg(changed)
                            .arg(scenarioName(inputs.plan, inputs.request.baseId)));
    return sentences;
}

} // namespace

PackContent PackSummary::cover(const CouncillorPack::Inputs &inputs)
{
    PackContent pack;
    const Plan &plan = inputs.plan;
    pack.planName = plan.name;
    pack.locality = plan.locality;
    pack.scenarioName = scenarioName(plan, inputs.request.scenarioId);
    pack.baseName = inputs.base ? scenarioName(plan, inputs.request.baseId) : QString();
    pack.years = yearsOf(inputs);
    pack.prepared = QLocale(QLocale::English, QLocale::UnitedKingdom)
                        .toString(inputs.request.prepared, QStringLiteral("d MMMM yyyy"));
    for (const YearResult &year : inputs.evaluation.years) {
        for (const QString &line : GapWords::lines(year, plan.currency))
            pack.proof << QStringLiteral("%1 %2").arg(plan.yearLabel(year.yearIndex), line);
    }
    // The comparison is only as sure as the base's answers.
    if (inputs.base) {
        for (const YearResult &year : inputs.base->years) {
            for (const QString &line : GapWords::lines(year, plan.currency))
                pack.proof
                    << tr("%1 (%2) %3").arg(pack.baseName, plan.yearLabel(year.yearIndex), line);
        }
    }
    pack.proven = pack.proof.isEmpty();
    if (pack.proven)
        pack.proof << tr("Every allocation in this pack is the best possible, proven optimal and "
                         "checked to the minor unit.");
    pack.runningHeader =
        QStringLiteral("%1 \u2014 %2 \u2014 %3").arg(plan.name, pack.scenarioName, pack.years);
    return pack;
}

PackTable PackSummary::tierTable(const Evaluation &evaluation, qsizetype position)
{
    const YearResult &year = evaluation.years.at(position);
    const QString &currency = evaluation.currency;
    const std::array<Money, 3> risk = atRisk(year);
    PackTable table;
    table.header = {tr("Tier"), tr("Cost"), tr("Funded"), tr("Gap"), tr("At risk")};
    table.figureColumns = {1, 2, 3, 4};
    table.widths = {28, 18, 18, 18, 18};
    Money cost, funded, gap, risky;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &outcome = year.tiers[size_t(tier)];
        table.rows << QStringList{PackWords::tier(tier), PackWords::money(outcome.cost, currency),
                                  PackWords::money(outcome.funded, currency),
                                  PackWords::money(outcome.gap, currency),
                                  PackWords::money(risk[size_t(tier)], currency)};
        cost += outcome.cost;
        funded += outcome.funded;
        gap += outcome.gap;
        risky += risk[size_t(tier)];
    }
    table.totalRows << int(table.rows.size());
    table.rows << QStringList{tr("All tiers"), PackWords::money(cost, currency),
                              PackWords::money(funded, currency), PackWords::money(gap, currency),
                              PackWords::money(risky, currency)};
    return table;
}

PackChart PackSummary::tierChart(const Evaluation &evaluation, qsizetype position)
{
    const YearResult &year = evaluation.years.at(position);
    PackChart chart;
    chart.kind = PackChart::Kind::StackedBars;
    chart.title =
        tr("Each tier's cost: funded and the gap, %1").arg(evaluation.yearLabel(year.calendarYear));
    chart.currency = evaluation.currency;
    PackChart::Series funded{tr("Funded"), {}, 0};
    PackChart::Series gap{tr("Gap"), {}, 1};
    for (const Tier tier : kAllTiers) {
        chart.categories << PackWords::tier(tier);
        funded.minor << year.tiers[size_t(tier)].funded.minor();
        gap.minor << year.tiers[size_t(tier)].gap.minor();
    }
    chart.series = {funded, gap};
    return chart;
}

PackSection PackSummary::section(const CouncillorPack::Inputs &inputs)
{
    PackSection section;
    section.title = tr("Summary");
    const QString &currency = inputs.plan.currency;
    // One page: the first year in full; the others by their gaps, below.
    for (const qsizetype position : inputs.detail.mid(0, 1)) {
        const YearResult &year = inputs.evaluation.years.at(position);
        section.heading(inputs.plan.yearLabel(year.yearIndex));
        QStringList words;
        for (const Tier tier : kAllTiers)
            words << tierSentence(year, tier, currency);
        section.paragraph(words.join(QLatin1Char(' ')));
        section.table(tierTable(inputs.evaluation, position));
        const std::array<Money, 3> risk = atRisk(year);
        const Money totalRisk = risk[0] + risk[1] + risk[2];
        section.paragraph(
            totalRisk.isZero()
                ? tr("No funding depends on payment by results or on money not yet confirmed.")
                : tr("%1 of the funding is at risk: it depends on payment by results, or on "
                     "money that is expected or speculative rather than confirmed.")
                      .arg(PackWords::money(totalRisk, currency)));
        if (inputs.base)
            section.paragraph(tr("Against %1: %2")
                                  .arg(scenarioName(inputs.plan, inputs.request.baseId),
                                       changeSentences(inputs, position).join(QLatin1Char(' '))));
    }
    if (!inputs.detail.isEmpty())
        section.chart(tierChart(inputs.evaluation, inputs.detail.first()));
    if (inputs.detail.size() > 1) {
        section.heading(tr("Each tier's gap year by year"));
        section.table(PackChange::yearsTable(inputs.evaluation));
    }
    return section;
}

} // namespace lps

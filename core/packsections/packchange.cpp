#include "packchange.h"

#include "comparison/comparison.h"
#include "councillorpack/packwords.h"

namespace lps {

namespace {

PackTable tierTable(const Comparison::Year &year, const QString &currency)
{
    PackTable table;
    table.header = {PackChange::tr("Tier"),       PackChange::tr("Funded before"),
                    PackChange::tr("Funded now"), PackChange::tr("Change"),
                    PackChange::tr("Gap before"), PackChange::tr("Gap now")};
    table.figureColumns = {1, 2, 3, 4, 5};
    table.widths = {20, 16, 16, 16, 16, 16};
    for (const Tier tier : kAllTiers) {
        const Comparison::TierChange &change = year.tiers[size_t(tier)];
        table.rows << QStringList{PackWords::tier(tier),
                                  PackWords::money(change.baseFunded, currency),
                                  PackWords::money(change.scenarioFunded, currency),
                                  PackWords::change(change.fundedDifference(), currency),
                                  PackWords::money(change.baseGap, currency),
                                  PackWords::money(change.scenarioGap, currency)};
    }
    return table;
}

PackTable statusTable(const Comparison::Year &year, const Plan &plan, const Evaluation &evaluation)
{
    PackTable table;
    table.header = {PackChange::tr("Service"), PackChange::tr("Before"), PackChange::tr("Now"),
                    PackChange::tr("Funding change")};
    table.figureColumns = {3};
    table.widths = {40, 20, 20, 20};
    for (const Comparison::ServiceChange &service : year.services) {
        if (service.baseStatus == service.status)
            continue;
        table.rows << QStringList{evaluation.serviceNames.value(service.id, service.id),
                                  PackWords::status(service.baseStatus),
                                  PackWords::status(service.status),
                                  PackWords::change(service.difference(), evaluation.currency)};
        const qsizetype index = plan.serviceIndex(service.id);
        const QString consequence =
            index < 0 ? QString() : plan.services.at(index).consequence.trimmed();
        if (!consequence.isEmpty() && service.status != FundingStatus::Funded) {
            table.noteRows << int(table.rows.size());
            table.rows << QStringList{PackChange::tr("What it means: %1").arg(consequence)};
        }
    }
    return table;
}

// From the base's total funding, a step per sector, to the scenario's.
PackChart waterfall(const Comparison::Year &year, const Evaluation &evaluation)
{
    PackChart chart;
    chart.kind = PackChart::Kind::Waterfall;
    chart.title = PackChange::tr("How the funding changed, by sector, %1")
                      .arg(evaluation.yearLabel(year.calendarYear));
    chart.currency = evaluation.currency;
    PackChart::Series steps{PackChange::tr("Funding"), {}, 0};
    Money before, after;
    for (const Tier tier : kAllTiers) {
        before += year.tiers[size_t(tier)].baseFunded;
        after += year.tiers[size_t(tier)].scenarioFunded;
    }
    chart.categories << PackChange::tr("Before");
    steps.minor << before.minor();
    for (const Sector sector : kAllSectors) {
        Money step;
        for (const Tier tier : kAllTiers)
            step += year.sectorDifference(sector, tier);
        chart.categories << PackWords::sector(sector);
        steps.minor << step.minor();
    }
    chart.categories << PackChange::tr("Now");
    steps.minor << after.minor();
    chart.series << steps;
    return chart;
}

void againstBase(PackSection &section, const CouncillorPack::Inputs &inputs)
{
    const Comparison comparison = PackChange::comparison(inputs);
    for (const Comparison::Year &year : comparison.years) {
        const QString label = inputs.evaluation.yearLabel(year.calendarYear);
        section.heading(PackChange::tr("Each tier, %1").arg(label));
        if (!year.optimal)
            section.callout(PackChange::tr("Not proven optimal in %1: the cover says how far "
                                           "either answer may be from the best possible.")
                                .arg(label));
        section.table(tierTable(year, inputs.plan.currency));
        section.chart(waterfall(year, inputs.evaluation));
        section.heading(PackChange::tr("Services whose status changes, %1").arg(label));
        const PackTable changes = statusTable(year, inputs.plan, inputs.evaluation);
        if (changes.rows.isEmpty())
            section.paragraph(PackChange::tr("No service changes status."));
        else
            section.table(changes);
    }
}

PackChart yearsChart(const Evaluation &evaluation)
{
    PackChart chart;
    chart.kind = PackChart::Kind::Lines;
    chart.title = PackChange::tr("Each tier's gap year by year");
    chart.currency = evaluation.currency;
    for (const YearResult &year : evaluation.years)
        chart.categories << evaluation.yearLabel(year.calendarYear);
    for (const Tier tier : kAllTiers) {
        PackChart::Series series{PackWords::tier(tier), {}, 6 + int(tier)};
        for (const YearResult &year : evaluation.years)
            series.minor << year.tiers[size_t(tier)].gap.minor();
        chart.series << series;
    }
    return chart;
}

} // namespace

Comparison PackChange::comparison(const CouncillorPack::Inputs &inputs)
{
    if (!inputs.base)
        return {};
    Evaluation scenario = inputs.evaluation;
    scenario.years.clear();
    for (const qsizetype position : inputs.detail)
        scenario.years << inputs.evaluation.years.at(position);
    return Comparison::between(*inputs.base, scenario);
}

PackTable PackChange::yearsTable(const Evaluation &evaluation)
{
    // A row per year, so that a plan of ten years still fits the width of a page.
    PackTable table;
    table.header = {tr("Year"), tr("Must gap"), tr("Need gap"), tr("Could gap")};
    table.figureColumns = {1, 2, 3};
    table.widths = {16, 28, 28, 28};
    for (const YearResult &year : evaluation.years) {
        QStringList row{evaluation.yearLabel(year.calendarYear)};
        for (const Tier tier : kAllTiers)
            row << PackWords::money(year.tiers[size_t(tier)].gap, evaluation.currency);
        table.rows << row;
    }
    return table;
}

PackSection PackChange::section(const CouncillorPack::Inputs &inputs)
{
    PackSection section;
    const qsizetype base = inputs.plan.scenarioIndex(inputs.request.baseId);
    section.title =
        inputs.base && base >= 0
            ? tr("Against %1, and year by year").arg(inputs.plan.scenarios.at(base).name)
            : tr("Year by year");
    if (inputs.base)
        againstBase(section, inputs);
    section.heading(tr("Each tier's gap year by year"));
    section.table(yearsTable(inputs.evaluation));
    if (inputs.evaluation.years.size() > 1)
        section.chart(yearsChart(inputs.evaluation));
    return section;
}

} // namespace lps

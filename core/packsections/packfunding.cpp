#include "packfunding.h"

#include "councillorpack/packwords.h"
#include "whatif/poolingvalue.h"

#include <QHash>

namespace lps {

namespace {

QStringList tierHeader(const QString &first)
{
    return {first, PackWords::tier(Tier::Must), PackWords::tier(Tier::Need),
            PackWords::tier(Tier::Could), PackFunding::tr("All tiers")};
}

QStringList row(const QString &name, const std::array<Money, 3> &amounts, const QString &currency)
{
    return {name, PackWords::money(amounts[0], currency), PackWords::money(amounts[1], currency),
            PackWords::money(amounts[2], currency),
            PackWords::money(amounts[0] + amounts[1] + amounts[2], currency)};
}

PackChart sectorChart(const Evaluation &evaluation, qsizetype position)
{
    const YearResult &year = evaluation.years.at(position);
    PackChart chart;
    chart.title =
        PackFunding::tr("Who pays for each tier, %1").arg(evaluation.yearLabel(year.calendarYear));
    chart.currency = evaluation.currency;
    for (const Tier tier : kAllTiers)
        chart.categories << PackWords::tier(tier);
    for (const Sector sector : kAllSectors) {
        PackChart::Series series{PackWords::sector(sector), {}, 2 + int(sector)};
        for (const Tier tier : kAllTiers)
            series.minor << year.sectors[size_t(sector)][size_t(tier)].minor();
        chart.series << series;
    }
    return chart;
}

} // namespace

PackTable PackFunding::sectorTable(const Evaluation &evaluation, qsizetype position)
{
    const YearResult &year = evaluation.years.at(position);
    PackTable table;
    table.header = tierHeader(tr("Sector"));
    table.figureColumns = {1, 2, 3, 4};
    table.widths = {20, 20, 20, 20, 20};
    std::array<Money, 3> total{};
    for (const Sector sector : kAllSectors) {
        std::array<Money, 3> amounts{};
        for (const Tier tier : kAllTiers) {
            amounts[size_t(tier)] = year.sectors[size_t(sector)][size_t(tier)];
            total[size_t(tier)] += amounts[size_t(tier)];
        }
        table.rows << row(PackWords::sector(sector), amounts, evaluation.currency);
    }
    table.totalRows << int(table.rows.size());
    table.rows << row(tr("All sectors"), total, evaluation.currency);
    return table;
}

PackTable PackFunding::resourceTable(const Evaluation &evaluation, qsizetype position)
{
    const YearResult &year = evaluation.years.at(position);
    QHash<QString, std::array<Money, 3>> given;
    for (const ServiceOutcome &service : year.services) {
        for (const auto &[resource, amount] : service.sources)
            given[resource][size_t(service.tier)] += amount;
    }
    PackTable table;
    table.header = tierHeader(tr("Resource")) << tr("Unused");
    table.figureColumns = {1, 2, 3, 4, 5};
    table.widths = {20, 16, 16, 16, 16, 16};
    std::array<Money, 3> total{};
    Money unused;
    for (const ResourceOutcome &resource : year.resources) {
        const std::array<Money, 3> amounts = given.value(resource.id);
        for (size_t t = 0; t < 3; ++t)
            total[t] += amounts[t];
        unused += resource.unused;
        table.rows << (row(evaluation.resourceNames.value(resource.id, resource.id), amounts,
                           evaluation.currency)
                       << PackWords::money(resource.unused, evaluation.currency));
    }
    table.totalRows << int(table.rows.size());
    table.rows << (row(tr("All resources"), total, evaluation.currency)
                   << PackWords::money(unused, evaluation.currency));
    return table;
}

PackSection PackFunding::section(const CouncillorPack::Inputs &inputs)
{
    PackSection section;
    section.title = tr("Who pays for what");
    const Evaluation &evaluation = inputs.evaluation;
    for (const qsizetype position : inputs.detail) {
        const QString year = inputs.plan.yearLabel(evaluation.years.at(position).yearIndex);
        section.heading(tr("By sector, %1").arg(year));
        section.table(sectorTable(evaluation, position));
        section.chart(sectorChart(evaluation, position));
        section.heading(tr("By resource, %1").arg(year));
        section.paragraph(tr("What each resource gives each tier, and what it leaves unused: money "
                             "that its own conditions (whom it may fund, caps, match funding) "
                             "leave unspent."));
        section.table(resourceTable(evaluation, position));
        if (position < evaluation.pooling.size()) {
            section.heading(tr("The value of pooling, %1").arg(year));
            section.paragraph(
                PoolingValue::words(evaluation.pooling.at(position), evaluation.currency));
        }
    }
    return section;
}

} // namespace lps

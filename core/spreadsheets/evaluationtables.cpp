#include "evaluationtables.h"

#include "clock/clock.h"
#include "comparison/comparison.h"
#include "model/plan.h"

#include <QHash>

#include <array>

namespace lps {

namespace {

using Sheet = EvaluationTables::Sheet;

const std::array<Tier, 3> kTiers{Tier::Must, Tier::Need, Tier::Could};
const std::array<Sector, 4> kSectors{Sector::Public, Sector::Private, Sector::Charitable,
                                     Sector::Personal};

SheetTable about(SheetTable table, const Plan &plan, const Evaluation &evaluation)
{
    table.addRow({QStringLiteral("plan"), plan.name});
    table.addRow({QStringLiteral("locality"), plan.locality});
    table.addRow({QStringLiteral("scenario"), evaluation.scenarioName});
    table.addRow({QStringLiteral("currency"), evaluation.currency});
    table.addRow({QStringLiteral("written"), Clock::currentDateTimeUtc().toString(Qt::ISODate)});
    for (const YearResult &year : evaluation.years) {
        Money unproven;
        for (const TierGap &gap : year.gaps)
            unproven += gap.gap;
        // Never a guess shown as fact: an answer not proven optimal says how far off it may be.
        table.addRow({evaluation.yearLabel(year.calendarYear),
                      year.optimal ? QStringLiteral("proven optimal")
                                   : QStringLiteral("not proven optimal: at most %1 from "
                                                    "the best possible")
                                         .arg(unproven.formatted(evaluation.currency))});
    }
    return table;
}

SheetTable tiers(SheetTable table, const Evaluation &evaluation)
{
    for (const YearResult &year : evaluation.years) {
        for (Tier tier : kTiers) {
            const TierOutcome &t = year.tiers[size_t(tier)];
            table.addRow(
                {evaluation.yearLabel(year.calendarYear), spelling(tier), t.cost, t.funded, t.gap});
        }
    }
    table.addTotals({2, 3, 4});
    return table;
}

SheetTable services(SheetTable table, const Plan &plan, const Evaluation &evaluation)
{
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years[position];
        for (qsizetype i = 0; i < year.services.size(); ++i) {
            const ServiceOutcome &s = year.services[i];
            const qsizetype at = plan.serviceIndex(s.id);
            table.addRow({evaluation.yearLabel(year.calendarYear), s.id,
                          evaluation.serviceNames.value(s.id, s.id), spelling(s.tier), s.cost,
                          s.funded, s.cost - s.funded, spelling(s.status),
                          evaluation.why(position, i),
                          at >= 0 ? plan.services[at].consequence : QString()});
        }
    }
    table.addTotals({4, 5, 6});
    return table;
}

QString sectorOf(const QHash<QString, Sector> &sectors, const QString &resource)
{
    return sectors.contains(resource) ? spelling(sectors.value(resource)) : QString();
}

SheetTable resources(SheetTable table, const Evaluation &evaluation)
{
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years[position];
        const QHash<QString, Sector> sectors = evaluation.resourceSectors(position);
        for (const ResourceOutcome &r : year.resources)
            table.addRow({evaluation.yearLabel(year.calendarYear), r.id,
                          evaluation.resourceNames.value(r.id, r.id), sectorOf(sectors, r.id),
                          r.available, r.used, r.unused});
    }
    table.addTotals({4, 5, 6});
    return table;
}

SheetTable funding(SheetTable table, const Evaluation &evaluation)
{
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years[position];
        const QHash<QString, Sector> sectors = evaluation.resourceSectors(position);
        for (const ServiceOutcome &s : year.services) {
            for (const auto &[resource, amount] : s.sources)
                table.addRow({evaluation.yearLabel(year.calendarYear), s.id,
                              evaluation.serviceNames.value(s.id, s.id), spelling(s.tier), resource,
                              evaluation.resourceNames.value(resource, resource),
                              sectorOf(sectors, resource), amount});
        }
    }
    table.addTotals({7});
    return table;
}

SheetTable sectors(SheetTable table, const Evaluation &evaluation)
{
    for (const YearResult &year : evaluation.years) {
        for (Sector sector : kSectors) {
            const std::array<Money, 3> &gives = year.sectors[size_t(sector)];
            table.addRow({evaluation.yearLabel(year.calendarYear), spelling(sector),
                          gives[size_t(Tier::Must)], gives[size_t(Tier::Need)],
                          gives[size_t(Tier::Could)]});
        }
    }
    table.addTotals({2, 3, 4});
    return table;
}

SheetTable years(SheetTable table, const Evaluation &evaluation)
{
    for (const YearResult &year : evaluation.years)
        table.addRow({evaluation.yearLabel(year.calendarYear), year.tiers[size_t(Tier::Must)].gap,
                      year.tiers[size_t(Tier::Need)].gap, year.tiers[size_t(Tier::Could)].gap});
    return table;
}

SheetTable againstBase(SheetTable table, const Evaluation &base, const Evaluation &evaluation)
{
    const Comparison compared = Comparison::between(base, evaluation);
    for (const Comparison::Year &year : compared.years) {
        const QString label = evaluation.yearLabel(year.calendarYear);
        for (Tier tier : kTiers) {
            const Comparison::TierChange &t = year.tiers[size_t(tier)];
            table.addRow({label, QStringLiteral("tier"), spelling(tier), QString(), t.baseFunded,
                          t.scenarioFunded, t.fundedDifference()});
        }
        for (const Comparison::ServiceChange &s : year.services) {
            if (s.changed())
                table.addRow({label, QStringLiteral("service"), s.id,
                              evaluation.serviceNames.value(s.id, s.id), s.baseFunded,
                              s.scenarioFunded, s.difference(), spelling(s.baseStatus),
                              spelling(s.status)});
        }
    }
    return table;
}

QStringList headerOf(Sheet sheet)
{
    switch (sheet) {
    case Sheet::About:
        return {QStringLiteral("what"), QStringLiteral("value")};
    case Sheet::Tiers:
        return {QStringLiteral("year"), QStringLiteral("tier"), QStringLiteral("cost"),
                QStringLiteral("funded"), QStringLiteral("gap")};
    case Sheet::Services:
        return {QStringLiteral("year"),    QStringLiteral("service_id"),
                QStringLiteral("service"), QStringLiteral("tier"),
                QStringLiteral("cost"),    QStringLiteral("funded"),
                QStringLiteral("gap"),     QStringLiteral("status"),
                QStringLiteral("reason"),  QStringLiteral("consequence")};
    case Sheet::Resources:
        return {QStringLiteral("year"),   QStringLiteral("resource_id"), QStringLiteral("resource"),
                QStringLiteral("sector"), QStringLiteral("available"),   QStringLiteral("used"),
                QStringLiteral("unused")};
    case Sheet::Funding:
        return {QStringLiteral("year"),   QStringLiteral("service_id"),  QStringLiteral("service"),
                QStringLiteral("tier"),   QStringLiteral("resource_id"), QStringLiteral("resource"),
                QStringLiteral("sector"), QStringLiteral("amount")};
    case Sheet::Sectors:
        return {QStringLiteral("year"), QStringLiteral("sector"), QStringLiteral("must"),
                QStringLiteral("need"), QStringLiteral("could")};
    case Sheet::Years:
        return {QStringLiteral("year"), QStringLiteral("must_gap"), QStringLiteral("need_gap"),
                QStringLiteral("could_gap")};
    case Sheet::AgainstBase:
        return {QStringLiteral("year"),
                QStringLiteral("level"),
                QStringLiteral("id"),
                QStringLiteral("name"),
                QStringLiteral("base_funded"),
                QStringLiteral("scenario_funded"),
                QStringLiteral("difference"),
                QStringLiteral("base_status"),
                QStringLiteral("scenario_status")};
    }
    return {};
}

} // namespace

QList<Sheet> EvaluationTables::sheets(bool withBase)
{
    QList<Sheet> all{Sheet::About,   Sheet::Tiers,   Sheet::Services, Sheet::Resources,
                     Sheet::Funding, Sheet::Sectors, Sheet::Years};
    if (withBase)
        all << Sheet::AgainstBase;
    return all;
}

QString EvaluationTables::name(Sheet sheet)
{
    switch (sheet) {
    case Sheet::About:
        return QStringLiteral("About");
    case Sheet::Tiers:
        return QStringLiteral("Tiers");
    case Sheet::Services:
        return QStringLiteral("Services");
    case Sheet::Resources:
        return QStringLiteral("Resources");
    case Sheet::Funding:
        return QStringLiteral("Funding");
    case Sheet::Sectors:
        return QStringLiteral("Sectors");
    case Sheet::Years:
        return QStringLiteral("Years");
    case Sheet::AgainstBase:
        return QStringLiteral("Against base");
    }
    return {};
}

SheetTable EvaluationTables::table(Sheet sheet, const Plan &plan, const Evaluation &evaluation,
                                   const Evaluation *base)
{
    SheetTable empty{name(sheet), headerOf(sheet), {}};
    switch (sheet) {
    case Sheet::About:
        return about(empty, plan, evaluation);
    case Sheet::Tiers:
        return tiers(empty, evaluation);
    case Sheet::Services:
        return services(empty, plan, evaluation);
    case Sheet::Resources:
        return resources(empty, evaluation);
    case Sheet::Funding:
        return funding(empty, evaluation);
    case Sheet::Sectors:
        return sectors(empty, evaluation);
    case Sheet::Years:
        return years(empty, evaluation);
    case Sheet::AgainstBase:
        return base ? againstBase(empty, *base, evaluation) : empty;
    }
    return empty;
}

} // namespace lps

#include "comparisoncsv.h"

#include "csv/csvtext.h"

#include <QStringList>

namespace lps {

namespace {

// year,level,id,name,tier,base_funded,scenario_funded,difference,base_gap,scenario_gap,base_status,scenario_status
QString row(const QString &year, const QString &level, const QString &id, const QString &name,
            const QString &tier, Money base, Money scenario, const QStringList &rest)
{
    return (QStringList{year, level, id, CsvText::field(name), tier, CsvText::pounds(base),
                        CsvText::pounds(scenario), CsvText::pounds(scenario - base)} +
            rest)
        .join(u',');
}

void year(QStringList &lines, const Comparison &c, const Comparison::Year &y)
{
    const QString label = c.scenario.yearLabel(y.calendarYear);
    for (const Tier tier : kAllTiers) {
        const Comparison::TierChange &t = y.tiers[size_t(tier)];
        lines << row(
            label, QStringLiteral("tier"), spelling(tier), tierTitle(tier), spelling(tier),
            t.baseFunded, t.scenarioFunded,
            {CsvText::pounds(t.baseGap), CsvText::pounds(t.scenarioGap), QString(), QString()});
    }
    for (const Sector sector : kAllSectors) {
        for (const Tier tier : kAllTiers) {
            lines << row(label, QStringLiteral("sector"), spelling(sector), spelling(sector),
                         spelling(tier), y.baseSectors[size_t(sector)][size_t(tier)],
                         y.scenarioSectors[size_t(sector)][size_t(tier)],
                         {QString(), QString(), QString(), QString()});
        }
    }
    for (const Comparison::ServiceChange &s : y.services) {
        lines << row(label, QStringLiteral("service"), s.id,
                     c.scenario.serviceNames.value(s.id, s.id), spelling(s.tier), s.baseFunded,
                     s.scenarioFunded,
                     {CsvText::pounds(s.baseCost - s.baseFunded),
                      CsvText::pounds(s.scenarioCost - s.scenarioFunded), spelling(s.baseStatus),
                      spelling(s.status)});
    }
}

} // namespace

QByteArray ComparisonCsv::write(const Comparison &comparison)
{
    QStringList lines{
        QStringLiteral("year,level,id,name,tier,base_funded,scenario_funded,difference,base_gap,"
                       "scenario_gap,base_status,scenario_status")};
    for (const Comparison::Year &y : comparison.years)
        year(lines, comparison, y);
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace lps

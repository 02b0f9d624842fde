#include "evaluationcsv.h"

#include "csv/csvtext.h"

#include <QStringList>

namespace lps {

QByteArray EvaluationCsv::write(const Evaluation &evaluation)
{
    QStringList lines{
        QStringLiteral("year,scenario,service_id,service,tier,cost,funded,gap,status,at_risk,"
                       "optimal,tier_bound,stopped,sources,why")};
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years.at(position);
        for (qsizetype i = 0; i < year.services.size(); ++i) {
            const ServiceOutcome &s = year.services.at(i);
            QStringList sources;
            for (const auto &[resource, amount] : s.sources)
                sources << resource + QLatin1Char('=') + CsvText::pounds(amount);
            lines << QStringList{evaluation.yearLabel(year.calendarYear),
                                 CsvText::field(evaluation.scenarioId), s.id,
                                 CsvText::field(evaluation.serviceNames.value(s.id, s.id)),
                                 spelling(s.tier), CsvText::pounds(s.cost),
                                 CsvText::pounds(s.funded), CsvText::pounds(s.cost - s.funded),
                                 spelling(s.status), CsvText::pounds(s.atRisk),
                                 // The year's: whether proven optimal, else the most this tier
                                 // could have, and why the search stopped (cli.md).
                                 year.optimal ? QStringLiteral("yes") : QStringLiteral("no"),
                                 year.optimal ? QString()
                                              : CsvText::pounds(year.gaps[size_t(s.tier)].bound),
                                 CsvText::field(spelling(year.stopped)),
                                 CsvText::field(sources.join(QStringLiteral("; "))),
                                 CsvText::field(evaluation.why(position, i))}
                         .join(u',');
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray EvaluationCsv::writeFunding(const Evaluation &evaluation)
{
    QStringList lines{
        QStringLiteral("year,scenario,service_id,service,tier,resource_id,resource,sector,amount")};
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years.at(position);
        const QHash<QString, Sector> sectors = evaluation.resourceSectors(position);
        for (const ServiceOutcome &s : year.services) {
            for (const auto &[resource, amount] : s.sources) {
                lines << QStringList{evaluation.yearLabel(year.calendarYear),
                                     CsvText::field(evaluation.scenarioId),
                                     s.id,
                                     CsvText::field(evaluation.serviceNames.value(s.id, s.id)),
                                     spelling(s.tier),
                                     CsvText::field(resource),
                                     CsvText::field(
                                         evaluation.resourceNames.value(resource, resource)),
                                     sectors.contains(resource) ? spelling(sectors.value(resource))
                                                                : QString(),
                                     CsvText::pounds(amount)}
                             .join(u',');
            }
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace lps

#include "evaluationcsv.h"

#include <QStringList>

namespace lps {

namespace {

QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString pounds(Money amount)
{
    const qint64 minor = amount.minor();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3").arg(minor < 0 ? QStringLiteral("-") : QString()).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QByteArray EvaluationCsv::write(const Evaluation &evaluation)
{
    QStringList lines{QStringLiteral("year,scenario,service_id,service,tier,cost,funded,gap,status,at_risk,sources")};
    for (const YearResult &year : evaluation.years) {
        for (const ServiceOutcome &s : year.services) {
            QStringList sources;
            for (const auto &[resource, amount] : s.sources)
                sources << resource + QLatin1Char('=') + pounds(amount);
            lines << QStringList{evaluation.yearLabel(year.calendarYear), field(evaluation.scenarioId), s.id,
                                 field(evaluation.serviceNames.value(s.id, s.id)), spelling(s.tier), pounds(s.cost),
                                 pounds(s.funded), pounds(s.cost - s.funded), spelling(s.status), pounds(s.atRisk),
                                 field(sources.join(QStringLiteral("; ")))}
                         .join(u',');
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace lps

#include "series.h"

#include <QJsonArray>

#include <algorithm>

namespace lps {

QString pounds(qint64 minor)
{
    return Money::fromMinor(minor).formatted();
}

void Series::add(double elapsedMs, const std::optional<YearResult> &result)
{
    ms << elapsedMs;
    if (!result || !result->problems.isEmpty()) {
        ++failedRuns;
        if (firstProblem.isEmpty())
            firstProblem =
                result ? result->problems.first().toString() : QStringLiteral("no result");
    }
    if (result && result->optimal)
        ++optimalRuns;
    if (result && !result->optimal) {
        for (const TierGap &gap : result->gaps) {
            worstGap = std::max(worstGap.value_or(0.0), gap.relative);
            largestGapMinor = std::max(largestGapMinor, gap.gap.minor());
        }
    }
}

double Series::median() const
{
    if (ms.isEmpty())
        return 0.0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 == 1 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
}

double Series::worst() const
{
    return ms.isEmpty() ? 0.0 : *std::max_element(ms.cbegin(), ms.cend());
}

QJsonObject Series::toJson() const
{
    QJsonArray runs;
    for (const double t : ms)
        runs << qRound(t * 1000.0) / 1000.0;
    QJsonObject o{{QStringLiteral("runs"), int(ms.size())},
                  {QStringLiteral("medianMs"), qRound(median() * 1000.0) / 1000.0},
                  {QStringLiteral("worstMs"), qRound(worst() * 1000.0) / 1000.0},
                  {QStringLiteral("allMs"), runs},
                  {QStringLiteral("optimalRuns"), optimalRuns},
                  {QStringLiteral("failedRuns"), failedRuns}};
    o.insert(QStringLiteral("worstRelativeGap"), worstGap ? QJsonValue(*worstGap) : QJsonValue());
    o.insert(QStringLiteral("largestGap"), pounds(largestGapMinor));
    if (!firstProblem.isEmpty())
        o.insert(QStringLiteral("firstProblem"), firstProblem);
    return o;
}

} // namespace lps

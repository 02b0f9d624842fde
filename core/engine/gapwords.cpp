#include "gapwords.h"

namespace lps {

namespace {

QString percent(double relative)
{
    // Two decimals, but never "0.00%" for a gap that is there.
    const double value = relative * 100.0;
    if (value > 0.0 && value < 0.01)
        return QStringLiteral("under 0.01%");
    return QStringLiteral("%1%").arg(value, 0, 'f', 2);
}

} // namespace

QString GapWords::stopClause(SearchStop stop)
{
    switch (stop) {
    case SearchStop::WorkLimit:
        return QStringLiteral("the search stopped at its work limit");
    case SearchStop::SafetyTimeLimit:
        return QStringLiteral("the optimiser stopped at its safety time limit");
    case SearchStop::SolverFailure:
        return QStringLiteral("the optimiser failed, so this is the best allocation it found");
    case SearchStop::None:
        break;
    }
    return QStringLiteral("rounding to whole minor units cost more than the rule allows");
}

QString GapWords::problem(SearchStop stop, int calendarYear)
{
    switch (stop) {
    case SearchStop::WorkLimit:
        return QStringLiteral("the search for %1 stopped at its work limit before proving its "
                              "answer the best; the gap says how far it may be")
            .arg(calendarYear);
    case SearchStop::SafetyTimeLimit:
        return QStringLiteral("the optimiser hit its safety time limit for %1; this is the best "
                              "allocation found, which may fund less")
            .arg(calendarYear);
    case SearchStop::SolverFailure:
        return QStringLiteral("the optimiser did not finish for %1; this is the best allocation "
                              "found (its stages so far, or the tier-by-tier waterfall), which "
                              "may fund less")
            .arg(calendarYear);
    case SearchStop::None:
        break;
    }
    return QString();
}

QStringList GapWords::lines(const YearResult &year, const QString &currency)
{
    if (year.optimal)
        return {};
    QStringList out;
    for (const Tier tier : kAllTiers) {
        const TierGap &gap = year.gaps[size_t(tier)];
        if (gap.gap.isZero())
            continue;
        out << QStringLiteral("%1: at most %2 (%3) below the best possible")
                   .arg(tierTitle(tier), gap.gap.formatted(currency), percent(gap.relative));
    }
    if (out.isEmpty())
        out << QStringLiteral("Every tier is within a minor unit per service of the best possible");
    // A first answer has not stopped: the settled answer is still being worked out.
    QString why =
        year.settled ? stopClause(year.stopped) : QStringLiteral("the settled answer follows");
    why[0] = why.at(0).toUpper();
    out << why + QLatin1Char('.');
    return out;
}

QString GapWords::summary(const YearResult &year, const QString &currency)
{
    QStringList parts = lines(year, currency);
    if (parts.isEmpty())
        return QString();
    QString last = parts.takeLast();
    last.chop(1);
    last[0] = last.at(0).toLower();
    const QString what =
        year.settled ? QStringLiteral("Not proven optimal") : QStringLiteral("First answer");
    if (parts.isEmpty())
        return QStringLiteral("%1: %2.").arg(what, last);
    return QStringLiteral("%1: %2; %3.").arg(what, parts.join(QStringLiteral("; ")), last);
}

} // namespace lps

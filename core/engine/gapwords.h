#pragma once

#include "yearresult.h"

#include <QString>
#include <QStringList>

namespace lps {

/// Says in words how far an answer that is not proven optimal may be from the best possible,
/// tier by tier, and why the search stopped: the same sentence for the table, the app and reports.
class GapWords
{
public:
    /// One line per tier with a gap ("Could: at most GBP 12,400.00 (0.01%) below the best
    /// possible"), then why the search stopped; empty for a proven optimum.
    static QStringList lines(const YearResult &year, const QString &currency);
    /// The whole statement on one line, for a status bar or a chart's caption.
    static QString summary(const YearResult &year, const QString &currency);
    /// Why the search stopped, as a clause ("the search stopped at its work limit").
    static QString stopClause(SearchStop stop);
    /// The problem a year whose search stopped carries, naming the year (empty for None).
    static QString problem(SearchStop stop, int calendarYear);
};

} // namespace lps

#pragma once

#include "engine/yearresult.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lps {

struct Plan;

/// A scenario evaluated over one or more years, with the names a report needs beside the ids.
struct Evaluation
{
    QString planName;
    QString scenarioId;
    QString scenarioName;
    QString currency = QStringLiteral("GBP");
    int firstYear = 2026;
    QList<YearResult> years;
    QHash<QString, QString> serviceNames;
    QHash<QString, QString> resourceNames;

    /// Evaluates the scenario in the given year indices (all years when empty).
    static Evaluation of(const Plan &plan, const QString &scenarioId, const QList<int> &yearIndices = {});
    /// "2026/27"
    QString yearLabel(int calendarYear) const;
};

} // namespace lps

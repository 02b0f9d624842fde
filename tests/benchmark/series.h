#pragma once

#include "engine/yearresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lps {

/// The times and outcomes of repeated evaluations, summed up as median, worst, proofs and gaps.
struct Series
{
    QList<double> ms;
    int optimalRuns = 0;
    int failedRuns = 0; // no result, or problems from the exact check
    std::optional<double> worstGap;
    qint64 largestGapMinor = 0;
    QString firstProblem; // of the first run that failed

    void add(double elapsedMs, const std::optional<YearResult> &result);
    double median() const;
    double worst() const;
    // Every run proven optimal (or, where a time limit stopped the search, with its gap reported).
    bool allOptimal() const { return failedRuns == 0 && optimalRuns == ms.size(); }
    bool allOptimalOrGap() const
    {
        return failedRuns == 0 && (optimalRuns == ms.size() || worstGap.has_value());
    }
    QJsonObject toJson() const;
};

/// An amount of minor units as the figures print it ("£1,234.56").
QString pounds(qint64 minor);

} // namespace lps

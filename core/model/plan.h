#pragma once

#include "lever.h"
#include "resource.h"
#include "scenario.h"
#include "service.h"

#include <QList>
#include <QString>

namespace lps {

/// One locality's Local Public Support budget: resources pooled against services, and what-ifs.
/// A plain value: copy it, compare it, hand it to another thread.
struct Plan
{
    /// The newest JSON version this reads. A plan is written as version 1 unless it has levers,
    /// which came with version 2, so that plans without them still open in older versions.
    static constexpr int kFormatVersion = 2;

    QString name;
    QString locality;
    QString currency = QStringLiteral("GBP");
    int firstYear = 2026;
    int years = 1;
    double costInflation = 0.0;
    QList<Resource> resources;
    QList<Service> services;
    QList<Scenario> scenarios;
    /// The workshop's levers, in the order keys 1 to 8 choose them; none unless prepared.
    QList<Lever> levers;

    qsizetype resourceIndex(const QString &id) const;
    qsizetype serviceIndex(const QString &id) const;
    qsizetype scenarioIndex(const QString &id) const;
    /// The first scenario: the plan as its authors wrote it.
    const Scenario *baseline() const { return scenarios.isEmpty() ? nullptr : &scenarios.first(); }
    /// "2026/27" for year index 0 of a plan starting in 2026.
    QString yearLabel(int yearIndex) const;
    /// A financial year as councils write it: 2026 is "2026/27".
    static QString financialYearLabel(int calendarYear);

    /// The oldest JSON version that holds everything in this plan.
    int jsonVersion() const { return levers.isEmpty() ? 1 : 2; }

    bool operator==(const Plan &) const = default;
};

} // namespace lps

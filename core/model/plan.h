#pragma once

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
    static constexpr int kFormatVersion = 1;

    QString name;
    QString locality;
    QString currency = QStringLiteral("GBP");
    int firstYear = 2026;
    int years = 1;
    double costInflation = 0.0;
    QList<Resource> resources;
    QList<Service> services;
    QList<Scenario> scenarios;

    qsizetype resourceIndex(const QString &id) const;
    qsizetype serviceIndex(const QString &id) const;
    qsizetype scenarioIndex(const QString &id) const;
    /// The first scenario: the plan as its authors wrote it.
    const Scenario *baseline() const { return scenarios.isEmpty() ? nullptr : &scenarios.first(); }
    /// "2026/27" for year index 0 of a plan starting in 2026.
    QString yearLabel(int yearIndex) const;
    /// A financial year as councils write it: 2026 is "2026/27".
    static QString financialYearLabel(int calendarYear);

    bool operator==(const Plan &) const = default;
};

} // namespace lps

#pragma once

// What the CSV import tests share: the fixtures folder, the plan settings they import with, and
// problems written one per line so that a failed comparison reads like the message people see.
#include "amounts/money.h"
#include "csvimport/csvplanimporter.h"
#include "model/plan.h"

#include <QFile>
#include <QStringList>

namespace lps::csvfixtures {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(LPS_TEST_DATA_DIR "/") + name;
}

inline QByteArray fixture(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline CsvPlanImporter::Settings settings()
{
    return {QStringLiteral("Eastbrook 2026-31"), 2026, 5};
}

inline CsvPlanImporter::Result importText(const QString &services, const QString &resources,
                                          const CsvPlanImporter::Settings &with = settings())
{
    return CsvPlanImporter::importBytes(services.toUtf8(), resources.toUtf8(), with);
}

inline CsvPlanImporter::Result importFixtures(const QString &services, const QString &resources)
{
    return CsvPlanImporter::importBytes(fixture(services), fixture(resources), settings());
}

// "error services.csv, row 3, column "Cost": ...": one line per problem, easy to compare and read.
inline QStringList describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << (problem.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) +
                     problem.toString();
    return lines;
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

inline const QString kServices = QStringLiteral("name,tier,cost\nYouth club,need,100\n");
inline const QString kResources = QStringLiteral("name,sector,amount\nGrant,public,100\n");

inline Plan planWith(const QList<Service> &services, const QList<Resource> &resources)
{
    Plan plan;
    plan.name = QStringLiteral("Eastbrook 2026-31");
    plan.firstYear = 2026;
    plan.years = 5;
    plan.services = services;
    plan.resources = resources;
    Scenario baseline;
    baseline.id = QStringLiteral("baseline");
    baseline.name = QStringLiteral("Baseline");
    plan.scenarios = {baseline};
    return plan;
}

inline Service service(const char *id, const QString &name, Tier tier, qint64 cost)
{
    Service s;
    s.id = QString::fromLatin1(id);
    s.name = name;
    s.tier = tier;
    s.cost = YearlyAmounts::single(cost);
    return s;
}

inline Resource resource(const char *id, const QString &name, Sector sector, qint64 amount,
                         ResourceKind kind = ResourceKind::Money)
{
    Resource r;
    r.id = QString::fromLatin1(id);
    r.name = name;
    r.sector = sector;
    r.kind = kind;
    r.amount = YearlyAmounts::single(amount);
    return r;
}

} // namespace lps::csvfixtures

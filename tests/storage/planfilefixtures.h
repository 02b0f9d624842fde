#pragma once

// What the plan file tests share: tampering with a file as another program would, and comparing
// plans piece by piece so that a failure says which piece.
#include "plangenerator.h"
#include "storage/planfile.h"
#include "storage/planschema.h"
#include "validation/planlimits.h"
#include "validation/planvalidator.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace lps::planfilefixtures {

using Kind = PlanFileError::Kind;

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Runs SQL over a copy of `bytes` (or a new database when empty) with a plain, unguarded
// connection, as another program or a tamperer would, and returns the resulting file.
inline QByteArray viaSqlite(const QByteArray &bytes, const char *sql)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.db"));
    if (!bytes.isEmpty() && !writeAll(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("tampering failed: %s\n%s", error, sql);
    sqlite3_close(db);
    return readAll(path);
}

inline QByteArray samplePlanBytes()
{
    static const QByteArray bytes = PlanFile::serialize(test::samplePlan());
    return bytes;
}

inline QByteArray tampered(const char *sql)
{
    return viaSqlite(
        samplePlanBytes(),
        (QByteArrayLiteral("PRAGMA ignore_check_constraints = ON;") + sql).constData());
}

inline QByteArray withBytesFlipped(QByteArray bytes, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i)
        bytes[i] = char(bytes.at(i) ^ 0xff);
    return bytes;
}

// Pairs of plans compared piece by piece, so that a failure says which piece.
inline void comparePlans(const Plan &actual, const Plan &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.locality, expected.locality);
    QCOMPARE(actual.currency, expected.currency);
    QCOMPARE(actual.firstYear, expected.firstYear);
    QCOMPARE(actual.years, expected.years);
    QCOMPARE(actual.costInflation, expected.costInflation);
    QCOMPARE(actual.resources.size(), expected.resources.size());
    for (qsizetype i = 0; i < expected.resources.size(); ++i)
        QVERIFY2(actual.resources[i] == expected.resources[i],
                 qPrintable(QStringLiteral("resources[%1]").arg(i)));
    QCOMPARE(actual.services.size(), expected.services.size());
    for (qsizetype i = 0; i < expected.services.size(); ++i)
        QVERIFY2(actual.services[i] == expected.services[i],
                 qPrintable(QStringLiteral("services[%1]").arg(i)));
    QCOMPARE(actual.scenarios.size(), expected.scenarios.size());
    for (qsizetype i = 0; i < expected.scenarios.size(); ++i)
        QVERIFY2(actual.scenarios[i] == expected.scenarios[i],
                 qPrintable(QStringLiteral("scenarios[%1]").arg(i)));
    QVERIFY(actual == expected);
}

inline bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Every enumerator of the model, by its spellings, so that a new one cannot slip past the schema.
template <typename Enum> inline QList<Enum> allOf()
{
    QList<Enum> values;
    for (const QString &spelling : enumSpellings<Enum>())
        values << *enumFromString<Enum>(spelling);
    return values;
}

// A plan with the values that break naive storage: extreme and awkward doubles, the limits of
// every range, text with quotes, newlines and emoji, and every enumerator.
inline Plan awkwardPlan()
{
    Plan plan = test::samplePlan();
    plan.name = QStringLiteral(
        "Budget \"2026\" \u2014 O'Brien's; DROP TABLE plan; -- \U0001F3E0\U0001F4B7");
    // Free text keeps its line breaks and tabs; a NUL or an escape is refused (tst_planfiledamage).
    plan.locality = QStringLiteral("line one\r\nline two \u05e2\u05d1\u05e8\u05d9\u05ea \t tab");
    plan.currency = QStringLiteral("EUR");
    plan.firstYear = 2100;
    plan.years = PlanLimits::kMaxYears;
    plan.costInflation = std::nextafter(0.1, 1.0);
    Resource &tax = plan.resources[0];
    tax.trend = -1.0;
    tax.amount = YearlyAmounts::single(0);
    tax.matchRatio = std::numeric_limits<double>::denorm_min();
    tax.matchSector = Sector::Charitable;
    tax.maxPerService = Money::fromMinor(Money::kMaxMinor);
    tax.contingentShare = 1.0 / 3.0;
    tax.notes = QStringLiteral("line one\nline two\n\n'quoted' \"double\" \\ back");
    Resource &volunteers = plan.resources[1];
    volunteers.amount = YearlyAmounts::perYear({0, 1, 2, 3, 4, 5, 6, 7, 8, 1000});
    volunteers.hourValue = Money::fromMinor(1);
    volunteers.eligible.tags = {QStringLiteral("community"), QStringLiteral("community"),
                                QStringLiteral("\U0001F600")};
    volunteers.eligible.services = {QStringLiteral("library"), QStringLiteral("homelessness")};
    volunteers.eligible.tiers = allOf<Tier>();
    plan.services[0].cost = YearlyAmounts::single(Money::kMaxMinor / 1000);
    plan.services[0].minimumShare = 1.0;
    plan.services[0].priority = 100;
    plan.services[0].timeCapacityHours = Money::kMaxMinor;
    plan.services[0].preventative = true;
    plan.services[0].consequence = QStringLiteral("People sleep rough \u2014 \"really\"");
    plan.services[1].minimumShare = 5e-324;
    plan.services[1].priority = 1;
    plan.services[2].cost = YearlyAmounts::perYear(QList<qint64>(10, Money::kMaxMinor));
    return plan;
}

inline Adjustment adjustment(AdjustmentType type, const QString &target)
{
    Adjustment a;
    a.type = type;
    a.target = target;
    return a;
}

} // namespace lps::planfilefixtures

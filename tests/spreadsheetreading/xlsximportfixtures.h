#pragma once

// What the workbook import tests share: plan settings, problems one per line as people read
// them, and the demo plan's services and resources as the rows of a spreadsheet, typed as a
// workbook holds them (numbers, percentages, TRUE/FALSE) and as text for the same data in CSV.
#include "amounts/money.h"
#include "csvimport/csvplanimporter.h"
#include "demo/demoplan.h"
#include "model/plan.h"
#include "testworkbook.h"

#include <QStringList>

namespace lps::xlsxfixtures {

using test::TestCell;
using test::TestRows;
using test::TestWorkbook;

inline CsvPlanImporter::Settings settings()
{
    return {QStringLiteral("Eastbrook 2026-31"), 2026, 5};
}

inline QStringList describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << (problem.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) +
                     problem.toString();
    return lines;
}

inline const TestRows kResources{{"name", "sector", "amount"}, {"Grant", "public", 100}};

/// Services (and a one-line resources sheet) as one workbook, imported from memory.
inline CsvPlanImporter::Result importServices(const TestRows &services, int firstRow = 1)
{
    const QByteArray book = TestWorkbook()
                                .addSheet(QStringLiteral("Services"), services, firstRow)
                                .addSheet(QStringLiteral("Resources"), kResources)
                                .bytes();
    return CsvPlanImporter::importBytes(book, book, settings(), QStringLiteral("services.xlsx"),
                                        QStringLiteral("resources.xlsx"));
}

// A cell of the CSV form: always quoted, quotes doubled.
inline QString csvCell(const QString &text)
{
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// Rows typed as a workbook holds them, and the same rows as CSV text.
struct DemoSheet
{
    TestRows cells;
    QString csv;

    void add(const QList<QPair<TestCell, QString>> &row)
    {
        QList<TestCell> typed;
        QStringList text;
        for (const auto &[cell, written] : row) {
            typed << cell;
            text << csvCell(written);
        }
        cells << typed;
        csv += text.join(u',') + u'\n';
    }
};

inline QPair<TestCell, QString> money(qint64 minor)
{
    // A workbook holds pounds as a double in a currency format; CSV as the text Excel shows.
    return {TestCell::formatted(double(minor) / 100.0, QStringLiteral("\"£\"#,##0.00")),
            Money::fromMinor(minor).formatted()};
}

inline QPair<TestCell, QString> percent(double share)
{
    return {TestCell::formatted(share, QStringLiteral("0%")), QString::number(share * 100) + u'%'};
}

inline QPair<TestCell, QString> number(double value)
{
    return {TestCell(value), QString::number(value, 'g', 15)};
}

inline QPair<TestCell, QString> text(const QString &value)
{
    return {value.isEmpty() ? TestCell() : TestCell(value), value};
}

inline QPair<TestCell, QString> optionalNumber(bool present, double value)
{
    return present ? number(value) : text(QString());
}

inline DemoSheet demoServices(const Plan &plan)
{
    DemoSheet sheet;
    sheet.add({text(QStringLiteral("Name")), text(QStringLiteral("Tier")),
               text(QStringLiteral("Cost")), text(QStringLiteral("ID")),
               text(QStringLiteral("Minimum share")), text(QStringLiteral("Priority")),
               text(QStringLiteral("Tags")), text(QStringLiteral("Provider")),
               text(QStringLiteral("Time capacity hours")), text(QStringLiteral("Preventative")),
               text(QStringLiteral("Consequence")), text(QStringLiteral("Notes"))});
    for (const Service &s : plan.services) {
        sheet.add({text(s.name),
                   text(spelling(s.tier)),
                   money(s.cost.valueAt(0, 0.0)),
                   text(s.id),
                   percent(s.minimumShare),
                   number(s.priority),
                   text(s.tags.join(u';')),
                   text(spelling(s.provider)),
                   optionalNumber(s.timeCapacityHours > 0, double(s.timeCapacityHours)),
                   {TestCell(s.preventative),
                    s.preventative ? QStringLiteral("yes") : QStringLiteral("no")},
                   text(s.consequence),
                   text(s.notes)});
    }
    return sheet;
}

inline DemoSheet demoResources(const Plan &plan)
{
    DemoSheet sheet;
    sheet.add({text(QStringLiteral("name")), text(QStringLiteral("sector")),
               text(QStringLiteral("amount")), text(QStringLiteral("id")),
               text(QStringLiteral("kind")), text(QStringLiteral("hour_value")),
               text(QStringLiteral("certainty")), text(QStringLiteral("trend")),
               text(QStringLiteral("eligible_services")), text(QStringLiteral("eligible_tags")),
               text(QStringLiteral("eligible_tiers")), text(QStringLiteral("match_ratio")),
               text(QStringLiteral("match_sector")), text(QStringLiteral("max_per_service")),
               text(QStringLiteral("contingent_share")), text(QStringLiteral("notes"))});
    for (const Resource &r : plan.resources) {
        const qint64 amount = r.amount.valueAt(0, 0.0);
        QStringList tiers;
        for (const Tier tier : r.eligible.tiers)
            tiers << spelling(tier);
        sheet.add(
            {text(r.name), text(spelling(r.sector)),
             r.kind == ResourceKind::Time ? number(double(amount)) : money(amount), text(r.id),
             text(spelling(r.kind)), r.hourValue ? money(r.hourValue->minor()) : text({}),
             text(spelling(r.certainty)), percent(r.trend), text(r.eligible.services.join(u';')),
             text(r.eligible.tags.join(u';')), text(tiers.join(u';')),
             optionalNumber(r.matchRatio.has_value(), r.matchRatio.value_or(0.0)),
             text(r.matchRatio ? spelling(r.matchSector) : QString()),
             r.maxPerService ? money(r.maxPerService->minor()) : text({}),
             percent(r.contingentShare), text(r.notes)});
    }
    return sheet;
}

} // namespace lps::xlsxfixtures

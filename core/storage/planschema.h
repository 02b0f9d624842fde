#pragma once

#include "model/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lps {

class SqliteDatabase;

/// The tables of a `.lpsb` file (formats 1 and 2, docs/file-format.md), and the means to
/// recognise exactly that schema in a file: the expected entries of sqlite_schema are read from a
/// database built by the same statements, so the check can never drift from what is written.
class PlanSchema
{
    Q_DECLARE_TR_FUNCTIONS(lps::PlanSchema)

public:
    /// One row of sqlite_schema.
    struct Entry
    {
        QString type;
        QString name;
        QString table;
        QString sql;

        bool operator==(const Entry &) const = default;
    };

    /// Which optional columns of the `adjustment` table an adjustment type uses.
    struct AdjustmentColumns
    {
        bool toService = false;
        bool factor = false;
        bool year = false;
        bool amount = false;
        bool tier = false;
        bool priority = false;
    };

    /// Format 1 (2026-11): the plan; format 2 (2026-12) adds the workshop's levers.
    static constexpr int kNewestFormat = 2;

    /// Creates every table of a file format in an empty database.
    static void create(SqliteDatabase &db, int format = kNewestFormat);
    /// The entries a plan file's sqlite_schema must hold, in the order of entries().
    static const QList<Entry> &expected(int format = kNewestFormat);
    /// The entries of a database's sqlite_schema, sorted by type and name.
    static QList<Entry> entries(const SqliteDatabase &db);
    /// What sets `actual` apart from the expected schema, in plain words ("a trigger “x”");
    /// empty when they are the same.
    static QString difference(const QList<Entry> &actual, int format);
    static AdjustmentColumns columnsUsedBy(AdjustmentType type);
};

} // namespace lps

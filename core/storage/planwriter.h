#pragma once

#include "model/plan.h"

namespace lps {

class SqliteDatabase;

/// Writes a plan into an empty database as the tables of PlanSchema, in one transaction.
class PlanWriter
{
public:
    /// Throws SqliteError; the database is then left without the plan.
    static void write(const Plan &plan, SqliteDatabase &db);
};

} // namespace lps

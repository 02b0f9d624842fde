#pragma once

#include "model/plan.h"
#include "validation/problem.h"

namespace lps {

class SqliteDatabase;

/// Reads a plan back from a database whose schema has been checked against PlanSchema.
class PlanReader
{
public:
    struct Result
    {
        Plan plan;
        /// Values the model cannot hold (unknown spellings, wrong kinds of value, gaps in the
        /// positions of a list), at JSON-style paths.
        Problems problems;
        /// False when rows could not be put in their place (no plan row, gaps in positions):
        /// the plan is then too garbled to be worth validating.
        bool complete = true;
    };

    /// Never asserts or throws over what the file holds; failures of SQLite throw SqliteError.
    /// `format` is the file's (PRAGMA user_version): format 1 has no levers.
    static Result read(const SqliteDatabase &db, int format);
};

} // namespace lps

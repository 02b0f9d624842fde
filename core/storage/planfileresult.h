#pragma once

#include "model/plan.h"
#include "validation/problem.h"

#include <QString>

#include <optional>

namespace lps {

/// Why a plan file could not be opened or saved, in words for the person at the keyboard.
struct PlanFileError
{
    enum class Kind
    {
        NotFound,     ///< no file at that path
        NotAPlan,     ///< not an SQLite file, or another program's SQLite database, or empty
        Damaged,      ///< an LPS plan whose bytes are cut short or broken
        NewerVersion, ///< a plan in a file format newer than this version reads
        Unsafe,       ///< parts LPS Planner never writes (triggers, views, changed tables...)
        Invalid,      ///< values a plan cannot have (also: a plan refused for saving)
        IoError       ///< the disk or the operating system said no
    };

    Kind kind = Kind::IoError;
    /// One paragraph that names the file, says what is wrong and what to do about it.
    QString message;
    /// For Invalid: every value that stopped it, at JSON-style paths (`services[3].tier`).
    Problems problems;

    /// A file name as messages show it: in typographic quotation marks.
    static QString quoted(const QString &fileName)
    {
        return QStringLiteral("\u201c%1\u201d").arg(fileName);
    }
};

/// A plan read from a file, or why there is none.
struct PlanFileResult
{
    std::optional<Plan> plan;
    /// Meaningful only when !ok().
    PlanFileError error;

    bool ok() const { return plan.has_value(); }
};

/// Whether a plan reached the disk, or why not.
struct SaveResult
{
    std::optional<PlanFileError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace lps

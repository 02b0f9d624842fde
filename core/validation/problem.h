#pragma once

#include <QList>
#include <QString>

namespace lps {

/// One thing wrong with some input, with where it is: a JSON path (`services[3].tier`) or a
/// place in a file ("services.csv, row 4, column \"cost\""), and what to do about it.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString location;
    QString message;
    Severity severity = Severity::Error;

    static Problem error(const QString &location, const QString &message)
    {
        return {location, message, Severity::Error};
    }
    static Problem warning(const QString &location, const QString &message)
    {
        return {location, message, Severity::Warning};
    }

    bool isError() const { return severity == Severity::Error; }
    /// "services[3].tier: ..." as printed by the command line and shown in dialogs.
    QString toString() const
    {
        return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems)
{
    for (const Problem &problem : problems) {
        if (problem.isError())
            return true;
    }
    return false;
}

} // namespace lps

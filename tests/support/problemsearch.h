#pragma once

#include "validation/problem.h"

#include <QStringList>

namespace lps::test {

/// Empty when `problems` hold one at `location` whose message contains `message` (an error,
/// when `errorsOnly`); otherwise a failure message listing what they do hold.
inline QString missingProblem(const Problems &problems, const QString &location,
                              const QString &message, bool errorsOnly = false)
{
    QStringList seen;
    for (const Problem &problem : problems) {
        if ((!errorsOnly || problem.isError()) && problem.location == location &&
            problem.message.contains(message))
            return {};
        seen << problem.toString();
    }
    return QStringLiteral("no \"%1\" at %2 among:\n%3").arg(message, location, seen.join(u'\n'));
}

} // namespace lps::test

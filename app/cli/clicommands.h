#pragma once

#include <QStringList>

class QTextStream;

namespace lps::cli {

/// Exit codes of spec/cli.md.
enum ExitCode
{
    Success = 0,
    InvalidInput = 1,
    UsageError = 2,
    OtherError = 3
};

/// Runs `lps` with its arguments (without the program name), printing to out and err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace lps::cli

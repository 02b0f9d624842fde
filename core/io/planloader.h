#pragma once

#include "storage/planfileresult.h"

#include <QByteArray>
#include <QString>

namespace lps {

/// Opens a plan from a scenario file (.lpsb) or plan JSON, telling which by the content rather
/// than the name, since files arrive renamed by mail clients.
class PlanLoader
{
public:
    static PlanFileResult load(const QString &path);
    /// Reads plan JSON already in memory; `fileName` is used in messages.
    static PlanFileResult fromJson(const QByteArray &json, const QString &fileName);

    /// Whether the file itself is at fault (rather than the path or the disk).
    static bool isInvalidInput(const PlanFileError &error);
    /// Every problem on its own line, for a details pane or the command line.
    static QString details(const PlanFileError &error);
};

} // namespace lps

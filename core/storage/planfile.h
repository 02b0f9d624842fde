#pragma once

#include "planfileresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lps {

/// Opens (as untrusted input) and saves `.lpsb` scenario files: one SQLite database per plan
/// holding the whole plan and all its scenarios, as docs/file-format.md describes.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(lps::PlanFile)

public:
    /// PRAGMA application_id of every plan file: "LPSB" in ASCII.
    static constexpr quint32 kApplicationId = 0x4C505342;
    /// PRAGMA user_version: the newest file format this version reads and writes (a plan is
    /// written in the oldest format that holds it: 1 without levers, 2 with).
    static constexpr int kFormatVersion = 2;
    /// Larger files are refused before being read: no plan comes near it.
    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;

    /// Reads, checks and validates the plan at `path`; never writes to it.
    static PlanFileResult load(const QString &path);
    /// The same for a file's bytes; `fileName` is only used in messages.
    static PlanFileResult loadBytes(const QByteArray &bytes, const QString &fileName);
    /// Writes the plan atomically: the file at `path` is either the old one or the new one,
    /// whatever happens. A plan with validation errors is refused (it could not be opened again).
    static SaveResult save(const Plan &plan, const QString &path);
    /// The exact bytes save() writes, the same for the same plan; empty if it would refuse.
    static QByteArray serialize(const Plan &plan);
};

} // namespace lps

#pragma once

#include "model/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lps {

/// Unsaved changes kept on the side while a plan is being edited, so that a crash (of the app,
/// the computer or the power) costs nobody their work: one `.lpsb` copy per open document in a
/// folder of its own, with the file it belongs to. Saving or closing normally discards it; what
/// is still there at the next start was not saved.
class RecoveryStore
{
public:
    struct Entry
    {
        QString key;
        /// The plan file the changes belong to; empty for a plan never saved.
        QString originalPath;
        QDateTime savedAt;
        Plan plan;
    };

    /// The default folder is the app's local data folder (QStandardPaths), "recovery".
    explicit RecoveryStore(const QString &folder = defaultFolder());

    static QString defaultFolder();

    /// Keeps `plan` for the document `key` (replacing what was kept for it); false on failure,
    /// which costs nothing but the safety net.
    bool keep(const QString &key, const Plan &plan, const QString &originalPath) const;
    void discard(const QString &key) const;
    /// Everything kept, oldest first; copies that cannot be read are left out (and left alone).
    QList<Entry> entries() const;

private:
    QString m_folder;
};

} // namespace lps

#pragma once

#include <QStringList>

namespace lps {

/// The plans opened or saved lately, newest first, kept in QSettings for the File menu.
class RecentFiles
{
public:
    static constexpr int kMax = 8;

    static QStringList list();
    /// Puts a file first (once), dropping the oldest beyond kMax.
    static void add(const QString &path);
};

} // namespace lps

#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace lps {

QStringList RecentFiles::list()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList files = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentFiles"), files.mid(0, kMax));
}

} // namespace lps

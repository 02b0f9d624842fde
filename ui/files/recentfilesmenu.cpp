#include "recentfilesmenu.h"

#include "recentfiles.h"

#include <QFileInfo>

namespace lps {

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::fill);
}

void RecentFilesMenu::fill()
{
    clear();
    const QStringList files = RecentFiles::list();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QFileInfo info(files.at(i));
        QAction *action =
            addAction(tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), info.absolutePath()));
        connect(action, &QAction::triggered, this,
                [this, path = files.at(i)] { emit fileChosen(path); });
    }
    if (files.isEmpty())
        addAction(tr("No plans opened yet"))->setEnabled(false);
}

} // namespace lps

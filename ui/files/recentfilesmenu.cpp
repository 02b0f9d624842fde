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
        // "&1" is the entry's mnemonic; an "&" in a file or folder name is text.
        const auto text = [](QString name) {
            return name.replace(u'&', QStringLiteral("&&"));
        };
        QAction *action = addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(text(info.fileName()), text(info.absolutePath())));
        connect(action, &QAction::triggered, this,
                [this, path = files.at(i)] { emit fileChosen(path); });
    }
    if (files.isEmpty())
        addAction(tr("No plans opened yet"))->setEnabled(false);
}

} // namespace lps

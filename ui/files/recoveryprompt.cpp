#include "recoveryprompt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace lps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecoveryPrompt", text);
}

} // namespace

std::optional<RecoveryStore::Entry> RecoveryPrompt::ask(QWidget *parent)
{
    const QList<RecoveryStore::Entry> entries = RecoveryStore().entries();
    if (entries.isEmpty())
        return std::nullopt;
    const RecoveryStore::Entry &newest = entries.last();
    QMessageBox box(
        QMessageBox::Question, tr("Restore unsaved changes?"),
        tr("LPS Planner closed without saving changes to %1 (%2, kept at %3). Restore them?")
            .arg(newest.plan.name.toHtmlEscaped(),
                 newest.originalPath.isEmpty() ? tr("never saved")
                                               : QFileInfo(newest.originalPath).fileName(),
                 QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    box.addButton(tr("Ask me &later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == restoreButton)
        return newest;
    if (box.clickedButton() == discardButton)
        RecoveryStore().discard(newest.key);
    return std::nullopt;
}

} // namespace lps

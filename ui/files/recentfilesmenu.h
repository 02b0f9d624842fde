#pragma once

#include <QMenu>

namespace lps {

/// File > Open Recent: the plans of RecentFiles, numbered for the keyboard, filled afresh each
/// time it opens so that every window shows the same list.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

signals:
    void fileChosen(const QString &path);

private:
    void fill();
};

} // namespace lps

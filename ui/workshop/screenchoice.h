#pragma once

#include <QString>
#include <QStringList>

class QScreen;
class QWidget;

namespace lps {

/// Which screen the room sees and which the facilitator keeps: the projection goes to the
/// screen chosen once and remembered (QSettings), else to the one the plan window is not on;
/// the console stays on another.
class ScreenChoice
{
public:
    /// The settings key of the screen the projection goes to.
    static QString key();
    static QScreen *projection(const QWidget *planWindow);
    static QScreen *console(const QScreen *projection, const QWidget *planWindow);
    static void remember(const QString &screenName);
    static QStringList names();
};

} // namespace lps

#include "screenchoice.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace lps {

namespace {

QScreen *laptopOf(const QWidget *planWindow)
{
    return planWindow ? planWindow->screen() : QGuiApplication::primaryScreen();
}

} // namespace

QString ScreenChoice::key()
{
    return QStringLiteral("workshop/projectionScreen");
}

QScreen *ScreenChoice::projection(const QWidget *planWindow)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QString remembered = QSettings().value(key()).toString();
    for (QScreen *screen : screens)
        if (screen->name() == remembered)
            return screen;
    // Not chosen yet: the screen the plan window is not on.
    QScreen *laptop = laptopOf(planWindow);
    for (QScreen *screen : screens)
        if (screen != laptop)
            return screen;
    return laptop;
}

QScreen *ScreenChoice::console(const QScreen *projection, const QWidget *planWindow)
{
    QScreen *laptop = laptopOf(planWindow);
    if (laptop != projection)
        return laptop;
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != projection)
            return screen;
    return laptop;
}

void ScreenChoice::remember(const QString &screenName)
{
    QSettings().setValue(key(), screenName);
}

QStringList ScreenChoice::names()
{
    QStringList names;
    for (QScreen *screen : QGuiApplication::screens())
        names << screen->name();
    return names;
}

} // namespace lps

// Workshop mode on a laptop with a projector (issue 13): two screens, as the offscreen platform
// can be told to have them. The projection goes full screen on the second screen, the console
// stays on the laptop, and a screen chosen once is remembered for the next session.

#include "demo/demoplan.h"
#include "style/legibility.h"
#include "window/planwindow.h"
#include "workshop/controlstrip.h"
#include "workshop/presentation.h"
#include "workshop/presenterconsole.h"
#include "workshop/projectionwindow.h"
#include "workshop/screenchoice.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

class TestPresentationScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void projectionOnTheSecondScreen();
    void chosenScreenIsRemembered();

private:
    static QScreen *screen(const QString &name);
};

QScreen *TestPresentationScreens::screen(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->name() == name)
            return screen;
    return nullptr;
}

void TestPresentationScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(QGuiApplication::screens().size(), 2);
}

void TestPresentationScreens::projectionOnTheSecondScreen()
{
    PlanWindow window;
    window.openDemo();
    window.setScreen(screen(QStringLiteral("Laptop")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    Presentation *presentation = window.present();
    QVERIFY(presentation->isTwoScreens());
    ProjectionWindow *projection = presentation->projection();
    QVERIFY(QTest::qWaitForWindowExposed(projection));
    QCOMPARE(projection->screen()->name(), QStringLiteral("Projector"));
    QTRY_COMPARE(projection->geometry(), screen(QStringLiteral("Projector"))->geometry());
    QVERIFY(projection->isFullScreen());
    QVERIFY(presentation->console()->isVisible());
    QCOMPARE(presentation->console()->screen()->name(), QStringLiteral("Laptop"));
    // No strip over the room's view when the console has the controls.
    QTest::keyClick(presentation->console(), Qt::Key_3);
    QVERIFY(!projection->strip()->isVisible());
    // Legible on the projector itself, as full screen makes it.
    presentation->waitForAnswers();
    const QList<Legibility::Text> texts = Legibility::survey(projection);
    QVERIFY(Legibility::smallest(texts).capHeight >= 20.0 - 0.01);
    QVERIFY(Legibility::faintest(texts).contrast >= 7.0);
    QTest::keyClick(presentation->console(), Qt::Key_Escape);
    QVERIFY(!window.presentation());
}

void TestPresentationScreens::chosenScreenIsRemembered()
{
    PlanWindow window;
    window.openDemo();
    window.setScreen(screen(QStringLiteral("Laptop")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Presentation *presentation = window.present();
    // The facilitator sends the projection to the laptop's own screen (a mirrored projector).
    emit presentation->console()->screenChosen(QStringLiteral("Laptop"));
    QCOMPARE(QSettings().value(ScreenChoice::key()).toString(), QStringLiteral("Laptop"));
    QTRY_COMPARE(presentation->projection()->screen()->name(), QStringLiteral("Laptop"));
    QTest::keyClick(presentation->console(), Qt::Key_Escape);
    // The next session goes there at once.
    presentation = window.present();
    QCOMPARE(presentation->projection()->screen()->name(), QStringLiteral("Laptop"));
    QTest::keyClick(presentation->console(), Qt::Key_Escape);
    QSettings().remove(ScreenChoice::key());
}

int main(int argc, char *argv[])
{
    // Two screens side by side: a 1366x768 laptop and a 1920x1080 projector.
    QTemporaryDir folder;
    const QString config = folder.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + config.toUtf8());
    QApplication app(argc, argv);
    TestPresentationScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presentationscreens.moc"

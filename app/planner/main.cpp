#include "window/planwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LPS Planner"));
    QApplication::setOrganizationName(QStringLiteral("LPS Planner"));
    QApplication::setApplicationVersion(QStringLiteral(LPS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan a Local Public Support budget."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main",
                                "A plan to open (.lpsb or plan JSON); the demo plan if none."),
        QStringLiteral("[file]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <png> and quit."),
        QStringLiteral("png"));
    parser.addOption(screenshot);
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate(
            "main", "Open on the tier board, the charts, the years, the services or the resources "
                    "tab."),
        QStringLiteral("board|charts|years|risks|compare|services|resources"));
    parser.addOption(tab);
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QApplication::translate("main", "Show this scenario (its name or id) instead of the "
                                        "baseline."),
        QStringLiteral("name"));
    parser.addOption(scenario);
    const QCommandLineOption side(
        QStringLiteral("side"),
        QApplication::translate("main", "Bring the scenario list or the what-if controls to the "
                                        "front."),
        QStringLiteral("scenarios|whatif"));
    parser.addOption(side);
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Open the window at this size, for example 1366x768."),
        QStringLiteral("WxH"));
    parser.addOption(size);
    parser.process(app);

    lps::PlanWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.openDemo();
    window.showTab(parser.value(tab));
    if (parser.isSet(scenario))
        window.showScenario(parser.value(scenario));
    if (parser.isSet(side))
        window.showSide(parser.value(side));
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        const int width = wh.value(0).toInt(), height = wh.value(1).toInt();
        if (wh.size() != 2 || width < 320 || height < 240) {
            std::fprintf(stderr, "--size takes a width and height, such as 1366x768\n");
            return 2;
        }
        window.resize(width, height);
    }
    window.show();

    // After a crash, what was not saved is offered back (once the window is on screen).
    if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, &lps::PlanWindow::offerRecovery);
    if (parser.isSet(screenshot)) {
        // Once the allocation has arrived from the background, so the picture shows it.
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window,
                         [&window, poll, file = parser.value(screenshot)] {
                             if (window.isAllocating() || window.isAllocatingYears() ||
                                 window.isWorkingOutRisks() || window.isComparing())
                                 return;
                             poll->stop();
                             QTimer::singleShot(200, &window, [&window, file] {
                                 QApplication::exit(window.grab().save(file) ? 0 : 3);
                             });
                         });
        poll->start(50);
    }
    return QApplication::exec();
}

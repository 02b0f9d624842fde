// File > Export the councillor pack, Print and Print the councillor pack (issue 14): the pack of
// the scenario on show, worked out in the background and written whole, and the view on paper.
#include "documents/plandocument.h"
#include "pack/packrenderer.h"
#include "reports/packdialog.h"
#include "reports/packexport.h"
#include "reports/reportactions.h"
#include "window/planwindow.h"

#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

class TestReportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theFileMenuOffersThem();
    void exportsThePackOfTheScenarioOnShow_data();
    void exportsThePackOfTheScenarioOnShow();
    void aFolderThatIsNotThereSaysSo();
    void theDialogSetsAgainstTheBaseline_data();
    void theDialogSetsAgainstTheBaseline();
    void thePackIsWorkedOutForPrinting();
    void theViewPrintsOnOnePage();
    void aPackNotProvenSaysSoOnEveryPage();

private:
    QTemporaryDir m_dir;
};

void TestReportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestReportActions::theFileMenuOffersThem()
{
    PlanWindow window;
    window.openDemo();
    QStringList texts;
    QAction *print = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu() || menu->text() != QStringLiteral("&File"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            texts << action->text();
            if (action->text() == QStringLiteral("&Print\u2026"))
                print = action;
        }
    }
    QVERIFY(texts.contains(QStringLiteral("Export the &councillor pack\u2026")));
    QVERIFY(texts.contains(QStringLiteral("Print the councillor pac&k\u2026")));
    QVERIFY(texts.contains(QStringLiteral("&Import from spreadsheets\u2026")));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
}

void TestReportActions::exportsThePackOfTheScenarioOnShow_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("everyYear");
    QTest::newRow("the baseline, the year shown") << "baseline"
                                                  << "" << false;
    QTest::newRow("a cut against the baseline, every year") << "central-grant-cut"
                                                            << "baseline" << true;
}

void TestReportActions::exportsThePackOfTheScenarioOnShow()
{
    QFETCH(QString, scenario);
    QFETCH(QString, base);
    QFETCH(bool, everyYear);
    PlanWindow window;
    window.openDemo();
    window.showScenario(scenario);
    QSignalSpy finished(window.reports()->packExport(), &PackExport::finished);
    const QString path = m_dir.filePath(scenario + QStringLiteral(".pdf"));
    window.reports()->exportPack(path, base, everyYear);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Working out")));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
    const QString summary = window.statusBar()->currentMessage();
    QVERIFY2(
        summary.contains(window.plan().scenarios.at(window.plan().scenarioIndex(scenario)).name),
        qPrintable(summary));
    QVERIFY(summary.contains(everyYear ? QStringLiteral("2026/27 to 2030/31")
                                       : QStringLiteral("2026/27")));
    QCOMPARE(summary.contains(QStringLiteral("to 2030/31")), everyYear);
    QVERIFY(summary.contains(QStringLiteral("pages")));
}

void TestReportActions::aFolderThatIsNotThereSaysSo()
{
    PlanWindow window;
    window.openDemo();
    QSignalSpy finished(window.reports()->packExport(), &PackExport::finished);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/pack.pdf"));
    window.reports()->exportPack(path, QString(), false);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cannot be written")));
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("packProblem")));
}

void TestReportActions::theDialogSetsAgainstTheBaseline_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("base");
    QTest::newRow("a cut: against the baseline") << "central-grant-cut"
                                                 << "baseline";
    QTest::newRow("the baseline: against nothing") << "baseline"
                                                   << "";
}

void TestReportActions::theDialogSetsAgainstTheBaseline()
{
    QFETCH(QString, scenario);
    QFETCH(QString, base);
    PlanWindow window;
    window.openDemo();
    PackDialog dialog(window.plan(), scenario, 1);
    QCOMPARE(dialog.baseId(), base);
    QVERIFY(!dialog.everyYear());
    QCOMPARE(dialog.pageSize().id(), QPageSize::A4);
    // The scenario on show is never offered as its own base.
    const auto *bases = dialog.findChild<QComboBox *>();
    QVERIFY(bases);
    QCOMPARE(bases->findData(scenario), -1);
}

void TestReportActions::thePackIsWorkedOutForPrinting()
{
    PlanWindow window;
    window.openDemo();
    window.showScenario(QStringLiteral("central-grant-cut"));
    QSignalSpy ready(window.reports()->packExport(), &PackExport::ready);
    PackExport *pack = window.reports()->packExport();
    pack->prepare(pack->request(QStringLiteral("baseline"), false));
    QVERIFY(ready.wait(60000));
    const auto content = ready.first().at(0).value<PackContent>();
    QCOMPARE(content.scenarioName, QStringLiteral("Central grant cut by 30%"));
    QCOMPARE(content.baseName, QStringLiteral("Baseline"));
    QVERIFY(content.sections.size() >= 6);
}

void TestReportActions::theViewPrintsOnOnePage()
{
    PlanWindow window;
    window.resize(1366, 768);
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("view.pdf"));
    printer.setOutputFileName(path);
    window.reports()->printView(&printer);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // An empty page is about a kilobyte; the board, its cards and their words are far more.
    QVERIFY2(pdf.size() > 20000, qPrintable(QString::number(pdf.size())));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             1);
}

void TestReportActions::aPackNotProvenSaysSoOnEveryPage()
{
    PackContent pack;
    pack.planName = QStringLiteral("Eastbrook");
    pack.proven = false;
    pack.proof << QStringLiteral(
        "2026/27 Could: at most \u00a312.34 (0.01%) below the best possible");
    // A header long enough to need shortening: the warning must still be there, whole.
    pack.runningHeader = QStringLiteral("Eastbrook District Council Medium Term Financial Strategy "
                                        "2026/27 to 2030/31 \u2014 A very long scenario name "
                                        "indeed \u2014 2026/27 to 2030/31");
    for (int s = 0; s < 3; ++s) {
        PackSection section;
        section.title = QStringLiteral("Section %1").arg(s);
        section.paragraph(QStringLiteral("Words."));
        pack.sections << section;
    }
    const QString path = m_dir.filePath(QStringLiteral("unproven.pdf"));
    int pages = 0;
    QCOMPARE(PackRenderer::writePdf(pack, path, QPageSize(QPageSize::A4), &pages), QString());
    QCOMPARE(pages, 4);
    for (int page = 1; page <= pages; ++page) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                    QString::number(page), QStringLiteral("-l"), QString::number(page), path,
                    QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0,
                 "is poppler-utils installed?");
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QStringLiteral("NOT PROVEN OPTIMAL: see the cover")),
                 qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("Eastbrook District Council")));
    }
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"

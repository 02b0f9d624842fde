#include "clifixtures.h"
#include "reports/evaluation.h"

#include <QRegularExpression>

using namespace lps;
using namespace lps::clifixtures;

namespace {

// A poppler tool's output (Debian's poppler-utils, which scripts/dev installs).
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s %s failed: is poppler-utils installed?", qPrintable(tool),
               qPrintable(arguments.join(u' ')));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The words of a PDF with every run of white space as one space, as a reader sees them.
QString wordsOf(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    const QString text =
        poppler(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
    return text.simplified();
}

QString infoOf(const QString &pdf, const QString &field)
{
    const QString info = poppler(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

} // namespace

/// `lps report`: the councillor pack as a PDF whose words hold the settled figures.
class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packHoldsTheFiguresAndConsequences_data();
    void packHoldsTheFiguresAndConsequences();
    void everyPageHasItsHeaderAndNumber();
    void chartsAreVector();
    void letterPaper();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.lpsb"));
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), m_demo}).code, 0);
}

void TestCliReport::packHoldsTheFiguresAndConsequences_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("year");
    QTest::newRow("the demo's baseline") << QStringLiteral("baseline") << 0;
    QTest::newRow("a grant cut in 2027/28") << QStringLiteral("Central grant cut by 30%") << 1;
}

void TestCliReport::packHoldsTheFiguresAndConsequences()
{
    QFETCH(QString, scenario);
    QFETCH(int, year);
    const QString pdf = m_dir.filePath(QStringLiteral("pack-%1.pdf").arg(year));
    const Run run = runLps({QStringLiteral("report"), m_demo, QStringLiteral("--scenario"),
                            scenario, QStringLiteral("--year"), QString::number(2026 + year),
                            QStringLiteral("--out"), pdf});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains("pages"));
    const QString words = wordsOf(pdf);
    const Plan plan = DemoPlan::plan();
    const QString id =
        scenario == QLatin1String("baseline") ? scenario : QStringLiteral("central-grant-cut");
    const Evaluation expected = Evaluation::of(plan, id, {year});
    const YearResult &result = expected.years.first();
    for (const TierOutcome &tier : result.tiers) {
        QVERIFY(words.contains(tier.cost.formatted(plan.currency)));
        QVERIFY(words.contains(tier.funded.formatted(plan.currency)));
        QVERIFY(words.contains(tier.gap.formatted(plan.currency)));
    }
    int short_ = 0;
    for (const ServiceOutcome &service : result.services) {
        if (service.status != FundingStatus::Partial && service.status != FundingStatus::Unfunded)
            continue;
        ++short_;
        const Service &planned = plan.services.at(plan.serviceIndex(service.id));
        QVERIFY2(words.contains(planned.consequence.simplified()), qPrintable(planned.name));
    }
    QVERIFY(short_ > 0);
    QVERIFY(words.contains(plan.yearLabel(year)));
    QVERIFY(words.contains(QStringLiteral("proven optimal")));
    if (id != QLatin1String("baseline"))
        QVERIFY(words.contains(QStringLiteral("Against Baseline")));
    const int pages = infoOf(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 6 && pages <= 40, qPrintable(QString::number(pages)));
}

void TestCliReport::everyPageHasItsHeaderAndNumber()
{
    const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
    QCOMPARE(runLps({QStringLiteral("report"), m_demo, QStringLiteral("--scenario"),
                     QStringLiteral("central-grant-cut"), QStringLiteral("--years"),
                     QStringLiteral("all"), QStringLiteral("--out"), pdf})
                 .code,
             0);
    const int pages = infoOf(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pages > 10);
    const QString header = QStringLiteral("Eastbrook District 2026-31 \u2014 Central grant cut by "
                                          "30% \u2014 2026/27 to 2030/31");
    static const QRegularExpression prepared(
        QStringLiteral("Prepared \\d+ \\w+ \\d{4} with LPS Planner"));
    for (int page = 1; page <= pages; ++page) {
        QString words = wordsOf(pdf, page);
        const QString number = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
        QVERIFY2(words.contains(number), qPrintable(QString::number(page)));
        QVERIFY(words.contains(header));
        // What the page is for: never a heading left alone on a page of its own.
        words.remove(header).remove(number).remove(prepared);
        QVERIFY2(words.simplified().split(u' ').size() > 8,
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(words.simplified())));
    }
    // Every service's cost in every year, whole: a figure is never wrapped in two.
    const QString all = wordsOf(pdf);
    const Plan plan = DemoPlan::plan();
    for (const Service &service : plan.services) {
        for (int year = 0; year < plan.years; ++year) {
            const QString cost =
                service.costInYear(year, plan.costInflation).formatted(plan.currency);
            QVERIFY2(all.contains(cost), qPrintable(service.name + u' ' + cost));
        }
    }
    QCOMPARE(infoOf(pdf, QStringLiteral("Page size")).section(u' ', 0, 2),
             QStringLiteral("595 x 842"));
}

void TestCliReport::chartsAreVector()
{
    const QString pdf = m_dir.filePath(QStringLiteral("vector.pdf"));
    QCOMPARE(runLps({QStringLiteral("report"), m_demo, QStringLiteral("--scenario"),
                     QStringLiteral("central-grant-cut"), QStringLiteral("--out"), pdf})
                 .code,
             0);
    // pdfimages lists a header of two lines and then one line per picture: there is none.
    const QStringList images = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
    QVERIFY(wordsOf(pdf).contains(QStringLiteral("How the funding changed, by sector")));
}

void TestCliReport::letterPaper()
{
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    QCOMPARE(runLps({QStringLiteral("report"), m_demo, QStringLiteral("--paper"),
                     QStringLiteral("Letter"), QStringLiteral("--out"), pdf})
                 .code,
             0);
    QCOMPARE(infoOf(pdf, QStringLiteral("Page size")).section(u' ', 0, 2),
             QStringLiteral("612 x 792"));
}

void TestCliReport::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QString out = QStringLiteral("--out");
    const QString pdf = QStringLiteral("pack.pdf");
    QTest::newRow("no --out") << QStringList{} << 2 << QStringLiteral("--out pack.pdf");
    QTest::newRow("--years 3") << QStringList{QStringLiteral("--years"), QStringLiteral("3"), out,
                                              pdf}
                               << 2 << QStringLiteral("--years takes \"all\"");
    QTest::newRow("--year and --years") << QStringList{QStringLiteral("--year"),
                                                       QStringLiteral("2027"),
                                                       QStringLiteral("--years"),
                                                       QStringLiteral("all"),
                                                       out,
                                                       pdf}
                                        << 2 << QStringLiteral("not both");
    QTest::newRow("a year outside the plan")
        << QStringList{QStringLiteral("--year"), QStringLiteral("2040"), out, pdf} << 2
        << QStringLiteral("not a year of this plan");
    QTest::newRow("A3") << QStringList{QStringLiteral("--paper"), QStringLiteral("a3"), out, pdf}
                        << 2 << QStringLiteral("a4 or letter");
    QTest::newRow("no such scenario")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("nope"), out, pdf} << 2
        << QStringLiteral("no scenario \"nope\"");
    QTest::newRow("a folder that does not exist")
        << QStringList{out, QStringLiteral("no/such/folder/pack.pdf")} << 3
        << QStringLiteral("cannot be written");
}

void TestCliReport::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, says);
    QDir::setCurrent(m_dir.path());
    const Run run = runLps(QStringList{QStringLiteral("report"), m_demo} + arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pack.pdf"))));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"

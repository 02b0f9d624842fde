#include "bigplan.h"
#include "storage/planfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lps;

// Kills a process that saves two large plans in turn, at moments spread over whole saves, and
// checks after every kill that the file is one of the two plans, whole.
class TestAtomicSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesAreLargeEnoughToInterrupt();
    void aKilledSaveLeavesAWholeFile_data();
    void aKilledSaveLeavesAWholeFile();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Plan m_a;
    Plan m_b;
    int m_sawA = 0;
    int m_sawB = 0;
    int m_completedSaves = 0;
};

void TestAtomicSave::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(LPS_SAVELOOP)).isExecutable(), LPS_SAVELOOP);
    m_path = m_dir.filePath(QStringLiteral("budget.lpsb"));
    m_a = test::bigPlanA();
    m_b = test::bigPlanB();
    QVERIFY(m_a != m_b);
    // The helper's first save is B, so a file that is still A was never touched.
    QVERIFY(PlanFile::save(m_a, m_path).ok());
}

void TestAtomicSave::savesAreLargeEnoughToInterrupt()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(PlanFile::save(m_b, m_dir.filePath(QStringLiteral("timing.lpsb"))).ok());
    const qint64 elapsed = timer.elapsed();
    const qint64 size = QFileInfo(m_dir.filePath(QStringLiteral("timing.lpsb"))).size();
    qInfo("one save of %lld bytes took %lld ms", size, elapsed);
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("timing.lpsb"))));
    QVERIFY(size > 2 * 1024 * 1024);
    QVERIFY(PlanFile::serialize(m_a).size() > 2 * 1024 * 1024);
}

void TestAtomicSave::aKilledSaveLeavesAWholeFile_data()
{
    QTest::addColumn<int>("delay");
    constexpr int kRuns = 40;
    for (int run = 0; run < kRuns; ++run) {
        const int delay = 5 + run * (300 - 5) / (kRuns - 1);
        QTest::addRow("killed after %d ms", delay) << delay;
    }
}

void TestAtomicSave::aKilledSaveLeavesAWholeFile()
{
    QFETCH(int, delay);
    QProcess saver;
    saver.start(QStringLiteral(LPS_SAVELOOP), {m_path});
    QVERIFY2(saver.waitForStarted(10000), qPrintable(saver.errorString()));
    QVERIFY2(saver.waitForReadyRead(30000), "the helper never became ready");
    QThread::msleep(ulong(delay));
    saver.kill(); // SIGKILL: no destructor, no cleanup, as in a crash or a power cut
    QVERIFY(saver.waitForFinished(10000));
    const QByteArray output = saver.readAllStandardOutput();
    QVERIFY2(saver.exitStatus() == QProcess::CrashExit,
             qPrintable(QStringLiteral("the helper stopped by itself: %1")
                            .arg(QString::fromLocal8Bit(saver.readAllStandardError()))));
    m_completedSaves += int(output.count("saved\n"));

    const PlanFileResult loaded = PlanFile::load(m_path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    const bool isA = *loaded.plan == m_a;
    const bool isB = *loaded.plan == m_b;
    QVERIFY2(isA || isB, "the file holds neither of the plans saved");
    m_sawA += isA ? 1 : 0;
    m_sawB += isB ? 1 : 0;
}

void TestAtomicSave::cleanupTestCase()
{
    qInfo("%d saves completed in all; the file held plan A %d times and plan B %d times",
          m_completedSaves, m_sawA, m_sawB);
    // Otherwise the kills all landed before the first save began, and proved nothing.
    QVERIFY(m_completedSaves > 0);
    QVERIFY(m_sawB > 0);
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"

#include "live/latestjob.h"

#include <QTest>

#include <atomic>

using namespace lps;

/// One job at a time, the newest first: requests that come faster than jobs finish do not pile
/// up; only the running job and the newest waiting one are ever done.
class TestLatestJob : public QObject
{
    Q_OBJECT

private slots:
    void aBurstRunsTheFirstAndTheLast();
    void droppedWaitingJobNeverRuns();
};

void TestLatestJob::aBurstRunsTheFirstAndTheLast()
{
    LatestJob job;
    std::atomic<int> runs{0};
    std::atomic<int> last{-1};
    for (int i = 0; i < 20; ++i) {
        job.run([&runs, &last, i] {
            QThread::msleep(50);
            ++runs;
            last = i;
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(!job.isBusy(), 5000);
    QCOMPARE(runs.load(), 2);
    QCOMPARE(last.load(), 19);
}

void TestLatestJob::droppedWaitingJobNeverRuns()
{
    LatestJob job;
    std::atomic<int> runs{0};
    job.run([&runs] {
        QThread::msleep(50);
        ++runs;
    });
    job.run([&runs] { runs += 100; });
    job.dropWaiting();
    QTRY_VERIFY_WITH_TIMEOUT(!job.isBusy(), 5000);
    QCOMPARE(runs.load(), 1);
}

QTEST_GUILESS_MAIN(TestLatestJob)
#include "tst_latestjob.moc"

#include "demo/demoplan.h"
#include "mockclock.h"
#include "plangenerator.h"
#include "recovery/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

/// RecoveryStore: what is kept comes back whole, discarding removes it, and a damaged copy
/// never stops the others from coming back.
class TestRecoveryStore : public QObject
{
    Q_OBJECT

private slots:
    void keepsAndGivesBack();
    void discardRemovesEverything();
    void damagedCopiesAreLeftOut();
};

void TestRecoveryStore::keepsAndGivesBack()
{
    test::MockClock clock;
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    QVERIFY(store.entries().isEmpty());
    QVERIFY(
        store.keep(QStringLiteral("a"), DemoPlan::plan(), QStringLiteral("/plans/eastbrook.lpsb")));
    clock.advanceSeconds(60); // a later moment, so that the order is known
    QVERIFY(store.keep(QStringLiteral("b"), test::samplePlan(), QString()));
    // Keeping again replaces, it does not add, and makes it the newest.
    clock.advanceSeconds(60);
    QVERIFY(
        store.keep(QStringLiteral("a"), DemoPlan::plan(), QStringLiteral("/plans/eastbrook.lpsb")));
    const QList<RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).key, QStringLiteral("b"));
    QCOMPARE(entries.at(0).plan, test::samplePlan());
    QCOMPARE(entries.at(0).originalPath, QString());
    QCOMPARE(entries.at(1).plan, DemoPlan::plan());
    QCOMPARE(entries.at(1).originalPath, QStringLiteral("/plans/eastbrook.lpsb"));
    QCOMPARE(entries.at(1).savedAt, clock.currentDateTimeUtc());
    QCOMPARE(entries.at(0).savedAt, clock.currentDateTimeUtc().addSecs(-60));
}

void TestRecoveryStore::discardRemovesEverything()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    QVERIFY(store.keep(QStringLiteral("a"), DemoPlan::plan(), QString()));
    store.discard(QStringLiteral("a"));
    QVERIFY(store.entries().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestRecoveryStore::damagedCopiesAreLeftOut()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    QVERIFY(store.keep(QStringLiteral("good"), DemoPlan::plan(), QString()));
    QVERIFY(store.keep(QStringLiteral("bad"), test::samplePlan(), QString()));
    QFile copy(QDir(dir.path()).filePath(QStringLiteral("bad.lpsb")));
    QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
    copy.write("not a plan at all");
    copy.close();
    const QList<RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, QStringLiteral("good"));
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"

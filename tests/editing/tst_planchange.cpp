// What changed between two plans, part by part and row by row: what the table models replay.
#include "changes/planchange.h"
#include "demo/demoplan.h"
#include "editing/planedits.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lps;

namespace {

struct Item
{
    QString id;
    int value = 0;
    bool operator==(const Item &) const = default;
};

QList<Item> items(const QString &ids)
{
    QList<Item> list;
    for (const QChar id : ids)
        list << Item{QString(id), 0};
    return list;
}

// What a table model does with a ListChange: removals bottom up, insertions top down, then the
// changed rows take their new values. It must end at `after`.
QList<Item> replay(QList<Item> rows, const ListChange &change, const QList<Item> &after)
{
    for (qsizetype i = change.removed.size() - 1; i >= 0; --i)
        rows.removeAt(change.removed[i]);
    for (const qsizetype row : change.inserted)
        rows.insert(row, after[row]);
    for (const qsizetype row : change.changed)
        rows[row] = after[row];
    return rows;
}

} // namespace

class TestPlanChange : public QObject
{
    Q_OBJECT

private slots:
    void listChanges_data();
    void listChanges();
    void replaysToTheNewList();
    void namesThePartsOfAPlanThatChanged();
    void repeatedIdsStartAfresh();
};

void TestPlanChange::listChanges_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<qsizetype>>("removed");
    QTest::addColumn<QList<qsizetype>>("inserted");
    QTest::addColumn<bool>("reordered");
    using Rows = QList<qsizetype>;
    QTest::newRow("same") << "abc"
                          << "abc" << Rows{} << Rows{} << false;
    QTest::newRow("one removed") << "abcd"
                                 << "abd" << Rows{2} << Rows{} << false;
    QTest::newRow("one added at the end") << "abc"
                                          << "abcd" << Rows{} << Rows{3} << false;
    QTest::newRow("undo of a removal") << "abd"
                                       << "abcd" << Rows{} << Rows{2} << false;
    QTest::newRow("two removed, one added") << "abcde"
                                            << "axce" << Rows{1, 3} << Rows{1} << false;
    QTest::newRow("all replaced") << "ab"
                                  << "xyz" << Rows{0, 1} << Rows{0, 1, 2} << false;
    QTest::newRow("swapped") << "abc"
                             << "acb" << Rows{} << Rows{} << true;
    QTest::newRow("emptied") << "abc"
                             << "" << Rows{0, 1, 2} << Rows{} << false;
}

void TestPlanChange::listChanges()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const ListChange change = ListChange::between(items(before), items(after));
    QTEST(change.removed, "removed");
    QTEST(change.inserted, "inserted");
    QTEST(change.reordered, "reordered");
    QVERIFY(change.changed.isEmpty());
    QCOMPARE(change.isEmpty(), before == after);
}

// Random edits of random lists: whatever happened, the change replays to the new list.
void TestPlanChange::replaysToTheNewList()
{
    QRandomGenerator random(12);
    for (int round = 0; round < 500; ++round) {
        QList<Item> before;
        for (int i = 0; i < random.bounded(8); ++i)
            before << Item{QString::number(i), random.bounded(3)};
        QList<Item> after = before;
        for (int step = 0; step < random.bounded(4); ++step) {
            const int what = random.bounded(3);
            if (what == 0 && !after.isEmpty())
                after.removeAt(random.bounded(int(after.size())));
            else if (what == 1)
                after.insert(random.bounded(int(after.size()) + 1),
                             Item{QStringLiteral("n%1").arg(step), 0});
            else if (!after.isEmpty())
                after[random.bounded(int(after.size()))].value += 1;
        }
        const ListChange change = ListChange::between(before, after);
        QVERIFY(!change.reordered);
        QCOMPARE(replay(before, change, after), after);
    }
}

void TestPlanChange::namesThePartsOfAPlanThatChanged()
{
    const Plan demo = DemoPlan::plan();
    QVERIFY(PlanChange::between(demo, demo).isEmpty());

    Plan renamed = demo;
    renamed.name = QStringLiteral("Eastbrook, revised");
    PlanChange change = PlanChange::between(demo, renamed);
    QVERIFY(change.settings);
    QVERIFY(!change.years);
    QVERIFY(change.services.isEmpty() && change.resources.isEmpty());

    Plan longer = demo;
    longer.years += 1;
    QVERIFY(PlanChange::between(demo, longer).years);

    const PlanEdit removal = PlanEdits::removeServices(demo, {demo.services[3].id});
    QVERIFY2(removal.ok(), qPrintable(removal.problem));
    change = PlanChange::between(demo, removal.plan);
    QCOMPARE(change.services.removed, QList<qsizetype>{3});
    QVERIFY(!change.settings);
    // Undo is the same change the other way round.
    QCOMPARE(PlanChange::between(removal.plan, demo).services.inserted, QList<qsizetype>{3});

    Plan cheaper = demo;
    cheaper.services[1].cost = YearlyAmounts::single(100);
    QCOMPARE(PlanChange::between(demo, cheaper).services.changed, QList<qsizetype>{1});
    QVERIFY(PlanChange::replacement().replaced);
}

// Never in a valid plan, but a model must not go wrong on them: they reset it.
void TestPlanChange::repeatedIdsStartAfresh()
{
    QVERIFY(
        ListChange::between(items(QStringLiteral("abc")), items(QStringLiteral("abb"))).reordered);
    QVERIFY(
        ListChange::between(items(QStringLiteral("aab")), items(QStringLiteral("ab"))).reordered);
    // A list that still shares its data with the other is the same list.
    const QList<Item> shared = items(QStringLiteral("abcdef"));
    QVERIFY(ListChange::between(shared, QList<Item>(shared)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanChange)
#include "tst_planchange.moc"

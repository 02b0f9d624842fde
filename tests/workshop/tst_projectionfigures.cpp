// ProjectionFigures and SpokenMoney: what the room is told about an answer, in words and
// rounded money, and which services it sees first.

#include "demo/demoplan.h"
#include "reports/evaluation.h"
#include "workshop/projectionfigures.h"
#include "workshop/spokenmoney.h"
#include "workshop/workshopsession.h"

#include <QTest>

using namespace lps;

class TestProjectionFigures : public QObject
{
    Q_OBJECT

private slots:
    void spokenMoney_data();
    void spokenMoney();
    void briefMoney_data();
    void briefMoney();
    void baselineHeadline();
    void cardsShowChangesFirst();
    void againstTheBaseline();
    void tierFiguresReconcile();
};

void TestProjectionFigures::spokenMoney_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("millions, two decimals") << qint64(156'000'000) << "GBP"
                                            << "£1.56 million";
    QTest::newRow("no trailing zeros") << qint64(120'000'000) << "GBP"
                                       << "£1.2 million";
    QTest::newRow("a round million") << qint64(100'000'000) << "GBP"
                                     << "£1 million";
    QTest::newRow("tens of millions") << qint64(2'853'000'000) << "GBP"
                                      << "£28.5 million";
    QTest::newRow("hundreds of millions") << qint64(41'260'000'000) << "EUR"
                                          << "€413 million";
    QTest::newRow("thousands rounded") << qint64(34'049'900) << "GBP"
                                       << "£340,000";
    QTest::newRow("nearest thousand") << qint64(1'250'075) << "GBP"
                                      << "£13,000";
    QTest::newRow("to the nearest pound") << qint64(950'050) << "GBP"
                                          << "£9,501";
    QTest::newRow("just under a million") << qint64(99'960'000) << "GBP"
                                          << "£1 million";
    QTest::newRow("just under ten million") << qint64(999'600'000) << "GBP"
                                            << "£10 million";
    QTest::newRow("negative") << qint64(-64'833'333) << "GBP"
                              << "\u2212£648,000";
    QTest::newRow("an ISO code") << qint64(150'000'000) << "CHF"
                                 << "CHF 1.5 million";
}

void TestProjectionFigures::spokenMoney()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(SpokenMoney::of(Money::fromMinor(minor), currency), expected);
}

void TestProjectionFigures::briefMoney_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("millions") << qint64(156'000'000) << "£1.56m";
    QTest::newRow("thousands") << qint64(34'049'900) << "£340k";
    QTest::newRow("a million thousand") << qint64(1'000'000'00) << "£1m";
    QTest::newRow("small stays whole") << qint64(950'049) << "£9,500";
    QTest::newRow("just under a million") << qint64(99'960'000) << "£1m";
    QTest::newRow("under ten thousand") << qint64(900'000) << "£9,000";
}

void TestProjectionFigures::briefMoney()
{
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QCOMPARE(SpokenMoney::brief(Money::fromMinor(minor), QStringLiteral("GBP")), expected);
}

void TestProjectionFigures::baselineHeadline()
{
    const Plan plan = DemoPlan::plan();
    const Evaluation now = Evaluation::of(plan, QStringLiteral("baseline"), {0});
    const ProjectionFigures figures = ProjectionFigures::of(plan, now, nullptr, QString());
    // lps evaluate on the demo: need £1,560,000.00 short with one partial service, could
    // £1,615,000.00 short with five partial and three unfunded.
    QCOMPARE(figures.headline, QStringLiteral("Must: fully funded. Need: £1.56 million short, 1 "
                                              "part-funded. Could: £1.62 million short, 5 "
                                              "part-funded, 3 unfunded."));
    QCOMPARE(figures.tiers[0].figure, QStringLiteral("Fully funded"));
    QCOMPARE(figures.tiers[1].figure, QStringLiteral("£1.56 million short"));
    QVERIFY(figures.againstReference.isEmpty());
    QVERIFY(figures.settled);
}

void TestProjectionFigures::cardsShowChangesFirst()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    const Evaluation base = Evaluation::of(session.planWithLive(), session.liveId(), {0});
    session.choose(7); // leisure centres decommissioned
    session.toggle();
    const Evaluation now = Evaluation::of(session.planWithLive(), session.liveId(), {0});
    const ProjectionFigures figures =
        ProjectionFigures::of(session.plan(), now, &base, QStringLiteral("the baseline"));
    const QList<ProjectionFigures::Card> &need = figures.tiers[1].cards;
    QCOMPARE(need.size(), 12);
    QCOMPARE(need.first().id, QStringLiteral("leisure-centres"));
    QVERIFY(need.first().changed());
    QCOMPARE(need.first().status, FundingStatus::Decommissioned);
    // Then the unchanged ones, the least funded first.
    for (qsizetype i = 1; i + 1 < need.size(); ++i)
        QVERIFY(need[i].changed() || int(need[i].status) >= int(need[i + 1].status) ||
                need[i + 1].status == FundingStatus::Funded);
    QCOMPARE(need.last().status, FundingStatus::Funded);
}

void TestProjectionFigures::againstTheBaseline()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    const Evaluation base = Evaluation::of(session.planWithLive(), session.liveId(), {0});
    session.choose(2); // business rates at half
    session.step(-10);
    const Evaluation now = Evaluation::of(session.planWithLive(), session.liveId(), {0});
    const ProjectionFigures figures =
        ProjectionFigures::of(session.plan(), now, &base, QStringLiteral("the baseline"));
    QVERIFY(!figures.changes.isEmpty());
    QVERIFY2(figures.againstReference.startsWith(QStringLiteral("Against the baseline: ")),
             qPrintable(figures.againstReference));
    QVERIFY(figures.againstReference.contains(QStringLiteral("more short")));
    QVERIFY(figures.againstReference.contains(QStringLiteral("lose funding")));
    for (const ProjectionFigures::StatusChange &change : figures.changes) {
        QVERIFY(change.from != change.to);
        QVERIFY2(!change.consequence.isEmpty(), qPrintable(change.id)); // the demo has them all
        QVERIFY(change.words().startsWith(change.name + QStringLiteral(": ")));
    }
    // The same answer against itself says so.
    const ProjectionFigures same =
        ProjectionFigures::of(session.plan(), base, &base, QStringLiteral("the baseline"));
    QCOMPARE(same.againstReference, QStringLiteral("The same as the baseline."));
}

void TestProjectionFigures::tierFiguresReconcile()
{
    const Plan plan = DemoPlan::plan();
    const Evaluation now = Evaluation::of(plan, QStringLiteral("central-grant-cut"), {0});
    const ProjectionFigures figures = ProjectionFigures::of(plan, now, nullptr, QString());
    for (const ProjectionFigures::TierFigures &tier : figures.tiers) {
        Money cost, funded;
        for (const ProjectionFigures::Card &card : tier.cards) {
            cost += card.cost;
            funded += card.funded;
        }
        QCOMPARE(cost, tier.cost);
        QCOMPARE(funded, tier.funded);
        QCOMPARE(tier.cost - tier.funded, tier.gap);
        QCOMPARE(tier.cards.size(), tier.fundedCount + tier.partialCount + tier.unfundedCount +
                                        tier.decommissionedCount);
    }
}

QTEST_GUILESS_MAIN(TestProjectionFigures)
#include "tst_projectionfigures.moc"

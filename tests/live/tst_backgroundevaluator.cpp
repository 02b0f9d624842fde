#include "demo/demoplan.h"
#include "live/backgroundevaluator.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

using namespace lps;

/// BackgroundEvaluator: answers come from another thread, newest request first, and an answer
/// that is no longer the newest is never delivered.
class TestBackgroundEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void answersWhatTheEngineAnswers();
    void theAskingThreadKeepsWorking();
    void onlyTheNewestRequestIsAnswered();
    void aFirstAnswerComesBeforeTheSettledOne();
};

namespace {

struct Answer
{
    quint64 request = 0;
    Evaluation evaluation;
};

} // namespace

void TestBackgroundEvaluator::answersWhatTheEngineAnswers()
{
    const Plan plan = DemoPlan::plan();
    BackgroundEvaluator evaluator;
    QList<Answer> answers;
    connect(&evaluator, &BackgroundEvaluator::evaluated,
            [&answers](quint64 request, const Evaluation &evaluation) {
                answers << Answer{request, evaluation};
            });
    const quint64 number = evaluator.request(plan, QStringLiteral("provider-failure"), 2);
    QVERIFY(evaluator.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 30000);
    QVERIFY(!evaluator.isBusy());
    QCOMPARE(answers.first().request, number);
    const Evaluation direct = Evaluation::of(plan, QStringLiteral("provider-failure"), {2});
    QCOMPARE(answers.first().evaluation.scenarioId, QStringLiteral("provider-failure"));
    QCOMPARE(answers.first().evaluation.years.size(), 1);
    QCOMPARE(answers.first().evaluation.years.first().allocation, direct.years.first().allocation);
    QCOMPARE(answers.first().evaluation.years.first().calendarYear, plan.firstYear + 2);
    // The explanations come worked out, so the window does no more than show them.
    Evaluation explained = direct;
    explained.explainShortfalls();
    QVERIFY(!explained.shortfalls.value(0).isEmpty());
    QCOMPARE(answers.first().evaluation.shortfalls, explained.shortfalls);
}

void TestBackgroundEvaluator::theAskingThreadKeepsWorking()
{
    // request() only posts the work: it returns at once, the asking thread goes on with its own
    // work, and the answer arrives through its event loop, never in the middle of that work.
    const Plan plan = DemoPlan::plan();
    BackgroundEvaluator evaluator;
    QStringList order;
    connect(&evaluator, &BackgroundEvaluator::evaluated,
            [&order] { order << QStringLiteral("answer"); });
    evaluator.request(plan, QStringLiteral("baseline"), 4);
    order << QStringLiteral("own work");
    evaluator.waitForWorker(); // the answer is sent, and waits for this thread's event loop
    order << QStringLiteral("more own work");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 30000);
    QCOMPARE(order, (QStringList{QStringLiteral("own work"), QStringLiteral("more own work"),
                                 QStringLiteral("answer")}));
}

void TestBackgroundEvaluator::onlyTheNewestRequestIsAnswered()
{
    const Plan plan = DemoPlan::plan();
    BackgroundEvaluator evaluator;
    QList<Answer> answers;
    connect(&evaluator, &BackgroundEvaluator::evaluated,
            [&answers](quint64 request, const Evaluation &evaluation) {
                answers << Answer{request, evaluation};
            });
    // A slider dragged across the years and scenarios: twenty requests in a row.
    quint64 last = 0;
    for (int step = 0; step < 20; ++step)
        last = evaluator.request(
            plan, step % 2 ? QStringLiteral("baseline") : QStringLiteral("provider-failure"),
            step % plan.years);
    QTRY_VERIFY_WITH_TIMEOUT(!evaluator.isBusy(), 30000);
    // Let anything still in flight arrive: it must not be shown.
    evaluator.waitForWorker();
    QCoreApplication::sendPostedEvents();
    // The newest request alone is answered: a first answer and the settled one where an earlier
    // request of the same scenario and year got as far as solving, the settled one alone if not.
    QVERIFY(!answers.isEmpty() && answers.size() <= 2);
    for (const Answer &answer : std::as_const(answers))
        QCOMPARE(answer.request, last);
    QVERIFY(answers.last().evaluation.isSettled());
    QCOMPARE(answers.first().evaluation.scenarioId, QStringLiteral("baseline"));
    QCOMPARE(answers.first().evaluation.years.first().calendarYear,
             plan.firstYear + 19 % plan.years);
}

void TestBackgroundEvaluator::aFirstAnswerComesBeforeTheSettledOne()
{
    Plan plan = DemoPlan::plan();
    BackgroundEvaluator evaluator;
    QList<Answer> answers;
    connect(&evaluator, &BackgroundEvaluator::evaluated,
            [&answers](quint64 request, const Evaluation &evaluation) {
                answers << Answer{request, evaluation};
            });
    const QString scenario = QStringLiteral("provider-failure");
    evaluator.request(plan, scenario, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!evaluator.isBusy(), 30000);
    QCOMPARE(answers.size(), 1);
    QVERIFY(answers.first().evaluation.isSettled()); // nothing learnt yet: settled at once
    // The same scenario and year after a change: a first answer, then the settled one.
    Resource &largest = plan.resources.first();
    largest.amount = YearlyAmounts::single(largest.amountInYear(0) / 2);
    answers.clear();
    const quint64 number = evaluator.request(plan, scenario, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!evaluator.isBusy(), 30000);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).request, number);
    QVERIFY(!answers.at(0).evaluation.isSettled());
    QVERIFY(!answers.at(0).evaluation.shortfalls.isEmpty()); // explained like any other
    QVERIFY(answers.at(1).evaluation.isSettled());
    // The settled answer is the cold one, to the last field.
    QVERIFY(answers.at(1).evaluation.years == Evaluation::of(plan, scenario, {1}).years);
}

QTEST_GUILESS_MAIN(TestBackgroundEvaluator)
#include "tst_backgroundevaluator.moc"

// AnswerNote and the views that carry it: an answer that is not proven optimal says so with its
// gap in money on the board, the charts, the years, the risks and the comparison; a first answer
// says it is one; a settled optimum says nothing; and "updating" keeps what is said.

#include "answers/answernote.h"
#include "board/tierboard.h"
#include "charts/fundingcharts.h"
#include "charts/yearschart.h"
#include "compare/compareview.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "whatif/risksview.h"

#include <QTest>

using namespace lps;

class TestAnswerNote : public QObject
{
    Q_OBJECT

private slots:
    void wording_data();
    void wording();
    void everyViewSaysIt();
};

namespace {

// The demo's baseline with its first year made a first answer, or not proven, with a need gap.
Evaluation demo(bool settled, bool optimal, int years = 1)
{
    QList<int> indices;
    for (int y = 0; y < years; ++y)
        indices << y;
    Evaluation evaluation = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"), indices);
    YearResult &year = evaluation.years.last();
    year.settled = settled;
    year.optimal = optimal;
    if (!optimal) {
        year.stopped = settled ? SearchStop::WorkLimit : SearchStop::None;
        year.gaps[1].gap = Money::fromMinor(1'234'567);
        year.gaps[1].bound = year.tiers[1].funded + year.gaps[1].gap;
        year.gaps[1].relative = 0.0125;
    }
    return evaluation;
}

} // namespace

void TestAnswerNote::wording_data()
{
    QTest::addColumn<Evaluation>("evaluation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("settled optimum") << demo(true, true) << QString();
    QTest::newRow("first answer, proven")
        << demo(false, true) << QStringLiteral("First answer, proven optimal; settling…");
    QTest::newRow("first answer with a gap")
        << demo(false, false)
        << QStringLiteral("First answer: Need: at most £12,345.67 (1.25%) below the best possible; "
                          "the settled answer follows.");
    QTest::newRow("settled, stopped")
        << demo(true, false)
        << QStringLiteral("Not proven optimal: Need: at most £12,345.67 (1.25%) below the best "
                          "possible; the search stopped at its work limit.");
    QTest::newRow("one year of three")
        << demo(true, false, 3)
        << QStringLiteral("Not proven optimal: Need: at most £12,345.67 (1.25%) below the best "
                          "possible; the search stopped at its work limit (1 of 3 years; the "
                          "largest gap is in 2028/29).");
}

void TestAnswerNote::wording()
{
    QFETCH(Evaluation, evaluation);
    QFETCH(QString, expected);
    QCOMPARE(AnswerNote::about(evaluation), expected);
    AnswerNote note;
    note.setEvaluation(evaluation);
    QCOMPARE(note.text(), expected);
    note.setUpdating();
    QVERIFY(note.text().startsWith(QStringLiteral("Updating…")));
    QVERIFY(note.text().endsWith(expected));
}

void TestAnswerNote::everyViewSaysIt()
{
    const Evaluation unproven = demo(true, false);
    const QString gap = QStringLiteral("£12,345.67");
    PlanDocument document;
    document.reset(DemoPlan::plan(), QString());
    TierBoard board(&document);
    board.setEvaluation(unproven);
    QVERIFY2(board.answerNote().contains(gap), qPrintable(board.answerNote()));
    FundingCharts charts;
    charts.setEvaluation(unproven);
    QVERIFY2(charts.answerNote().contains(gap), qPrintable(charts.answerNote()));
    YearsChart years;
    years.setEvaluation(demo(true, false, 3));
    QVERIFY2(years.answerNote().contains(gap), qPrintable(years.answerNote()));
    RisksView risks;
    risks.setEvaluation(unproven);
    QVERIFY2(risks.answerNote().contains(gap), qPrintable(risks.answerNote()));
    risks.cancel();
    // The board keeps its cards and figures while a newer answer comes.
    const QString header = board.header(Tier::Need);
    document.setYearIndex(1);
    QCOMPARE(board.header(Tier::Need), header);
    QVERIFY(board.answerNote().startsWith(QStringLiteral("Updating…")));
}

QTEST_MAIN(TestAnswerNote)
#include "tst_answernote.moc"

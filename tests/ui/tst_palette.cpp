// One palette with one meaning: no colour stands for two things, each group stays tellable apart
// under the common colour-vision deficiencies, tiers differ by pattern, and the charts and cards
// take their colours from it.
#include "charts/fundingcharts.h"
#include "charts/yearschart.h"
#include "demo/demoplan.h"
#include "reports/evaluation.h"
#include "style/palette.h"

#include <qcustomplot.h>

#include <QTest>

#include <array>
#include <cmath>

using namespace lps;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
const Matrix kProtan{{{0.152286, 1.052583, -0.204868},
                      {0.114503, 0.786281, 0.099216},
                      {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeutan{{{0.367322, 0.860646, -0.227968},
                      {0.280085, 0.672501, 0.047413},
                      {-0.011820, 0.042940, 0.968881}}};
const Matrix kTritan{{{1.255528, -0.076749, -0.178779},
                      {-0.078411, 0.930809, 0.147602},
                      {0.004733, 0.691367, 0.303900}}};
const Matrix kNormal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIE L*a*b* (D65) of a colour as seen with `vision`.
std::array<double, 3> lab(const QColor &colour, const Matrix &vision)
{
    const std::array<double, 3> rgb{linear(colour.redF()), linear(colour.greenF()),
                                    linear(colour.blueF())};
    std::array<double, 3> seen{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            seen[i] += vision[i][j] * rgb[j];
    for (double &c : seen)
        c = std::clamp(c, 0.0, 1.0);
    const double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
    const double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    const double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
    const auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double difference(const QColor &a, const QColor &b, const Matrix &vision)
{
    const auto p = lab(a, vision), q = lab(b, vision);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

QList<QPair<QString, QColor>> statuses()
{
    return {{QStringLiteral("funded"), Palette::status(FundingStatus::Funded)},
            {QStringLiteral("partly"), Palette::status(FundingStatus::Partial)},
            {QStringLiteral("unfunded"), Palette::status(FundingStatus::Unfunded)},
            {QStringLiteral("decommissioned"), Palette::status(FundingStatus::Decommissioned)}};
}

QList<QPair<QString, QColor>> sectors()
{
    QList<QPair<QString, QColor>> list;
    for (const Sector sector : kAllSectors)
        list << qMakePair(spelling(sector), Palette::sector(sector));
    return list;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void noColourMeansTwoThings();
    void groupsStayApartForEveryVision_data();
    void groupsStayApartForEveryVision();
    void tiersDifferByPattern();
    void chartsTakeTheirColoursFromIt();
};

void TestPalette::noColourMeansTwoThings()
{
    QList<QPair<QString, QColor>> all = statuses() + sectors();
    all << qMakePair(QStringLiteral("tier"), Palette::tierInk())
        << qMakePair(QStringLiteral("base"), Palette::base())
        << qMakePair(QStringLiteral("scenario"), Palette::scenario())
        << qMakePair(QStringLiteral("no answer"), Palette::noAnswer());
    for (qsizetype i = 0; i < all.size(); ++i)
        for (qsizetype j = i + 1; j < all.size(); ++j)
            QVERIFY2(all[i].second != all[j].second,
                     qPrintable(all[i].first + QStringLiteral(" and ") + all[j].first));
    // Money that arrives and money that is missing are the statuses' own colours.
    QCOMPARE(Palette::funded(), Palette::status(FundingStatus::Funded));
    QCOMPARE(Palette::gap().color(), Palette::status(FundingStatus::Unfunded));
}

void TestPalette::groupsStayApartForEveryVision_data()
{
    QTest::addColumn<Matrix>("vision");
    QTest::newRow("typical") << kNormal;
    QTest::newRow("protanopia") << kProtan;
    QTest::newRow("deuteranopia") << kDeutan;
    QTest::newRow("tritanopia") << kTritan;
}

// A difference of 10 (CIE76) is plainly visible side by side; the groups are what a chart or a
// board shows together.
void TestPalette::groupsStayApartForEveryVision()
{
    QFETCH(Matrix, vision);
    for (const auto &group : {statuses(), sectors()}) {
        for (qsizetype i = 0; i < group.size(); ++i)
            for (qsizetype j = i + 1; j < group.size(); ++j) {
                const double d = difference(group[i].second, group[j].second, vision);
                QVERIFY2(d >= 10.0, qPrintable(QStringLiteral("%1 and %2: %3")
                                                   .arg(group[i].first, group[j].first)
                                                   .arg(d)));
            }
    }
    QVERIFY(difference(Palette::base(), Palette::scenario(), vision) >= 10.0);
}

void TestPalette::tiersDifferByPattern()
{
    QSet<int> styles;
    for (const Tier tier : kAllTiers) {
        QCOMPARE(Palette::tier(tier).color(), Palette::tierInk());
        styles.insert(int(Palette::tier(tier).style()));
    }
    QCOMPARE(styles.size(), 3);
}

void TestPalette::chartsTakeTheirColoursFromIt()
{
    const Evaluation evaluation = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"));
    FundingCharts charts;
    charts.setEvaluation(Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"), {0}));
    for (int p = 0; p < charts.whoPays()->plottableCount(); ++p)
        QCOMPARE(qobject_cast<QCPBars *>(charts.whoPays()->plottable(p))->brush().color(),
                 Palette::sector(kAllSectors[p]));
    QCOMPARE(charts.coverage()->plottable(0)->brush().color(), Palette::funded());
    QCOMPARE(charts.coverage()->plottable(1)->brush(), Palette::gap());
    YearsChart years;
    years.setEvaluation(evaluation);
    for (int p = 0; p < years.plot()->plottableCount(); ++p)
        QCOMPARE(years.plot()->plottable(p)->brush(), Palette::tier(kAllTiers[p]));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"

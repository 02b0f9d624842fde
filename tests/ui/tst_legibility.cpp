// Legibility is measured from the widgets: WCAG contrast to the hundredth, and the smallest and
// faintest text on screen found by name, hidden text left out.
#include "style/legibility.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace lps;

class TestLegibility : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatio_data();
    void contrastRatio();
    void findsTheSmallestAndFaintestText();
};

void TestLegibility::contrastRatio_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("expected");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("the same") << QColor(0x33, 0x66, 0x99) << QColor(0x33, 0x66, 0x99) << 1.0;
    // The greys the accessibility guidelines quote: the lightest at 4.5:1 and at 7:1 on white.
    QTest::newRow("#767676") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("#595959") << QColor(0x59, 0x59, 0x59) << QColor(Qt::white) << 7.0;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x59, 0x59, 0x59) << 7.0;
}

void TestLegibility::contrastRatio()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, expected);
    const double ratio = Legibility::contrastRatio(foreground, background);
    QVERIFY2(qAbs(ratio - expected) < 0.01, qPrintable(QString::number(ratio)));
}

void TestLegibility::findsTheSmallestAndFaintestText()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    const auto label = [&](const QString &name, int pixels, const QColor &ink) {
        auto *l = new QLabel(name, &window);
        l->setObjectName(name);
        QFont font = l->font();
        font.setPixelSize(pixels);
        l->setFont(font);
        QPalette palette = l->palette();
        palette.setColor(QPalette::WindowText, ink);
        palette.setColor(QPalette::Window, Qt::white);
        l->setPalette(palette);
        layout->addWidget(l);
        return l;
    };
    label(QStringLiteral("headline"), 80, Qt::black);
    label(QStringLiteral("caption"), 14, QColor(0x99, 0x99, 0x99));
    label(QStringLiteral("hidden"), 6, QColor(0xEE, 0xEE, 0xEE))->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<Legibility::Text> texts = Legibility::survey(&window);
    QCOMPARE(texts.size(), 2);
    const Legibility::Text small = Legibility::smallest(texts);
    QCOMPARE(small.where, QStringLiteral("caption"));
    QVERIFY2(small.capHeight > 7 && small.capHeight < 12,
             qPrintable(QString::number(small.capHeight)));
    QVERIFY(Legibility::smallest({}).where.isEmpty());
    const Legibility::Text faint = Legibility::faintest(texts);
    QCOMPARE(faint.where, QStringLiteral("caption"));
    QVERIFY2(qAbs(faint.contrast - 2.85) < 0.01, qPrintable(QString::number(faint.contrast)));
    QVERIFY(Legibility::survey(&window).first().capHeight > 50); // the headline
}

QTEST_MAIN(TestLegibility)
#include "tst_legibility.moc"

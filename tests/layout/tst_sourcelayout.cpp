// The source tree keeps its shape: folders inside core/ and ui/ depend one way (no cycle, however
// long), core never reaches into ui or app, ui never into app, and no file grows past 600 lines.
#include "folderdependencies.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace lps;

namespace {

constexpr int kMaxLines = 600;
const QString kSourceDir = QStringLiteral(LPS_SOURCE_DIR);

QStringList sourcesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestSourceLayout : public QObject
{
    Q_OBJECT

private slots:
    void foldersDependOneWay_data();
    void foldersDependOneWay();
    void findsACycle();
    void layersPointOneWay_data();
    void layersPointOneWay();
    void filesStaySmall();
};

void TestSourceLayout::foldersDependOneWay_data()
{
    QTest::addColumn<QString>("root");
    QTest::newRow("core") << QStringLiteral("core");
    QTest::newRow("ui") << QStringLiteral("ui");
}

void TestSourceLayout::foldersDependOneWay()
{
    QFETCH(QString, root);
    const FolderDependencies graph = FolderDependencies::scan(kSourceDir + u'/' + root);
    // A scan that found nothing would prove nothing.
    QVERIFY2(graph.folders().size() >= 5, qPrintable(graph.folders().join(u' ')));
    QVERIFY(!graph.isEmpty());
    const QStringList cycle = graph.cycle();
    QVERIFY2(cycle.isEmpty(),
             qPrintable(QStringLiteral("%1/ folders include each other: %2 (%3)")
                            .arg(root, cycle.join(QStringLiteral(" -> ")), graph.why(cycle))));
}

// The check itself must be able to fail: a made-up tree with a three-folder loop.
void TestSourceLayout::findsACycle()
{
    FolderDependencies graph;
    graph.add(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a/x.cpp"));
    graph.add(QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("b/y.cpp"));
    graph.add(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("c/z.cpp"));
    QVERIFY(graph.cycle().isEmpty());
    graph.add(QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("c/w.cpp"));
    QCOMPARE(graph.cycle(), QStringList({QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("c"), QStringLiteral("a")}));
    QVERIFY(graph.why(graph.cycle()).contains(QLatin1String("c/w.cpp")));
}

void TestSourceLayout::layersPointOneWay_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("above");
    QTest::newRow("core") << QStringLiteral("core")
                          << QStringList{QStringLiteral("ui"), QStringLiteral("app")};
    QTest::newRow("ui") << QStringLiteral("ui") << QStringList{QStringLiteral("app")};
}

// An include resolves to the first root that has the file; core's names are unique to core.
void TestSourceLayout::layersPointOneWay()
{
    QFETCH(QString, from);
    QFETCH(QStringList, above);
    const QString fromDir = kSourceDir + u'/' + from;
    QStringList offenders;
    for (const QString &file : sourcesUnder(fromDir)) {
        for (const QString &include : FolderDependencies::includesOf(file)) {
            if (QFile::exists(fromDir + u'/' + include) ||
                QFile::exists(QFileInfo(file).path() + u'/' + include))
                continue;
            for (const QString &layer : above)
                if (QFile::exists(kSourceDir + u'/' + layer + u'/' + include))
                    offenders << QDir(kSourceDir).relativeFilePath(file) + QStringLiteral(": ") +
                                     include;
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
}

void TestSourceLayout::filesStaySmall()
{
    QStringList tooLong;
    int checked = 0;
    for (const QString &root : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                                QStringLiteral("tests")}) {
        for (const QString &path : sourcesUnder(kSourceDir + u'/' + root)) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const qsizetype lines = file.readAll().count('\n');
            ++checked;
            if (lines > kMaxLines)
                tooLong << QStringLiteral("%1: %2 lines")
                               .arg(QDir(kSourceDir).relativeFilePath(path))
                               .arg(lines);
        }
    }
    QVERIFY(checked > 100);
    QVERIFY2(tooLong.isEmpty(),
             qPrintable(QStringLiteral("Split these by concern (at most %1 lines each):\n%2")
                            .arg(kMaxLines)
                            .arg(tooLong.join(u'\n'))));
}

QTEST_GUILESS_MAIN(TestSourceLayout)
#include "tst_sourcelayout.moc"

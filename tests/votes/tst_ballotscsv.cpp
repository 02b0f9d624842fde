// A CSV of a workshop's paper ballots becomes the room's dots, or is refused whole with every
// problem at its file, row and column, quoting the text found and saying what to write instead.
#include "votes/ballotscsv.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

namespace {

// QStringList from UTF-8 literals (the build forbids implicit casts from char strings).
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

Service service(const char *id, const char *name)
{
    Service s;
    s.id = QString::fromUtf8(id);
    s.name = QString::fromUtf8(name);
    s.tier = Tier::Need;
    s.cost = YearlyAmounts::single(100'00);
    return s;
}

// Two services share the name "Meals" (in different case) so that a name can be ambiguous.
Plan plan()
{
    Plan p;
    p.name = QStringLiteral("Ballots test");
    p.services = {service("youth-club", "Youth club"),
                  service("library", "Library"),
                  service("cafe", "Café"),
                  service("lunch", "Lunch club (£2)"),
                  service("meals-north", "Meals"),
                  service("meals-south", "MEALS"),
                  service("day-centre", "Day centre")};
    Scenario baseline;
    baseline.id = QStringLiteral("baseline");
    baseline.name = QStringLiteral("Baseline");
    p.scenarios = {baseline};
    return p;
}

const QString kFile = QStringLiteral("ballots.csv");

BallotsCsv::Result read(const QByteArray &bytes)
{
    return BallotsCsv::read(bytes, kFile, plan());
}

// The votes as "youth-club=4" items, in id order.
QStringList dotsOf(const DotVotes &votes)
{
    QStringList result;
    for (auto it = votes.dots().cbegin(); it != votes.dots().cend(); ++it)
        result << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return result;
}

QStringList lines(const Problems &problems)
{
    QStringList result;
    for (const Problem &problem : problems)
        result << problem.toString();
    return result;
}

} // namespace

class TestBallotsCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodFiles_data();
    void readsGoodFiles();
    void refuses_data();
    void refuses();
    void listsEveryProblemAndImportsNothing();
    void capsTheProblems();
    void capsTheRows();
    void warnsOfUnknownColumns();
    void readsAFile();
    void refusesAFileThatCannotBeRead();
};

void TestBallotsCsv::readsGoodFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("dots");
    QTest::addColumn<int>("ballots");
    QTest::addColumn<QStringList>("skipped");

    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF"
                                                  "ballot,service,dots\n"
                                                  "B1,Youth club,3\nB1,Caf\xC3\xA9,2\n"
                                                  "B2,Youth club,1\n")
                                    << strings({"cafe=2", "youth-club=4"}) << 2 << QStringList();
    QTest::newRow("windows-1252 é and £")
        << QByteArray("ballot,service,dots\r\nB1,Caf\xE9,2\r\nB2,Lunch club (\xA3"
                      "2),5\r\n")
        << strings({"cafe=2", "lunch=5"}) << 2 << QStringList();
    QTest::newRow("semicolons") << QByteArray("Ballot;Service;Dots\n"
                                              "B1;Library;1\nB2;Library;4\nB3;Day centre;2\n")
                                << strings({"day-centre=2", "library=5"}) << 3 << QStringList();
    QTest::newRow("tabs") << QByteArray("ballot\tservice\nB1\tLibrary\n") << strings({"library=1"})
                          << 1 << QStringList();
    QTest::newRow("no dots column: one dot a row")
        << QByteArray("ballot,service\nB1,Youth club\nB1,Library\nB2,Youth club\nB3,Youth club\n")
        << strings({"library=1", "youth-club=3"}) << 3 << QStringList();
    QTest::newRow("ids and names, any case and spacing")
        << QByteArray("ballot,service,dots\nB1,youth-club,2\nB2,  YOUTH   club ,1\n"
                      "B3,day-centre,1\nB4,day CENTRE ,0\n")
        << strings({"day-centre=1", "youth-club=3"}) << 4 << QStringList();
    QTest::newRow("header names ignore case, spaces and underscores")
        << QByteArray(" BALLOT ,Ser_vice,DOTS_\nB1,Library,7\n") << strings({"library=7"}) << 1
        << QStringList();
    QTest::newRow("quoted cells") << QByteArray("ballot,service,dots\n"
                                                "\"Table 3, Anna\",\"Lunch club (\xC2\xA3"
                                                "2)\",\" 4 \"\n")
                                  << strings({"lunch=4"}) << 1 << QStringList();
    QTest::newRow("totals rows are skipped")
        << QByteArray("ballot,service,dots\nB1,Library,2\nB2,Library,3\nTotal,,5\n"
                      "GRAND TOTAL,Library,5\n")
        << strings({"library=5"}) << 2
        << strings({"ballots.csv, row 4, column \"ballot\": \"Total\" is a totals row, so it is "
                    "skipped: only the ballots are counted",
                    "ballots.csv, row 5, column \"ballot\": \"GRAND TOTAL\" is a totals row, "
                    "so it is skipped: only the ballots are counted"});
    QTest::newRow("blank rows are skipped, and rows still counted as a spreadsheet does")
        << QByteArray("ballot,service,dots\n\nB1,Library,2\n,,\n , ,\nB2,Library,1\n,,3\n")
        << strings({"library=3"}) << 2
        << strings({"ballots.csv, row 7, column \"dots\": \"3\" has no ballot and no service "
                    "beside it, so the row is skipped (a sum is not a vote)"});
    QTest::newRow("a ballot is the same however it is typed")
        << QByteArray("ballot,service,dots\nB 1,Library,2\nb  1 ,Youth club,1\n")
        << strings({"library=2", "youth-club=1"}) << 1 << QStringList();
    QTest::newRow("zero dots are kept")
        << QByteArray("ballot,service,dots\nB1,Library,0\nB1,Youth club,100\n")
        << strings({"library=0", "youth-club=100"}) << 1 << QStringList();
}

void TestBallotsCsv::readsGoodFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, dots);
    QFETCH(int, ballots);
    QFETCH(QStringList, skipped);
    const BallotsCsv::Result result = read(bytes);
    QVERIFY2(result.ok(), qPrintable(lines(result.problems).join(u'\n')));
    QCOMPARE(dotsOf(result.votes), dots);
    QCOMPARE(result.ballots, ballots);
    QCOMPARE(result.votes.ballots(), ballots);
    QCOMPARE(lines(result.skipped), skipped);
    QCOMPARE(lines(result.warnings), QStringList());
}

void TestBallotsCsv::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    const QByteArray header("ballot,service,dots\nB1,Library,1\n");
    const QString dotsRow3 = QStringLiteral("ballots.csv, row 3, column \"dots\"");
    QTest::newRow("dots in words") << header + "B2,Library,three\n"
                                   << dotsRow3
                                   << "\"three\" is not a whole number of dots; write a whole "
                                      "number from 0 to 100 (digits only)";
    QTest::newRow("dots with decimals") << header + "B2,Library,12.0\n"
                                        << dotsRow3
                                        << "\"12.0\" is not a whole number of dots; write a whole "
                                           "number from 0 to 100 (digits only)";
    QTest::newRow("dots with a word") << header + "B2,Library,3 dots\n"
                                      << dotsRow3
                                      << "\"3 dots\" is not a whole number of dots; write a whole "
                                         "number from 0 to 100 (digits only)";
    QTest::newRow("negative dots") << header + "B2,Library,-1\n"
                                   << dotsRow3
                                   << "\"-1\" is below zero: a ballot cannot take dots away; "
                                      "write a whole number from 0 to 100";
    QTest::newRow("too many dots") << header + "B2,Library,101\n"
                                   << dotsRow3
                                   << "\"101\" is more dots than one ballot can give one service; "
                                      "write a whole number from 0 to 100";
    QTest::newRow("empty dots")
        << header + "B2,Library,\n"
        << dotsRow3
        << "is empty; write a whole number from 0 to 100 (0 when the ballot gave the service no "
           "dots), or leave out the dots column to count each row as one dot";
    QTest::newRow("the column as the user wrote it")
        << QByteArray("Ballot,Service,Dots\nB1,Library,x\n")
        << "ballots.csv, row 2, column \"Dots\""
        << "\"x\" is not a whole number of dots; write a whole number from 0 to 100 (digits "
           "only)";
    QTest::newRow("unknown service") << header + "B2,Yoth club,2\n"
                                     << "ballots.csv, row 3, column \"service\""
                                     << "\"Yoth club\" is not a service of this plan; write the "
                                        "service's id or its name as the plan spells it";
    QTest::newRow("ambiguous name") << header + "B2,meals,2\n"
                                    << "ballots.csv, row 3, column \"service\""
                                    << "\"meals\" is the name of 2 services (ids meals-north, "
                                       "meals-south); write the id of the one this ballot means";
    QTest::newRow("the same ballot and service twice")
        << QByteArray("ballot,service,dots\nB1,Library,1\nB2,Library,1\nb1,library,3\n")
        << "ballots.csv, row 4, column \"service\""
        << "\"library\" is on ballot \"b1\" twice, here and in row 2; give each service one row "
           "per ballot, with its dots added together";
    QTest::newRow("empty ballot") << header + ",Library,2\n"
                                  << "ballots.csv, row 3, column \"ballot\""
                                  << "is empty; write the name or number of the ballot paper that "
                                     "gave \"Library\" its dots";
    QTest::newRow("empty service") << header + "B2,,2\n"
                                   << "ballots.csv, row 3, column \"service\""
                                   << "is empty; write the service ballot \"B2\" gave its dots "
                                      "to, or delete the row";
    QTest::newRow("row numbers count blank lines")
        << QByteArray("ballot,service,dots\n\n\nB1,Library,lots\n")
        << "ballots.csv, row 4, column \"dots\""
        << "\"lots\" is not a whole number of dots; write a whole number from 0 to 100 (digits "
           "only)";
    QTest::newRow("missing service column")
        << QByteArray("ballot,dots\nB1,3\n") << "ballots.csv"
        << "has no column \"service\"; ballots.csv needs the columns ballot and service and may "
           "also have dots (its header row has: ballot, dots)";
    QTest::newRow("missing ballot column")
        << QByteArray("Paper,Service\nB1,Library\n") << "ballots.csv"
        << "has no column \"ballot\"; ballots.csv needs the columns ballot and service and may "
           "also have dots (its header row has: Paper, Service)";
    const QString empty = QStringLiteral(
        "is empty; it needs a header row with the columns \"ballot\" (the ballot paper's name or "
        "number), \"service\" (a service's id or name) and, if ballots give more than one dot, "
        "\"dots\", and one row per ballot and service below it");
    QTest::newRow("empty file") << QByteArray() << "ballots.csv" << empty;
    QTest::newRow("only a byte order mark and blank lines")
        << QByteArray("\xEF\xBB\xBF\r\n,,\r\n \r\n") << "ballots.csv" << empty;
    QTest::newRow("a header and nothing below it")
        << QByteArray("ballot,service,dots\n\nTotal,,0\n") << "ballots.csv"
        << "has a header row but no ballots below it, so there is nothing to import: put each one "
           "on its own row under the header (rows of totals are skipped)";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08",
                                          25)
                            << "ballots.csv"
                            << "is not a text file (it holds bytes no CSV file has, such as NUL); "
                               "choose the CSV file of ballots, or open it in the spreadsheet "
                               "and save it as \"CSV UTF-8\"";
    QTest::newRow("binary without NUL")
        << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0C\x0E\x0F\x10\x11\x12\x13 ballot")
        << "ballots.csv"
        << "is not a text file (it holds bytes no CSV file has, such as NUL); choose the CSV file "
           "of ballots, or open it in the spreadsheet and save it as \"CSV UTF-8\"";
    QTest::newRow("a workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << "ballots.csv"
                                << "is a zipped file, such as an Excel workbook (.xlsx) or an "
                                   "OpenDocument spreadsheet (.ods), not a CSV file; open it in "
                                   "the spreadsheet and save it as \"CSV UTF-8\"";
    // CsvReader's own explanation for wide text still reaches the user.
    QTest::newRow("utf-16 without a mark")
        << QByteArray("b\0a\0l\0l\0o\0t\0,\0s\0e\0r\0v\0i\0c\0e\0\n\0", 30) << "ballots.csv"
        << "looks like UTF-16 or UTF-32 text without a byte order mark";
    QTest::newRow("a control character in a cell")
        << header + "B2,Libr\x1B[31mary,1\n"
        << "ballots.csv, row 3, column \"service\""
        << "holds a control character (U+001B) that cannot be seen or printed";
}

void TestBallotsCsv::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const BallotsCsv::Result result = read(bytes);
    QVERIFY(!result.ok());
    // One problem, and not the same cell reported twice.
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().location, location);
    QVERIFY2(result.problems.first().message.startsWith(message),
             qPrintable(result.problems.first().message));
    QVERIFY(result.problems.first().isError());
    QCOMPARE(result.votes, DotVotes());
    QCOMPARE(result.ballots, 0);
}

void TestBallotsCsv::listsEveryProblemAndImportsNothing()
{
    const BallotsCsv::Result result =
        read("ballot,service,dots\nB1,Library,2\nB1,Nowhere,1\nB2,Library,2.5\n"
             "B2,Youth club,1\nB3,Library,1\nB3,Library,1\n");
    QCOMPARE(lines(result.problems),
             (strings({"ballots.csv, row 3, column \"service\": \"Nowhere\" is not a service of "
                       "this plan; write the service's id or its name as the plan spells it",
                       "ballots.csv, row 4, column \"dots\": \"2.5\" is not a whole number of "
                       "dots; write a whole number from 0 to 100 (digits only)",
                       "ballots.csv, row 7, column \"service\": \"Library\" is on ballot "
                       "\"B3\" twice, here and in row 6; give each service one row per "
                       "ballot, with its dots added together"})));
    QVERIFY(result.votes.dots().isEmpty());
    QCOMPARE(result.ballots, 0);
}

void TestBallotsCsv::capsTheProblems()
{
    QByteArray bytes("ballot,service,dots\n");
    for (int i = 1; i <= 30; ++i)
        bytes += "B" + QByteArray::number(i) + ",Library,many\n";
    const BallotsCsv::Result result = read(bytes);
    QCOMPARE(result.problems.size(), BallotsCsv::kMaxProblems + 1);
    QCOMPARE(result.problems.at(19).location,
             QStringLiteral("ballots.csv, row 21, column \"dots\""));
    QCOMPARE(result.problems.last().toString(),
             QStringLiteral("ballots.csv: has 10 more problems like these; is it the file of "
                            "ballots? Fix the ones above and read it again"));
}

void TestBallotsCsv::capsTheRows()
{
    QByteArray bytes("ballot,service\n");
    for (int i = 0; i <= BallotsCsv::kMaxRows; ++i)
        bytes += "B" + QByteArray::number(i) + ",Library\n";
    const BallotsCsv::Result result = read(bytes);
    QCOMPARE(lines(result.problems),
             strings({"ballots.csv: has 100001 rows below its header; at most 100000 ballot "
                      "rows are read, so is it the right file?"}));
    // One fewer is read.
    bytes.truncate(bytes.lastIndexOf("B100000"));
    const BallotsCsv::Result fits = read(bytes);
    QVERIFY(fits.ok());
    QCOMPARE(fits.ballots, BallotsCsv::kMaxRows);
    QCOMPARE(fits.votes.dotsFor(QStringLiteral("library")), BallotsCsv::kMaxRows);
}

void TestBallotsCsv::warnsOfUnknownColumns()
{
    const BallotsCsv::Result result = read("ballot,service,table\nB1,Library,3\n");
    QVERIFY(result.ok());
    QCOMPARE(dotsOf(result.votes), strings({"library=1"}));
    QCOMPARE(lines(result.warnings),
             strings({"ballots.csv, row 1, column \"table\": is not a column of ballots.csv, "
                      "so it is ignored; the columns are ballot, service, dots"}));
}

void TestBallotsCsv::readsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tuesday.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ballot,service,dots\r\n1,Caf\xE9,2\r\n2,Library,x\r\n");
    file.close();
    const BallotsCsv::Result result = BallotsCsv::readFile(path, plan());
    // The file's own name, without its folder.
    QCOMPARE(lines(result.problems),
             strings({"tuesday.csv, row 3, column \"dots\": \"x\" is not a whole number of "
                      "dots; write a whole number from 0 to 100 (digits only)"}));
}

void TestBallotsCsv::refusesAFileThatCannotBeRead()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const BallotsCsv::Result result = BallotsCsv::readFile(missing, plan());
    QCOMPARE(result.problems.size(), 1);
    // Named without its folder, as every other refusal names the file.
    QCOMPARE(result.problems.first().location, QStringLiteral("missing.csv"));
    QVERIFY2(result.problems.first().message.startsWith(QStringLiteral("cannot be read (")),
             qPrintable(result.problems.first().message));
    QVERIFY(result.problems.first().message.endsWith(
        QStringLiteral("); check that the file exists and that it is not open in another "
                       "program")));
    QVERIFY(!lines(result.problems).join(u'\n').contains(dir.path()));

    const BallotsCsv::Result folder = BallotsCsv::readFile(dir.path(), plan());
    const QString folderName = QFileInfo(dir.path()).fileName();
    QVERIFY(!folderName.isEmpty());
    QCOMPARE(lines(folder.problems),
             QStringList{folderName + QStringLiteral(": is a folder; choose the CSV file of "
                                                     "ballots in it")});
    // A folder's path ending in a slash is named the same way.
    const BallotsCsv::Result slashed = BallotsCsv::readFile(dir.path() + u'/', plan());
    QCOMPARE(lines(slashed.problems), lines(folder.problems));
}

QTEST_GUILESS_MAIN(TestBallotsCsv)
#include "tst_ballotscsv.moc"

// File > Import from spreadsheets: the dialog imports CSV files and Excel workbooks, lists every
// problem with its sheet, row and column and stays open with nothing imported, and imports
// despite warnings only once they have been shown.
#include "files/spreadsheetimportdialog.h"
#include "mockclock.h"
#include "testworkbook.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;
using namespace lps::test;

class TestSpreadsheetImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithTheCurrentFinancialYear_data();
    void startsWithTheCurrentFinancialYear();
    void importsOneWorkbookForBoth();
    void importsAWorkbookAndACsv();
    void listsEveryProblemAndImportsNothing();
    void asksForBothFiles();
    void importsWithWarningsOnlyOnceShown();

private:
    QTemporaryDir m_dir;
    QString m_book;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
};

namespace {

QStringList listed(const SpreadsheetImportDialog &dialog)
{
    QStringList lines;
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("problems"));
    for (int i = 0; list && i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

QString status(const SpreadsheetImportDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
}

QPushButton *importButton(const SpreadsheetImportDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("import"));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestSpreadsheetImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_book = path("budget.xlsx");
    QVERIFY(TestWorkbook()
                .addSheet(QStringLiteral("Services"),
                          {{"Name", "Tier", "Cost"},
                           {"Libraries", "need", 640000},
                           {"Meals on wheels", "must", TestCell("£98,765.43")}})
                .addSheet(QStringLiteral("Resources"),
                          {{"Name", "Sector", "Amount"}, {"Council tax", "public", 500000}})
                .save(m_book));
}

void TestSpreadsheetImportDialog::startsWithTheCurrentFinancialYear_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("firstYear");
    QTest::newRow("before April") << QDate(2027, 3, 31) << 2026;
    QTest::newRow("from April") << QDate(2027, 4, 1) << 2027;
}

void TestSpreadsheetImportDialog::startsWithTheCurrentFinancialYear()
{
    QFETCH(QDate, today);
    QFETCH(int, firstYear);
    MockClock clock(QDateTime(today, QTime(12, 0), Qt::UTC));
    const SpreadsheetImportDialog dialog;
    QCOMPARE(dialog.settings().firstYear, firstYear);
    QCOMPARE(dialog.settings().years, 1);
    QCOMPARE(dialog.settings().name, QStringLiteral("Imported plan"));
}

void TestSpreadsheetImportDialog::importsOneWorkbookForBoth()
{
    SpreadsheetImportDialog dialog;
    dialog.setServicesPath(m_book);
    dialog.setResourcesPath(m_book);
    dialog.findChild<QSpinBox *>(QStringLiteral("firstYear"))->setValue(2028);
    dialog.show();
    dialog.import();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.plan());
    QCOMPARE(dialog.plan()->firstYear, 2028);
    QCOMPARE(dialog.plan()->services.size(), 2);
    QCOMPARE(dialog.plan()->services[1].cost, YearlyAmounts::single(9876543));
    QCOMPARE(dialog.plan()->resources.first().name, QStringLiteral("Council tax"));
}

void TestSpreadsheetImportDialog::importsAWorkbookAndACsv()
{
    const QString resources = path("resources.csv");
    QVERIFY(writeFile(resources, "name,sector,amount\nGrant,charitable,\"£1,000\"\n"));
    SpreadsheetImportDialog dialog;
    dialog.setServicesPath(m_book);
    dialog.setResourcesPath(resources);
    dialog.show();
    dialog.import();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.plan()->resources.first().amount, YearlyAmounts::single(100000));
}

void TestSpreadsheetImportDialog::listsEveryProblemAndImportsNothing()
{
    const QString bad = path("bad services.xlsx");
    QVERIFY(TestWorkbook()
                .addSheet(QStringLiteral("Services"), {{"Name", "Tier", "Cost"},
                                                       {"Libraries", "sometimes", 640000},
                                                       {"Festival", "could", 45000.125}})
                .save(bad));
    SpreadsheetImportDialog dialog;
    dialog.setServicesPath(bad);
    dialog.setResourcesPath(m_book);
    dialog.show();
    dialog.import();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.plan());
    QCOMPARE(listed(dialog),
             QStringList({QStringLiteral("Error: bad services.xlsx, sheet \"Services\", row 2, "
                                         "column \"Tier\": \"sometimes\" is not one of: must, "
                                         "need, could, statutory, discretionary"),
                          QStringLiteral("Error: bad services.xlsx, sheet \"Services\", row 3, "
                                         "column \"Cost\": \"45000.125\" has more than two "
                                         "decimals; amounts are in pounds with at most two "
                                         "decimals (45000.13)")}));
    QCOMPARE(dialog.problems().size(), 2);
    QVERIFY2(status(dialog).startsWith(QStringLiteral("Nothing was imported: correct the 2 "
                                                      "errors")),
             qPrintable(status(dialog)));

    // An old .xls says what to do instead.
    const QString xls = path("old.xls");
    QVERIFY(
        writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')));
    dialog.setServicesPath(xls);
    dialog.import();
    QVERIFY(dialog.isVisible());
    QCOMPARE(listed(dialog).size(), 1);
    QVERIFY2(listed(dialog).first().contains(QStringLiteral("save it as an Excel Workbook (.xlsx) "
                                                            "or as CSV UTF-8")),
             qPrintable(listed(dialog).first()));
}

void TestSpreadsheetImportDialog::asksForBothFiles()
{
    SpreadsheetImportDialog dialog;
    dialog.setServicesPath(m_book);
    dialog.show();
    dialog.import();
    QVERIFY(dialog.isVisible());
    QCOMPARE(listed(dialog), QStringList{QStringLiteral("Error: Choose the services file and the "
                                                        "resources file; one Excel workbook may "
                                                        "hold both.")});
}

void TestSpreadsheetImportDialog::importsWithWarningsOnlyOnceShown()
{
    const QString services = path("with notes.xlsx");
    QVERIFY(TestWorkbook()
                .addSheet(QStringLiteral("Services"),
                          {{"Name", "Tier", "Cost", "Budget code"}, {"Libraries", "need", 1, "L1"}})
                .save(services));
    SpreadsheetImportDialog dialog;
    dialog.setServicesPath(services);
    dialog.setResourcesPath(m_book);
    dialog.show();
    dialog.import();
    QVERIFY(dialog.isVisible());
    QCOMPARE(listed(dialog).size(), 1);
    QVERIFY(listed(dialog).first().startsWith(
        QStringLiteral("Warning: with notes.xlsx, sheet \"Services\", row 1, column \"Budget "
                       "code\": is not a column of")));
    QCOMPARE(importButton(dialog)->text(), QStringLiteral("Import &anyway"));

    // A change to what is imported asks again.
    dialog.setResourcesPath(QStringLiteral(" ") + m_book);
    QCOMPARE(importButton(dialog)->text(), QStringLiteral("&Import"));
    dialog.import();
    QVERIFY(dialog.isVisible());

    importButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.plan()->services.first().name, QStringLiteral("Libraries"));
    QCOMPARE(dialog.problems().size(), 1);
}

QTEST_MAIN(TestSpreadsheetImportDialog)
#include "tst_spreadsheetimportdialog.moc"

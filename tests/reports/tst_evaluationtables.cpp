// The workbook's tables as CSV (issue 14): each has its header, its money equals the evaluation
// to the penny, its totals reconcile, and no name in any of them can run as a formula.

#include "csv/csvreader.h"
#include "demo/demoplan.h"
#include "model/plan.h"
#include "reports/evaluation.h"
#include "spreadsheets/evaluationtables.h"
#include "spreadsheets/sheettablecsv.h"

#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace lps;
using Sheet = EvaluationTables::Sheet;

namespace {

// Names a spreadsheet would run, one for each character that starts a formula.
const QString kPlanName = QStringLiteral("=HYPERLINK(\"http://x\",\"plan\")");
const QString kLocality = QStringLiteral("+44 Anywhere");
const QString kScenarioName = QStringLiteral("-1+cut");
const QString kServiceName = QStringLiteral("=cmd|' /C calc'!A0");
const QString kResourceName = QStringLiteral("@SUM(1,2)");
const QString kConsequence = QStringLiteral("-2+3 people wait");

// One data row as the evaluation has it: the cells that say which row it is, and its money.
struct Expected
{
    QStringList keys;
    QList<Money> money;
};

const ServiceOutcome *serviceIn(const YearResult &year, const QString &id)
{
    for (const ServiceOutcome &s : year.services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void againstBase(QList<Expected> &rows, const QString &label, const YearResult &base,
                 const YearResult &year)
{
    for (int t = 0; t < 3; ++t)
        rows.append({{label, QStringLiteral("tier"), spelling(Tier(t))},
                     {base.tiers[t].funded, year.tiers[t].funded,
                      year.tiers[t].funded - base.tiers[t].funded}});
    for (const ServiceOutcome &s : year.services) {
        const ServiceOutcome *b = serviceIn(base, s.id);
        if (!b || b->funded != s.funded || b->status != s.status || b->tier != s.tier)
            rows.append(
                {{label, QStringLiteral("service"), s.id},
                 {b ? b->funded : Money(), s.funded, s.funded - (b ? b->funded : Money())}});
    }
    for (const ServiceOutcome &b : base.services) {
        if (!serviceIn(year, b.id))
            rows.append({{label, QStringLiteral("service"), b.id}, {b.funded, Money(), -b.funded}});
    }
}

// Worked out from the evaluation's results, not from the tables, so that a table that dropped,
// repeated or misplaced a figure would differ.
QList<Expected> expectedRows(Sheet sheet, const Evaluation &evaluation, const Evaluation &base)
{
    QList<Expected> rows;
    for (qsizetype y = 0; y < evaluation.years.size(); ++y) {
        const YearResult &year = evaluation.years[y];
        const QString label = evaluation.yearLabel(year.calendarYear);
        switch (sheet) {
        case Sheet::About:
            break;
        case Sheet::Tiers:
            for (int t = 0; t < 3; ++t)
                rows.append({{label, spelling(Tier(t))},
                             {year.tiers[t].cost, year.tiers[t].funded, year.tiers[t].gap}});
            break;
        case Sheet::Services:
            for (const ServiceOutcome &s : year.services)
                rows.append({{label, s.id}, {s.cost, s.funded, s.cost - s.funded}});
            break;
        case Sheet::Resources:
            for (const ResourceOutcome &r : year.resources)
                rows.append({{label, r.id}, {r.available, r.used, r.unused}});
            break;
        case Sheet::Funding:
            for (const ServiceOutcome &s : year.services) {
                for (const auto &[resource, amount] : s.sources)
                    rows.append({{label, s.id, resource}, {amount}});
            }
            break;
        case Sheet::Sectors:
            for (int s = 0; s < 4; ++s)
                rows.append({{label, spelling(Sector(s))},
                             {year.sectors[s][0], year.sectors[s][1], year.sectors[s][2]}});
            break;
        case Sheet::Years:
            rows.append({{label}, {year.tiers[0].gap, year.tiers[1].gap, year.tiers[2].gap}});
            break;
        case Sheet::AgainstBase:
            againstBase(rows, label, base.years[y], year);
            break;
        }
    }
    return rows;
}

qint64 pence(const QString &pounds)
{
    // "1234.50" exactly: two decimals, no separators, so that the pence are read, not rounded.
    static const QRegularExpression amount(QStringLiteral("^(-?)(\\d+)\\.(\\d\\d)$"));
    const QRegularExpressionMatch match = amount.match(pounds);
    if (!match.hasMatch())
        return std::numeric_limits<qint64>::min();
    const qint64 magnitude = match.captured(2).toLongLong() * 100 + match.captured(3).toLongLong();
    return match.captured(1).isEmpty() ? magnitude : -magnitude;
}

CsvTable csvOf(const SheetTable &table)
{
    return CsvReader::read(SheetTableCsv::write(table), table.name + QStringLiteral(".csv"));
}

} // namespace

class TestEvaluationTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesComeInTheWorkbooksOrder();
    void everyTableHasItsHeader_data();
    void everyTableHasItsHeader();
    void moneyEqualsTheEvaluation_data();
    void moneyEqualsTheEvaluation();
    void totalsReconcileAcrossTables();
    void aboutSaysWhatItHolds();
    void noNameRunsAsAFormula_data();
    void noNameRunsAsAFormula();
    void againstNoBaseHasNoRows();
    void totalsAddUpSinceThePreviousTotal();

private:
    Plan m_plan;
    std::optional<Evaluation> m_cut;
    std::optional<Evaluation> m_base;
    // The demo with names that a spreadsheet would run, in its second year, when a provider fails.
    Plan m_formulas;
    std::optional<Evaluation> m_formulasFailure;
    std::optional<Evaluation> m_formulasBase;
};

void TestEvaluationTables::initTestCase()
{
    m_plan = DemoPlan::plan();
    m_cut = Evaluation::of(m_plan, QStringLiteral("central-grant-cut"));
    m_base = Evaluation::of(m_plan, QStringLiteral("baseline"));
    QCOMPARE(m_cut->years.size(), 5);
    QCOMPARE(m_base->years.size(), 5);

    m_formulas = DemoPlan::plan();
    m_formulas.name = kPlanName;
    m_formulas.locality = kLocality;
    m_formulas.resources[18].name = kResourceName; // council tax: it funds many services
    const qsizetype scenario = m_formulas.scenarioIndex(QStringLiteral("provider-failure"));
    QVERIFY(scenario > 0);
    m_formulas.scenarios[scenario].name = kScenarioName;
    // The renamed service is one whose funding the scenario changes, so that it is in every
    // table that names services, the comparison with the base too.
    const Evaluation base = Evaluation::of(m_formulas, QStringLiteral("baseline"), {1});
    const Evaluation failure = Evaluation::of(m_formulas, QStringLiteral("provider-failure"), {1});
    QString changed;
    for (const ServiceOutcome &s : failure.years[0].services) {
        const ServiceOutcome *b = serviceIn(base.years[0], s.id);
        if (b && b->funded != s.funded && !s.sources.isEmpty()) {
            changed = s.id;
            break;
        }
    }
    QVERIFY(!changed.isEmpty());
    Service &service = m_formulas.services[m_formulas.serviceIndex(changed)];
    service.name = kServiceName;
    service.consequence = kConsequence;
    m_formulasFailure = Evaluation::of(m_formulas, QStringLiteral("provider-failure"), {1});
    m_formulasBase = Evaluation::of(m_formulas, QStringLiteral("baseline"), {1});
}

void TestEvaluationTables::tablesComeInTheWorkbooksOrder()
{
    QStringList names;
    for (const Sheet sheet : EvaluationTables::sheets(true))
        names << EvaluationTables::name(sheet);
    QCOMPARE(names, (QStringList{QStringLiteral("About"), QStringLiteral("Tiers"),
                                 QStringLiteral("Services"), QStringLiteral("Resources"),
                                 QStringLiteral("Funding"), QStringLiteral("Sectors"),
                                 QStringLiteral("Years"), QStringLiteral("Against base")}));
    QCOMPARE(EvaluationTables::sheets(false).size(), 7); // no comparison without a base
    QVERIFY(!EvaluationTables::sheets(false).contains(Sheet::AgainstBase));
}

void TestEvaluationTables::everyTableHasItsHeader_data()
{
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("dataRows");
    // The demo: 35 services, 21 resources and 5 years; who pays for what has a row per source.
    QTest::newRow("About") << int(Sheet::About) << "what,value" << 5 + 5;
    QTest::newRow("Tiers") << int(Sheet::Tiers) << "year,tier,cost,funded,gap" << 5 * 3;
    QTest::newRow("Services") << int(Sheet::Services)
                              << "year,service_id,service,tier,cost,funded,gap,status,reason,"
                                 "consequence"
                              << 5 * 35;
    QTest::newRow("Resources") << int(Sheet::Resources)
                               << "year,resource_id,resource,sector,available,used,unused"
                               << 5 * 21;
    QTest::newRow("Funding") << int(Sheet::Funding)
                             << "year,service_id,service,tier,resource_id,resource,sector,amount"
                             << -1;
    QTest::newRow("Sectors") << int(Sheet::Sectors) << "year,sector,must,need,could" << 5 * 4;
    QTest::newRow("Years") << int(Sheet::Years) << "year,must_gap,need_gap,could_gap" << 5;
    QTest::newRow("Against base") << int(Sheet::AgainstBase)
                                  << "year,level,id,name,base_funded,scenario_funded,difference,"
                                     "base_status,scenario_status"
                                  << -1;
}

void TestEvaluationTables::everyTableHasItsHeader()
{
    QFETCH(int, sheet);
    QFETCH(QString, header);
    QFETCH(int, dataRows);
    const SheetTable table = EvaluationTables::table(Sheet(sheet), m_plan, *m_cut, &*m_base);
    const QByteArray csv = SheetTableCsv::write(table);
    QVERIFY(csv.startsWith(header.toUtf8() + "\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    const CsvTable parsed = csvOf(table);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).toString()));
    QCOMPARE(parsed.header.join(u','), header);
    QCOMPARE(parsed.records.size(), table.rows.size());
    for (const CsvRecord &record : parsed.records)
        QCOMPARE(record.fields.size(), parsed.header.size());
    if (dataRows >= 0) {
        const bool total = table.rows.last().total;
        QCOMPARE(parsed.records.size() - (total ? 1 : 0), dataRows);
    }
}

void TestEvaluationTables::moneyEqualsTheEvaluation_data()
{
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QList<int>>("money");
    QTest::addColumn<bool>("totals");
    QTest::newRow("Tiers") << int(Sheet::Tiers) << QList<int>{0, 1} << QList<int>{2, 3, 4} << true;
    QTest::newRow("Services") << int(Sheet::Services) << QList<int>{0, 1} << QList<int>{4, 5, 6}
                              << true;
    QTest::newRow("Resources") << int(Sheet::Resources) << QList<int>{0, 1} << QList<int>{4, 5, 6}
                               << true;
    QTest::newRow("Funding") << int(Sheet::Funding) << QList<int>{0, 1, 4} << QList<int>{7} << true;
    QTest::newRow("Sectors") << int(Sheet::Sectors) << QList<int>{0, 1} << QList<int>{2, 3, 4}
                             << true;
    QTest::newRow("Years") << int(Sheet::Years) << QList<int>{0} << QList<int>{1, 2, 3} << false;
    QTest::newRow("Against base") << int(Sheet::AgainstBase) << QList<int>{0, 1, 2}
                                  << QList<int>{4, 5, 6} << false;
}

void TestEvaluationTables::moneyEqualsTheEvaluation()
{
    QFETCH(int, sheet);
    QFETCH(QList<int>, keys);
    QFETCH(QList<int>, money);
    QFETCH(bool, totals);
    const CsvTable csv = csvOf(EvaluationTables::table(Sheet(sheet), m_plan, *m_cut, &*m_base));
    const QList<Expected> expected = expectedRows(Sheet(sheet), *m_cut, *m_base);
    QVERIFY(expected.size() >= m_cut->years.size()); // a row a year at least: never vacuous
    QCOMPARE(csv.records.size(), expected.size() + (totals ? 1 : 0));
    QList<qint64> sums(money.size(), 0);
    for (qsizetype row = 0; row < expected.size(); ++row) {
        const CsvRecord &record = csv.records[row];
        QStringList found;
        for (const int column : keys)
            found << record.field(column);
        QCOMPARE(found, expected[row].keys);
        for (qsizetype i = 0; i < money.size(); ++i) {
            QCOMPARE(pence(record.field(money[i])), expected[row].money[i].minor());
            sums[i] += expected[row].money[i].minor();
        }
    }
    if (!totals) {
        QVERIFY(csv.records.last().field(0) != QLatin1String("Total"));
        return;
    }
    // The total is a number, the exact sum of what the evaluation has in that column.
    const CsvRecord &total = csv.records.last();
    QCOMPARE(total.field(0), QStringLiteral("Total"));
    for (qsizetype i = 0; i < money.size(); ++i)
        QCOMPARE(pence(total.field(money[i])), sums[i]);
}

void TestEvaluationTables::totalsReconcileAcrossTables()
{
    // What was funded, added up in five tables, is one figure to the penny.
    const auto total = [this](Sheet sheet, int column) {
        const CsvTable csv = csvOf(EvaluationTables::table(sheet, m_plan, *m_cut));
        return pence(csv.records.last().field(column));
    };
    const qint64 funded = total(Sheet::Tiers, 3);
    QVERIFY(funded > 0);
    QCOMPARE(total(Sheet::Services, 5), funded);
    QCOMPARE(total(Sheet::Resources, 5), funded);
    QCOMPARE(total(Sheet::Funding, 7), funded);
    QCOMPARE(total(Sheet::Sectors, 2) + total(Sheet::Sectors, 3) + total(Sheet::Sectors, 4),
             funded);
    // And the gap: the tiers' against the services'.
    QCOMPARE(total(Sheet::Services, 6), total(Sheet::Tiers, 4));
}

void TestEvaluationTables::aboutSaysWhatItHolds()
{
    const CsvTable csv = csvOf(EvaluationTables::table(Sheet::About, m_plan, *m_cut));
    QHash<QString, QString> facts;
    for (const CsvRecord &record : csv.records)
        facts.insert(record.field(0), record.field(1));
    QCOMPARE(facts.value(QStringLiteral("plan")), m_plan.name);
    QCOMPARE(facts.value(QStringLiteral("scenario")), m_cut->scenarioName);
    QCOMPARE(facts.value(QStringLiteral("currency")), QStringLiteral("GBP"));
    for (const YearResult &year : m_cut->years) {
        const QString said = facts.value(m_cut->yearLabel(year.calendarYear));
        QVERIFY2(year.optimal ? said == QLatin1String("proven optimal")
                              : said.startsWith(QLatin1String("not proven optimal")),
                 qPrintable(said));
    }
}

void TestEvaluationTables::noNameRunsAsAFormula_data()
{
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("About") << int(Sheet::About) << QStringList{kPlanName, kLocality, kScenarioName};
    QTest::newRow("Tiers") << int(Sheet::Tiers) << QStringList{};
    QTest::newRow("Services") << int(Sheet::Services) << QStringList{kServiceName, kConsequence};
    QTest::newRow("Resources") << int(Sheet::Resources) << QStringList{kResourceName};
    QTest::newRow("Funding") << int(Sheet::Funding) << QStringList{kServiceName, kResourceName};
    QTest::newRow("Sectors") << int(Sheet::Sectors) << QStringList{};
    QTest::newRow("Years") << int(Sheet::Years) << QStringList{};
    QTest::newRow("Against base") << int(Sheet::AgainstBase) << QStringList{kServiceName};
}

void TestEvaluationTables::noNameRunsAsAFormula()
{
    QFETCH(int, sheet);
    QFETCH(QStringList, names);
    const CsvTable csv = csvOf(
        EvaluationTables::table(Sheet(sheet), m_formulas, *m_formulasFailure, &*m_formulasBase));
    QVERIFY2(csv.problems.isEmpty(), qPrintable(csv.problems.value(0).toString()));
    QVERIFY(!csv.records.isEmpty());
    // A cell may start with a formula character only when it is an amount ("-1234.50").
    QStringList cells;
    for (const CsvRecord &record : csv.records) {
        for (const QString &cell : record.fields) {
            cells << cell;
            const bool formula =
                !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
            QVERIFY2(!formula || pence(cell) != std::numeric_limits<qint64>::min(),
                     qPrintable(QStringLiteral("row %1: %2").arg(record.row).arg(cell)));
        }
    }
    // Each name is there, as text behind an apostrophe.
    for (const QString &name : names)
        QVERIFY2(cells.contains(QLatin1Char('\'') + name), qPrintable(name));
}

void TestEvaluationTables::againstNoBaseHasNoRows()
{
    const SheetTable table = EvaluationTables::table(Sheet::AgainstBase, m_plan, *m_cut);
    QCOMPARE(table.name, QStringLiteral("Against base"));
    QCOMPARE(table.header.size(), 9);
    QVERIFY(table.rows.isEmpty());
}

void TestEvaluationTables::totalsAddUpSinceThePreviousTotal()
{
    SheetTable table{
        QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {}};
    table.addRow({QStringLiteral("x"), Money::fromMinor(150)});
    table.addRow({QStringLiteral("y"), Money::fromMinor(-25), Money::fromMinor(7)});
    table.addTotals({1, 2});
    table.addRow({QStringLiteral("z"), Money::fromMinor(1000), Money::fromMinor(1)});
    table.addTotals({1});
    QCOMPARE(table.rows[0].cells.size(), 3); // a short row is filled out with empty text
    QVERIFY(!table.rows[0].cells[2].isMoney());
    QCOMPARE(table.firstSummed(2), 0);
    QCOMPARE(table.firstSummed(4), 3);
    QCOMPARE(table.rows[2].cells[1].money, Money::fromMinor(125));
    QCOMPARE(table.rows[2].cells[2].money, Money::fromMinor(7));
    QCOMPARE(table.rows[4].cells[1].money, Money::fromMinor(1000)); // not 1125: its own rows only
    QVERIFY(!table.rows[4].cells[2].isMoney());
    QCOMPARE(
        QString::fromUtf8(SheetTableCsv::write(table)),
        QStringLiteral("a,b,c\r\nx,1.50,\r\ny,-0.25,0.07\r\nTotal,1.25,0.07\r\nz,10.00,0.01\r\n"
                       "Total,10.00,\r\n"));
}

QTEST_GUILESS_MAIN(TestEvaluationTables)
#include "tst_evaluationtables.moc"

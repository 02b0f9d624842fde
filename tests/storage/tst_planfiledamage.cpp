// Opening .lpsb files that are damaged, foreign or tampered with: refused with a clear message,
// never a crash.
#include "planfilefixtures.h"

#include <QTest>

using namespace lps;
using namespace lps::planfilefixtures;

class TestPlanFileDamage : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void refusesAMissingFile();
    void refusesAFolder();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void listsEveryProblemOfAnInvalidFile();
    void opensAFileRewrittenByAnotherProgram();
    void survivesRandomDamage();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList folderEntries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPlanFileDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPlanFileDamage::refusesAMissingFile()
{
    const PlanFileResult result = PlanFile::load(path(QStringLiteral("budget.lpsb")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, Kind::NotFound);
    QVERIFY2(
        result.error.message.contains(QStringLiteral("\u201cbudget.lpsb\u201d could not be found")),
        qPrintable(result.error.message));
}

void TestPlanFileDamage::refusesAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.lpsb")));
    const PlanFileResult result = PlanFile::load(path(QStringLiteral("folder.lpsb")));
    QCOMPARE(result.error.kind, Kind::NotAPlan);
    QVERIFY(result.error.message.contains(QStringLiteral("\u201cfolder.lpsb\u201d")));
}

void TestPlanFileDamage::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("phrases");

    const QByteArray plan = samplePlanBytes();
    QVERIFY(plan.size() > 8 * 4096);
    const auto row = [](const char *name, const QByteArray &bytes, Kind kind,
                        const QStringList &phrases) {
        QTest::newRow(name) << bytes << kind << phrases;
    };

    row("empty file", QByteArray(), Kind::NotAPlan, {QStringLiteral("is empty")});
    row("text file", QByteArrayLiteral("Dear colleague,\nplease find the budget attached.\n"),
        Kind::NotAPlan, {QStringLiteral("is not an LPS Planner plan")});
    row("picture", QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") + QByteArray(4000, '\x42'),
        Kind::NotAPlan, {QStringLiteral("is not an LPS Planner plan")});
    row("JSON plan", QByteArrayLiteral("{\n  \"format\": \"lps-plan\",\n  \"version\": 1\n}\n"),
        Kind::NotAPlan, {QStringLiteral("is not an LPS Planner plan")});
    row("another program's database",
        viaSqlite({}, "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES "
                      "('Ann', '01632 960000');"),
        Kind::NotAPlan, {QStringLiteral("SQLite database made by another program")});
    row("newer format", viaSqlite(plan, "PRAGMA user_version = 99"), Kind::NewerVersion,
        {QStringLiteral("newer version of LPS Planner"), QStringLiteral("file format 99"),
         QStringLiteral("reads formats 1 to 2"), QStringLiteral("Install the latest LPS Planner")});

    row("cut in half", plan.left(plan.size() / 2), Kind::Damaged,
        {QStringLiteral("is damaged"), QStringLiteral("incomplete"), QStringLiteral("fresh copy")});
    row("cut inside the header", plan.left(60), Kind::Damaged, {QStringLiteral("incomplete")});
    row("bytes flipped in the middle", withBytesFlipped(plan, (plan.size() / 4096 / 2) * 4096, 64),
        Kind::Damaged, {QStringLiteral("is damaged"), QStringLiteral("internal structure")});
    row("junk appended", plan + QByteArray(4096, 'x'), Kind::Damaged,
        {QStringLiteral("bytes more")});
    row("our id without a format", viaSqlite(plan, "PRAGMA user_version = 0"), Kind::Damaged,
        {QStringLiteral("which file format")});
    row("write-ahead log", viaSqlite(plan, "PRAGMA journal_mode = WAL"), Kind::Damaged,
        {QStringLiteral("write-ahead log")});

    row("extra table", tampered("CREATE TABLE extra (x)"), Kind::Unsafe,
        {QStringLiteral("cannot be opened safely"), QStringLiteral("a table \u201cextra\u201d")});
    row("trigger",
        tampered("CREATE TRIGGER wipe AFTER UPDATE ON plan BEGIN DELETE FROM service; END"),
        Kind::Unsafe,
        {QStringLiteral("a trigger \u201cwipe\u201d"),
         QStringLiteral("nothing in it has been run")});
    row("view", tampered("CREATE VIEW summary AS SELECT name FROM plan"), Kind::Unsafe,
        {QStringLiteral("a view \u201csummary\u201d")});
    row("extra index", tampered("CREATE INDEX by_name ON service (name)"), Kind::Unsafe,
        {QStringLiteral("an index \u201cby_name\u201d")});
    row("column added", tampered("ALTER TABLE service ADD COLUMN colour TEXT"), Kind::Unsafe,
        {QStringLiteral("table \u201cservice\u201d was changed")});
    row("check removed",
        tampered("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, "
                 "'CHECK (priority BETWEEN 1 AND 100)', '') WHERE name = 'service';"),
        Kind::Unsafe, {QStringLiteral("table \u201cservice\u201d was changed")});
    row("table dropped", tampered("DROP TABLE service_tag"), Kind::Unsafe,
        {QStringLiteral("table \u201cservice_tag\u201d is missing")});
    row("check that loads a library",
        tampered("CREATE TABLE evil (x); INSERT INTO evil VALUES (1); PRAGMA writable_schema = ON; "
                 "UPDATE sqlite_schema SET sql = 'CREATE TABLE evil (x CHECK "
                 "(load_extension(''/tmp/evil'')))' "
                 "WHERE name = 'evil';"),
        Kind::Unsafe, {QStringLiteral("cannot be opened safely")});

    row("priority out of range", tampered("UPDATE service SET priority = 500 WHERE position = 0"),
        Kind::Invalid,
        {QStringLiteral("values a plan cannot have"),
         QStringLiteral("services[0].priority: 500 is out of range")});
    row("unknown tier", tampered("UPDATE service SET tier = 'urgent' WHERE position = 1"),
        Kind::Invalid,
        {QStringLiteral("services[1].tier"),
         QStringLiteral("\u201curgent\u201d is not one of: must, need, could")});
    row("bytes that are not text",
        tampered("UPDATE service SET name = CAST(x'ff41ed' AS TEXT) WHERE position = 2"),
        Kind::Invalid, {QStringLiteral("services[2].name"), QStringLiteral("not text")});
    // A name that would drive a terminal, or hide a NUL: refused where it is, never shown.
    row("escape in a name",
        tampered("UPDATE service SET name = 'Youth' || char(27) || '[2J club' WHERE position = 2"),
        Kind::Invalid,
        {QStringLiteral("services[2].name"), QStringLiteral("control character (U+001B)")});
    row("NUL in the locality", tampered("UPDATE plan SET locality = 'a' || char(0) || 'b'"),
        Kind::Invalid, {QStringLiteral("locality"), QStringLiteral("control character (U+0000)")});
    row("unknown adjustment type", tampered("UPDATE adjustment SET type = 'resource-double'"),
        Kind::Invalid,
        {QStringLiteral("scenarios[1].adjustments[0].type"), QStringLiteral("resource-double")});
    row("no years", tampered("UPDATE plan SET years = 0"), Kind::Invalid,
        {QStringLiteral("years: 0 is out of range")});
    row("wild inflation", tampered("UPDATE plan SET cost_inflation = 50"), Kind::Invalid,
        {QStringLiteral("costInflation")});
    row("negative amount", tampered("UPDATE resource SET amount = -5 WHERE position = 0"),
        Kind::Invalid, {QStringLiteral("resources[0].amount: -5 is out of range")});
    row("hour value on money", tampered("UPDATE resource SET hour_value = 100 WHERE position = 0"),
        Kind::Invalid, {QStringLiteral("resources[0].hourValue")});
    row("amount given twice", tampered("INSERT INTO resource_amount VALUES ('council-tax', 0, 5)"),
        Kind::Invalid,
        {QStringLiteral("resources[0].amountByYear[0]"),
         QStringLiteral("as well as a single amount")});
    row("gap in positions", tampered("UPDATE service SET position = 7 WHERE position = 1"),
        Kind::Invalid, {QStringLiteral("services: an entry has position 2 where 1 was expected")});
    row("year missing", tampered("DELETE FROM service_cost WHERE year_index = 1"), Kind::Invalid,
        {QStringLiteral("services[2].costByYear")});
    row("factor missing", tampered("UPDATE adjustment SET factor = NULL"), Kind::Invalid,
        {QStringLiteral("scenarios[1].adjustments[0].factor: is missing")});
    row("unknown resource", tampered("UPDATE adjustment SET target = 'ghost'"), Kind::Invalid,
        {QStringLiteral("no resource has the id \"ghost\"")});
    row("orphan row", tampered("INSERT INTO service_tag VALUES ('no-such-service', 0, 'x')"),
        Kind::Invalid,
        {QStringLiteral("service_tag"),
         QStringLiteral("refers to a service that is not in the plan")});
    row("plan row missing", tampered("DELETE FROM plan"), Kind::Invalid,
        {QStringLiteral("are missing")});
    row("two plans",
        tampered("INSERT INTO plan SELECT 2, name, locality, currency, first_year, years, "
                 "cost_inflation FROM plan"),
        Kind::Invalid, {QStringLiteral("more than one plan")});
    // Files are read whole, then refused by the validator's size check like any other problem.
    const QByteArray services = QByteArray::number(PlanLimits::kMaxServices);
    row("more services than a plan may have",
        tampered(("WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                  services +
                  ") INSERT INTO service SELECT i, 'extra-' || i, 'Extra', 'could', 100, 0, 50, "
                  "'in-house', 0, 0, '', '' FROM n")
                     .constData()),
        Kind::Invalid,
        {QStringLiteral("services: the plan has %1 services")
             .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                      .toString(PlanLimits::kMaxServices + 1)),
         QStringLiteral("at most %1 in one plan")
             .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                      .toString(PlanLimits::kMaxServices))});
    row("baseline based on another",
        tampered("UPDATE scenario SET based_on = 'tax-cut' WHERE position = 0"), Kind::Invalid,
        {QStringLiteral("scenarios[0].basedOn")});
}

void TestPlanFileDamage::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Kind, kind);
    QFETCH(QStringList, phrases);

    const QString file = path(QStringLiteral("budget.lpsb"));
    QVERIFY(writeAll(file, bytes));
    const PlanFileResult result = PlanFile::load(file);
    QVERIFY(!result.ok());
    const QString &message = result.error.message;
    QVERIFY2(result.error.kind == kind,
             qPrintable(QStringLiteral("kind %1: %2").arg(int(result.error.kind)).arg(message)));
    QVERIFY2(message.startsWith(QStringLiteral("\u201cbudget.lpsb\u201d ")), qPrintable(message));
    for (const QString &phrase : phrases)
        QVERIFY2(message.contains(phrase),
                 qPrintable(QStringLiteral("no \"%1\" in: %2").arg(phrase, message)));
    QCOMPARE(result.error.problems.isEmpty(), kind != Kind::Invalid);
    // Opening never writes: not to the file, and not next to it (no journal, no lock file).
    QCOMPARE(readAll(file), bytes);
    QCOMPARE(folderEntries(), QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFileDamage::listsEveryProblemOfAnInvalidFile()
{
    const QByteArray bytes =
        tampered(QByteArrayLiteral("UPDATE service SET priority = 0; UPDATE plan SET years = ")
                     .append(QByteArray::number(PlanLimits::kMaxYears + 1))
                     .append(';')
                     .constData());
    const PlanFileResult result = PlanFile::loadBytes(bytes, QStringLiteral("many.lpsb"));
    QCOMPARE(result.error.kind, Kind::Invalid);
    QStringList locations;
    for (const Problem &problem : result.error.problems)
        locations << problem.location;
    for (const char *expected :
         {"years", "services[0].priority", "services[1].priority", "services[2].priority"})
        QVERIFY2(locations.contains(QLatin1String(expected)),
                 qPrintable(locations.join(QLatin1Char(' '))));
}

void TestPlanFileDamage::opensAFileRewrittenByAnotherProgram()
{
    // VACUUM moves every table to other pages: what is checked is the schema and the values,
    // not the layout of the bytes.
    const QByteArray bytes = viaSqlite(samplePlanBytes(), "PRAGMA page_size = 1024; VACUUM;");
    QVERIFY(bytes != samplePlanBytes());
    const PlanFileResult result = PlanFile::loadBytes(bytes, QStringLiteral("vacuumed.lpsb"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    comparePlans(*result.plan, test::samplePlan());
}

void TestPlanFileDamage::survivesRandomDamage()
{
    const QByteArray original = PlanFile::serialize(test::generatePlan(99));
    QRandomGenerator random(2026);
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = original;
        const int flips = random.bounded(1, 9);
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const PlanFileResult result = PlanFile::loadBytes(bytes, QStringLiteral("noisy.lpsb"));
        // A flipped letter inside a name is still a plan: SQLite files carry no checksums.
        if (result.ok())
            continue;
        ++refused;
        QVERIFY2(result.error.message.startsWith(QStringLiteral("\u201cnoisy.lpsb\u201d ")),
                 qPrintable(result.error.message));
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestPlanFileDamage)
#include "tst_planfiledamage.moc"

#include "plangenerator.h"
#include "storage/planfile.h"
#include "storage/planschema.h"
#include "validation/planlimits.h"
#include "validation/planvalidator.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace lps;
using Kind = PlanFileError::Kind;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Runs SQL over a copy of `bytes` (or a new database when empty) with a plain, unguarded
// connection, as another program or a tamperer would, and returns the resulting file.
QByteArray viaSqlite(const QByteArray &bytes, const char *sql)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.db"));
    if (!bytes.isEmpty() && !writeAll(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("tampering failed: %s\n%s", error, sql);
    sqlite3_close(db);
    return readAll(path);
}

QByteArray samplePlanBytes()
{
    static const QByteArray bytes = PlanFile::serialize(test::samplePlan());
    return bytes;
}

QByteArray tampered(const char *sql)
{
    return viaSqlite(
        samplePlanBytes(),
        (QByteArrayLiteral("PRAGMA ignore_check_constraints = ON;") + sql).constData());
}

QByteArray withBytesFlipped(QByteArray bytes, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i)
        bytes[i] = char(bytes.at(i) ^ 0xff);
    return bytes;
}

// Pairs of plans compared piece by piece, so that a failure says which piece.
void comparePlans(const Plan &actual, const Plan &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.locality, expected.locality);
    QCOMPARE(actual.currency, expected.currency);
    QCOMPARE(actual.firstYear, expected.firstYear);
    QCOMPARE(actual.years, expected.years);
    QCOMPARE(actual.costInflation, expected.costInflation);
    QCOMPARE(actual.resources.size(), expected.resources.size());
    for (qsizetype i = 0; i < expected.resources.size(); ++i)
        QVERIFY2(actual.resources[i] == expected.resources[i],
                 qPrintable(QStringLiteral("resources[%1]").arg(i)));
    QCOMPARE(actual.services.size(), expected.services.size());
    for (qsizetype i = 0; i < expected.services.size(); ++i)
        QVERIFY2(actual.services[i] == expected.services[i],
                 qPrintable(QStringLiteral("services[%1]").arg(i)));
    QCOMPARE(actual.scenarios.size(), expected.scenarios.size());
    for (qsizetype i = 0; i < expected.scenarios.size(); ++i)
        QVERIFY2(actual.scenarios[i] == expected.scenarios[i],
                 qPrintable(QStringLiteral("scenarios[%1]").arg(i)));
    QVERIFY(actual == expected);
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Every enumerator of the model, by its spellings, so that a new one cannot slip past the schema.
template <typename Enum> QList<Enum> allOf()
{
    QList<Enum> values;
    for (const QString &spelling : enumSpellings<Enum>())
        values << *enumFromString<Enum>(spelling);
    return values;
}

// A plan with the values that break naive storage: extreme and awkward doubles, the limits of
// every range, text with quotes, NULs, newlines and emoji, and every enumerator.
Plan awkwardPlan()
{
    Plan plan = test::samplePlan();
    plan.name = QStringLiteral(
        "Budget \"2026\" \u2014 O'Brien's; DROP TABLE plan; --\r\n\U0001F3E0\U0001F4B7");
    plan.locality = QString::fromUtf8("nul\0inside", 10) +
                    QStringLiteral(" \u05e2\u05d1\u05e8\u05d9\u05ea \t tab");
    plan.currency = QStringLiteral("EUR");
    plan.firstYear = 2100;
    plan.years = PlanLimits::kMaxYears;
    plan.costInflation = std::nextafter(0.1, 1.0);
    Resource &tax = plan.resources[0];
    tax.trend = -1.0;
    tax.amount = YearlyAmounts::single(0);
    tax.matchRatio = std::numeric_limits<double>::denorm_min();
    tax.matchSector = Sector::Charitable;
    tax.maxPerService = Money::fromMinor(Money::kMaxMinor);
    tax.contingentShare = 1.0 / 3.0;
    tax.notes = QStringLiteral("line one\nline two\n\n'quoted' \"double\" \\ back");
    Resource &volunteers = plan.resources[1];
    volunteers.amount = YearlyAmounts::perYear({0, 1, 2, 3, 4, 5, 6, 7, 8, 1000});
    volunteers.hourValue = Money::fromMinor(1);
    volunteers.eligible.tags = {QStringLiteral("community"), QStringLiteral("community"),
                                QStringLiteral("\U0001F600")};
    volunteers.eligible.services = {QStringLiteral("library"), QStringLiteral("homelessness")};
    volunteers.eligible.tiers = allOf<Tier>();
    plan.services[0].cost = YearlyAmounts::single(Money::kMaxMinor / 1000);
    plan.services[0].minimumShare = 1.0;
    plan.services[0].priority = 100;
    plan.services[0].timeCapacityHours = Money::kMaxMinor;
    plan.services[0].preventative = true;
    plan.services[0].consequence = QStringLiteral("People sleep rough \u2014 \"really\"");
    plan.services[1].minimumShare = 5e-324;
    plan.services[1].priority = 1;
    plan.services[2].cost = YearlyAmounts::perYear(QList<qint64>(10, Money::kMaxMinor));
    return plan;
}

Adjustment adjustment(AdjustmentType type, const QString &target)
{
    Adjustment a;
    a.type = type;
    a.target = target;
    return a;
}

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTripsTheSamplePlanThroughADisk();
    void roundTripsGeneratedPlans_data();
    void roundTripsGeneratedPlans();
    void roundTripsAwkwardValues();
    void keepsDoublesBitForBit();
    void roundTripsEveryEnumerator();
    void roundTripsEveryAdjustmentType();
    void keepsFieldsAnAdjustmentDoesNotUse();
    void writesOurHeader();
    void savesTheSameBytesForTheSamePlan();
    void documentsTheExactSchema();

    void refusesAMissingFile();
    void refusesAFolder();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void listsEveryProblemOfAnInvalidFile();
    void opensAFileRewrittenByAnotherProgram();
    void survivesRandomDamage();

    void refusesToSaveAnInvalidPlan();
    void refusesToSaveTextTooLongToOpen();
    void savesNothingIntoAMissingFolder();
    void savesNothingIntoAReadOnlyFolder();
    void refusesToSaveOverAFolder();
    void replacesAnExistingFile();
    void leavesNoTemporaryFiles();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList folderEntries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    Plan roundTrip(const Plan &plan);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPlanFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Plan TestPlanFile::roundTrip(const Plan &plan)
{
    const QByteArray bytes = PlanFile::serialize(plan);
    if (bytes.isEmpty())
        return {};
    const PlanFileResult result = PlanFile::loadBytes(bytes, QStringLiteral("plan.lpsb"));
    if (!result.ok())
        qWarning("%s", qPrintable(result.error.message));
    return result.plan.value_or(Plan());
}

void TestPlanFile::roundTripsTheSamplePlanThroughADisk()
{
    const Plan plan = test::samplePlan();
    const QString file = path(QStringLiteral("sample.lpsb"));
    const SaveResult saved = PlanFile::save(plan, file);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error->message));
    const PlanFileResult loaded = PlanFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    comparePlans(*loaded.plan, plan);
}

void TestPlanFile::roundTripsGeneratedPlans_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 300; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestPlanFile::roundTripsGeneratedPlans()
{
    QFETCH(quint32, seed);
    const Plan plan = test::generatePlan(seed);
    QVERIFY(PlanValidator::validate(plan).isEmpty());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::roundTripsAwkwardValues()
{
    const Plan plan = awkwardPlan();
    QCOMPARE(PlanValidator::validate(plan), Problems());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::keepsDoublesBitForBit()
{
    const Plan plan = awkwardPlan();
    const Plan back = roundTrip(plan);
    QVERIFY(!back.resources.isEmpty());
    QVERIFY(sameBits(back.costInflation, plan.costInflation));
    QVERIFY(sameBits(back.resources[0].trend, plan.resources[0].trend));
    QVERIFY(sameBits(*back.resources[0].matchRatio, *plan.resources[0].matchRatio));
    QVERIFY(sameBits(back.resources[0].contingentShare, plan.resources[0].contingentShare));
    QVERIFY(sameBits(back.services[1].minimumShare, plan.services[1].minimumShare));
}

void TestPlanFile::roundTripsEveryEnumerator()
{
    Plan plan = test::samplePlan();
    const Resource model = plan.resources[0];
    for (Sector sector : allOf<Sector>()) {
        for (ResourceKind kind : allOf<ResourceKind>()) {
            for (Certainty certainty : allOf<Certainty>()) {
                Resource r = model;
                r.id = QStringLiteral("r-%1").arg(plan.resources.size());
                r.sector = sector;
                r.kind = kind;
                r.certainty = certainty;
                if (kind == ResourceKind::Time)
                    r.hourValue = Money::fromMinor(1000);
                r.matchRatio = 1.0;
                r.matchSector = sector == Sector::Public ? Sector::Personal : Sector::Public;
                plan.resources << r;
            }
        }
    }
    const Service first = plan.services[0];
    for (Tier tier : allOf<Tier>()) {
        for (Provider provider : allOf<Provider>()) {
            Service s = first;
            s.id = QStringLiteral("s-%1").arg(plan.services.size());
            s.tier = tier;
            s.provider = provider;
            plan.services << s;
        }
    }
    const Problems problems = PlanValidator::validate(plan);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::roundTripsEveryAdjustmentType()
{
    Plan plan = test::samplePlan();
    Scenario &scenario = plan.scenarios[1];
    scenario.adjustments.clear();
    for (AdjustmentType type : allOf<AdjustmentType>()) {
        Adjustment a = adjustment(type, QStringLiteral("library"));
        if (a.targetsResource())
            a.target = QStringLiteral("volunteers");
        a.factor = type == AdjustmentType::ResourceScale || type == AdjustmentType::ServiceScale
                       ? 0.35
                       : 1.0;
        a.year = type == AdjustmentType::ResourceSet ? 2 : 0;
        a.amount = type == AdjustmentType::ResourceSet || type == AdjustmentType::Move ? 12345 : 0;
        a.tier = type == AdjustmentType::ServiceTier ? Tier::Could : Tier::Must;
        a.priority = type == AdjustmentType::ServicePriority ? 99 : 50;
        a.toService = type == AdjustmentType::Move ? QStringLiteral("festival") : QString();
        a.fromYear = 1;
        scenario.adjustments << a;
    }
    QCOMPARE(scenario.adjustments.size(), 8);
    QCOMPARE(PlanValidator::validate(plan), Problems());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::keepsFieldsAnAdjustmentDoesNotUse()
{
    // A user who changes an adjustment's type leaves values in fields the new type ignores; the
    // file keeps them, so that what was saved is what comes back.
    Plan plan = test::samplePlan();
    Adjustment off = adjustment(AdjustmentType::ResourceOff, QStringLiteral("council-tax"));
    off.factor = 0.25;
    off.year = 2;
    off.amount = 77;
    off.tier = Tier::Could;
    off.priority = 3;
    off.toService = QStringLiteral("library");
    plan.scenarios[1].adjustments << off;
    QCOMPARE(PlanValidator::validate(plan), Problems());
    comparePlans(roundTrip(plan), plan);
}

void TestPlanFile::writesOurHeader()
{
    const QString file = path(QStringLiteral("header.lpsb"));
    QVERIFY(PlanFile::save(test::samplePlan(), file).ok());
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() >= 100);
    QCOMPARE(bytes.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(bytes.mid(68, 4), QByteArray("LPSB"));
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 68), PlanFile::kApplicationId);
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 60), qint32(PlanFile::kFormatVersion));
    QCOMPARE(PlanFile::kFormatVersion, 1);
    // Rollback journal (DELETE), not write-ahead log: the document is a single file.
    QCOMPARE(int(bytes.at(18)), 1);
    QCOMPARE(int(bytes.at(19)), 1);
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 56), 1u); // UTF-8
    const qint64 pages = qFromBigEndian<quint32>(bytes.constData() + 28);
    QCOMPARE(pages * qFromBigEndian<quint16>(bytes.constData() + 16), qint64(bytes.size()));
}

void TestPlanFile::savesTheSameBytesForTheSamePlan()
{
    const Plan plan = test::generatePlan(42);
    const QByteArray first = PlanFile::serialize(plan);
    QVERIFY(!first.isEmpty());
    QCOMPARE(PlanFile::serialize(plan), first);
    const QString file = path(QStringLiteral("again.lpsb"));
    QVERIFY(PlanFile::save(plan, file).ok());
    QCOMPARE(readAll(file), first);
    QVERIFY(PlanFile::serialize(test::generatePlan(43)) != first);
}

void TestPlanFile::documentsTheExactSchema()
{
    const QString doc =
        QDir::cleanPath(QStringLiteral(LPS_TEST_DATA_DIR "/../../../docs/file-format.md"));
    const QString text = QString::fromUtf8(readAll(doc));
    QVERIFY2(!text.isEmpty(), qPrintable(doc));
    int statements = 0;
    for (const PlanSchema::Entry &entry : PlanSchema::expected()) {
        if (entry.sql.isEmpty())
            continue; // an index SQLite makes for a key
        ++statements;
        QVERIFY2(text.contains(entry.sql + QLatin1Char(';')), qPrintable(entry.sql));
    }
    QCOMPARE(statements, 11);
}

void TestPlanFile::refusesAMissingFile()
{
    const PlanFileResult result = PlanFile::load(path(QStringLiteral("budget.lpsb")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, Kind::NotFound);
    QVERIFY2(
        result.error.message.contains(QStringLiteral("\u201cbudget.lpsb\u201d could not be found")),
        qPrintable(result.error.message));
}

void TestPlanFile::refusesAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.lpsb")));
    const PlanFileResult result = PlanFile::load(path(QStringLiteral("folder.lpsb")));
    QCOMPARE(result.error.kind, Kind::NotAPlan);
    QVERIFY(result.error.message.contains(QStringLiteral("\u201cfolder.lpsb\u201d")));
}

void TestPlanFile::refusesBadFiles_data()
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
         QStringLiteral("reads format 1"), QStringLiteral("Install the latest LPS Planner")});

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
    row("bytes that are not text", tampered("UPDATE service SET name = CAST(x'ff41ed' AS TEXT) WHERE position = 2"),
        Kind::Invalid,
        {QStringLiteral("services[2].name"), QStringLiteral("not text")});
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

void TestPlanFile::refusesBadFiles()
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

void TestPlanFile::listsEveryProblemOfAnInvalidFile()
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

void TestPlanFile::opensAFileRewrittenByAnotherProgram()
{
    // VACUUM moves every table to other pages: what is checked is the schema and the values,
    // not the layout of the bytes.
    const QByteArray bytes = viaSqlite(samplePlanBytes(), "PRAGMA page_size = 1024; VACUUM;");
    QVERIFY(bytes != samplePlanBytes());
    const PlanFileResult result = PlanFile::loadBytes(bytes, QStringLiteral("vacuumed.lpsb"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    comparePlans(*result.plan, test::samplePlan());
}

void TestPlanFile::survivesRandomDamage()
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

void TestPlanFile::refusesToSaveAnInvalidPlan()
{
    const QString file = path(QStringLiteral("budget.lpsb"));
    QVERIFY(PlanFile::save(test::samplePlan(), file).ok());
    const QByteArray before = readAll(file);
    Plan plan = test::samplePlan();
    plan.services[1].priority = 0;
    const SaveResult result = PlanFile::save(plan, file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Invalid);
    QVERIFY(
        result.error->message.contains(QStringLiteral("\u201cbudget.lpsb\u201d was not saved")));
    QVERIFY(result.error->message.contains(QStringLiteral("services[1].priority")));
    QCOMPARE(readAll(file), before);
    QVERIFY(PlanFile::serialize(plan).isEmpty());
    QCOMPARE(folderEntries(), QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFile::refusesToSaveTextTooLongToOpen()
{
    // What cannot be opened again must not be saved: reading and writing share their limits.
    Plan plan = test::samplePlan();
    plan.services[0].notes = QString(17 * 1024 * 1024, QLatin1Char('x'));
    const SaveResult result = PlanFile::save(plan, path(QStringLiteral("long.lpsb")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Invalid);
    // The validator's text limit (100,000 characters) now stops it before the file's own limit.
    QVERIFY2(result.error->message.contains(QStringLiteral("services[0].notes")),
             qPrintable(result.error->message));
    QVERIFY(folderEntries().isEmpty());
}

void TestPlanFile::savesNothingIntoAMissingFolder()
{
    const QString file = path(QStringLiteral("no-such-folder/budget.lpsb"));
    const SaveResult result = PlanFile::save(test::samplePlan(), file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::IoError);
    QVERIFY2(result.error->message.contains(
                 QStringLiteral("\u201cbudget.lpsb\u201d could not be saved")),
             qPrintable(result.error->message));
    QVERIFY2(result.error->message.contains(QStringLiteral("does not exist")),
             qPrintable(result.error->message));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(folderEntries().isEmpty());
}

void TestPlanFile::savesNothingIntoAReadOnlyFolder()
{
    const QString folder = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    const QString file = folder + QStringLiteral("/budget.lpsb");
    const QByteArray old = PlanFile::serialize(test::generatePlan(5));
    QVERIFY(writeAll(file, old));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup));
    // Permissions do not stop root; an immutable folder does, where the file system has them.
    bool immutable = false;
    if (QFileInfo(folder).isWritable() ||
        QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly)) {
        QFile::remove(folder + QStringLiteral("/probe"));
        immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) == 0;
        if (!immutable) {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this user can write into read-only folders and the file system cannot lock one");
        }
    }
    const SaveResult result = PlanFile::save(test::samplePlan(), file);
    const QStringList entries =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QByteArray after = readAll(file);
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::IoError);
    const QString &message = result.error->message;
    QVERIFY2(message.contains(QStringLiteral("\u201cbudget.lpsb\u201d could not be saved")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("previous version of the file is unchanged")),
             qPrintable(message));
    if (!immutable)
        QVERIFY2(message.contains(QStringLiteral("permission")), qPrintable(message));
    QCOMPARE(after, old);
    QCOMPARE(entries, QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFile::refusesToSaveOverAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("budget.lpsb")));
    const SaveResult result =
        PlanFile::save(test::samplePlan(), path(QStringLiteral("budget.lpsb")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::IoError);
    QVERIFY(result.error->message.contains(QStringLiteral("folder of that name")));
    QVERIFY(QFileInfo(path(QStringLiteral("budget.lpsb"))).isDir());
}

void TestPlanFile::replacesAnExistingFile()
{
    const QString file = path(QStringLiteral("budget.lpsb"));
    const Plan first = test::generatePlan(11);
    const Plan second = test::generatePlan(12);
    QVERIFY(PlanFile::save(first, file).ok());
    QVERIFY(PlanFile::save(second, file).ok());
    const PlanFileResult loaded = PlanFile::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    comparePlans(*loaded.plan, second);
    QCOMPARE(readAll(file), PlanFile::serialize(second));
    QCOMPARE(folderEntries(), QStringList{QStringLiteral("budget.lpsb")});
}

void TestPlanFile::leavesNoTemporaryFiles()
{
    for (quint32 seed = 1; seed <= 5; ++seed)
        QVERIFY(PlanFile::save(test::generatePlan(seed),
                               path(QStringLiteral("plan-%1.lpsb").arg(seed % 2)))
                    .ok());
    QCOMPARE(folderEntries(),
             (QStringList{QStringLiteral("plan-0.lpsb"), QStringLiteral("plan-1.lpsb")}));
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
